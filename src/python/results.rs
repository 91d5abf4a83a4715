//! Frozen Python classes wrapping the core results (spans already in characters).

use crate::quote::{Mention, Speaker};
use crate::{Document, Number, Quote};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use rayon::prelude::*;
use rayon::ThreadPool;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// `repr()` of a Python string.
fn py_repr(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(PyString::new(py, text).repr()?.to_string())
}

/// A text shortened for a `repr()`.
fn preview(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A record as plain Python data, through its JSON form.
fn to_python<'py, T: serde::Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (json,))
}

/// One sentence: `text[start:end] == text`.
///
/// Made by `copydesk.sentences`, it holds the document's Python string and its byte
/// range, and makes its own `text` on first use; made from a document or by hand, it
/// holds its text from the start.
#[pyclass(frozen, freelist = 4096, module = "copydesk", name = "Sentence")]
#[derive(Debug)]
pub(crate) struct PySentence {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    text: OnceLock<Py<PyString>>,
    /// The document and the sentence's byte range in it, while `text` is not made yet.
    source: Option<(Py<PyString>, Range<usize>)>,
}

impl PySentence {
    /// A sentence from character offsets and its text.
    pub(crate) fn create(py: Python<'_>, start: usize, end: usize, text: &str) -> PyResult<Py<PySentence>> {
        Py::new(py, PySentence { start, end, text: OnceLock::from(PyString::new(py, text).unbind()), source: None })
    }

    /// A sentence of `document` at character offsets `start..end` and byte offsets `bytes`.
    pub(crate) fn slice(
        py: Python<'_>,
        start: usize,
        end: usize,
        document: &Bound<'_, PyString>,
        bytes: Range<usize>,
    ) -> PyResult<Py<PySentence>> {
        let source = Some((document.clone().unbind(), bytes));
        Py::new(py, PySentence { start, end, text: OnceLock::new(), source })
    }

    fn text_of<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyString>> {
        if let Some(text) = self.text.get() {
            return Ok(text.bind(py));
        }
        let made = match &self.source {
            Some((document, bytes)) => {
                let document = document.bind(py).to_str()?;
                PyString::new(py, document.get(bytes.clone()).unwrap_or_default())
            }
            None => PyString::new(py, ""),
        };
        Ok(self.text.get_or_init(|| made.unbind()).bind(py))
    }
}

#[pymethods]
impl PySentence {
    #[new]
    fn new(py: Python<'_>, start: usize, end: usize, text: &str) -> Self {
        PySentence { start, end, text: OnceLock::from(PyString::new(py, text).unbind()), source: None }
    }

    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.text_of(py).cloned()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("text", self.text_of(py)?)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Sentence(start={}, end={}, text={})", self.start, self.end, self.text_of(py)?.repr()?))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PySentence>() else { return Ok(false) };
        let other = other.get();
        Ok(self.start == other.start && self.end == other.end && self.text_of(py)?.as_any().eq(other.text_of(py)?)?)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        (self.start, self.end, self.text_of(py)?).into_pyobject(py)?.hash()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let me = slf.get();
        (slf.get_type(), (me.start, me.end, me.text_of(slf.py())?)).into_pyobject(slf.py())
    }
}

/// The serialised name of a unit enum variant (`"direct"`, `"person"`).
fn variant_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// Some words of the text: where and what they are.
#[pyclass(frozen, eq, module = "copydesk", name = "Mention")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyMention {
    inner: Mention,
}

impl From<&Mention> for PyMention {
    fn from(m: &Mention) -> Self {
        PyMention { inner: m.clone() }
    }
}

#[pymethods]
impl PyMention {
    #[getter]
    fn start(&self) -> usize {
        self.inner.span.start
    }

    #[getter]
    fn end(&self) -> usize {
        self.inner.span.end
    }

    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let m = &self.inner;
        Ok(format!("Mention(start={}, end={}, text={})", m.span.start, m.span.end, py_repr(py, &m.text)?))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        rebuild(py, "_mention_from_json", &self.inner)
    }
}

/// `(copydesk._copydesk.<function>, (json,))`: how a result pickles.
fn rebuild<'py, T: serde::Serialize>(py: Python<'py>, function: &str, value: &T) -> PyResult<Bound<'py, PyTuple>> {
    let json = serde_json::to_string(value).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let function = py.import("copydesk._copydesk")?.getattr(function)?;
    (function, (json,)).into_pyobject(py)
}

/// A quotation: the words inside the marks, and who said them.
#[pyclass(frozen, eq, module = "copydesk", name = "Quote")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyQuote {
    pub inner: Quote,
}

#[pymethods]
impl PyQuote {
    #[getter]
    fn start(&self) -> usize {
        self.inner.span.start
    }

    #[getter]
    fn end(&self) -> usize {
        self.inner.span.end
    }

    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    #[getter]
    fn outer_start(&self) -> usize {
        self.inner.outer.outer_start
    }

