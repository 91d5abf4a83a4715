//! Speakers: the noun phrase beside a cue (`Suhail Shaheen, the group’s spokesperson`,
//! `the UN report`, `he`), its bare name and title, and the names seen in the document
//! that pronouns, surnames and role nouns resolve to.

use super::cues::{
    strong, CONNECTIVE, CUE, DETERMINER, DOC_NOUN, FEMALE, INVERTED_CUE, MALE, ORG_WORD, PARTICLE, PHRASE_BREAK,
    PRONOUN, ROLE_NOUN, SKIP_WORD, STOP_CAP, TITLE,
};
use super::tokens::{self, Token, ACRONYM, CAP, LOOKED_UP, LOWER, POSSESSIVE};
use crate::lexicon::FastMap;
use crate::span::Span;
use std::cell::{Cell, RefCell};

/// What a noun phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// `he`, `it`
    Pronoun,
    /// A person's name (`Edmund Fitton-Brown`, `Shaheen`).
    Name,
    /// An organisation or place (`the Pentagon`, `NATO`).
    Org,
    /// A document (`the UN report`, `the letter`).
    Document,
    /// A role (`the spokesperson`, `the head of the panel`).
    Role,
    /// People in the plural (`officials`, `Taliban leaders`).
    Group,
}

/// A noun phrase that can be a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Np {
    /// The phrase as written, title included.
    pub span: Span,
    /// The words to name the speaker by: the bare name, or the phrase without its determiner.
    pub name: Span,
    /// A title written before the name (`Taliban spokesman`).
    pub title: Option<Span>,
    pub kind: NpKind,
    /// Token index after the phrase.
    pub end: usize,
}

/// The tokens of a piece of text, made as they are asked for: a token is cut only when
/// a parser reaches it, and a word is looked up in the lexicon only when its flags are.
pub(crate) struct Tokens {
    /// Room for every token of the piece (a token is at least a byte long): the first
    /// `cut` are cut. Cells, so that a window cuts and reads them without borrowing.
    toks: Vec<Cell<Token>>,
    /// Where tokenizing goes on.
    next: Cell<usize>,
    /// Where the piece starts and ends.
    start: usize,
    end: usize,
    /// How many tokens are cut.
    cut: Cell<usize>,
}

thread_local! {
    /// Token room given back by dropped [`Tokens`], so that the next ones start with it
    /// (filled with old tokens, never read before they are cut again).
    static ROOM: RefCell<Vec<Vec<Cell<Token>>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Tokens {
    fn drop(&mut self) {
        let toks = std::mem::take(&mut self.toks);
        if toks.len() <= 4096 {
            let _ = ROOM.try_with(|room| {
                if let Ok(mut room) = room.try_borrow_mut() {
                    if room.len() < 8 {
                        room.push(toks);
                    }
                }
            });
        }
    }
}

impl Tokens {
    /// No tokens yet.
    pub fn new() -> Self {
        let toks = ROOM.try_with(|room| room.try_borrow_mut().ok().and_then(|mut r| r.pop())).ok().flatten();
        Tokens { toks: toks.unwrap_or_default(), next: Cell::new(0), start: 0, end: 0, cut: Cell::new(0) }
    }

    /// Starts over on `text[range]` (on char boundaries).
    pub fn fill(&mut self, range: Span) {
        if self.toks.len() < range.len() {
            self.toks.resize(range.len(), Cell::new(Token::default()));
        }
        self.cut.set(0);
        self.next.set(range.start);
        self.start = range.start;
        self.end = range.end;
    }

    /// Starts over on `text[range]` (on char boundaries) as [`fill`](Self::fill) does,
    /// keeping the tokens already cut that tokenizing `range` would cut again: those from
    /// the first one at or after `range.start` with only white space before it, while
    /// they end far enough from both ends of the pieces for the end not to matter.
    pub fn slide(&mut self, range: Span) {
        /// The tokenizer looks at most four bytes past a token's end.
        const MARGIN: usize = 8;
        let (cut, old_end) = (self.cut.get(), self.end);
        if cut == 0 || range.start < self.start || range.start >= self.next.get() {
            // No token cut starts at or after `range.start`.
            self.fill(range);
            return;
        }
        let mut prev_end = self.start;
        let mut from = cut;
        for (k, cell) in self.toks.iter().enumerate().take(cut) {
            let span = cell.get().span;
            if span.start >= range.start {
                if prev_end <= range.start {
                    from = k;
                }
                break;
            }
            prev_end = span.end;
        }
        let safe_end = old_end.min(range.end);
        let mut to = from;
        while to < cut
            && self.toks.get(to).is_some_and(|c| old_end == range.end || c.get().span.end + MARGIN <= safe_end)
        {
            to += 1;
        }
        let next =
            if to > from { self.toks.get(to - 1).map_or(range.start, |c| c.get().span.end) } else { range.start };
        self.fill(range);
        for k in from..to {
            if let (Some(t), Some(dst)) = (self.toks.get(k).map(Cell::get), self.toks.get(k - from)) {
                dst.set(t);
            }
        }
        self.cut.set(to - from);
        self.next.set(next);
    }

    /// The piece they are the tokens of.
    pub fn range(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The tokens of `range`.
    pub fn of(range: Span) -> Self {
        let mut t = Tokens::new();
        t.fill(range);
        t
    }

    /// A window on them in `text` (the text they were made for).
    pub fn all<'t, 'k>(&'k self, text: &'t str) -> Window<'t, 'k> {
        Window { text, src: self }
    }

    /// Cuts tokens of `text` until there is a token `i` or none is left; whether there is.
    /// Parsers read on token by token: at least three are cut at a time (two more than
    /// the next one), which saves calls here at the cost of a few tokens cut unread (one
    /// more or one fewer costs more instructions over the seeds and Reuters).
    fn cut_to(&self, text: &str, i: usize) -> bool {
        let (mut n, mut next) = (self.cut.get(), self.next.get());
        let upto = i.max(n + 2);
        while n <= upto {
            let Some(t) = super::tokens::next_token(text, next, self.end) else {
                next = self.end;
                break;
            };
            let Some(cell) = self.toks.get(n) else { break };
            cell.set(t);
            next = t.span.end;
            n += 1;
        }
        self.cut.set(n);
        self.next.set(next);
        n > i
    }
}

/// Tokens of a piece of a document, with its text.
pub(crate) struct Window<'t, 'k> {
    pub text: &'t str,
    src: &'k Tokens,
}

impl<'t> Window<'t, '_> {
    /// Whether there is a token `i`, cutting tokens up to it.
    #[inline]
    pub fn exists(&self, i: usize) -> bool {
        i < self.src.cut.get() || self.src.cut_to(self.text, i)
    }

    /// Token `i`, if it exists.
    #[inline]
    fn get(&self, i: usize) -> Option<Token> {
        if self.exists(i) {
            self.src.toks.get(i).map(Cell::get)
        } else {
            None
        }
    }

    /// Token `i`'s span, if it exists.
    #[inline]
    pub fn tok(&self, i: usize) -> Option<Span> {
        self.get(i).map(|t| t.span)
    }

    /// The number of tokens (cutting all of them).
    pub fn len(&self) -> usize {
        self.exists(usize::MAX - 1);
        self.src.cut.get()
    }

    /// The text of token `i` (empty past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &'t str {
        self.tok(i).map_or("", |s| &self.text[s.range()])
    }

    /// The flags of token `i` (0 past the end).
    #[inline]
    pub fn f(&self, i: usize) -> u32 {
        // Most tokens are asked for again once cut and looked up.
        if i < self.src.cut.get() {
            if let Some(t) = self.src.toks.get(i).map(Cell::get).filter(|t| t.flags & LOOKED_UP != 0) {
                return t.flags;
            }
        }
        self.look_up(i)
    }

    /// [`f`](Self::f) for a token not cut or not looked up yet.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u32 {
        if !self.exists(i) {
            return 0;
        }
        let Some(cell) = self.src.toks.get(i) else { return 0 };
        let mut t = cell.get();
        if t.flags & LOOKED_UP == 0 {
            let (start, end) = (t.span.start, t.span.end);
            t.flags |= LOOKED_UP | super::cues::word_flags_cached(self.text, start, end);
            cell.set(t);
        }
        t.flags
    }

    /// Whether token `i` is in any of the lexicon's lists `lists` (lexicon flags only, no
    /// shape flags): from its flags once it is looked up, and otherwise by the lexicon's
    /// filter without looking it up, which tells most words in none of a few lists at a
    /// glance. The answer is `has(i, lists)`'s ([`cues::has`] is exact).
    ///
    /// [`cues::has`]: super::cues::has
    #[inline]
    pub fn in_lists(&self, i: usize, lists: u32) -> bool {
        if i < self.src.cut.get() {
            if let Some(t) = self.src.toks.get(i).map(Cell::get).filter(|t| t.flags & LOOKED_UP != 0) {
                return t.flags & lists != 0;
            }
        }
        self.tok(i).is_some_and(|s| super::cues::has(&self.text[s.range()], lists))
    }

    /// Whether token `i` has any of `flags`.
    #[inline]
    pub fn has(&self, i: usize, flags: u32) -> bool {
        self.f(i) & flags != 0
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.word)
    }

    /// Whether a line break is between token `j - 1` and token `j` (both cut).
    #[inline]
    pub fn line_break_before(&self, j: usize) -> bool {
        match (j.checked_sub(1).and_then(|p| self.tok(p)), self.tok(j)) {
            // Most gaps are none or one space, told without a search.
            (Some(a), Some(b)) => self
                .text
                .as_bytes()
                .get(a.end..b.start)
                .is_some_and(|gap| !matches!(gap, [] | [b' ']) && gap.contains(&b'\n')),
            _ => false,
        }
    }

    /// The span from token `a` to token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let start = self.tok(a).map_or(0, |s| s.start);
        let end = self.tok(b - 1).map_or(start, |s| s.end);
        Span::new(start, end.max(start))
    }
}

/// A cap word that can be part of a name (`Sonny`, `Fitton-Brown`, `S.`).
fn name_like(f: u32) -> bool {
    f & CAP != 0 && f & (TITLE | ACRONYM | ORG_WORD | STOP_CAP | PRONOUN | CUE | POSSESSIVE) == 0
}

/// A lower-case name particle (`bin`, `al`); `Al` written with a capital is a name word.
fn is_particle(f: u32) -> bool {
    f & LOWER != 0 && f & PARTICLE != 0
}

/// A participle that ends a noun phrase (`the report released Monday`).
fn is_participle(w: &str, f: u32) -> bool {
    f & LOWER != 0 && w.len() > 4 && w.ends_with("ed")
}

fn is_plural(w: &str, f: u32) -> bool {
    f & LOWER != 0 && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && f & POSSESSIVE == 0
}

/// A capitalised word that may go on a run of a name or title.
fn cap_word(f: u32) -> bool {
    f & CAP != 0 && f & (STOP_CAP | PRONOUN) == 0
}

/// Parses a noun phrase that can be a speaker, starting at token `i` of `win`.
pub(crate) fn parse_np(win: &Window, i: usize) -> Option<Np> {
    let np = parse_np_head(win, i)?;
    Some(if np.kind == NpKind::Group { group_tail(win, np) } else { np })
}

