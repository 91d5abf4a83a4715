//! Quotation marks, paired paragraph by paragraph.
//!
//! Marks are found by scanning for their bytes (`"`, `'`, and the lead bytes of `“ ” ‘ ’
//! « »`), so text without quotes costs one `memchr` pass. Inside a paragraph double marks
//! are paired by type: `“` opens, `”` closes, a straight `"` opens or closes by the
//! characters beside it and by whether a quote is open. Single marks pair only at the top
//! level (inside a double quote they are nested quotes, part of the outer one), and an
//! apostrophe (`Qaeda’s`, `’90s`, `officials’`) is never a mark.

use crate::span::Span;

/// What a mark can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// `“ „ ‟ «` (`“` closes after `„`)
    Open,
    /// `” »`
    Close,
    /// A straight `"`: open-like before a word, close-like after one.
    Straight { open_like: bool, close_like: bool },
    /// `‘` or `'` at a word start.
    SingleOpen,
    /// `’` or `'` after a word or punctuation, before a non-word.
    SingleClose,
}

/// A quotation mark and what it can do.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    span: Span,
    role: Role,
}

/// A paired quote, before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The words inside, trimmed, without a trailing comma.
    pub inner: Span,
    /// The marks and the words between them.
    pub outer: Span,
    /// No closing mark in its paragraph.
    pub unclosed: bool,
    /// No opening mark: it starts where the sentence does.
    pub unopened: bool,
    /// A mark read as the other kind (`, “he said`, `there. “`).
    pub repaired: bool,
    /// Unclosed at its paragraph's end, and the next paragraph opens with a mark: the
    /// quote goes on there.
    pub continues: bool,
    /// Its marks are single (`‘…’`).
    pub single: bool,
}

/// Where the paragraphs are: a blank line always ends one; a single line break does
/// unless the text runs on across it (a lower-case word or a digit after it, or a line
/// that stops mid-phrase).
pub(crate) fn paragraph_ends(text: &str, ends: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    // Room for a break every 48 bytes or so, so that a long text seldom grows it.
    ends.clear();
    ends.reserve(text.len() / 48 + 2);
    let mut from = 0;
    let mut at_break = |nl: usize| {
        if nl < from {
            return; // the `\n` of a `\r\n`
        }
        let mut next = nl + 1;
        if bytes[nl] == b'\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        // The line without its trailing spaces and tabs, and the next line without its
        // leading ones (ASCII bytes: no other character holds them).
        let mut line_end = nl;
        while line_end > 0 && matches!(bytes[line_end - 1], b' ' | b'\t') {
            line_end -= 1;
        }
        let mut rest = next;
        while rest < bytes.len() && matches!(bytes[rest], b' ' | b'\t') {
            rest += 1;
        }
        let first = match bytes.get(rest) {
            None | Some(b'\n' | b'\r') => None,
            Some(&b) if b < 0x80 => Some(char::from(b)),
            Some(_) => text[rest..].chars().next(),
        };
        let soft = first.is_some_and(|c| {
            let last = match line_end.checked_sub(1).map(|k| bytes[k]) {
                None => None,
                Some(b) if b < 0x80 => Some(char::from(b)),
                Some(_) => text[..line_end].chars().next_back(),
            };
            c.is_lowercase()
                || c.is_ascii_digit()
                || last.is_some_and(|l| l.is_alphabetic() || l == ',') && !is_open_char(c)
        });
        if !soft && ends.last() != Some(&line_end) {
            ends.push(nl);
        }
        from = next;
    };
    // Every `\n` and `\r` in order, as `memchr2_iter` gives them, but the bytes right after
    // one (a blank line) are looked at without a new search.
    let mut pos = 0;
    while let Some(off) = memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
        pos += off;
        while matches!(bytes.get(pos), Some(b'\n' | b'\r')) {
            at_break(pos);
            pos += 1;
        }
    }
    ends.push(text.len());
}

fn is_open_char(c: char) -> bool {
    matches!(c, '“' | '„' | '‟' | '«' | '"' | '‘')
}

