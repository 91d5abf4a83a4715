//! Grouping keys made of a kind and a code from the lexicons (`money:USD`, `measure:km`,
//! `percent:%`), made once: most numbers borrow their key instead of building it.

use super::lexicon::{BuildWordHasher, Lazy, CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, UNITS};
use super::Kind;
use std::collections::HashMap;

/// Every kind, in the order of its discriminant.
const KINDS: [Kind; 5] = [Kind::Count, Kind::Money, Kind::Percent, Kind::Measure, Kind::Duration];

/// Codes the rules write themselves rather than read from a lexicon.
const LITERAL_CODES: &[&str] = &["°C", "°F", "point", "%"];

/// For each code, its key under each kind (by discriminant).
static CODED: Lazy<HashMap<&'static str, [String; 5], BuildWordHasher>> = Lazy::new(build);

fn build() -> HashMap<&'static str, [String; 5], BuildWordHasher> {
    let codes = (CURRENCY_SIGNS.first_values())
        .chain(CURRENCY_WORDS.first_values())
        .chain(CURRENCY_ADJECTIVES.first_values())
        .chain(UNITS.first_values())
        .chain(LITERAL_CODES.iter().copied())
        .filter(|code| !code.is_empty());
    let mut map = HashMap::with_hasher(BuildWordHasher);
    for code in codes {
        map.entry(code).or_insert_with(|| KINDS.map(|kind| format!("{}:{code}", kind.as_str())));
    }
    map
}

/// The key of `code` under `kind` (`money:USD`), when `code` is one of the lexicons'.
#[inline(always)]
pub(crate) fn coded(kind: Kind, code: &str) -> Option<&'static str> {
    let table: &'static HashMap<&'static str, [String; 5], BuildWordHasher> = &CODED;
    table.get(code).map(|keys| keys[kind as usize].as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_kind_and_code() {
        for kind in KINDS {
            assert_eq!(KINDS[kind as usize], kind);
        }
        assert_eq!(coded(Kind::Money, "USD"), Some("money:USD"));
        assert_eq!(coded(Kind::Measure, "km"), Some("measure:km"));
        assert_eq!(coded(Kind::Percent, "%"), Some("percent:%"));
        assert_eq!(coded(Kind::Measure, "point"), Some("measure:point"));
        assert_eq!(coded(Kind::Count, "no such code"), None);
    }
}
