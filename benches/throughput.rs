//! Throughput of segmentation, of quotes, of numbers and of the whole analysis, in bytes
//! per second, over the bundled seeds and (when it is beside the repository) a slice of
//! the Reuters corpus in `../shared/corpus/news`, read at bench time and never copied here.
//! `quotes` and `numbers` each run sentences too: the cost of either is its time less the
//! `analyze-sentences` time (sentences plus building the document), to set against
//! `sentences` (segmentation alone): issues 3 and 4 ask that neither cost more.
//!
//! cargo bench --bench throughput

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;

/// Up to `limit` bytes of Reuters story texts, one document each.
fn reuters(limit: usize) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "jsonl")).collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut docs = Vec::new();
    let mut total = 0;
    for file in files {
        for line in std::fs::read_to_string(file).unwrap_or_default().lines() {
            if total >= limit {
                return docs;
            }
            if let Ok(serde_json::Value::Object(record)) = serde_json::from_str(line) {
                if let Some(serde_json::Value::String(text)) = record.get("text") {
                    total += text.len();
                    docs.push(text.clone());
                }
            }
        }
    }
    docs
}

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let seeds = copydesk::seeds().iter().map(|(_, text)| text.to_string()).collect();
    let mut corpora = vec![("seeds", seeds)];
    let news = reuters(2 << 20);
    if !news.is_empty() {
        corpora.push(("reuters-2MB", news));
    } else {
        eprintln!("note: ../shared/corpus/news not found; benchmarking the seeds only");
    }
    corpora
}

fn bench(c: &mut Criterion) {
    let analyzer = copydesk::Analyzer::default();
    // Sentences and quotes: the cost of quotes is this less `sentences`, or (leaving out
    // what any analysis pays to build its document) less `analyze-sentences`.
    let quoter = copydesk::Analyzer::with_tasks(copydesk::Tasks { numbers: false, ..copydesk::Tasks::ALL });
    // Sentences and numbers: the cost of numbers is this less `sentences`.
    let counter = copydesk::Analyzer::with_tasks(copydesk::Tasks { quotes: false, ..copydesk::Tasks::ALL });
    let segmenter = copydesk::Analyzer::with_tasks(copydesk::Tasks { sentences: true, quotes: false, numbers: false });
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(BenchmarkId::new("sentences", bytes), |b| {
            b.iter(|| docs.iter().map(|d| copydesk::segment::sentence_spans(d).len()).sum::<usize>())
        });
        group.bench_function(BenchmarkId::new("analyze-sentences", bytes), |b| {
            b.iter(|| docs.iter().map(|d| segmenter.analyze(d).sentences.len()).sum::<usize>())
        });
        group.bench_function(BenchmarkId::new("quotes", bytes), |b| {
            b.iter(|| docs.iter().map(|d| quoter.analyze(d).quotes.len()).sum::<usize>())
        });
        group.bench_function(BenchmarkId::new("numbers", bytes), |b| {
            b.iter(|| docs.iter().map(|d| counter.analyze(d).numbers.len()).sum::<usize>())
        });
        group.bench_function(BenchmarkId::new("analyze", bytes), |b| {
            b.iter(|| docs.iter().map(|d| analyzer.analyze(d).sentences.len()).sum::<usize>())
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
