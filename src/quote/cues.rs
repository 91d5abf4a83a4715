//! The word lists of attribution, kept as data in `data/*.txt`, compiled into one table:
//! a word is looked up once and gets a flag for every list that holds it.

use crate::lexicon::FlagLexicon;
use std::sync::LazyLock;

/// Verbs that link speech to its source, every form (`said`, `tells`, `adding`).
pub(crate) const CUE: u32 = 1;
/// Cues that are also ordinary narration verbs: they count only right beside a quote.
pub(crate) const WEAK_CUE: u32 = 1 << 1;
/// Nouns that introduce speech by its source (`a statement by X that`).
pub(crate) const NOUN_CUE: u32 = 1 << 2;
/// Subject pronouns (`he`, `it`).
pub(crate) const PRONOUN: u32 = 1 << 3;
/// Nouns for documents that speak (`report`, `letter`).
pub(crate) const DOC_NOUN: u32 = 1 << 4;
/// Words that make a name an organisation or a place (`Ministry`, `Province`).
pub(crate) const ORG_WORD: u32 = 1 << 5;
/// Ranks, offices and honorifics before a name (`Col.`, `Senator`).
pub(crate) const TITLE: u32 = 1 << 6;
/// Lower-case role nouns (`spokesperson`, `envoy`).
pub(crate) const ROLE_NOUN: u32 = 1 << 7;
/// Name particles (`bin`, `al`, `van`).
pub(crate) const PARTICLE: u32 = 1 << 8;
/// Adverbs and auxiliaries between a subject and its cue (`also`, `has`).
pub(crate) const SKIP_WORD: u32 = 1 << 9;
/// Capitalised function words and time names, never a person (`The`, `Monday`).
pub(crate) const STOP_CAP: u32 = 1 << 10;
/// Determiners that open a noun phrase (`the`, `its`), as written.
pub(crate) const DETERMINER: u32 = 1 << 11;
/// Prepositions, conjunctions and auxiliaries that end a noun phrase, as written.
pub(crate) const PHRASE_BREAK: u32 = 1 << 12;
/// Connectives that may open a clause before its subject (`But`, `However`), as written.
pub(crate) const CONNECTIVE: u32 = 1 << 13;
/// Female words (`she`, `Mrs.`, `spokeswoman`) and given names (`Nancy`).
pub(crate) const FEMALE: u32 = 1 << 14;
/// Male words (`he`, `Mr.`, `spokesman`) and given names (`Walter`).
pub(crate) const MALE: u32 = 1 << 15;
/// Words that name what follows in marks (`called`, `the podcast`).
pub(crate) const NAMING: u32 = 1 << 16;
/// Cues that come before their speaker after a quote or a comma (`…, said Tom Hale`) and
/// take no object there, as `mocked Tom Hale` or `asked Tom Hale` do.
pub(crate) const INVERTED_CUE: u32 = 1 << 17;
/// Weak cues whose object may be the words they quote (`what she calls “real solutions”`).
pub(crate) const QUOTING_CUE: u32 = 1 << 18;

/// Every list in one table.
pub(crate) static LEXICON: LazyLock<FlagLexicon> = LazyLock::new(|| {
    FlagLexicon::new(&[
        (include_str!("data/cues.txt"), CUE, false),
        (include_str!("data/weak_cues.txt"), WEAK_CUE, false),
        (include_str!("data/noun_cues.txt"), NOUN_CUE, false),
        (include_str!("data/pronouns.txt"), PRONOUN, false),
        (include_str!("data/doc_nouns.txt"), DOC_NOUN, false),
        (include_str!("data/org_words.txt"), ORG_WORD, false),
        (include_str!("data/titles.txt"), TITLE, false),
        (include_str!("data/role_nouns.txt"), ROLE_NOUN, false),
        (include_str!("data/particles.txt"), PARTICLE, false),
        (include_str!("data/skip_words.txt"), SKIP_WORD, false),
        (include_str!("data/stop_caps.txt"), STOP_CAP, false),
        (include_str!("data/determiners.txt"), DETERMINER, true),
        (include_str!("data/phrase_breaks.txt"), PHRASE_BREAK, true),
        (include_str!("data/connectives.txt"), CONNECTIVE, true),
        (include_str!("data/female.txt"), FEMALE, false),
        (include_str!("data/male.txt"), MALE, false),
        (include_str!("data/female_names.txt"), FEMALE, false),
        (include_str!("data/male_names.txt"), MALE, false),
        (include_str!("data/naming_words.txt"), NAMING, true),
        (include_str!("data/inverted_cues.txt"), INVERTED_CUE, false),
        (include_str!("data/quoting_cues.txt"), QUOTING_CUE, false),
    ])
});

