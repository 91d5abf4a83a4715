//! Reading gold files: the seeds' copy in `tests/data/`, the others from `../shared/eval/`
//! (never copied here: their licences forbid it).

#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;

/// The documents of a gold file, or `None` (with a note) when it is not at hand.
pub fn gold(name: &str) -> Option<Vec<Value>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path =
        [root.join("tests/data").join(name), root.join("../shared/eval").join(name)].into_iter().find(|p| p.exists());
    let Some(path) = path else {
        eprintln!("note: {name} not found beside the repository; skipped");
        return None;
    };
    let text = std::fs::read_to_string(&path).expect("gold file readable");
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
            .collect(),
    )
}

/// White space folded to single spaces, trimmed, as the scorer does.
pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Precision, recall and F1 from counts, as the scorer computes them.
pub fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted > 0 {
        tp as f64 / predicted as f64
    } else if gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if gold > 0 { tp as f64 / gold as f64 } else { 1.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}
