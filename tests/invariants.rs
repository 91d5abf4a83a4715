//! Properties that hold for any text: every span slices its own text on char
//! boundaries; sentences are in order, do not overlap and cover every non-space
//! character; a batch gives what one-by-one analysis gives.

use copydesk::{Analyzer, Document, Span};
use proptest::prelude::*;

/// Pieces of news text, hostile ones included, to build texts from.
const PIECES: &[&str] = &[
    "The",
    "U.S.",
    "Mr.",
    "Col.",
    "Inc.",
    "Jan.",
    "No.",
    "J.",
    "e.g.",
    "a.m.",
    "said",
    "he",
    "she",
    "told",
    "according to",
    "report",
    "Taliban",
    "al-Qaeda",
    "Fitton-Brown",
    "2,500",
    "1.2",
    "0.90",
    "$5bn",
    "£1.2m",
    "40%",
    "7/32",
    "1-1/2",
    "twenty-two",
    "million",
    "between",
    "and",
    "about",
    "more than",
    "troops",
    "months",
    "2019",
    "9/11",
    "112-107",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    ".",
    "!",
    "?",
    "…",
    "...",
    ". . .",
    ",",
    ";",
    ":",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "[1]",
    "•",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{0}",
    "é",
    "naïve",
    "😀",
    "。",
    "？",
    "https://example.com/a.b",
    "x@y.org",
    "2020-06-02",
    "date",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut text = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            // mostly spaced, sometimes glued
            if i % 3 != 2 {
                text.push(' ');
            }
            text.push_str(piece);
        }
        text
    })
}

fn check_span(text: &str, span: Span, item_text: &str, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end && span.end <= text.len(), "{what} span {span:?} outside the text");
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} off a char boundary"
    );
    prop_assert_eq!(&text[span.range()], item_text, "{} text differs from its span", what);
    Ok(())
}

fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    prop_assert_eq!(&doc.text, text);
    let mut covered = String::new();
    let mut last_end = 0;
    for s in &doc.sentences {
        check_span(text, s.span, &s.text, "sentence")?;
        prop_assert!(s.span.start >= last_end, "sentences overlap or go backwards");
        prop_assert!(!s.text.is_empty() && s.text.trim() == s.text, "sentence {:?} not trimmed", s.text);
        last_end = s.span.end;
        covered.push_str(&s.text);
    }
    let non_space = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    prop_assert_eq!(non_space(&covered), non_space(text), "sentences do not cover the text");
    for q in &doc.quotes {
        check_span(text, q.span, &q.text, "quote")?;
    }
    for n in &doc.numbers {
        check_span(text, n.span, &n.text, "number")?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn news_like_text_keeps_the_invariants(text in news_text()) {
        check_document(&text, &copydesk::analyze(&text))?;
    }

    #[test]
    fn any_text_keeps_the_invariants(text in any::<String>()) {
        check_document(&text, &copydesk::analyze(&text))?;
    }

    #[test]
    fn a_batch_is_the_same_as_one_by_one(texts in prop::collection::vec(news_text(), 0..12)) {
        let analyzer = Analyzer::default();
        let alone: Vec<Document> = texts.iter().map(|t| analyzer.analyze(t)).collect();
        prop_assert_eq!(analyzer.analyze_batch(&texts), alone);
    }
}

#[test]
fn hostile_shapes() {
    let shapes = [
        "“".repeat(10_000),
        "“a” ".repeat(5_000),
        "U.S. ".repeat(5_000),
        "1 ".repeat(10_000),
        "a".repeat(100_000),
        "he said ".repeat(5_000),
        "“‘".repeat(2_000) + &"’”".repeat(2_000),
        "It rose. ".repeat(10_000),
        "9".repeat(1_000_000),
        ".".repeat(100_000),
        "\n".repeat(100_000),
        "( [ ".repeat(10_000),
    ];
    for text in &shapes {
        let doc = copydesk::analyze(text);
        check_document(text, &doc).unwrap();
    }
}
