//! Quote finding and attribution over the gold files in `../shared/eval/`, scored the
//! way `score.py` scores them: a found quote matches a gold one when their longest
//! common substring covers 80% of the longer text (best pairs first, one to one); its
//! speaker is right when it is one of the gold aliases (case-insensitive, without a
//! leading "the "). The floors only rise.

use serde_json::Value;
use std::path::PathBuf;

const QUOTE_MARKS: &[char] = &['"', '“', '”', '‘', '’', '\'', '«', '»', '„', '‟', ' '];

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_quote(s: &str) -> Vec<char> {
    let s = fold(s);
    let s = s.trim_matches(QUOTE_MARKS).trim_end_matches(',').trim_matches(QUOTE_MARKS);
    s.chars().collect()
}

fn norm_name(s: &str) -> String {
    let s = fold(s).to_lowercase().replace(['’', '‘'], "'");
    s.strip_prefix("the ").map(str::to_owned).unwrap_or(s)
}

/// Longest common substring of `a` and `b`, over the longer length.
fn overlap(a: &[char], b: &[char]) -> f64 {
    let longer = a.len().max(b.len());
    if a.is_empty() || b.is_empty() || a.len().min(b.len()) * 5 < longer * 4 {
        return 0.0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            if x == y {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        prev = cur;
    }
    best as f64 / longer as f64
}

struct Scores {
    tp: usize,
    pred: usize,
    gold: usize,
    speaker: usize,
}

fn score(file: &str) -> Option<Scores> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval").join(file);
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("skipped: {} not found", path.display());
        return None;
    };
    let analyzer = copydesk::Analyzer::default();
    let mut s = Scores { tp: 0, pred: 0, gold: 0, speaker: 0 };
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("gold line is JSON");
        let text = doc["text"].as_str().unwrap_or("");
        let gold = doc["quotes"].as_array().cloned().unwrap_or_default();
        let found = analyzer.analyze(text).quotes;
        s.gold += gold.len();
        s.pred += found.len();
        let mut cands = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            let gt = norm_quote(g["text"].as_str().unwrap_or(""));
            for (pi, p) in found.iter().enumerate() {
                let o = overlap(&gt, &norm_quote(&p.text));
                if o >= 0.8 {
                    cands.push((o, gi, pi));
                }
            }
        }
        cands.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; found.len()]);
        for (_, gi, pi) in cands {
            if used_g[gi] || used_p[pi] {
                continue;
            }
            used_g[gi] = true;
            used_p[pi] = true;
            s.tp += 1;
            let g = &gold[gi];
            let mut names: Vec<String> = g["speaker_aliases"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).filter(|n| !n.is_empty()).map(norm_name).collect())
                .unwrap_or_default();
            if let Some(n) = g["speaker"].as_str() {
                names.push(norm_name(n));
            }
            let ok = match &found[pi].speaker {
                None => names.is_empty(),
                Some(p) => names.contains(&norm_name(p)),
            };
            s.speaker += usize::from(ok);
        }
    }
    Some(s)
}

fn f1(tp: usize, pred: usize, gold: usize) -> f64 {
    let p = if pred == 0 { 1.0 } else { tp as f64 / pred as f64 };
    let r = if gold == 0 { 1.0 } else { tp as f64 / gold as f64 };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn check(file: &str, quote_floor: f64, speaker_floor: f64) {
    let Some(s) = score(file) else { return };
    let quote_f1 = f1(s.tp, s.pred, s.gold);
    let speaker_f1 = f1(s.speaker, s.pred, s.gold);
    println!("{file}: quote F1 {quote_f1:.3}, quote+speaker F1 {speaker_f1:.3}");
    assert!(quote_f1 >= quote_floor, "{file}: quote F1 {quote_f1:.3} < {quote_floor}");
    assert!(speaker_f1 >= speaker_floor, "{file}: quote+speaker F1 {speaker_f1:.3} < {speaker_floor}");
}

#[test]
fn seeds_gold() {
    check("seeds_gold.jsonl", 0.98, 0.90);
}

#[test]
fn news_dev() {
    check("news_dev.jsonl", 0.97, 0.90);
}

/// PolNeAR quotes with script-made speaker aliases (pronoun-only aliases among them), so
/// its speaker figure is a floor against regressions, not a measure of correctness.
#[test]
fn quotes_public() {
    check("quotes_public.jsonl", 0.93, 0.47);
}
