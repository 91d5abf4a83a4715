//! One numeric claim around a numeral: exclusions, range, unit, counted noun, qualifier.
//!
//! The rules are small and every numeral runs most of them: they are marked
//! `#[inline(always)]` (here and in the modules they come from), since a call's saving
//! and restoring of registers costs about as much as a rule that turns a number away.

use super::exclude::{
    in_web_address, is_clock, is_day_of_month, is_furniture, is_identifier, is_instrument, is_unit_power, is_year,
};
use super::lexicon::{AGE_WORDS, CURRENCY_WORDS, DETERMINERS, NUMBER_WORDS, RATE_NOUNS, STOPWORDS, UNITS};
use super::numeral::{
    class_of, multiplier, read_digits, read_words, read_words_known, run_end, scaled, trailing_scale, Digits, Numeral,
};
use super::range::{post_qualifier, pre_qualifier, range_cue, Connector, QualifierHit};
use super::text::{is_capitalized, Ctx, Tok, TokKind};
use super::unit::{compound_word, currency_before, currency_word_at, looks_plural, noun_phrase, unit_at};
use super::{Kind, Number, Numerals, Qualifier};
use crate::span::Span;
use std::borrow::Cow;

/// The unit side of a number.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Tail<'a> {
    /// End of the unit words (the numeral's end when there are none).
    pub end: usize,
    pub kind: Option<Kind>,
    pub unit: Option<&'a str>,
    pub counted: Option<&'a str>,
    pub currency: Option<&'static str>,
    pub measure: Option<Cow<'static, str>>,
    /// A unit glued or right after the numeral (`5%`, `10 percent`, `5 km`, `48-year-old`).
    pub own: bool,
    /// An age (`48-year-old`).
    pub age: bool,
}

impl Tail<'_> {
    fn none(end: usize) -> Self {
        Tail { end, ..Tail::default() }
    }
}

/// A currency before a numeral: start, ISO code, unit noun.
type Sign = (usize, &'static str, &'static str);

