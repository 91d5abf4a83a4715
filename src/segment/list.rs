//! Numbered and lettered list items run together on one line
//! (`1) The first item 2) The second item`, `a. One b. Two`, `(i) One (ii) Two`):
//! each item is a sentence.

use std::fmt::Write;

/// How items are numbered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Count {
    Digits,
    Lower,
    Upper,
    Roman,
}

/// How a number is marked: `1.`, `1)`, `1.)`, `(1)`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
    Enclosed,
}

/// Starts of the list items after the first, when the block at `start` opens with a list
/// marker and the following markers come in order. Linear: each search starts where the
/// last one ended.
pub(super) fn item_starts(text: &str, start: usize, end: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let Some((count, style, mut value)) = marker(&text[start..end]) else { return starts };
    let mut from = start;
    let mut pattern = String::new();
    loop {
        value += 1;
        pattern.clear();
        pattern.push(' ');
        if !render(&mut pattern, count, style, value) {
            return starts;
        }
        pattern.push(' ');
        let Some(found) = text[from..end].find(&pattern) else { return starts };
        let item = from + found + 1;
        starts.push(item);
        from = item;
    }
}

/// The list marker at the start of `s`, followed by white space. Looks at no more than
/// the first few bytes.
fn marker(s: &str) -> Option<(Count, Style, u32)> {
    const LONGEST: usize = 8; // `(xviii)` and a space
    let head = s.get(..s.len().min(LONGEST)).unwrap_or(s);
    let token = &head[..head.find(char::is_whitespace)?];
    let (style, inner) = if let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        (Style::Enclosed, inner)
    } else if let Some(inner) = token.strip_suffix(".)") {
        (Style::DotParen, inner)
    } else if let Some(inner) = token.strip_suffix('.') {
        (Style::Dot, inner)
    } else {
        (Style::Paren, token.strip_suffix(')')?)
    };
    if inner.is_empty() || inner.len() > 4 {
        return None;
    }
    let (count, value) = if inner.bytes().all(|b| b.is_ascii_digit()) {
        (Count::Digits, inner.parse().ok()?)
    } else if let Some(value) = roman_value(inner) {
        (Count::Roman, value)
    } else if inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase()) {
        (Count::Lower, u32::from(inner.as_bytes()[0] - b'a') + 1)
    } else if inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_uppercase()) {
        (Count::Upper, u32::from(inner.as_bytes()[0] - b'A') + 1)
    } else {
        return None;
    };
    Some((count, style, value))
}

/// Writes the marker for `value`; false when it cannot be written (past `z`).
fn render(out: &mut String, count: Count, style: Style, value: u32) -> bool {
    let number = match count {
        Count::Digits => value.to_string(),
        Count::Lower | Count::Upper if value > 26 => return false,
        Count::Lower => char::from(b'a' + (value - 1) as u8).to_string(),
        Count::Upper => char::from(b'A' + (value - 1) as u8).to_string(),
        Count::Roman => match roman(value) {
            Some(r) => r,
            None => return false,
        },
    };
    let _ = match style {
        Style::Dot => write!(out, "{number}."),
        Style::Paren => write!(out, "{number})"),
        Style::DotParen => write!(out, "{number}.)"),
        Style::Enclosed => write!(out, "({number})"),
    };
    true
}

const ROMAN: [&str; 20] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
    "xviii", "xix", "xx",
];

fn roman(value: u32) -> Option<String> {
    ROMAN.get(value.checked_sub(1)? as usize).map(|r| (*r).to_owned())
}

/// `i` … `xx`; a lone `v` or `x` is a letter, not a numeral.
fn roman_value(s: &str) -> Option<u32> {
    if s == "v" || s == "x" {
        return None;
    }
    ROMAN.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}
