//! What looks like a number but states no quantity: dates and years, clock times,
//! identifiers and names, page furniture, instrument names.

use super::lexicon::{
    CLOCK_WORDS, FURNITURE, ID_WORDS, INSTRUMENTS, MONTHS, MULTIPLIERS, QUALIFIERS_BEFORE, STOPWORDS, STREET_WORDS,
    UNITS, WEEKDAYS, YEAR_NOUNS, YEAR_WORDS,
};
use super::numeral::{is_number_word, Numeral};
use super::text::{is_capitalized, Ctx, Tok, TokKind};
use super::unit::{currency_word_at, looks_plural};

/// A month name (or abbreviation) as written: `May` but not `may`; in lower case only the
/// names that are no other word (`december 1`, not `may 1` or `march 5`).
#[inline(always)]
fn is_month<'a>(ctx: &Ctx<'a>, t: Option<Tok<'a>>) -> bool {
    let Some(tok) = t.filter(|t| t.is_word()) else { return false };
    let w = ctx.s(tok);
    MONTHS.has_exact(w)
        || lower_case_month(w) && !verb_month(ctx, tok) && (w.len() > 3 || w == "may" || dotted(ctx, tok))
}

/// `may` and `march` in lower case are verbs unless a preposition of time comes before
/// them (`on may 19`, `since march 3`).
fn verb_month<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> bool {
    ctx.is_any(t, &["may", "march"])
        && !ctx
            .word(ctx.before(t))
            .is_some_and(|p| matches!(p, "on" | "since" | "until" | "from" | "by" | "early" | "late" | "mid"))
}

/// `Nov. 6` split into two sentences at the short form's period: the text right before
/// `pos`, across the sentence break (a bounded look), ends with a month's short form and
/// `.`.
fn month_ends_sentence_before(ctx: &Ctx, pos: usize) -> bool {
    let bytes = &ctx.bytes()[pos.saturating_sub(16)..pos];
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end == 0 || bytes[end - 1] != b'.' {
        return false;
    }
    end -= 1;
    while end > 0 && bytes[end - 1] == b' ' {
        end -= 1;
    }
    let start = bytes[..end].iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    if start == 0 && pos >= 16 {
        return false; // the word may run on before the window
    }
    let Ok(w) = std::str::from_utf8(&bytes[start..end]) else { return false };
    // Only a short form: a full name may end a sentence (`in May. 5 people died`).
    let short = w.len() == 3 || w.eq_ignore_ascii_case("sept");
    short && !w.eq_ignore_ascii_case("may") && (MONTHS.has_exact(w) || lower_case_month(w))
}

/// A short form followed by its period: `oct. 13`, `oct . 13`.
fn dotted<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> bool {
    ctx.next(t.end).is_some_and(|p| ctx.is(p, "."))
}

/// `december`, `may`, `oct`: a month name or short form in lower case.
fn lower_case_month(w: &str) -> bool {
    if !(3..=9).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut buf = [0u8; 9];
    let buf = &mut buf[..w.len()];
    buf.copy_from_slice(w.as_bytes());
    buf[0].make_ascii_uppercase();
    MONTHS.has_exact_bytes(buf)
}

/// The word before `pos`, stepping over an abbreviation's period (`Jan. 22`, and `oct .
/// 13` in text split into tokens).
#[inline(always)]
fn word_before<'a>(ctx: &Ctx<'a>, pos: usize) -> Option<Tok<'a>> {
    let p = ctx.prev(pos)?;
    if p.kind == TokKind::Punct && ctx.is(p, ".") {
        return ctx
            .glued_before(p)
            .or_else(|| ctx.prev(p.start).filter(|w| lower_case_month(ctx.s(*w))))
            .filter(|w| w.is_word());
    }
    p.is_word().then_some(p)
}

/// A day of the month next to a month name: `February 29`, `Jan. 22`, `19 November`,
/// `Wednesday 20`.
#[inline(always)]
pub(crate) fn is_day_of_month(ctx: &Ctx, n: &Numeral) -> bool {
    if !n.digits || n.plain_len == 0 || n.plain_len > 2 || !(1.0..=31.0).contains(&n.value) {
        return false;
    }
    let before = word_before(ctx, n.start);
    if is_month(ctx, before) || ctx.word(before).is_some_and(|w| WEEKDAYS.has_exact(w)) {
        return true;
    }
    if before.is_none() && month_ends_sentence_before(ctx, n.start) {
        return true;
    }
    let after = ctx.next(n.end);
    is_month(ctx, after)
}

