//! Any text: no panic, and every span slices its own text on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = copydesk::analyze(text);
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(s.span.start >= last_end, "sentences overlap");
        assert_eq!(&text[s.span.range()], s.text);
        last_end = s.span.end;
    }
    for q in &doc.quotes {
        assert_eq!(&text[q.span.range()], q.text);
    }
    for n in &doc.numbers {
        assert_eq!(&text[n.span.range()], n.text);
    }
    let chars = doc.clone().with_char_offsets();
    assert_eq!(chars.sentences.len(), doc.sentences.len());
});