/// `Economists at Barclays`, `Leaders of the organization`, `officials in Marion County`:
/// people in the plural `np` and the phrase after `of`, `at`, `in`, `from` or `with` that
/// tells which, when it runs up to a cue or punctuation (not `officials in Dover on
/// Monday said`: a second preposition, a time, ends no such phrase).
fn group_tail(win: &Window, np: Np) -> Np {
    let k = np.end;
    // Not the medium (`her lawyers in a court filing`).
    let medium = win.w(k) == "in" && matches!(win.w(k + 1), "a" | "an");
    if !matches!(win.w(k), "of" | "at" | "in" | "from" | "with") || medium || !people(win.w(k - 1)) {
        return np;
    }
    let mut m = k + 1;
    while m - k <= 6
        && (win.is_word(m) || win.w(m) == "&" && m > k + 1)
        && !win.has(m, CUE | SKIP_WORD | PRONOUN | PHRASE_BREAK)
        && !is_participle(win.w(m), win.f(m))
    {
        m += 1;
    }
    // (`of` is a phrase break, read over in `Bank of England`.)
    let mut c = m;
    while win.has(c, SKIP_WORD) {
        c += 1;
    }
    // (At the window's end only after an abbreviation's dot that ends the sentence:
    // `economists at Dover Co.`; not before a quote: `the authors of the “…”`.)
    let ends = win.w(m).is_empty() && win.w(m - 1).ends_with('.');
    let closed = ends || matches!(win.w(m), "," | "." | ";" | ":") || win.f(c) & (CUE | LOWER) == CUE | LOWER;
    if m == k + 1 || !closed {
        return np;
    }
    let span = Span::new(np.span.start, win.span(k, m).end);
    Np { span, name: span, end: m, ..np }
}

/// A plural for people: of a role noun or a word shaped like one (`officials`,
/// `economists`, `students`, `leaders`).
fn people(w: &str) -> bool {
    // No list holds a word of more than sixteen bytes.
    let mut buf = [0; 16];
    w.strip_suffix('s').is_some_and(|one| {
        tokens::ascii_lower(one, &mut buf).is_some_and(|one| person_shaped(one, super::cues::flags_in(one, ROLE_NOUN)))
    })
}

/// [`parse_np`] before a group's phrase telling which.
fn parse_np_head(win: &Window, i: usize) -> Option<Np> {
    let w = win.w(i);
    let f = win.f(i);
    if !win.is_word(i) {
        return None;
    }
    if f & PRONOUN != 0 {
        let t = win.span(i, i + 1);
        return Some(Np { span: t, name: t, title: None, kind: NpKind::Pronoun, end: i + 1 });
    }
    let plural =
        |w: &str| w.len() > 3 && w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("is") || w.ends_with("us"));
    if plural(w) && f & (CAP | LOWER) != 0 && win.w(i + 1) == "of" {
        // `Hundreds of students`, `dozens of the protesters`: a plural of people in the plural.
        let of_people = |n: &Np| n.kind == NpKind::Group && people(win.w(n.end - 1));
        if let Some(inner) = parse_np_head(win, i + 2).filter(of_people) {
            let span = Span::new(win.span(i, i + 1).start, inner.span.end);
            return Some(Np { span, name: span, title: None, kind: NpKind::Group, end: inner.end });
        }
    }
    if matches!(w, "one" | "One" | "another" | "Another")
        && win.f(i + 1) & (CUE | LOWER) == CUE | LOWER
        && !after_preposition(win, i)
        && !told(win.w(i + 1))
    {
        // `one said`, `another added`: one of the people just named, not named again (not
        // `in another tweet`).
        let t = win.span(i, i + 1);
        return Some(Np { span: t, name: t, title: None, kind: NpKind::Role, end: i + 1 });
    }
    if matches!(w, "one" | "One") && win.is_word(i + 1) {
        // `one former official`, `one of those advisers`: a person described, not named.
        if win.w(i + 1) != "of" {
            return det_phrase(win, i, i + 1);
        }
        let inner = parse_np(win, i + 2).filter(|n| matches!(n.kind, NpKind::Role | NpKind::Group))?;
        let span = Span::new(win.span(i, i + 1).start, inner.span.end);
        return Some(Np { span, name: span, title: None, kind: NpKind::Role, end: inner.end });
    }
    if f & DETERMINER != 0 {
        return det_phrase(win, i, i + 1).or_else(|| described_after_determiner(win, i)).or_else(|| {
            // `the Bank of England Governor Ann Lee`: a titled name after the determiner.
            cap_word(win.f(i + 1))
                .then(|| cap_run(win, i + 1))
                .flatten()
                .filter(|n| n.kind == NpKind::Name && n.title.is_some())
        });
    }
    if cap_word(f) || f & TITLE != 0 {
        // `D-Mass`, `R-Tex.`: a party and state after a name, no speaker of its own.
        let b = w.as_bytes();
        if b.len() > 2 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase() {
            return None;
        }
        return cap_run(win, i);
    }
    if let Some(np) = described_name(win, i) {
        return Some(np);
    }
    if is_plural(w, f) && f & (PHRASE_BREAK | CUE) == 0 {
        // `officials`, `analysts say`
        let t = win.span(i, i + 1);
        return Some(Np { span: t, name: t, title: None, kind: NpKind::Group, end: i + 1 });
    }
    None
}

/// A name after up to four lower-case words that describe it, which become its title:
/// `spokesman John Kirby`, `retired neurosurgeon Ben Carson`, `super PAC spokeswoman
/// Kellyanne Conway`.
fn described_name(win: &Window, i: usize) -> Option<Np> {
    let mut k = i;
    let mut most = 4;
    while win.is_word(k) && k - i < most {
        let f = win.f(k);
        let of_thing = most > 4 && win.w(k - 1) == "of";
        if f & LOWER == 0 || f & (PHRASE_BREAK | PRONOUN | DETERMINER | SKIP_WORD) != 0 || f & CUE != 0 && !of_thing {
            break;
        }
        if win.w(k) == "of" {
            // `secretary of state Ann Lee`, `master of ceremonies Tom Hale`: an office of
            // a lower-case thing, then the name.
            if k == i || most > 4 || !lower_then_name(win, k + 1) {
                break;
            }
            most += 2;
        }
        k += 1;
    }
    if k == i || !(cap_word(win.f(k)) || win.has(k, TITLE)) {
        return None;
    }
    let np = cap_run(win, k).filter(|np| np.kind == NpKind::Name)?;
    let title = Some(Span::new(win.span(i, i + 1).start, np.name.start));
    Some(Np { span: Span::new(win.span(i, i + 1).start, np.span.end), title, ..np })
}

/// One or two lower-case words from token `k`, then a capitalised word: the rest of an
/// office before a name (`state Ann Lee`, `the navy Tom Hale`).
fn lower_then_name(win: &Window, k: usize) -> bool {
    // A cue word after `of` is a noun (`secretary of state`).
    let lower = |x: usize| {
        win.is_word(x)
            && win.has(x, LOWER)
            && !win.has(x, PHRASE_BREAK | PRONOUN)
            && (x == k || !win.has(x, CUE))
            && win.w(x) != "of"
    };
    let m = (k..k + 3).find(|&x| !lower(x)).unwrap_or(k + 3);
    m > k && m - k <= 2 && win.is_word(m) && name_like(win.f(m))
}

/// A full name after a determiner and the words that describe it, which become its title:
/// `his friend Ann Lee`, `the former governor Tom Hale`. Not after a preposition (`in the
/// week Ann Lee said`), and not a lone surname.
fn described_after_determiner(win: &Window, det: usize) -> Option<Np> {
    let possessive_or_the = matches!(win.w(det), "the" | "The" | "his" | "His" | "her" | "Her" | "their" | "Their");
    if !possessive_or_the || det > 0 && win.has(det - 1, PHRASE_BREAK) {
        return None;
    }
    let np = described_name(win, det + 1)?;
    let words = np.name.start..np.name.end;
    if !win.text.get(words)?.contains(char::is_whitespace) {
        return None;
    }
    let start = win.span(det, det + 1).start;
    Some(Np { span: Span::new(start, np.span.end), title: Some(Span::new(start, np.name.start)), ..np })
}

/// A speaker phrase at token `i`: as [`parse_np`], and a role followed by the name it
/// describes (`the secretary of State, Mike Pompeo,`) gives the name.
pub(crate) fn parse_speaker(win: &Window, i: usize) -> Option<Np> {
    let np = parse_np(win, i)?;
    if np.kind != NpKind::Role {
        return Some(np);
    }
    // `another witness in the probe, former adviser Nora Quinn`: past a short phrase.
    let comma = (np.end..np.end + 8).take_while(|&k| win.is_word(k) || win.w(k) == ",").find(|&k| win.w(k) == ",");
    let lower_cue = |k: usize| win.f(k) & (CUE | LOWER) == CUE | LOWER;
    if comma.is_some_and(|c| (np.end..c).all(|k| !lower_cue(k))) {
        let comma = comma.unwrap_or(np.end);
        if let Some(name) = parse_np(win, comma + 1).filter(|n| n.kind == NpKind::Name) {
            if matches!(win.w(name.end), "," | "." | ";") || win.has(name.end, CUE) || win.w(name.end).is_empty() {
                return Some(Np { title: Some(np.span), ..name });
            }
        }
    }
    Some(np)
}

/// Nouns whose `of`/`from` phrase names what really speaks (`an excerpt from the letter`).
fn is_part_noun(w: &str) -> bool {
    matches!(w, "excerpt" | "copy" | "part" | "passage" | "portion" | "version" | "text" | "section" | "draft")
}

