//! The numerals of a claim: one, or two for a range, kept in the claim itself.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::ops::{Deref, DerefMut};

/// The bare numerals of a claim: one, or two for a range (`400` and `600` in `between 400
/// and 600`). Kept inline, with no allocation of their own, and read as a slice of
/// [`Span`]s; serialised as a list, as a `Vec<Span>` is.
///
/// ```
/// let doc = copydesk::analyze("Al-Qaeda has between 400 and 600 members.");
/// let numerals = &doc.numbers[0].numerals;
/// assert_eq!(numerals.len(), 2);
/// assert_eq!(&doc.text[numerals[1].range()], "600");
/// let json = serde_json::to_string(numerals).unwrap();
/// assert_eq!(json, r#"[{"start":21,"end":24},{"start":29,"end":32}]"#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Numerals {
    /// The spans; those past `len` are empty.
    spans: [Span; 2],
    /// How many spans there are: 0 (only when made by `default()`), 1 or 2.
    len: u8,
}

impl Numerals {
    /// A single numeral.
    ///
    /// ```
    /// use copydesk::{number::Numerals, Span};
    /// assert_eq!(Numerals::one(Span::new(0, 2)).len(), 1);
    /// ```
    pub fn one(numeral: Span) -> Self {
        Numerals { spans: [numeral, Span::default()], len: 1 }
    }

    /// The two ends of a range.
    ///
    /// ```
    /// use copydesk::{number::Numerals, Span};
    /// let pair = Numerals::two(Span::new(0, 2), Span::new(6, 8));
    /// assert_eq!(&pair[..], &[Span::new(0, 2), Span::new(6, 8)]);
    /// ```
    pub fn two(low: Span, high: Span) -> Self {
        Numerals { spans: [low, high], len: 2 }
    }
}

impl Deref for Numerals {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        &self.spans[..usize::from(self.len)]
    }
}

impl DerefMut for Numerals {
    fn deref_mut(&mut self) -> &mut [Span] {
        &mut self.spans[..usize::from(self.len)]
    }
}

impl std::fmt::Debug for Numerals {
    /// As a list, as a `Vec<Span>` shows.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Numerals {
    type Item = &'a Span;
    type IntoIter = std::slice::Iter<'a, Span>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Numerals {
    type Item = &'a mut Span;
    type IntoIter = std::slice::IterMut<'a, Span>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl Serialize for Numerals {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Numerals {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spans = Vec::<Span>::deserialize(deserializer)?;
        match spans[..] {
            [] => Ok(Numerals::default()),
            [one] => Ok(Numerals::one(one)),
            [low, high] => Ok(Numerals::two(low, high)),
            _ => Err(serde::de::Error::invalid_length(spans.len(), &"one or two numerals")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_as_a_list() {
        for numerals in
            [Numerals::default(), Numerals::one(Span::new(1, 3)), Numerals::two(Span::new(1, 3), Span::new(5, 9))]
        {
            let json = serde_json::to_string(&numerals).unwrap();
            assert_eq!(json, serde_json::to_string(&numerals.to_vec()).unwrap());
            assert_eq!(serde_json::from_str::<Numerals>(&json).unwrap(), numerals);
            assert_eq!(format!("{numerals:?}"), format!("{:?}", numerals.to_vec()));
        }
        assert!(serde_json::from_str::<Numerals>(r#"[{"start":0,"end":1},{"start":0,"end":1},{"start":0,"end":1}]"#)
            .is_err());
    }
}