/// The claims whose numeral starts at `pos` (a digit, or a number word), pushed to `out`;
/// returns where scanning resumes.
pub(crate) fn claim_at(ctx: &Ctx, pos: usize, depth: u8, out: &mut Vec<Number>) -> usize {
    let skip = |end: usize| end.max(pos + 1);
    // Digits, where most claims start, are read where they are: no token is cut for them
    // (the numeral's reader finds their end). The first numeral is changed in place from
    // here on, not rebound (each binding of it would be a copy).
    let mut n1 = if ctx.byte(pos).is_some_and(|b| b.is_ascii_digit()) {
        match read_digits(ctx, pos) {
            Digits::Num(n) => n,
            Digits::Skip(e) => return skip(e),
        }
    } else {
        let Some(first) = ctx.next(pos) else { return skip(pos + 1) };
        match numeral_at(ctx, first) {
            Some(Digits::Num(n)) => n,
            Some(Digits::Skip(e)) => return skip(e),
            None => return skip(if first.is_digits() { run_end(ctx, pos) } else { first.end }),
        }
    };
    // `.265`, `a .45 caliber`: a decimal point with no whole part.
    if ctx.char_before(n1.start) == Some('.')
        && n1.plain_len > 0
        && ctx.char_before(n1.start - 1).map_or(true, |c| c.is_whitespace() || c == '(')
    {
        n1.start -= 1;
        n1.value /= 10f64.powi(n1.plain_len as i32);
        n1.plain_len = 0;
        n1.fractional = true;
    }
    let sign1 = if n1.digits { currency_before(ctx, n1.start) } else { None };
    let glued_m = glued_m_is_million(ctx, &n1, sign1.is_some());
    multiplier(ctx, &mut n1, glued_m, sign1.is_some());
    if sign1.is_none() && depth < 3 {
        if let Some(resume) = ratio(ctx, &n1, depth, out) {
            return resume;
        }
    }
    if let Some(fraction) = over_fraction(ctx, n1) {
        n1 = fraction;
    }
    // `an hour and a half`: the unit stands between the whole and the fraction.
    let unit_between = if n1.fraction_word { unit_and_fraction(ctx, &mut n1) } else { None };
    if (n1.lone_one || n1.fraction_word || n1.couple) && !may_count(ctx, &n1) {
        return skip(n1.end);
    }
    // Exclusions that need only the numeral and its neighbours.
    if n1.digits {
        if is_unit_power(ctx, n1.start) {
            return skip(n1.end);
        }
        if is_clock(ctx, &n1) {
            return skip(clock_end(ctx, n1.end));
        }
        if is_day_of_month(ctx, &n1) {
            return skip(n1.end);
        }
        if sign1.is_none() && is_year(ctx, &n1) {
            return skip(run_end(ctx, n1.start));
        }
        if let Some(end) = dash_score_or_date(ctx, &n1) {
            return skip(end);
        }
        if let Some(end) = super::exclude::phone_number(ctx, &n1) {
            return skip(end);
        }
        // `[3]`: a reference mark; `0590854959`, `007`: a phone number or a code.
        let bracketed = ctx.prev(n1.start).is_some_and(|p| p.end == n1.start && ctx.is(p, "["))
            && ctx.next(n1.end).is_some_and(|t| t.start == n1.end && ctx.is(t, "]"));
        // Ten digits or more with no separator: an id or a timestamp (`tweet_id="6721..."`),
        // unless given on its own, as far as a float holds every digit.
        let long = n1.plain_len >= 10 && (n1.plain_len > 15 || !alone_in_sentence(ctx, n1.start, n1.end));
        if bracketed || n1.plain_len >= 2 && ctx.byte(n1.start) == Some(b'0') || long {
            return skip(n1.end);
        }
        if is_list_marker(ctx, &n1) {
            return skip(n1.end);
        }
    }
    if n1.digits && in_web_address(ctx, n1.start) {
        return skip(run_end(ctx, n1.start));
    }
    if sign1.is_none() && is_identifier(ctx, &n1, pos) {
        let end = if n1.digits { run_end(ctx, n1.start) } else { n1.end };
        // `Page 1 of 3`: the size of the series, in plain digits, goes with the id.
        let of = ctx.next(end).filter(|t| n1.digits && ctx.is(*t, "of"));
        let total = of.and_then(|o| ctx.after(o)).filter(|d| d.is_digits() && run_end(ctx, d.start) == d.end);
        return skip(total.map_or(end, |d| d.end));
    }
    if let Some(end) = is_furniture(ctx, &n1) {
        return skip(end);
    }
    // The first numeral's unit side, and the claim's unless a second numeral's replaces
    // it below: one variable throughout, so that it is not copied from one to another.
    let Ok(mut tail) = unit_tail(ctx, &n1, sign1) else {
        return skip(if n1.digits { run_end(ctx, n1.start) } else { n1.end });
    };
    if let Some((unit, kind, measure)) = unit_between {
        (tail.unit, tail.kind, tail.measure, tail.own) = (Some(unit), Some(kind), Some(Cow::Borrowed(measure)), true);
    } else if let Some(inches) = inches_after_feet(ctx, &n1, &tail, out) {
        (tail.unit, tail.kind, tail.measure, tail.own) =
            (Some(ctx.s(inches)), Some(Kind::Measure), Some("in".into()), true);
        tail.end = inches.end;
    }
    let mut lead = sign1.map_or(n1.start, |s| s.0);
    // The token before the number, read once for the rules that look there (and again
    // when a sign before the number moves its start).
    let mut before = ctx.prev(lead);
    // `$-99.99`: the minus after the sign.
    let minus_after_sign = sign1.is_some() && ctx.byte(n1.start.wrapping_sub(1)) == Some(b'-');
    let negative = sign_before(ctx, lead, before)
        .or_else(|| negative_before(ctx, lead, before, &tail))
        .or_else(|| minus_after_sign.then_some(0));
    if let Some(len) = negative.filter(|&len| len > 0) {
        lead -= len;
        before = ctx.prev(lead);
    } else if negative.is_none()
        && ctx.char_before(lead) == Some('+')
        && ctx.char_before(lead - 1).map_or(true, |b| b.is_whitespace() || b == '(')
    {
        lead -= 1; // `+5 points`
        before = ctx.prev(lead);
    }

    // A range or a pair (`between 400 and 600`, `$40-50 billion`, `10 by 20 feet`).
    let after1 = if tail.own { tail.end } else { n1.end };
    let post1 = post_qualifier(ctx, after1);
    // `30-plus years`, `18+ voters`: the unit comes after the glued qualifier.
    if let Some(p) = post1.as_ref().filter(|p| p.start == n1.end && tail.kind.is_none()) {
        if let Ok(t) = unit_tail(ctx, &Numeral { end: p.end, ..n1 }, sign1) {
            tail = t;
        }
        tail.end = tail.end.max(p.end);
    }
    let cue = range_cue(ctx, before);
    let mut second: Option<(Numeral, Tail, Connector)> = None;
    if post1.is_none() {
        if let Some((conn, n2_tok)) = Connector::after(ctx, after1, cue.as_ref()) {
            if let Some((n2, sign2)) = numeral_after(ctx, n2_tok, sign1) {
                if conn == Connector::Times {
                    if depth < 3 {
                        return dimensions(ctx, n1, lead, n2_tok, depth, out);
                    }
                } else if let Ok(tail2) = unit_tail(ctx, &n2, sign1.or(sign2)) {
                    let mut n1v = n1.value;
                    if n1.multiplier.is_none() && !tail.own {
                        let m = n2.multiplier.or_else(|| trailing_scale(ctx, &n2)).unwrap_or(1.0);
                        if n1v * m < n2.value {
                            n1v = scaled(n1v, ctx.slice(n1.start, n1.end), m);
                        }
                    }
                    // `by 1 percentage point to 19 pct`: a change and a level, in two units.
                    let points_to_level =
                        tail.kind == Some(Kind::Percent) && tail2.own && tail.measure != tail2.measure;
                    let same_kind = !tail.own || tail.kind == tail2.kind && !points_to_level;
                    let change = cue.as_ref().is_some_and(|c| c.from && (c.change || tail.own))
                        || cue.is_none() && super::range::change_before(ctx, lead)
                        || tail.own && super::range::by_before(ctx, lead);
                    let low1 = if negative.is_some() { -n1v } else { n1v };
                    // `2.5 ± 0.1`: a tolerance smaller than the value.
                    let ordered = if conn == Connector::PlusMinus { n2.value < n1v } else { low1 < n2.value };
                    let ok_conn = match conn {
                        Connector::And => cue.as_ref().is_some_and(|c| c.between),
                        Connector::To => !change,
                        Connector::Or => !tail.own && !n1.lone_one || n1.lone_one && n2.value == 2.0,
                        Connector::Dash => true,
                        Connector::Times => false,
                        Connector::PlusMinus => true,
                    };
                    if same_kind && ordered && ok_conn {
                        n1.value = n1v;
                        second = Some((n2, tail2, conn));
                    }
                }
            }
        }
    }

    // Whether there is a second numeral, and whether its unit was its own.
    let is_range = second.is_some();
    let second_own = second.as_ref().map(|s| s.1.own);
    let tolerance = second.as_ref().is_some_and(|s| s.2 == Connector::PlusMinus);
    // The last numeral: the second of a range. The first numeral's tail is kept unless
    // the second's replaces it (a match making a new pair would copy both).
    let mut last = n1;
    if let Some((n2, t2, _)) = second {
        last = n2;
        if t2.kind.is_some() || !tail.own {
            tail = t2;
        }
    }
    // The counted noun when no unit was written.
    let mut end = tail.end.max(last.end);
    // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`: the cents join the amount.
    let mut cents = 0.0;
    if !is_range && sign1.is_none() && tail.own && tail.kind == Some(Kind::Money) {
        if let Some((c, cents_end)) = cents_after(ctx, &tail, end) {
            cents = c;
            end = cents_end;
        }
    }
    let fraction = n1.fraction_word;
    if tail.kind.is_none() && sign1.is_none() && !fraction {
        // `1/2 cup`, `0.5 mile` and `one team` are singular; `1.5 hours`, `2 teams` plural.
        let plural = is_range || last.value > 1.0 || last.multiplier.is_some();
        // A decimal below one counts nothing but a unit (`a .348 batting average`).
        let counts = plural || last.value == 1.0 || !last.digits;
        // `12,000 or so jobs`, `three or more children`: the noun after the qualifier.
        let after_qualifier = || {
            let p = post1.as_ref().filter(|p| p.start >= end && ctx.only_space(end, p.start))?;
            counted_after(ctx, p.end, true)
        };
        let found = counted_after(ctx, end, plural).filter(|_| counts).or_else(|| after_qualifier().filter(|_| counts));
        if let Some((counted_end, unit, counted)) = found {
            end = counted_end;
            // `a couple of weeks`, `six straight months`: the noun is a unit.
            if let Some(cols) = UNITS.get_folded(unit) {
                match cols.get(1).copied() {
                    Some("duration") => tail.kind = Some(Kind::Duration),
                    Some("measure") => tail.kind = Some(Kind::Measure),
                    _ => {}
                }
                if tail.kind.is_some() {
                    tail.measure = cols.first().map(|m| Cow::Borrowed(*m));
                }
            }
            tail.unit = Some(unit);
            tail.counted = Some(counted);
        } else if !is_range || second_own == Some(false) {
            // `the number of US troops ... to about 8,600`
            if let Some((unit, counted)) = number_of_before(ctx, lead) {
                tail.unit = Some(unit);
                tail.counted = Some(counted);
            }
        }
    }
    // A rate: `$55.12 per barrel`, `$1,472.19 an ounce`, `108.55 per dollar`.
    if let Some((rate_end, per_currency)) = rate_after(ctx, end) {
        if per_currency && sign1.is_none() && tail.kind.is_none() {
            tail.kind = Some(Kind::Money);
            tail.currency = currency_in_context(ctx, lead);
            tail.unit = None;
            end = rate_end;
        } else if !per_currency && (sign1.is_some() || tail.kind.is_some()) {
            end = rate_end;
        }
    }
    // Nothing read past the numeral's own unit: the qualifier after it is the one found.
    let post = if end == after1 { post1 } else { post_qualifier(ctx, end).or(if is_range { None } else { post1 }) };
    // `2.9 or more than 3.5`, `20 dlrs and up to 25`: the words qualify the next number.
    let post = post.filter(|p| !leads_into_number(ctx, p.end));
    if let Some(p) = &post {
        end = end.max(p.end);
    }
    // Claims never overlap: a qualifier inside the claim before (`1 k-about 0`) is not read again.
    let taken = out.last().map_or(0, |n| n.span.end);
    let pre = if is_range { None } else { pre_qualifier(ctx, lead, before, &tail).filter(|q| q.start >= taken) };

    // `one`, `half`, `a couple`: only where they count.
    if !is_range && !accept_word(ctx, &n1, &tail, pre.as_ref(), post.as_ref()) {
        return skip(n1.end);
    }

    let start = match (&pre, &cue) {
        (Some(q), _) => q.start,
        (None, Some(c)) if is_range && (c.between || c.from) && c.start >= taken => c.start,
        _ => lead,
    };
    // The claim's first word, or a range's cue before it: the token before it, already read
    // when that is the number's lead.
    let opening = cue.as_ref().map_or(lead, |c| c.start).min(start);
    let age = tail.age
        || age_before(ctx, if opening == lead { before } else { ctx.prev(opening) })
        || !is_range && pre.is_none() && apposed_age(ctx, &n1, &tail, lead)
        || !is_range && (pre.is_some() || post.is_some()) && group_age(ctx, &n1, &tail, start);
    // `the Nasdaq added 20 points`: an index move, not a score.
    let points = tail.unit.is_some_and(|u| u.eq_ignore_ascii_case("points") || u.eq_ignore_ascii_case("point"));
    if tail.kind == Some(Kind::Count) && points && market_before(ctx, lead) {
        tail.kind = Some(Kind::Measure);
        tail.measure = Some(Cow::Borrowed("point"));
    }
    let kind = if sign1.is_some() {
        Kind::Money
    } else if let Some(k) = tail.kind {
        k
    } else if age {
        Kind::Duration
    } else if n1.fraction_word {
        Kind::Percent
    } else if n1.digits && last.fractional && last.multiplier.is_none() && tail.unit.is_none() {
        // A figure with nothing around it is no index level or price: a fraction, or a count.
        match alone_in_sentence(ctx, start, end) {
            false => Kind::Measure,
            true if ctx.slice(n1.start, last.end).contains('/') => Kind::Percent,
            true => Kind::Count,
        }
    } else {
        Kind::Count
    };
    if let Some((_, iso, noun)) = sign1 {
        tail.currency = Some(iso);
        if tail.unit.is_none() {
            tail.unit = Some(noun);
        }
    }
    let mut numerals = Numerals::one(Span::new(n1.start, n1.end));
    let sgn = if negative.is_some() { -1.0 } else { 1.0 };
    let (mut value, mut low, mut high) = (Some(sgn * (n1.value + cents)), None, None);
    if is_range {
        numerals = Numerals::two(numerals[0], Span::new(last.start, last.end));
        low = value.take();
        high = Some(last.value);
        if tolerance {
            let centre = low.unwrap_or(0.0);
            (low, high) = (Some(centre - last.value), Some(centre + last.value));
        }
    }
    // `about 500 or more`: a bound after the number says more than `about` before it.
    let qualifier = match (&pre, &post) {
        (Some(p), Some(q)) if p.qualifier == Qualifier::About && q.qualifier != Qualifier::About => Some(q),
        _ => pre.as_ref().or(post.as_ref()),
    };
    let (low_inclusive, high_inclusive) = match (is_range, qualifier) {
        (true, _) => (Some(true), Some(true)),
        (false, Some(q)) => q.inclusive(),
        (false, None) => (None, None),
    };
    if value.is_some_and(|v| v == 0.0) {
        value = Some(0.0); // no `-0`
    }
    let number = Number {
        span: Span::new(start, end),
        text: ctx.slice(start, end).to_owned(),
        numerals,
        value,
        low,
        high,
        low_inclusive,
        high_inclusive,
        qualifier: qualifier.map(|q| q.qualifier),
        qualifier_text: qualifier.map(|q| ctx.slice(q.start, q.end).to_owned()),
        kind,
        key: Cow::Borrowed(""),
        unit: tail.unit.map(str::to_owned),
        counted: tail.counted.map(str::to_owned),
        currency: tail.currency.map(Cow::Borrowed),
        measure_unit: tail.measure,
        sentence: 0,
        source: None,
        quote: None,
    };
    out.push(number);
    end.max(last.end).max(pos + 1)
}

