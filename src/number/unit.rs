//! Units, currencies and the counted noun after a number.

use super::lexicon::{
    Lazy, CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, NOT_PLURAL, PLURALS, STOPWORDS, UNITS, UNIT_MODIFIERS,
};
use super::numeral::is_number_word;
use super::text::{is_all_caps, is_capitalized, Ctx, Tok, TokKind};
use std::borrow::Cow;

/// A unit found after a number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct UnitHit<'a> {
    /// End of the unit words in the text.
    pub end: usize,
    /// The head noun as written (`tons` in `metric tons`).
    pub written: &'a str,
    /// The normalised unit (`t`, `km`, `%`).
    pub norm: Cow<'static, str>,
    /// `measure`, `duration`, `percent` or `points`.
    pub kind: &'static str,
}

/// Whether `w` looks like a plural noun (`members`, `SUVs`, `people`).
#[inline(always)]
pub(crate) fn looks_plural(w: &str) -> bool {
    PLURALS.has(w) || looks_plural_unlisted(w)
}

/// Whether `w`, a word the plurals do not list, looks like a plural noun by its ending
/// (`members`, `SUVs`): [`looks_plural`] for a caller that has looked it up already.
#[inline(always)]
fn looks_plural_unlisted(w: &str) -> bool {
    if !w.ends_with('s') {
        return compound_plural(w).is_some() && !NOT_PLURAL.has(w);
    }
    if w.len() < 3 || NOT_PLURAL.has(w) || STOPWORDS.has(w) {
        return false;
    }
    let stem = &w[..w.len() - 1];
    if !stem.chars().next_back().is_some_and(char::is_alphabetic) {
        return false; // `Garcia's`
    }
    let b = w.as_bytes();
    let before = b[b.len() - 2].to_ascii_lowercase();
    !matches!(before, b's' | b'u' | b'i')
}

/// The irregular plurals of the plurals' data that name their singular (`men`, `children`),
/// the longest first: the endings of compound nouns.
static IRREGULAR_PLURALS: Lazy<Vec<(&'static str, &'static str)>> = Lazy::new(|| {
    let mut pairs: Vec<_> = PLURALS.pairs().filter(|(_, singular)| !singular.is_empty()).collect();
    pairs.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    pairs
});

/// A compound noun ending in an irregular plural (`gunmen`, `grandchildren`,
/// `salespeople`): its length without that ending, and the ending's singular. A word
/// that is all ending (`men`) is listed in the plurals instead.
fn compound_plural(w: &str) -> Option<(usize, &'static str)> {
    let b = w.as_bytes();
    IRREGULAR_PLURALS.iter().find_map(|&(plural, singular)| {
        let stem = b.len().checked_sub(plural.len()).filter(|&n| n >= 2)?;
        b[stem..].eq_ignore_ascii_case(plural.as_bytes()).then_some((stem, singular))
    })
}

/// The dictionary form of a counted noun, lower case (`provinces` → `province`,
/// `people` → `person`), pushed to `out`.
#[inline(always)]
pub(crate) fn push_lemma(out: &mut String, w: &str) {
    let mut buf = [0u8; 48];
    let owned;
    let lower: &str = match buf.get_mut(..w.len()).filter(|_| w.is_ascii()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or(w)
        }
        None => {
            owned = w.to_lowercase();
            &owned
        }
    };
    if let Some(cols) = PLURALS.get(lower) {
        out.push_str(cols.first().copied().filter(|s| !s.is_empty()).unwrap_or(lower));
        return;
    }
    if NOT_PLURAL.has(lower) {
        out.push_str(lower);
        return;
    }
    if let Some((stem, singular)) = compound_plural(lower) {
        out.push_str(&lower[..stem]);
        out.push_str(singular);
        return;
    }
    if let Some(stem) = lower.strip_suffix("ies").filter(|s| s.len() > 1) {
        out.push_str(stem);
        out.push('y');
        return;
    }
    if ["sses", "shes", "ches", "xes", "zes"].iter().any(|suffix| lower.ends_with(suffix)) {
        out.push_str(&lower[..lower.len() - 2]);
        return;
    }
    match lower.strip_suffix('s') {
        Some(stem) if !lower.ends_with("ss") && !lower.ends_with("us") && !lower.ends_with("is") && stem.len() > 1 => {
            out.push_str(stem)
        }
        _ => out.push_str(lower),
    }
}

