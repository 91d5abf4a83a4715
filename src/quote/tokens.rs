//! A small tokenizer for the text around a quote: words (with inner hyphens,
//! apostrophes and the dots of abbreviations) and single punctuation characters.

use crate::lexicon::{AsciiLetters, Shape};
use crate::span::Span;

/// Abbreviations whose final dot belongs to the word (`Gen.`, `Col.`, `U.S.`).
const DOTTED: &[&str] = &[
    "Adm", "Ald", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Det", "Dr", "Gen", "Gov", "Hon", "Inc", "Insp",
    "Jr", "Lt", "Ltd", "Maj", "Mr", "Mrs", "Ms", "No", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sgt", "Smt", "Sr", "St",
    "Supt",
];

/// A word or a punctuation character.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where it is in the text.
    pub span: Span,
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub word: bool,
    /// Its shape ([`word_flags`]) and its lexicon flags ([`cues`](super::cues)), once
    /// [`LOOKED_UP`] is set: a word is looked up only when something asks for its flags.
    pub flags: u32,
}

/// The lexicon flags are in (always for punctuation, which has none).
pub(crate) const LOOKED_UP: u32 = 1 << 31;

/// Starts with a capital letter.
pub(crate) const CAP: u32 = 1 << 24;
/// Starts with a lower-case letter.
pub(crate) const LOWER: u32 = 1 << 25;
/// Two or more letters, none lower-case (`UN`, `U.S.`).
pub(crate) const ACRONYM: u32 = 1 << 26;
/// Ends in `’s`, `'s`, `s’` or `s'`.
pub(crate) const POSSESSIVE: u32 = 1 << 27;

/// The shape flags of a word.
pub(crate) fn word_flags(word: &str) -> u32 {
    let bytes = word.as_bytes();
    let first = bytes.first().copied().unwrap_or(0);
    let mut f = if first.is_ascii_uppercase() || prefixed_name(bytes) {
        CAP
    } else if first.is_ascii_lowercase() {
        LOWER
    } else if first.is_ascii() {
        0
    } else if is_cap(word) {
        CAP
    } else if is_lower(word) {
        LOWER
    } else {
        0
    };
    if f & LOWER == 0 && !bytes.iter().any(u8::is_ascii_lowercase) && is_acronym(word) {
        f |= ACRONYM;
    }
    if is_possessive(bytes) {
        f |= POSSESSIVE;
    }
    f
}

/// [`word_flags`] of an ASCII word, whose letters the lexicon lookup has read.
#[inline]
pub(crate) fn ascii_word_flags(bytes: &[u8], letters: AsciiLetters) -> u32 {
    let mut f = match bytes.first() {
        Some(b) if b.is_ascii_uppercase() => CAP,
        Some(_) if prefixed_name(bytes) => CAP,
        Some(b) if b.is_ascii_lowercase() => LOWER,
        _ => 0,
    };
    // No lower-case letter, and two capitals or more.
    if letters.shape == Shape::Upper && letters.two_capitals {
        f |= ACRONYM;
    }
    if is_possessive(bytes) {
        f |= POSSESSIVE;
    }
    f
}

/// A name behind a short lower-case prefix and a hyphen (`al-Zawahiri`, `el-Sisi`,
/// `bin-Talal`): capitalised, as the name is.
#[inline]
fn prefixed_name(bytes: &[u8]) -> bool {
    let Some(hyphen) = bytes.iter().take(4).position(|&b| b == b'-') else { return false };
    hyphen > 0
        && bytes[..hyphen].iter().all(u8::is_ascii_lowercase)
        && bytes.get(hyphen + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Whether a word ends in `’s`, `'s`, `s’` or `s'`.
#[inline]
fn is_possessive(bytes: &[u8]) -> bool {
    matches!(bytes.last(), Some(b's' | b'\'' | 0x99))
        && matches!(
            bytes,
            [.., b'\'', b's'] | [.., b's', b'\''] | [.., 0xE2, 0x80, 0x99, b's'] | [.., b's', 0xE2, 0x80, 0x99]
        )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A char that joins two word characters (kept for the test that checks the tokenizer
/// against the one it replaced).
#[cfg(test)]
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '’' | '\'' | '.' | '&' | '\u{2011}')
}

/// The char at byte `i` of `text` (a char boundary), by an ASCII fast path.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
    }
}

/// Whether a word character starts at byte `i` (before `stop`).
#[inline]
fn word_char_at(text: &str, i: usize, stop: usize) -> bool {
    i < stop
        && match text.as_bytes()[i] {
            b if b < 0x80 => b.is_ascii_alphanumeric(),
            _ => char_at(text, i).is_some_and(is_wide_word_char),
        }
}