/// The numeral at token `first`: digits, or words (with `a` before `dozen`, `half`...).
#[inline(always)]
fn numeral_at<'a>(ctx: &Ctx<'a>, first: Tok<'a>) -> Option<Digits> {
    if first.is_digits() {
        return Some(read_digits(ctx, first.start));
    }
    if first.kind == TokKind::Punct {
        // `½ teaspoon`: a vulgar fraction alone, read as digits are.
        let c = ctx.char_at(first.start)?;
        let value = super::numeral::vulgar_fraction(c)?;
        return Some(Digits::Num(Numeral {
            start: first.start,
            end: first.start + c.len_utf8(),
            value,
            digits: true,
            plain_len: 0,
            fractional: true,
            multiplier: None,
            fraction_word: false,
            counted_fraction: false,
            lone_one: false,
            couple: false,
        }));
    }
    // The word's entry, looked up once for the article before it and for reading it.
    let cols = NUMBER_WORDS.get_folded(ctx.s(first));
    let start = article_before(ctx, first, cols).unwrap_or(first);
    read_words_known(ctx, start, Some((first.start, class_of(cols)))).map(Digits::Num)
}

/// `a`/`an` right before `dozen`, `hundred`, `half`, `quarter`, `couple`, given the
/// columns of `t` in the number words.
#[inline(always)]
fn article_before<'a>(ctx: &Ctx<'a>, t: Tok<'a>, cols: Option<&[&'static str]>) -> Option<Tok<'a>> {
    let class = cols?.get(1).copied()?;
    if !matches!(class, "hundred" | "scale" | "dozen" | "fraction" | "couple") {
        return None;
    }
    let p = ctx.before(t).filter(|p| p.is_word())?;
    ctx.is_any(p, &["a", "an", "A", "An"]).then_some(p)
}

/// A glued `m` after digits means million for money, or before a plural noun
/// (`20m people`, `1.5m gallons`), or as a capital after a decimal ending the clause
/// (`Views: 2.3M`); else it is the metre (`100m sprint`).
#[inline(always)]
fn glued_m_is_million(ctx: &Ctx, n: &Numeral, money: bool) -> bool {
    if money {
        return true;
    }
    // Most numerals have no `m` glued after them.
    if !matches!(ctx.byte(n.end), Some(b'm' | b'M')) {
        return false;
    }
    let Some(m) = ctx.next(n.end).filter(|t| t.start == n.end && t.is_word()) else { return false };
    if !ctx.s(m).eq_ignore_ascii_case("m") {
        return false;
    }
    // `Views: 2.3M`: a capital after a decimal, ending the clause, is no metre.
    let ends = ctx.after(m).map_or(true, |t| t.kind == TokKind::Punct && !ctx.is_any(t, &["-", "/"]));
    if ctx.s(m) == "M" && n.fractional && ends {
        return true;
    }
    ctx.word(ctx.after(m)).is_some_and(looks_plural)
}

/// The end of a clock time and its `a.m.`/`GMT` after it.
fn clock_end(ctx: &Ctx, mut i: usize) -> usize {
    i = run_end(ctx, i);
    if let Some(t) = ctx.next(i).filter(|t| t.is_word() && super::lexicon::CLOCK_WORDS.has(ctx.s(*t))) {
        i = t.end;
    }
    i
}

/// A minus sign right before `pos` (after a space or an opening bracket), or the word
/// `minus` (not in `plus or minus`): how far back the number then starts. `before` is
/// the token before `pos`.
#[inline(always)]
fn sign_before<'a>(ctx: &Ctx<'a>, pos: usize, before: Option<Tok<'a>>) -> Option<usize> {
    if let Some(w) = before.filter(|w| w.is_word() && ctx.s(*w).eq_ignore_ascii_case("minus")) {
        let before = ctx.word(ctx.before(w));
        if !before.is_some_and(|b| b.eq_ignore_ascii_case("or") || b.eq_ignore_ascii_case("plus")) {
            return Some(pos - w.start);
        }
    }
    let c = ctx.char_before(pos)?;
    if c != '-' && c != '−' {
        return None;
    }
    let before = ctx.char_before(pos - c.len_utf8());
    before.map_or(true, |b| b.is_whitespace() || b == '(' || b == '[').then_some(c.len_utf8())
}

/// The word `negative` right before a percentage, a measure, money or a number that ends the
/// clause (`negative 0.1 percent`, `negative 5 degrees`, `to negative 3.`): how far back
/// the number then starts. Before a count it is no sign (`tested negative 14 days later`).
/// `before` is the token before `pos`.
#[inline(always)]
fn negative_before<'a>(ctx: &Ctx<'a>, pos: usize, before: Option<Tok<'a>>, tail: &Tail) -> Option<usize> {
    let w = before.filter(|w| w.is_word() && ctx.s(*w).eq_ignore_ascii_case("negative"))?;
    // A bare number that ends the clause (`fell to negative 3.`) takes the sign too.
    let bare = tail.kind.is_none() && !ctx.next(tail.end).is_some_and(|t| t.is_word() || t.is_digits());
    // `between negative ten and five`: the end of a range takes it too.
    let range = ctx.word(ctx.before(w)).is_some_and(|b| matches!(b, "between" | "from" | "Between" | "From"));
    if !bare && !range && !matches!(tail.kind, Some(Kind::Percent | Kind::Measure | Kind::Money)) {
        return None;
    }
    Some(pos - w.start)
}

/// `5. Eleven police killed`, `2) Two justices`, `6 Zoe Questioned Why`: a number opening
/// a sentence as the mark of a list item.
#[inline(always)]
fn is_list_marker(ctx: &Ctx, n: &Numeral) -> bool {
    if n.plain_len == 0 || n.plain_len > 2 || ctx.prev(n.start).is_some() {
        return false;
    }
    let Some(t) = ctx.next(n.end) else { return false };
    if t.start == n.end && ctx.is_any(t, &[".", ")"]) {
        return ctx.next(t.end).is_some_and(|w| w.start > t.end);
    }
    t.is_word() && is_capitalized(ctx.s(t)) && !looks_plural(ctx.s(t)) && !UNITS.has(ctx.s(t)) && t.start > n.end
}

