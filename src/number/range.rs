//! Qualifiers (`about`, `more than`, `or more`) and the words that join the two ends
//! of a range (`between X and Y`, `X to Y`, `X-Y`).

use super::claim::Tail;
use super::lexicon::{CHANGE_WORDS, COMPARE_WORDS, PERIODS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE};
use super::numeral::is_number_word;
use super::text::{Ctx, Tok, TokKind};
use super::unit::currency_before;
use super::{Kind, Qualifier};
use crate::span::Span;

/// A qualifier found next to a number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct QualifierHit {
    /// Where the cue words start and end.
    pub start: usize,
    pub end: usize,
    pub qualifier: Qualifier,
    /// `low_open`, `low_closed`, `high_open`, `high_closed` or `-`.
    pub bound: &'static str,
}

fn hit(start: usize, end: usize, cols: &[&'static str]) -> Option<QualifierHit> {
    Some(QualifierHit {
        start,
        end,
        qualifier: Qualifier::parse(cols.first()?)?,
        bound: cols.get(1).copied().unwrap_or("-"),
    })
}

/// Words before the first number of a range: `between`, `from`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RangeCue {
    pub start: usize,
    pub between: bool,
    pub from: bool,
    /// A change before `from` (`rose from X to Y`): two values, not a range.
    pub change: bool,
}

/// `between` or `from` right before a number, given the token before it, `before`.
#[inline(always)]
pub(crate) fn range_cue<'a>(ctx: &Ctx<'a>, before: Option<Tok<'a>>) -> Option<RangeCue> {
    let p = before.filter(|t| t.is_word())?;
    let w = ctx.s(p);
    let (between, from) = (w.eq_ignore_ascii_case("between"), w.eq_ignore_ascii_case("from"));
    if !between && !from {
        return None;
    }
    let change = from && ctx.word(ctx.before(p)).is_some_and(|w| CHANGE_WORDS.has(w));
    Some(RangeCue { start: p.start, between, from, change })
}

/// A change right before `lead` (`rose $2 to $64.50`, `fell by 5 to 10`): `X to Y` after
/// it gives two values.
pub(crate) fn change_before(ctx: &Ctx, lead: usize) -> bool {
    let mut p = ctx.prev(lead);
    if ctx.word(p).is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        p = p.and_then(|t| ctx.before(t));
    }
    ctx.word(p).is_some_and(|w| CHANGE_WORDS.has(w))
}

/// `by` right before `lead`: `by three mln tonnes to 26 mln tonnes` is a change and the
/// level it reached when the first number carries its own unit.
pub(crate) fn by_before(ctx: &Ctx, lead: usize) -> bool {
    ctx.word(ctx.prev(lead)).is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

/// What joins two numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Connector {
    /// `between X and Y`
    And,
    /// `X to Y`, `X through Y`
    To,
    /// `X or Y`
    Or,
    /// `X-Y`, `X–Y`, `X~Y`
    Dash,
    /// `X by Y`, `X x Y`: dimensions.
    Times,
    /// `X ± Y`, `X +/- Y`, `X plus or minus Y`: a value and its tolerance.
    PlusMinus,
}

