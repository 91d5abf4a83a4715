//! Word lists kept as data: one entry a line in a `data/*.txt` file, `#` for comments,
//! compiled once on first use.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hash for short words (FxHash); the lists are fixed data, so no
/// protection against crafted keys is needed.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A set of words read from a data file: one entry a line, `#` starts a comment.
pub(crate) struct WordList {
    words: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
    /// Lengths (in bytes, up to 16) of the entries: a quick rejection before hashing.
    lengths: u32,
}

impl WordList {
    pub(crate) fn parse(data: &'static str) -> Self {
        let words = data
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect::<HashSet<_, _>>();
        let lengths = words.iter().filter(|w| w.len() <= 16).fold(0u32, |acc, w| acc | 1 << w.len());
        WordList { words, lengths }
    }

    /// Whether `word` is listed as written, in capitals (`MR` for `Mr`), or, for an
    /// all-lower-case entry, capitalised (`Etc` for `etc`).
    pub(crate) fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > 16 || self.lengths & (1 << word.len()) == 0 {
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

