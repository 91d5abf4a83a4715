//! Reading documents lazily from text files, directories, JSON Lines and standard input.

use serde::Deserialize;
use serde_json::{Map, Value};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    /// A text file: one document, its id the file name without `.txt`.
    Text(PathBuf),
    /// JSON Lines: one document a line.
    Jsonl(PathBuf),
    /// JSON Lines on standard input.
    Stdin,
    /// A bundled article: its id and text.
    Bundled(&'static str, &'static str),
}

impl Source {
    /// The bundled articles, the corpus read when no path is given.
    pub(crate) fn seeds() -> Vec<Source> {
        crate::seeds().iter().map(|&(id, text)| Source::Bundled(id, text)).collect()
    }

    /// The sources a command-line path stands for (a directory gives its `.txt` files, sorted).
    pub(crate) fn expand(path: &Path) -> io::Result<Vec<Source>> {
        if path == Path::new("-") {
            return Ok(vec![Source::Stdin]);
        }
        let meta = std::fs::metadata(path)?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.to_str().is_some_and(|p| p.ends_with(".txt") || p.ends_with(".txt.gz")))
                .collect();
            files.sort();
            return Ok(files.into_iter().map(Source::Text).collect());
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let jsonl = [".jsonl", ".ndjson", ".json"].iter().any(|ext| name.ends_with(ext));
        Ok(vec![if jsonl { Source::Jsonl(path.to_owned()) } else { Source::Text(path.to_owned()) }])
    }
}

/// One input document, or the reason it could not be read.
#[derive(Debug)]
pub(crate) struct Record {
    /// The document's id (a JSON value: string or number), `null` when unknown.
    pub id: Value,
    /// The file it came from.
    pub source: String,
    /// Its line in a JSON Lines file.
    pub line: Option<u64>,
    /// The fields asked for with `--keep`.
    pub kept: Map<String, Value>,
    /// The text, or what was wrong with the record.
    pub text: Result<String, String>,
    /// Bytes of input it took (for progress).
    pub input_bytes: u64,
}

/// What a JSON Lines record must hold.
#[derive(Deserialize)]
struct JsonRecord {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    text: Option<Value>,
}

/// Reads records from sources one at a time.
pub(crate) struct Reader {
    sources: std::vec::IntoIter<Source>,
    current: Option<Lines>,
    keep: Vec<String>,
    max_bytes: u64,
}

/// An open JSON Lines stream.
struct Lines {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line: u64,
}

impl Reader {
    /// A reader over `sources`, keeping the JSON fields `keep`, refusing documents over `max_bytes`.
    pub(crate) fn new(sources: Vec<Source>, keep: Vec<String>, max_bytes: u64) -> Self {
        Reader { sources: sources.into_iter(), current: None, keep, max_bytes }
    }

    fn text_file(&self, path: &Path) -> Record {
        let name = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let id = name.strip_suffix(".gz").unwrap_or(&name);
        let id = id.strip_suffix(".txt").unwrap_or(id).to_owned();
        let source = path.display().to_string();
        let text = read_text_file(path, self.max_bytes);
        let input_bytes = std::fs::metadata(path).map_or(0, |m| m.len());
        Record { id: Value::String(id), source, line: None, kept: Map::new(), text, input_bytes }
    }

    fn next_line(&mut self) -> Option<Record> {
        let max_bytes = self.max_bytes;
        let lines = self.current.as_mut()?;
        loop {
            let mut buf = Vec::new();
            let read = read_line_bounded(&mut lines.reader, &mut buf, max_bytes);
            lines.line += 1;
            let line = lines.line;
            let input_bytes = buf.len() as u64 + 1;
            let fail = |message: String| Record {
                id: Value::Null,
                source: lines.name.clone(),
                line: Some(line),
                kept: Map::new(),
                text: Err(message),
                input_bytes,
            };
            match read {
                Ok(LineRead::End) => return None,
                Err(e) => {
                    let record = fail(format!("cannot read {}: {e}", lines.name));
                    self.current = None;
                    return Some(record);
                }
                Ok(LineRead::TooLong(len)) => {
                    return Some(fail(format!(
                        "document of {len} bytes is over the limit of {max_bytes} (--max-bytes)"
                    )))
                }
                Ok(LineRead::Line) => {
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let mut record = parse_json_line(&buf, &lines.name, line, &self.keep);
                    record.input_bytes = input_bytes;
                    return Some(record);
                }
            }
        }
    }
}

