//! Quotations and who said them.

use crate::document::MapSpans;
use crate::lexicon::WordList;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Verbs that attribute speech (`said`, `testified`).
pub(crate) static SPEECH_VERBS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("data/speech_verbs.txt")));

/// A quotation: the words inside the marks.
///
/// ```
/// let quote = copydesk::Quote { span: copydesk::Span::new(1, 3), text: "Hi".into(), speaker: None };
/// assert_eq!(quote.text, "Hi");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks.
    #[serde(flatten)]
    pub span: Span,
    /// Their text.
    pub text: String,
    /// Who said them: the name as first given in full, or `None`.
    pub speaker: Option<String>,
}

impl MapSpans for Quote {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

/// The quotations in `text`, given its sentences.
pub(crate) fn find_quotes(_text: &str, _sentences: &[crate::Sentence]) -> Vec<Quote> {
    Vec::new()
}
