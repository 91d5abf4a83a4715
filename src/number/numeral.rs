//! Numerals: digits with separators, decimals and fractions, spelled-out numbers, and
//! the multipliers after them (`1.2 million`, `$5bn`, `20k`, `two dozen`).

use super::lexicon::{MULTIPLIERS, NUMBER_WORDS};
use super::text::{Ctx, Tok, TokKind};

/// Denominators read as fractions (`7/32`, `1-1/2`); others make an identifier (`9/11`).
const DENOMINATORS: &[u64] = &[2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 128];

/// Digit strings longer than this saturate instead of being parsed.
const MAX_DIGITS: usize = 300;

/// Words read in one spelled-out number at most (`eight hundred seventy-six trillion five
/// hundred twelve billion ...` runs to about 30).
const MAX_WORDS: usize = 40;

/// A numeral and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    /// First byte of the numeral (digits, or the first number word, or `a` in `a dozen`).
    pub start: usize,
    /// End of the numeral, multiplier included.
    pub end: usize,
    /// The value, multiplier applied.
    pub value: f64,
    /// Whether it is written in digits.
    pub digits: bool,
    /// Digits with no separator, decimal point or fraction: how many (else 0).
    pub plain_len: usize,
    /// A decimal point or a fraction.
    pub fractional: bool,
    /// The multiplier applied, if any.
    pub multiplier: Option<f64>,
    /// A bare fraction word (`half`, `a quarter`) with no whole number.
    pub fraction_word: bool,
    /// A fraction counted by a number word (`two thirds`, `one sixth`), which no
    /// ordinal or period reads like (not `quarters`): a fraction wherever it stands.
    pub counted_fraction: bool,
    /// The only word is `one` (pronoun and article risk).
    pub lone_one: bool,
    /// `a couple` (needs `of`).
    pub couple: bool,
}

/// The result of reading digits at a position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Digits {
    /// A numeral.
    Num(Numeral),
    /// Not a quantity (a date, a version, an identifier); scanning resumes at the offset.
    Skip(usize),
}

/// `10^k` for `k` up to 15, each exact in an `f64`.
const POWERS_OF_TEN: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// The value of a digit string with optional `,` separators and `.` decimals; saturates
/// to `f64::MAX` when too long to parse.
#[inline(always)]
pub(crate) fn digits_value(s: &[u8]) -> f64 {
    // Up to 15 significant digits: exact integers, and one correctly rounded division
    // (the same value as parsing the decimal).
    let (mut mantissa, mut digits, mut decimals, mut point) = (0u64, 0, 0i32, false);
    for b in s.iter().copied() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                decimals += i32::from(point);
            }
            b'.' => point = true,
            _ => {}
        }
        if digits > 15 {
            break;
        }
    }
    if digits <= 15 {
        // Powers of ten up to 1e15 are exact, so the table gives what `powi` does.
        return mantissa as f64 / POWERS_OF_TEN[decimals as usize];
    }
    let int_len = s.iter().copied().take_while(|&b| b != b'.').filter(u8::is_ascii_digit).count();
    if int_len > MAX_DIGITS {
        return f64::MAX;
    }
    // Decimals past what fits are dropped.
    let mut buf = [0u8; MAX_DIGITS + 2];
    let mut n = 0;
    for b in s.iter().copied().filter(|&b| b.is_ascii_digit() || b == b'.').take(MAX_DIGITS + 2) {
        buf[n] = b;
        n += 1;
    }
    let v: f64 = std::str::from_utf8(&buf[..n]).ok().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    if v.is_finite() {
        v
    } else {
        f64::MAX
    }
}

fn digit_at(ctx: &Ctx, i: usize) -> bool {
    ctx.byte(i).is_some_and(|b| b.is_ascii_digit())
}

fn digits_end(ctx: &Ctx, mut i: usize) -> usize {
    while digit_at(ctx, i) {
        i += 1;
    }
    i
}

/// The digits of a numeral's whole and decimal parts, gathered as they are read, so that
/// its value needs no second pass over them: what [`digits_value`] gives for up to 15
/// digits, which it is asked for only past that.
#[derive(Debug, Clone, Copy, Default)]
struct Mantissa {
    /// The digits as one whole number: exact for up to 15 digits, the only numbers it is
    /// read for (past them it may wrap, unread).
    whole: u64,
    /// How many digits were read.
    digits: usize,
    /// How many of them came after the decimal point.
    decimals: usize,
}

impl Mantissa {
    /// Reads the run of digits from `i`, after the decimal point when `decimals`; returns
    /// its end.
    #[inline(always)]
    fn read(&mut self, ctx: &Ctx, mut i: usize, decimals: bool) -> usize {
        let start = i;
        while let Some(d) = ctx.byte(i).filter(u8::is_ascii_digit) {
            self.whole = self.whole.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            i += 1;
        }
        // Counted once the run is read, not digit by digit.
        self.digits += i - start;
        if decimals {
            self.decimals += i - start;
        }
        i
    }

    /// The value of the digits read, which are those of `s`.
    #[inline(always)]
    fn value(self, s: &[u8]) -> f64 {
        if self.digits <= 15 {
            // As in `digits_value`: exact, and one correctly rounded division.
            return self.whole as f64 / POWERS_OF_TEN[self.decimals];
        }
        digits_value(s)
    }
}

