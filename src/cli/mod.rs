//! The `copydesk analyze` command: one implementation behind two launchers (the cargo
//! binary and the Python console script).
//!
//! ```no_run
//! // What `copydesk analyze seeds/ -o out.jsonl` does:
//! let status = copydesk::cli::main(vec!["analyze".into(), "seeds/".into(), "-o".into(), "out.jsonl".into()]);
//! assert_eq!(status, 0);
//! ```

mod input;
mod pretty;
mod progress;

use crate::batch::{OrderedChunks, StreamOptions};
use crate::{Analyzer, Tasks, UnknownTask};
use input::{Reader, Record, Source};
use progress::Progress;
use serde::Serialize;
use serde_json::{Map, Value};
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;

const HELP: &str = "\
copydesk: sentences, quotes with their speakers, and numeric claims in news text

Usage: copydesk analyze [PATH ...] [OPTIONS]

PATH is a .txt file (one document; its id is the file name without .txt), a directory
(its .txt files, sorted by name), a .jsonl file (or .jsonl.gz) (one JSON object a line with \"text\" and
optionally \"id\"; a record without \"id\" gets FILE:LINE), or - for JSON Lines on
standard input. Without PATH, the bundled seed articles are analysed.

Output is JSON Lines, one line per input document, in input order:
  {\"id\": ..., \"sentences\": [{\"start\", \"end\", \"text\"}, ...], \"quotes\": [...],
   \"numbers\": [...], \"speakers\": [...]}
Offsets count characters (Unicode code points), so text[start:end] == \"text\" in Python.
A document that cannot be read (not JSON, no \"text\", not UTF-8, over --max-bytes) gives
a line {\"id\", \"source\", \"line\", \"error\"} in its place, and the run goes on.

Options:
  -o, --output FILE    write to FILE instead of standard output
  --threads N          worker threads (default: all cores)
  --tasks LIST         comma-separated subset of sentences,quotes,numbers (default: all)
  --keep FIELD         copy FIELD of each JSON input record to its output (repeatable)
  --format FORMAT      jsonl (the default) or pretty: per document, the quotes under
                       their speakers and the numbers with what they count, to read
  --max-bytes N        refuse documents over N bytes (default: 100000000)
  --fail-fast          stop at the first document that cannot be read
  --progress           show progress and a summary on standard error (the default
                       when it is a terminal); --no-progress to hide them
  -h, --help           print this help
  -V, --version        print the version

Exit status: 0 when every document was analysed, 1 when any could not be read (its error
line is in the output), 2 for a usage error or an unwritable output.
";

/// Documents per parallel chunk.
const CHUNK_DOCS: usize = 512;
/// Text bytes per parallel chunk, whichever comes first.
const CHUNK_BYTES: usize = 8 << 20;
/// Records read ahead of the analysis.
const CHANNEL_RECORDS: usize = 1024;

/// The parsed command line.
#[derive(Debug, PartialEq)]
struct Options {
    sources: Vec<Source>,
    output: Option<PathBuf>,
    threads: Option<usize>,
    tasks: Tasks,
    keep: Vec<String>,
    max_bytes: u64,
    fail_fast: bool,
    progress: bool,
    format: Format,
}

/// What the command line asked for.
#[derive(Debug, PartialEq)]
enum Command {
    Analyze(Options),
    Help,
    Version,
}

/// Runs the command with `args` (without the program name) and returns the exit status.
///
/// ```
/// assert_eq!(copydesk::cli::main(vec!["--version".into()]), 0);
/// assert_eq!(copydesk::cli::main(vec!["frobnicate".into()]), 2);
/// ```
pub fn main(args: Vec<OsString>) -> i32 {
    match parse(args) {
        Ok(Command::Help) => {
            print!("{HELP}");
            0
        }
        Ok(Command::Version) => {
            println!("copydesk {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Ok(Command::Analyze(options)) => match run(options) {
            Ok(failed) => i32::from(failed > 0),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                eprintln!("copydesk: {e}");
                2
            }
        },
        Err(message) => {
            eprintln!("copydesk: {message}\nTry 'copydesk analyze --help'.");
            2
        }
    }
}

fn parse(args: Vec<OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    match args.next().as_ref().and_then(|a| a.to_str()) {
        Some("analyze") => {}
        Some("-h" | "--help" | "help") | None => return Ok(Command::Help),
        Some("-V" | "--version") => return Ok(Command::Version),
        Some(other) => return Err(format!("unknown command '{other}'")),
    }
    let mut options = Options {
        sources: Vec::new(),
        output: None,
        threads: None,
        tasks: Tasks::ALL,
        keep: Vec::new(),
        max_bytes: 100_000_000,
        fail_fast: false,
        progress: std::io::IsTerminal::is_terminal(&io::stderr()),
        format: Format::Jsonl,
    };
    let mut paths = Vec::new();
    while let Some(arg) = args.next() {
        let Some(flag) = arg.to_str().filter(|a| a.starts_with('-') && *a != "-") else {
            paths.push(PathBuf::from(arg));
            continue;
        };
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (flag.to_owned(), None),
        };
        let mut value = || -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next().and_then(|v| v.into_string().ok()))
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "-o" | "--output" => options.output = Some(PathBuf::from(value()?)),
            "--threads" => {
                let v = value()?;
                let n: usize = v.parse().map_err(|_| format!("--threads takes a positive number, not '{v}'"))?;
                if n == 0 {
                    return Err("--threads must be at least 1".into());
                }
                options.threads = Some(n);
            }
            "--tasks" => options.tasks = value()?.parse().map_err(|e: UnknownTask| e.to_string())?,
            "--keep" => options.keep.push(value()?),
            "--format" => {
                options.format = match value()?.as_str() {
                    "jsonl" => Format::Jsonl,
                    "pretty" => Format::Pretty,
                    other => return Err(format!("--format is jsonl or pretty, not '{other}'")),
                }
            }
            "--max-bytes" => {
                let v = value()?;
                options.max_bytes = v.parse().map_err(|_| format!("--max-bytes takes a number of bytes, not '{v}'"))?;
            }
            "--fail-fast" => options.fail_fast = true,
            "--progress" => options.progress = true,
            "--no-progress" => options.progress = false,
            "--" => paths.extend(args.by_ref().map(PathBuf::from)),
            other => return Err(format!("unknown option '{other}'")),
        }
    }
    if paths.is_empty() {
        options.sources = Source::seeds();
    }
    for path in paths {
        let sources = Source::expand(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        options.sources.extend(sources);
    }
    Ok(Command::Analyze(options))
}

/// One output line for a document.
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    #[serde(flatten)]
    kept: &'a Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<&'a [crate::Sentence]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quotes: Option<&'a [crate::Quote]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    numbers: Option<&'a [crate::Number]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speakers: Option<&'a [crate::quote::Speaker]>,
}

/// The output line for a document that could not be read.
#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    error: &'a str,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// One JSON object a line.
    Jsonl,
    /// Readable text for a terminal.
    Pretty,
}

