//! Word lists kept as data: one entry a line in a `data/*.txt` file, `#` for comments,
//! compiled once on first use.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A set of words read from a data file: one entry a line, `#` starts a comment.
pub(crate) struct WordList {
    /// Entries by their ASCII-lower-case form (`co` → [`Co`, `co`]).
    words: HashMap<Box<str>, Vec<&'static str>, BuildHasherDefault<WordHasher>>,
    /// The longest entry, in bytes: longer words are answered without hashing.
    max_len: usize,
}

impl WordList {
    pub(crate) fn parse(data: &'static str) -> Self {
        let mut words: HashMap<Box<str>, Vec<&'static str>, _> = HashMap::default();
        for entry in data.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')) {
            words.entry(entry.to_ascii_lowercase().into_boxed_str()).or_default().push(entry);
        }
        let max_len = words.keys().map(|w| w.len()).max().unwrap_or(0);
        WordList { words, max_len }
    }

    /// Whether `word` is listed as written, in capitals (`MR` for `Mr`), or, for an
    /// all-lower-case entry, capitalised (`Etc` for `etc`).
    pub(crate) fn contains(&self, word: &str) -> bool {
        const MAX: usize = 32;
        if word.is_empty() || word.len() > self.max_len.min(MAX) {
            return false;
        }
        let mut buf = [0u8; MAX];
        let key = &mut buf[..word.len()];
        key.copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        let Some(entries) = std::str::from_utf8(key).ok().and_then(|key| self.words.get(key)) else {
            return false;
        };
        let all_caps = !word.chars().any(char::is_lowercase);
        entries.iter().any(|&entry| {
            let lower_entry = !entry.chars().any(char::is_uppercase);
            word == entry || all_caps || (lower_entry && capitalised(word, entry))
        })
    }
}

/// Whether `word` is `entry` (all lower case) with its first letter in capitals.
fn capitalised(word: &str, entry: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.as_str() == &entry[entry.chars().next().map_or(0, char::len_utf8)..]
}

/// A multiply-rotate hash (FxHash's) for short words: the lists are fixed data, so
/// there is no flooding to defend against, and SipHash cost more than the lookups.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s that start from a key drawn at random once per process, for maps
/// keyed by a document's own words and numbers (names, indices): as cheap as the lists'
/// hash, and a text cannot be written to make its keys collide without knowing the key.
#[derive(Clone, Copy)]
pub(crate) struct KeyedHasher(u64);

impl Default for KeyedHasher {
    fn default() -> Self {
        static KEY: LazyLock<u64> = LazyLock::new(|| RandomState::new().hash_one(0x5EED_u64));
        KeyedHasher(*KEY)
    }
}

impl BuildHasher for KeyedHasher {
    type Hasher = WordHasher;
    fn build_hasher(&self) -> WordHasher {
        WordHasher(self.0)
    }
}

/// A hash map with a [`KeyedHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, KeyedHasher>;
/// A hash set with a [`KeyedHasher`].
pub(crate) type FastSet<K> = HashSet<K, KeyedHasher>;

/// The shape of a word's letters, which decides which entries of a key it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// No capital letter, starting with a lower-case one or a non-letter (`said`).
    Lower,
    /// A capital, then no other capital (`Said`, `Gen.`).
    Cap,
    /// No lower-case letter (`SAID`, `UN`, `I`, `2019`).
    Upper,
    /// Anything else (`McCain`, `iPhone`, `Fitton-Brown`): only exact entries match.
    Mixed,
}