/// The end of the run of digits and `.,/:-` from `i`: what an identifier or a date spans.
#[inline(always)]
pub(crate) fn run_end(ctx: &Ctx, mut i: usize) -> usize {
    while let Some(b) = ctx.byte(i) {
        let inner = matches!(b, b'.' | b',' | b'/' | b':' | b'-') && digit_at(ctx, i + 1);
        if b.is_ascii_alphanumeric() || inner {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Reads the digits starting at `p`: separators, decimals, fractions and mixed numbers.
/// The multiplier is read by [`multiplier`].
#[inline(always)]
pub(crate) fn read_digits(ctx: &Ctx, p: usize) -> Digits {
    let mut mantissa = Mantissa::default();
    let mut i = mantissa.read(ctx, p, false);
    let first = i - p;
    let mut grouped = false;
    if first <= 2 {
        if let Some(end) = lakh_groups(ctx, i) {
            while i < end {
                i = mantissa.read(ctx, i + 1, false);
            }
            grouped = true;
        }
    }
    if first <= 3 && !grouped {
        // `1,234,567`, or `10 000` with a no-break or thin space (never a plain one).
        while let Some(sep) = group_separator(ctx, i) {
            let g = i + sep;
            if !(digit_at(ctx, g) && digit_at(ctx, g + 1) && digit_at(ctx, g + 2) && !digit_at(ctx, g + 3)) {
                break;
            }
            i = mantissa.read(ctx, g, false);
            grouped = true;
        }
        if !grouped {
            if let Some(groups) = space_groups(ctx, i) {
                for g in (i..groups).step_by(4) {
                    i = mantissa.read(ctx, g + 1, false);
                }
                grouped = true;
            }
        }
    }
    let mut decimal = false;
    let mut dotted = None;
    if ctx.byte(i) == Some(b'.') && digit_at(ctx, i + 1) {
        let j = mantissa.read(ctx, i + 1, true);
        if ctx.byte(j) == Some(b'.') && digit_at(ctx, j + 1) {
            // `1.000.000`: thousands between dots; else 1.2.3, an address or a version.
            let Some((end, v)) = dotted_thousands(ctx, p, i).filter(|_| !grouped) else {
                return Digits::Skip(run_end(ctx, p));
            };
            dotted = Some(v);
            grouped = true;
            i = end;
        } else {
            decimal = true;
            i = j;
        }
    }
    let mut value = match dotted {
        Some(v) => v,
        None => mantissa.value(&ctx.bytes()[p..i]),
    };
    let mut fractional = decimal;
    if !grouped && !decimal && ctx.byte(i) == Some(b'/') && digit_at(ctx, i + 1) {
        let j = digits_end(ctx, i + 1);
        let den = digits_value(&ctx.bytes()[i + 1..j]);
        // `1/40 of the wavelength`: any denominator before `of`, unless it reads as a
        // month and a day (`9/11`).
        let date_shaped = value <= 12.0 && den <= 31.0;
        let proper = ctx.byte(j) != Some(b'/')
            && value < den
            && (is_denominator(den) || !date_shaped && den <= 1000.0 && ctx.next(j).is_some_and(|t| ctx.is(t, "of")));
        if !proper {
            return Digits::Skip(run_end(ctx, p)); // 9/11, 24/7, 11/13/19, 2022/23
        }
        value /= den;
        fractional = true;
        i = j;
    } else if !grouped && !decimal && matches!(ctx.byte(i), Some(b'-' | b' ')) && digit_at(ctx, i + 1) {
        // A mixed number: 1-1/2, 1 1/2.
        let j = digits_end(ctx, i + 1);
        if ctx.byte(j) == Some(b'/') && digit_at(ctx, j + 1) {
            let k = digits_end(ctx, j + 1);
            let num = digits_value(&ctx.bytes()[i + 1..j]);
            let den = digits_value(&ctx.bytes()[j + 1..k]);
            if ctx.byte(k) != Some(b'/') && is_denominator(den) && num < den && num > 0.0 {
                value += num / den;
                fractional = true;
                i = k;
            }
        }
    }
    // `2 and a half`, `3 and two thirds`: a spelled fraction after a whole number.
    if !grouped
        && !decimal
        && !fractional
        && ctx.byte(i) == Some(b' ')
        && ctx.bytes().get(i + 1..i + 5) == Some(b"and ")
    {
        if let Some((part, end)) = ctx.next(i).and_then(|and| and_a_fraction(ctx, and)) {
            value += part;
            fractional = true;
            i = end;
        }
    }
    // `1.2e10`, `3.5 x 10^6`, `2^10`: a power of ten or of the base.
    if !grouped && (decimal || !fractional) && may_start_power(ctx, i) {
        if let Some((powered, end)) = power_after(ctx, p, i, value).filter(|(v, _)| v.is_finite()) {
            value = powered;
            fractional = true;
            i = end;
        }
    }
    // `2½`, `3¼`, `5 ½`: a vulgar fraction after the whole number.
    let at = if ctx.byte(i) == Some(b' ') { i + 1 } else { i };
    if !decimal && !fractional && ctx.byte(at).is_some_and(|b| b >= 0x80) {
        if let Some((part, len)) = ctx.char_at(at).and_then(|c| vulgar_fraction(c).map(|v| (v, c.len_utf8()))) {
            value += part;
            fractional = true;
            i = at + len;
        }
    }
    let plain_len = if grouped || fractional { 0 } else { i - p };
    Digits::Num(Numeral {
        start: p,
        end: i,
        value,
        digits: true,
        plain_len,
        fractional,
        multiplier: None,
        fraction_word: false,
        counted_fraction: false,
        lone_one: false,
        couple: false,
    })
}

/// `1.000.000`, `2.500.000.000`: groups of three digits after dots, as much of Europe
/// writes thousands, from the first dot at `i` of the run starting at `p`. Two dots at
/// least, so never a decimal point; not four groups below 256 (`192.168.100.200`).
/// Returns the end and the value.
#[inline(never)]
fn dotted_thousands(ctx: &Ctx, p: usize, i: usize) -> Option<(usize, f64)> {
    if !(1..=3).contains(&(i - p)) {
        return None;
    }
    let (mut k, mut groups) = (i, 1);
    while ctx.byte(k) == Some(b'.') && (1..=3).all(|d| digit_at(ctx, k + d)) && !digit_at(ctx, k + 4) {
        k += 4;
        groups += 1;
    }
    // A group of another length, or a decimal comma after them: not read.
    let irregular = matches!(ctx.byte(k), Some(b'.' | b',')) && digit_at(ctx, k + 1) || digit_at(ctx, k);
    if groups < 3 || irregular {
        return None;
    }
    let bytes = &ctx.bytes()[p..k];
    let address = groups == 4 && bytes.split(|&b| b == b'.').all(|g| g.len() == 3 && digits_value(g) <= 255.0);
    if address {
        return None;
    }
    let value = bytes.iter().filter(|b| b.is_ascii_digit()).fold(0.0, |v, &b| v * 10.0 + f64::from(b - b'0'));
    Some((k, value))
}

/// A cheap first look at the bytes after a numeral: whether a power may follow (`e`,
/// `^`, a times sign, a superscript); most numerals end in a space and a word.
#[inline(always)]
fn may_start_power(ctx: &Ctx, i: usize) -> bool {
    match ctx.byte(i) {
        Some(b'e' | b'E' | b'^' | b'x' | b'X' | b'*' | 0x80..=0xFF) => true,
        Some(b' ') => matches!(ctx.byte(i + 1), Some(b'x' | b'X' | b'*' | 0xC2 | 0xC3)),
        _ => false,
    }
}

/// The value of the mantissa `value` (read from `p` to `i`) with the power written after
/// it, and the power's end: `1.2e10`, `-12e-1`, `2.48×10−5`, `3.5 x 10^6`, `8x2^10`,
/// `10⁶`; or `2^10` on its own.
fn power_after(ctx: &Ctx, p: usize, i: usize, value: f64) -> Option<(f64, usize)> {
    match ctx.byte(i)? {
        b'e' | b'E' => {
            let (_, end) = signed_digits(ctx, i + 1, 3)?;
            // Parsed whole, so `1.2e10` is exactly the float of its decimal.
            let v: f64 = ctx.text.get(p..end)?.replace('\u{2212}', "-").parse().ok()?;
            Some((v, end))
        }
        b'^' => {
            let (exp, end) = signed_digits(ctx, i + 1, 3)?;
            Some((value.powi(exp), end))
        }
        _ => {
            let mantissa = ctx.text.get(p..i)?;
            let (base, exp, end) = times_power(ctx, i).or_else(|| {
                // `10⁶` alone: ten to that power.
                let (exp, end) = superscripts(ctx, i).filter(|_| value == 10.0)?;
                Some((10.0, exp - 1, end))
            })?;
            if base != 10.0 {
                return Some((value * base.powi(exp), end));
            }
            // Parsed whole, so `2.48×10−5` is exactly the float of `2.48e-5`.
            Some((format!("{mantissa}e{exp}").parse().ok()?, end))
        }
    }
}

/// An exponent at `i`: an optional sign (`+`, `-`, `−`) and up to `most` digits, with no
/// letter or digit glued after. Returns it and its end.
fn signed_digits(ctx: &Ctx, mut i: usize, most: usize) -> Option<(i32, usize)> {
    let mut negative = false;
    match ctx.byte(i)? {
        b'+' => i += 1,
        b'-' => (negative, i) = (true, i + 1),
        0xE2 if ctx.char_at(i) == Some('\u{2212}') => (negative, i) = (true, i + 3),
        _ => {}
    }
    let end = digits_end(ctx, i);
    if end == i || end - i > most || ctx.char_at(end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let exp = ctx.text.get(i..end)?.parse::<i32>().ok()?;
    Some((if negative { -exp } else { exp }, end))
}

/// `× 10^6`, `x10−5`, `x 2^10`, `×10⁶` after a mantissa at `i`: the base, the exponent
/// and the end.
/// A plain minus after `10` is an exponent only there, after the times sign.
fn times_power(ctx: &Ctx, mut i: usize) -> Option<(f64, i32, usize)> {
    if ctx.byte(i) == Some(b' ') {
        i += 1;
    }
    let sign = ctx.char_at(i)?;
    if !matches!(sign, 'x' | 'X' | '×' | '*' | '·') {
        return None;
    }
    i += sign.len_utf8();
    if ctx.byte(i) == Some(b' ') {
        i += 1;
    }
    let base_end = digits_end(ctx, i);
    if base_end == i || base_end - i > 2 {
        return None;
    }
    let base = digits_value(ctx.bytes().get(i..base_end)?);
    let (exp, end) = match ctx.byte(base_end)? {
        b'^' => signed_digits(ctx, base_end + 1, 3)?,
        b'-' | 0xE2 if base == 10.0 => {
            signed_digits(ctx, base_end, 2).filter(|&(exp, _)| exp < 0).or_else(|| superscripts(ctx, base_end))?
        }
        _ => superscripts(ctx, base_end)?,
    };
    Some((base, exp, end))
}

/// Superscript digits at `i` (`⁶`, `⁻³`, `¹²`): the exponent and its end.
fn superscripts(ctx: &Ctx, mut i: usize) -> Option<(i32, usize)> {
    let negative = ctx.char_at(i) == Some('⁻');
    if negative {
        i += '⁻'.len_utf8();
    }
    let (mut exp, mut n) = (0i32, 0);
    while let Some(d) = ctx.char_at(i).and_then(superscript_digit) {
        exp = exp * 10 + d;
        n += 1;
        i += ctx.char_at(i)?.len_utf8();
        if n > 3 {
            return None;
        }
    }
    (n > 0).then_some((if negative { -exp } else { exp }, i))
}

fn superscript_digit(c: char) -> Option<i32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as i32 - '⁴' as i32 + 4),
        _ => None,
    }
}

/// The length of a thousands separator at `i`: `,`, or a no-break, narrow no-break or
/// thin space.
/// Indian grouping after a whole part of one or two digits at `i`: groups of two
/// (lakhs, crores), then a last group of three (`1,20,000`, `15,00,000`, `3,45,67,890`).
/// Where the last group ends, if the digits are grouped so.
fn lakh_groups(ctx: &Ctx, mut i: usize) -> Option<usize> {
    let two = |i: usize| ctx.byte(i) == Some(b',') && digit_at(ctx, i + 1) && digit_at(ctx, i + 2);
    if !two(i) || ctx.byte(i + 3) != Some(b',') {
        return None;
    }
    while two(i) && ctx.byte(i + 3) == Some(b',') {
        i += 3;
    }
    (two(i) && digit_at(ctx, i + 3) && !digit_at(ctx, i + 4)).then_some(i + 4)
}

fn group_separator(ctx: &Ctx, i: usize) -> Option<usize> {
    match ctx.byte(i)? {
        b',' => Some(1),
        0xC2 if ctx.byte(i + 1) == Some(0xA0) => Some(2),
        0xE2 if ctx.byte(i + 1) == Some(0x80) && matches!(ctx.byte(i + 2), Some(0xAF | 0x89)) => Some(3),
        _ => None,
    }
}

/// `10 000`, `1 250 000`: groups of three digits after plain spaces are thousands of the
/// number before them when one of the groups starts with `0`, as no number of its own
/// does; else (`12 500 troops`) the space may part two numbers, and does. Where the last
/// group ends, if so.
///
/// Most numerals are followed by a space and a word, or by no space: the two bytes after
/// them say so where it is asked, before any call.
#[inline(always)]
fn space_groups(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.byte(i) != Some(b' ') || !digit_at(ctx, i + 1) {
        return None;
    }
    space_groups_from(ctx, i)
}

/// [`space_groups`] after a space and a digit, out of line.
#[inline(never)]
fn space_groups_from(ctx: &Ctx, mut i: usize) -> Option<usize> {
    let mut zero_led = false;
    let start = i;
    while ctx.byte(i) == Some(b' ')
        && digit_at(ctx, i + 1)
        && digit_at(ctx, i + 2)
        && digit_at(ctx, i + 3)
        && !digit_at(ctx, i + 4)
        && !matches!(ctx.byte(i + 4), Some(b'/' | b','))
    {
        zero_led |= ctx.byte(i + 1) == Some(b'0');
        i += 4;
    }
    (i > start && zero_led).then_some(i)
}

/// The value of a vulgar fraction character (`½`, `¼`, `⅔`).
pub(crate) fn vulgar_fraction(c: char) -> Option<f64> {
    let (num, den) = match c {
        '½' => (1.0, 2.0),
        '⅓' => (1.0, 3.0),
        '⅔' => (2.0, 3.0),
        '¼' => (1.0, 4.0),
        '¾' => (3.0, 4.0),
        '⅕' => (1.0, 5.0),
        '⅖' => (2.0, 5.0),
        '⅗' => (3.0, 5.0),
        '⅘' => (4.0, 5.0),
        '⅙' => (1.0, 6.0),
        '⅚' => (5.0, 6.0),
        '⅛' => (1.0, 8.0),
        '⅜' => (3.0, 8.0),
        '⅝' => (5.0, 8.0),
        '⅞' => (7.0, 8.0),
        _ => return None,
    };
    Some(num / den)
}

fn is_denominator(den: f64) -> bool {
    DENOMINATORS.iter().any(|&d| d as f64 == den)
}

/// A multiplier right after the numeral `n`: glued (`20k`, `5bn`) or after a space
/// (`1.2 million`, `5 mln`, `two dozen`). `glued_m` says whether a glued `m` means million
/// (else it is left for the metre); `money` whether a currency sign came before. The numeral
/// is extended in place (it is not copied in and out).
#[inline(always)]
pub(crate) fn multiplier(ctx: &Ctx, n: &mut Numeral, glued_m: bool, money: bool) {
    if n.multiplier.is_some() {
        return;
    }
    let Some(mut t) = ctx.next(n.end) else { return };
    // `$5-million` (a hyphen before the multiplier, in some house styles)
    if t.start == n.end && ctx.is(t, "-") {
        match ctx
            .glued_after(t)
            .filter(|w| w.is_word() && MULTIPLIERS.get_folded(ctx.s(*w)).is_some_and(|c| c.get(1) == Some(&"any")))
        {
            Some(w) => t = ctx.tok(n.end, w.end, TokKind::Word),
            None => return,
        }
    }
    if t.kind != TokKind::Word {
        return;
    }
    let glued = t.start == n.end;
    if glued && !n.digits {
        return;
    }
    let w = ctx.s(t).trim_start_matches('-');
    // A glued word must end there: `5bn` but not `5bnx`, `20km`.
    if glued && ctx.char_at(t.end).is_some_and(char::is_alphanumeric) {
        return;
    }
    let factor = match MULTIPLIERS.get_folded(w) {
        Some(cols) => {
            let where_ = cols.get(1).copied().unwrap_or("any");
            if where_ == "attached" && !glued {
                return;
            }
            // A glued `m` or `b` is a multiplier for money (`£1.2m`, `$5b`), or for `m` before a
            // plural noun (`20m people`), or for `b` after a decimal point (`1.2b`, which names
            // nothing); else a metre, part of a name (`221B`), or a bid (`98-1/2b`).
            // A glued `t` is a trillion only for money (`$2.1T`), else the tonne.
            if w.eq_ignore_ascii_case("m") && !glued_m
                || w.eq_ignore_ascii_case("b") && !money && !ctx.slice(n.start, n.end).contains('.')
                || w.eq_ignore_ascii_case("t") && !money
            {
                return;
            }
            // `5 M` or `5 B` in capitals after a space is not a multiplier; `5M`, `5B` glued is.
            cols.first().and_then(|f| factor_of(f))
        }
        None if !glued && (w.eq_ignore_ascii_case("dozen") || w.eq_ignore_ascii_case("dozens")) => Some(12.0),
        None => None,
    };
    let Some(factor) = factor else { return };
    // `hundred thousand`, `million` after a spelled-out number are read by `read_words`.
    n.value = scaled(n.value, ctx.slice(n.start, n.end), factor);
    n.multiplier = Some(factor);
    n.end = t.end;
    n.plain_len = 0;
    // `2 hundred million`, `7 hundred thousand`: a spelled larger scale after `hundred`.
    if factor == 100.0 && !glued {
        if let Some((larger, end)) = scale_after(ctx, t) {
            n.value *= larger;
            n.multiplier = Some(factor * larger);
            n.end = end;
        }
    }
}

/// `value × factor`, for a `value` written as the decimal `written`, as exactly as that
/// decimal scales: `16.4 million` is 16,400,000, where multiplying the float nearest 16.4
/// gives 16,399,999.999999998. The decimals are made whole (`164`), multiplied exactly
/// (the product stays below 2^53), and divided once, which rounds once.
///
/// A value with no decimal point, or too many digits, is multiplied as it is.
#[inline(never)]
pub(crate) fn scaled(value: f64, written: &str, factor: f64) -> f64 {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
                                                // The last `.` by bytes (a numeral is a few bytes: no searcher is set up for it).
    let bytes = written.as_bytes();
    let decimals = bytes
        .iter()
        .rposition(|&b| b == b'.')
        .map_or(0, |dot| bytes[dot + 1..].iter().take_while(|b| b.is_ascii_digit()).count());
    let Some(&power) = POWERS_OF_TEN.get(decimals).filter(|_| decimals > 0) else { return value * factor };
    let whole = (value * power).round();
    if (whole * factor).abs() >= EXACT || factor.fract() != 0.0 {
        return value * factor;
    }
    whole * factor / power
}

/// A spelled scale word (`thousand`, `million`, `billion`) right after `t`, and its end.
#[inline(never)]
fn scale_after<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<(f64, usize)> {
    let s = ctx.next(t.end).filter(|s| s.kind == TokKind::Word && s.start > t.end)?;
    match word_class(ctx.s(s))? {
        ("scale", v) if v >= 1000.0 => Some((v, s.end)),
        _ => None,
    }
}

/// A multiplier's factor as listed: the usual ones read without parsing a float.
#[inline(always)]
fn factor_of(col: &str) -> Option<f64> {
    match col {
        "1000" => Some(1e3),
        "1000000" => Some(1e6),
        "1000000000" => Some(1e9),
        "1000000000000" => Some(1e12),
        _ => col.parse().ok(),
    }
}

/// The class and value of a number word.
#[inline(always)]
fn word_class(w: &str) -> Option<(&'static str, f64)> {
    class_of(NUMBER_WORDS.get_folded(w))
}

/// The class and value in a number word's columns, if it has any.
#[inline(always)]
pub(crate) fn class_of(cols: Option<&[&'static str]>) -> Option<(&'static str, f64)> {
    let cols = cols?;
    Some((cols.get(1).copied()?, value_of(cols.first()?)?))
}

/// The scale a spelled-out numeral ends in (`thirty thousand`: 1000, `six hundred`: 100),
/// which a bare number before it in a range shares (`twenty to thirty thousand`).
pub(crate) fn trailing_scale(ctx: &Ctx, n: &Numeral) -> Option<f64> {
    if n.digits || n.fraction_word {
        return None;
    }
    let last = ctx.prev(n.end).filter(|t| t.end == n.end && t.kind == TokKind::Word)?;
    match word_class(ctx.s(last))? {
        ("scale" | "hundred", v) => Some(v),
        _ => None,
    }
}

/// A listed value: whole numbers (most of them) read digit by digit, exactly as a
/// float parse reads them below 2^53; others parsed.
#[inline(always)]
fn value_of(col: &str) -> Option<f64> {
    if (1..=15).contains(&col.len()) && col.bytes().all(|b| b.is_ascii_digit()) {
        let whole = col.bytes().fold(0u64, |v, b| v * 10 + u64::from(b - b'0'));
        return Some(whole as f64);
    }
    col.parse().ok()
}

/// Whether `w` is a spelled-out number word (`two`, `hundred`, `half`).
#[inline(always)]
pub(crate) fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.has(w)
}

/// Reads a spelled-out number starting with the word `first` (which may be `a`/`an`
/// before `dozen`, `hundred`, `half`...): `two thousand five hundred`, `four hundred and
/// six`, `twenty-one`, `a dozen`, `two dozen`, `half`, `a third`, `five-and-a-half`.
#[inline(always)]
pub(crate) fn read_words<'a>(ctx: &Ctx<'a>, first: Tok<'a>) -> Option<Numeral> {
    read_words_known(ctx, first, None)
}