/// The shape flags ([`word_flags`](super::tokens::word_flags)) and lexicon flags of the
/// word `text[start..end]` (on char boundaries): an ASCII word is read once for both.
///
/// An acronym of three letters or more is in none of the lists of small words, which are
/// looked up whatever the case (determiners, phrase breaks, connectives, naming words,
/// words that stop a name): `WHO` is the organisation, not `who`. Shorter ones stay small
/// words, as in a headline in capitals (`AT LEAST 10 KILLED IN BLAST`).
#[inline]
pub(crate) fn word_flags_at(text: &str, start: usize, end: usize) -> u32 {
    let f = match LEXICON.get_ascii_at(text, start, end) {
        Some((flags, letters)) => flags | super::tokens::ascii_word_flags(&text.as_bytes()[start..end], letters),
        None => super::tokens::word_flags(&text[start..end]) | LEXICON.get_at(text, start, end),
    };
    if f & super::tokens::ACRONYM != 0 && end - start >= 3 {
        f & !(DETERMINER | PHRASE_BREAK | CONNECTIVE | NAMING | STOP_CAP)
    } else {
        f
    }
}

/// Slots of the table of [`word_flags_cached`] (a power of two).
const SEEN_SLOTS: usize = 4096;

/// A word of 1 to 16 bytes looked up lately: its bytes (zero above them), its length and
/// its flags. An empty slot has length 0, which no word has.
#[derive(Clone, Copy)]
struct Seen {
    lo: u64,
    hi: u64,
    len: u32,
    flags: u32,
}

thread_local! {
    /// The words looked up lately by the thread, one per slot (a later word takes an
    /// earlier one's slot). Kept from one document to the next: news repeats its words
    /// (`said`, `the`, `Reuters`), and over half the words looked up were looked up not
    /// long before. On the heap, not in the thread's static storage: a library loaded
    /// into a running program (the Python extension) has only a little of that.
    static SEEN: Box<[std::cell::Cell<Seen>]> =
        vec![std::cell::Cell::new(Seen { lo: 0, hi: 0, len: 0, flags: 0 }); SEEN_SLOTS].into_boxed_slice();
}

/// The flags of `bytes` (a word of 1 to 16 bytes) when the thread remembers them.
#[inline]
fn seen(bytes: &[u8]) -> Option<u32> {
    let (lo, hi, len, slot) = seen_key(bytes)?;
    SEEN.try_with(|seen| seen.get(slot).map(std::cell::Cell::get).filter(|s| s.len == len && s.lo == lo && s.hi == hi))
        .ok()
        .flatten()
        .map(|s| s.flags)
}