/// A unit from the lexicon starting at token `t` (after optional modifiers such as
/// `metric` or `square`): `3,100 kilometers`, `10 percent`, `2 percentage points`.
#[inline(always)]
pub(crate) fn unit_at<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<UnitHit<'a>> {
    let mut t = t;
    let mut suffix = "";
    let mut modifiers = 0;
    while t.is_word() && modifiers < 2 {
        match UNIT_MODIFIERS.get_folded(ctx.s(t)) {
            Some(cols) => {
                let next = ctx.after(t)?;
                // A modifier needs a unit after it.
                if !next.is_word() || UNITS.get_folded(ctx.s(next)).is_none() {
                    break;
                }
                suffix = cols.first().copied().unwrap_or("");
                t = next;
                modifiers += 1;
            }
            None => break,
        }
    }
    let w = ctx.s(t);
    // Two-word units first: `per cent`, `percentage points`, `basis points`.
    // Most words start no unit of two words: the word after them is not read.
    if t.is_word() && UNITS.may_start_with(w) {
        if let Some(n) = ctx.after(t).filter(|n| n.is_word()) {
            if let Some(cols) = UNITS.get_joined(&[w, ctx.s(n)], " ", true) {
                // The head noun is the unit: `points` of `percentage points`.
                let written = if cols.first() == Some(&"%") { "percent" } else { ctx.s(n) };
                return Some(hit(n.end, written, cols, suffix));
            }
        }
    }
    if t.kind == TokKind::Punct && w != "%" && w != "°" {
        return None;
    }
    // `km/h`, `m/s` (the byte after the word says whether a slash is glued to it)
    if t.is_word() && ctx.byte(t.end) == Some(b'/') {
        if let Some(slash) = ctx.glued_after(t).filter(|s| ctx.is(*s, "/")) {
            if let Some(den) = ctx.glued_after(slash).filter(|d| d.is_word()) {
                if let Some(cols) = UNITS.get_joined(&[w, ctx.s(den)], "/", true) {
                    return Some(hit(den.end, ctx.slice(t.start, den.end), cols, suffix));
                }
            }
        }
    }
    // `300 m2`, `5 km2`: a power glued to the unit (the digit is no number of its own);
    // not `M2`, `M3` (money supply).
    if t.is_word()
        && matches!(ctx.byte(t.end), Some(b'2' | b'3'))
        && !(w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase())
        && !ctx.char_at(t.end + 1).is_some_and(char::is_alphanumeric)
    {
        let power = ctx.slice(t.end, t.end + 1);
        if let Some(cols) = UNITS.get_joined(&[w, power], "", true) {
            return Some(hit(t.end + 1, ctx.slice(t.start, t.end + 1), cols, suffix));
        }
    }
    let cols = UNITS.get_folded(w)?;
    // Capitalised single letters (`5 M`) are not units; `km`, `KM`, `Km` are.
    if w.len() == 1 && w != "%" && w != "°" && w.chars().all(char::is_uppercase) {
        return None;
    }
    let mut written = if cols.first() == Some(&"%") { "percent" } else { w };
    let mut end = t.end;
    let mut cols = cols;
    // `degrees Celsius`, `° C`, `°F`
    if cols.first() == Some(&"°") {
        if let Some(n) = ctx.next(t.end).filter(|n| n.is_word()) {
            // `degrees Celsius`, `degrees centigrade`: a scale named in full.
            let scale = || UNITS.get_folded(ctx.s(n)).filter(|c| matches!(c.first(), Some(&("°C" | "°F"))));
            if let Some(c) = UNITS.get_joined(&["°", ctx.s(n)], "", true).or_else(scale) {
                cols = c;
                end = n.end;
                // `°C` written as one: that is the unit.
                if w == "°" && n.start == t.end {
                    written = ctx.slice(t.start, n.end);
                }
            }
        }
    }
    Some(hit(end, written, cols, suffix))
}

