//! Runs one set of tasks over a JSON Lines corpus a number of times, to count the
//! instructions each task costs under callgrind (`benches/instructions.sh` does it all).
//!
//! ```text
//! cargo run --release --example passes -- quotes corpus.jsonl 2
//! ```
//!
//! TASK is `sentences`, `quotes` (with sentences), `numbers` (with sentences) or `all`;
//! each line of the corpus is a JSON object with a `"text"`.

use copydesk::{Analyzer, Tasks};
use std::hint::black_box;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(task), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: passes TASK CORPUS.jsonl [PASSES]");
        return ExitCode::from(2);
    };
    let tasks = match task.as_str() {
        "sentences" => Tasks { sentences: true, quotes: false, numbers: false },
        "quotes" => Tasks { numbers: false, ..Tasks::ALL },
        "numbers" => Tasks { quotes: false, ..Tasks::ALL },
        "all" => Tasks::ALL,
        other => {
            eprintln!("unknown task {other:?}: sentences, quotes, numbers or all");
            return ExitCode::from(2);
        }
    };
    let Some(passes) = args.get(2).map_or(Some(1), |p| p.parse::<usize>().ok()) else {
        eprintln!("PASSES must be a whole number");
        return ExitCode::from(2);
    };
    let corpus = match std::fs::read_to_string(path) {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let texts: Vec<String> = corpus
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    let analyzer = Analyzer::with_tasks(tasks);
    for _ in 0..passes {
        for text in &texts {
            black_box(analyzer.analyze(text));
        }
    }
    ExitCode::SUCCESS
}