/// A word's key in the table of [`word_flags_cached`]: its bytes as two little-endian
/// numbers, zero above them (with the length, they tell the word), its length, and its
/// slot. `None` for a word of no bytes or more than 16.
#[inline]
fn seen_key(bytes: &[u8]) -> Option<(u64, u64, u32, usize)> {
    if !(1..=16).contains(&bytes.len()) {
        return None;
    }
    let load = crate::lexicon::load_le;
    let (lo, hi) = if bytes.len() <= 8 { (load(bytes), 0) } else { (load(&bytes[..8]), load(&bytes[8..])) };
    // At most 16.
    let len = bytes.len() as u32;
    let hash = (lo ^ hi.rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    Some((lo, hi, len, (hash >> 32) as usize % SEEN_SLOTS))
}

/// [`word_flags_at`], remembered for the words looked up lately. A word's flags depend on
/// its bytes alone, and a slot holds one word, told by its bytes and length: a word found
/// in its slot has the flags stored with it, whatever was read before (so no document's
/// reading depends on the documents read before it).
#[inline]
pub(crate) fn word_flags_cached(text: &str, start: usize, end: usize) -> u32 {
    let Some((lo, hi, len, slot)) = text.as_bytes().get(start..end).and_then(seen_key) else {
        return word_flags_at(text, start, end);
    };
    SEEN.try_with(|seen| {
        let Some(cell) = seen.get(slot) else { return word_flags_at(text, start, end) };
        let s = cell.get();
        if s.len == len && s.lo == lo && s.hi == hi {
            return s.flags;
        }
        let flags = word_flags_at(text, start, end);
        cell.set(Seen { lo, hi, len, flags });
        flags
    })
    .unwrap_or_else(|_| word_flags_at(text, start, end))
}

/// Whether `word` is in the list(s) of `flag`: most words are turned away by the lexicon's
/// filter; for one it lets through, the flags the thread remembers for the word (see
/// [`word_flags_cached`]) tell, or else [`word_flags_at`], which gives the same flags
/// (an acronym's included), so the answer never depends on what was read before.
#[inline]
pub(crate) fn has(word: &str, flag: u32) -> bool {
    LEXICON.may_hold(word, flag)
        && seen(word.as_bytes()).unwrap_or_else(|| word_flags_at(word, 0, word.len())) & flag != 0
}

/// The flags of `word` among `mask` (cheap for a word in none of them).
pub(crate) fn flags_in(word: &str, mask: u32) -> u32 {
    LEXICON.get_masked(word, mask)
}

/// Whether flags `f` make a cue that also counts away from the quote.
pub(crate) fn strong(f: u32) -> bool {
    f & (CUE | WEAK_CUE) == CUE
}

/// A determiner that opens a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    has(word, DETERMINER)
}

/// One list of the table, looked up by word.
pub(crate) struct List(pub u32);

impl List {
    /// Whether `word` is in this list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        has(word, self.0)
    }
}

/// See [`ROLE_NOUN`].
pub(crate) const ROLE_NOUNS: List = List(ROLE_NOUN);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_flags_are_the_words_own() {
        // Words of every length to 16 and past it, in several cases and scripts, read
        // twice over so that the second reading finds them remembered (or their slots
        // taken by others).
        let text = "said Said SAID the The he He she It it spokesman Spokeswoman U.S. Gen. Col. \
                    al-Shabaab O'Neill Smith’s Fitton-Brown bin Al Monday MONDAY NATO WHO THE AT \
                    représentant Müller Ölmez 8,600 2019 I a x \
                    administration’s internationalization counterterrorism abcdefghijklmnop \
                    abcdefghijklmnopq abcdefgh abcdefghi";
        let words: Vec<(usize, usize)> = text
            .split_whitespace()
            .map(|w| {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        for _ in 0..3 {
            for &(start, end) in &words {
                let word = &text[start..end];
                assert_eq!(word_flags_cached(text, start, end), word_flags_at(text, start, end), "{word}");
                for mask in [CUE, PRONOUN | TITLE, STOP_CAP | DETERMINER, FEMALE | MALE, u32::MAX >> 8] {
                    assert_eq!(has(word, mask), word_flags_at(word, 0, word.len()) & mask != 0, "{word} {mask}");
                }
                // An acronym of three letters or more is in no list of small words.
                let acronym = word.len() >= 3 && word.bytes().all(|b| b.is_ascii_uppercase());
                assert_eq!(
                    has(word, STOP_CAP | DETERMINER),
                    !acronym && LEXICON.get_masked(word, STOP_CAP | DETERMINER) != 0,
                    "{word}"
                );
            }
        }
    }
}