/// A four-digit year: `2019`, `the 2020 deal`, `May 2021`, `1986 results`; not `1500 people`.
#[inline(always)]
pub(crate) fn is_year(ctx: &Ctx, n: &Numeral) -> bool {
    if n.plain_len != 4 || n.multiplier.is_some() || !(1000.0..=2100.0).contains(&n.value) {
        return false;
    }
    let Some(next) = ctx.next(n.end) else { return !count_bound_before(ctx, n.start, round_hundreds(n.value)) };
    if next.start == n.end && ctx.is(next, "%") {
        return false;
    }
    let counted = next.is_word() && {
        let w = ctx.s(next);
        !is_capitalized(w) && (looks_plural(w) || UNITS.has(w)) && !YEAR_NOUNS.has(w)
            || currency_word_at(ctx, next).is_some()
    };
    // `the 1500m`, `2000mAh`: a unit glued on is no year's.
    if counted && next.start == n.end && UNITS.has(ctx.s(next)) {
        return false;
    }
    let year_word = ctx.word(ctx.prev(n.start)).is_some_and(|w| YEAR_WORDS.has(w));
    let possessive = ctx.next(n.end).is_some_and(|t| t.start == n.end && ctx.is_any(t, &["'", "’"]));
    let bound = !year_word && !possessive && count_bound_before(ctx, n.start, round_hundreds(n.value));
    !bound && (!counted || year_word || is_month(ctx, word_before(ctx, n.start)))
}

/// A bound that only a quantity takes right before `pos`: `nearly 3000`, `fewer than
/// 2000`, `upwards of 1500`, and a comparison with round hundreds (`above 1000`, `more
/// than 1500`; `round`). A year takes `before`, `since`, `at least 2021`, and comparisons
/// (`above 1985`, `less than 1985's`).
#[inline(always)]
fn count_bound_before(ctx: &Ctx, pos: usize, round: bool) -> bool {
    let Some(p) = ctx.prev(pos).filter(|p| p.is_word()) else { return false };
    let mut buf = [0u8; 16];
    match fold16(ctx.s(p), &mut buf) {
        b"nearly" | b"almost" | b"roughly" | b"approximately" => true,
        b"above" | b"below" | b"over" | b"under" => round,
        b"than" | b"of" => {
            let before = ctx.word(ctx.before(p)).map(str::to_ascii_lowercase);
            matches!(before.as_deref(), Some("fewer" | "upwards")) || round && ctx.s(p).len() == 4
        }
        _ => false,
    }
}

/// Round hundreds that are seldom a year in a comparison: `1000`, `1500`, not `2000`.
fn round_hundreds(value: f64) -> bool {
    value % 100.0 == 0.0 && value != 2000.0
}

/// The bytes of `s` in ASCII lower case when it fits in `buf`, else `b""` (folded a byte
/// at a time, as [`super::range::fold8`] is).
fn fold16<'b>(s: &str, buf: &'b mut [u8; 16]) -> &'b [u8] {
    let Some(b) = buf.get_mut(..s.len()) else { return b"" };
    for (to, from) in b.iter_mut().zip(s.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    b
}

/// A clock time after the number: `5:52`, `4 p.m.`, `11:42 GMT`.
#[inline(always)]
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
        // Most numbers are followed by a word: its second byte is no dot.
        if s[1] == b'.' && (s.eq_ignore_ascii_case(b"a.m.") || s.eq_ignore_ascii_case(b"p.m.")) {
            return true;
        }
    }
    let Some(next) = ctx.next(n.end) else { return false };
    if !next.is_word() || !CLOCK_WORDS.has(ctx.s(next)) || ctx.is(next, "Et") {
        return false;
    }
    // `0900 hrs` is a time, `3 hrs` a stretch of time.
    if ctx.s(next).eq_ignore_ascii_case("hrs") && n.plain_len != 4 {
        return false;
    }
    n.plain_len > 0 && n.value <= 2400.0 || dotted_clock(ctx, n)
}

/// `2.13`, `14.30`: hours and minutes after a dot (the British style), before a clock
/// word.
fn dotted_clock(ctx: &Ctx, n: &Numeral) -> bool {
    let text = ctx.slice(n.start, n.end);
    let Some((h, m)) = text.split_once('.') else { return false };
    let hours = h.len() <= 2 && h.bytes().all(|b| b.is_ascii_digit()) && n.value < 24.0;
    let minutes = m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) && m < "60";
    hours && minutes && n.multiplier.is_none()
}