/// The role of the mark `c` at byte `i`, or `None` for an apostrophe or a stray character.
fn role(text: &str, i: usize, c: char) -> Option<Role> {
    // Most chars found by their lead byte are no quotation marks (`—`, `…`, a no-break
    // space): told before the chars around them are read.
    if !matches!(c, '“' | '„' | '‟' | '«' | '”' | '»' | '"' | '‘' | '\'' | '’') {
        return None;
    }
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    let word_before = before.is_some_and(char::is_alphanumeric);
    let word_after = after.is_some_and(char::is_alphanumeric);
    let space_before = before.map_or(true, |b| b.is_whitespace() || "([{—–-/".contains(b));
    let space_after = after.map_or(true, |a| a.is_whitespace() || ",.;:!?)]}—–".contains(a));
    match c {
        '“' | '„' | '‟' | '«' => Some(Role::Open),
        '”' | '»' => Some(Role::Close),
        // `Pakistan"s budget`, `don"t`: a straight mark typed for an apostrophe (not
        // `about"joint operations`, a space left out).
        '"' if word_before && contraction_after(text, i + 1) => None,
        '"' => Some(Role::Straight { open_like: space_before && !space_after, close_like: !space_before }),
        '‘' | '\'' | '’' => {
            if word_before && word_after {
                return None; // Qaeda’s, don't
            }
            if !word_before && word_after {
                if c == '’' || after.is_some_and(|a| a.is_ascii_digit()) {
                    return None; // ’90s, '90s
                }
                return space_before.then_some(Role::SingleOpen);
            }
            if !space_before && space_after {
                return Some(Role::SingleClose);
            }
            None
        }
        _ => None,
    }
}

/// Whether the letters from `i` are one or two and end a word (`s`, `t`, `ll`, `ve`): the
/// end of a possessive or a contraction.
fn contraction_after(text: &str, i: usize) -> bool {
    let letters = text[i..].bytes().take(3).take_while(u8::is_ascii_alphabetic).count();
    (1..=2).contains(&letters) && !text[i + letters..].starts_with(char::is_alphanumeric)
}

/// Every mark of `text`, in order.
#[cfg(test)]
pub(crate) fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    marks_into(text, &mut out);
    out
}

/// [`marks`], into `out` (emptied first).
pub(crate) fn marks_into(text: &str, out: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    out.clear();
    // `"`, `'` and the lead byte of `“ ” ‘ ’ „ ‟` (E2); separately the lead byte of `« »` (C2).
    let find_a = |from: usize| memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map_or(bytes.len(), |o| from + o);
    let find_b = |from: usize| memchr::memchr(0xC2, &bytes[from..]).map_or(bytes.len(), |o| from + o);
    let (mut next_a, mut next_b) = (find_a(0), find_b(0));
    loop {
        let i = next_a.min(next_b);
        if i >= bytes.len() {
            break;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        // `<tweet date="May 5">`: the value of a markup attribute, up to its closing `"` on
        // the same line, within a few hundred bytes.
        let value_end = (c == '"' && i > 0 && bytes[i - 1] == b'=')
            .then(|| {
                let rest = &bytes[i + 1..bytes.len().min(i + 256)];
                memchr::memchr2(b'"', b'\n', rest).filter(|&o| rest[o] == b'"').map(|o| i + 2 + o)
            })
            .flatten();
        if let Some(from) = value_end {
            next_a = find_a(from);
            if next_b < from {
                next_b = find_b(from);
            }
            continue;
        }
        // An apostrophe between ASCII letters or digits (`don't`, `Qaeda’s`) is no mark.
        let inside_word = matches!(c, '\'' | '’')
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + c.len_utf8()).is_some_and(u8::is_ascii_alphanumeric);
        if let Some(role) = if inside_word { None } else { role(text, i, c) } {
            if out.is_empty() {
                // Room made once, at the first mark (a text with none asks for none).
                out.reserve(text.len() / 256 + 4);
            }
            out.push(Mark { span: Span::new(i, i + c.len_utf8()), role });
        }
        let from = i + c.len_utf8();
        if next_a == i {
            next_a = find_a(from);
        }
        if next_b == i {
            next_b = find_b(from);
        }
    }
}

