//! The [`Analyzer`]: one pass over a text for sentences, quotes and numbers.

use crate::batch::{Stream, StreamOptions};
use crate::document::{Document, Sentence};
use crate::{number, quote, segment};
use rayon::prelude::*;
use rayon::ThreadPoolBuildError;

/// Which analyses to run. Quotes and numbers need sentences, so those are always found;
/// `sentences: false` only leaves them out of the result.
///
/// ```
/// use copydesk::{Analyzer, Tasks};
/// let analyzer = Analyzer::with_tasks(Tasks { quotes: false, ..Tasks::ALL });
/// assert!(analyzer.analyze("“Hi,” he said.").quotes.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tasks {
    /// Keep the sentences in the result.
    pub sentences: bool,
    /// Find quotations and their speakers.
    pub quotes: bool,
    /// Find numeric claims.
    pub numbers: bool,
}

impl Tasks {
    /// All three analyses.
    pub const ALL: Tasks = Tasks { sentences: true, quotes: true, numbers: true };

    /// None of them: the document keeps only its text.
    pub const NONE: Tasks = Tasks { sentences: false, quotes: false, numbers: false };

    /// The tasks named in `names`, each `sentences`, `quotes` or `numbers`.
    ///
    /// ```
    /// use copydesk::Tasks;
    /// assert_eq!(Tasks::from_names(["numbers"]), Ok(Tasks { numbers: true, ..Tasks::NONE }));
    /// assert!(Tasks::from_names(["numbers", "speakers"]).is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// [`UnknownTask`] for the first name that is none of the three.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Tasks, UnknownTask> {
        let mut tasks = Tasks::NONE;
        for name in names {
            match name {
                "sentences" => tasks.sentences = true,
                "quotes" => tasks.quotes = true,
                "numbers" => tasks.numbers = true,
                other => return Err(UnknownTask(other.to_owned())),
            }
        }
        Ok(tasks)
    }
}

/// A comma-separated list of task names, as the command line takes it.
///
/// ```
/// use copydesk::Tasks;
/// let tasks: Tasks = "sentences, quotes".parse().unwrap();
/// assert_eq!(tasks, Tasks { numbers: false, ..Tasks::ALL });
/// assert_eq!("".parse::<Tasks>(), Ok(Tasks::NONE));
/// ```
impl std::str::FromStr for Tasks {
    type Err = UnknownTask;

    fn from_str(list: &str) -> Result<Tasks, UnknownTask> {
        Tasks::from_names(list.split(',').map(str::trim).filter(|name| !name.is_empty()))
    }
}

/// A task name that is not `sentences`, `quotes` or `numbers`.
///
/// ```
/// let error = "quotes,speakers".parse::<copydesk::Tasks>().unwrap_err();
/// assert_eq!(error.to_string(), "unknown task 'speakers' (expected sentences, quotes or numbers)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTask(pub String);

impl std::fmt::Display for UnknownTask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown task '{}' (expected sentences, quotes or numbers)", self.0)
    }
}

impl std::error::Error for UnknownTask {}

impl Default for Tasks {
    fn default() -> Self {
        Tasks::ALL
    }
}

/// Analyses texts. Built once and shared: it is cheap to clone, `Send + Sync`, and
/// gives the same result for a text whether it is analysed alone or in a batch, on
/// any number of threads.
///
/// ```
/// use copydesk::Analyzer;
/// let analyzer = Analyzer::default();
/// let doc = analyzer.analyze("The U.S. team won. It was the first time.");
/// assert_eq!(doc.sentences[0].text, "The U.S. team won.");
///
/// let docs = analyzer.analyze_batch(&["One. Two.", "Three."]);
/// assert_eq!(docs.iter().map(|d| d.sentences.len()).collect::<Vec<_>>(), [2, 1]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    tasks: Tasks,
}