    #[getter]
    fn outer_end(&self) -> usize {
        self.inner.outer.outer_end
    }

    #[getter]
    fn kind(&self) -> String {
        variant_name(&self.inner.kind)
    }

    #[getter]
    fn group(&self) -> usize {
        self.inner.group
    }

    #[getter]
    fn speaker(&self) -> Option<&str> {
        self.inner.speaker.as_deref()
    }

    #[getter]
    fn speaker_mention(&self) -> Option<PyMention> {
        self.inner.speaker_mention.as_ref().map(PyMention::from)
    }

    #[getter]
    fn speaker_title(&self) -> Option<&str> {
        self.inner.speaker_title.as_deref()
    }

    #[getter]
    fn speaker_kind(&self) -> String {
        variant_name(&self.inner.speaker_kind)
    }

    #[getter]
    fn resolution(&self) -> String {
        variant_name(&self.inner.resolution)
    }

    #[getter]
    fn cue(&self) -> Option<PyMention> {
        self.inner.cue.as_ref().map(PyMention::from)
    }

    #[getter]
    fn addressee(&self) -> Option<PyMention> {
        self.inner.addressee.as_ref().map(PyMention::from)
    }

    #[getter]
    fn sentence(&self) -> usize {
        self.inner.sentence
    }

    #[getter]
    fn numbers(&self) -> Vec<usize> {
        self.inner.numbers.clone()
    }

    /// The repairs made to read the quote: a subset of `unclosed`, `unopened`, `repaired`.
    #[getter]
    fn flags(&self) -> Vec<&'static str> {
        let f = &self.inner.flags;
        [(f.unclosed, "unclosed"), (f.unopened, "unopened"), (f.repaired, "repaired")]
            .into_iter()
            .filter_map(|(set, name)| set.then_some(name))
            .collect()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let speaker = self.inner.speaker.as_deref().map_or(Ok("None".to_owned()), |s| py_repr(py, s))?;
        Ok(format!(
            "Quote(start={}, end={}, kind={}, speaker={speaker}, text={})",
            self.inner.span.start,
            self.inner.span.end,
            py_repr(py, &self.kind())?,
            py_repr(py, &preview(&self.inner.text))?
        ))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        rebuild(py, "_quote_from_json", &self.inner)
    }
}

/// Someone (or something) quoted in a document, with every mention and quote.
#[pyclass(frozen, eq, module = "copydesk", name = "Speaker")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PySpeaker {
    pub inner: Speaker,
}

#[pymethods]
impl PySpeaker {
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    #[getter]
    fn kind(&self) -> String {
        variant_name(&self.inner.kind)
    }

    #[getter]
    fn titles(&self) -> Vec<String> {
        self.inner.titles.clone()
    }

    #[getter]
    fn mentions(&self) -> Vec<PyMention> {
        self.inner.mentions.iter().map(PyMention::from).collect()
    }

    #[getter]
    fn quotes(&self) -> Vec<usize> {
        self.inner.quotes.clone()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let s = &self.inner;
        Ok(format!(
            "Speaker(name={}, kind={}, quotes={:?})",
            py_repr(py, &s.name)?,
            py_repr(py, &self.kind())?,
            s.quotes
        ))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        rebuild(py, "_speaker_from_json", &self.inner)
    }
}

/// A numeric claim: the quantity, what it counts, how sure, and who claims it.
#[pyclass(frozen, eq, module = "copydesk", name = "Number")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyNumber {
    pub inner: Number,
}

#[pymethods]
impl PyNumber {
    #[getter]
    fn start(&self) -> usize {
        self.inner.span.start
    }

    #[getter]
    fn end(&self) -> usize {
        self.inner.span.end
    }

    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// The `(start, end)` of each bare numeral in the claim.
    #[getter]
    fn numerals(&self) -> Vec<(usize, usize)> {
        self.inner.numerals.iter().map(|s| (s.start, s.end)).collect()
    }

    #[getter]
    fn value(&self) -> Option<f64> {
        self.inner.value
    }

    #[getter]
    fn low(&self) -> Option<f64> {
        self.inner.low
    }

    #[getter]
    fn high(&self) -> Option<f64> {
        self.inner.high
    }

    #[getter]
    fn low_inclusive(&self) -> Option<bool> {
        self.inner.low_inclusive
    }

    #[getter]
    fn high_inclusive(&self) -> Option<bool> {
        self.inner.high_inclusive
    }

    #[getter]
    fn qualifier(&self) -> Option<String> {
        self.inner.qualifier.as_ref().map(variant_name)
    }

    #[getter]
    fn qualifier_text(&self) -> Option<&str> {
        self.inner.qualifier_text.as_deref()
    }

    #[getter]
    fn kind(&self) -> String {
        variant_name(&self.inner.kind)
    }

    #[getter]
    fn unit(&self) -> Option<&str> {
        self.inner.unit.as_deref()
    }