/// Where the run of ASCII letters and digits at byte `i` ends (at `stop` at the latest),
/// eight bytes at a time.
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut i: usize, stop: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= stop {
        let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) else { break };
        let x = u64::from_le_bytes(chunk);
        // The low seven bits of each byte: these sums do not carry into the next byte.
        let y = x & !HIGH;
        let within = |y: u64, from: u8, to: u8| {
            y.wrapping_add(ONES * u64::from(0x80 - from)) & !y.wrapping_add(ONES * u64::from(0x80 - to - 1))
        };
        // Letters of either case are the lower-case ones once bit 5 is set (which sends
        // no other byte into `a..=z`).
        let alnum = (within(y, b'0', b'9') | within(y | (ONES * 0x20), b'a', b'z')) & !x & HIGH;
        let other = !alnum & HIGH;
        if other != 0 {
            return i + other.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < stop && bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// Tokens of `text[range]`, appended to `out`. `range` must lie on char boundaries.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, range: Span, out: &mut Vec<Token>) {
    let mut i = range.start;
    while let Some(t) = next_token(text, i, range.end) {
        i = t.span.end;
        out.push(t);
    }
}

/// ASCII white space, as `char::is_whitespace` has it (a byte class of [`CLASS`]).
const SPACE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// `-`, `'`, `.` and `&`: ASCII that joins two word characters.
const JOINS: u8 = 4;

/// The class of each byte for the tokenizer's ASCII path (0 for other ASCII and for every
/// byte of a longer char).
static CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut class = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        class[b] = if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'-' | b'\'' | b'.' | b'&') {
            JOINS
        } else {
            0
        };
        b += 1;
    }
    class
}

/// A char of General Punctuation that is neither white space nor a word character (the
/// dashes, quotation marks, bullets and ellipsis of U+2010 to U+2027, and U+2030 to
/// U+205E), told without the Unicode tables.
#[inline]
fn is_plain_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// Whether `c` (outside ASCII) is a word character.
#[inline]
fn is_wide_word_char(c: char) -> bool {
    !is_plain_punctuation(c) && is_word_char(c)
}

/// The first token of `text[i..stop]` (`i` and `stop` on char boundaries).
///
/// Most tokens are ASCII words between spaces: those are cut by a tight loop here, and
/// the rest (a word going on past a joiner, a comma or a dot; a char outside ASCII) by
/// the general rules out of line.
#[inline]
pub(crate) fn next_token(text: &str, mut i: usize, stop: usize) -> Option<Token> {
    // The bytes before `stop`: one bound to check.
    let bytes = text.as_bytes().get(..stop).unwrap_or(text.as_bytes());
    loop {
        let b = *bytes.get(i)?;
        let class = CLASS[usize::from(b)];
        if class & SPACE != 0 {
            i += 1;
            continue;
        }
        if class & ALNUM != 0 {
            // Eight bytes at a time: most words are a few ASCII letters.
            let end = ascii_alnum_end(bytes, i + 1, bytes.len());
            let end = match bytes.get(end) {
                None => end,
                // `said,`: a comma ends a word that is no number (`8,600` goes on).
                Some(b',') if !bytes[end - 1].is_ascii_digit() => end,
                // `said.` before a space: the dot is the word's only for an initial or a
                // listed abbreviation.
                Some(b'.') if bytes.get(end + 1).map_or(true, |&n| CLASS[usize::from(n)] & SPACE != 0) => {
                    with_final_dot(text, i, end, stop, false)
                }
                // Before other ASCII that does not join, the word is the letters and digits.
                Some(&d) if d < 0x80 && CLASS[usize::from(d)] & JOINS == 0 && d != b',' => end,
                _ => word_from(text, i, end, stop),
            };
            return Some(Token { span: Span::new(i, end), word: true, flags: 0 });
        }
        if b < 0x80 {
            return Some(Token { span: Span::new(i, i + 1), word: false, flags: LOOKED_UP });
        }
        match wide_token(text, i, stop) {
            Ok(t) => return Some(t),
            Err(space) => i += space,
        }
    }
}

/// Where the word at `start` ends, its first `end - start` bytes being letters or digits.
#[inline(never)]
fn word_from(text: &str, start: usize, end: usize, stop: usize) -> usize {
    let (end, has_inner_dot) = word_end(text, end, stop);
    with_final_dot(text, start, end, stop, has_inner_dot)
}

/// The token at byte `i`, a char outside ASCII; `Err` with its length when it is white space.
#[inline(never)]
fn wide_token(text: &str, i: usize, stop: usize) -> Result<Token, usize> {
    let c = text[i..].chars().next().unwrap_or(' ');
    let len = c.len_utf8();
    if !is_plain_punctuation(c) && c.is_whitespace() {
        return Err(len);
    }
    if !is_wide_word_char(c) {
        return Ok(Token { span: Span::new(i, i + len), word: false, flags: LOOKED_UP });
    }
    Ok(Token { span: Span::new(i, word_from(text, i, i + len, stop)), word: true, flags: 0 })
}