/// Analyses one record into its output (a JSON line, or readable lines).
fn render(analyzer: &Analyzer, record: &Record, format: Format) -> Vec<u8> {
    if format == Format::Pretty {
        let id = match &record.id {
            Value::String(id) => id.clone(),
            other => other.to_string(),
        };
        return match &record.text {
            Ok(text) => pretty::document(&id, &analyzer.analyze(text).with_char_offsets()),
            Err(error) => pretty::failure(&id, &record.source, record.line, error),
        }
        .into_bytes();
    }
    let mut line = match &record.text {
        Ok(text) => {
            let doc = analyzer.analyze(text).with_char_offsets();
            let tasks = analyzer.tasks();
            let out = Output {
                id: &record.id,
                kept: &record.kept,
                sentences: tasks.sentences.then_some(&doc.sentences[..]),
                quotes: tasks.quotes.then_some(&doc.quotes[..]),
                numbers: tasks.numbers.then_some(&doc.numbers[..]),
                speakers: tasks.quotes.then_some(&doc.speakers[..]),
            };
            serde_json::to_vec(&out)
        }
        Err(error) => serde_json::to_vec(&Failure { id: &record.id, source: &record.source, line: record.line, error }),
    }
    .unwrap_or_else(|e| format!("{{\"id\":null,\"error\":\"cannot write the result: {e}\"}}").into_bytes());
    line.push(b'\n');
    line
}