/// [`read_words`], given the class of the word starting at `known.0` when the caller has
/// already looked it up (`known.1`), so that it is not looked up again.
#[inline(always)]
pub(crate) fn read_words_known<'a>(
    ctx: &Ctx<'a>,
    first: Tok<'a>,
    mut known: Option<(usize, Option<(&'static str, f64)>)>,
) -> Option<Numeral> {
    let mut t = first;
    let mut article = false;
    let w = ctx.s(t);
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        article = true;
        t = next_number_piece(ctx, t)?;
    }
    let (mut total, mut cur) = (0.0f64, 0.0f64);
    let mut last: Option<&str> = None;
    let mut end = t.start;
    let mut words = 0;
    let mut fraction_word = false;
    let mut counted_fraction = false;
    let mut couple = false;
    let mut only_one = false;
    let mut last_scale = 0.0f64;
    // What was read before the words that follow the last scale word: total, end, words.
    let mut group: Option<(f64, usize, usize)> = None;
    loop {
        let w = ctx.s(t);
        let class = match known.take() {
            Some((start, class)) if start == t.start => class,
            _ => word_class(w),
        };
        let Some((class, v)) = class else {
            // `and` inside: `four hundred and six`, `five and a half`.
            if w.eq_ignore_ascii_case("and") && last.is_some() {
                if let Some((part, part_end)) = and_a_fraction(ctx, t) {
                    if matches!(last, Some("unit" | "teen" | "ten" | "hundred" | "scale" | "dozen")) {
                        // `a million and a half` is half a million more, `a dozen and a
                        // half` half a dozen more.
                        match last {
                            Some("scale") => total += part * last_scale,
                            Some("dozen") => cur += part * 12.0,
                            _ => cur += part,
                        }
                        end = part_end;
                        words += 3;
                    }
                    break;
                }
                if matches!(last, Some("hundred" | "scale")) {
                    if let Some(n) = next_number_piece(ctx, t) {
                        if matches!(word_class(ctx.s(n)), Some(("unit" | "teen" | "ten", _))) {
                            t = n;
                            continue;
                        }
                    }
                }
            }
            break;
        };
        let has_head = cur > 0.0 || total > 0.0 || article;
        if last == Some("scale") && matches!(class, "unit" | "teen" | "ten") {
            group = Some((total, end, words));
        }
        match class {
            "unit" | "teen" => {
                if matches!(last, Some("unit" | "teen" | "fraction" | "fractions" | "dozen" | "couple")) {
                    break;
                }
                if last == Some("ten") && class == "teen" {
                    break;
                }
                if article {
                    break;
                }
                only_one = last.is_none() && v == 1.0;
                cur += v;
            }
            "ten" => {
                if matches!(last, Some("unit" | "teen" | "ten" | "fraction" | "fractions" | "dozen" | "couple"))
                    || article
                {
                    break;
                }
                cur += v;
            }
            "hundred" => {
                if !has_head || matches!(last, Some("hundred" | "fraction" | "fractions" | "couple")) {
                    break;
                }
                cur = head(cur) * 100.0;
                fraction_word = false;
                article = false;
            }
            "scale" => {
                if !has_head || matches!(last, Some("couple")) {
                    break;
                }
                if last == Some("scale") || cur == 0.0 && total > 0.0 {
                    // `two thousand million`: a larger scale right after one multiplies it;
                    // an equal or smaller one starts another number (`million million`).
                    if v <= last_scale || cur != 0.0 {
                        break;
                    }
                    total *= v;
                } else if v >= last_scale && last_scale > 0.0 {
                    // `one billion and three billion`: scales only fall inside one number,
                    // so the number ends before the group that rises again.
                    if let Some((t0, e0, w0)) = group {
                        (total, cur, end, words) = (t0, 0.0, e0, w0);
                    }
                    break;
                } else {
                    // `a half million`, `two and a half billion`
                    total += head(cur) * v;
                }
                fraction_word = false;
                cur = 0.0;
                last_scale = v;
                article = false;
            }
            "dozen" => {
                if !has_head || matches!(last, Some("dozen" | "couple" | "scale")) {
                    break;
                }
                // `a half dozen`; `three hundred and two dozen` is 300 and 24.
                fraction_word = false;
                let hundreds = if matches!(last, Some("unit" | "teen" | "ten")) { cur - cur % 100.0 } else { 0.0 };
                cur = hundreds + head(cur - hundreds) * 12.0;
                article = false;
            }
            "fraction" | "fractions" => {
                if last.is_none() {
                    if class == "fractions" {
                        break; // `thirds` alone
                    }
                    // `half`, `a half`, `a third`, `a quarter`
                    if !article && !w.eq_ignore_ascii_case("half") {
                        break;
                    }
                    cur = v;
                    fraction_word = true;
                    article = false;
                    // `half a million`, `half a dozen`, `a quarter of a million`
                    if let Some((scale, f)) = fraction_of_scale(ctx, t) {
                        cur = v * f;
                        fraction_word = false;
                        end = scale.end;
                        words += 3;
                        break;
                    }
                } else if (matches!(last, Some("unit" | "teen")) && cur < 20.0
                    || class == "fractions" && matches!(last, Some("unit" | "ten")) && cur < 100.0)
                    && total == 0.0
                {
                    // `two thirds`, `three quarters`, `one half`; `twenty-three fifths`
                    cur = over(cur, v);
                    fraction_word = true;
                    counted_fraction = !w.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("quarter"));
                    // `three quarters of a million`, `two-thirds of a billion`
                    if let Some((scale, f)) = fraction_of_scale(ctx, t) {
                        cur *= f;
                        fraction_word = false;
                        end = scale.end;
                        words += 3;
                        break;
                    }
                } else if class == "fraction" && matches!(last, Some("unit" | "ten")) && cur >= 20.0 {
                    return None; // `twenty fifth`, `the twenty-third`: an ordinal
                } else {
                    break;
                }
            }
            "couple" => {
                if last.is_some() || !article {
                    break;
                }
                cur = 2.0;
                couple = true;
                article = false;
            }
            _ => break,
        }
        last = Some(class);
        end = t.end;
        words += 1;
        if words > MAX_WORDS {
            break;
        }
        match next_number_piece(ctx, t).or_else(|| hundreds_after_comma(ctx, t, last, last_scale)) {
            Some(n) => t = n,
            None => break,
        }
    }
    if words == 0 || article {
        return None;
    }
    if !fraction_word && !couple && ctx.byte(end) == Some(b' ') && matches!(ctx.byte(end + 1), Some(b'p' | b'P')) {
        if let Some((decimals, decimals_end)) = spoken_decimals(ctx, end) {
            cur += decimals;
            end = decimals_end;
            words += 1;
        }
    }
    Some(Numeral {
        start: first.start,
        end,
        value: total + cur,
        digits: false,
        plain_len: 0,
        fractional: fraction_word || (total + cur).fract() != 0.0,
        multiplier: None,
        fraction_word,
        counted_fraction: counted_fraction && fraction_word,
        lone_one: only_one && words == 1,
        couple,
    })
}