/// `112-107` (a score), `2020-06-02` (a date): where to resume.
#[inline(always)]
fn dash_score_or_date(ctx: &Ctx, n1: &Numeral) -> Option<usize> {
    let dash = ctx.next(n1.end).filter(|t| ctx.is_any(*t, &["-", "–"]))?;
    let spaced = dash.start > n1.end;
    let d = ctx.next(dash.end).filter(|t| t.is_digits() && (t.start == dash.end) != spaced)?;
    if spaced {
        // `Panama 3 – 0`: a score between spaces.
        let Digits::Num(n2) = read_digits(ctx, d.start) else { return None };
        let small = n1.plain_len > 0 && n1.plain_len <= 3 && n2.plain_len > 0;
        return (small && n2.value <= n1.value).then_some(n2.end);
    }
    let Digits::Num(n2) = read_digits(ctx, d.start) else { return Some(run_end(ctx, n1.start)) };
    if ctx.next(n2.end).is_some_and(|t| t.start == n2.end && ctx.is_any(t, &["-", "–", "/"]))
        && ctx.byte(n2.end + 1).is_some_and(|b| b.is_ascii_digit())
    {
        return Some(run_end(ctx, n1.start)); // 2020-06-02
    }
    let score = n1.plain_len > 0
        && n2.plain_len > 0
        && (n2.value <= n1.value || n1.plain_len <= 3 && n2.plain_len <= 3 && scored(ctx, n1.start, n2.end));
    let phone = n1.plain_len == 3 && n2.plain_len == 4;
    (score || phone).then_some(n2.end)
}

/// Whether the pair `X-Y` from `start` to `end` is told as a score: a word of winning or
/// losing right before or after it (`lost 1-3 at home`, `a 0-2 defeat`), or another pair
/// after a comma (`won 6-4, 3-6, 7-5`). A noun after it that is no such word makes it a
/// range (`won 2-3 seats`).
fn scored(ctx: &Ctx, start: usize, end: usize) -> bool {
    use super::lexicon::SCORE_WORDS;
    let next = ctx.next(end);
    let listed = |t: Option<Tok>| ctx.word(t).is_some_and(|w| SCORE_WORDS.has(w));
    if listed(next) {
        return true;
    }
    if next.is_some_and(|t| t.is_word() && !STOPWORDS.has(ctx.s(t))) {
        return false;
    }
    let mut before = ctx.prev(start);
    if before.is_some_and(|t| ctx.word(Some(t)).is_some_and(|w| DETERMINERS.has(w))) {
        before = before.and_then(|t| ctx.before(t));
    }
    let pair_at = |t: Option<Tok>, forward: bool| {
        let Some(t) = t.filter(|t| ctx.is(*t, ",")) else { return false };
        let (dash, digits) = if forward {
            let d = ctx.after(t).filter(|d| d.is_digits());
            (d.and_then(|d| ctx.glued_after(d)), d)
        } else {
            let d = ctx.before(t).filter(|d| d.is_digits() && d.end == t.start);
            (d.and_then(|d| ctx.glued_before(d)), d)
        };
        digits.is_some() && dash.is_some_and(|h| ctx.is_any(h, &["-", "–"]))
    };
    listed(before) || pair_at(before, false) || pair_at(next, true)
}

/// The second numeral of a pair at token `t` (with its own currency sign if any).
fn numeral_after<'a>(ctx: &Ctx<'a>, t: Tok<'a>, sign1: Option<Sign>) -> Option<(Numeral, Option<Sign>)> {
    let mut t = t;
    let mut sign2 = None;
    // `between -20 and -15`: a minus glued to the second numeral.
    let minus = ctx.is_any(t, &["-", "−"]) && ctx.glued_after(t).is_some_and(|d| d.is_digits());
    if minus {
        t = ctx.glued_after(t)?;
    } else if !t.is_digits() && !t.is_word() {
        let d = ctx.next(t.end)?;
        sign2 = currency_before(ctx, d.start);
        let (_, iso2, _) = sign2?;
        if sign1.is_some_and(|s| s.1 != iso2) {
            return None;
        }
        t = d;
    } else if t.is_word() && !t.is_digits() {
        // `US$`-like words before digits
        if let Some(d) = ctx.next(t.end).filter(|d| d.is_digits()) {
            if let Some(s) = currency_before(ctx, d.start) {
                sign2 = Some(s);
                t = d;
            }
        }
    }
    let mut n = match numeral_at(ctx, t)? {
        Digits::Num(n) => n,
        Digits::Skip(_) => return None,
    };
    if n.lone_one && !t.is_digits() && !ctx.is(t, "one") {
        return None;
    }
    let money = sign1.or(sign2).is_some();
    let glued_m = glued_m_is_million(ctx, &n, money);
    multiplier(ctx, &mut n, glued_m, money);
    if n.digits && (is_clock(ctx, &n) || is_year(ctx, &n) && sign1.or(sign2).is_none()) {
        return None;
    }
    let n = if minus { Numeral { value: -n.value, ..n } } else { n };
    Some((n, sign2))
}

/// `one over three`, `1 over 20`: a fraction spelled with `over`, of two whole numbers,
/// the first the smaller, and no noun after it (not `one over par`, `two over 70 people`).
///
/// Most numerals have no ` over ` after them: the bytes say so first.
#[inline(always)]
fn over_fraction(ctx: &Ctx, n1: Numeral) -> Option<Numeral> {
    if ctx.bytes().get(n1.end..n1.end + 6) != Some(b" over ") {
        return None;
    }
    let whole = |n: &Numeral| n.value >= 1.0 && n.value.fract() == 0.0 && n.multiplier.is_none() && !n.fractional;
    let over = ctx.next(n1.end)?;
    let (n2, sign) = numeral_after(ctx, ctx.after(over)?, None)?;
    if sign.is_some() || !whole(&n1) || !whole(&n2) || n1.value >= n2.value {
        return None;
    }
    if ctx.next(n2.end).is_some_and(|t| t.is_word() && !STOPWORDS.has(ctx.s(t)) || ctx.is(t, "%")) {
        return None;
    }
    Some(Numeral {
        end: n2.end,
        value: n1.value / n2.value,
        fractional: true,
        fraction_word: true,
        counted_fraction: true,
        lone_one: false,
        ..n1
    })
}

/// `one in five adults`, `1 in 10 voters`, `nearly one in every three`: a share, read as
/// the count after `in` claimed first, then made the ratio of the two whole numbers (kind
/// percent, as `a third` is). Not when that count is not a plain count larger than the
/// first (`3 in 10 days`, `2 in 1999`): then nothing is claimed here. Where scanning
/// resumes, if claimed.
///
/// Most numerals have no ` in ` after them: the bytes say so where it is asked, before
/// any call.
#[inline(always)]
fn ratio(ctx: &Ctx, n1: &Numeral, depth: u8, out: &mut Vec<Number>) -> Option<usize> {
    if ctx.bytes().get(n1.end..n1.end + 4) != Some(b" in ") {
        return None;
    }
    ratio_after_in(ctx, n1, depth, out)
}

/// [`ratio`] after a numeral followed by ` in `, out of line.
#[inline(never)]
fn ratio_after_in(ctx: &Ctx, n1: &Numeral, depth: u8, out: &mut Vec<Number>) -> Option<usize> {
    if n1.multiplier.is_some() || n1.fractional || n1.fraction_word || n1.value < 1.0 {
        return None;
    }
    let in_ = ctx.next(n1.end).filter(|t| ctx.is(*t, "in"))?;
    let mut t = ctx.next(in_.end)?;
    if ctx.is(t, "every") {
        t = ctx.next(t.end)?;
    }
    if !(t.is_digits() || super::numeral::is_number_word(ctx.s(t))) {
        return None;
    }
    let k = out.len();
    let resume = claim_at(ctx, t.start, depth + 1, out);
    let counts = out.get(k).is_some_and(|n| {
        n.kind == Kind::Count
            && n.span.start == t.start
            && n.numerals.len() == 1
            && n.value.is_some_and(|v| v > n1.value && v.fract() == 0.0)
            && n1.value.fract() == 0.0
    });
    if !counts || out.len() != k + 1 {
        out.truncate(k);
        return None;
    }
    let pre = pre_qualifier(ctx, n1.start, ctx.prev(n1.start), &Tail::none(n1.end))
        .filter(|q| q.start >= k.checked_sub(1).and_then(|j| out.get(j)).map_or(0, |p| p.span.end));
    let n = &mut out[k];
    let start = pre.as_ref().map_or(n1.start, |q| q.start);
    n.span = Span::new(start, n.span.end);
    n.text = ctx.slice(start, n.span.end).to_owned();
    n.numerals = Numerals::two(Span::new(n1.start, n1.end), n.numerals[0]);
    n.value = n.value.map(|v| n1.value / v);
    n.kind = Kind::Percent;
    n.qualifier = pre.as_ref().map(|q| q.qualifier);
    n.qualifier_text = pre.as_ref().map(|q| ctx.slice(q.start, q.end).to_owned());
    (n.low_inclusive, n.high_inclusive) = pre.as_ref().map_or((None, None), |q| q.inclusive());
    Some(resume)
}