impl Analyzer {
    /// An analyzer running every task.
    ///
    /// ```
    /// assert_eq!(copydesk::Analyzer::new().tasks(), copydesk::Tasks::ALL);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// An analyzer running only `tasks`.
    ///
    /// ```
    /// let tasks = copydesk::Tasks { numbers: false, ..Default::default() };
    /// assert!(!copydesk::Analyzer::with_tasks(tasks).tasks().numbers);
    /// ```
    pub fn with_tasks(tasks: Tasks) -> Self {
        Analyzer { tasks }
    }

    /// The tasks it runs.
    ///
    /// ```
    /// assert!(copydesk::Analyzer::default().tasks().quotes);
    /// ```
    pub fn tasks(&self) -> Tasks {
        self.tasks
    }

    /// Analyses one text.
    ///
    /// ```
    /// let doc = copydesk::Analyzer::default().analyze("Mr. Smith left. He said so.");
    /// assert_eq!(doc.sentences.len(), 2);
    /// ```
    pub fn analyze(&self, text: &str) -> Document {
        let sentences: Vec<Sentence> = segment::sentence_spans(text)
            .into_iter()
            .map(|span| Sentence { span, text: text[span.range()].to_owned() })
            .collect();
        let (mut quotes, speakers) =
            if self.tasks.quotes { quote::find_quotes(text, &sentences) } else { (Vec::new(), Vec::new()) };
        let numbers = if self.tasks.numbers { number::find_numbers(text, &sentences, &quotes) } else { Vec::new() };
        for (index, number) in numbers.iter().enumerate() {
            if let Some(quote) = number.quote.and_then(|q| quotes.get_mut(q)) {
                quote.numbers.push(index);
            }
        }
        Document {
            text: text.to_owned(),
            sentences: if self.tasks.sentences { sentences } else { Vec::new() },
            quotes,
            numbers,
            speakers,
        }
    }

    /// Analyses many texts in parallel on the current rayon pool (the global one, or the
    /// one you [`install`](rayon::ThreadPool::install)), keeping their order.
    ///
    /// ```
    /// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    /// let analyzer = copydesk::Analyzer::default();
    /// let docs = pool.install(|| analyzer.analyze_batch(&vec!["One. Two."; 10]));
    /// assert!(docs.iter().all(|d| d.sentences.len() == 2));
    /// ```
    pub fn analyze_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Document> {
        texts.par_iter().map(|text| self.analyze(text.as_ref())).collect()
    }

    /// Analyses texts from any iterator, lazily, in bounded parallel chunks, yielding the
    /// documents in input order: a corpus of any size in bounded memory.
    ///
    /// ```
    /// let analyzer = copydesk::Analyzer::default();
    /// let texts = (0..1000).map(|i| format!("Story {i}. It ended."));
    /// let options = copydesk::StreamOptions { n_threads: Some(2), ..Default::default() };
    /// let counts: Vec<usize> = analyzer.analyze_stream(texts, options).unwrap().map(|d| d.sentences.len()).collect();
    /// assert_eq!(counts, vec![2; 1000]);
    /// ```
    ///
    /// # Errors
    ///
    /// When the thread pool cannot be built.
    pub fn analyze_stream<I>(
        &self,
        texts: I,
        options: StreamOptions,
    ) -> Result<Stream<'_, I::IntoIter>, ThreadPoolBuildError>
    where
        I: IntoIterator,
        I::Item: AsRef<str> + Send,
    {
        Stream::new(self, texts.into_iter(), options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Analyzer>();
        assert_send_sync::<Document>();
    }

    #[test]
    fn batch_equals_one_by_one_at_any_thread_count() {
        let texts: Vec<String> =
            (0..50).map(|i| format!("Doc {i}. It has “quotes,” he said. And {i} numbers.")).collect();
        let analyzer = Analyzer::default();
        let alone: Vec<Document> = texts.iter().map(|t| analyzer.analyze(t)).collect();
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            assert_eq!(pool.install(|| analyzer.analyze_batch(&texts)), alone);
        }
    }
}