fn hit<'a>(end: usize, written: &'a str, cols: &[&'static str], suffix: &str) -> UnitHit<'a> {
    let norm = cols.first().copied().unwrap_or_default();
    UnitHit {
        end,
        written,
        norm: if suffix.is_empty() { Cow::Borrowed(norm) } else { Cow::Owned(format!("{norm}{suffix}")) },
        kind: cols.get(1).copied().unwrap_or("measure"),
    }
}

/// A currency sign or code ending right before `pos` (`$`, `US$`, `£`, `Rs.`, `USD `):
/// its start, ISO code and unit noun.
#[inline(always)]
pub(crate) fn currency_before(ctx: &Ctx, pos: usize) -> Option<(usize, &'static str, &'static str)> {
    // Most numerals follow a digit, a lower-case word or a sign that names no currency:
    // the byte before says so. Of ASCII bytes, only `$`, `.`, capitals, the `s` of `Rs`
    // and the `p` of `Rp` can end a sign or code.
    let last = ctx.byte_before_space(pos)?;
    if last == b'-' && pos > 0 && ctx.byte(pos - 1) == Some(b'-') {
        return currency_before_minus(ctx, pos - 1);
    }
    if last.is_ascii() && !matches!(last, b'$' | b'.' | b's' | b'p' | b'A'..=b'Z') {
        return None;
    }
    let p = ctx.prev(pos)?;
    let glued = p.end == pos;
    let s = ctx.s(p);
    let mut found = None;
    if p.kind == TokKind::Punct {
        if let Some(cols) = CURRENCY_SIGNS.get(s) {
            found = Some((p.start, cols));
            // `US$`, `HK$`, `A$`
            if let Some(w) = ctx.glued_before(p).filter(|w| w.is_word()) {
                if let Some(cols) = CURRENCY_SIGNS.get_joined(&[ctx.s(w), s], "", false) {
                    found = Some((w.start, cols));
                }
            } else if let Some((w, cols)) = spaced_prefix(ctx, p) {
                found = Some((w, cols));
            }
        } else if s == "." {
            // `Rs. 500`
            if let Some(w) = ctx.glued_before(p).filter(|w| w.is_word()) {
                if let Some(cols) = CURRENCY_SIGNS.get_joined(&[ctx.s(w), "."], "", false) {
                    found = Some((w.start, cols));
                }
            }
        }
    } else if p.is_word() && (glued || ctx.only_space(p.end, pos)) && is_all_caps(s) || s == "Rs" || s == "Rp" {
        // `USD 5`, `EUR5`, `Rs 500`, `Rp 5,000`
        if let Some(cols) = CURRENCY_SIGNS.get(s) {
            found = Some((p.start, cols));
        }
    }
    let (start, cols) = found?;
    if !glued && p.kind == TokKind::Punct && !ctx.only_space(p.end, pos) {
        return None;
    }
    Some((start, cols.first().copied()?, cols.get(1).copied()?))
}

/// `C $ 16.4 million`, `hk $ 10.05 billion`: the letters of a country's dollar written
/// apart from its sign, as tokenised copy has it (one space, any case). Not the article
/// (`a $5 bill`), the pronoun (`cost us $5`) or a possessive's `s` (`Lee's $5 plan`):
/// the letters stand alone after a space, a bracket or the start. Their start and the
/// sign's columns.
#[inline(never)]
fn spaced_prefix(ctx: &Ctx, sign: Tok) -> Option<(usize, &'static [&'static str])> {
    let w = ctx.prev(sign.start).filter(|w| w.is_word() && w.end + 1 == sign.start && w.end - w.start <= 2)?;
    if ctx.byte(w.end) != Some(b' ') || ctx.char_before(w.start).is_some_and(|c| !c.is_whitespace() && c != '(') {
        return None;
    }
    let letters = ctx.s(w);
    if letters.eq_ignore_ascii_case("a") || letters == "us" {
        return None;
    }
    // The signs are listed in capitals (`HK$`).
    let mut upper = [0u8; 2];
    let upper = &mut upper[..letters.len()];
    upper.copy_from_slice(letters.as_bytes());
    upper.make_ascii_uppercase();
    let upper = std::str::from_utf8(upper).ok()?;
    Some((w.start, CURRENCY_SIGNS.get_joined(&[upper, ctx.s(sign)], "", false)?))
}

/// `$-99.99`: a currency sign glued before the minus at `minus` (the number is negative).
#[inline(never)]
fn currency_before_minus(ctx: &Ctx, minus: usize) -> Option<(usize, &'static str, &'static str)> {
    if !ctx.char_before(minus).is_some_and(|c| !c.is_whitespace() && !c.is_alphanumeric()) {
        return None;
    }
    currency_before(ctx, minus)
}