/// A phrase from a determiner at `det` (or a possessive) whose words start at `from`:
/// `the UN report`, `the group’s spokesperson`, `the head of the UNB panel`.
fn det_phrase(win: &Window, det: usize, from: usize) -> Option<Np> {
    let mut j = from;
    while win.exists(j) && j - from < 8 && win.is_word(j) {
        let (w, f) = (win.w(j), win.f(j));
        // a capitalised cue word that names offices, in a run of capitals, is a name's
        // (`the US State Department`); `Said` in a headline is not
        let in_name = f & (LOWER | ORG_WORD) == ORG_WORD && (j == from || win.has(j - 1, CAP));
        if f & PHRASE_BREAK != 0 || (f & CUE != 0 && !in_name && f & (DOC_NOUN | ROLE_NOUN) == 0) || w == "of" {
            break;
        }
        // `the company also said`: an adverb between the subject and its verb ends it
        if f & (PRONOUN | DETERMINER | CONNECTIVE) != 0 || (j > from && (is_participle(w, f) || f & SKIP_WORD != 0)) {
            break;
        }
        // `the email went on to say`: the verb after the head noun; `a source close to the
        // family`: the words that tell who someone is.
        if j > from && (matches!(w, "go" | "goes" | "went") && win.w(j + 1) == "on" || tells_relation(w)) {
            break;
        }
        j += 1;
        // `the accord forces the Taliban`: a verb and its object after the head noun.
        if f & (DOC_NOUN | ROLE_NOUN) != 0 && win.has(j, LOWER) && win.has(j + 1, PRONOUN | DETERMINER) {
            break;
        }
    }
    if j == from {
        return None;
    }
    let head = win.w(j - 1);
    let main_end = j;
    // `of` / `from` chains: `the head of the UN panel`, `an excerpt from the letter`.
    let mut end = j;
    let mut chain_head: Option<(usize, usize)> = None; // (det index, end)
    if matches!(win.w(j), "of" | "from") && (win.w(j) == "of" || is_part_noun(head)) {
        let k = j + 1;
        let d = if win.has(k, DETERMINER) { k + 1 } else { k };
        let mut m = d;
        while win.exists(m) && m - d < 6 && win.is_word(m) {
            let (w, f) = (win.w(m), win.f(m));
            if f & PHRASE_BREAK != 0
                || w == "of"
                || f & (CUE | DOC_NOUN | LOWER) == CUE | LOWER
                || f & PRONOUN != 0
                || (m > d && is_participle(w, f))
            {
                break;
            }
            m += 1;
        }
        if m > d {
            chain_head = Some((k, m));
            end = m;
        }
    }
    let span = win.span(det, end);
    let hf = win.f(j - 1);
    // `in the past said`: the object of a preposition describes no speaker.
    let after_preposition = after_preposition(win, det);
    let indefinite = matches!(win.w(det), "a" | "an" | "A" | "An" | "one" | "One" | "another" | "Another");
    // `a source close to the family said`: a cue after the phrase that tells who they are.
    let described = indefinite && tells_relation(win.w(end));
    // `one resident, who asked not to be named, told`: past a `who` clause.
    // `the company also said`: adverbs between the phrase and its cue.
    let mut verb = end;
    while win.has(verb, SKIP_WORD) {
        verb += 1;
    }
    // `a staffer in the room wondered`: past the phrase that tells where someone new is.
    let cue_after = || {
        win.has(verb, CUE)
            || (described || (indefinite || hf & ROLE_NOUN != 0) && person_shaped(head, hf))
                && win.has(indefinite_tail(win, end), CUE)
            || apposition(win, end).is_some_and(|(title, after)| {
                // `his wife, Ana Ruiz, wrote`: a name in apposition to a relative.
                let named = title.is_some_and(|_| win.has(end + 1, CAP)) && win.has(j - 1, FEMALE | MALE);
                (title.is_none() || named) && win.f(after) & (CUE | LOWER) == CUE | LOWER
            })
    };
    let kind_of = |h: &str, a: usize, b: usize| {
        if hf & DOC_NOUN != 0 {
            Some(NpKind::Document)
        } else if hf & ROLE_NOUN != 0 || h.ends_with("-year-old") {
            // `the spokesperson`, `the 46-year-old`
            Some(NpKind::Role)
        } else if is_plural(h, hf) {
            Some(NpKind::Group)
        } else if hf & CAP != 0 && !described && (a..b).all(|x| win.has(x, CAP) || win.has(x, ACRONYM)) {
            // (`one Democrat familiar with the talks` is someone described.)
            Some(NpKind::Org)
        } else if after_preposition {
            None
        } else if hf & (ORG_WORD | LOWER) == ORG_WORD | LOWER && main_end - from <= 3 && win.has(verb, CUE) {
            // `the company said`, `the Clinton campaign said`: an organisation by its noun.
            Some(NpKind::Org)
        } else if main_end - from <= 3 && (hf & CAP == 0 || indefinite) && cue_after() {
            // `the 56-year-old said`: a description standing for a person; `one senior
            // Democrat said`: someone new, whatever the case of the noun.
            Some(NpKind::Role)
        } else {
            None
        }
    };
    if is_part_noun(head) {
        let (k, m) = chain_head?;
        if win.has(m - 1, DOC_NOUN) {
            let s = win.span(k, m);
            return Some(Np { span, name: s, title: None, kind: NpKind::Document, end });
        }
        return None;
    }
    let kind = kind_of(head, from, main_end)?;
    let main_end = if kind == NpKind::Org { joined_name_end(win, main_end)? } else { main_end };
    // `the senator from Ohio said`: a known role, the phrase after it telling where; the
    // role alone names the speaker, as `the senator` does.
    let definite_tail = kind == NpKind::Role && !indefinite && hf & ROLE_NOUN != 0 && !win.has(verb, CUE) && {
        // Not `the envoy to Peru Karl Vance spoke`: a name after the place is the role's.
        let tail = indefinite_tail(win, end);
        let capitals = (end..tail).rev().take_while(|&x| win.has(x, CAP)).count();
        tail > end && capitals <= 2 && !(end..tail).any(|x| win.has(x, FEMALE | MALE))
    };
    let end = match kind {
        // `a spokesman for the party said`
        NpKind::Role if indefinite || definite_tail => indefinite_tail(win, end),
        NpKind::Role | NpKind::Group => end,
        _ => main_end,
    };
    let span = win.span(det, end);
    let name = match kind {
        NpKind::Role if definite_tail => win.span(det, main_end),
        NpKind::Role | NpKind::Group => span,
        _ => win.span(det, main_end),
    };
    Some(Np { span, name, title: None, kind, end })
}

/// Where an organisation's capitalised name ends, read on past the small words that join
/// its parts: `the Bank of England`, `the Office for National Statistics`, `the Council
/// on Foreign Relations` (`for` and `on` after a word for a body, such as `Office` or
/// `Council`); and past `and` once such a word has joined (`the Centers for
/// Disease Control and Prevention`; not `the Pentagon and Congress`). A possessive stops
/// it where it began (`the Bank of Tokyo's Ann Lee`); a title before a first name gives
/// `None` (`the Bank of England Governor Ann Lee`: the phrase is hers, read as a titled
/// name by [`parse_np`]).
fn joined_name_end(win: &Window, mut end: usize) -> Option<usize> {
    let start = end;
    while end - start < 12 {
        let joined = end > start;
        let joins = match win.w(end) {
            "of" => true,
            "for" | "on" => win.has(end - 1, ORG_WORD),
            "and" | "&" => joined,
            _ => false,
        };
        if !joins {
            break;
        }
        let titled = |m: usize| win.has(m, TITLE) && win.has(m + 1, FEMALE | MALE);
        let mut m = end + 1;
        while m - end <= 4 && win.is_word(m) && win.f(m) & (CAP | PRONOUN) == CAP && !titled(m) {
            m += 1;
        }
        if titled(m) {
            return None;
        }
        if m == end + 1 || (end + 1..m).any(|x| win.has(x, POSSESSIVE)) {
            return Some(start);
        }
        end = m;
    }
    Some(end)
}

/// A noun that names a person: a role noun, `source`, or one shaped like a role noun
/// (`staffer`, `analyst`, `salesman`, `participant`).
fn person_shaped(w: &str, f: u32) -> bool {
    f & ROLE_NOUN != 0
        || matches!(w, "source" | "person")
        || ["er", "ist", "ian", "man", "ant", "ent"].iter().any(|e| w.ends_with(e))
}

/// `close` (to), `familiar` (with): an adjective that tells how someone described stands
/// to the subject.
fn tells_relation(w: &str) -> bool {
    matches!(w, "close" | "familiar" | "involved" | "loyal")
}

/// Where a phrase naming someone new ends: `a spokesman for the party`, `a person close to
/// the family`, `an adviser to the mayor` run on through a short phrase that tells who
/// they are, up to punctuation or a cue; otherwise at `end`.
fn indefinite_tail(win: &Window, end: usize) -> usize {
    let mut k = end;
    if tells_relation(win.w(k)) {
        k += 1;
    }
    if !matches!(win.w(k), "to" | "for" | "with" | "in" | "at" | "from") {
        return end;
    }
    let mut m = k + 1;
    while m - k <= 6
        && win.is_word(m)
        && !win.has(m, CUE)
        && !matches!(win.w(m), "who" | "that" | "which" | "and")
        && !is_participle(win.w(m), win.f(m))
    {
        m += 1;
    }
    // `a spokeswoman for the bank said`; not `a spokeswoman for the bank declined to comment`
    let closed = m > k + 1 && (matches!(win.w(m), "," | "." | ";" | "") || win.f(m) & (CUE | LOWER) == CUE | LOWER);
    if closed {
        m
    } else {
        end
    }
}