/// Reads, analyses in parallel chunks and writes in input order; returns how many records failed.
fn run(options: Options) -> io::Result<usize> {
    let mut out: Box<dyn Write> = match &options.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path)
                .map_err(|e| io::Error::new(e.kind(), format!("cannot create {}: {e}", path.display())))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let analyzer = Analyzer::with_tasks(options.tasks);
    let total_bytes = input_size(&options.sources);
    let mut progress = Progress::new(options.progress, total_bytes);
    let reader = Reader::new(options.sources, options.keep, options.max_bytes);

    // The reader runs ahead of the pool by a bounded number of records.
    let (sender, records) = sync_channel::<Record>(CHANNEL_RECORDS);
    let reading = std::thread::spawn(move || {
        for record in reader {
            if sender.send(record).is_err() {
                return;
            }
        }
    });
    let stream_options = StreamOptions { n_threads: options.threads, chunk_docs: CHUNK_DOCS, chunk_bytes: CHUNK_BYTES };
    let weight: fn(&Record) -> usize = |r| r.text.as_ref().map_or(0, String::len);
    let lines = OrderedChunks::new(records.into_iter(), stream_options, weight, |record: Record| {
        let line = render(&analyzer, &record, options.format);
        (line, record.input_bytes, record.text.is_err())
    })
    .map_err(io::Error::other)?;

    let mut failed = 0;
    for (line, input_bytes, is_error) in lines {
        out.write_all(&line)?;
        failed += usize::from(is_error);
        progress.advance(input_bytes, is_error);
        if is_error && options.fail_fast {
            break;
        }
    }
    out.flush()?;
    progress.finish();
    if !options.fail_fast || failed == 0 {
        reading.join().map_err(|_| io::Error::other("the input reader failed"))?;
    }
    Ok(failed)
}

/// The total size of the input files, when every source is a file.
fn input_size(sources: &[Source]) -> Option<u64> {
    sources
        .iter()
        .map(|source| match source {
            // a compressed file's size says nothing of the bytes it holds
            Source::Text(path) | Source::Jsonl(path) if path.extension().is_some_and(|e| e == "gz") => None,
            Source::Text(path) | Source::Jsonl(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            Source::Bundled(_, text) => Some(text.len() as u64),
            Source::Stdin => None,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn parses_options() {
        let Ok(Command::Analyze(o)) =
            parse(args("analyze - -o out.jsonl --threads 3 --keep title --tasks quotes,numbers"))
        else {
            panic!("not parsed")
        };
        assert_eq!(o.sources, [Source::Stdin]);
        assert_eq!(o.output, Some(PathBuf::from("out.jsonl")));
        assert_eq!(o.threads, Some(3));
        assert_eq!(o.keep, ["title"]);
        assert_eq!(o.tasks, Tasks { sentences: false, quotes: true, numbers: true });
    }

    #[test]
    fn no_path_means_the_seeds() {
        let Ok(Command::Analyze(o)) = parse(args("analyze")) else { panic!("not parsed") };
        assert_eq!(o.sources.len(), 5);
    }

    #[test]
    fn usage_errors_name_the_problem() {
        for (line, message) in [
            ("analyze --threads 0", "--threads must be at least 1"),
            ("analyze --threads x", "--threads takes a positive number, not 'x'"),
            ("analyze --tasks words", "unknown task 'words'"),
            ("analyze --bogus", "unknown option '--bogus'"),
            ("analyze -o", "-o needs a value"),
            ("analyze /no/such/file.txt", "cannot read /no/such/file.txt"),
        ] {
            let err = parse(args(line)).unwrap_err();
            assert!(err.starts_with(message), "{line}: {err}");
        }
    }
}
