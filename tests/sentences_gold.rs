//! Sentence boundaries against the gold files, scored as `../shared/eval/score.py` does.
//! The floors only rise.

mod common;

use common::{fold, gold, prf};
use std::collections::BTreeSet;

/// End positions of sentences in the folded document, the document's own end excluded.
fn boundaries(text: &str, sentences: &[String]) -> BTreeSet<usize> {
    let folded = fold(text);
    let mut ends = Vec::new();
    let mut pos = 0;
    for s in sentences.iter().map(|s| fold(s)).filter(|s| !s.is_empty()) {
        if let Some(i) = folded[pos..].find(&s) {
            pos += i + s.len();
            ends.push(pos);
        }
    }
    if ends.last() == Some(&folded.len()) {
        ends.pop();
    }
    ends.into_iter().collect()
}

/// Boundary F1 and the share of documents split exactly right.
fn score(file: &str) -> Option<(f64, f64)> {
    let docs = gold(file)?;
    let (mut tp, mut predicted, mut expected, mut exact) = (0, 0, 0, 0);
    for doc in &docs {
        let text = doc["text"].as_str().unwrap();
        let want: Vec<String> =
            doc["sentences"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect();
        let got: Vec<String> = copydesk::sentences(text).into_iter().map(|s| s.text).collect();
        let (gb, pb) = (boundaries(text, &want), boundaries(text, &got));
        tp += gb.intersection(&pb).count();
        predicted += pb.len();
        expected += gb.len();
        let folded = |v: &[String]| v.iter().map(|s| fold(s)).filter(|s| !s.is_empty()).collect::<Vec<_>>();
        exact += usize::from(folded(&want) == folded(&got));
    }
    let (_, _, f1) = prf(tp, predicted, expected);
    let exact_share = exact as f64 / docs.len() as f64;
    eprintln!("{file}: sentence F1 {f1:.4}, documents exact {exact_share:.3}");
    Some((f1, exact_share))
}

#[test]
fn seeds_are_split_exactly() {
    let (f1, exact) = score("seeds_gold.jsonl").expect("the seeds' gold is in tests/data");
    assert!(f1 >= 0.995, "F1 {f1}");
    assert_eq!(exact, 1.0);
}

#[test]
fn news_dev_floor() {
    if let Some((f1, exact)) = score("news_dev.jsonl") {
        assert!(f1 >= 0.998, "F1 {f1}");
        assert!(exact >= 0.9, "exact {exact}");
    }
}

#[test]
fn gum_floor() {
    if let Some((f1, exact)) = score("sentences_dev.jsonl") {
        assert!(f1 >= 0.988, "F1 {f1}");
        assert!(exact >= 0.55, "exact {exact}");
    }
}