/// A run of capitalised words, titles, particles and role nouns: `NATO Secretary General
/// Jens Stoltenberg`, `Taliban spokesman Zabiullah Mujahid`, `the Pentagon`, `Taliban leaders`.
fn cap_run(win: &Window, i: usize) -> Option<Np> {
    let mut j = i;
    let mut lower_gap = 0;
    // `Harmon & Pike`: an ampersand joins the capitalised words of a firm's name.
    let ampersand = |j: usize| j > i && win.w(j) == "&" && cap_word(win.f(j + 1));
    while win.exists(j) && j - i < 14 && (win.is_word(j) || ampersand(j)) {
        if j > i && win.line_break_before(j) {
            // A name never runs over a line break (`… X.` then `Fact-checkers` below).
            break;
        }
        let (w, f) = (win.w(j), win.f(j));
        let ok = if cap_word(f) || f & TITLE != 0 || ampersand(j) {
            true
        } else if is_particle(f) || w == "of" {
            // `Chancellor of the Exchequer Nigel Lawson`, `Friends of the Earth`; not `Ann
            // Lee of the Social Democrats`, a person and the body they are of.
            let office = win.has(j - 1, TITLE | ORG_WORD) || win.w(j - 1).ends_with('s');
            let the = w == "of" && win.w(j + 1) == "the" && office;
            // `Former US secretary of state Ann Lee`: an office of a lower-case thing.
            let lower_office = w == "of" && win.has(j - 1, LOWER | TITLE) && lower_then_name(win, j + 1);
            // `von der Leyen`, `de la Cruz`: two particles before the name.
            let particles = is_particle(f) && is_particle(win.f(j + 1)) && cap_word(win.f(j + 2));
            (cap_word(win.f(j + 1 + usize::from(the))) || lower_office || particles) && j > i
        } else if w == "the" && j > i && win.w(j - 1) == "of" {
            true
        } else if w == "and" && j > i && win.has(j - 1, TITLE) && cap_word(win.f(j + 1)) {
            // `former Dover Gov. and Party Chairman Ed Rendell`: two offices of one person.
            true
        } else if f & LOWER != 0
            && f & PHRASE_BREAK == 0
            && (f & CUE == 0 || win.w(j - 1) == "of")
            && lower_gap < 3
            && !is_participle(w, f)
        {
            // `Taliban spokesman Zabiullah`, `Trump administration Secretary`, `High school math teacher Ana`
            let mut k = j;
            let of_thing = |k: usize| k == j && win.w(j - 1) == "of";
            while win.exists(k)
                && k - j < 3
                && win.has(k, LOWER)
                && !win.has(k, PHRASE_BREAK)
                && (!win.has(k, CUE) || of_thing(k))
            {
                k += 1;
            }
            k > j && win.is_word(k) && (cap_word(win.f(k)) || win.has(k, TITLE))
        } else {
            false
        };
        if !ok {
            break;
        }
        lower_gap = if f & LOWER != 0 && !is_particle(f) { lower_gap + 1 } else { 0 };
        j += 1;
        if f & POSSESSIVE != 0 {
            // `Ann Lee’s top policy aide Tom Hale`, `Dover University's Ana Ruiz`: a name
            // that the possessive describes, with the words before it as its title.
            let described = if win.has(j, LOWER) {
                described_name(win, j)
            } else if name_like(win.f(j)) && name_like(win.f(j + 1)) {
                cap_run(win, j).filter(|np| np.kind == NpKind::Name && np.title.is_none())
            } else if name_like(win.f(j)) && (!win.is_word(j + 1) || win.f(j + 1) & (CUE | LOWER) == CUE | LOWER) {
                // `Japan's Nakasone said`, `said Data Resources' Wyss.`: one name word, then
                // a cue or punctuation.
                cap_run(win, j).filter(|np| np.kind == NpKind::Name && np.end == j + 1)
            } else if cap_word(win.f(j)) {
                // `Supporters' Trust chair Gwen Hart`: a name after its office.
                cap_run(win, j).filter(|np| np.kind == NpKind::Name && np.title.is_some())
            } else {
                None
            };
            if let Some(np) = described {
                let title = Some(Span::new(win.span(i, i + 1).start, np.name.start));
                return Some(Np { span: win.span(i, np.end), title, ..np });
            }
            // `the Pentagon's security assessment`: a determiner-like possessive.
            if win.has(j, LOWER) {
                return det_phrase(win, i, j);
            }
            break;
        }
    }
    if j == i {
        return None;
    }
    // A plural or role noun right after the run: `Taliban leaders`, `Taliban spokesman said`.
    let (after, af) = (win.w(j), win.f(j));
    if af & LOWER != 0 && win.is_word(j) && af & (PHRASE_BREAK | CUE) == 0 {
        let kind = if af & ROLE_NOUN != 0 {
            Some(NpKind::Role)
        } else if is_plural(after, af) && !win.has(j + 1, PRONOUN | DETERMINER) {
            // (`Ann Lee puts it`, `Tom Hale wants the job`: a verb and its object.)
            Some(NpKind::Group)
        } else {
            None
        };
        if let Some(kind) = kind {
            let span = win.span(i, j + 1);
            return Some(Np { span, name: span, title: None, kind, end: j + 1 });
        }
    }
    let span = win.span(i, j);
    // The bare name: the trailing name-like words (particles inside).
    let mut n = j;
    while n > i {
        let f = win.f(n - 1);
        // `Nicholas Gallo III`: a generation after a name is part of it
        let generation = n == j && n - 1 > i && matches!(win.w(n - 1), "II" | "III" | "IV");
        if name_like(f) || generation || (is_particle(f) && n < j && n - 1 > i) {
            n -= 1;
        } else {
            break;
        }
    }
    while n < j && is_particle(win.f(n)) {
        n += 1;
    }
    // `Chief Justice of Canada Ann Lee`, `Secretary of the Treasury James Baker`: the first
    // word after `of` is its object; one or two words after `of the` name no person
    // (`Friends of the Earth`).
    let office_before = |of: usize| (i..of).any(|x| win.has(x, TITLE | ORG_WORD));
    let mut after_office = false;
    if n > i + 2 && win.w(n - 1) == "the" && win.w(n - 2) == "of" {
        n = if j - n >= 3 { n + 1 } else { j };
    } else if n > i + 1 && win.w(n - 1) == "of" && j - n >= 3 && office_before(n - 1) {
        // The name is the last two words, three with an initial (`Ann B. Lee`), after
        // the place or body the office is of (`of Hong Kong Ann Lee`).
        let initial = |x: usize| win.w(x).len() <= 2 || win.w(x).ends_with('.') && win.w(x).len() <= 3;
        n = if initial(j - 2) { j - 3 } else { j - 2 }.max(n + 1);
        if is_particle(win.f(n)) {
            n = j;
        }
        after_office = n < j;
    }
    // `envoy to Peru Karl Vance`: the first word is the preposition's object.
    if j - n >= 3 && i > 0 && matches!(win.w(i - 1), "to" | "in" | "of" | "for" | "from" | "at") {
        n += 1;
    }
    let has_org = (i..j).any(|x| win.has(x, ORG_WORD));
    // `Ann Lee of Dover`: a full name and the place it is of; titles before it go on.
    let t = (i..j).find(|&x| !win.has(x, TITLE)).unwrap_or(j);
    if let Some(m) = (t + 1..j).find(|&x| win.w(x) == "of") {
        // A title, a known given name or two name words that are not a plural vouch for a
        // person (`Dana Boyle of First Boston`; not `Republicans Lee of Dover`), as does
        // an organisation after a surname (`Kimura of the Bank of Tokyo`).
        let full_name = m - t >= 2 && !win.w(t).ends_with('s');
        let of_org = m - t == 1 && !win.w(t).ends_with('s') && (m..j).any(|x| win.has(x, ORG_WORD));
        if (t..m).all(|x| name_like(win.f(x))) && (t > i || win.has(t, FEMALE | MALE) || full_name || of_org) {
            let name = win.span(m.saturating_sub(4).max(t), m);
            let title = (t > i).then(|| win.span(i, t));
            return Some(Np { span, name, title, kind: NpKind::Name, end: j });
        }
    }
    if n > i && win.w(n - 1) == "&" {
        // `Johnson & Johnson`: the name after an ampersand is the end of a firm's.
        return Some(Np { span, name: span, title: None, kind: NpKind::Org, end: j });
    }
    // `Met Office forecaster Jane Lowe`: a lower-case word before the name describes the
    // person the name is (not `of`, `the` or a particle: `Bank of England`; nor a word for a
    // body: `the news agency Opecna`).
    let described = n > i + 1
        && win.has(n - 1, LOWER)
        && !win.has(n - 1, ORG_WORD | PARTICLE)
        && !matches!(win.w(n - 1), "of" | "the" | "and");
    let titled = n > i && (win.has(n - 1, TITLE) || win.has(n - 1, ROLE_NOUN)) || after_office || described;
    if n < j && (titled || !has_org) && !(n == i && j - i == 1 && win.has(i, ACRONYM)) {
        if j - i == 1 && plural_role(win.w(i)) {
            // `Analysts said`: people in the plural, capitalised at the start.
            return Some(Np { span, name: span, title: None, kind: NpKind::Group, end: j });
        }
        // Keep at most four name words, particles not counted: `Mullah Abdullah Abdul
        // Ghani Baradar` → the last four; `Maria Luisa de la Cruz Herrera` whole.
        let (mut m, mut words) = (j, 0);
        while m > n {
            let particle = is_particle(win.f(m - 1));
            if !particle && words == 4 {
                break;
            }
            words += usize::from(!particle);
            m -= 1;
        }
        let n = m;
        let name = win.span(n, j);
        let title = (n > i).then(|| win.span(i, n));
        return Some(Np { span, name, title, kind: NpKind::Name, end: j });
    }
    // `U.S. Forces in Afghanistan Spokesman Col. Sonny Leggett`: the name after the unit.
    if matches!(win.w(j), "in" | "of" | "for" | "at") && cap_word(win.f(j + 1)) {
        if let Some(np) = cap_run(win, j + 1).filter(|np| np.kind == NpKind::Name && np.title.is_some()) {
            return Some(Np { span: win.span(i, np.end), title: Some(Span::new(span.start, np.name.start)), ..np });
        }
    }
    let all_caps_or_names =
        (i..j).all(|x| win.has(x, CAP) || is_particle(win.f(x)) || matches!(win.w(x), "of" | "the" | "&"));
    if all_caps_or_names && (has_org || (i..j).any(|x| win.has(x, ACRONYM)) || n == j) {
        // `NATO`, `UN Analytical Support and Sanctions Monitoring Team`, `Danish Competition Authority`
        let only_titles = (i..j).all(|x| win.has(x, TITLE));
        if only_titles {
            return None;
        }
        return Some(Np { span, name: span, title: None, kind: NpKind::Org, end: j });
    }
    None
}

/// An apposition after a phrase ending at token `end`: `, the coordinator of the UN panel,`
/// or `, who heads US Central Command,`. Returns its span (for a title; `None` for a
/// `who` clause) and the token after it (after its closing comma, if any).
pub(crate) fn apposition(win: &Window, end: usize) -> Option<(Option<Span>, usize)> {
    if win.w(end) == "," && win.w(end + 2) == "," && is_age(win.w(end + 1)) {
        // `Ann Lee, 49, a nurse who ..., said`: an age (no title), and the apposition after it if any.
        return Some(apposition_at(win, end + 2).unwrap_or((None, end + 3)));
    }
    apposition_at(win, end)
}

/// An age set off by commas after a name (`Ann Lee, 49, said`): one to three digits.
pub(crate) fn is_age(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// [`apposition`] without an age before it.
fn apposition_at(win: &Window, end: usize) -> Option<(Option<Span>, usize)> {
    if win.w(end) != "," {
        return None;
    }
    let (first, ff) = (win.w(end + 1), win.f(end + 1));
    let starts = ff & (DETERMINER | ROLE_NOUN) != 0
        || matches!(first, "who" | "whose" | "which" | "then" | "now" | "former" | "also")
        || (ff & LOWER != 0 && win.has(end + 2, ROLE_NOUN));
    if ff & CUE != 0 {
        return None;
    }
    let mut k = end + 1;
    while win.exists(k) && k - end < 40 {
        if win.is_word(k) {
            // Only punctuation ends it.
            k += 1;
            continue;
        }
        let w = win.w(k);
        if w == "." && win.w(k + 1) == "," && win.span(k - 1, k).end == win.span(k, k + 1).start {
            // `Lia Moreno, D-Calif., said`: an abbreviation's period before the comma.
            k += 1;
            continue;
        }
        if matches!(w, "," | ";" | "." | "“" | "”" | "\"" | ":" | "(" | ")") {
            // `a nurse from Brownsville, Texas, said`: a place and its state go on.
            if let Some(next) = place_tail(win, k) {
                k = next;
                continue;
            }
            // `Peter Hale, spokesman for the bank said.`: the closing comma left out.
            if starts && w == "." && k > end + 2 && win.f(k - 1) & (CUE | LOWER) == CUE | LOWER {
                return Some((Some(win.span(end + 1, k - 1)), k - 1));
            }
            // `Ann Lee, who is chairman of Dover Partners said in a statement.`: the same
            // after a name that ends the apposition.
            if starts && w == "." {
                let cue = (end + 3..k).find(|&x| win.f(x) & (CUE | LOWER) == CUE | LOWER && win.has(x - 1, CAP));
                if let Some(x) = cue.filter(|&x| strong(win.f(x))) {
                    let title = (!matches!(first, "who" | "whose" | "which")).then(|| win.span(end + 1, x));
                    return Some((title, x));
                }
            }
            break;
        }
        k += 1;
    }
    if k == end + 1 {
        return None;
    }
    // Any other apposition counts when a cue follows it: `X, Edmunds' director, said`.
    let mut c = k + 1;
    while win.has(c, SKIP_WORD) {
        c += 1;
    }
    if !(starts || win.w(k) == "," && win.has(c, CUE) && win.has(c, LOWER)) {
        return None;
    }
    let title = (!matches!(first, "who" | "whose" | "which")).then(|| win.span(end + 1, k));
    let after = if win.w(k) == "," { k + 1 } else { k };
    Some((title, after))
}

/// The sex the words about a person mark, so that `he` and `she` find the right one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
    Unknown,
}

impl Gender {
    /// The gender of a word: a pronoun (`she`), an honorific (`Mr.`), a role noun
    /// (`spokeswoman`) or a given name (`Nancy`).
    pub fn of_word(word: &str) -> Gender {
        let f = super::cues::flags_in(word, FEMALE | MALE);
        match (f & FEMALE != 0, f & MALE != 0) {
            (true, false) => Gender::Female,
            (false, true) => Gender::Male,
            _ => Gender::Unknown,
        }
    }

    /// The gender marked by the first word of a name of two words or more, else by the
    /// words of its title: `Nancy Lee`, `Mrs. Lee`, `Lee, a spokeswoman for the group`.
    pub fn of_person(name: &str, title: Option<&str>) -> Gender {
        let mut words = name.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            let g = Gender::of_word(first);
            if g != Gender::Unknown {
                return g;
            }
        }
        title
            .into_iter()
            .flat_map(str::split_whitespace)
            .map(|w| Gender::of_word(w.trim_end_matches([',', ';'])))
            .find(|&g| g != Gender::Unknown)
            .unwrap_or(Gender::Unknown)
    }

    /// Whether a person of gender `self` can be called by a word of gender `other`.
    pub fn agrees(self, other: Gender) -> bool {
        self == other || self == Gender::Unknown || other == Gender::Unknown
    }
}