impl Connector {
    /// The connector after `pos` and the token where the second number starts.
    #[inline(always)]
    pub(crate) fn after<'a>(ctx: &Ctx<'a>, pos: usize, cue: Option<&RangeCue>) -> Option<(Connector, Tok<'a>)> {
        let c = ctx.next(pos)?;
        let s = ctx.s(c);
        if let Some(hit) = suspended_hyphen(ctx, pos, c) {
            return Some(hit);
        }
        let mut lower = [0u8; 8];
        let conn = match c.kind {
            TokKind::Word => match fold8(s, &mut lower) {
                b"and" if cue.is_some_and(|c| c.between) => Connector::And,
                b"to" | b"through" | b"thru" => Connector::To,
                b"or" => Connector::Or,
                b"by" | b"x" => Connector::Times,
                b"plus" => return plus_minus(ctx, c),
                _ => return None,
            },
            TokKind::Punct => match s {
                "±" | "+" => return plus_minus(ctx, c),
                "-" | "–" | "—" | "‑" | "~" => {
                    // glued on both sides (`20~100` too), or an en dash or a hyphen between
                    // spaces (`40 - 50 years`)
                    let spaced_ok = matches!(s, "–" | "-") && c.start > pos;
                    if !(c.start == pos || spaced_ok) {
                        return None;
                    }
                    Connector::Dash
                }
                "×" => Connector::Times,
                _ => return None,
            },
            TokKind::Digits => return None,
        };
        let n = ctx.next(c.end)?;
        if conn == Connector::Dash && n.start != c.end && !(matches!(s, "–" | "-") && c.start > pos) {
            return None;
        }
        // A hyphen between spaces joins two plain numbers, one space either side (not a
        // table's `7  - 212.28`, `1 - 500-600 lbs`, `1/10 - 25-1/2`).
        if s == "-" && c.start > pos {
            let glued = |i: usize| matches!(ctx.byte(i), Some(b'-' | b'/'));
            let plain = c.start == pos + 1 && n.start == c.end + 1 && n.is_digits();
            let fraction_before = ctx.slice(0, pos).rsplit(' ').next().is_some_and(|w| w.contains('/'));
            if !plain || glued(n.end) || fraction_before {
                return None;
            }
        }
        let ok = match n.kind {
            TokKind::Digits => true,
            TokKind::Word => {
                conn != Connector::Times && conn != Connector::Dash && is_number_word(ctx.s(n))
                    || ctx.next(n.end).is_some_and(|d| d.is_digits() && currency_before(ctx, d.start).is_some())
            }
            TokKind::Punct => {
                ctx.next(n.end).is_some_and(|d| d.is_digits() && currency_before(ctx, d.start).is_some())
                    || signed_end(ctx, conn, n)
            }
        };
        if conn == Connector::Times && !ctx.next(c.end).is_some_and(|d| d.is_digits()) {
            return None;
        }
        ok.then_some((conn, n))
    }
}

/// `± 2`, `+/- 2`, `plus or minus 2` at token `c`: the tolerance's first token.
#[inline(never)]
fn plus_minus<'a>(ctx: &Ctx<'a>, c: Tok<'a>) -> Option<(Connector, Tok<'a>)> {
    let end = match ctx.s(c) {
        "±" => c.end,
        "+" => {
            let slash = ctx.glued_after(c).filter(|t| ctx.is(*t, "/"))?;
            ctx.glued_after(slash).filter(|t| ctx.is_any(*t, &["-", "−"]))?.end
        }
        _ => {
            let or = ctx.after(c).filter(|t| ctx.s(*t).eq_ignore_ascii_case("or"))?;
            ctx.after(or).filter(|t| ctx.s(*t).eq_ignore_ascii_case("minus"))?.end
        }
    };
    let n = ctx.next(end).filter(|n| n.is_digits())?;
    Some((Connector::PlusMinus, n))
}

/// `between -20 and -15`, `-5 to -2`: a minus glued to the second numeral of a range.
fn signed_end<'a>(ctx: &Ctx<'a>, conn: Connector, minus: Tok<'a>) -> bool {
    matches!(conn, Connector::And | Connector::To)
        && ctx.is_any(minus, &["-", "−"])
        && ctx.glued_after(minus).is_some_and(|d| d.is_digits())
}

/// `10- to 15-year`, `8- or 9-inch`: a hyphen glued to the first number leaves its unit
/// to the second, which must carry one glued by a hyphen.
///
/// Most numbers are followed by no hyphen: that is seen where it is asked, before any call.
#[inline(always)]
fn suspended_hyphen<'a>(ctx: &Ctx<'a>, pos: usize, c: Tok<'a>) -> Option<(Connector, Tok<'a>)> {
    if c.start != pos || !ctx.is_any(c, &["-", "‑"]) {
        return None;
    }
    suspended_hyphen_after(ctx, c)
}

/// [`suspended_hyphen`] after a hyphen `c` glued to a number, out of line.
#[inline(never)]
fn suspended_hyphen_after<'a>(ctx: &Ctx<'a>, c: Tok<'a>) -> Option<(Connector, Tok<'a>)> {
    let w = ctx.next(c.end).filter(|w| w.start > c.end && w.is_word())?;
    let conn = match fold8(ctx.s(w), &mut [0u8; 8]) {
        b"to" | b"through" => Connector::To,
        b"or" => Connector::Or,
        _ => return None,
    };
    let n = ctx.after(w)?;
    let joined = ctx.next(n.end).is_some_and(|h| h.start == n.end && ctx.is_any(h, &["-", "‑"]));
    let numeral = n.is_digits() || n.is_word() && is_number_word(ctx.s(n));
    (numeral && joined).then_some((conn, n))
}