/// Digits spoken after `point` at `end`: `(two hundred) point zero three`, `(one) point
/// five`, `point seventy-one`. Returns their value and end.
#[inline(never)]
fn spoken_decimals(ctx: &Ctx, end: usize) -> Option<(f64, usize)> {
    let point = ctx.next(end).filter(|t| t.is_word() && ctx.s(*t).eq_ignore_ascii_case("point"))?;
    let mut digits = String::from("0.");
    let mut t = next_number_piece(ctx, point);
    let mut last = point.end;
    while let Some(w) = t {
        match word_class(ctx.s(w)) {
            // `zero three`: a digit a word
            Some(("unit", v)) => digits.push(char::from(b'0' + v as u8)),
            // `seventy-one`, `twelve`: two digits, first only
            Some(("ten" | "teen", v)) if digits.len() == 2 => {
                let ones = next_number_piece(ctx, w).and_then(|u| match word_class(ctx.s(u)) {
                    Some(("unit", d)) if v % 10.0 == 0.0 && d > 0.0 => Some((d, u.end)),
                    _ => None,
                });
                let (d, e) = ones.unwrap_or((0.0, w.end));
                digits.push_str(&format!("{}", (v + d) as u32));
                last = e;
                break;
            }
            _ => break,
        }
        last = w.end;
        if digits.len() > 8 {
            break;
        }
        t = next_number_piece(ctx, w);
    }
    if digits.len() == 2 {
        return None;
    }
    Some((digits.parse().ok()?, last))
}