/// `10 by 20 feet`, `3 x 4 m`: one number each, the first taking the unit of the last.
fn dimensions<'a>(ctx: &Ctx<'a>, n1: Numeral, lead: usize, n2_tok: Tok<'a>, depth: u8, out: &mut Vec<Number>) -> usize {
    let k = out.len();
    let resume = claim_at(ctx, n2_tok.start, depth + 1, out);
    let Some(next) = out.get(k) else {
        return n1.end.max(lead + 1);
    };
    let mut first = next.clone();
    first.span = Span::new(lead, n1.end);
    first.text = ctx.slice(lead, n1.end).to_owned();
    first.numerals = Numerals::one(Span::new(n1.start, n1.end));
    first.value = Some(n1.value);
    first.low = None;
    first.high = None;
    first.qualifier = None;
    first.qualifier_text = None;
    first.low_inclusive = None;
    first.high_inclusive = None;
    out.insert(k, first);
    resume
}

/// The unit right after numeral `n`: glued (`5%`, `5km`, `48-year-old`) or after a
/// space (`10 percent`, `3,100 kilometers`, `5 dollars`). `Err` when the glued letters
/// make it no quantity (`2nd`, `1990s`, `3-pointer`, `10-year notes`).
#[inline(always)]
pub(crate) fn unit_tail<'a>(ctx: &Ctx<'a>, n: &Numeral, sign: Option<Sign>) -> Result<Tail<'a>, ()> {
    let e = n.end;
    let Some(t) = ctx.next(e) else { return Ok(Tail::none(e)) };
    // `half an hour`, `a quarter of a percentage point`: a share of one unit.
    if n.fraction_word {
        if let Some(h) = unit_of_one(ctx, t) {
            return Ok(from_hit(h, n));
        }
    }
    // `10 €`, `45¢`, `100元`: a sign that is no word, after the amount (only signs outside
    // ASCII, and `$`, are looked up).
    if sign.is_none() && n.digits && ctx.byte(t.start).is_some_and(|b| b >= 0x80 || b == b'$') {
        if let Some(tail) = sign_after(ctx, e, t) {
            return Ok(tail);
        }
    }
    if t.start == e {
        let s = ctx.s(t);
        if s == "%" || s == "°" {
            return Ok(unit_at(ctx, t).map_or(Tail::none(e), |h| from_hit(h, n)));
        }
        if t.is_word() {
            if !n.digits {
                return Ok(Tail::none(e));
            }
            // `38p`, `6.5p`: pence (not `1080p`, a video format).
            if ctx.is(t, "p") && !ctx.char_at(t.end).is_some_and(char::is_alphanumeric) {
                return pence(n, t.end).ok_or(());
            }
            // `30C`, `86F`: degrees.
            if ctx.is_any(t, &["C", "F"]) && !ctx.char_at(t.end).is_some_and(char::is_alphanumeric) {
                let measure = if ctx.is(t, "C") { "°C" } else { "°F" };
                return Ok(Tail {
                    end: t.end,
                    kind: Some(Kind::Measure),
                    unit: Some(ctx.s(t)),
                    measure: Some(Cow::Borrowed(measure)),
                    own: true,
                    ..Tail::default()
                });
            }
            // `5km`, `200lbs`, `75ml`: a unit glued, and nothing glued after it.
            // (`24703m2`, `10km/hr`: a power or a denominator glued to the unit too)
            let glued = |h: &super::unit::UnitHit| !ctx.slice(t.end, h.end).contains(char::is_whitespace);
            let h = unit_at(ctx, t).filter(glued).ok_or(())?;
            if ctx.char_at(h.end).is_some_and(char::is_alphanumeric) || h.kind == "points" {
                return Err(());
            }
            return Ok(from_hit(h, n));
        }
        if s == "-" || s == "‑" {
            return compound_tail(ctx, n, t);
        }
        return Ok(Tail::none(e));
    }
    if sign.is_none() && t.is_word() && super::text::is_all_caps(ctx.s(t)) {
        // `100 USD`, `50 EUR`
        if let Some(cols) = super::lexicon::CURRENCY_SIGNS.get(ctx.s(t)) {
            return Ok(sign_tail(t.end, cols));
        }
    }
    if sign.is_none() {
        if let Some((end, iso, noun)) = currency_word_at(ctx, t) {
            // `5 Brazilian real`: an adjective naming the currency leaves no doubt.
            let ambiguous = end == t.end
                && matches!(
                    super::range::fold8(noun, &mut [0; 8]),
                    b"pound" | b"pounds" | b"won" | b"real" | b"rand" | b"mark" | b"marks"
                );
            let sterling = ctx.word(ctx.next(end)).is_some_and(|w| w.eq_ignore_ascii_case("sterling"));
            // `40,000 pounds of steel`, but `2 million pounds of public money`.
            let goods = ambiguous && noun.starts_with("pound") && pounds_of_goods(ctx, end);
            if (!ambiguous || n.multiplier.is_some() || sterling || n.value >= 10_000.0) && !goods {
                let end = if sterling { ctx.next(end).map_or(end, |s| s.end) } else { end };
                return Ok(Tail {
                    end,
                    kind: Some(Kind::Money),
                    unit: Some(noun),
                    currency: (!iso.is_empty()).then_some(iso),
                    own: true,
                    ..Tail::default()
                });
            }
        }
    }
    match unit_at(ctx, t) {
        Some(h) if n.digits || h.norm.len() > 2 || h.written.len() > 2 || h.kind != "measure" => Ok(from_hit(h, n)),
        _ => Ok(Tail::none(e)),
    }
}
/// A unit after `of a`, `a`, `an` or `of an` at token `t`, the share of one unit a
/// fraction word takes (`half an hour`, `a quarter of a mile`).
fn unit_of_one<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<super::unit::UnitHit<'a>> {
    let mut t = t;
    if ctx.word(Some(t)).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        t = ctx.after(t)?;
    }
    let article = ctx.word(Some(t))?;
    if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an")) {
        return None;
    }
    unit_at(ctx, ctx.after(t)?).filter(|h| h.kind != "points")
}

/// Whether `of` and a noun that names no money follow `end` (`pounds of copper`).
fn pounds_of_goods(ctx: &Ctx, end: usize) -> bool {
    let Some(of) = ctx.next(end).filter(|t| ctx.word(Some(*t)).is_some_and(|w| w.eq_ignore_ascii_case("of"))) else {
        return false;
    };
    ctx.word(ctx.after(of)).is_some_and(|w| !super::lexicon::MONEY_NOUNS.has(w.trim_end_matches(['\'', '’'])))
}

/// The lines of a video format (`720p`, `1080p`): no pence.
const VIDEO_LINES: [f64; 7] = [240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 2160.0];

/// The money tail of an amount `n` of pence ending at `end` (`38p`), in the lexicon's
/// currency of `pence`.
fn pence<'a>(n: &Numeral, end: usize) -> Option<Tail<'a>> {
    if VIDEO_LINES.contains(&n.value) {
        return None;
    }
    let currency = CURRENCY_WORDS.get("pence")?.first().copied();
    Some(Tail { end, kind: Some(Kind::Money), unit: Some("pence"), currency, own: true, ..Tail::default() })
}

