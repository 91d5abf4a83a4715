//! Table-driven cases: one line per shape of attribution.

use crate::quote::{QuoteKind, Resolution};

/// `(text, quote text, speaker, kind, cue)`; the quote checked is the one whose text matches.
type Case = (&'static str, &'static str, Option<&'static str>, QuoteKind, Option<&'static str>);

const CASES: &[Case] =
    &[("“It is over,” Ann Lee said.", "It is over", Some("Ann Lee"), QuoteKind::Direct, Some("said"))];

#[test]
fn table() {
    let mut failed = Vec::new();
    for &(text, quote, speaker, kind, cue) in CASES {
        let doc = crate::analyze(text);
        let Some(q) = doc.quotes.iter().find(|q| q.text == quote) else {
            failed.push(format!(
                "{text:?}: no quote {quote:?} in {:?}",
                doc.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (q.speaker.as_deref(), q.kind, q.cue.as_ref().map(|c| c.text.as_str()));
        if got != (speaker, kind, cue) {
            failed.push(format!("{text:?}: got {got:?}, want {:?}", (speaker, kind, cue)));
        }
    }
    assert!(failed.is_empty(), "{} failed:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn unused_resolution_is_serialisable() {
    assert_eq!(serde_json::to_string(&Resolution::None).unwrap(), "\"none\"");
}