/// A currency noun at token `t` (`dollars`, `euros`, `Australian dollars`): its end,
/// ISO code and the noun as written.
#[inline(always)]
pub(crate) fn currency_word_at<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> Option<(usize, &'static str, &'a str)> {
    if !t.is_word() {
        return None;
    }
    let cols = CURRENCY_WORDS.get_folded(ctx.s(t));
    if let Some(cols) = cols {
        let iso = cols.first().copied().unwrap_or("");
        return Some((t.end, iso, ctx.s(t)));
    }
    // `Australian dollars`, `Hong Kong dollars`, `Swiss francs`, `Swedish crowns`
    let cols = CURRENCY_ADJECTIVES.get_folded(ctx.s(t))?;
    let (iso, nouns) = (cols.first().copied()?, cols.get(1).copied()?);
    let mut n = ctx.after(t)?;
    if n.is_word() && CURRENCY_WORDS.get_folded(ctx.s(n)).is_none() && is_capitalized(ctx.s(n)) {
        n = ctx.after(n)?; // `Hong Kong dollars`
    }
    let noun = ctx.s(n);
    CURRENCY_WORDS.get_folded(noun)?;
    // The adjective names the currency of its own nouns only (`Swiss francs`, not `Swiss dollars`).
    let named = |stem: &str| noun.get(..stem.len()).is_some_and(|head| head.eq_ignore_ascii_case(stem));
    if !nouns.split(',').any(named) {
        return None;
    }
    Some((n.end, iso, noun))
}

/// The counted noun phrase starting at token `t`: the head noun and the phrase's end.
/// For plural counts the head is the first plural noun (skipping adjectives and names);
/// for one, the last word before a function word or punctuation.
#[inline(always)]
pub(crate) fn noun_phrase<'a>(ctx: &Ctx<'a>, t: Tok<'a>, plural: bool) -> Option<(Tok<'a>, Tok<'a>)> {
    let first = t;
    let mut t = t;
    let mut content = 0;
    let mut last: Option<Tok> = None;
    let mut crossed_and = false;
    for _ in 0..7 {
        if !t.is_word() {
            break;
        }
        let (word_end_tok, compound) = compound_word(ctx, t);
        let w = ctx.slice(t.start, word_end_tok.end);
        let function_word = STOPWORDS.has(w) && !is_all_caps(w) || is_number_word(w);
        if function_word || w.eq_ignore_ascii_case("percent") {
            // `national security and diplomatic officials`
            if w.eq_ignore_ascii_case("and") && plural && content > 0 && !crossed_and {
                let n = ctx.after(t)?;
                if n.is_word() && !STOPWORDS.has(ctx.s(n)) && !is_number_word(ctx.s(n)) {
                    crossed_and = true;
                    t = n;
                    continue;
                }
            }
            break;
        }
        let head = ctx.tok(t.start, word_end_tok.end, TokKind::Word);
        if plural {
            let tail = if compound { ctx.s(word_end_tok) } else { w };
            let listed = PLURALS.has(tail);
            let collective = listed && ctx.word(ctx.after(word_end_tok)).is_some_and(looks_plural);
            if (listed || looks_plural_unlisted(tail))
                && !collective
                && !(is_capitalized(w) && !is_all_caps(w) && next_is_word(ctx, word_end_tok))
            {
                return Some((first, head));
            }
        }
        content += 1;
        last = Some(head);
        match ctx.after(word_end_tok) {
            Some(n) if n.is_word() => t = n,
            _ => break,
        }
    }
    if crossed_and {
        return None;
    }
    let last = last?;
    let w = ctx.s(last);
    if plural {
        // One lower-case word before a stop: `2,000 staff`, `500 police`.
        return (content == 1 && !is_capitalized(w) && PLURALS.has(w)).then_some((first, last));
    }
    if is_capitalized(w) || content > 3 {
        return None;
    }
    Some((first, last))
}

fn next_is_word<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> bool {
    ctx.after(t).is_some_and(|n| n.is_word() && !STOPWORDS.has(ctx.s(n)))
}

/// The last word of a hyphenated compound starting at `t` (`Al-Qaeda`, `triple-doubles`),
/// and whether it is one.
#[inline(always)]
pub(crate) fn compound_word<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> (Tok<'a>, bool) {
    let mut end = t;
    let mut compound = false;
    for _ in 0..4 {
        // The byte after the word says whether a hyphen is glued to it (most words have
        // none, and the token after them is then not read here).
        if !matches!(ctx.byte(end.end), Some(b'-' | 0xE2)) {
            break;
        }
        let Some(h) = ctx.glued_after(end).filter(|h| ctx.is_any(*h, &["-", "‑"])) else { break };
        let Some(w) = ctx.glued_after(h).filter(|w| w.is_word()) else { break };
        end = w;
        compound = true;
    }
    (end, compound)
}