/// A name or identifier before the number: `Resolution 2513`, `No. 5`, `#3`,
/// `Apollo 11`, `S&P 500`, `Formula One`. `pos` is where the claim was looked for: the
/// first word of a number in words (read again there, from the token cache, rather than
/// kept by the caller through all its rules).
#[inline(always)]
pub(crate) fn is_identifier(ctx: &Ctx, n: &Numeral, pos: usize) -> bool {
    if !n.digits {
        // A capitalised number word inside a sentence is a name (`Formula One`, `Big Ten`).
        return ctx.next(pos).is_some_and(|first| {
            is_capitalized(ctx.s(first)) && !ctx.starts_clause(first) && !all_caps_line(ctx, first)
        });
    }
    if street_address(ctx, n) {
        return true;
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
        // `S&P 500`; `J1149.5+6663`, a catalogue name
        if s == "&" || s == "+" && p.end == n.start && ctx.glued_before(p).is_some_and(|t| t.kind != TokKind::Punct) {
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
    // `No 3 in the charts`, `No 10 said`; not `No 10-year-old`, nor a poll's `No    58%`.
    if w == "No" && p.end + 1 == n.start {
        return !ctx.byte(n.end).is_some_and(|b| b == b'-' || b == b'%');
    }
    // `Apollo 11`, `iPhone 11`
    // An ASCII capital answers at once; only a word with other letters is read as chars.
    // One pass over the bytes, one test each, turns away a word of lower-case ASCII
    // letters, most of them.
    let named = w.bytes().any(|b| !b.is_ascii_lowercase())
        && (w.bytes().any(|b| b.is_ascii_uppercase()) || w.chars().any(char::is_uppercase));
    if !named || ctx.starts_clause(p) || MONTHS.has_exact(w) || WEEKDAYS.has_exact(w) {
        return false;
    }
    if STOPWORDS.has(w) || QUALIFIERS_BEFORE.has(w) || w == "I" || all_caps_line(ctx, p) {
        return false;
    }
    // Still a quantity when a unit, percent or multiplier follows: `Ghana 5%` is rare,
    // but `Lakers 109` and `Apollo 11` are names.
    let next = ctx.next(n.end);
    match next {
        Some(t) if t.start == n.end && ctx.is(t, "%") => false,
        Some(t) if t.is_word() && (UNITS.has(ctx.s(t)) || MULTIPLIERS.has(ctx.s(t))) => false,
        Some(t) if currency_word_at(ctx, t).is_some() => false,
        _ if w.ends_with("'s") || w.ends_with("’s") => {
            // A possessive owns a quantity (`to Osei's 14,207`, `Halden's 11 car parks`,
            // `Brazil's 14-bank committee`) but names a model in plain digits with no noun
            // after them (`Boeing's 747 to Paris`).
            let word = |t: Option<Tok>| ctx.word(t).is_some_and(|x| !is_capitalized(x) && !STOPWORDS.has(x));
            let compound = next.is_some_and(|h| h.start == n.end && ctx.is(h, "-") && word(ctx.glued_after(h)));
            n.plain_len > 0 && !word(next) && !compound
        }
        _ => true,
    }
}

/// A telephone number from numeral `n`: groups of two to four digits parted by single
/// spaces or hyphens, three groups or more, led by a `0` (`020 7946 0321`), a `+`
/// (`+44 20 7946 0321`) or an area code in brackets (`(555) 123-4567`). Where it ends.
pub(crate) fn phone_number(ctx: &Ctx, n: &Numeral) -> Option<usize> {
    let bytes = &ctx.bytes()[..ctx.hi];
    let before = n.start.checked_sub(1).map(|i| bytes[i]);
    let lead = match before {
        Some(b'+') => n.start < 2 || !bytes[n.start - 2].is_ascii_alphanumeric(),
        Some(b'(') => n.plain_len == 3 && bytes.get(n.end) == Some(&b')'),
        _ => n.plain_len >= 2 && bytes[n.start] == b'0',
    };
    if !lead || n.plain_len == 0 {
        return None;
    }
    let mut end = if before == Some(b'(') { n.end + 1 } else { n.end };
    let mut groups = 1;
    while matches!(bytes.get(end), Some(b' ' | b'-')) {
        let digits = bytes[end + 1..].iter().take(5).take_while(|b| b.is_ascii_digit()).count();
        let after = bytes.get(end + 1 + digits);
        if !(2..=4).contains(&digits) || after.is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        end += 1 + digits;
        groups += 1;
    }
    (groups >= 3).then_some(end)
}

/// A street address from numeral `n`: up to three capitalised words after it, the last a
/// kind of street (`22 Millbrook Way`, `10 Downing Street`, `86 Gansevoort St.`).
pub(crate) fn street_address(ctx: &Ctx, n: &Numeral) -> bool {
    if n.plain_len == 0 || n.fractional {
        return false;
    }
    let mut t = ctx.next(n.end);
    for _ in 0..3 {
        let Some(w) = ctx.word(t).filter(|w| is_capitalized(w)) else { return false };
        if STREET_WORDS.has(w) {
            // Not a name that goes on in lower case (`29 Bakers Square restaurants`).
            let after = t.and_then(|t| ctx.after(t));
            return ctx.word(after).map_or(true, |a| is_capitalized(a) || STOPWORDS.has(a));
        }
        t = t.and_then(|t| ctx.after(t));
    }
    false
}

/// A number inside a web address (`https://example.com/?q=30%25`, `www.x.com/2020`): the
/// text glued before it, back to white space (a bounded look), holds `://` or `www.`.
#[inline(always)]
pub(crate) fn in_web_address(ctx: &Ctx, pos: usize) -> bool {
    let bytes = ctx.bytes();
    // Most numbers follow white space: nothing to look at.
    if pos == 0 || bytes.get(pos - 1).map_or(true, u8::is_ascii_whitespace) {
        return false;
    }
    let from = pos.saturating_sub(512).max(ctx.lo);
    let glued = bytes[from..pos].iter().rposition(u8::is_ascii_whitespace).map_or(from, |i| from + i + 1);
    let chunk = &bytes[glued..pos];
    chunk.windows(3).any(|w| w == b"://") || chunk.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Whether the words around `t` are all capitals (a headline in capitals).
#[inline(always)]
fn all_caps_line<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> bool {
    let w = ctx.s(t);
    let next = ctx.word(ctx.after(t));
    super::text::is_all_caps(w) && next.is_some_and(super::text::is_all_caps) && !is_number_word(w)
}

/// Page furniture: `3 Comment`, `12 Shares`, `Comments (12)`, `5 min read`, `1500 / 1500`.
#[inline(always)]
pub(crate) fn is_furniture(ctx: &Ctx, n: &Numeral) -> Option<usize> {
    let next = ctx.next(n.end)?;
    if next.is_word() && FURNITURE.has_exact(ctx.s(next)) {
        return Some(next.end);
    }
    // `Comments (12)`
    let open = ctx.prev(n.start).filter(|p| ctx.is(*p, "("));
    if ctx.is(next, ")") && open.is_some_and(|o| ctx.word(ctx.prev(o.start)).is_some_and(|w| FURNITURE.has_exact(w))) {
        return Some(next.end);
    }
    // `5 min read`
    if ctx.is_any(next, &["min", "mins", "minute"]) {
        if let Some(read) = ctx.after(next).filter(|r| ctx.is(*r, "read")) {
            return Some(read.end);
        }
    }
    if n.digits && next.kind == TokKind::Punct && ctx.is(next, "/") && next.start > n.end {
        let d = ctx.next(next.end).filter(|d| d.is_digits() && d.start > next.end)?;
        return Some(d.end);
    }
    None
}

/// An instrument named by its term: `10-year notes`, `three-month aluminum`.
pub(crate) fn is_instrument(ctx: &Ctx, end: usize) -> bool {
    ctx.word(ctx.next(end)).is_some_and(|w| INSTRUMENTS.has(w))
}

/// The power of a unit (`km^3`, `J/m^2`, `fb−1`, `s^-1`): digits after a caret, or after a
/// minus sign glued to a letter.
#[inline(always)]
pub(crate) fn is_unit_power(ctx: &Ctx, pos: usize) -> bool {
    let before = |k: usize| pos.checked_sub(k).and_then(|i| ctx.byte(i).filter(|_| i >= ctx.lo));
    match before(1) {
        Some(b'^') => true,
        Some(b'-') => before(2) == Some(b'^'),
        // U+2212 MINUS SIGN after a letter
        Some(0x92) => {
            before(2) == Some(0x88) && before(3) == Some(0xE2) && before(4).is_some_and(|b| b.is_ascii_alphabetic())
        }
        _ => false,
    }
}
