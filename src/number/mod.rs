//! Numeric claims: the quantity, what it counts, how sure, and who claims it.
//!
//! ```
//! let doc = copydesk::analyze("Al-Qaeda still has between 400 and 600 active members in 12 provinces.");
//! let n = &doc.numbers[0];
//! assert_eq!(n.text, "between 400 and 600 active members");
//! assert_eq!((n.low, n.high), (Some(400.0), Some(600.0)));
//! assert_eq!(n.unit.as_deref(), Some("members"));
//! assert_eq!(doc.numbers[1].value, Some(12.0));
//! ```
//!
//! The scan is linear: it stops only at digits and at words that can spell a number,
//! and every rule looks a bounded number of tokens around them.

mod claim;
mod exclude;
mod keys;
mod lexicon;
mod numeral;
mod numerals;
mod packed;
mod range;
mod scan;
mod source;
mod text;
mod unit;

#[cfg(test)]
mod tests;

pub use numerals::Numerals;

use crate::document::MapSpans;
use crate::span::Span;
use scan::{Candidate, TextScan};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use text::Ctx;

/// What a number measures.
///
/// ```
/// use copydesk::number::Kind;
/// assert_eq!(serde_json::to_string(&Kind::Money).unwrap(), "\"money\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// How many of something: `2,500 troops`.
    Count,
    /// An amount of money: `$1.2 billion`.
    Money,
    /// A percentage or a fraction: `40%`, `half`.
    Percent,
    /// A physical or market measure: `5 km`, `2,300 tons`, index levels.
    Measure,
    /// A stretch of time, or an age: `14 months`, `48-year-old`.
    Duration,
}

impl Kind {
    /// The name used in JSON and keys.
    ///
    /// ```
    /// assert_eq!(copydesk::number::Kind::Duration.as_str(), "duration");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Measure => "measure",
            Kind::Duration => "duration",
        }
    }
}

/// How sure the text is of a number.
///
/// ```
/// use copydesk::number::Qualifier;
/// assert_eq!(serde_json::to_string(&Qualifier::MoreThan).unwrap(), "\"more_than\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// `about`, `around`, `roughly`, `some`, `nearly`, `almost`, `approximately`, `near`.
    About,
    /// `more than`, `over`, `at least`, `upwards of`, `or more`, `or above`.
    MoreThan,
    /// `less than`, `under`, `fewer than`, `up to`, `at most`, `within`.
    LessThan,
}

/// A numeric claim.
///
/// Spans are byte ranges into the document. A single number has `value`; a range has
/// `low` and `high` (both ends included). A bound (`more than 30`, `at least 6`) keeps
/// its figure in `value`, and `low_inclusive`/`high_inclusive` say which side it bounds
/// and whether the figure itself is included (`more than 30`: `low_inclusive: false`;
/// `at least 6`: `low_inclusive: true`; `up to 5`: `high_inclusive: true`).
///
/// ```
/// let doc = copydesk::analyze("He served for more than 30 years.");
/// let n = &doc.numbers[0];
/// assert_eq!(n.text, "more than 30 years");
/// assert_eq!(n.value, Some(30.0));
/// assert_eq!(n.qualifier, Some(copydesk::number::Qualifier::MoreThan));
/// assert_eq!(n.low_inclusive, Some(false));
/// assert_eq!(n.kind, copydesk::number::Kind::Duration);
/// assert_eq!(n.key, "duration:year");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    /// The quantity with its qualifier and its counted noun.
    #[serde(flatten)]
    pub span: Span,
    /// Its text.
    pub text: String,
    /// The bare numerals: one, or two for a range. Kept in the claim (no allocation of
    /// their own) and read as a slice, as the `Vec<Span>` they were.
    pub numerals: Numerals,
    /// The value of a single number (multipliers applied: `$5bn` → 5e9).
    pub value: Option<f64>,
    /// The low end of a range.
    pub low: Option<f64>,
    /// The high end of a range.
    pub high: Option<f64>,
    /// Whether the low end (of a range, or of a lower bound) is included.
    pub low_inclusive: Option<bool>,
    /// Whether the high end (of a range, or of an upper bound) is included.
    pub high_inclusive: Option<bool>,
    /// `about`, `more_than`, `less_than`, or none.
    pub qualifier: Option<Qualifier>,
    /// The qualifier's words as written (`at least`, `or more`).
    pub qualifier_text: Option<String>,
    /// What it measures.
    pub kind: Kind,
    /// The head noun of what is counted or measured, as written (`members`, `percent`,
    /// `months`, `dollars`); none where the text leaves it out.
    pub unit: Option<String>,
    /// The counted noun phrase (`active members`, `Afghanistan provinces`).
    pub counted: Option<String>,
    /// The ISO code of money (`USD`, `GBP`). A code from the lexicon, so borrowed from it
    /// rather than copied for each number.
    pub currency: Option<Cow<'static, str>>,
    /// The normalised unit of a measure, duration or percentage (`km`, `kg`, `°C`, `%`,
    /// `month`): borrowed from the lexicon, owned only when made from its parts (`km²`).
    pub measure_unit: Option<Cow<'static, str>>,
    /// The index of its sentence.
    pub sentence: usize,
    /// Who asserts it: the speaker of the quote it is in, or the `X` of `according to X`
    /// or `X said` in its sentence; none when the newsroom asserts it.
    pub source: Option<String>,
    /// The index of the quote it is in.
    pub quote: Option<usize>,
    /// A grouping key: kind, then the counted noun's lemma, the currency or the unit
    /// (`count:fighter`, `money:USD`, `percent:%`). Keys of a lexicon code are borrowed
    /// from a table made once; only a lemma's key is made for each number.
    pub key: Cow<'static, str>,
}

