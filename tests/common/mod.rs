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

/// The longest common substring of `a` and `b` over the longer length, as score.py's
/// `overlap` computes it.
pub fn overlap(a: &[char], b: &[char]) -> f64 {
    let mut best = 0;
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut prev = 0;
        for (j, y) in b.iter().enumerate() {
            let keep = row[j + 1];
            row[j + 1] = if x == y { prev + 1 } else { 0 };
            best = best.max(row[j + 1]);
            prev = keep;
        }
    }
    best as f64 / a.len().max(b.len()).max(1) as f64
}

/// score.py's one-to-one matching, best pairs first: `(gold, predicted)` index pairs among
/// those that `score` accepts.
pub fn match_greedy(golds: usize, preds: usize, score: impl Fn(usize, usize) -> Option<f64>) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = (0..golds)
        .flat_map(|g| (0..preds).map(move |p| (g, p)))
        .filter_map(|(g, p)| Some((score(g, p)?, g, p)))
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_g, mut used_p) = (vec![false; golds], vec![false; preds]);
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !used_g[g] && !used_p[p] {
            used_g[g] = true;
            used_p[p] = true;
            pairs.push((g, p));
        }
    }
    pairs
}
