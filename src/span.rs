//! Byte spans, and their conversion to character offsets at the boundary.
//!
//! Inside Rust every span is a half-open byte range on `char` boundaries, so
//! `&text[span.range()]` is always valid. Python and JSON count characters
//! (Unicode scalar values) instead; [`CharIndex`] converts once, at the edge.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range `start..end` into a text.
///
/// In Rust the offsets are bytes on `char` boundaries; in the Python binding
/// and in JSON they are characters.
///
/// ```
/// use copydesk::Span;
/// let text = "Hello world.";
/// let span = Span::new(6, 12);
/// assert_eq!(&text[span.range()], "world.");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First offset inside the span.
    pub start: usize,
    /// First offset after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    ///
    /// ```
    /// assert_eq!(copydesk::Span::new(2, 5).end, 5);
    /// ```
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    ///
    /// ```
    /// assert_eq!(&"abcdef"[copydesk::Span::new(1, 3).range()], "bc");
    /// ```
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Its length in offsets (bytes in Rust).
    ///
    /// ```
    /// assert_eq!(copydesk::Span::new(4, 9).len(), 5);
    /// ```
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(copydesk::Span::new(3, 3).is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// Converts byte offsets of one text into character offsets.
///
/// Built in one pass over the text (a no-op for ASCII text); each lookup then
/// costs at most one block of [`CharIndex::BLOCK`] bytes, whatever the text's size.
///
/// ```
/// use copydesk::CharIndex;
/// let text = "“Hi,” she said.";
/// let index = CharIndex::new(text);
/// let byte = text.find("she").unwrap();
/// assert_eq!(byte, 10);
/// assert_eq!(index.char_offset(byte), 6);
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Characters before each block start; empty when the text is ASCII.
    blocks: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    /// Bytes per block of the index.
    pub const BLOCK: usize = 64;

    /// Index `text`.
    ///
    /// ```
    /// let index = copydesk::CharIndex::new("naïve");
    /// assert_eq!(index.char_offset(6), 5);
    /// ```
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharIndex { text, blocks: Vec::new() };
        }
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(Self::BLOCK) {
            blocks.push(chars);
            chars += count_chars(chunk);
        }
        CharIndex { text, blocks }
    }

    /// The character offset of byte offset `byte` (a `char` boundary, at most the text's length).
    ///
    /// ```
    /// let index = copydesk::CharIndex::new("é!");
    /// assert_eq!(index.char_offset(2), 1);
    /// ```
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.blocks.is_empty() {
            return byte;
        }
        let block = byte / Self::BLOCK;
        let start = block * Self::BLOCK;
        match self.blocks.get(block) {
            Some(&before) => before + count_chars(&self.text.as_bytes()[start..byte]),
            // `byte` is the text's length, on a block boundary.
            None => {
                self.blocks.last().copied().unwrap_or(0) + count_chars(&self.text.as_bytes()[start - Self::BLOCK..byte])
            }
        }
    }

    /// A byte span converted to characters.
    ///
    /// ```
    /// use copydesk::{CharIndex, Span};
    /// let index = CharIndex::new("¿Qué?");
    /// assert_eq!(index.span(Span::new(2, 6)), Span::new(1, 4));
    /// ```
    pub fn span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }
}

/// Characters in a UTF-8 byte slice: every byte that is not a continuation byte.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices_everywhere() {
        let text = "“Al-Qaeda’s” £1.2m — naïve 😀 text, repeated. ".repeat(20);
        let index = CharIndex::new(&text);
        let mut expected = 0;
        for (byte, _) in text.char_indices() {
            assert_eq!(index.char_offset(byte), expected, "byte {byte}");
            expected += 1;
        }
        assert_eq!(index.char_offset(text.len()), expected);
    }

    #[test]
    fn text_length_on_a_block_boundary() {
        let text = "é".repeat(CharIndex::BLOCK); // 128 bytes, two whole blocks
        let index = CharIndex::new(&text);
        assert_eq!(index.char_offset(text.len()), CharIndex::BLOCK);
    }

    #[test]
    fn ascii_is_the_identity() {
        let index = CharIndex::new("plain ascii");
        assert_eq!(index.span(Span::new(6, 11)), Span::new(6, 11));
    }
}
