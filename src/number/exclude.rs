//! What looks like a number but states no quantity: dates and years, clock times,
//! identifiers and names, page furniture, instrument names.

use super::lexicon::{
    CLOCK_WORDS, FURNITURE, ID_WORDS, INSTRUMENTS, MONTHS, MULTIPLIERS, QUALIFIERS_BEFORE, STOPWORDS, UNITS, WEEKDAYS,
    YEAR_WORDS,
};
use super::numeral::{is_number_word, Numeral};
use super::text::{is_capitalized, Ctx, Tok, TokKind};
use super::unit::{currency_word_at, looks_plural};

/// A month name (or abbreviation) as written: `May` but not `may`.
fn is_month(ctx: &Ctx, t: Option<Tok>) -> bool {
    ctx.word(t).is_some_and(|w| MONTHS.has_exact(w))
}

/// The word before `pos`, stepping over an abbreviation's period (`Jan. 22`).
fn word_before(ctx: &Ctx, pos: usize) -> Option<Tok> {
    let p = ctx.prev(pos)?;
    if p.kind == TokKind::Punct && ctx.s(p) == "." {
        return ctx.glued_before(p).filter(|w| w.is_word());
    }
    p.is_word().then_some(p)
}

/// A day of the month next to a month name: `February 29`, `Jan. 22`, `19 November`,
/// `Wednesday 20`.
pub(crate) fn is_day_of_month(ctx: &Ctx, n: &Numeral) -> bool {
    if !n.digits || n.plain_len == 0 || n.plain_len > 2 || !(1.0..=31.0).contains(&n.value) {
        return false;
    }
    let before = word_before(ctx, n.start);
    if is_month(ctx, before) || ctx.word(before).is_some_and(|w| WEEKDAYS.has_exact(w)) {
        return true;
    }
    let after = ctx.next(n.end);
    is_month(ctx, after)
}

/// A four-digit year: `2019`, `the 2020 deal`, `May 2021`; not `1500 people`.
pub(crate) fn is_year(ctx: &Ctx, n: &Numeral) -> bool {
    if n.plain_len != 4 || n.multiplier.is_some() || !(1000.0..=2100.0).contains(&n.value) {
        return false;
    }
    let Some(next) = ctx.next(n.end) else { return true };
    if next.start == n.end && ctx.s(next) == "%" {
        return false;
    }
    let counted = next.is_word() && {
        let w = ctx.s(next);
        !is_capitalized(w) && (looks_plural(w) || UNITS.has(w)) || currency_word_at(ctx, next).is_some()
    };
    let year_word = ctx.word(ctx.prev(n.start)).is_some_and(|w| YEAR_WORDS.has(w));
    !counted || year_word || is_month(ctx, word_before(ctx, n.start))
}

/// A clock time after the number: `5:52`, `4 p.m.`, `11:42 GMT`.
pub(crate) fn is_clock(ctx: &Ctx, n: &Numeral) -> bool {
    if !n.digits {
        return false;
    }
    let bytes = ctx.bytes();
    if ctx.byte(n.end) == Some(b':') && ctx.byte(n.end + 1).is_some_and(|b| b.is_ascii_digit()) {
        return true;
    }
    // `4 p.m.`, `4pm`, `4 a.m.`
    let mut i = n.end;
    if ctx.byte(i) == Some(b' ') {
        i += 1;
    }
    if i + 4 <= ctx.hi && i + 4 <= bytes.len() {
        let s = &bytes[i..i + 4];
        if s.eq_ignore_ascii_case(b"a.m.") || s.eq_ignore_ascii_case(b"p.m.") {
            return true;
        }
    }
    let Some(next) = ctx.next(n.end) else { return false };
    next.is_word() && n.plain_len > 0 && n.value <= 2400.0 && CLOCK_WORDS.has(ctx.s(next)) && ctx.s(next) != "Et"
}

/// A name or identifier before the number: `Resolution 2513`, `No. 5`, `#3`,
/// `Apollo 11`, `S&P 500`, `Formula One`.
pub(crate) fn is_identifier(ctx: &Ctx, n: &Numeral, first: Tok) -> bool {
    if !n.digits {
        // A capitalised number word inside a sentence is a name (`Formula One`, `Big Ten`).
        let w = ctx.s(first);
        return is_capitalized(w) && !ctx.starts_clause(first) && !all_caps_line(ctx, first);
    }
    let Some(p) = ctx.prev(n.start) else { return false };
    if p.kind == TokKind::Punct {
        let s = ctx.s(p);
        if s == "#" || s == "№" {
            return true;
        }
        if s == "." {
            return word_before(ctx, n.start)
                .is_some_and(|w| ID_WORDS.get_joined(&[ctx.s(w), "."], "", true).is_some() || ID_WORDS.has(ctx.s(w)));
        }
        // `’90s`, `'19`
        if (s == "’" || s == "'") && p.end == n.start {
            return true;
        }
        // `S&P 500`
        if s == "&" {
            return true;
        }
        return false;
    }
    if !p.is_word() {
        return false;
    }
    let w = ctx.s(p);
    if ID_WORDS.has(w) {
        return true;
    }
    // `Apollo 11`, `iPhone 11`
    let named = w.chars().any(char::is_uppercase);
    if !named || ctx.starts_clause(p) || MONTHS.has_exact(w) || WEEKDAYS.has_exact(w) {
        return false;
    }
    if STOPWORDS.has(w) || QUALIFIERS_BEFORE.has(w) || w == "I" || all_caps_line(ctx, p) {
        return false;
    }
    // Still a quantity when a unit, percent or multiplier follows: `Ghana 5%` is rare,
    // but `Lakers 109` and `Apollo 11` are names.
    match ctx.next(n.end) {
        Some(t) if t.start == n.end && ctx.s(t) == "%" => false,
        Some(t) if t.is_word() && (UNITS.has(ctx.s(t)) || MULTIPLIERS.has(ctx.s(t))) => false,
        _ => true,
    }
}

/// Whether the words around `t` are all capitals (a headline in capitals).
fn all_caps_line(ctx: &Ctx, t: Tok) -> bool {
    let w = ctx.s(t);
    let next = ctx.word(ctx.after(t));
    super::text::is_all_caps(w) && next.is_some_and(super::text::is_all_caps) && !is_number_word(w)
}

/// Page furniture: `3 Comment`, `12 Shares`, `1500 / 1500`.
pub(crate) fn is_furniture(ctx: &Ctx, n: &Numeral) -> Option<usize> {
    let next = ctx.next(n.end)?;
    if next.is_word() && FURNITURE.has_exact(ctx.s(next)) {
        return Some(next.end);
    }
    if n.digits && next.kind == TokKind::Punct && ctx.s(next) == "/" && next.start > n.end {
        let d = ctx.next(next.end).filter(|d| d.is_digits() && d.start > next.end)?;
        return Some(d.end);
    }
    None
}

/// An instrument named by its term: `10-year notes`, `three-month aluminum`.
pub(crate) fn is_instrument(ctx: &Ctx, end: usize) -> bool {
    ctx.word(ctx.next(end)).is_some_and(|w| INSTRUMENTS.has(w))
}