/// The bytes of `s` in ASCII lower case when it fits in `buf` (8 bytes), else `b""` (no
/// connector or cue word is longer); no allocation, no UTF-8 check. Copied and folded a
/// byte at a time: a copy of a few bytes of unknown length is a call to `memcpy`.
pub(crate) fn fold8<'b>(s: &str, buf: &'b mut [u8; 8]) -> &'b [u8] {
    let Some(b) = buf.get_mut(..s.len()) else { return b"" };
    for (to, from) in b.iter_mut().zip(s.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    b
}

/// Up to `most` words (five at most) right before `pos`, nearest first.
#[inline(always)]
fn words_before<'a>(ctx: &Ctx<'a>, pos: usize, most: usize) -> ([Option<Tok<'a>>; 5], usize) {
    let mut out = [None; 5];
    let mut p = pos;
    let mut n = 0;
    while n < most.min(5) {
        match ctx.prev(p) {
            Some(t) if t.is_word() => {
                out[n] = Some(t);
                n += 1;
                p = t.start;
            }
            _ => break,
        }
    }
    (out, n)
}

/// A qualifier right before `lead` (`about`, `more than`, `at least`, `~`). `over` before a
/// stretch of time (`over three days`, `over two spells`) is when, not how many, unless
/// a preposition comes before it (`for over 30 years`). `before` is the token before
/// `lead`, which the caller has read.
#[inline(always)]
pub(crate) fn pre_qualifier<'a>(
    ctx: &Ctx<'a>,
    lead: usize,
    before: Option<Tok<'a>>,
    tail: &Tail,
) -> Option<QualifierHit> {
    if let Some(p) = before.filter(|p| p.kind == TokKind::Punct) {
        return sign_qualifier(ctx, p);
    }
    // Every qualifier ends with the word right before the number: most words end none,
    // and then the words before them need not be read; nor those before the longest
    // qualifier it may end (`about`: none, `to` in `up to`: one).
    let longest = match before {
        Some(w) if w.is_word() => QUALIFIERS_BEFORE.most_words_ending(ctx.s(w)),
        _ => 0,
    };
    if longest == 0 {
        return None;
    }
    let (words, n) = words_before(ctx, lead, longest);
    for k in (1..=n.min(QUALIFIERS_BEFORE.most_words())).rev() {
        let (first, last) = (words[k - 1]?, words[0]?);
        // Most phrases of several words start no key: turned away before they are joined.
        if k > 1 && !QUALIFIERS_BEFORE.may_start_with(ctx.s(first)) {
            continue;
        }
        let mut parts = [""; 5];
        for (slot, w) in parts.iter_mut().zip(words[..k].iter().rev().flatten()) {
            *slot = ctx.s(*w);
        }
        let Some(cols) = QUALIFIERS_BEFORE.get_joined(&parts[..k], " ", true) else { continue };
        // `adds up to 185,000` is a sum, and `edged up to 5.1%` a change: no bound.
        if k == 2 && parts[0].eq_ignore_ascii_case("up") {
            let before = ctx.word(ctx.prev(first.start)).map(str::to_ascii_lowercase);
            if before.as_deref().is_some_and(|w| w.starts_with("add") || CHANGE_WORDS.has(w)) {
                return None;
            }
        }
        if k == 1 && parts[0].eq_ignore_ascii_case("over") && is_period(tail) {
            // The word before, read here when no longer qualifier ends with `over`.
            let before = ctx.word(ctx.prev(first.start)).map(str::to_ascii_lowercase);
            let prep = matches!(
                before.as_deref(),
                Some(
                    "for"
                        | "of"
                        | "in"
                        | "after"
                        | "than"
                        | "from"
                        | "at"
                        | "by"
                        | "to"
                        | "just"
                        | "well"
                        | "with"
                        | "since"
                )
            );
            // `over thirty years old`, `patients over 65 years`: an age, not a stretch of time
            // (but `1.2 million people over three months`).
            let years = tail.unit.is_some_and(|u| u.get(..4).is_some_and(|y| y.eq_ignore_ascii_case("year")));
            let age = tail.age
                || ctx.word(ctx.next(tail.end)).is_some_and(|w| w.eq_ignore_ascii_case("old"))
                || years && before.as_deref().is_some_and(|w| super::lexicon::AGE_GROUPS.has(w));
            if !prep && !age {
                return None;
            }
        }
        return hit(first.start, last.end, cols);
    }
    None
}

