//! Numeric claims: the quantity, what it counts, and who claims it.

use crate::document::MapSpans;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A numeric claim.
///
/// ```
/// let number = copydesk::Number { span: copydesk::Span::new(0, 2), text: "12".into() };
/// assert_eq!(number.text, "12");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The quantity with its qualifier and its counted noun.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
}

impl MapSpans for Number {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// The numeric claims in `text`, given its sentences and quotes.
pub(crate) fn find_numbers(_text: &str, _sentences: &[crate::Sentence], _quotes: &[crate::Quote]) -> Vec<Number> {
    Vec::new()
}
