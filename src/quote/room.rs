//! The working lists of attribution (one entry per pair of marks), kept by each thread
//! from one document to the next: a document with quotes then allocates little besides
//! what it returns.

use super::marks::{Mark, Pair};
use super::{How, QuoteKind, Resolved};
use crate::span::Span;
use std::cell::Cell;

/// Lists longer than this are not kept (a hostile text's would hold their memory).
const MOST: usize = 4096;

/// The lists, empty between documents.
#[derive(Default)]
pub(super) struct Room {
    /// The quotation marks, their pairs, and where the paragraphs end.
    pub marks: Vec<Mark>,
    pub pairs: Vec<Pair>,
    pub para_ends: Vec<usize>,
    /// The sentence spans.
    pub sentences: Vec<Span>,
    /// The quotes' inner spans, which the name registry does not read.
    pub skip: Vec<Span>,
    /// How each quote got its speaker, its kind, and whether it is kept.
    pub hows: Vec<How>,
    pub kinds: Vec<QuoteKind>,
    pub keep: Vec<bool>,
    /// Each quote's attribution, resolved.
    pub resolved: Vec<Resolved>,
    /// New group ids by old.
    pub renumber: Vec<usize>,
}

thread_local! {
    /// Boxed: taken and given back for every document, with or without marks.
    static ROOM: Cell<Option<Box<Room>>> = const { Cell::new(None) };
}

impl Room {
    /// The thread's lists, or new ones.
    pub fn take() -> Box<Room> {
        ROOM.try_with(Cell::take).ok().flatten().unwrap_or_default()
    }

    /// Empties the lists and keeps them for the thread's next document.
    pub fn give_back(mut self: Box<Self>) {
        let most = [self.sentences.capacity(), self.marks.capacity(), self.para_ends.capacity(), self.hows.capacity()];
        if most.into_iter().max().unwrap_or(0) > MOST {
            return;
        }
        self.marks.clear();
        self.pairs.clear();
        self.para_ends.clear();
        self.sentences.clear();
        self.skip.clear();
        self.hows.clear();
        self.kinds.clear();
        self.keep.clear();
        self.resolved.clear();
        self.renumber.clear();
        let _ = ROOM.try_with(|room| room.set(Some(self)));
    }
}