impl MapSpans for Number {
    fn map_spans(&mut self, f: &mut dyn FnMut(Span) -> Span) {
        self.span = f(self.span);
        for s in &mut self.numerals {
            *s = f(*s);
        }
    }
}

/// The numeric claims in `text` alone (sentences found here, no quotes).
///
/// ```
/// let numbers = copydesk::number::numbers("Prices rose 5% to $1.2 billion.");
/// assert_eq!(numbers[0].value, Some(5.0));
/// assert_eq!(numbers[1].value, Some(1.2e9));
/// assert_eq!(numbers[1].currency.as_deref(), Some("USD"));
/// ```
pub fn numbers(text: &str) -> Vec<Number> {
    find_numbers(text, &crate::sentences(text), &[])
}

/// Buffers kept from one text to the next on a thread.
#[derive(Default)]
struct Scratch {
    /// The claims of the text being read.
    claims: Vec<Number>,
    /// The candidates of the text being read.
    scan: TextScan,
    /// Where the sentence's source words are.
    cues: Vec<usize>,
}

/// Claims kept in the scratch buffers between texts at most: more are handed back.
const SCRATCH_CLAIMS: usize = 1 << 10;

/// Candidates kept in the scratch buffers between texts at most.
const SCRATCH_CANDIDATES: usize = 1 << 12;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The numeric claims in `text`, given its sentences and quotes.
///
/// The claims are made in a buffer kept on the thread, then moved to a vector of their
/// exact number: a text's only large allocation comes after its claims' strings, and no
/// vector of claims is regrown and copied. Fresh buffers serve when the thread's are
/// out of reach (in use, or the thread ending).
pub(crate) fn find_numbers(text: &str, sentences: &[crate::Sentence], quotes: &[crate::Quote]) -> Vec<Number> {
    let kept = SCRATCH.try_with(|cell| {
        let mut scratch = cell.try_borrow_mut().ok()?;
        let scratch = &mut *scratch;
        claims_into(text, sentences, quotes, scratch);
        let mut out = Vec::with_capacity(scratch.claims.len());
        out.append(&mut scratch.claims);
        scratch.claims.shrink_to(SCRATCH_CLAIMS);
        scratch.scan.shrink_to(SCRATCH_CANDIDATES);
        Some(out)
    });
    kept.ok().flatten().unwrap_or_else(|| {
        let mut scratch = Scratch::default();
        claims_into(text, sentences, quotes, &mut scratch);
        scratch.claims
    })
}

/// The claims of `text` into `scratch.claims` (emptied first).
fn claims_into(text: &str, sentences: &[crate::Sentence], quotes: &[crate::Quote], scratch: &mut Scratch) {
    let Scratch { claims: out, scan, cues } = scratch;
    out.clear();
    if sentences.is_empty() {
        return;
    }
    scan.start(text.as_bytes());
    let mut q = 0;
    let mut ctx = Ctx::new(text, 0, 0);
    // Most texts have no vulgar fraction: looked for once, not in each sentence.
    let fractions = vulgar_fractions(text, 0).next().is_some();
    for (index, sentence) in sentences.iter().enumerate() {
        let (lo, hi) = (sentence.span.start, sentence.span.end.min(text.len()));
        if lo >= hi || !text.is_char_boundary(lo) || !text.is_char_boundary(hi) {
            continue;
        }
        ctx.set_sentence(lo, hi);
        let first = out.len();
        cues.clear();
        scan_sentence(&ctx, scan.sentence(text.as_bytes(), lo, hi), fractions, out, cues);
        range::join_bounds(&ctx, out, first);
        range::share_counted(&ctx, out, first);
        if out.len() == first {
            continue;
        }
        let mut sentence_source: Option<Option<String>> = None;
        for n in &mut out[first..] {
            n.sentence = index;
            while q < quotes.len() && quotes[q].span.end <= n.span.start {
                q += 1;
            }
            let inside = quotes[q..]
                .iter()
                .take_while(|x| x.span.start <= n.span.start)
                .position(|x| x.span.start <= n.span.start && n.span.end <= x.span.end);
            if let Some(i) = inside {
                n.quote = Some(q + i);
                n.source = quotes[q + i].speaker.clone();
            } else if sentence_source.is_none() {
                sentence_source = Some(source::sentence_source(&ctx, cues));
            }
            n.key = key(n);
        }
        if let Some(Some(source)) = sentence_source {
            give_source(&mut out[first..], source);
        }
    }
}

