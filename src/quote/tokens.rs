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
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '’' | '\'' | '.' | '&' | '\u{2011}')
}

/// Tokens of `text[range]`, appended to `out`. `range` must lie on char boundaries.
pub(crate) fn tokenize(text: &str, range: Span, out: &mut Vec<Token>) {
    let piece = &text[range.range()];
    let mut chars = piece.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = range.start + i;
        if !is_word_char(c) {
            out.push(Token { span: Span::new(start, start + c.len_utf8()), word: false });
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut has_inner_dot = false;
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = range.start + j + d.len_utf8();
                chars.next();
            } else if d == ',' && text[..range.start + j].ends_with(|p: char| p.is_ascii_digit()) {
                // `8,600`
                let after = piece[j + 1..].chars().next();
                if after.is_some_and(|a| a.is_ascii_digit()) {
                    chars.next();
                    end = range.start + j + 1;
                } else {
                    break;
                }
            } else if is_joiner(d) {
                // A joiner stays inside when a word character follows it.
                let after = piece[j + d.len_utf8()..].chars().next();
                if after.is_some_and(is_word_char) {
                    has_inner_dot |= d == '.';
                    chars.next();
                    end = range.start + j + d.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // A final dot belongs to initials (`S.`), initialisms (`U.S.`) and listed abbreviations.
        if let Some(&(j, '.')) = chars.peek() {
            let word = &text[start..end];
            let single = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
            if has_inner_dot || single || DOTTED.contains(&word) {
                chars.next();
                end = range.start + j + 1;
            }
        }
        out.push(Token { span: Span::new(start, end), word: true });
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
