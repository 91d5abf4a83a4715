//! Rayon pools for batches, built once per thread count and shared.

use rayon::{ThreadPool, ThreadPoolBuildError, ThreadPoolBuilder};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

static POOLS: LazyLock<Mutex<HashMap<usize, Arc<ThreadPool>>>> = LazyLock::new(Default::default);

/// A shared pool with `n_threads` workers (`None`: one per core), built on first use.
///
/// Sizing the pool per call lets a cluster worker that already runs one task per core
/// ask for `Some(1)` instead of oversubscribing.
///
/// ```
/// let pool = copydesk::thread_pool(Some(2)).unwrap();
/// assert_eq!(pool.current_num_threads(), 2);
/// let docs = pool.install(|| copydesk::Analyzer::default().analyze_batch(&["A. B.", "C."]));
/// assert_eq!(docs.len(), 2);
/// ```
pub fn thread_pool(n_threads: Option<usize>) -> Result<Arc<ThreadPool>, ThreadPoolBuildError> {
    let n = n_threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let mut pools = POOLS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(pool) = pools.get(&n) {
        return Ok(Arc::clone(pool));
    }
    let pool = Arc::new(ThreadPoolBuilder::new().num_threads(n).thread_name(|i| format!("copydesk-{i}")).build()?);
    pools.insert(n, Arc::clone(&pool));
    Ok(pool)
}

/// How a stream is cut into parallel chunks.
///
/// ```
/// let options = copydesk::StreamOptions { n_threads: Some(2), ..Default::default() };
/// assert_eq!(options.chunk_docs, 256);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamOptions {
    /// Worker threads (`None`: one per core).
    pub n_threads: Option<usize>,
    /// Most documents in one chunk.
    pub chunk_docs: usize,
    /// Most text bytes in one chunk (a single larger document still makes a chunk).
    pub chunk_bytes: usize,
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions { n_threads: None, chunk_docs: 256, chunk_bytes: 8 << 20 }
    }
}

/// An ordered parallel map over an iterator: pulls a bounded chunk, maps it on a pool,
/// yields the results in input order, then pulls the next chunk. Memory holds one
/// chunk of inputs and results at a time, whatever the length of the input.
pub(crate) struct OrderedChunks<I: Iterator, R, F> {
    items: I,
    map: F,
    weight: fn(&I::Item) -> usize,
    pool: Arc<ThreadPool>,
    options: StreamOptions,
    ready: std::collections::VecDeque<R>,
}

impl<I, R, F> OrderedChunks<I, R, F>
where
    I: Iterator,
    I::Item: Send,
    R: Send,
    F: Fn(I::Item) -> R + Sync,
{
    pub(crate) fn new(
        items: I,
        options: StreamOptions,
        weight: fn(&I::Item) -> usize,
        map: F,
    ) -> Result<Self, ThreadPoolBuildError> {
        let pool = thread_pool(options.n_threads)?;
        Ok(OrderedChunks { items, map, weight, pool, options, ready: Default::default() })
    }
}

impl<I, R, F> Iterator for OrderedChunks<I, R, F>
where
    I: Iterator,
    I::Item: Send,
    R: Send,
    F: Fn(I::Item) -> R + Sync,
{
    type Item = R;

    fn next(&mut self) -> Option<R> {
        if self.ready.is_empty() {
            use rayon::prelude::*;
            let mut chunk = Vec::new();
            let mut bytes = 0;
            while chunk.len() < self.options.chunk_docs.max(1) && bytes < self.options.chunk_bytes {
                let Some(item) = self.items.next() else { break };
                bytes += (self.weight)(&item);
                chunk.push(item);
            }
            let map = &self.map;
            self.ready = self.pool.install(|| chunk.into_par_iter().map(map).collect::<Vec<R>>()).into();
        }
        self.ready.pop_front()
    }
}

/// Analyses one text of a stream.
type AnalyzeFn<'a, T> = Box<dyn Fn(T) -> crate::Document + Sync + 'a>;

/// Documents analysed from a stream of texts, in input order; see [`Analyzer::analyze_stream`](crate::Analyzer::analyze_stream).
pub struct Stream<'a, I: Iterator> {
    inner: OrderedChunks<I, crate::Document, AnalyzeFn<'a, I::Item>>,
}

impl<'a, I> Stream<'a, I>
where
    I: Iterator,
    I::Item: AsRef<str> + Send,
{
    pub(crate) fn new(
        analyzer: &'a crate::Analyzer,
        texts: I,
        options: StreamOptions,
    ) -> Result<Self, ThreadPoolBuildError> {
        let map: AnalyzeFn<'a, I::Item> = Box::new(move |t| analyzer.analyze(t.as_ref()));
        Ok(Stream { inner: OrderedChunks::new(texts, options, |t| t.as_ref().len(), map)? })
    }
}

impl<I> Iterator for Stream<'_, I>
where
    I: Iterator,
    I::Item: AsRef<str> + Send,
{
    type Item = crate::Document;

    fn next(&mut self) -> Option<crate::Document> {
        self.inner.next()
    }
}
