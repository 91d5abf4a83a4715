//! Word lists kept as data: one entry a line in a `data/*.txt` file, `#` for comments,
//! compiled once on first use.

use std::collections::HashSet;

/// A set of words read from a data file: one entry a line, `#` starts a comment.
pub(crate) struct WordList {
    words: HashSet<&'static str>,
}

impl WordList {
    pub(crate) fn parse(data: &'static str) -> Self {
        let words = data.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect();
        WordList { words }
    }

    /// Whether `word` is listed as written, in capitals (`MR` for `Mr`), or, for an
    /// all-lower-case entry, capitalised (`Etc` for `etc`).
    pub(crate) fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > 16 {
            return false;
        }
        if self.words.contains(word) {
            return true;
        }
        let mut buf = [0u8; 16];
        let bytes = word.as_bytes();
        let buf = &mut buf[..bytes.len()];
        buf.copy_from_slice(bytes);
        if word.chars().all(|c| !c.is_lowercase()) {
            // `MR` → `Mr`
            buf[1..].make_ascii_lowercase();
            if std::str::from_utf8(buf).is_ok_and(|w| self.words.contains(w)) {
                return true;
            }
        }
        // `Etc` or `ETC` → `etc`
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).is_ok_and(|w| self.words.contains(w))
    }
}