/// Whether the numeral `n` is all its sentence says, but for a final stop (`One.`,
/// `a half`): a number given on its own.
pub(crate) fn stands_alone(ctx: &Ctx, n: &Numeral) -> bool {
    if ctx.prev(n.start).is_some() {
        return false;
    }
    match ctx.next(n.end) {
        None => true,
        Some(t) => ctx.is_any(t, &[".", "!", "?"]) && ctx.next(t.end).is_none(),
    }
}

/// The number a multiplier applies to: the one read so far, or 1 (`a hundred`).
fn head(cur: f64) -> f64 {
    if cur > 0.0 {
        cur
    } else {
        1.0
    }
}

fn article_word(w: &str) -> bool {
    w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
}

/// The hundreds that go on a spelled-out number after a comma: `one thousand, two
/// hundred`, `three million, four hundred thousand`. Only after a scale of a thousand or
/// more (`last` the class of `t`, `scale` its value), and only a unit or teen followed by
/// `hundred`, which a list of numbers rarely is. Returns the unit or teen.
fn hundreds_after_comma<'a>(ctx: &Ctx<'a>, t: Tok<'a>, last: Option<&str>, scale: f64) -> Option<Tok<'a>> {
    if last != Some("scale") || scale < 1000.0 || ctx.byte(t.end) != Some(b',') || ctx.byte(t.end + 1) != Some(b' ') {
        return None;
    }
    let n = ctx.next(t.end + 1).filter(|n| n.kind == TokKind::Word)?;
    let h = next_number_piece(ctx, n)?;
    let ok = matches!(word_class(ctx.s(n)), Some(("unit" | "teen", v)) if v > 0.0)
        && matches!(word_class(ctx.s(h)), Some(("hundred", _)));
    ok.then_some(n)
}

