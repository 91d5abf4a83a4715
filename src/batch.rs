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