/// Pairs the [`marks`] of `text`. `sentences` are its sentence spans (for where a quote
/// without an opening mark starts). With them, the [`paragraph_ends`] when there are
/// marks (none are looked for when there are not).
#[cfg(test)]
pub(crate) fn pairs(text: &str, sentences: &[Span], marks: Vec<Mark>) -> (Vec<Pair>, Vec<usize>) {
    let (mut out, mut ends) = (Vec::new(), Vec::new());
    pairs_into(text, sentences, &marks, &mut out, &mut ends);
    (out, ends)
}

/// [`pairs`], into `out` and `ends` (emptied first).
pub(crate) fn pairs_into(text: &str, sentences: &[Span], marks: &[Mark], out: &mut Vec<Pair>, ends: &mut Vec<usize>) {
    out.clear();
    ends.clear();
    if marks.is_empty() {
        return;
    }
    paragraph_ends(text, ends);
    out.reserve(marks.len() / 2 + 1);
    let mut m = 0;
    let mut para_start = 0;
    for &para_end in ends.iter() {
        let first = m;
        while m < marks.len() && marks[m].span.start < para_end {
            m += 1;
        }
        if first < m {
            pair_paragraph(text, sentences, Span::new(para_start, para_end), &marks[first..m], out);
        }
        para_start = para_end;
    }
}

/// The first non-space character at or after `i`.
fn next_char(text: &str, i: usize) -> Option<char> {
    text[i..].chars().find(|c| !c.is_whitespace())
}