/// The next word of a spelled-out number after `t`: after white space or a glued hyphen.
#[inline(always)]
fn next_number_piece<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<Tok<'a>> {
    let n = ctx.next(t.end)?;
    if n.kind == TokKind::Word {
        return Some(n);
    }
    if n.start == t.end && ctx.is(n, "-") {
        let w = ctx.next(n.end)?;
        if w.start == n.end && w.kind == TokKind::Word {
            return Some(w);
        }
    }
    None
}

/// The scale after a fraction word `t`: `(half) a million`, `(a quarter) of a million`,
/// `(half) a dozen`. Returns the scale word and its factor.
fn fraction_of_scale<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<(Tok<'a>, f64)> {
    let mut a = next_number_piece(ctx, t)?;
    if ctx.s(a).eq_ignore_ascii_case("of") {
        a = next_number_piece(ctx, a)?;
    }
    if !article_word(ctx.s(a)) {
        return None;
    }
    let scale = next_number_piece(ctx, a)?;
    match word_class(ctx.s(scale))? {
        ("scale" | "dozen" | "hundred", f) => Some((scale, f)),
        _ => None,
    }
}

/// The fraction after `and_tok` in a mixed number: `and a half`, `and a quarter`,
/// `and two thirds`, `and three quarters`. Returns its value and end.
fn and_a_fraction<'a>(ctx: &Ctx<'a>, and_tok: Tok<'a>) -> Option<(f64, usize)> {
    let a = next_number_piece(ctx, and_tok)?;
    let f = next_number_piece(ctx, a)?;
    let whole = if article_word(ctx.s(a)) {
        1.0
    } else {
        match word_class(ctx.s(a))? {
            ("unit", v) if v > 0.0 => v,
            _ => return None,
        }
    };
    match word_class(ctx.s(f))? {
        ("fraction", v) => Some((over(whole, v), f.end)),
        ("fractions", v) if whole > 1.0 => Some((over(whole, v), f.end)),
        _ => None,
    }
}