impl Iterator for Reader {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.current.is_some() {
                if let Some(record) = self.next_line() {
                    return Some(record);
                }
                self.current = None;
            }
            match self.sources.next()? {
                Source::Text(path) => return Some(self.text_file(&path)),
                Source::Bundled(id, text) => {
                    return Some(Record {
                        id: Value::String(id.to_owned()),
                        source: format!("seeds/{id}.txt"),
                        line: None,
                        kept: Map::new(),
                        text: Ok(text.to_owned()),
                        input_bytes: text.len() as u64,
                    })
                }
                Source::Stdin => {
                    self.current =
                        Some(Lines { name: "<stdin>".into(), reader: Box::new(BufReader::new(io::stdin())), line: 0 })
                }
                Source::Jsonl(path) => {
                    let name = path.display().to_string();
                    match open(&path) {
                        Ok(reader) => {
                            self.current = Some(Lines { name, reader: Box::new(BufReader::new(reader)), line: 0 })
                        }
                        Err(e) => {
                            return Some(Record {
                                id: Value::Null,
                                source: name.clone(),
                                line: None,
                                kept: Map::new(),
                                text: Err(format!("cannot open {name}: {e}")),
                                input_bytes: 0,
                            })
                        }
                    }
                }
            }
        }
    }
}

/// How reading one line ended.
enum LineRead {
    Line,
    TooLong(u64),
    End,
}

/// Reads one line into `buf` (without its line break), keeping at most `max` bytes; the
/// rest of an over-long line is read and dropped, so memory stays bounded.
fn read_line_bounded(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<LineRead> {
    let mut total: u64 = 0;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, found) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], Some(i)),
            None => (available, None),
        };
        total += chunk.len() as u64;
        if total <= max {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        let consumed = found.map_or(chunk.len(), |i| i + 1);
        reader.consume(consumed);
        if found.is_some() {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(match (any, total > max) {
        (false, _) => LineRead::End,
        (true, true) => LineRead::TooLong(total),
        (true, false) => LineRead::Line,
    })
}

/// One JSON Lines record.
fn parse_json_line(bytes: &[u8], name: &str, line: u64, keep: &[String]) -> Record {
    let mut record = Record {
        id: Value::Null,
        source: name.to_owned(),
        line: Some(line),
        kept: Map::new(),
        text: Ok(String::new()),
        input_bytes: 0,
    };
    if let Err(e) = std::str::from_utf8(bytes) {
        record.text = Err(format!("line is not valid UTF-8 (invalid byte at offset {})", e.valid_up_to()));
        return record;
    }
    let parsed: JsonRecord = match serde_json::from_slice(bytes) {
        Ok(r) => r,
        Err(e) => {
            record.text = Err(match lone_surrogate(bytes) {
                Some(at) => {
                    // The rest of the line may be sound: its id names the record.
                    let mended = mend_surrogates(bytes);
                    let id = serde_json::from_slice::<JsonRecord>(&mended).ok().and_then(|r| r.id);
                    record.id = id.unwrap_or(Value::Null);
                    format!(
                        "line holds a lone UTF-16 surrogate escape at column {}, which no UTF-8 text can hold",
                        at + 1
                    )
                }
                None => format!("line is not a JSON object: {e}"),
            });
            return record;
        }
    };
    record.id = parsed.id.unwrap_or_else(|| Value::String(format!("{name}:{line}")));
    if !keep.is_empty() {
        if let Ok(Value::Object(mut all)) = serde_json::from_slice::<Value>(bytes) {
            for field in keep {
                if let Some(value) = all.remove(field) {
                    record.kept.insert(field.clone(), value);
                }
            }
        }
    }
    record.text = match parsed.text {
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(format!("\"text\" is {}, not a string", json_kind(&other))),
        None => Err("record has no \"text\" field".to_owned()),
    };
    record
}

/// The `\uXXXX` escapes of a JSON line, with where each starts and its code unit; an
/// escaped backslash (`\\u`) is no escape.
fn unicode_escapes(bytes: &[u8]) -> impl Iterator<Item = (usize, u16)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(k) = memchr::memchr(b'\\', &bytes[i.min(bytes.len())..]).map(|k| i + k) {
            i = k + 2;
            if bytes.get(k + 1) == Some(&b'u') {
                let unit = bytes.get(k + 2..k + 6).and_then(|h| std::str::from_utf8(h).ok());
                if let Some(unit) = unit.and_then(|h| u16::from_str_radix(h, 16).ok()) {
                    i = k + 6;
                    return Some((k, unit));
                }
            }
        }
        None
    })
}