impl Shape {
    /// The shape of `word`.
    pub(crate) fn of(word: &str) -> Shape {
        let bytes = word.as_bytes();
        if bytes.is_ascii() {
            let first_upper = bytes.first().is_some_and(u8::is_ascii_uppercase);
            let rest = if bytes.is_empty() { bytes } else { &bytes[1..] };
            let rest_upper = rest.iter().any(u8::is_ascii_uppercase);
            let any_lower = bytes.iter().any(u8::is_ascii_lowercase);
            return match (first_upper, rest_upper, any_lower) {
                (_, _, false) => Shape::Upper,
                (false, false, _) => Shape::Lower,
                (true, false, _) => Shape::Cap,
                _ => Shape::Mixed,
            };
        }
        let mut chars = word.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        let rest_upper = chars.clone().any(char::is_uppercase);
        let any_lower = word.chars().any(char::is_lowercase);
        match (first_upper, rest_upper, any_lower) {
            (_, _, false) => Shape::Upper,
            (false, false, _) => Shape::Lower,
            (true, false, _) => Shape::Cap,
            _ => Shape::Mixed,
        }
    }
}

/// The letters of an ASCII word, as [`FlagLexicon::get_ascii_at`] finds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AsciiLetters {
    /// Where its capitals are.
    pub shape: Shape,
    /// Whether it has two capitals or more.
    pub two_capitals: bool,
}

/// Flags of one key, by the shape of the word looked up.
#[derive(Debug, Clone, Default)]
struct KeyFlags {
    lower: u32,
    cap: u32,
    upper: u32,
    /// Entries in mixed case, matched only as written.
    exact: Vec<(&'static str, u32)>,
}

/// Several word lists in one table: each list sets a bit, and a word is looked up once
/// (one hash of its ASCII-lower-case form) for all of them. A list matches a word as
/// [`WordList::contains`] does (as written, in capitals, or capitalised from a lower-case
/// entry); an exact list matches a word only as written.
pub(crate) struct FlagLexicon {
    /// Open addressing, a power of two long: the packed keys, 0 for an empty slot.
    keys: Vec<u128>,
    /// For each slot, the index of its flags in `values`.
    index: Vec<u16>,
    values: Vec<KeyFlags>,
    /// Bit `n` is set when some key is `n` bytes long.
    lengths: u32,
    /// A one-hash Bloom filter over (length, first two and last byte) that keeps, for
    /// each of its 4096 cells, the flags of the keys there: most words in no list, or in
    /// none of the lists asked about, are turned away without touching the table.
    filter: Vec<u32>,
}

/// The Bloom bit of a word (ASCII-lower-cased bytes, 1 to 16 of them).
#[inline]
fn bloom_bit(word: &[u8]) -> usize {
    let n = word.len();
    let b0 = u32::from(word[0].to_ascii_lowercase());
    let b1 = u32::from(word.get(1).map_or(0, u8::to_ascii_lowercase));
    let bl = u32::from(word[n - 1].to_ascii_lowercase());
    let h = (b0 | b1 << 8 | bl << 16 | (n as u32) << 24).wrapping_mul(0x9E37_79B1);
    (h >> 20) as usize
}

/// The ASCII-lower-case bytes of a word of 1 to 16 bytes, packed (0 for longer words).
#[inline]
fn pack(word: &[u8]) -> u128 {
    if word.is_empty() || word.len() > 16 {
        return 0;
    }
    // In registers: bytes stored one by one and loaded as one word stall the load.
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &b) in word.iter().enumerate() {
        let b = u64::from(b.to_ascii_lowercase());
        if i < 8 {
            lo |= b << (8 * i);
        } else {
            hi |= b << (8 * (i - 8));
        }
    }
    u128::from(lo) | (u128::from(hi) << 64)
}

