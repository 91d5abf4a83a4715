//! Linear time on pathological shapes: analyses each shape at N and 2N bytes and prints
//! the time ratio (median of 7 runs). A ratio near 2 is linear; 2.6 or more flags
//! super-linear work.
//!
//! cargo bench --bench doubling

use std::time::{Duration, Instant};

/// The shapes: (name, unit repeated to size).
const SHAPES: &[(&str, &str)] = &[
    ("opening marks", "“"),
    ("quoted words", "“a” "),
    ("U.S. repeated", "U.S. "),
    ("spaced digits", "1 "),
    ("one long word", "a"),
    ("he said repeated", "he said "),
    ("nested quotes", "“‘"),
    ("sentences on one line", "It rose 5% to $1.2 billion, he said. "),
    ("dots", "."),
    ("digits", "9"),
    ("line breaks", "a\n"),
];

fn time(text: &str) -> Duration {
    let analyzer = copydesk::Analyzer::default();
    let mut runs: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(analyzer.analyze(std::hint::black_box(text)));
            start.elapsed()
        })
        .collect();
    runs.sort();
    runs[3]
}

fn main() {
    let n: usize = std::env::var("DOUBLING_BYTES").ok().and_then(|v| v.parse().ok()).unwrap_or(2 << 20);
    println!("| shape | N = {n} bytes | 2N | ratio |");
    println!("| --- | ---: | ---: | ---: |");
    let mut worst: f64 = 0.0;
    // Warm the allocator on the largest size, so that both sizes reuse memory and the
    // ratio measures the analysis, not the kernel's first touch of fresh pages.
    std::hint::black_box(copydesk::analyze(&"warm up. ".repeat(4 * n / 9)));
    for (name, unit) in SHAPES {
        let small = unit.repeat(n / unit.len());
        let large = unit.repeat(2 * n / unit.len());
        let (a, b) = (time(&small), time(&large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-9);
        worst = worst.max(ratio);
        println!("| {name} | {a:.2?} | {b:.2?} | {ratio:.2} |");
    }
    println!("\nworst ratio {worst:.2} (2.6 or more is super-linear)");
}