/// Where the word going on at byte `end` ends (before `stop`), and whether a dot joins
/// two of its parts (`U.S`).
#[inline]
fn word_end(text: &str, mut end: usize, stop: usize) -> (usize, bool) {
    // The bytes before `stop`: one bound to check.
    let bytes = text.as_bytes().get(..stop).unwrap_or(text.as_bytes());
    let mut has_inner_dot = false;
    while let Some(&d) = bytes.get(end) {
        let class = CLASS[usize::from(d)];
        if class & ALNUM != 0 {
            end += 1;
            continue;
        }
        if d == b',' && bytes[end - 1].is_ascii_digit() {
            // `8,600`
            if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                end += 1;
                continue;
            }
            break;
        }
        if d < 0x80 {
            if class & JOINS == 0 || !word_char_at(text, end + 1, stop) {
                end += plural_possessive(text, end, stop);
                break;
            }
            // A joiner stays inside when a word character follows it.
            has_inner_dot |= d == b'.';
            end += 1;
            continue;
        }
        let Some(c) = char_at(text, end) else { break };
        // A word character, or a joiner (`’`, a non-breaking hyphen) before one.
        let joins = || matches!(c, '’' | '\u{2011}') && word_char_at(text, end + c.len_utf8(), stop);
        if !(is_wide_word_char(c) || joins()) {
            end += plural_possessive(text, end, stop);
            break;
        }
        end += c.len_utf8();
    }
    (end, has_inner_dot)
}

/// `the players’ union`, `Supporters' Trust`: the apostrophe at byte `end` after a word
/// ending in `s`, before a space and a word, is the word's (a plural possessive); its
/// length, or 0.
#[inline(never)]
fn plural_possessive(text: &str, end: usize, stop: usize) -> usize {
    let bytes = text.as_bytes();
    let len = match bytes.get(end..) {
        Some([b'\'', ..]) => 1,
        Some([0xE2, 0x80, 0x99, ..]) => 3,
        _ => return 0,
    };
    let after = end + len;
    let plural = end > 0 && bytes[end - 1] == b's';
    if plural && after + 1 < stop && bytes[after] == b' ' && word_char_at(text, after + 1, stop) {
        len
    } else {
        0
    }
}

/// `end`, or past the dot there when it belongs to the word `text[start..end]`: the
/// final dot of initials (`S.`), initialisms (`U.S.`) and listed abbreviations.
#[inline]
fn with_final_dot(text: &str, start: usize, end: usize, stop: usize, has_inner_dot: bool) -> usize {
    if end >= stop || text.as_bytes()[end] != b'.' {
        return end;
    }
    let word = &text[start..end];
    let single = match word.as_bytes() {
        [b] => b.is_ascii_uppercase(),
        _ => {
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        }
    };
    // Every listed abbreviation is two to four ASCII letters, the first a capital.
    let listed = || word.len() <= 4 && word.as_bytes()[0].is_ascii_uppercase() && DOTTED.contains(&word);
    if has_inner_dot || single || listed() {
        end + 1
    } else {
        end
    }
}

/// Whether `word` starts with an upper-case letter.
pub(crate) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `word` starts with a lower-case letter.
pub(crate) fn is_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// An initialism or acronym (`UN`, `NATO`, `U.S.`): two or more letters, all capitals.
pub(crate) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().all(|c| !c.is_lowercase())
}

/// `word` in ASCII lower case, written into `buf`: a short word to compare with lower-case
/// literals without allocating. `None` when it is longer than `buf`.
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    // Lower-casing ASCII letters keeps UTF-8 valid.
    std::str::from_utf8(out).ok()
}

