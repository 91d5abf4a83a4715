//! Batches analysed in the background: `analyze_many` sends the next batch to the pool
//! before it hands out the documents of the one before, so the workers analyse while the
//! interpreter reads texts in and documents out.

use super::{tasks_arg, type_error, utf8, PyDocument};
use crate::{Analyzer, Document};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;
use rayon::ThreadPool;
use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex, PoisonError};

/// What a worker hands back for one batch: its documents, or the panic that stopped it.
type BatchResult = std::thread::Result<Vec<Document>>;

/// Batches sent to a pool, handed back in the order they were sent.
#[pyclass(module = "copydesk._copydesk", name = "_BatchPipeline")]
pub(crate) struct BatchPipeline {
    pool: Arc<ThreadPool>,
    analyzer: Analyzer,
    /// Where each batch's documents will come from, oldest first (behind a lock, as a
    /// Python object may move between threads).
    in_flight: Mutex<VecDeque<Receiver<BatchResult>>>,
}

impl BatchPipeline {
    fn in_flight(&self) -> std::sync::MutexGuard<'_, VecDeque<Receiver<BatchResult>>> {
        self.in_flight.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The texts of `texts`, copied, or a `TypeError` naming the first that is not a `str`.
fn owned_texts(texts: &Bound<'_, PyList>) -> PyResult<Vec<String>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, item)| match item.cast::<PyString>() {
            Ok(text) => Ok(utf8(text, &format!("texts[{i}]"))?.to_owned()),
            Err(_) => Err(type_error(&format!("texts[{i}]"), &item)),
        })
        .collect()
}

/// A pipeline running `tasks` (see `analyze`) on `n_threads` workers (all cores when
/// `None`).
#[pyfunction]
#[pyo3(signature = (n_threads=None, tasks=None))]
pub(crate) fn _batch_pipeline(n_threads: Option<usize>, tasks: Option<&Bound<'_, PyAny>>) -> PyResult<BatchPipeline> {
    if n_threads == Some(0) {
        return Err(PyValueError::new_err("n_threads must be at least 1"));
    }
    let analyzer = Analyzer::with_tasks(tasks_arg(tasks)?);
    let pool = crate::thread_pool(n_threads).map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(BatchPipeline { pool, analyzer, in_flight: Mutex::new(VecDeque::new()) })
}

#[pymethods]
impl BatchPipeline {
    /// How many batches are sent and not taken yet.
    #[getter(in_flight)]
    fn batches_in_flight(&self) -> usize {
        self.in_flight().len()
    }

    /// Starts analysing `texts` (copied first, so Python may change the list).
    fn submit(&self, texts: &Bound<'_, PyList>) -> PyResult<()> {
        let texts = owned_texts(texts)?;
        let (done, result) = sync_channel(1);
        let analyzer = self.analyzer.clone();
        self.pool.spawn(move || {
            let docs = panic::catch_unwind(AssertUnwindSafe(|| {
                texts.par_iter().map(|text| analyzer.analyze(text).with_char_offsets()).collect()
            }));
            // The pipeline may be gone (its iterator dropped): the documents go with it.
            _ = done.send(docs);
        });
        self.in_flight().push_back(result);
        Ok(())
    }

    /// The documents of the oldest batch sent, in order, waited for with the interpreter
    /// released; `None` when no batch is in flight.
    fn take(&self, py: Python<'_>) -> Option<Vec<PyDocument>> {
        let result = self.in_flight().pop_front()?;
        // A worker always sends before it lets go of the sender, so `recv` fails only if
        // the job itself was lost, which rayon does not do.
        let docs = match py.detach(move || result.recv()) {
            Ok(Ok(docs)) => docs,
            Ok(Err(panic)) => panic::resume_unwind(panic),
            Err(lost) => panic::resume_unwind(Box::new(lost.to_string())),
        };
        Some(docs.into_iter().map(|doc| PyDocument::from_pool(doc, &self.pool)).collect())
    }
}