/// Where the first UTF-16 surrogate escape of a JSON line that is not half of a pair
/// starts (`\ud800` alone), if any.
fn lone_surrogate(bytes: &[u8]) -> Option<usize> {
    lone_surrogates(bytes).next()
}

/// The starts of the surrogate escapes of a JSON line that are not half of a pair.
fn lone_surrogates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut escapes = unicode_escapes(bytes).peekable();
    std::iter::from_fn(move || {
        while let Some((at, unit)) = escapes.next() {
            match unit {
                0xD800..=0xDBFF => match escapes.peek() {
                    Some(&(next, low)) if next == at + 6 && (0xDC00..=0xDFFF).contains(&low) => {
                        escapes.next();
                    }
                    _ => return Some(at),
                },
                0xDC00..=0xDFFF => return Some(at),
                _ => {}
            }
        }
        None
    })
}

/// The line with each lone surrogate escape written as `\ufffd`.
fn mend_surrogates(bytes: &[u8]) -> Vec<u8> {
    let mut mended = bytes.to_vec();
    for at in lone_surrogates(bytes) {
        mended[at + 2..at + 6].copy_from_slice(b"fffd");
    }
    mended
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A file for reading, decompressed when its name ends in `.gz`.
fn open(path: &Path) -> io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    Ok(if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(file)
    })
}

/// A whole text file, if it is UTF-8 and within the size limit.
fn read_text_file(path: &Path, max_bytes: u64) -> Result<String, String> {
    let name = path.display();
    let file = open(path).map_err(|e| format!("cannot open {name}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > max_bytes {
        return Err(format!("{name} is over the limit of {max_bytes} bytes (--max-bytes)"));
    }
    String::from_utf8(bytes)
        .map_err(|e| format!("{name} is not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_surrogate_is_named_with_the_record_id() {
        let line = br#"{"id": "a1", "text": "Bad \ud800 char, fine \ud83d\ude00 pair"}"#;
        let record = parse_json_line(line, "in.jsonl", 7, &[]);
        assert_eq!(record.id, Value::String("a1".into()));
        let error = record.text.unwrap_err();
        assert!(error.contains("lone UTF-16 surrogate escape at column 27"), "{error}");
    }

    #[test]
    fn surrogate_pairs_and_escaped_backslashes_are_no_lone_surrogates() {
        assert_eq!(lone_surrogate(br#"{"text": "\ud83d\ude00 \\ud800"}"#), None);
        assert_eq!(lone_surrogate(br#"{"text": "\ude00\ud83d"}"#), Some(10));
        let line = br#"{"id": 3, "text": "x \udc80"}"#;
        assert_eq!(mend_surrogates(line), br#"{"id": 3, "text": "x \ufffd"}"#);
    }
}