/// A sign right before the number, `sign`: `~5`, `>10`, `≤ 3`, `>= 30`, `< = 100`. Signs
/// in an arrow (`->`, `=>`, `<<`) bound nothing.
fn sign_qualifier(ctx: &Ctx, sign: Tok) -> Option<QualifierHit> {
    let (first, key) = match ctx.s(sign) {
        "=" => {
            let before = ctx.prev(sign.start).filter(|b| sign.start - b.end <= 1)?;
            match ctx.s(before) {
                "<" => (before, "<="),
                ">" => (before, ">="),
                _ => return None,
            }
        }
        s @ ("~" | "<" | ">" | "≤" | "≥") => (sign, s),
        _ => return None,
    };
    if key != "~" && (matches!(ctx.char_before(first.start), Some('-' | '=' | '<' | '>')) || in_brackets(ctx, first)) {
        return None;
    }
    hit(first.start, sign.end, QUALIFIERS_BEFORE.get(key)?)
}

/// Whether `<` or `>` at `sign` is an angle bracket (`<BA> 767`, `<0#10>`): a `>` after an
/// unclosed `<` before it on its line, or a `<` closed before the next space. Looked for
/// within 64 bytes.
fn in_brackets(ctx: &Ctx, sign: Tok) -> bool {
    const NEAR: usize = 64;
    let bytes = ctx.bytes();
    if ctx.is(sign, ">") {
        let line = &bytes[sign.start.saturating_sub(NEAR)..sign.start];
        let open = line.iter().rposition(|&b| matches!(b, b'<' | b'>' | b'\n'));
        return open.is_some_and(|i| line[i] == b'<');
    }
    if ctx.is(sign, "<") {
        let rest = &bytes[sign.end..bytes.len().min(sign.end + NEAR)];
        return rest.iter().take_while(|b| !b.is_ascii_whitespace()).any(|&b| b == b'>');
    }
    false
}

fn is_period(tail: &Tail) -> bool {
    tail.kind == Some(Kind::Duration) || tail.unit.is_some_and(|u| PERIODS.has(u))
}

/// A qualifier right after `pos`: `or more`, `or above`, `and up`, `plus`, `+`, `-plus`.
#[inline(always)]
pub(crate) fn post_qualifier(ctx: &Ctx, pos: usize) -> Option<QualifierHit> {
    let t = ctx.next(pos)?;
    if t.kind == TokKind::Punct {
        let s = ctx.s(t);
        // `18+`, but not `5+/-1`
        if t.start == pos && s == "+" && !ctx.glued_after(t).is_some_and(|x| ctx.is(x, "/")) {
            return hit(t.start, t.end, QUALIFIERS_AFTER.get("+")?);
        }
        if t.start == pos && s == "-" {
            let w = ctx.glued_after(t).filter(|w| w.is_word() && ctx.s(*w).eq_ignore_ascii_case("plus"))?;
            return hit(t.start, w.end, QUALIFIERS_AFTER.get("plus")?);
        }
        return None;
    }
    if !t.is_word() {
        return None;
    }
    // Most words start no qualifier of two words: the word after them is not read.
    if QUALIFIERS_AFTER.may_start_with(ctx.s(t)) {
        if let Some(n) = ctx.after(t).filter(|n| n.is_word()) {
            if let Some(cols) = QUALIFIERS_AFTER.get_joined(&[ctx.s(t), ctx.s(n)], " ", true) {
                // `500 and more in stock`, but not `three goals and more importantly`.
                let comparative = ctx.is_any(t, &["and", "And"]) && ctx.is_any(n, &["more", "less", "fewer"]);
                let word_after = ctx.word(ctx.after(n)).filter(|w| !super::lexicon::STOPWORDS.has(w));
                if !(comparative && word_after.is_some()) {
                    return hit(t.start, n.end, cols);
                }
            }
        }
    }
    // `30 plus years`, but not `€1.2m plus bonuses`: a lone `plus` needs a unit after it.
    if ctx.s(t).eq_ignore_ascii_case("plus") && !ctx.word(ctx.after(t)).is_some_and(|w| super::lexicon::UNITS.has(w)) {
        return None;
    }
    hit(t.start, t.end, QUALIFIERS_AFTER.get_folded(ctx.s(t))?)
}