fn slot_of(key: u128, mask: usize) -> usize {
    let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

impl FlagLexicon {
    /// A table of `lists`: `(data, flag, exact)`, the data as for [`WordList::parse`].
    pub(crate) fn new(lists: &[(&'static str, u32, bool)]) -> Self {
        let entries =
            |data: &'static str| data.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'));
        // Room for every entry twice over: the keys go straight into the table.
        let count: usize = lists.iter().map(|&(data, ..)| entries(data).count()).sum();
        let size = (count * 2).next_power_of_two().max(16);
        let mut keys = vec![0u128; size];
        let mut index = vec![0u16; size];
        let mut values: Vec<KeyFlags> = Vec::new();
        let mut lengths = 0u32;
        for &(data, flag, exact) in lists {
            for entry in entries(data) {
                let key = pack(entry.as_bytes());
                if key == 0 {
                    continue;
                }
                let mut s = slot_of(key, size - 1);
                while keys[s] != 0 && keys[s] != key {
                    s = (s + 1) & (size - 1);
                }
                if keys[s] == 0 {
                    keys[s] = key;
                    index[s] = u16::try_from(values.len()).unwrap_or(u16::MAX);
                    let len = 16 - key.leading_zeros() as usize / 8;
                    lengths |= 1 << len;
                    values.push(KeyFlags::default());
                }
                let Some(k) = values.get_mut(usize::from(index[s])) else { continue };
                match (Shape::of(entry), exact) {
                    (Shape::Lower, false) => {
                        k.lower |= flag;
                        k.cap |= flag;
                        k.upper |= flag;
                    }
                    (Shape::Cap, false) => {
                        k.cap |= flag;
                        k.upper |= flag;
                    }
                    (Shape::Upper, _) => k.upper |= flag,
                    (Shape::Lower, true) => k.lower |= flag,
                    (Shape::Cap, true) => k.cap |= flag,
                    (Shape::Mixed, exact) => {
                        if !exact {
                            k.upper |= flag;
                        }
                        k.exact.push((entry, flag));
                    }
                }
            }
        }
        let mut filter = vec![0u32; 4096];
        for (&key, &i) in keys.iter().zip(&index).filter(|(&key, _)| key != 0) {
            let len = 16 - key.leading_zeros() as usize / 8;
            let Some(k) = values.get(usize::from(i)) else { continue };
            filter[bloom_bit(&key.to_le_bytes()[..len])] |=
                k.lower | k.cap | k.upper | k.exact.iter().fold(0, |a, e| a | e.1);
        }
        FlagLexicon { keys, index, values, lengths, filter }
    }

    /// `get(word) & mask`, with most words in none of the lists of `mask` turned away by
    /// the filter alone.
    #[inline]
    pub(crate) fn get_masked(&self, word: &str, mask: u32) -> u32 {
        let n = word.len();
        if n == 0 || n > 16 || self.lengths & (1 << n) == 0 || self.filter[bloom_bit(word.as_bytes())] & mask == 0 {
            return 0;
        }
        self.get(word) & mask
    }

    /// Whether some list of `mask` may hold `word`: `false` when its length or the filter
    /// alone tells that none does (as [`get_masked`](Self::get_masked) first asks).
    #[inline]
    pub(crate) fn may_hold(&self, word: &str, mask: u32) -> bool {
        let n = word.len();
        !(n == 0 || n > 16 || self.lengths & (1 << n) == 0 || self.filter[bloom_bit(word.as_bytes())] & mask == 0)
    }

    /// The flags of every list that holds `word`, 0 for none.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> u32 {
        if word.is_empty() || word.len() > 16 || self.lengths & (1 << word.len()) == 0 {
            return 0;
        }
        if let Some((key, shape, _)) = fold_ascii(word.as_bytes()) {
            return self.find(key, shape, word.as_bytes());
        }
        self.find_other(word)
    }

    /// [`get_at`](Self::get_at) for a word of 1 to 16 ASCII bytes, with its letters as the
    /// same pass over them finds them: a caller that wants the word's shape too reads the
    /// word once. `None` for any other word.
    #[inline(always)]
    pub(crate) fn get_ascii_at(&self, text: &str, start: usize, end: usize) -> Option<(u32, AsciiLetters)> {
        let bytes = text.as_bytes().get(start..end)?;
        let (key, shape, two_capitals) = fold_ascii(bytes)?;
        let flags = if self.lengths & (1 << bytes.len()) == 0 { 0 } else { self.find(key, shape, bytes) };
        Some((flags, AsciiLetters { shape, two_capitals }))
    }

    /// [`get`](Self::get) for the word `text[start..end]` (on char boundaries), which is
    /// sliced as a `str` only when it is not all ASCII.
    #[inline(always)]
    pub(crate) fn get_at(&self, text: &str, start: usize, end: usize) -> u32 {
        let Some(bytes) = text.as_bytes().get(start..end) else { return 0 };
        if bytes.is_empty() || bytes.len() > 16 || self.lengths & (1 << bytes.len()) == 0 {
            return 0;
        }
        if let Some((key, shape, _)) = fold_ascii(bytes) {
            return self.find(key, shape, bytes);
        }
        text.get(start..end).map_or(0, |word| self.find_other(word))
    }

    /// [`get`](Self::get) for a word of 1 to 16 bytes, not all ASCII.
    fn find_other(&self, word: &str) -> u32 {
        // `pack` folds the ASCII bytes as `fold_ascii` does, and `find` checks the Bloom
        // filter on them.
        let key = pack(word.as_bytes());
        if key == 0 {
            return 0;
        }
        self.find(key, Shape::of(word), word.as_bytes())
    }

    /// [`get`](Self::get) for a word already packed, with its shape.
    #[inline(always)]
    fn find(&self, key: u128, shape: Shape, word: &[u8]) -> u32 {
        // As `bloom_bit`, on bytes already in lower case (the last one lower-cased here).
        let n = word.len();
        let bl = u32::from(word.last().map_or(0, u8::to_ascii_lowercase));
        let (b0, b1) = (key as u32 & 0xFF, (key >> 8) as u32 & 0xFF);
        let bit = ((b0 | b1 << 8 | bl << 16 | (n as u32) << 24).wrapping_mul(0x9E37_79B1) >> 20) as usize;
        if self.filter[bit] == 0 {
            return 0;
        }
        let mask = self.keys.len() - 1;
        let mut s = slot_of(key, mask);
        loop {
            let k = self.keys[s];
            if k == 0 {
                return 0;
            }
            if k == key {
                let f = &self.values[usize::from(self.index[s])];
                return match shape {
                    Shape::Lower => f.lower,
                    Shape::Cap => f.cap,
                    Shape::Upper => f.upper,
                    Shape::Mixed => f.exact.iter().filter(|e| e.0.as_bytes() == word).fold(0, |a, e| a | e.1),
                };
            }
            s = (s + 1) & mask;
        }
    }
}

