//! Who asserts the numbers of a sentence: `according to X`, `X said`, `said X`.

use super::lexicon::{DETERMINERS, MONTHS, SOURCE_CUES, SOURCE_VERBS, STOPWORDS, WEEKDAYS};
use super::text::{is_capitalized, Ctx, Tok, TokKind};

/// At most this many words make a source.
const MAX_WORDS: usize = 8;

/// The source named in the sentence `ctx`, if it is simple to find. `cues` are the
/// starts of the words that may name one (`according`, `said`), found by the scan.
pub(crate) fn sentence_source(ctx: &Ctx, cues: &[usize]) -> Option<String> {
    // The scan notes at most eight cues a sentence: their words fit on the stack.
    let mut buf = [ctx.tok(0, 0, TokKind::Word); 8];
    let mut n = 0;
    for t in cues.iter().filter_map(|&c| ctx.next(c)).filter(|t| t.is_word()).take(buf.len()) {
        buf[n] = t;
        n += 1;
    }
    let words = &buf[..n];
    // `according to X`
    for &t in words.iter().filter(|&&t| SOURCE_CUES.may_start_with(ctx.s(t))) {
        let Some(n) = ctx.after(t).filter(|n| n.is_word()) else { continue };
        if SOURCE_CUES.get_joined(&[ctx.s(t), ctx.s(n)], " ", true).is_some() {
            if let Some(s) = phrase_after(ctx, n.end) {
                return Some(as_named(s));
            }
        }
    }
    // `X said`, `said X`
    for &t in words {
        if !SOURCE_VERBS.has_exact(ctx.s(t)) {
            continue;
        }
        if let Some(s) = subject_before(ctx, t).or_else(|| after_comma(ctx, t)).or_else(|| past_relative(ctx, t)) {
            return Some(as_named(s));
        }
        // `said Bek`, but not `said June 18`
        let next = ctx.after(t).filter(|n| {
            let w = ctx.s(*n);
            n.is_word() && is_capitalized(w) && !MONTHS.has_exact(w) && !WEEKDAYS.has_exact(w)
        });
        if let Some(n) = next {
            return phrase_after(ctx, n.start).map(as_named);
        }
    }
    None
}

/// A source as a quote's speaker names it: a determiner that opens the sentence is
/// written in lower case (`The ministry said` → `the ministry`, as elsewhere).
fn as_named(mut source: String) -> String {
    // The first word, before a space, found by its bytes (a source is a few words: no
    // searcher is set up for it).
    let bytes = source.as_bytes();
    let first = bytes.iter().position(|&b| b == b' ').map(|space| &bytes[..space]);
    if matches!(first, Some(b"The" | b"A" | b"An")) {
        source[..1].make_ascii_lowercase();
    }
    source
}

/// `The company, which employs 5,000 people, said`: the subject before a `which` or
/// `who` clause set off by commas right before the verb (within a dozen words).
fn past_relative(ctx: &Ctx, verb: Tok) -> Option<String> {
    let close = ctx.prev(verb.start).filter(|t| ctx.is(*t, ","))?;
    let mut p = close.start;
    for _ in 0..12 {
        let t = ctx.prev(p)?;
        // Not the comma inside `5,000`.
        let in_number = ctx.glued_before(t).is_some_and(|b| b.is_digits());
        if ctx.is(t, ",") && !in_number {
            let rel = ctx.after(t).filter(|r| ctx.is_any(*r, &["which", "who"]))?;
            return subject_before(ctx, ctx.tok(t.start, rel.start, TokKind::Punct));
        }
        if !t.is_word() && !t.is_digits() && !matches!(ctx.s(t), "," | "." | "-" | "’" | "'" | "%" | "$") {
            return None;
        }
        p = t.start;
    }
    None
}

/// The words after `pos` up to punctuation: a source's name.
fn phrase_after(ctx: &Ctx, pos: usize) -> Option<String> {
    let mut end = None;
    let mut start = None;
    let mut p = pos;
    for _ in 0..MAX_WORDS {
        let Some(t) = ctx.next(p) else { break };
        let s = ctx.s(t);
        let inner =
            t.kind == TokKind::Punct && matches!(s, "-" | "." | "&" | "’" | "'") && ctx.glued_after(t).is_some();
        if !(t.is_word() || inner) {
            break;
        }
        if t.is_word() && start.is_some() && STOPWORDS.has(s) && !matches!(s, "of" | "the") {
            break;
        }
        start.get_or_insert(t.start);
        end = Some(t.end);
        p = t.end;
    }
    let text = ctx.slice(start?, end?);
    let text = text.trim_end_matches(" of").trim_end_matches(" the");
    // `the UN monitoring team’s last report` → `the UN monitoring team`
    let text = text.strip_suffix("’s").or_else(|| text.strip_suffix("'s")).unwrap_or(text);
    (!text.is_empty()).then(|| text.to_owned())
}