/// After a place and the comma at `k` (`Monsey, New York,`): the comma closing the state
/// or country, one to three capitalised words on.
fn place_tail(win: &Window, k: usize) -> Option<usize> {
    if win.w(k) != "," || k == 0 || !win.has(k - 1, CAP) {
        return None;
    }
    let mut m = k + 1;
    while m - k <= 3 && win.has(m, CAP) && !win.has(m, STOP_CAP | PRONOUN) {
        m += 1;
    }
    (m > k + 1 && win.w(m) == ",").then_some(m)
}

/// Whether byte `pos` is on a line in title case: most of its words of four letters or
/// more capitalised, as in a headline.
fn in_headline(text: &str, pos: usize) -> bool {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..pos]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i);
    let line = &text[start..end];
    let bytes = line.as_bytes();
    // The words as `split_whitespace` cuts them, byte by byte over ASCII: whether a white
    // space char is at `i`, and its length.
    #[inline(always)]
    fn space_at(line: &str, i: usize) -> (bool, usize) {
        match line.as_bytes()[i] {
            b if b < 0x80 => (b == b' ' || b.wrapping_sub(b'\t') < 5, 1),
            _ => line[i..].chars().next().map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        }
    }
    let (mut long, mut capped, mut i) = (0, 0, 0);
    while i < bytes.len() && long < 64 {
        let (space, len) = space_at(line, i);
        if space {
            i += len;
            continue;
        }
        let word_start = i;
        i += len;
        while i < bytes.len() {
            let (space, len) = space_at(line, i);
            if space {
                break;
            }
            i += len;
        }
        if i - word_start < 4 {
            continue;
        }
        long += 1;
        let first = bytes[word_start];
        capped += usize::from(if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            line[word_start..].starts_with(char::is_uppercase)
        });
        // Three in four capitalised: past `3 * others > capped + room` no more words can
        // make it, with room for at most 64 in all, each of five bytes with its space.
        let room = (64 - long).min((bytes.len() - i + 1) / 5);
        if 3 * (long - capped) > capped + room {
            return false;
        }
    }
    long >= 3 && capped * 4 >= long * 3
}

/// A person's name seen in the text, outside quotes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Person {
    pub pos: usize,
    pub name: Span,
    pub words: usize,
    pub title: Option<Span>,
    /// Opens its clause or is followed by a cue: a likely antecedent of `he`.
    pub subject: bool,
    /// Set in a person the registry gives out; in the registry's own list, only once
    /// the gender is asked for (`Read::gender`).
    pub gender: Gender,
}

/// The gender of a person read, as far as it is worked out: most are never asked for.
#[derive(Debug, Clone, Copy)]
enum GenderOf {
    Known(Gender),
    /// Not yet: with the first full mention of a one-word name when it was read, whose
    /// gender it takes if its own words tell none (`Lee` after `Nancy Lee`).
    Unread {
        full: Option<usize>,
    },
}

/// The names of a document: who pronouns, surnames and role nouns can point to.
///
/// The text is read lazily, front to back, only as far as a question needs: the names
/// before a position, or up to the first full mention of a surname.
pub(crate) struct Registry<'t> {
    text: &'t str,
    /// The quotes, sorted, which are not read.
    skip: &'t [Span],
    read: RefCell<Read<'t>>,
    /// The text in ASCII lower case, made when a role is first looked for.
    lower: std::cell::OnceCell<Vec<u8>>,
    /// Bytes looked at so far to tell that a question has no answer without reading: past a
    /// few times the text's length, questions are answered by reading (linear time).
    searched: Cell<usize>,
}

/// The lists of a [`Read`], kept by each thread for its next registry (emptied).
struct Lists {
    persons: Vec<Person>,
    genders: Vec<GenderOf>,
    things: Vec<(usize, Span, NpKind)>,
}

thread_local! {
    static LISTS: Cell<Option<Lists>> = const { Cell::new(None) };
}

impl Drop for Read<'_> {
    fn drop(&mut self) {
        // Lists longer than this are not kept (a hostile text's would hold their memory).
        const MOST: usize = 4096;
        if self.persons.capacity().max(self.things.capacity()) > MOST {
            return;
        }
        let mut lists = Lists {
            persons: std::mem::take(&mut self.persons),
            genders: std::mem::take(&mut self.genders),
            things: std::mem::take(&mut self.things),
        };
        lists.persons.clear();
        lists.genders.clear();
        lists.things.clear();
        let _ = LISTS.try_with(|l| l.set(Some(lists)));
    }
}

/// The names read so far, and where reading goes on.
struct Read<'t> {
    persons: Vec<Person>,
    /// The gender of each person, worked out when asked for.
    genders: Vec<GenderOf>,
    /// Last name word → index of its first full (two-word or longer) mention.
    by_last: FastMap<&'t str, usize>,
    /// Organisations and documents by position: `(position, name)`, for `it`; the name is
    /// made canonical ([`canonical_phrase`]) when asked for.
    things: Vec<(usize, Span, NpKind)>,
    /// The next byte to read, the next skip span, and where the last capitalised word
    /// looked at starts.
    i: usize,
    s: usize,
    prev_word_start: usize,
    buf: Tokens,
    /// Whether a line is a headline ([`in_headline`]), by where it starts, as asked.
    headlines: RefCell<FastMap<usize, bool>>,
}

/// `The airline's spokeswoman, Ann Lee,`: the role phrase before the comma at token `at - 1`
/// that a name at `at` is set off from, opening its sentence with a capitalised determiner
/// (`The`, `His`) and ending in a role or relation noun (`spokeswoman`, `mother`).
fn role_before(win: &Window, at: usize) -> Option<Span> {
    if at < 3 || win.w(at - 1) != "," {
        return None;
    }
    let r = at - 2;
    if !win.has(r, LOWER) || !win.has(r, ROLE_NOUN | FEMALE | MALE) || win.has(r, PRONOUN) {
        return None;
    }
    let d = (r.saturating_sub(5)..r).rev().find(|&d| win.has(d, DETERMINER))?;
    let opens = win.w(d).starts_with(|c: char| c.is_ascii_uppercase());
    let words = (d + 1..r).all(|k| win.is_word(k) && !win.has(k, PHRASE_BREAK | PRONOUN | DETERMINER | CUE));
    (opens && words && !win.has(d, PRONOUN)).then(|| win.span(d, r + 1))
}

/// `, who heads US Central Command, said`: an apposition (`apposition(win, _)`, given),
/// then a cue.
fn cue_after_apposition(win: &Window, apposition: Option<(Option<Span>, usize)>) -> bool {
    let Some((_, mut k)) = apposition else { return false };
    while win.has(k, SKIP_WORD) {
        k += 1;
    }
    win.f(k) & (CUE | LOWER) == CUE | LOWER
}

/// An auxiliary verb, which can follow a subject (`Ann Lee is selling`).
pub(crate) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
    )
}

/// `one former campaign staffer`, `a retired teacher` after a cue: a determiner and a few
/// lower-case words up to punctuation or `who`, a person described but not named.
pub(crate) fn described_person(win: &Window, i: usize) -> Option<Np> {
    let w = win.w(i);
    if !matches!(w, "a" | "an" | "one" | "another" | "the") {
        return None;
    }
    let mut j = i + 1;
    // `one Trump confidant`, `a White House aide`: capitalised words inside the phrase.
    let word = |x: usize| {
        win.is_word(x)
            && win.has(x, LOWER | CAP)
            && !win.has(x, PHRASE_BREAK | PRONOUN | DETERMINER)
            && !place_preposition(win.w(x))
    };
    while j - i <= 5 && word(j) {
        j += 1;
    }
    while j > i + 1 && !win.has(j - 1, LOWER) {
        j -= 1;
    }
    // `a source involved in the plan`: the phrase that tells who they are.
    let j = if j > i + 1 && w != "the" { indefinite_tail(win, j) } else { j };
    let closes = |x: usize| matches!(win.w(x), "," | "." | "" | ";");
    // `one protester outside the stadium.`: where they were, not who they are.
    let place = || {
        let m = (j + 1..j + 7).find(|&x| !win.is_word(x) || win.has(x, CUE) || matches!(win.w(x), "who" | "and"));
        place_preposition(win.w(j)) && m.is_some_and(|m| m > j + 1 && closes(m))
    };
    let ends = closes(j) || win.w(j) == "who" || place();
    (j > i + 1 && ends).then(|| {
        let span = win.span(i, j);
        Np { span, name: span, title: None, kind: NpKind::Role, end: j }
    })
}

/// Whether the token before `i` is a preposition, whose object names no speaker (`in the
/// past said`, `in another tweet`).
fn after_preposition(win: &Window, i: usize) -> bool {
    // In any ASCII case; the longest is six bytes.
    let mut buf = [0; 6];
    i > 0
        && tokens::ascii_lower(win.w(i - 1), &mut buf).is_some_and(|w| {
            matches!(
                w,
                "in" | "on" | "at" | "for" | "from" | "with" | "by" | "into" | "over" | "during" | "since" | "of"
            )
        })
}

/// Whether the cue `w` is followed by whom it was told, not by who spoke.
pub(crate) fn told(w: &str) -> bool {
    matches!(w, "told" | "tells" | "tell")
}

/// Whether the token before `at` is a cue.
fn is_cue_at(win: &Window, at: usize) -> bool {
    at > 0 && win.has(at - 1, CUE)
}

/// The bytes of `x` that are ASCII capitals or not ASCII: their high bits.
#[inline]
fn capital_or_high(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // On the low seven bits of each byte these sums do not carry into the next byte.
    let y = x & !HIGH;
    let ge_a = y.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let gt_z = y.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    (ge_a & !gt_z | x) & HIGH
}

/// [`capital_or_high`] on sixteen bytes.
#[inline]
fn capital_or_high_wide(x: u128) -> u128 {
    const ONES: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let y = x & !HIGH;
    let ge_a = y.wrapping_add(ONES * (0x80 - u128::from(b'A')));
    let gt_z = y.wrapping_add(ONES * (0x80 - u128::from(b'Z') - 1));
    (ge_a & !gt_z | x) & HIGH
}

/// Bytes of the word at the start of `rest`: letters, digits and inner joiners.
#[inline]
fn word_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let end = super::tokens::ascii_alnum_end(bytes, 0, bytes.len());
    // Most words are ASCII letters and digits up to ASCII that joins nothing.
    match bytes.get(end) {
        None => end,
        Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'&') => end,
        _ => word_len_from(rest, end),
    }
}

/// [`word_len`] of a word whose first `end` bytes are ASCII letters and digits.
#[inline(never)]
fn word_len_from(rest: &str, mut end: usize) -> usize {
    let bytes = rest.as_bytes();
    while end < bytes.len() {
        end = super::tokens::ascii_alnum_end(bytes, end, bytes.len());
        let Some(&b) = bytes.get(end) else { break };
        if b < 0x80 {
            // Of ASCII, only `-`, `'`, `.` and `&` join, before a letter or digit.
            if matches!(b, b'-' | b'\'' | b'.' | b'&') && rest[end + 1..].starts_with(char::is_alphanumeric) {
                end += 1;
                continue;
            }
            break;
        }
        let Some(c) = rest[end..].chars().next() else { break };
        let len = c.len_utf8();
        let joins = matches!(c, '-' | '’' | '\'' | '.' | '&') && rest[end + len..].starts_with(char::is_alphanumeric);
        if c.is_alphanumeric() || joins {
            end += len;
        } else {
            break;
        }
    }
    end
}

