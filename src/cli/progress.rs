//! Progress on standard error: documents, MB, MB/s and, when the input size is known,
//! the time left; then a one-line summary.

use std::io::Write;
use std::time::{Duration, Instant};

/// How often the progress line is redrawn.
const EVERY: Duration = Duration::from_millis(250);

pub(crate) struct Progress {
    shown: bool,
    total_bytes: Option<u64>,
    started: Instant,
    drawn: Instant,
    docs: u64,
    bytes: u64,
    errors: u64,
}

impl Progress {
    pub(crate) fn new(shown: bool, total_bytes: Option<u64>) -> Self {
        let now = Instant::now();
        Progress { shown, total_bytes, started: now, drawn: now, docs: 0, bytes: 0, errors: 0 }
    }

    /// One more document of `bytes` input bytes.
    pub(crate) fn advance(&mut self, bytes: u64, is_error: bool) {
        self.docs += 1;
        self.bytes += bytes;
        self.errors += u64::from(is_error);
        if self.shown && self.drawn.elapsed() >= EVERY {
            self.drawn = Instant::now();
            let line = self.line();
            let _ = write!(std::io::stderr(), "\r{line}\x1b[K");
        }
    }

    fn line(&self) -> String {
        let seconds = self.started.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
        let mut line = format!("{} documents, {mb:.1} MB, {rate:.1} MB/s", self.docs);
        if let Some(total) = self.total_bytes.filter(|&t| t > 0) {
            let done = (self.bytes as f64 / total as f64).min(1.0);
            line += &format!(", {:.0}%", done * 100.0);
            if rate > 0.0 {
                let left = (total.saturating_sub(self.bytes)) as f64 / 1e6 / rate;
                line += &format!(", ETA {left:.0} s");
            }
        }
        line
    }

    /// The summary line, when progress is shown.
    pub(crate) fn finish(&self) {
        if self.shown {
            let seconds = self.started.elapsed().as_secs_f64();
            let _ = writeln!(
                std::io::stderr(),
                "\rcopydesk: {} documents, {:.1} MB in {seconds:.1} s, {} errors\x1b[K",
                self.docs,
                self.bytes as f64 / 1e6,
                self.errors
            );
        }
    }
}