/// The name right before a speech verb: capitalised words, or an article and nouns.
fn subject_before<'a>(ctx: &Ctx<'a>, verb: Tok<'a>) -> Option<String> {
    let mut start = None;
    let mut p = verb.start;
    let mut words = 0;
    while words < MAX_WORDS {
        let Some(t) = ctx.prev(p) else { break };
        if !t.is_word() {
            break;
        }
        let s = ctx.s(t);
        if is_article(s) {
            // `the report says` opening a clause, not `briefed on the talks said`
            let opens = match ctx.before(t) {
                None => true,
                Some(b) if b.kind == TokKind::Punct => true,
                Some(b) => ["and", "but", "that", "as"].iter().any(|w| ctx.s(b).eq_ignore_ascii_case(w)),
            };
            if !s.eq_ignore_ascii_case("the") && !opens_indefinite(ctx, t) {
                break; // the words after it, as before articles counted
            }
            if !opens {
                return None;
            }
            start = Some(t.start);
            break;
        }
        if !(is_capitalized(s) || words == 0 && start.is_none() && !STOPWORDS.has(s) && the_before(ctx, t)) {
            break;
        }
        if STOPWORDS.has(s) {
            break;
        }
        start = Some(t.start);
        p = t.start;
        words += 1;
    }
    let start = start?;
    let text = ctx.slice(start, ctx.prev(verb.start)?.end);
    (!text.is_empty() && !is_article(text)).then(|| text.to_owned())
}

/// Whether `a`/`an` at `t` opens a source (`A spokesman said`): it opens the clause, as a
/// word of its own (not the `a` of a misread `Peña`), and no fraction (`a third said`).
fn opens_indefinite(ctx: &Ctx, t: Tok) -> bool {
    let own_word = ctx.char_before(t.start).map_or(true, |c| c.is_whitespace() || c == '(');
    let clause = ctx.before(t).map_or(true, |b| b.kind == TokKind::Punct);
    own_word && clause && !ctx.word(ctx.after(t)).is_some_and(super::numeral::is_number_word)
}

/// `the`, `a` or `an`, in any case: what opens `the report says`, `a spokesman said`.
fn is_article(w: &str) -> bool {
    w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
}

/// `…, officials said`, `…, its chief executive said`: up to four words between a comma
/// and the verb, none a function word but a determiner opening them (no pronoun).
fn after_comma(ctx: &Ctx, verb: Tok) -> Option<String> {
    let mut start: Option<Tok> = None;
    let mut p = verb.start;
    for _ in 0..=4 {
        let t = ctx.prev(p)?;
        if !t.is_word() {
            let first = start?;
            let opener = ctx.s(first);
            let opens = !STOPWORDS.has(opener) || DETERMINERS.has(opener) || matches!(opener, "a" | "an");
            let inner_ok = ctx.slice(first.end, verb.start).split_whitespace().all(|w| !STOPWORDS.has(w));
            let last = ctx.prev(verb.start)?;
            return (ctx.s(t) == "," && opens && inner_ok).then(|| ctx.slice(first.start, last.end).to_owned());
        }
        start = Some(t);
        p = t.start;
    }
    None
}

/// `the report says`, `the UN report says`, `a spokesman said`: a lower-case noun after
/// an article and up to three capitalised words.
fn the_before<'a>(ctx: &Ctx<'a>, t: Tok<'a>) -> bool {
    let mut t = t;
    for _ in 0..4 {
        let Some(b) = ctx.before(t) else { return false };
        let w = ctx.s(b);
        if w.eq_ignore_ascii_case("the") || is_article(w) && opens_indefinite(ctx, b) {
            return true;
        }
        if !is_capitalized(w) {
            return false;
        }
        let Some(b) = ctx.before(t) else { return false };
        t = b;
    }
    false
}
