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
mod lexicon;
mod numeral;
mod range;
mod source;
mod text;
mod unit;

#[cfg(test)]
mod tests;

use crate::document::MapSpans;
use crate::span::Span;
use serde::{Deserialize, Serialize};
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
    /// The bare numerals: one, or two for a range.
    pub numerals: Vec<Span>,
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
    /// The ISO code of money (`USD`, `GBP`).
    pub currency: Option<String>,
    /// The normalised unit of a measure, duration or percentage (`km`, `kg`, `°C`, `%`, `month`).
    pub measure_unit: Option<String>,
    /// The index of its sentence.
    pub sentence: usize,
    /// Who asserts it: the speaker of the quote it is in, or the `X` of `according to X`
    /// or `X said` in its sentence; none when the newsroom asserts it.
    pub source: Option<String>,
    /// The index of the quote it is in.
    pub quote: Option<usize>,
    /// A grouping key: kind, then the counted noun's lemma, the currency or the unit
    /// (`count:fighter`, `money:USD`, `percent:%`).
    pub key: String,
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

/// The numeric claims in `text`, given its sentences and quotes.
pub(crate) fn find_numbers(text: &str, sentences: &[crate::Sentence], quotes: &[crate::Quote]) -> Vec<Number> {
    let mut out = Vec::new();
    let mut q = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        let (lo, hi) = (sentence.span.start, sentence.span.end.min(text.len()));
        if lo >= hi || !text.is_char_boundary(lo) || !text.is_char_boundary(hi) {
            continue;
        }
        let ctx = Ctx { text, lo, hi };
        let first = out.len();
        scan_sentence(&ctx, &mut out);
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
            } else {
                n.source = sentence_source.get_or_insert_with(|| source::sentence_source(&ctx)).clone();
            }
            n.key = key(n);
        }
    }
    out
}

/// Scans one sentence for candidates: digits, and words that can spell a number.
fn scan_sentence(ctx: &Ctx, out: &mut Vec<Number>) {
    let bytes = ctx.bytes();
    let mut i = ctx.lo;
    while i < ctx.hi {
        let b = bytes[i];
        if b.is_ascii_digit() {
            if starts_token(ctx, i) {
                let step = claim::claim_at(ctx, i, 0);
                out.extend(step.numbers);
                i = step.resume.max(i + 1);
            } else {
                i = numeral::run_end(ctx, i).max(i + 1);
            }
        } else if b.is_ascii_alphabetic() {
            let mut j = i + 1;
            while j < ctx.hi && bytes[j].is_ascii_alphabetic() {
                j += 1;
            }
            let glued_letter = j < ctx.hi && bytes[j] >= 0x80 && ctx.char_at(j).is_some_and(char::is_alphabetic);
            if !glued_letter && word_candidate(&bytes[i..j]) && starts_token(ctx, i) {
                let step = claim::claim_at(ctx, i, 0);
                out.extend(step.numbers);
                i = step.resume.max(j);
            } else {
                i = j;
            }
        } else if b < 0x80 {
            i += 1;
        } else {
            i += ctx.char_at(i).map_or(1, char::len_utf8);
        }
    }
}

/// Whether a word (ASCII letters) may be a number word: a cheap filter on its length
/// and first letter before the lexicon lookup.
fn word_candidate(w: &[u8]) -> bool {
    static FILTER: std::sync::LazyLock<[u16; 26]> = std::sync::LazyLock::new(|| {
        let mut f = [0u16; 26];
        for line in include_str!("data/number_words.txt").lines().filter(|l| !l.starts_with('#')) {
            let word = line.split('\t').next().unwrap_or_default().as_bytes();
            if let (Some(&c), len @ 1..=15) = (word.first(), word.len()) {
                if c.is_ascii_lowercase() {
                    f[(c - b'a') as usize] |= 1 << len;
                }
            }
        }
        f
    });
    let len = w.len();
    if !(1..=15).contains(&len) {
        return false;
    }
    let c = w[0].to_ascii_lowercase();
    c.is_ascii_lowercase()
        && FILTER[(c - b'a') as usize] & (1 << len) != 0
        && lexicon::NUMBER_WORDS.has(std::str::from_utf8(w).unwrap_or(""))
}

/// Whether a digit or letter at `i` starts a token: not glued to a letter or digit before
/// it, nor to one through a joiner (`COVID-19`, `US10YT`, `1,2,3`).
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
fn key(n: &Number) -> String {
    let kind = n.kind.as_str();
    let what = match n.kind {
        Kind::Money => n.currency.clone(),
        Kind::Count => n.unit.as_deref().map(unit::lemma),
        _ => n.measure_unit.clone().or_else(|| n.unit.as_deref().map(unit::lemma)),
    };
    match what {
        Some(w) if !w.is_empty() => format!("{kind}:{w}"),
        _ => kind.to_owned(),
    }
}
