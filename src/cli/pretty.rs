//! `--format pretty`: a document as a person reads it in a terminal — who is quoted
//! saying what, and which numbers are claimed about what.

use crate::Document;
use std::fmt::Write;

/// Longest quote shown in full, in characters.
const QUOTE_CHARS: usize = 100;

/// The document `id` (already with character offsets) as readable lines.
pub(crate) fn document(id: &str, doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "== {id}: {} sentences, {} quotes, {} numbers",
        doc.sentences.len(),
        doc.quotes.len(),
        doc.numbers.len()
    );
    for speaker in &doc.speakers {
        let titles =
            if speaker.titles.is_empty() { String::new() } else { format!(" ({})", speaker.titles.join("; ")) };
        let _ = writeln!(out, "  {}{titles}:", speaker.name);
        for quote in speaker.quotes.iter().filter_map(|&q| doc.quotes.get(q)) {
            let cue = quote.cue.as_ref().map_or(String::new(), |c| format!("  [{}]", c.text));
            let _ = writeln!(out, "    “{}”{cue}", shorten(&quote.text));
        }
    }
    let unattributed: Vec<_> = doc.quotes.iter().filter(|q| q.speaker.is_none()).collect();
    if !unattributed.is_empty() {
        let _ = writeln!(out, "  (no speaker):");
        for quote in unattributed {
            let _ = writeln!(out, "    “{}”", shorten(&quote.text));
        }
    }
    if !doc.numbers.is_empty() {
        let _ = writeln!(out, "  numbers:");
    }
    for n in &doc.numbers {
        let amount = match (n.low, n.high, n.value) {
            (Some(low), Some(high), _) => format!("{low}–{high}"),
            (_, _, Some(value)) => value.to_string(),
            _ => "?".to_owned(),
        };
        let mut detail = vec![n.kind.as_str().to_owned()];
        detail.extend(n.counted.clone().or_else(|| n.unit.clone()));
        detail.extend(n.currency.as_deref().map(str::to_owned));
        detail.extend(n.qualifier_text.clone());
        if let Some(source) = &n.source {
            detail.push(format!("says {source}"));
        }
        let _ = writeln!(out, "    {:<40} = {amount} ({})", n.text, detail.join(", "));
    }
    out
}

/// The line for a document that could not be read.
pub(crate) fn failure(id: &str, source: &str, line: Option<u64>, error: &str) -> String {
    let place = line.map_or(source.to_owned(), |l| format!("{source}:{l}"));
    format!("== {id}: ERROR at {place}: {error}\n")
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_speakers_quotes_and_numbers() {
        let doc = crate::analyze("“We have about 2,500 troops,” said Ann Lee, the envoy.").with_char_offsets();
        let text = super::document("d1", &doc);
        assert!(text.starts_with("== d1: 1 sentences, 1 quotes, 1 numbers\n"), "{text}");
        assert!(text.contains("  Ann Lee (the envoy):\n    “We have about 2,500 troops”  [said]\n"), "{text}");
        assert!(text.contains("about 2,500 troops"), "{text}");
        assert!(text.contains("= 2500 (count, troops, about, says Ann Lee)"), "{text}");
    }
}
