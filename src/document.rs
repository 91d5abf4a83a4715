//! The results: a [`Document`] and the [`Sentence`]s, [`Quote`]s and [`Number`]s in it.

use crate::number::Number;
use crate::quote::{Quote, Speaker};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Everything copydesk found in one text.
///
/// Spans are byte ranges into [`Document::text`].
///
/// ```
/// let doc = copydesk::analyze("It rained. Then it stopped.");
/// assert_eq!(doc.sentences.len(), 2);
/// assert_eq!(&doc.text[doc.sentences[1].span.range()], "Then it stopped.");
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// The text analysed, as given.
    pub text: String,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Its quotations, in order.
    pub quotes: Vec<Quote>,
    /// Its numeric claims, in order.
    pub numbers: Vec<Number>,
    /// The speakers of its quotes, in order of first quote.
    pub speakers: Vec<Speaker>,
}

/// One sentence: its span and its text.
///
/// ```
/// let s = &copydesk::sentences("Hi there. Bye.")[1];
/// assert_eq!((s.span.start, s.span.end, s.text.as_str()), (10, 14, "Bye."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the document.
    #[serde(flatten)]
    pub span: Span,
    /// Its text, exactly as in the document.
    pub text: String,
}

/// Results whose spans can be carried over to other offsets (bytes to characters).
pub(crate) trait MapSpans {
    /// Replaces every span `s` inside by `f(s)`.
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span);
}

impl MapSpans for Sentence {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
    }
}

impl MapSpans for Document {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.sentences.iter_mut().for_each(|s| s.map_spans(f));
        self.quotes.iter_mut().for_each(|q| q.map_spans(f));
        self.numbers.iter_mut().for_each(|n| n.map_spans(f));
        self.speakers.iter_mut().for_each(|s| s.map_spans(f));
    }
}

impl Document {
    /// The same document with every span in characters instead of bytes, as Python and
    /// JSON count them.
    ///
    /// ```
    /// let doc = copydesk::analyze("“Oui.” Non.").with_char_offsets();
    /// assert_eq!((doc.sentences[1].span.start, doc.sentences[1].span.end), (7, 11));
    /// ```
    pub fn with_char_offsets(mut self) -> Document {
        let text = std::mem::take(&mut self.text);
        let index = crate::span::CharIndex::new(&text);
        self.map_spans(&mut |s| index.span(s));
        drop(index);
        self.text = text;
        self
    }
}