/// The currency of `cents` in the lexicon, looked up once rather than for every amount.
static CENTS_CURRENCY: super::lexicon::Lazy<Option<&'static str>> =
    super::lexicon::Lazy::new(|| CURRENCY_WORDS.get("cents")?.first().copied());

/// The cents after an amount in the currency of `cents` (`dollars`, not `cents` itself):
/// `50 cents`, `and forty-five cents`, below a hundred. Returns them in the amount's unit,
/// and their end.
#[inline(never)]
fn cents_after(ctx: &Ctx, tail: &Tail, end: usize) -> Option<(f64, usize)> {
    let cents = (*CENTS_CURRENCY)?;
    let minor = |u: &str| u.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("cent"));
    if tail.currency != Some(cents) || tail.unit.is_some_and(minor) {
        return None;
    }
    let mut t = ctx.next(end)?;
    if ctx.is(t, "and") {
        t = ctx.after(t)?;
    }
    let n = if t.is_digits() {
        match read_digits(ctx, t.start) {
            Digits::Num(n) => n,
            Digits::Skip(_) => return None,
        }
    } else if t.is_word() && NUMBER_WORDS.has(ctx.s(t)) {
        read_words(ctx, t)?
    } else {
        return None;
    };
    if n.fractional || n.value < 1.0 || n.value >= 100.0 {
        return None;
    }
    let c = ctx.next(n.end).filter(|c| c.is_word())?;
    if !(ctx.s(c).eq_ignore_ascii_case("cents") || ctx.s(c).eq_ignore_ascii_case("cent")) {
        return None;
    }
    Some((n.value / 100.0, c.end))
}

/// A currency sign at token `t`, glued or a space after the amount ending at `e`, and not
/// the sign of an amount after it (`2 $5 bills`).
#[inline(never)]
fn sign_after<'a>(ctx: &Ctx<'a>, e: usize, t: Tok) -> Option<Tail<'a>> {
    let cols = super::lexicon::CURRENCY_SIGNS.get(ctx.s(t))?;
    if ctx.s(t).bytes().any(|b| b.is_ascii_alphabetic()) || !(t.start == e || ctx.only_space(e, t.start)) {
        return None;
    }
    let amount_after = |x: Tok| {
        let digit_at = |i: usize| ctx.byte(i).is_some_and(|b| b.is_ascii_digit());
        let signed = match ctx.byte(x.start) {
            Some(b'-' | b'+') => true,
            Some(b'.') => digit_at(x.start + 1),
            _ => false,
        };
        (x.is_digits() || signed || ctx.s(x).starts_with('−')) && (x.start == t.end || ctx.only_space(t.end, x.start))
    };
    if ctx.next(t.end).is_some_and(amount_after) {
        return None;
    }
    Some(sign_tail(t.end, cols))
}

/// The money tail of a currency sign or code ending at `end`, with its lexicon columns:
/// the currency's code, then its unit noun.
fn sign_tail<'a>(end: usize, cols: &[&'static str]) -> Tail<'a> {
    Tail {
        end,
        kind: Some(Kind::Money),
        unit: cols.get(1).copied(),
        currency: cols.first().copied(),
        own: true,
        ..Tail::default()
    }
}

#[inline(always)]
fn from_hit<'a>(h: super::unit::UnitHit<'a>, n: &Numeral) -> Tail<'a> {
    let kind = match h.kind {
        "percent" => Kind::Percent,
        "duration" => Kind::Duration,
        "points" if n.fraction_word => Kind::Percent,
        "points" if n.fractional => Kind::Measure,
        "points" => Kind::Count,
        _ => Kind::Measure,
    };
    Tail {
        end: h.end,
        kind: Some(kind),
        unit: Some(h.written),
        measure: (kind == Kind::Measure || kind == Kind::Duration || kind == Kind::Percent).then_some(h.norm),
        own: true,
        ..Tail::default()
    }
}

/// `48-year-old`, `1,900-mile-wide`, `12-month`, `four-game homestand`.
fn compound_tail<'a>(ctx: &Ctx<'a>, n: &Numeral, hyphen: Tok<'a>) -> Result<Tail<'a>, ()> {
    let Some(w) = ctx.glued_after(hyphen).filter(|w| w.is_word()) else { return Ok(Tail::none(n.end)) };
    let word = ctx.s(w);
    if word.eq_ignore_ascii_case("plus") || NUMBER_WORDS.has(word) {
        return Ok(Tail::none(n.end));
    }
    // `12-cent dividend`, `five-dollar bill`, `one-yen bid`: money named by its coin.
    if let Some(tail) = compound_money(ctx, w) {
        return Ok(tail);
    }
    let (last, _) = compound_word(ctx, w);
    // `10-year notes`, `three-month aluminum`: a term names an instrument.
    let term = UNITS.get_folded(word).is_some_and(|c| c.get(1) == Some(&"duration"));
    if term && is_instrument(ctx, last.end) {
        return Err(());
    }
    // `48-year-old`: the chain ends with `-old`, in any case (compared in place, not
    // through a lower-cased copy).
    let chain = ctx.slice(w.start, last.end).as_bytes();
    let age = chain.len() >= 4 && chain[chain.len() - 4..].eq_ignore_ascii_case(b"-old");
    if let Some(cols) = UNITS.get_folded(word) {
        let kind = match cols.get(1).copied() {
            Some("duration") => Kind::Duration,
            Some("percent") => Kind::Percent,
            Some("points") if n.fraction_word => Kind::Percent,
            Some("points") => Kind::Count,
            _ => Kind::Measure,
        };
        return Ok(Tail {
            end: last.end,
            kind: Some(kind),
            unit: Some(word),
            measure: Some(Cow::Borrowed(cols.first().copied().unwrap_or_default())),
            own: true,
            age,
            ..Tail::default()
        });
    }
    // `3-pointer`, `10-pounder`, `two-seater`: a noun made from a unit, not a modifier.
    let unit_noun = word.len() > 2
        && word.ends_with("er")
        && (UNITS.has(&word[..word.len() - 2]) || RATE_NOUNS.has(&word[..word.len() - 2]));
    // `half-full`, `half-hearted`: a fraction joined to an adjective is no quantity.
    let modifier = !unit_noun
        && !n.fraction_word
        && !is_capitalized(word)
        && word.chars().all(char::is_alphabetic)
        && !STOPWORDS.has(word)
        && last == w
        && ctx.after(last).is_some_and(|t| t.is_word() && !STOPWORDS.has(ctx.s(t)));
    if !modifier {
        return Err(());
    }
    Ok(Tail { end: w.end, kind: Some(Kind::Count), unit: Some(word), own: true, ..Tail::default() })
}

/// A currency noun joined by a hyphen after a number (`12-cent`, `five-dollar`); not
/// `pound`, which weighs as often as it pays (`a 10-pound bag`).
fn compound_money<'a>(ctx: &Ctx<'a>, w: Tok<'a>) -> Option<Tail<'a>> {
    let word = ctx.s(w);
    let iso = CURRENCY_WORDS.get_folded(word)?.first().copied().filter(|iso| !iso.is_empty())?;
    if matches!(
        super::range::fold8(word, &mut [0; 8]),
        b"pound" | b"pounds" | b"won" | b"real" | b"rand" | b"mark" | b"marks"
    ) {
        return None;
    }
    Some(Tail {
        end: w.end,
        kind: Some(Kind::Money),
        unit: Some(word),
        currency: Some(iso),
        own: true,
        ..Tail::default()
    })
}

/// The counted noun after `end`: `active members`, `of Garcia’s assists`. Returns the
/// phrase's end, the head noun and the phrase.
#[inline(always)]
fn counted_after<'a>(ctx: &Ctx<'a>, end: usize, plural: bool) -> Option<(usize, &'a str, &'a str)> {
    let t = ctx.next(end)?;
    if !t.is_word() {
        return None;
    }
    let mut from = t;
    if ctx.s(t).eq_ignore_ascii_case("of") {
        // `seven of Garcia’s assists`, not `12 of 13` or `20 of his season-high 31 points`
        let mut n = ctx.after(t)?;
        if n.is_word() && DETERMINERS.has(ctx.s(n)) {
            n = ctx.after(n)?;
        }
        if n.is_word() && is_possessive(ctx.s(n)) {
            n = ctx.after(n)?;
        }
        if !n.is_word() || super::numeral::is_number_word(ctx.s(n)) {
            return None;
        }
        let (_, head) = noun_phrase(ctx, n, true)?;
        if ctx.slice(n.start, head.end).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        from = t;
        return Some((head.end, ctx.s(head), ctx.slice(from.end, head.end).trim()));
    }
    // `two more plants`, `three other cases`: the noun after the word.
    let w = ctx.s(t);
    if w.eq_ignore_ascii_case("more") || w.eq_ignore_ascii_case("other") {
        from = ctx.after(t).filter(|n| n.is_word() && !ctx.s(*n).eq_ignore_ascii_case("than"))?;
    }
    let (_, head) = noun_phrase(ctx, from, plural)?;
    Some((head.end, ctx.s(head), ctx.slice(t.start, head.end)))
}