/// Whether the capitalised word `text[start..end]` can start or close a speaker phrase,
/// judged by the word after it: capitalised (a run), a particle, `of`, a cue, an adverb
/// before a cue, or a role or document noun; or punctuation that goes on with the word
/// (`Smith’s`, `U.S.`).
fn worth_parsing(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let all_caps = |w: &[u8]| w.len() > 1 && !w.iter().any(u8::is_ascii_lowercase);
    let mut k = end;
    match bytes.get(k) {
        None | Some(b'\n' | b'\r' | b',' | b';' | b':' | b')' | b'"' | b'?' | b'!') => return false,
        // `Gen. Kenneth`, `U.S. envoy`: a title or an initialism; a long word ends a sentence.
        Some(b'.') => return end - start <= 4 || bytes.get(k + 1).is_some_and(|b| !b.is_ascii_whitespace()),
        Some(b' ' | b'\t') => {}
        Some(_) => return !text[k..].starts_with('”'),
    }
    while k < bytes.len() && matches!(bytes[k], b' ' | b'\t') {
        k += 1;
    }
    let Some(&b) = bytes.get(k) else { return false };
    if b.is_ascii_uppercase() {
        // Two words in capitals (`BAHIA COCOA REVIEW`) never start a name.
        return !(all_caps(&bytes[start..end]) && all_caps(&bytes[k..k + word_len(&text[k..])]));
    }
    if b.is_ascii_lowercase() {
        let next = &text[k..k + word_len(&text[k..])];
        return next == "of" || super::cues::has(next, CUE | SKIP_WORD | DOC_NOUN | ROLE_NOUN | PARTICLE);
    }
    b >= 0x80 && text[k..].starts_with(char::is_uppercase)
}

/// A capitalised plural of a role noun (`Analysts`, `Officials`).
fn plural_role(word: &str) -> bool {
    // No list holds a word of more than sixteen bytes.
    let mut buf = [0; 16];
    word.strip_suffix('s').is_some_and(|w| {
        w.len() > 2 && tokens::ascii_lower(w, &mut buf).is_some_and(|w| super::cues::has(w, ROLE_NOUN))
    })
}

/// Prepositions after which a capitalised run is a place, not a person.
fn place_preposition(w: &str) -> bool {
    matches!(w, "in" | "at" | "from" | "into" | "near" | "across" | "outside" | "inside" | "throughout" | "In" | "At")
}

/// Whether a capitalised word starts at byte `i`: where the registry stops to read.
fn capital_at(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(i) else { return false };
    let upper = if b < 0x80 {
        b.is_ascii_uppercase()
    } else {
        text.is_char_boundary(i) && text[i..].starts_with(char::is_uppercase)
    };
    upper
        && match i.checked_sub(1).map(|k| bytes[k]) {
            None => true,
            Some(p) if p < 0x80 => !p.is_ascii_alphanumeric(),
            Some(_) => !text[..i].chars().next_back().is_some_and(char::is_alphanumeric),
        }
}

/// Whether byte `k` is punctuation that every tokenization cuts as a token of its own and
/// that ends a title (`; : ( ) "`, curly double quotes, or a full stop after a lower-case
/// ASCII word and before white space, which no abbreviation or initial keeps).
fn stop_at(bytes: &[u8], k: usize) -> bool {
    match bytes[k] {
        b';' | b':' | b'(' | b')' | b'"' => true,
        // The last byte of `“` or `”`.
        0x9C | 0x9D => k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80,
        b'.' => {
            if !bytes.get(k + 1).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
                return false;
            }
            let mut j = k;
            while j > 0 && bytes[j - 1].is_ascii_lowercase() {
                j -= 1;
            }
            j < k && (j == 0 || matches!(bytes[j - 1], b' ' | b'\t' | b'\n' | b'\r'))
        }
        _ => false,
    }
}

/// Items found at byte `i` and later start at or after `i - READ_BACK`: a window reaches
/// at most 12 bytes back, rounded down to a char boundary.
const READ_BACK: usize = 16;

impl<'t> Registry<'t> {
    /// The names of `text` outside the `skip` spans (the quotes, sorted), read on demand.
    pub fn build(text: &'t str, skip: &'t [Span]) -> Self {
        // The lists of the thread's last registry, or new ones with room for the names of a
        // typical article, so that reading seldom grows them.
        let lists = LISTS.try_with(Cell::take).ok().flatten().unwrap_or_else(|| Lists {
            persons: Vec::with_capacity(32),
            genders: Vec::with_capacity(32),
            things: Vec::new(),
        });
        let Lists { persons, genders, things } = lists;
        let read = Read {
            persons,
            genders,
            by_last: FastMap::default(),
            things,
            i: 0,
            s: 0,
            prev_word_start: 0,
            buf: Tokens::new(),
            headlines: RefCell::default(),
        };
        Registry { text, skip, read: RefCell::new(read), lower: std::cell::OnceCell::new(), searched: Cell::new(0) }
    }

    /// Whether `len` more bytes may be looked at (within the budget).
    fn may_search(&self, len: usize) -> bool {
        let total = self.searched.get().saturating_add(len);
        self.searched.set(total);
        total <= self.text.len().saturating_mul(16)
    }

    /// Whether byte `i` is in a quote (where no name is read).
    fn in_quote(&self, i: usize) -> bool {
        let k = self.skip.partition_point(|sp| sp.end <= i);
        self.skip.get(k).is_some_and(|sp| sp.start <= i)
    }

    /// Where a full name ending with `word` may be, at or after byte `from`: the last place
    /// `word` is written, outside the quotes, after white space and a word that can be part
    /// of a name (capitalised, or a particle), and not followed by a letter or digit.
    /// `None` when there is none; `Some(usize::MAX)` when the search budget is spent.
    fn last_surname_at(&self, word: &str, from: usize) -> Option<usize> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let from = from.min(text.len());
        if word.is_empty() || !self.may_search(text.len() - from) {
            return Some(usize::MAX);
        }
        let name_end = |o: usize| {
            let end = o + word.len();
            if text[end..].starts_with(char::is_alphanumeric) || self.in_quote(o) {
                return false;
            }
            let before = text[..o].trim_end();
            if before.len() == o {
                return false; // no white space before it
            }
            // The word before: capitalised, or a particle (`bin`); a long one is let pass.
            let prev = before.rsplit(char::is_whitespace).next().unwrap_or(before);
            prev.len() > 32 || tokens::is_cap(prev) || super::cues::has(prev, PARTICLE)
        };
        memchr::memmem::find_iter(&bytes[from..], word.as_bytes()).map(|at| from + at).filter(|&o| name_end(o)).last()
    }

    /// Whether a title read with a name may hold `word` (in any ASCII case) in `range`:
    /// somewhere outside the quotes, written with a capital, or before a capitalised word
    /// with no comma or stop between (a title before its name: `Taliban spokesman Ann`), or
    /// after a comma with no stop between (an apposition: `Ann Lee, a spokesman`). True
    /// when the search budget is spent.
    fn title_may_hold(&self, word: &str, range: std::ops::Range<usize>) -> bool {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let range = range.start.min(text.len())..range.end.min(text.len());
        let lowering = if self.lower.get().is_some() { 0 } else { text.len() };
        if word.is_empty() || !self.may_search(range.len() + lowering) {
            return true;
        }
        let lower = self.lower.get_or_init(|| bytes.to_ascii_lowercase());
        let needle = word.to_ascii_lowercase();
        // A title is read within 160 bytes of its name.
        const NEAR: usize = 200;
        let comma = |k: usize| {
            bytes[k] == b','
                && !(k > 0 && bytes[k - 1].is_ascii_digit() && bytes.get(k + 1).is_some_and(u8::is_ascii_digit))
        };
        for o in memchr::memmem::find_iter(&lower[range.clone()], needle.as_bytes()).map(|at| range.start + at) {
            if self.in_quote(o) {
                continue;
            }
            if !bytes[o].is_ascii_lowercase() || !self.may_search(2 * NEAR) {
                return true;
            }
            // Before a name: a capitalised word within the next three words, with no cue
            // or phrase break (`said`, `to`) between.
            let (after, mut words) = (o + needle.len(), 0);
            // Or set off before it by a comma (`The spokeswoman, Ann Lee,`: [`role_before`]).
            if bytes.get(after) == Some(&b',') {
                let k = after + 1 + bytes[after + 1..].iter().take_while(|&&b| b == b' ').count();
                if k < bytes.len() && capital_at(text, k) {
                    return true;
                }
            }
            for k in after..(after + NEAR).min(bytes.len()) {
                if comma(k) || stop_at(bytes, k) {
                    break;
                }
                if capital_at(text, k) {
                    return true;
                }
                if bytes[k - 1].is_ascii_whitespace() && !bytes[k].is_ascii_whitespace() {
                    words += 1;
                    // A plain lower-case ASCII word before an ASCII byte is cut as one token.
                    let word = &text[k..k + word_len(&text[k..])];
                    let plain = !word.is_empty()
                        && word.bytes().all(|b| b.is_ascii_lowercase())
                        && bytes.get(k + word.len()).map_or(true, |&b| b < 0x80);
                    if words > 3 || plain && super::cues::has(word, CUE | PHRASE_BREAK) {
                        break;
                    }
                }
            }
            // In an apposition: a comma before it, at most 40 words back with no stop
            // between, right after a capitalised word (the name's last).
            let mut words = 0;
            for k in (o.saturating_sub(NEAR)..o).rev() {
                if bytes[k].is_ascii_whitespace() && !bytes[k + 1].is_ascii_whitespace() {
                    words += 1;
                    if words > 40 {
                        break;
                    }
                }
                if comma(k) {
                    let word = text[..k].trim_end();
                    let start = word.rfind(|c: char| !c.is_alphanumeric() && !"-’'.&".contains(c));
                    let first = &word[start.map_or(0, |j| j + word[j..].chars().next().map_or(1, char::len_utf8))..];
                    if first.len() > 64 || tokens::is_cap(first) {
                        return true;
                    }
                    break;
                }
                if stop_at(bytes, k) {
                    break;
                }
            }
        }
        false
    }

    /// The names read, having read every one that starts before `pos`.
    fn read_before(&self, pos: usize) -> std::cell::RefMut<'_, Read<'t>> {
        let mut read = self.read.borrow_mut();
        read.scan(self.text, self.skip, |r| r.i >= pos.saturating_add(READ_BACK));
        read
    }
}