    #[getter]
    fn counted(&self) -> Option<&str> {
        self.inner.counted.as_deref()
    }

    #[getter]
    fn currency(&self) -> Option<&str> {
        self.inner.currency.as_deref()
    }

    #[getter]
    fn measure_unit(&self) -> Option<&str> {
        self.inner.measure_unit.as_deref()
    }

    #[getter]
    fn sentence(&self) -> usize {
        self.inner.sentence
    }

    #[getter]
    fn source(&self) -> Option<&str> {
        self.inner.source.as_deref()
    }

    #[getter]
    fn quote(&self) -> Option<usize> {
        self.inner.quote
    }

    #[getter]
    fn key(&self) -> &str {
        &self.inner.key
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let n = &self.inner;
        let amount = match (n.low, n.high) {
            (None, None) => format!("value={}", n.value.map_or("None".to_owned(), |v| v.to_string())),
            (low, high) => format!(
                "low={}, high={}",
                low.map_or("None".to_owned(), |v| v.to_string()),
                high.map_or("None".to_owned(), |v| v.to_string())
            ),
        };
        let unit = n.unit.as_deref().map_or(Ok("None".to_owned()), |u| py_repr(py, u))?;
        Ok(format!(
            "Number({amount}, kind={}, unit={unit}, text={})",
            py_repr(py, &self.kind())?,
            py_repr(py, &n.text)?
        ))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        rebuild(py, "_number_from_json", &self.inner)
    }
}

/// Everything found in one text; offsets count characters.
#[pyclass(frozen, eq, module = "copydesk", name = "Document")]
#[derive(Debug, Clone)]
pub(crate) struct PyDocument {
    inner: Document,
    /// The pool that analysed it, which frees it too: a batch let go at once is freed in
    /// parallel, and the interpreter's thread goes on.
    pool: Option<Arc<ThreadPool>>,
}

impl PyDocument {
    /// The document, with its spans in characters.
    pub(crate) fn document(&self) -> &Document {
        &self.inner
    }

    /// A document analysed on `pool`, to be freed there.
    pub(crate) fn from_pool(inner: Document, pool: &Arc<ThreadPool>) -> Self {
        PyDocument { inner, pool: Some(Arc::clone(pool)) }
    }
}

impl From<Document> for PyDocument {
    fn from(inner: Document) -> Self {
        PyDocument { inner, pool: None }
    }
}

impl PartialEq for PyDocument {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

/// Documents handed to their pool to be freed and not freed yet.
pub(crate) static FREES_PENDING: AtomicUsize = AtomicUsize::new(0);

/// Documents let go by Python, waiting for a pool thread to free them.
static TO_FREE: Mutex<Vec<Document>> = Mutex::new(Vec::new());

impl Drop for PyDocument {
    fn drop(&mut self) {
        if let Some(pool) = self.pool.take() {
            FREES_PENDING.fetch_add(1, Ordering::Relaxed);
            let mut to_free = TO_FREE.lock().unwrap_or_else(PoisonError::into_inner);
            to_free.push(std::mem::take(&mut self.inner));
            // A list let go frees its documents in a row: one task frees them all.
            if to_free.len() == 1 {
                pool.spawn(free_documents);
            }
        }
    }
}

/// Frees the documents waiting in [`TO_FREE`], on every thread of the pool, until there
/// are none.
fn free_documents() {
    loop {
        let documents = std::mem::take(&mut *TO_FREE.lock().unwrap_or_else(PoisonError::into_inner));
        if documents.is_empty() {
            return;
        }
        let n = documents.len();
        documents.into_par_iter().for_each(drop);
        FREES_PENDING.fetch_sub(n, Ordering::Release);
    }
}

#[pymethods]
impl PyDocument {
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    #[getter]
    fn sentences(&self, py: Python<'_>) -> PyResult<Vec<Py<PySentence>>> {
        self.inner.sentences.iter().map(|s| PySentence::create(py, s.span.start, s.span.end, &s.text)).collect()
    }

    #[getter]
    fn quotes(&self) -> Vec<PyQuote> {
        self.inner.quotes.iter().map(|q| PyQuote { inner: q.clone() }).collect()
    }

    #[getter]
    fn numbers(&self) -> Vec<PyNumber> {
        self.inner.numbers.iter().map(|n| PyNumber { inner: n.clone() }).collect()
    }

    #[getter]
    fn speakers(&self) -> Vec<PySpeaker> {
        self.inner.speakers.iter().map(|s| PySpeaker { inner: s.clone() }).collect()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let d = &self.inner;
        Ok(format!(
            "Document(sentences={}, quotes={}, numbers={}, text={})",
            d.sentences.len(),
            d.quotes.len(),
            d.numbers.len(),
            py_repr(py, &preview(&d.text))?
        ))
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        rebuild(py, "_document_from_json", &self.inner)
    }

    /// The notebook view (rendered by `copydesk._html`).
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("copydesk._html")?.call_method1("render", (slf,))
    }
}
