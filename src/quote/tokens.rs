//! A small tokenizer for the text around a quote: words (with inner hyphens,
//! apostrophes and the dots of abbreviations) and single punctuation characters.

use crate::span::Span;

/// Abbreviations whose final dot belongs to the word (`Gen.`, `Col.`, `U.S.`).
const DOTTED: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Dr", "Gen", "Gov", "Inc", "Jr", "Lt", "Ltd", "Maj", "Mr",
    "Mrs", "Ms", "No", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr", "St",
];

/// A word or a punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where it is in the text.
    pub span: Span,
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub word: bool,
    /// Its lexicon flags and shape ([`cues`](super::cues)); 0 for punctuation.
    pub flags: u32,
}

/// Starts with a capital letter.
pub(crate) const CAP: u32 = 1 << 24;
/// Starts with a lower-case letter.
pub(crate) const LOWER: u32 = 1 << 25;
/// Two or more letters, none lower-case (`UN`, `U.S.`).
pub(crate) const ACRONYM: u32 = 1 << 26;
/// Ends in `’s`, `'s`, `s’` or `s'`.
pub(crate) const POSSESSIVE: u32 = 1 << 27;

/// The flags of a word: its lexicon flags and its shape.
pub(crate) fn word_flags(word: &str) -> u32 {
    let mut f = super::cues::flags(word);
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_uppercase() {
        f |= CAP;
    } else if first.is_ascii_lowercase() {
        f |= LOWER;
    } else if !first.is_ascii() {
        if is_cap(word) {
            f |= CAP;
        } else if is_lower(word) {
            f |= LOWER;
        }
    }
    if f & LOWER == 0 && is_acronym(word) {
        f |= ACRONYM;
    }
    if word.ends_with("’s") || word.ends_with("'s") || word.ends_with("s’") || word.ends_with("s'") {
        f |= POSSESSIVE;
    }
    f
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

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

/// Tokens of `text[range]`, appended to `out`. `range` must lie on char boundaries.
pub(crate) fn tokenize(text: &str, range: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let stop = range.end;
    let mut i = range.start;
    while i < stop {
        let b = bytes[i];
        let c = if b < 0x80 { char::from(b) } else { text[i..].chars().next().unwrap_or(' ') };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let start = i;
        if !is_word_char(c) {
            out.push(Token { span: Span::new(start, start + len), word: false, flags: 0 });
            i += len;
            continue;
        }
        let mut end = start + len;
        let mut has_inner_dot = false;
        while end < stop {
            let Some(d) = char_at(text, end) else { break };
            if is_word_char(d) {
                end += d.len_utf8();
            } else if d == ',' && bytes[end - 1].is_ascii_digit() {
                // `8,600`
                if end + 1 < stop && bytes[end + 1].is_ascii_digit() {
                    end += 1;
                } else {
                    break;
                }
            } else if is_joiner(d) {
                // A joiner stays inside when a word character follows it.
                let after = end + d.len_utf8();
                if after < stop && char_at(text, after).is_some_and(is_word_char) {
                    has_inner_dot |= d == '.';
                    end = after;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // A final dot belongs to initials (`S.`), initialisms (`U.S.`) and listed abbreviations.
        if end < stop && bytes[end] == b'.' {
            let word = &text[start..end];
            let single = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
            if has_inner_dot || single || DOTTED.contains(&word) {
                end += 1;
            }
        }
        out.push(Token { span: Span::new(start, end), word: true, flags: word_flags(&text[start..end]) });
        i = end;
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
    fn words_and_marks() {
        assert_eq!(
            words("“Hi,” said Col. Sonny Leggett of the U.S. Al-Qaeda’s al-Zawahiri S. Martins."),
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
                "Martins",
                "."
            ]
        );
        assert_eq!(words("end. “"), ["end", ".", "“"]);
        assert!(words("").is_empty());
    }
}