/// A searcher for `number of`, built once.
static NUMBER_OF: super::lexicon::Lazy<memchr::memmem::Finder<'static>> =
    super::lexicon::Lazy::new(|| memchr::memmem::Finder::new(b"umber of"));

/// `the number of US troops in Afghanistan ... to 8,600`: the head noun named earlier in
/// the sentence (a bounded look back), and its phrase.
#[inline(always)]
fn number_of_before<'a>(ctx: &Ctx<'a>, lead: usize) -> Option<(&'a str, &'a str)> {
    // Most sentences have no `number of`: one fast search says so.
    let from = lead.saturating_sub(200).max(ctx.lo);
    NUMBER_OF.find(&ctx.bytes()[from..lead])?;
    let mut p = lead;
    let mut later: Option<Tok> = None;
    for _ in 0..24 {
        let t = ctx.prev(p)?;
        if t.kind == TokKind::Punct && ctx.is_any(t, &[".", ";", ":", "“", "”", "\""]) {
            return None;
        }
        if t.is_word()
            && ctx.s(t).eq_ignore_ascii_case("number")
            && later.is_some_and(|l| ctx.s(l).eq_ignore_ascii_case("of"))
        {
            let mut n = ctx.after(later?)?;
            if n.is_word() && DETERMINERS.has(ctx.s(n)) {
                n = ctx.after(n)?;
            }
            let (first, head) = noun_phrase(ctx, n, true)?;
            return Some((ctx.s(head), ctx.slice(first.start, head.end)));
        }
        later = Some(t);
        p = t.start;
    }
    None
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// `per barrel`, `an ounce`, `a share`, `per dollar`, `to the dollar`: the end, and whether
/// the rate is per unit of a currency (an exchange rate).
#[inline(always)]
fn rate_after(ctx: &Ctx, end: usize) -> Option<(usize, bool)> {
    let per = ctx.next(end).filter(|t| t.is_word())?;
    let p = ctx.s(per);
    // Most numbers are followed by neither: the word after is not read then.
    let per_word = p.eq_ignore_ascii_case("per");
    if p == "to" {
        // `83.42 to the dollar`
        let the = ctx.after(per).filter(|t| ctx.is(*t, "the"))?;
        let x = ctx.after(the).filter(|t| t.is_word() && CURRENCY_WORDS.has(ctx.s(*t)))?;
        return Some((x.end, true));
    }
    if !per_word && !matches!(p, "a" | "an") {
        return None;
    }
    let x = ctx.after(per).filter(|t| t.is_word())?;
    let w = ctx.s(x);
    if per_word {
        if CURRENCY_WORDS.has(w) {
            return Some((x.end, true));
        }
        return (!STOPWORDS.has(w)).then_some((x.end, false));
    }
    let unit = UNITS.get_folded(w).is_some_and(|c| c.get(1) != Some(&"percent")) || RATE_NOUNS.has(w);
    let after = ctx.word(ctx.after(x));
    let relative = after.is_some_and(|a| matches!(a, "ago" | "earlier" | "later" | "before" | "after" | "back"));
    (unit && !relative).then_some((x.end, false))
}

/// A currency named before `pos` in the sentence (`the yen ... at 108.55 per dollar`),
/// other than the dollar it is quoted against; a bounded look back.
fn currency_in_context(ctx: &Ctx, pos: usize) -> Option<&'static str> {
    let mut p = pos;
    for _ in 0..40 {
        let t = ctx.prev(p)?;
        if t.is_word() {
            if let Some(cols) = CURRENCY_WORDS.get_folded(ctx.s(t)) {
                let iso = cols.first().copied().unwrap_or("");
                if !iso.is_empty() && iso != "USD" {
                    return Some(iso);
                }
            }
        }
        p = t.start;
    }
    None
}

/// A stock market word a few tokens before `pos` (a bounded look back).
fn market_before(ctx: &Ctx, pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..16 {
        let Some(t) = ctx.prev(p) else { return false };
        if t.is_word() && super::lexicon::MARKET_WORDS.has(ctx.s(t)) {
            return true;
        }
        p = t.start;
    }
    false
}

/// `aged 26`, `ages 12 to 17`, given the token before the claim.
#[inline(always)]
fn age_before<'a>(ctx: &Ctx<'a>, before: Option<Tok<'a>>) -> bool {
    let mut p = before;
    // `aged between 18 and 25`
    if ctx.word(p).is_some_and(|w| w.eq_ignore_ascii_case("between")) {
        p = p.and_then(|t| ctx.before(t));
    }
    ctx.word(p).is_some_and(|w| AGE_WORDS.has(w))
}

/// `Smith, 58, said`: a bare whole number between commas after a name is an age.
#[inline(always)]
fn apposed_age(ctx: &Ctx, n: &Numeral, tail: &Tail, lead: usize) -> bool {
    if !n.digits || n.plain_len == 0 || n.plain_len > 3 || n.value > 120.0 || tail.kind.is_some() || tail.unit.is_some()
    {
        return false;
    }
    let comma_before = ctx.prev(lead).filter(|p| ctx.is(*p, ","));
    let comma_after = ctx.next(n.end).is_some_and(|t| t.start == n.end && ctx.is(t, ","));
    comma_after && comma_before.and_then(|c| ctx.word(ctx.before(c))).is_some_and(is_capitalized)
}

/// `adults over 65`, `children under 5`: a bound on a bare whole number, starting at
/// `start`, right after people named as a group is an age.
fn group_age(ctx: &Ctx, n: &Numeral, tail: &Tail, start: usize) -> bool {
    n.value <= 120.0
        && n.value.fract() == 0.0
        && tail.kind.is_none()
        && tail.unit.is_none()
        && ctx.word(ctx.prev(start)).is_some_and(|w| super::lexicon::AGE_GROUPS.has(w))
}

/// Whether the words up to `end` go on into a number: one next, or one after a few joining
/// words (`and over $40`, `or more than 3.5`).
fn leads_into_number(ctx: &Ctx, end: usize) -> bool {
    let number_at = |t: Tok| {
        t.is_digits()
            || t.is_word() && NUMBER_WORDS.has(ctx.s(t))
            || ctx.next(t.end).is_some_and(|d| d.start == t.end && d.is_digits())
    };
    let Some(mut t) = ctx.next(end) else { return false };
    // `and up to 25`, `and below a half`, `and less or equal than 35`.
    for _ in 0..3 {
        let joining =
            t.is_word() && ["than", "to", "or", "equal", "a", "an"].iter().any(|j| ctx.s(t).eq_ignore_ascii_case(j));
        if !joining {
            break;
        }
        let Some(next) = ctx.next(t.end) else { return false };
        t = next;
    }
    number_at(t)
}

/// Whether `start..end` is all its sentence holds but a sign before it and a full stop
/// after it (`-9.25`, `3/4.`): a figure given on its own, as in a list of numbers.
fn alone_in_sentence(ctx: &Ctx, start: usize, end: usize) -> bool {
    let before = ctx.slice(ctx.lo, start).trim_start();
    let after = ctx.slice(end, ctx.hi);
    matches!(before, "" | "-" | "+" | "−") && after.chars().all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
}