/// A bare number compared with the claim before it takes that claim's noun and kind:
/// `1,250 officers, down from 1,430`, `seven arrests, compared with 31 last year`, `230
/// votes against 190`, `1,600 cts vs 1,450`. `claims[first..]` are one sentence's claims,
/// in order.
pub(crate) fn share_counted(ctx: &Ctx, claims: &mut [super::Number], first: usize) {
    for i in first + 1..claims.len() {
        let (before, rest) = claims.split_at_mut(i);
        let (a, b) = (&before[i - 1], &mut rest[0]);
        if b.unit.is_some() || b.kind != Kind::Count || a.unit.is_none() {
            continue;
        }
        let gap = ctx.slice(a.span.end, b.span.start).trim();
        let gap = gap.strip_prefix(',').unwrap_or(gap).trim_start();
        if COMPARE_WORDS.get_folded(gap).is_some() {
            b.unit.clone_from(&a.unit);
            b.counted.clone_from(&a.counted);
            b.kind = a.kind;
            b.currency.clone_from(&a.currency);
            b.measure_unit.clone_from(&a.measure_unit);
        }
    }
}

/// Bounds on both sides joined by `and` or `but` make one range: `more than 100 and less
/// than 300 days`, `at most 100 and at least 20`, `over 50 but under 65`. Each end keeps
/// whether it is included; the unit of either end serves both when the other has none.
/// `claims[first..]` are one sentence's claims, in order; a pair is joined in place.
pub(crate) fn join_bounds(ctx: &Ctx, claims: &mut Vec<super::Number>, first: usize) {
    // Most sentences have no two bounds in a row: their claims are not moved.
    let bound = |n: &super::Number| matches!(n.qualifier, Some(Qualifier::MoreThan | Qualifier::LessThan));
    let Some(start) = claims[first..].windows(2).position(|w| bound(&w[0]) && bound(&w[1])) else { return };
    let (mut kept, mut next) = (first + start, first + start);
    while next < claims.len() {
        let joined = claims.get(next + 1).and_then(|b| joined_bounds(ctx, &claims[next], b));
        let step = if joined.is_some() { 2 } else { 1 };
        match joined {
            Some(range) => claims[kept] = range,
            None if kept != next => claims.swap(kept, next),
            None => {}
        }
        kept += 1;
        next += step;
    }
    claims.truncate(kept);
}

/// The range of bounds `a` and `b` (in text order), if they face each other across
/// nothing but `and` or `but` (after a comma or not), and measure the same thing.
fn joined_bounds(ctx: &Ctx, a: &super::Number, b: &super::Number) -> Option<super::Number> {
    let (lower, upper) = match (a.qualifier?, b.qualifier?) {
        (Qualifier::MoreThan, Qualifier::LessThan) => (a, b),
        (Qualifier::LessThan, Qualifier::MoreThan) => (b, a),
        _ => return None,
    };
    let (low, high) = (lower.value?, upper.value?);
    let (Some(low_inclusive), Some(high_inclusive)) = (lower.low_inclusive, upper.high_inclusive) else {
        return None;
    };
    if low >= high || a.numerals.len() != 1 || b.numerals.len() != 1 {
        return None;
    }
    let gap = ctx.slice(a.span.end, b.span.start).trim();
    let word = gap.strip_prefix(',').unwrap_or(gap).trim_start();
    if !(word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("but")) {
        return None;
    }
    // The end that says what is measured gives it to both.
    let says = |n: &super::Number| n.unit.is_some() || n.kind != Kind::Count;
    let same = match (says(a), says(b)) {
        (true, true) => {
            a.kind == b.kind
                && a.currency == b.currency
                && same_noun(a.counted.as_deref(), b.counted.as_deref())
                && match (&a.measure_unit, &b.measure_unit) {
                    (Some(x), Some(y)) => x == y,
                    _ => same_noun(a.unit.as_deref(), b.unit.as_deref()),
                }
        }
        _ => true,
    };
    if !same {
        return None;
    }
    let mut range = if says(b) { b.clone() } else { a.clone() };
    range.span = Span::new(a.span.start, b.span.end);
    range.text = ctx.slice(a.span.start, b.span.end).to_owned();
    range.numerals = super::Numerals::two(lower.numerals[0], upper.numerals[0]);
    (range.value, range.low, range.high) = (None, Some(low), Some(high));
    (range.low_inclusive, range.high_inclusive) = (Some(low_inclusive), Some(high_inclusive));
    (range.qualifier, range.qualifier_text) = (None, None);
    Some(range)
}

/// Whether two nouns (or their absence) are the same, but for case and a plural `s`
/// (`day` and `Days`).
fn same_noun(a: Option<&str>, b: Option<&str>) -> bool {
    fn stem(w: &str) -> &str {
        w.strip_suffix(['s', 'S']).unwrap_or(w)
    }
    match (a, b) {
        (Some(a), Some(b)) => stem(a).eq_ignore_ascii_case(stem(b)),
        (a, b) => a.is_none() && b.is_none(),
    }
}