/// The sentence's source to each of its claims outside quotes: copies to all but the
/// last, which takes it.
fn give_source(claims: &mut [Number], source: String) {
    let mut outside = claims.iter_mut().filter(|n| n.quote.is_none());
    let Some(mut last) = outside.next() else { return };
    for n in outside {
        last.source = Some(source.clone());
        last = n;
    }
    last.source = Some(source);
}

/// Claims at the candidates of one sentence, `found`: digits, and words that can spell a
/// number, found by [`scan::candidates`]. Candidates inside a claim already made are
/// passed over. Words that may name a source (`said`, `according`) are noted in `cues`.
/// With `fractions`, the text holds vulgar fractions, which are candidates too.
fn scan_sentence(ctx: &Ctx, found: &[Candidate], fractions: bool, out: &mut Vec<Number>, cues: &mut Vec<usize>) {
    let bytes = &ctx.bytes()[..ctx.hi];
    // Candidates before `next` were consumed by a claim.
    let mut next = ctx.lo;
    // `½ teaspoon`: a vulgar fraction standing alone (if the text has any), read in its
    // place among the others, as digits are.
    let merged: Vec<Candidate>;
    let found = if fractions {
        let mut all = found.to_vec();
        all.extend(vulgar_fractions(ctx.slice(0, ctx.hi), ctx.lo).map(|pos| Candidate { pos, len: 0 }));
        all.sort_by_key(|c| c.pos);
        merged = all;
        &merged[..]
    } else {
        found
    };
    for &Candidate { pos, len } in found.iter() {
        if pos < next {
            continue;
        }
        if len == 0 {
            if starts_token(ctx, pos) {
                next = claim::claim_at(ctx, pos, 0, out).max(pos + 1);
            }
            continue;
        }
        let j = pos + usize::from(len);
        let (number, cue) = scan::listed(&bytes[pos..j]);
        if cue && cues.len() < 8 {
            cues.push(pos);
        }
        if number
            && !(j < bytes.len() && bytes[j] >= 0x80 && ctx.char_at(j).is_some_and(char::is_alphabetic))
            && starts_token(ctx, pos)
        {
            next = claim::claim_at(ctx, pos, 0, out).max(j);
        }
    }
}

/// Where `text` holds a vulgar fraction character (`½`, `⅔`) from byte `lo`. They are
/// `C2 BC`–`C2 BE` and `E2 85 90`–`E2 85 9E` in UTF-8: found by `C2` and by the `85`
/// after an `E2` (curly quotes and dashes, `E2 80 …`, are passed over at once).
fn vulgar_fractions(text: &str, lo: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0x85, &bytes[lo..])
        .filter_map(move |p| match bytes[lo + p] {
            0xC2 => Some(lo + p),
            _ => (p > 0 && bytes[lo + p - 1] == 0xE2).then(|| lo + p - 1),
        })
        .filter(move |&p| text[p..].chars().next().is_some_and(|c| numeral::vulgar_fraction(c).is_some()))
}

/// Whether a digit or letter at `i` starts a token: not glued to a letter or digit before
/// it, nor to one through a joiner (`COVID-19`, `US10YT`, `1,2,3`).
#[inline(always)]
fn starts_token(ctx: &Ctx, i: usize) -> bool {
    let Some(c) = ctx.char_before(i) else { return true };
    if c.is_alphanumeric() {
        return false;
    }
    if matches!(c, '-' | '/' | '.' | ':' | ',' | '_' | '=' | '‑') {
        let before = ctx.char_before(i - c.len_utf8());
        if before.is_some_and(char::is_alphanumeric) {
            // `$40-50` is read from 40; a word after a hyphen (`Al-Qaeda`) is no number.
            return false;
        }
    }
    true
}

/// `count:fighter`, `money:USD`, `measure:km`, `duration:month`, `percent:%`.
#[inline(always)]
fn key(n: &Number) -> Cow<'static, str> {
    let (code, noun) = match n.kind {
        Kind::Money => (n.currency.as_deref(), None),
        Kind::Count => (None, n.unit.as_deref()),
        _ => (n.measure_unit.as_deref(), n.unit.as_deref()),
    };
    if let Some(code) = code.filter(|c| !c.is_empty()) {
        if let Some(key) = keys::coded(n.kind, code) {
            return Cow::Borrowed(key);
        }
        let mut key = String::with_capacity(n.kind.as_str().len() + 1 + code.len());
        key.push_str(n.kind.as_str());
        key.push(':');
        key.push_str(code);
        return Cow::Owned(key);
    }
    let Some(noun) = noun.filter(|u| !u.is_empty()) else { return Cow::Borrowed(n.kind.as_str()) };
    let mut key = String::with_capacity(24);
    key.push_str(n.kind.as_str());
    key.push(':');
    unit::push_lemma(&mut key, noun);
    Cow::Owned(key)
}
