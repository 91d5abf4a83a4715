//! The word lists behind the period rules, compiled once from `data/*.txt`.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A set of words read from a data file: one entry a line, `#` starts a comment.
pub(crate) struct WordList {
    words: HashSet<&'static str>,
}

impl WordList {
    fn parse(data: &'static str) -> Self {
        let words = data
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
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

/// Titles written before a name (`Mr`, `Col`, `Mt`).
pub(crate) static TITLES: LazyLock<WordList> = LazyLock::new(|| WordList::parse(include_str!("data/titles.txt")));

/// Abbreviations that may or may not end a sentence (`Inc`, `Jan`, `No`).
pub(crate) static ABBREVIATIONS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("data/abbreviations.txt")));

/// Words that usually open a sentence (`The`, `He`, `However`).
pub(crate) static STARTERS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(include_str!("data/starters.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        assert!(TITLES.contains("Mr"));
        assert!(TITLES.contains("MR"));
        assert!(!TITLES.contains("mr"));
        assert!(ABBREVIATIONS.contains("etc"));
        assert!(ABBREVIATIONS.contains("Etc"));
        assert!(ABBREVIATIONS.contains("No"));
        assert!(ABBREVIATIONS.contains("N°"));
        assert!(STARTERS.contains("The"));
        assert!(STARTERS.contains("THE"));
        assert!(!STARTERS.contains("Government"));
    }

    #[test]
    fn data_files_are_sorted_and_unique() {
        for data in [
            include_str!("data/titles.txt"),
            include_str!("data/abbreviations.txt"),
            include_str!("data/starters.txt"),
        ] {
            let entries: Vec<&str> = data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            let mut sorted = entries.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(entries, sorted);
        }
    }
}