/// Up to 8 bytes as a little-endian number (zero above them), by at most two loads.
#[inline(always)]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    let word = |at: usize, len: usize| b.get(at..at + len);
    // Two loads that may overlap: the bytes in both are the same.
    if n >= 4 {
        let lo = word(0, 4).and_then(|x| <[u8; 4]>::try_from(x).ok()).map_or(0, u32::from_le_bytes);
        let hi = word(n - 4, 4).and_then(|x| <[u8; 4]>::try_from(x).ok()).map_or(0, u32::from_le_bytes);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n >= 2 {
        let lo = word(0, 2).and_then(|x| <[u8; 2]>::try_from(x).ok()).map_or(0, u16::from_le_bytes);
        let hi = word(n - 2, 2).and_then(|x| <[u8; 2]>::try_from(x).ok()).map_or(0, u16::from_le_bytes);
        u64::from(lo) | u64::from(hi) << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    }
}

/// An ASCII word of 1 to 16 bytes, packed as [`pack`] does, its [`Shape`] and whether it
/// has two capitals or more, found eight bytes at a time; `None` for a word with a byte
/// outside ASCII.
#[inline(always)]
fn fold_ascii(word: &[u8]) -> Option<(u128, Shape, bool)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (lo, hi) = match word.len() {
        0 => return None,
        1..=8 => (load_le(word), 0),
        9..=16 => (load_le(&word[..8]), load_le(&word[8..])),
        _ => return None,
    };
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // Every byte is below 0x80 (padding is 0), so these sums do not carry into the next byte.
    let range = |x: u64, from: u8, to: u8| {
        let ge = x.wrapping_add(ONES * u64::from(0x80 - from));
        let gt = x.wrapping_add(ONES * u64::from(0x80 - to - 1));
        ge & !gt & HIGH
    };
    // Most words are eight bytes or fewer: nothing to look for in the high half.
    let (upper_lo, lower_lo) = (range(lo, b'A', b'Z'), range(lo, b'a', b'z'));
    let (upper_hi, lower_hi) = if hi == 0 { (0, 0) } else { (range(hi, b'A', b'Z'), range(hi, b'a', b'z')) };
    let any_lower = lower_lo | lower_hi != 0;
    let key = u128::from(lo | upper_lo >> 2) | (u128::from(hi | upper_hi >> 2) << 64);
    let first_upper = upper_lo & 0x80 != 0;
    let rest_upper = (upper_lo & !0x80) | upper_hi != 0;
    let shape = match (first_upper, rest_upper, any_lower) {
        (_, _, false) => Shape::Upper,
        (false, false, _) => Shape::Lower,
        (true, false, _) => Shape::Cap,
        _ => Shape::Mixed,
    };
    // A mask with two bits or more keeps a bit once its lowest is cleared.
    let several = |m: u64| m & m.wrapping_sub(1) != 0;
    let two_capitals = several(upper_lo) || several(upper_hi) || upper_lo != 0 && upper_hi != 0;
    Some((key, shape, two_capitals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_lexicon_matches_as_word_list_does() {
        let data = "said\nGen.\nCEO\nMcCain\n";
        let list = WordList::parse(data);
        let lex = FlagLexicon::new(&[(data, 1, false), ("But\nthe\n", 2, true)]);
        for w in [
            "said", "Said", "SAID", "sAid", "Gen.", "GEN.", "gen.", "CEO", "ceo", "Ceo", "McCain", "MCCAIN", "Mccain",
            "x", "",
        ] {
            assert_eq!(lex.get(w) & 1 != 0, list.contains(w), "{w}");
        }
        assert_eq!(lex.get("But"), 2);
        assert_eq!(lex.get("but") | lex.get("BUT") | lex.get("The"), 0);
        assert_eq!(lex.get("the"), 2);
        assert_eq!(lex.get("a-very-long-word-indeed"), 0);
        for w in ["said", "Said", "SAID", "McCain", "MCCAIN", "But", "but", "the", "The", "x", "", "Zürich", "gen."] {
            let text = format!("<{w}>");
            assert_eq!(lex.get_at(&text, 1, text.len() - 1), lex.get(w), "{w}");
            for mask in [0, 1, 2, 3, u32::MAX] {
                assert_eq!(lex.get_masked(w, mask), lex.get(w) & mask, "{w} {mask}");
            }
        }
    }

    #[test]
    fn ascii_words_fold_as_packed() {
        for w in [
            "said",
            "Said",
            "SAID",
            "sAid",
            "Gen.",
            "U.S.",
            "McCain",
            "x",
            "X",
            "a-very-long-wor",
            "Z@[`az{",
            "0123456789abcdef",
        ] {
            let two_capitals = w.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
            assert_eq!(fold_ascii(w.as_bytes()), Some((pack(w.as_bytes()), Shape::of(w), two_capitals)), "{w}");
            let (flags, letters) = FlagLexicon::new(&[("said\nGen.\n", 1, false)]).get_ascii_at(w, 0, w.len()).unwrap();
            assert_eq!(letters, AsciiLetters { shape: Shape::of(w), two_capitals }, "{w}");
            assert_eq!(flags, FlagLexicon::new(&[("said\nGen.\n", 1, false)]).get(w), "{w}");
        }
        assert_eq!(fold_ascii("Zürich".as_bytes()), None);
        for n in 0..=8 {
            let b = &b"abcdefgh"[..n];
            let expect = b.iter().enumerate().fold(0u64, |a, (i, &x)| a | u64::from(x) << (8 * i));
            assert_eq!(load_le(b), expect, "{n}");
        }
    }
}