impl<'t> Read<'t> {
    /// Reads `text` for capitalised runs outside the `skip` spans (the quotes, sorted),
    /// from where the last call stopped, until `done` or the end.
    ///
    /// One pass over the bytes that stops only at capital letters; a capitalised word is
    /// tokenized and parsed (in a small window) only when the words beside it can make it a
    /// speaker: another capitalised word, a particle or `of` after it (a run), a cue, an
    /// adverb, a role or document noun after it, or a cue before it.
    fn scan(&mut self, text: &'t str, skip: &[Span], mut done: impl FnMut(&Self) -> bool) {
        let reg = self;
        let bytes = text.as_bytes();
        let mut buf = std::mem::replace(&mut reg.buf, Tokens::new());
        let mut i = reg.i;
        let mut s = reg.s; // next skip span
        let mut prev_word_start = reg.prev_word_start;
        while i < bytes.len() {
            reg.i = i;
            if done(reg) {
                break;
            }
            // Sixteen, then eight bytes at a time to the next capital or byte outside ASCII
            // (where eight at a time alone would stop).
            'found: {
                while let Some(chunk) = bytes.get(i..i + 16) {
                    let x = u128::from_le_bytes(chunk.try_into().unwrap_or([0x80; 16]));
                    let found = capital_or_high_wide(x);
                    if found != 0 {
                        i += found.trailing_zeros() as usize / 8;
                        break 'found;
                    }
                    i += 16;
                }
                while let Some(chunk) = bytes.get(i..i + 8) {
                    let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
                    let found = capital_or_high(x);
                    if found != 0 {
                        i += found.trailing_zeros() as usize / 8;
                        break;
                    }
                    i += 8;
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            if !(b.is_ascii_uppercase() || b >= 0x80) {
                i += 1;
                continue;
            }
            while s < skip.len() && skip[s].end <= i {
                s += 1;
            }
            if s < skip.len() && skip[s].start <= i {
                i = skip[s].end.max(i + 1);
                continue;
            }
            if !text.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let c = if b < 0x80 { char::from(b) } else { text[i..].chars().next().unwrap_or(' ') };
            let at_word_start = i == 0
                || match bytes[i - 1] {
                    p if p < 0x80 => !p.is_ascii_alphanumeric(),
                    _ => !text[..i].chars().next_back().is_some_and(char::is_alphanumeric),
                };
            let upper = c.is_uppercase();
            if !(upper && at_word_start) {
                i += c.len_utf8();
                if upper {
                    // Inside a word (`REVIEW`, `McCain`): none of the ASCII letters and
                    // digits after a capital there starts a word either.
                    i = super::tokens::ascii_alnum_end(bytes, i, bytes.len());
                }
                continue;
            }
            let word_end = i + word_len(&text[i..]);
            // `Perez talks about it.` after `Tom Perez`: a known surname opening a sentence or clause.
            let known_subject = || {
                // The byte before the blanks (all ASCII, so byte by byte).
                let before = bytes[..i].iter().rev().find(|&&b| !matches!(b, b' ' | b'\t'));
                before.map_or(true, |b| matches!(b, b'.' | b'\n' | b','))
                    && reg.by_last.contains_key(&text[i..word_end])
            };
            if !worth_parsing(text, i, word_end) && !known_subject() {
                prev_word_start = i;
                i = word_end.max(i + c.len_utf8());
                continue;
            }
            // A capitalised word: parse the run in a small window.
            let mut end = super::tokens::floor_boundary(text, i + 160);
            if s < skip.len() && skip[s].start < end {
                end = skip[s].start.max(i);
            }
            // After a comma, far enough back to read a role the name is set off from (`The
            // airline's spokeswoman, Ann Lee,`), no further than the last capitalised word.
            let after_comma = bytes[..i].iter().rev().find(|&&b| !matches!(b, b' ' | b'\t')) == Some(&b',');
            let reach = if after_comma { 64 } else { 12 };
            let back = super::tokens::floor_boundary(text, i.saturating_sub(reach).max(prev_word_start.min(i)));
            buf.slide(Span::new(back, end));
            let win = buf.all(text);
            let Some(at) = (0..)
                .take_while(|&k| win.tok(k).is_some_and(|s| s.start <= i))
                .find(|&k| win.tok(k).is_some_and(|s| s.start == i))
            else {
                i += c.len_utf8();
                continue;
            };
            prev_word_start = i;
            let advance_to = |n: usize| super::tokens::ceil_boundary(text, win.span(n - 1, n).end.max(i + 1));
            let prev = if at > 0 { win.w(at - 1) } else { "" };
            // `a UN report`, `The UN report`: a document named with its determiner.
            let det_at = if win.has(at, DETERMINER) {
                Some(at)
            } else {
                (at > 0 && matches!(prev, "a" | "an" | "the" | "its")).then(|| at - 1)
            };
            // The phrase at `at`, when it was parsed as the determiner's.
            let mut parsed_at = None;
            if let Some(d) = det_at {
                // Before the capitalised word, only the determiner's own phrase can name a
                // document (`parse_np` there reads a name after it otherwise, which the
                // word's own phrase gives).
                let np = if d == at {
                    parse_np(&win, d)
                } else {
                    win.has(d, DETERMINER).then(|| det_phrase(&win, d, d + 1)).flatten()
                };
                if let Some(np) = np.filter(|n| n.kind == NpKind::Document) {
                    reg.things.push((np.span.start, np.name, NpKind::Document));
                    i = advance_to(np.end);
                    continue;
                }
                if d == at {
                    parsed_at = Some(np);
                }
            }
            // Asked only of a name (the word before is looked up only then).
            // (A line's first word opens a clause: after a headline or a live blog's time.)
            let clause_initial = || {
                at == 0
                    || matches!(prev, "." | "," | ";" | ":" | "—" | "-" | "--" | "”" | "\"")
                    || win.has(at - 1, CONNECTIVE)
                    || win.tok(at - 1).is_some_and(|t| bytes[t.end..i].contains(&b'\n'))
                    // (A closing single mark or guillemet after the quote's last stop.)
                    || matches!(prev, "'" | "’" | "»") && at >= 2 && matches!(win.w(at - 2), "." | "," | "?" | "!")
            };
            let advance = match parsed_at.unwrap_or_else(|| parse_np(&win, at)) {
                Some(mut np) => {
                    if win.w(np.end) == "(" && np.kind == NpKind::Name {
                        // `Ann Lee (D-Nev.), who ..., said`: the affiliation is passed over.
                        if let Some(close) = (np.end + 1..np.end + 8).find(|&x| win.w(x) == ")") {
                            np.end = close + 1;
                        }
                    }
                    // What follows the phrase is asked about only for a name or an
                    // organisation, and each thing once.
                    let next = win.w(np.end);
                    let nf = || win.f(np.end);
                    // The apposition after the phrase, read once for the three questions below.
                    let appos = std::cell::OnceCell::new();
                    let appos = || *appos.get_or_init(|| apposition(&win, np.end));
                    let cue_after = std::cell::OnceCell::new();
                    let cue_after = || {
                        *cue_after.get_or_init(|| {
                            let nf = nf();
                            strong(nf)
                                || (nf & SKIP_WORD != 0 && strong(win.f(np.end + 1)))
                                || nf & (CUE | LOWER | DOC_NOUN) == CUE | LOWER
                                || next == "," && np.kind == NpKind::Name && cue_after_apposition(&win, appos())
                                // `the party’s chairman, Tom Hale, said`: the comma closing a
                                // role's name (not a place's: `from Dover, Delaware, said`)
                                || next == ","
                                    && win.f(np.end + 1) & (CUE | LOWER) == CUE | LOWER
                                    && prev == ","
                                    && at >= 2
                                    && win.has(at - 2, LOWER)
                        })
                    };
                    // `…, said Tom Hale, the director`: the speaker after a cue set off by a
                    // comma (not `he said Hale`, where the name is what was said).
                    let cue_before = || {
                        at >= 2
                            && win.f(at - 1) & (INVERTED_CUE | LOWER) == INVERTED_CUE | LOWER
                            && matches!(win.w(at - 2), "," | "”" | "\"")
                    };
                    // `Ann Lee, the chairwoman of the party, is supporting`: a verb after the apposition.
                    let verb_after_apposition = || {
                        next == ","
                            && appos().is_some_and(|(_, after)| win.f(after) & (LOWER | PRONOUN | DETERMINER) == LOWER)
                    };
                    let verb_after = || {
                        let nf = nf();
                        nf & LOWER != 0 && (nf & PHRASE_BREAK == 0 || is_auxiliary(next)) && next != "of"
                    };
                    // `His successor, Ann Lee, has been less kind`: a name in apposition to
                    // the subject, then its verb.
                    // (Not `Manchester, New Hampshire, breakfast spot`: the verb is finite.)
                    // (`Her partner, Lucy Ward, remembers it`: a verb in `-s` before its object.)
                    let verb_after_comma = || {
                        let (w, f) = (win.w(np.end + 1), win.f(np.end + 1));
                        let third_person = || {
                            w.len() > 3
                                && w.ends_with('s')
                                && !w.ends_with("ss")
                                && win.has(np.end + 2, PRONOUN | DETERMINER)
                        };
                        prev == ","
                            && next == ","
                            && f & (LOWER | PRONOUN | DETERMINER | CONNECTIVE) == LOWER
                            && (is_auxiliary(w) || w.len() > 4 && w.ends_with("ed") || third_person())
                    };
                    // Asked only of a name (which may need the apposition read).
                    let subject = || {
                        clause_initial() && (verb_after() || verb_after_apposition() || verb_after_comma())
                            || cue_after()
                    };
                    match np.kind {
                        // (`the Hon. Ann Lee`, `the Rev. Tom Hale`: a titled name after `the`.)
                        NpKind::Name
                            if !matches!(prev, "the" | "The") || np.title.is_some_and(|_| win.has(at, TITLE)) =>
                        {
                            let words = win.text[np.name.range()].split_whitespace().count();
                            let titled = np.title.is_some();
                            let keep = if words >= 2 {
                                !place_preposition(prev)
                            } else if plural_role(&text[np.name.range()]) {
                                // `Analysts said`: people in the plural, capitalised at the start.
                                false
                            } else {
                                // `Lee also took swipes at him`, `Lee, who was elected in 2014,
                                // doesn't see it`: one word opening a clause before a verb.
                                // (`Dover also is seeking`: a place's verb.)
                                let finite = |x: usize| {
                                    let w = win.w(x);
                                    w == "also" && !is_auxiliary(win.w(x + 1))
                                        || win.has(x, LOWER) && w.len() > 4 && w.ends_with("ed")
                                };
                                let acts = clause_initial()
                                    && (finite(np.end)
                                        || next == ","
                                            && appos().is_some_and(|(_, after)| {
                                                finite(after) || win.w(after).ends_with("n't")
                                            }));
                                titled
                                    || cue_after()
                                    || is_cue_at(&win, at)
                                    || subject() && reg.by_last.contains_key(&text[np.name.range()])
                                    || acts
                            };
                            if keep {
                                // `His mother, Ann Lee, wept`: the role opening the clause is
                                // the title, and the name set off from it the subject.
                                let role = (words >= 2 && next == ",").then(|| role_before(&win, at)).flatten();
                                let verb = || {
                                    win.has(np.end + 1, LOWER)
                                        && !win.has(np.end + 1, PHRASE_BREAK | PRONOUN | DETERMINER | CONNECTIVE)
                                };
                                let title = np.title.or_else(|| appos().and_then(|a| a.0)).or(role);
                                reg.add_person(
                                    text,
                                    np.name,
                                    words,
                                    title,
                                    subject() || cue_before() || titled && cue_after() || role.is_some() && verb(),
                                );
                            }
                        }
                        // `Redcloud laughs at that.`: a known surname opening a clause and
                        // a verb in `-s`, read as a group (`Taliban leaders`).
                        NpKind::Group
                            if np.end == at + 2
                                && clause_initial()
                                && !people(win.w(at + 1))
                                && reg.by_last.contains_key(win.w(at)) =>
                        {
                            reg.add_person(text, win.span(at, at + 1), 1, None, true);
                        }
                        NpKind::Org if cue_after() => {
                            let start =
                                if matches!(prev, "the" | "The") { win.span(at - 1, at).start } else { np.span.start };
                            reg.things.push((np.span.start, Span::new(start, np.span.end), NpKind::Org));
                        }
                        _ => {}
                    }
                    advance_to(np.end)
                }
                None => advance_to(at + 1),
            };
            i = advance;
        }
        reg.i = i;
        reg.s = s;
        reg.prev_word_start = prev_word_start;
        reg.buf = buf;
    }

    /// The gender of person `k`: marked by the words of its name or title, or for a
    /// one-word name that tell none, the full name's it was read after. Worked out once.
    fn gender(&mut self, text: &str, k: usize) -> Gender {
        let full = match self.genders.get(k) {
            Some(&GenderOf::Known(g)) => return g,
            Some(&GenderOf::Unread { full }) => full,
            None => return Gender::Unknown,
        };
        let Some(&p) = self.persons.get(k) else { return Gender::Unknown };
        let mut g = Gender::of_person(&text[p.name.range()], p.title.map(|t| &text[t.range()]));
        if g == Gender::Unknown && p.words == 1 {
            // A full name (of two words or more) has no full name to take from.
            g = full.filter(|&i| i != k).map_or(Gender::Unknown, |i| self.gender(text, i));
        }
        self.genders[k] = GenderOf::Known(g);
        self.persons[k].gender = g;
        g
    }

    /// Person `k` with its gender worked out.
    fn person(&mut self, text: &str, k: usize) -> Person {
        self.gender(text, k);
        self.persons[k]
    }

    /// [`in_headline`], remembered by line (all it depends on), by where the line starts.
    fn in_headline(&self, text: &str, pos: usize) -> bool {
        let line = text.as_bytes().get(..pos).and_then(|b| memchr::memrchr(b'\n', b)).map_or(0, |i| i + 1);
        if let Some(&h) = self.headlines.borrow().get(&line) {
            return h;
        }
        let h = in_headline(text, pos);
        self.headlines.borrow_mut().insert(line, h);
        h
    }

    fn add_person(&mut self, text: &'t str, name: Span, words: usize, title: Option<Span>, subject: bool) {
        let name_text = &text[name.range()];
        let idx = self.persons.len();
        let full = if words == 1 { self.by_last.get(name_text).copied() } else { None };
        self.persons.push(Person { pos: name.start, name, words, title, subject, gender: Gender::Unknown });
        self.genders.push(GenderOf::Unread { full });
        if words >= 2 {
            if let Some(last) = name_text.split_whitespace().next_back() {
                // The first full name, unless that was read from a headline in title case
                // (`Stunning Thing Trump Said`) and this one is not.
                let first = *self.by_last.entry(last).or_insert(idx);
                if first != idx
                    && self.in_headline(text, self.persons[first].pos)
                    && !self.in_headline(text, name.start)
                {
                    self.by_last.insert(last, idx);
                }
            }
        }
    }
}

impl Registry<'_> {
    /// The full name for a one-word name (`Shaheen` → `Suhail Shaheen`), and whether it
    /// was seen before `pos`.
    pub fn full_name(&self, word: &str, pos: usize) -> Option<(Span, bool)> {
        let mut read = self.read.borrow_mut();
        let text = self.text;
        // A first full mention outside a headline is final (see `add_person`).
        let settled = |r: &Read| r.by_last.get(word).is_some_and(|&i| !r.in_headline(text, r.persons[i].pos));
        if !settled(&read) {
            // Read on to its first full mention: a new one can only come with a new person,
            // and not after the last place it may be written (a name starts where it is read).
            let last = self.last_surname_at(word, read.i);
            let mut seen = read.persons.len();
            read.scan(self.text, self.skip, |r| {
                let new = r.persons.len() != seen;
                seen = r.persons.len();
                last.map_or(true, |at| r.i > at) || new && settled(r)
            });
        }
        let &idx = read.by_last.get(word)?;
        let p = &read.persons[idx];
        Some((p.name, p.pos < pos))
    }