/// `in` after the inches of a height or length in feet (`5 ft 6 in`, `6 feet, 2 in.`):
/// the word `in` is the inch only where feet come right before.
fn inches_after_feet<'a>(ctx: &Ctx<'a>, n: &Numeral, tail: &Tail, out: &[Number]) -> Option<Tok<'a>> {
    if tail.kind.is_some() || !n.digits {
        return None;
    }
    let inches = ctx.next(n.end).filter(|t| t.is_word() && ctx.is(*t, "in"))?;
    // `6 in the final` is where.
    if ctx.word(ctx.after(inches)).is_some_and(|w| DETERMINERS.has(w)) {
        return None;
    }
    let feet = out.last().filter(|f| f.measure_unit.as_deref() == Some("ft") && f.span.end <= n.start)?;
    let between = ctx.slice(feet.span.end, n.start);
    between.bytes().all(|b| b == b' ' || b == b',').then_some(inches)
}

/// `an hour and a half`, `a mile and a quarter`: a fraction word after one unit of time or
/// measure and `and`. The numeral `n` then starts at the article and counts the whole unit
/// too; returns the unit as written, its kind and its normalised form. Not a relative date
/// (`a month and a half ago`).
fn unit_and_fraction<'a>(ctx: &Ctx<'a>, n: &mut Numeral) -> Option<(&'a str, Kind, &'static str)> {
    let and = ctx.prev(n.start).filter(|t| t.is_word() && ctx.is(*t, "and"))?;
    let unit = ctx.prev(and.start).filter(|t| t.is_word())?;
    let cols = UNITS.get_folded(ctx.s(unit))?;
    let kind = match cols.get(1).copied() {
        Some("duration") => Kind::Duration,
        Some("measure") => Kind::Measure,
        _ => return None,
    };
    let one = ctx.prev(unit.start).filter(|t| t.is_word() && ctx.is_any(*t, &["a", "an", "A", "An"]))?;
    // `a month and a half ago` is a date, as `a month ago` is.
    if ctx.word(ctx.next(n.end)).is_some_and(|w| w.eq_ignore_ascii_case("ago")) {
        return None;
    }
    *n = Numeral { start: one.start, value: n.value + 1.0, fraction_word: false, ..*n };
    Some((ctx.s(unit), kind, cols.first().copied()?))
}

/// A cheap first look at a spelled-out `one`, `half` or `a couple`: whether anything
/// around it could make it count (the full rules are in [`accept_word`]).
#[inline(always)]
fn may_count(ctx: &Ctx, n: &Numeral) -> bool {
    let next = ctx.next(n.end);
    let glued = next.is_some_and(|t| t.start == n.end);
    let next_word = ctx.word(next);
    let unit_next = next_word.is_some_and(|w| {
        UNITS.has(w) || CURRENCY_WORDS.has(w) || super::lexicon::MULTIPLIERS.has(w) || w.eq_ignore_ascii_case("of")
    });
    let joined =
        next_word.is_some_and(|w| matches!(w, "or" | "to" | "a" | "an") || n.fraction_word && DETERMINERS.has(w));
    let prev = ctx.word(ctx.prev(n.start));
    let cue = prev.is_some_and(|w| {
        matches!(
            super::range::fold8(w, &mut [0; 8]),
            b"only" | b"just" | b"exactly" | b"than" | b"least" | b"most" | b"minus" | b"negative"
        ) || super::lexicon::QUALIFIERS_BEFORE.has(w)
            || n.fraction_word && w.eq_ignore_ascii_case("by")
    });
    glued
        || unit_next
        || joined
        || cue
        || n.counted_fraction
        || ctx.prev(n.start).is_some_and(|p| ctx.is(p, "~"))
        || super::numeral::stands_alone(ctx, n)
}

/// Whether a spelled-out `one`, `half`, `a quarter` or `a couple` counts here.
#[inline(always)]
fn accept_word(ctx: &Ctx, n: &Numeral, tail: &Tail, pre: Option<&QualifierHit>, post: Option<&QualifierHit>) -> bool {
    let qualified = pre.is_some() || post.is_some();
    if !(n.lone_one || n.couple || n.fraction_word) {
        return true;
    }
    // `two thirds`, `minus one`, or a number given on its own (`a half`).
    let signed = ctx.word(ctx.prev(n.start)).is_some_and(|w| matches!(w, "minus" | "negative"));
    if n.counted_fraction || signed || super::numeral::stands_alone(ctx, n) {
        return true;
    }
    if n.lone_one {
        // `the one-yen bid`: a coin or note named by its value.
        if pre.is_some() || n.multiplier.is_some() || tail.own && tail.kind == Some(Kind::Money) {
            return true;
        }
        // `that one day`, `the one year`: a determiner makes `one` an article.
        if ctx
            .word(ctx.prev(n.start))
            .is_some_and(|w| DETERMINERS.has(w) || STOPWORDS.has(w) && w.eq_ignore_ascii_case("that"))
        {
            return false;
        }
        if tail.own && matches!(tail.kind, Some(Kind::Money | Kind::Percent | Kind::Measure | Kind::Duration)) {
            // `one year`, but not `One night after ...` opening a sentence.
            return !ctx.starts_clause(ctx.tok(n.start, n.end, TokKind::Word)) || tail.kind != Some(Kind::Duration);
        }
        // `only one team`, but not `the only one who`
        let prev = ctx.prev(n.start);
        let cue = ctx
            .word(prev)
            .is_some_and(|w| matches!(super::range::fold8(w, &mut [0; 8]), b"only" | b"just" | b"exactly"));
        let the = prev.and_then(|p| ctx.word(ctx.before(p))).is_some_and(|w| w.eq_ignore_ascii_case("the"));
        return cue && !the;
    }
    if n.couple {
        return ctx.word(ctx.next(n.end)).is_some_and(|w| w.eq_ignore_ascii_case("of"));
    }
    if n.fraction_word {
        // `a fifth of`, but `a fifth year`, `a third term`: an ordinal.
        let ordinal_shaped = ordinal_shaped(ctx.slice(n.start, n.end));
        if !ordinal_shaped && (qualified || tail.kind.is_some()) {
            return true;
        }
        let next = ctx.word(ctx.next(n.end)).map(str::to_ascii_lowercase);
        if ordinal_shaped && next.as_deref() != Some("of") {
            // `about a third in recent years`, `by nearly one-third.`, but not `about a
            // third term`.
            // `rose by a third since 2020`, `fell by a fifth.`: a share taken whole.
            return (qualified || super::range::by_before(ctx, n.start))
                && tail.kind.is_none()
                && next.as_deref().map_or(true, |w| STOPWORDS.has(w) || w.ends_with("ing") || w.ends_with("ed"));
        }
        // `cut by half.`, `fell by one third`: a share taken whole.
        let by_half = next.is_none() && super::range::by_before(ctx, n.start);
        // `half the staff`, `half its value`
        let half_the = next.as_deref().is_some_and(|w| DETERMINERS.has(w))
            && ctx.slice(n.start, n.end).eq_ignore_ascii_case("half");
        let of = matches!(next.as_deref(), Some("of" | "a" | "an")) || by_half || half_the;
        let prev = ctx.word(ctx.prev(n.start)).map(str::to_ascii_lowercase);
        let ordinal = matches!(
            prev.as_deref(),
            Some(
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "final"
                    | "last"
                    | "other"
                    | "the"
                    | "latter"
                    | "each"
                    | "this"
                    | "that"
            )
        );
        return of && !ordinal;
    }
    true
}

/// Whether a fraction is written like an ordinal (`a third`, `one fifth`, `a tenth`), not
/// `half` or `quarter`: then only `of` after it makes it a fraction.
fn ordinal_shaped(numeral: &str) -> bool {
    let b = numeral.as_bytes();
    b.len() >= 2 && {
        let tail = [b[b.len() - 2].to_ascii_lowercase(), b[b.len() - 1].to_ascii_lowercase()];
        tail == *b"th" || tail == *b"rd"
    }
}

impl QualifierHit {
    /// Whether the bound includes the number, on its side: (low, high).
    pub(crate) fn inclusive(&self) -> (Option<bool>, Option<bool>) {
        match self.bound {
            "low_open" => (Some(false), None),
            "low_closed" => (Some(true), None),
            "high_open" => (None, Some(false)),
            "high_closed" => (None, Some(true)),
            _ => (None, None),
        }
    }
}

impl Qualifier {
    pub(crate) fn parse(s: &str) -> Option<Qualifier> {
        match s {
            "about" => Some(Qualifier::About),
            "more_than" => Some(Qualifier::MoreThan),
            "less_than" => Some(Qualifier::LessThan),
            _ => None,
        }
    }
}