/// `num` parts of the size `part` (`3` fifths → 0.6): divided by the whole denominator,
/// so `3/5` is exactly 0.6 and not `3 × 0.2`.
fn over(num: f64, part: f64) -> f64 {
    num / (1.0 / part).round()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Option<f64> {
        let ctx = Ctx::new(text, 0, text.len());
        read_words(&ctx, ctx.next(0)?).map(|n| n.value)
    }

    fn digits(text: &str) -> Option<f64> {
        let ctx = Ctx::new(text, 0, text.len());
        match read_digits(&ctx, 0) {
            Digits::Num(mut n) => {
                multiplier(&ctx, &mut n, true, true);
                Some(n.value)
            }
            Digits::Skip(_) => None,
        }
    }

    #[test]
    fn spelled_out() {
        for (text, value) in [
            ("two thousand five hundred", Some(2500.0)),
            ("four hundred and six", Some(406.0)),
            ("twenty-one", Some(21.0)),
            ("ninety nine", Some(99.0)),
            ("a dozen", Some(12.0)),
            ("two dozen", Some(24.0)),
            ("three hundred and two dozens", Some(324.0)),
            ("two thousand million", Some(2e9)),
            ("one hundred thousand thousand", Some(100_000.0)),
            ("three and a quarter", Some(3.25)),
            ("two and three fifths", Some(2.6)),
            ("half", Some(0.5)),
            ("a third", Some(1.0 / 3.0)),
            ("a quarter", Some(0.25)),
            ("two-thirds", Some(2.0 / 3.0)),
            ("five-and-a-half", Some(5.5)),
            ("two hundred point zero three", Some(200.03)),
            ("one point", Some(1.0)),
            ("a couple", Some(2.0)),
            ("a hundred", Some(100.0)),
            ("one million", Some(1e6)),
            ("three billion", Some(3e9)),
            ("hundred", None),
            ("thousand", None),
            ("third", None),
            ("a", None),
            ("two three", Some(2.0)),
        ] {
            assert_eq!(words(text), value, "{text}");
        }
    }

    #[test]
    fn in_digits() {
        for (text, value) in [
            ("2,500", Some(2500.0)),
            ("1.2", Some(1.2)),
            ("0.90", Some(0.9)),
            ("7/32", Some(7.0 / 32.0)),
            ("1-1/2", Some(1.5)),
            ("9/11", None),
            ("11/13/19", None),
            ("1.2.3", None),
            ("20k", Some(20000.0)),
            ("2½", Some(2.5)),
            ("10\u{a0}000", Some(10_000.0)),
            ("10\u{202f}000\u{202f}000", Some(10_000_000.0)),
            ("5bn", Some(5e9)),
            ("1.2m", Some(1.2e6)),
            ("1.2 million", Some(1.2e6)),
            ("3.5 trillion", Some(3.5e12)),
            ("1,2,3", Some(1.0)),
            ("12,34", Some(12.0)),
            ("4e14", Some(4e14)),
            ("12e-1", Some(1.2)),
            ("12.32e+14", Some(12.32e14)),
            ("2.48×10−5", Some(2.48e-5)),
            ("5.5x10-3", Some(5.5e-3)),
            ("3 × 10⁻⁴", Some(3e-4)),
            ("10⁶", Some(1e6)),
            ("2^10", Some(1024.0)),
            ("1e999", Some(1.0)),
            ("3 x 10-foot", Some(3.0)),
        ] {
            assert_eq!(digits(text), value, "{text}");
        }
        assert_eq!(digits(&"9".repeat(1_000_000)), Some(f64::MAX));
        assert_eq!(digits(&"9".repeat(400)), Some(f64::MAX));
        assert!(digits(&"9".repeat(300)).is_some_and(f64::is_finite));
    }
}
