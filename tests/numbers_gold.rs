//! Numeric claims against the hand-annotated gold files in `../shared/eval/`, matched the
//! way `score.py` matches them: equal values and overlapping texts, best pairs first.

mod common;

use common::{gold, match_greedy, overlap, prf};
use copydesk::{Analyzer, Tasks};
use serde_json::Value;

/// Folded, case-folded text.
fn fold(s: &str) -> String {
    common::fold(s).to_lowercase()
}

/// `(low, high)`: a range's ends, or the value twice.
fn ends(low: Option<f64>, high: Option<f64>, value: Option<f64>) -> (Option<f64>, Option<f64>) {
    if low.is_some() || high.is_some() {
        (low, high)
    } else {
        (value, value)
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

/// score.py's match score, or `None` when the pair does not match.
fn score(gold: &Value, pred: &copydesk::Number) -> Option<f64> {
    let num = |k: &str| gold.get(k).and_then(Value::as_f64);
    let (gl, gh) = ends(num("low"), num("high"), num("value"));
    let (pl, ph) = ends(pred.low, pred.high, pred.value);
    if !close(gl, pl) || !close(gh, ph) {
        return None;
    }
    let (g, p) = (fold(gold["text"].as_str()?), fold(&pred.text));
    let (gn, pn) = (g.chars().count() as f64, p.chars().count() as f64);
    if g.contains(&p) || p.contains(&g) {
        return Some(1.0 + gn.min(pn) / gn.max(pn));
    }
    let o = overlap(&g.chars().collect::<Vec<_>>(), &p.chars().collect::<Vec<_>>());
    (o >= 0.3).then_some(o)
}

struct Figures {
    f1: f64,
    unit: f64,
    qualifier: f64,
    kind: f64,
}

fn evaluate(name: &str) -> Option<Figures> {
    let docs = gold(name)?;
    let analyzer = Analyzer::with_tasks(Tasks { quotes: false, ..Tasks::ALL });
    let (mut tp, mut n_pred, mut n_gold, mut unit, mut qualifier, mut kind) = (0, 0, 0, 0, 0, 0);
    for doc in &docs {
        let Some(gold) = doc.get("numbers").and_then(Value::as_array) else { continue };
        let pred = analyzer.analyze(doc["text"].as_str().expect("a text")).numbers;
        for (gi, pi) in match_greedy(gold.len(), pred.len(), |g, p| score(&gold[g], &pred[p])) {
            tp += 1;
            let (g, p) = (&gold[gi], &pred[pi]);
            let norm = |u: Option<&str>| u.map(|u| fold(u).trim_end_matches('s').to_owned());
            unit += usize::from(norm(g["unit"].as_str()) == norm(p.unit.as_deref()));
            let q = p.qualifier.map(|q| serde_json::to_value(q).expect("a qualifier"));
            qualifier += usize::from(q.as_ref().unwrap_or(&Value::Null) == &g["qualifier"]);
            kind += usize::from(g["kind"].as_str() == Some(p.kind.as_str()));
        }
        n_pred += pred.len();
        n_gold += gold.len();
    }
    let m = tp.max(1) as f64;
    let figures = Figures {
        f1: prf(tp, n_pred, n_gold).2,
        unit: unit as f64 / m,
        qualifier: qualifier as f64 / m,
        kind: kind as f64 / m,
    };
    println!(
        "{name}: F1 {:.3}, unit {:.3}, qualifier {:.3}, kind {:.3}",
        figures.f1, figures.unit, figures.qualifier, figures.kind
    );
    Some(figures)
}

#[test]
fn seeds_gold() {
    let Some(f) = evaluate("seeds_gold.jsonl") else { return };
    assert!(f.f1 >= 0.99, "number F1 {:.3}", f.f1);
    assert!(f.unit >= 0.95, "unit accuracy {:.3}", f.unit);
    assert!(f.qualifier >= 0.97, "qualifier accuracy {:.3}", f.qualifier);
    assert!(f.kind >= 0.95, "kind accuracy {:.3}", f.kind);
}

#[test]
fn news_dev() {
    let Some(f) = evaluate("news_dev.jsonl") else { return };
    assert!(f.f1 >= 0.99, "number F1 {:.3}", f.f1);
    assert!(f.unit >= 0.95, "unit accuracy {:.3}", f.unit);
    assert!(f.qualifier >= 0.97, "qualifier accuracy {:.3}", f.qualifier);
    assert!(f.kind >= 0.95, "kind accuracy {:.3}", f.kind);
}
