//! copydesk reads news text the way a copy desk does: it splits it into sentences,
//! finds every quotation and who said it, and pulls out every numeric claim, in one
//! pass, in parallel.
//!
//! ```
//! let text = "Col. Sonny Leggett spoke in Kabul. “It is over,” he said.\n\nThe U.S. team left.";
//! let doc = copydesk::analyze(text);
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
//! assert_eq!(sentences, ["Col. Sonny Leggett spoke in Kabul.", "“It is over,” he said.", "The U.S. team left."]);
//!
//! // Spans are byte ranges on char boundaries:
//! let s = &doc.sentences[1];
//! assert_eq!(&text[s.span.range()], s.text);
//! ```
//!
//! For many texts, build one [`Analyzer`] and call [`Analyzer::analyze_batch`]; it runs
//! on a rayon pool and keeps the input order. The `cli` feature adds the
//! `copydesk analyze` command; the `python` feature builds the Python binding.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod analyzer;
mod batch;
mod document;
mod lexicon;
pub mod number;
pub mod quote;
mod seeds;
pub mod segment;
mod span;

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "python")]
mod python;

pub use analyzer::{Analyzer, Tasks, UnknownTask};
pub use batch::{thread_pool, Stream, StreamOptions};
pub use document::{Document, Sentence};
pub use number::Number;
pub use quote::{Quote, Speaker};
pub use seeds::seeds;
pub use span::{CharIndex, Span};

/// The README's Rust examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// Analyses `text` with every task: sentences, quotes and numbers.
///
/// ```
/// let doc = copydesk::analyze("Prices rose. Then they fell.");
/// assert_eq!(doc.sentences.len(), 2);
/// ```
pub fn analyze(text: &str) -> Document {
    Analyzer::default().analyze(text)
}

/// The sentences of `text`.
///
/// ```
/// let sentences = copydesk::sentences("I live in the U.S. How about you?");
/// assert_eq!(sentences[1].text, "How about you?");
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    segment::sentence_spans(text)
        .into_iter()
        .map(|span| Sentence { span, text: text[span.range()].to_owned() })
        .collect()
}
