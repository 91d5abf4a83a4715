//! Word lists kept as data: one entry a line in a `data/*.txt` file, `#` for comments,
//! compiled once on first use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

    fn finish(&self) -> u64 {
        self.0
    }
}
