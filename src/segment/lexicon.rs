//! The word lists behind the period rules, compiled once from `data/*.txt`.

use crate::lexicon::WordList;
use std::sync::LazyLock;

/// Titles written before a name (`Mr`, `Col`, `Mt`).
pub(crate) static TITLES: LazyLock<WordList> = LazyLock::new(|| WordList::parse(include_str!("data/titles.txt")));

/// Abbreviations that may or may not end a sentence (`Inc`, `Jan`, `No`).
pub(crate) static ABBREVIATIONS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("data/abbreviations.txt")));

/// Words that end a name and often a sentence (`Inc`, `Jr`, `etc`).
pub(crate) static SUFFIXES: LazyLock<WordList> = LazyLock::new(|| WordList::parse(include_str!("data/suffixes.txt")));

/// Words that usually open a sentence (`The`, `He`, `However`).
pub(crate) static STARTERS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(include_str!("data/starters.txt")));

/// Days, months and zones that go on after a clock time (`5 p.m. Monday`).
pub(crate) static CLOCK_FOLLOWERS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("data/clock_followers.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        assert!(TITLES.contains("Mr"));
        assert!(TITLES.contains("MR"));
        assert!(!TITLES.contains("mr"));
        assert!(SUFFIXES.contains("etc"));
        assert!(SUFFIXES.contains("Etc"));
        assert!(SUFFIXES.contains("INC"));
        assert!(ABBREVIATIONS.contains("No"));
        assert!(ABBREVIATIONS.contains("N°"));
        assert!(STARTERS.contains("The"));
        assert!(STARTERS.contains("THE"));
        assert!(!STARTERS.contains("Government"));
    }

    #[test]
    fn data_files_are_sorted_and_unique() {
        for data in
            [include_str!("data/titles.txt"), include_str!("data/abbreviations.txt"), include_str!("data/starters.txt")]
        {
            let entries: Vec<&str> = data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            let mut sorted = entries.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(entries, sorted);
        }
    }
}
