//! The Python binding, `copydesk._copydesk`: the only place pyo3 appears.
//!
//! Each function converts its arguments in, calls the core with the interpreter released
//! where the work is large, and converts the result out with character offsets.

mod pipeline;
mod results;
mod tables;

use crate::{Analyzer, Document, Tasks};
use pyo3::exceptions::{PyTypeError, PyUnicodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use results::{PyDocument, PyMention, PyNumber, PyQuote, PySentence, PySpeaker};

/// The extension's allocator, as in the command line: small allocations cost less than
/// with the system allocator, and worker threads free each other's blocks without a lock.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Texts at least this long are analysed with the interpreter released.
const DETACH_BYTES: usize = 64 * 1024;

/// The `str` passed as argument `name`, or a `TypeError` naming it (a `UnicodeError`
/// when it holds a lone surrogate, which UTF-8 cannot).
fn str_arg<'a>(value: &'a Bound<'_, PyAny>, name: &str) -> PyResult<&'a str> {
    utf8(value.cast::<PyString>().map_err(|_| type_error(name, value))?, name)
}

/// The text of `value`, or a `UnicodeError` naming the argument `name`: a Python `str`
/// may hold lone surrogates (`"\ud800"`), which no UTF-8 text can.
fn utf8<'a>(value: &'a Bound<'_, PyString>, name: &str) -> PyResult<&'a str> {
    value.to_str().map_err(|e| PyUnicodeError::new_err(format!("{name} cannot be read as UTF-8 text: {e}")))
}

/// `TypeError: {name} must be str, not {type}`.
fn type_error(name: &str, value: &Bound<'_, PyAny>) -> PyErr {
    type_error_of(name, "str", value)
}

/// `TypeError: {name} must be {expected}, not {type}`.
fn type_error_of(name: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let kind = value.get_type().name().map_or_else(|_| "?".to_owned(), |n| n.to_string());
    PyTypeError::new_err(format!("{name} must be {expected}, not {kind}"))
}

/// The tasks named by the `tasks` argument: every task when `None`; a `str` is a
/// comma-separated list (`"quotes,numbers"`, as on the command line), anything else an
/// iterable of names.
fn tasks_arg(tasks: Option<&Bound<'_, PyAny>>) -> PyResult<Tasks> {
    let Some(tasks) = tasks.filter(|t| !t.is_none()) else { return Ok(Tasks::ALL) };
    let unknown = |e: crate::UnknownTask| PyValueError::new_err(e.to_string());
    if let Ok(list) = tasks.cast::<PyString>() {
        return list.to_str()?.parse().map_err(unknown);
    }
    let names = tasks
        .try_iter()
        .map_err(|_| type_error_of("tasks", "a str or an iterable of str", tasks))?
        .enumerate()
        .map(|(i, name)| {
            let name = name?;
            name.cast::<PyString>().map_err(|_| type_error(&format!("tasks[{i}]"), &name))?.to_str().map(str::to_owned)
        })
        .collect::<PyResult<Vec<String>>>()?;
    Tasks::from_names(names.iter().map(String::as_str)).map_err(unknown)
}

/// Analyses `text`: sentences, quotes and numbers, or only the `tasks` named, as a list
/// (`["sentences", "numbers"]`) or a comma-separated string (`"quotes,numbers"`).
#[pyfunction]
#[pyo3(signature = (text, tasks=None))]
fn analyze(py: Python<'_>, text: &Bound<'_, PyAny>, tasks: Option<&Bound<'_, PyAny>>) -> PyResult<PyDocument> {
    let text = str_arg(text, "text")?;
    let analyzer = Analyzer::with_tasks(tasks_arg(tasks)?);
    let doc = if text.len() >= DETACH_BYTES { py.detach(|| analyzer.analyze(text)) } else { analyzer.analyze(text) };
    Ok(PyDocument::from(doc.with_char_offsets()))
}

/// The sentences of `text`.
#[pyfunction]
fn sentences<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Vec<Py<PySentence>>> {
    let document = text.cast::<PyString>().map_err(|_| type_error("text", text))?;
    let text = utf8(document, "text")?;
    let spans = if text.len() >= DETACH_BYTES {
        py.detach(|| crate::segment::sentence_spans(text))
    } else {
        crate::segment::sentence_spans(text)
    };
    let index = crate::CharIndex::new(text);
    spans
        .into_iter()
        .map(|span| {
            let chars = index.span(span);
            PySentence::slice(py, chars.start, chars.end, document, span.range())
        })
        .collect()
}

/// How many documents let go by Python are still being freed by their pool (benchmarks
/// wait for none before they stop the clock).
#[pyfunction]
fn _frees_pending() -> usize {
    results::FREES_PENDING.load(std::sync::atomic::Ordering::Acquire)
}

/// The bundled seed articles as `(id, text)` pairs.
#[pyfunction]
fn seeds() -> Vec<(&'static str, &'static str)> {
    crate::seeds().to_vec()
}

/// Runs the `copydesk` command line with `args` (without the program name); returns its exit status.
#[pyfunction]
fn run_cli(py: Python<'_>, args: Vec<String>) -> i32 {
    let args = args.into_iter().map(Into::into).collect();
    py.detach(|| crate::cli::main(args))
}

/// A result from its pickled JSON state.
fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> PyResult<T> {
    serde_json::from_str(json).map_err(|e| PyValueError::new_err(format!("bad pickled state: {e}")))
}

/// Rebuilds a document from `Document.__reduce__`'s JSON (for pickling).
#[pyfunction]
fn _document_from_json(json: &str) -> PyResult<PyDocument> {
    Ok(PyDocument::from(from_json::<Document>(json)?))
}

/// Rebuilds a quote (for pickling).
#[pyfunction]
fn _quote_from_json(json: &str) -> PyResult<PyQuote> {
    Ok(PyQuote { inner: from_json(json)? })
}

/// Rebuilds a speaker (for pickling).
#[pyfunction]
fn _speaker_from_json(json: &str) -> PyResult<PySpeaker> {
    Ok(PySpeaker { inner: from_json(json)? })
}

/// Rebuilds a mention (for pickling).
#[pyfunction]
fn _mention_from_json(json: &str) -> PyResult<PyMention> {
    Ok(PyMention::from(&from_json::<crate::quote::Mention>(json)?))
}

/// Rebuilds a number (for pickling).
#[pyfunction]
fn _number_from_json(json: &str) -> PyResult<PyNumber> {
    Ok(PyNumber { inner: from_json(json)? })
}

#[pymodule]
fn _copydesk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyDocument>()?;
    m.add_class::<PySentence>()?;
    m.add_class::<PyQuote>()?;
    m.add_class::<PyNumber>()?;
    m.add_class::<PyMention>()?;
    m.add_class::<PySpeaker>()?;
    m.add_class::<pipeline::BatchPipeline>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(seeds, m)?)?;
    m.add_function(wrap_pyfunction!(_frees_pending, m)?)?;
    m.add_function(wrap_pyfunction!(pipeline::_batch_pipeline, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_table_columns, m)?)?;
    m.add_function(wrap_pyfunction!(run_cli, m)?)?;
    m.add_function(wrap_pyfunction!(_document_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_quote_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_speaker_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_mention_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(_number_from_json, m)?)?;
    Ok(())
}