fn pair_paragraph(text: &str, sentences: &[Span], para: Span, marks: &[Mark], out: &mut Vec<Pair>) {
    let mut open: Option<Mark> = None;
    let mut single: Option<Mark> = None;
    // Where a quote with no opening mark may start: after the last quote's sentence.
    let mut floor = para.start;
    let first_out = out.len();
    let last_straight = marks.iter().rposition(|m| matches!(m.role, Role::Straight { .. }));
    // Straight marks after the one being read.
    let mut straight_after = marks.iter().filter(|m| matches!(m.role, Role::Straight { .. })).count();
    for (k, &mark) in marks.iter().enumerate() {
        if matches!(mark.role, Role::Straight { .. }) {
            straight_after -= 1;
        }
        // `„Wir schaffen das“`: after a low opening mark, `“` closes.
        let low_open = open.is_some_and(|o| text[o.span.range()] == *"„");
        let role = if low_open && text[mark.span.range()] == *"“" { Role::Close } else { mark.role };
        match (open, role) {
            (Some(o), Role::Close | Role::Straight { .. }) => {
                push(text, out, o.span.start, o.span.end, mark.span.start, mark.span.end, Flags::default());
                floor = sentence_end(sentences, mark.span.start).max(mark.span.end);
                open = None;
                // `‘Officers were told to “hold the line”, and they did.’`: a single quote
                // opened before this one goes on around it.
                single = single.filter(|s| s.span.start < o.span.start);
            }
            (Some(o), Role::Open) => {
                let rest = &text[mark.span.end..para.end];
                let at_end = rest.trim().is_empty();
                let before = text[..mark.span.start].trim_end().chars().next_back();
                let lower_after = next_char(text, mark.span.end).is_some_and(char::is_lowercase);
                let after_punct = before.is_some_and(|b| ",.?!".contains(b));
                if at_end || (after_punct && lower_after) {
                    // `there. “` at the paragraph's end, `..., “he said.`: a closing mark.
                    let flags = Flags { repaired: true, ..Flags::default() };
                    push(text, out, o.span.start, o.span.end, mark.span.start, mark.span.end, flags);
                    floor = sentence_end(sentences, mark.span.start).max(mark.span.end);
                    open = None;
                } else {
                    // The earlier quote was never closed: it ends before this one's sentence.
                    let end = sentence_start(sentences, mark.span.start).max(o.span.end);
                    let end = text[..end].trim_end().len().max(o.span.end);
                    push(text, out, o.span.start, o.span.end, end, end, Flags { unclosed: true, ..Flags::default() });
                    open = Some(mark);
                }
                single = None;
            }
            (Some(_), _) => {} // nested single marks
            (None, Role::Open) => open = Some(mark),
            (None, Role::Straight { open_like, close_like }) => {
                let later_straight = last_straight.is_some_and(|l| l > k);
                // `The plan fails," said Ann Lee. "We will fight it."`: a closing mark
                // with an even number of marks after it has no opening one.
                if close_like && !open_like && (!later_straight || straight_after % 2 == 0) {
                    unopened(text, sentences, floor, mark, out);
                    floor = mark.span.end;
                    single = None;
                } else {
                    // (`‘Gran said "waste not", and I did.’`: a single quote opened before
                    // goes on around it, as around a curly one.)
                    open = Some(mark);
                }
            }
            (None, Role::Close) => {
                let after_word = next_char(text, mark.span.end).is_some_and(char::is_alphanumeric)
                    && text[..mark.span.start].ends_with(char::is_whitespace);
                if after_word {
                    open = Some(mark); // `”Text` used as an opening mark
                } else {
                    unopened(text, sentences, floor, mark, out);
                    floor = sentence_end(sentences, mark.span.start).max(mark.span.end);
                }
                single = None;
            }
            (None, Role::SingleOpen) => {
                if single.is_none() {
                    single = Some(mark);
                }
            }
            (None, Role::SingleClose) if single.is_some_and(|s| is_plural_possessive(text, marks, k, s.span)) => {}
            (None, Role::SingleClose) => {
                if let Some(s) = single.take() {
                    let before = out.len();
                    push(text, out, s.span.start, s.span.end, mark.span.start, mark.span.end, Flags::default());
                    if let Some(p) = out.get_mut(before) {
                        p.single = true;
                    }
                    floor = sentence_end(sentences, mark.span.start).max(mark.span.end);
                }
            }
        }
    }
    if let Some(o) = open {
        let end = text[..para.end].trim_end().len().max(o.span.end);
        let next_opens = next_char(text, para.end).is_some_and(is_open_char);
        let flags = Flags { unclosed: !next_opens, continues: next_opens, ..Flags::default() };
        push(text, out, o.span.start, o.span.end, end, end, flags);
    }
    // Keep the paragraph's quotes in text order (an unclosed one may be pushed late).
    out[first_out..].sort_by_key(|p| p.outer.start);
    // A quote inside another (`“hold the line”` in a single-quoted one) is part of it.
    let (mut reach, mut kept) = (0, first_out);
    for i in first_out..out.len() {
        if out[i].outer.end > reach {
            reach = out[i].outer.end;
            out.swap(kept, i);
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// `‘It is the players’ job,’ he said`: a curly closing single mark after an `s` and
/// before a lower-case word, where the next single mark closes too (no `‘` between them),
/// is the apostrophe of a plural possessive; so is a straight one in a quote opened by a
/// straight mark opening a sentence or clause (`'Pupils need their parents' time,' she
/// said`). (Not in a `''` quote, where it may close a nested one: `''the weakness of our
/// 'leaders' to eradicate it!''`.)
fn is_plural_possessive(text: &str, marks: &[Mark], k: usize, open: Span) -> bool {
    let at = marks[k].span;
    // A straight one, in a quote opened by one straight mark (not `''`) where a sentence
    // or clause starts (not one nested in a `''` quote: `a 'refugee crisis' and more`).
    let lone = |s: Span| !text[..s.start].ends_with('\'') && !text[s.end..].starts_with('\'');
    // (The character before it is looked for at most 64 bytes back: a mark asked about
    // again and again costs no more than that.)
    let opens = || {
        let before = &text.as_bytes()[open.start.saturating_sub(64)..open.start];
        before.iter().rev().find(|b| !b.is_ascii_whitespace()).map_or(true, |b| b".!?:,".contains(b))
    };
    let straight = text[at.range()] == *"'" && text[open.range()] == *"'" && lone(open) && lone(at) && opens();
    let after_s = (text[at.range()] == *"’" || straight) && text[..at.start].ends_with('s');
    let lower_word = text[at.end..].strip_prefix(' ').is_some_and(|t| t.starts_with(char::is_lowercase));
    after_s
        && lower_word
        && marks[k + 1..]
            .iter()
            .find(|m| matches!(m.role, Role::SingleOpen | Role::SingleClose))
            .is_some_and(|m| m.role == Role::SingleClose)
}

#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    unclosed: bool,
    unopened: bool,
    repaired: bool,
    continues: bool,
}

/// A closing mark with no opening one: the quote runs from the start of its sentence
/// (or the end of the previous quote's sentence, whichever is later).
fn unopened(text: &str, sentences: &[Span], floor: usize, mark: Mark, out: &mut Vec<Pair>) {
    let start = sentence_start(sentences, mark.span.start).max(floor).min(mark.span.start);
    let start = start + (text[start..mark.span.start].len() - text[start..mark.span.start].trim_start().len());
    if start < mark.span.start {
        push(text, out, start, start, mark.span.start, mark.span.end, Flags { unopened: true, ..Flags::default() });
    }
}

/// Start of the sentence containing byte `i`.
fn sentence_start(sentences: &[Span], i: usize) -> usize {
    let k = sentences.partition_point(|s| s.end <= i);
    sentences.get(k).map_or(i, |s| s.start.min(i))
}

/// End of the sentence containing byte `i`.
fn sentence_end(sentences: &[Span], i: usize) -> usize {
    let k = sentences.partition_point(|s| s.end <= i);
    sentences.get(k).map_or(i, |s| s.end.max(i))
}

/// Records the quote between an opening mark `open_start..open_end` and a closing one
/// `close_start..close_end`, trimming white space and a trailing comma inside.
fn push(
    text: &str,
    out: &mut Vec<Pair>,
    open_start: usize,
    open_end: usize,
    close_start: usize,
    close_end: usize,
    flags: Flags,
) {
    let inner_raw = &text[open_end..close_start];
    let lead = inner_raw.len() - inner_raw.trim_start().len();
    let trimmed = inner_raw.trim().trim_end_matches(',').trim_end();
    if trimmed.is_empty() {
        return;
    }
    let start = open_end + lead;
    out.push(Pair {
        inner: Span::new(start, start + trimmed.len()),
        outer: Span::new(open_start, close_end),
        unclosed: flags.unclosed,
        unopened: flags.unopened,
        repaired: flags.repaired,
        continues: flags.continues,
        single: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        let sentences = crate::segment::sentence_spans(text);
        pairs(text, &sentences, marks(text)).0.iter().map(|p| &text[p.inner.range()]).collect()
    }

    #[test]
    fn pairs_by_type() {
        assert_eq!(inner("“A,” he said. “B.”"), ["A", "B."]);
        assert_eq!(inner("He said \"yes\" and 'no' to al-Qaeda’s ’90s plan."), ["yes", "no"]);
        assert_eq!(inner("“Outer ‘inner’ words,” she said."), ["Outer ‘inner’ words"]);
        assert_eq!(inner("“Unclosed at the end\n\nNext paragraph."), ["Unclosed at the end"]);
        assert_eq!(inner("X said. While no ally left.” He went."), ["While no ally left."]);
        assert_eq!(inner("“Within the Taliban, “he said."), ["Within the Taliban"]);
        assert_eq!(inner("“Al- Qaeda, ”Fitton-Brown said."), ["Al- Qaeda"]);
        assert!(inner("get out of there. “\n\nNext.").is_empty());
        assert_eq!(inner("had “agreed to get out of there. “\n\nNext."), ["agreed to get out of there."]);
        assert_eq!(
            inner("„Wir schaffen das“, sagte sie. « Nous gagnerons », dit-il."),
            ["Wir schaffen das", "Nous gagnerons"]
        );
        assert_eq!(inner("<tweet date=\"May 5\">\"We won,\" she said.</tweet>"), ["We won"]);
        // no closing mark on the line: not an attribute, and the quotes after it still pair
        assert!(inner("It reads x=\"1\n\n\"We won,\" she said.").contains(&"We won"));
        assert_eq!(inner(""), Vec::<&str>::new());
    }

    #[test]
    fn multi_paragraph() {
        let text = "“First part.\n\n“Second part,” he said.";
        let sentences = crate::segment::sentence_spans(text);
        let (p, _) = pairs(text, &sentences, marks(text));
        assert_eq!(p.len(), 2);
        assert!(p[0].continues && !p[0].unclosed);
    }
}