    /// The last person named as a subject before `pos` whose gender agrees with `gender`.
    pub fn last_person_before(&self, pos: usize, gender: Gender) -> Option<Person> {
        let mut read = self.read_before(pos);
        let k = read.persons.partition_point(|p| p.pos < pos);
        // Any gender agrees with an unknown one: worked out only when it matters.
        let j = (k.saturating_sub(64)..k).rev().find(|&j| {
            read.persons[j].subject && (gender == Gender::Unknown || read.gender(self.text, j).agrees(gender))
        })?;
        Some(read.person(self.text, j))
    }

    /// The person a role phrase stands for (`the spokesperson` → the last person called a
    /// spokesperson), and whether that was before `pos`. `words` are the phrase's
    /// lower-case words, its head first.
    pub fn by_role(&self, words: &[&str], pos: usize) -> Option<(Person, bool)> {
        let head = *words.first()?;
        let text = self.text;
        let has = |p: &Person, w: &str| {
            p.title.is_some_and(|t| {
                text[t.range()].split(|c: char| !c.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w))
            })
        };
        // A title is read within 160 bytes of its name: the words must be written near the
        // names asked about, in a place a title can be, or there is nothing to read for.
        const NEAR: usize = 400;
        // Before: the nearest person with the head noun in the title.
        if self.title_may_hold(head, 0..pos.saturating_add(NEAR)) {
            let mut read = self.read_before(pos);
            let k = read.persons.partition_point(|p| p.pos < pos);
            if let Some(j) = (k.saturating_sub(256)..k).rev().find(|&j| has(&read.persons[j], head)) {
                return Some((read.person(text, j), true));
            }
        }
        // After: the first person sharing any of the words (of the next 256).
        let after = pos.saturating_sub(NEAR)..text.len();
        if !words.iter().any(|w| self.title_may_hold(w, after.clone())) {
            return None;
        }
        let mut read = self.read.borrow_mut();
        let mut seen = read.persons.len();
        read.scan(text, self.skip, |r| {
            let new = r.persons.len() != seen;
            seen = r.persons.len();
            let after = r.persons.len() - r.persons.partition_point(|p| p.pos < pos);
            after >= 256 || new && r.persons.last().is_some_and(|p| p.pos >= pos && words.iter().any(|w| has(p, w)))
        });
        let k = read.persons.partition_point(|p| p.pos < pos);
        let j = (k..read.persons.len()).take(256).find(|&j| words.iter().any(|w| has(&read.persons[j], w)))?;
        Some((read.person(text, j), false))
    }

    /// The last organisation or document named before `pos`: where, and the words naming
    /// it (to be made canonical with [`canonical_phrase`] when it is the one taken).
    pub fn last_thing_before(&self, pos: usize) -> Option<(usize, Span)> {
        let read = self.read_before(pos);
        let k = read.things.partition_point(|t| t.0 < pos);
        read.things[..k].last().map(|&(at, name, _)| (at, name))
    }
}

/// `a UN report` → `the UN report`; `The Pentagon` → `the Pentagon`.
pub(crate) fn canonical_phrase(text: &str, span: Span) -> String {
    let s = &text[span.range()];
    let mut words = s.split_whitespace().peekable();
    let mut out = String::with_capacity(s.len() + 4);
    let first = words.peek().copied().unwrap_or("");
    if matches!(first, "a" | "A" | "an" | "An" | "the" | "The" | "its" | "Its" | "this" | "This") {
        words.next();
        if words.peek().is_some() {
            out.push_str("the");
        } else {
            out.push_str(first);
        }
    }
    // The words one space apart, written straight into the name.
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(text: &str) -> Option<(String, NpKind, Option<String>)> {
        let doc = Tokens::of(Span::new(0, text.len()));
        let win = doc.all(text);
        parse_np(&win, 0)
            .map(|n| (text[n.name.range()].to_owned(), n.kind, n.title.map(|t| text[t.range()].to_owned())))
    }

    #[test]
    fn noun_phrases() {
        let name = |s: &str| Some((s.to_owned(), NpKind::Name, None));
        assert_eq!(np("Edmund Fitton-Brown said"), name("Edmund Fitton-Brown"));
        assert_eq!(
            np("NATO Secretary General Jens Stoltenberg said"),
            Some(("Jens Stoltenberg".into(), NpKind::Name, Some("NATO Secretary General".into())))
        );
        assert_eq!(
            np("Taliban spokesman Zabiullah Mujahid told AFP"),
            Some(("Zabiullah Mujahid".into(), NpKind::Name, Some("Taliban spokesman".into())))
        );
        assert_eq!(np("Hamza bin Laden"), name("Hamza bin Laden"));
        assert_eq!(np("Ann Lee\n\nVoters said"), name("Ann Lee"));
        assert_eq!(np("the UN report said").map(|n| n.1), Some(NpKind::Document));
        assert_eq!(np("an excerpt from the letter says").map(|n| n.0), Some("the letter".into()));
        assert_eq!(np("the Pentagon said").map(|n| (n.0, n.1)), Some(("the Pentagon".into(), NpKind::Org)));
        assert_eq!(np("the group’s spokesperson said").map(|n| n.1), Some(NpKind::Role));
        assert_eq!(np("Taliban leaders assured").map(|n| (n.0, n.1)), Some(("Taliban leaders".into(), NpKind::Group)));
        assert_eq!(np("he said").map(|n| n.1), Some(NpKind::Pronoun));
        assert_eq!(
            np("Trump administration Secretary of State Mike Pompeo that").map(|n| n.0),
            Some("Mike Pompeo".into())
        );
    }
}

#[cfg(test)]
mod swar_tests {
    #[test]
    fn headlines_found_as_by_split_whitespace() {
        let slow = |line: &str| {
            let (mut long, mut capped) = (0, 0);
            for w in line.split_whitespace().filter(|w| w.len() >= 4).take(64) {
                long += 1;
                capped += usize::from(w.starts_with(char::is_uppercase));
            }
            long >= 3 && capped * 4 >= long * 3
        };
        let words = [
            "Ann",
            "Lee",
            "Said",
            "said",
            "the",
            "Three",
            "three",
            "Über",
            "über",
            "ÅÄÖx",
            "a\u{a0}Bcde",
            "x\u{2003}Yzzz",
        ];
        let gaps = [" ", "  ", "\t", "\u{a0}", "\u{3000}", "\r"];
        for n in 0..400usize {
            let mut line = String::new();
            let mut x = n.wrapping_mul(2_654_435_761);
            for k in 0..(n % 90) {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                line.push_str(words[(x >> 33) % words.len()]);
                line.push_str(gaps[(x >> 45) % gaps.len() * usize::from(k % 3 == 0)]);
            }
            assert_eq!(super::in_headline(&line, 0), slow(&line), "{line:?}");
        }
    }

    #[test]
    fn capitals_found_eight_at_a_time() {
        for b in 0u8..=255 {
            let x = u64::from_le_bytes([b'a', b' ', b, b'z', b'0', b'.', b'~', b'@']);
            let found = b.is_ascii_uppercase() || b >= 0x80;
            assert_eq!(super::capital_or_high(x), if found { 0x80 << 16 } else { 0 }, "{b}");
            let y = u64::from_le_bytes([b, b'Q', b' ', b, 0xC3, b'a', b'Z', b'z']);
            let expect = if found { 0x80 | 0x80 << 24 } else { 0 } | 0x80 << 8 | 0x80 << 32 | 0x80 << 48;
            assert_eq!(super::capital_or_high(y), expect, "{b}");
            let wide = u128::from(x) | u128::from(y) << 64;
            assert_eq!(
                super::capital_or_high_wide(wide),
                u128::from(super::capital_or_high(x)) | u128::from(expect) << 64
            );
        }
    }
}