/// The largest char boundary `<= i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i`.
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| &text[t.span.range()]).collect()
    }

    #[test]
    fn alnum_runs_end_where_bytewise() {
        let text = "Abc123xyzQRSTUV09 é-x,Zz~Long_Word_Here0123456789abcdefXYZ";
        let bytes = text.as_bytes();
        for i in 0..bytes.len() {
            for stop in i..=bytes.len() {
                let slow = (i..stop).find(|&k| !bytes[k].is_ascii_alphanumeric()).unwrap_or(stop);
                assert_eq!(ascii_alnum_end(bytes, i, stop), slow, "{i} {stop}");
            }
        }
    }

    #[test]
    fn ascii_words_flagged_as_by_word_flags() {
        let words = [
            "Ann",
            "UN",
            "U.S.",
            "I",
            "2019",
            "A1",
            "NATO's",
            "officials'",
            "McCain",
            "x",
            "X",
            "s'",
            "'s",
            "al-Qaeda",
            "e.g.",
            "AB-12",
            "Q4",
            "MIT's",
            "ABCDEFGHIJKLMNOP",
            "abc&def",
            "O'Neil",
            "1A2B",
        ];
        for w in words {
            let (_, letters) = crate::quote::cues::LEXICON.get_ascii_at(w, 0, w.len()).expect(w);
            assert_eq!(ascii_word_flags(w.as_bytes(), letters), word_flags(w), "{w}");
        }
    }

    #[test]
    fn plain_punctuation_is_neither_space_nor_word() {
        for c in ('\u{2000}'..='\u{206F}').filter(|&c| is_plain_punctuation(c)) {
            assert!(!c.is_whitespace() && !c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The tokenizer as it was before the byte classes, to check the new one against.
    fn next_token_before(text: &str, mut i: usize, stop: usize) -> Option<Token> {
        let bytes = text.as_bytes();
        while i < stop {
            let b = bytes[i];
            let start = i;
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                    i += 1;
                    continue;
                }
                if !b.is_ascii_alphanumeric() {
                    return Some(Token { span: Span::new(start, start + 1), word: false, flags: LOOKED_UP });
                }
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                let len = c.len_utf8();
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                if !is_word_char(c) {
                    return Some(Token { span: Span::new(start, start + len), word: false, flags: LOOKED_UP });
                }
            }
            let mut end = start + char_at(text, start).map_or(1, char::len_utf8);
            let mut has_inner_dot = false;
            while end < stop {
                end = ascii_alnum_end(bytes, end, stop);
                let Some(&d) = bytes.get(end).filter(|_| end < stop) else { break };
                if d == b',' && bytes[end - 1].is_ascii_digit() {
                    // `8,600`
                    if end + 1 < stop && bytes[end + 1].is_ascii_digit() {
                        end += 1;
                        continue;
                    }
                    break;
                }
                if d < 0x80 && !matches!(d, b'-' | b'\'' | b'.' | b'&') {
                    break;
                }
                let Some(c) = char_at(text, end) else { break };
                if is_word_char(c) {
                    end += c.len_utf8();
                } else if is_joiner(c) && word_char_at(text, end + c.len_utf8(), stop) {
                    // A joiner stays inside when a word character follows it.
                    has_inner_dot |= c == '.';
                    end += c.len_utf8();
                } else {
                    // A plural possessive's apostrophe before a space and a word.
                    let after = end + c.len_utf8();
                    if matches!(c, '\'' | '’')
                        && bytes[end - 1] == b's'
                        && after + 1 < stop
                        && bytes[after] == b' '
                        && word_char_at(text, after + 1, stop)
                    {
                        end = after;
                    }
                    break;
                }
            }
            // A final dot belongs to initials (`S.`), initialisms (`U.S.`) and listed abbreviations.
            if end < stop && bytes[end] == b'.' {
                let word = &text[start..end];
                let single = match word.as_bytes() {
                    [b] => b.is_ascii_uppercase(),
                    _ => word.chars().count() == 1 && word.starts_with(char::is_uppercase),
                };
                if has_inner_dot || single || DOTTED.contains(&word) {
                    end += 1;
                }
            }
            return Some(Token { span: Span::new(start, end), word: true, flags: word_flags(&text[start..end]) });
        }
        None
    }

    #[test]
    fn tokens_cut_as_before() {
        let mut texts: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        assert!(texts.len() > 1, "the seeds are read");
        texts.push("U.S. Gen. S. Okafor’s 8,600 a-b-. x.y. É. Ünal‐x\u{2011}y ’90s “Hi,” — … 3,4, A&B &c. Mr.".into());
        for text in &texts {
            let starts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &i) in starts.iter().enumerate() {
                for &stop in starts[k..].iter().take(12).chain([&text.len()]) {
                    // The shape of a word is worked out with its look-up, not when it is cut.
                    let shaped = next_token(text, i, stop).map(|t| {
                        if t.word {
                            Token { flags: word_flags(&text[t.span.range()]), ..t }
                        } else {
                            t
                        }
                    });
                    assert_eq!(shaped, next_token_before(text, i, stop), "{i} {stop}");
                }
            }
        }
    }

    #[test]
    fn words_and_marks() {
        assert_eq!(
            words("“Hi,” said Col. Sonny Leggett of the U.S. Al-Qaeda’s al-Zawahiri S. Okafor."),
            [
                "“",
                "Hi",
                ",",
                "”",
                "said",
                "Col.",
                "Sonny",
                "Leggett",
                "of",
                "the",
                "U.S.",
                "Al-Qaeda’s",
                "al-Zawahiri",
                "S.",
                "Okafor",
                "."
            ]
        );
        assert_eq!(words("end. “"), ["end", ".", "“"]);
        assert!(words("").is_empty());
    }
}
