//! Sentence boundaries in news text.
//!
//! The text is first cut into blocks at hard line breaks: a blank line always ends a
//! sentence, and so does a line break after a headline, a byline or a caption. Lines
//! of hard-wrapped text (and a line that plainly runs on into a lower-case next line)
//! are joined instead. Inside a block, every `.`, `!`, `?` and `…` is a candidate;
//! the closing quotes and brackets right after it belong to its sentence, and the
//! rules below decide from the word before it and the word after it:
//!
//! - a lower-case word after the mark never starts a sentence (`?” said Bek.`);
//! - after a title (`Col.`, `Mt.`) nothing does;
//! - after a suffix that ends a name (`Inc.`, `Jr.`, `etc.`), a capitalised word does,
//!   unless it is another suffix (`Co. Ltd`);
//! - after an abbreviation (`Jan.`, `No.`), an initialism (`U.S.`, `a.m.`) or an
//!   initial (`E.`), a digit does not, and a capitalised word does only when it is a
//!   word that usually opens a sentence (`U.S. How` but `U.S. Government`);
//! - a list marker opening a sentence (`1.`, `b.`) is not a sentence;
//! - an ellipsis ends a sentence only before a capitalised word other than `I`.
//!
//! The word lists are data (`data/*.txt`). The scan is linear: each byte is looked at
//! a bounded number of times, and no rule looks further than one word either side.

mod lexicon;
mod list;

use crate::span::Span;
use lexicon::{ABBREVIATIONS, CLOCK_FOLLOWERS, STARTERS, SUFFIXES, TITLES};

/// Sentence spans of `text`: byte ranges in order, not overlapping, stripped of
/// surrounding white space, together covering every non-space character.
///
/// ```
/// let text = "Col. Sonny Leggett spoke in the U.S. capital. He said “no.” It ended.";
/// let spans = copydesk::segment::sentence_spans(text);
/// let sentences: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(sentences, ["Col. Sonny Leggett spoke in the U.S. capital.", "He said “no.”", "It ended."]);
/// ```
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let wrap = hard_wrap_width(text, &lines);
    let mut out = Spans { text, spans: Vec::with_capacity(text.len() / 100 + 1) };
    let mut block_start: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if is_blank(&text[line.range()]) {
            continue;
        }
        let start = *block_start.get_or_insert(line.start);
        let joins_next = lines.get(i + 1).is_some_and(|next| joins(text, *line, *next, wrap));
        if !joins_next {
            scan_block(text, start, line.end, &mut out);
            block_start = None;
        }
    }
    out.spans
}

/// Collects sentence spans, trimming white space and dropping empty pieces.
struct Spans<'a> {
    text: &'a str,
    spans: Vec<Span>,
}

impl Spans<'_> {
    fn push(&mut self, start: usize, end: usize) {
        let piece = &self.text[start..end];
        let trimmed_start = piece.trim_start();
        if trimmed_start.is_empty() {
            return;
        }
        let s = start + (piece.len() - trimmed_start.len());
        let e = s + trimmed_start.trim_end().len();
        self.spans.push(Span::new(s, e));
    }
}

/// Line contents (without their line break) of `text`; `\n`, `\r\n` and `\r` all break lines.
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 200 + 1);
    let mut start = 0;
    while let Some(offset) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        let end = start + offset;
        lines.push(Span::new(start, end));
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') { end + 2 } else { end + 1 };
    }
    lines.push(Span::new(start, bytes.len()));
    lines
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// The wrap width of hard-wrapped text (most lines full, breaking mid-sentence), or `None`.
fn hard_wrap_width(text: &str, lines: &[Span]) -> Option<usize> {
    const MIN_LINES: usize = 4;
    if lines.len() < MIN_LINES {
        return None;
    }
    let mut width = 0;
    for line in lines {
        // a line longer than any wrap width: not hard-wrapped (the common case, decided early)
        width = width.max(text[line.range()].trim_end().len());
        if width > 120 {
            return None;
        }
    }
    if width < 30 {
        return None;
    }
    let (mut wraps, mut open, mut lower_next) = (0usize, 0usize, 0usize);
    for pair in lines.windows(2) {
        let (line, next) = (text[pair[0].range()].trim(), text[pair[1].range()].trim());
        if line.len() * 10 < width * 6 || next.is_empty() {
            continue;
        }
        wraps += 1;
        if !line.ends_with(['.', '!', '?', '"', '”', ':']) {
            open += 1;
            lower_next += usize::from(next.starts_with(char::is_lowercase));
        }
    }
    (wraps >= MIN_LINES - 1 && open * 2 >= wraps && lower_next * 10 >= open * 3).then_some(width)
}

/// Whether the break between two non-blank lines is soft (the sentence may go on).
fn joins(text: &str, line: Span, next: Span, wrap: Option<usize>) -> bool {
    let (this, that) = (text[line.range()].trim(), text[next.range()].trim());
    if that.is_empty() {
        return false;
    }
    if let Some(width) = wrap {
        return this.len() * 10 >= width * 6;
    }
    // A line that plainly runs on: it stops mid-clause and the next goes on in lower case.
    let runs_on =
        this.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '(' | '-' | '–' | '—'));
    let first_word = that.split(char::is_whitespace).next().unwrap_or("");
    runs_on
        && that.starts_with(char::is_lowercase)
        && !first_word.contains(['.', '@', '/'])
        && this.split_whitespace().nth(2).is_some()
}

/// What kind of mark ends a candidate.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// One or two periods.
    Period,
    /// Three dots or `…`.
    Ellipsis,
    /// Four dots or more: a period and an ellipsis.
    LongEllipsis,
    /// `?` or `!` (with or without other marks).
    Strong,
}

/// What follows a candidate, after white space and opening quotes or brackets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Next<'a> {
    Upper(&'a str),
    Lower,
    Digit,
    Other,
}

/// What the word before a period is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    Title,
    Suffix,
    Ambiguous,
    ListMarker,
    Word,
}

const OPENERS: &[char] = &['“', '‘', '"', '\'', '(', '[', '{', '«', '‹', '¿', '¡', '„'];
const CLOSERS: &[char] = &['”', '’', '"', '\'', ')', ']', '}', '»', '›', '」', '』'];
const BULLETS: &[char] = &['•', '⁃', '▪', '◦', '‣'];
/// Longest word looked at before a period; longer ones are never abbreviations.
const MAX_WORD: usize = 32;

/// Finds the sentence ends inside one block (`start..end`, no hard line break inside).
fn scan_block(text: &str, start: usize, end: usize, out: &mut Spans) {
    let mut cuts = Cuts { piece_start: start, sentence_start: start };
    if let Some(stamp_end) = leading_stamp(text, start, end) {
        cuts.cut(text, out, stamp_end);
    }
    cuts.sentence_start = sentence_start(text, cuts.piece_start);
    let mut list_items = list::item_starts(text, cuts.sentence_start, end).into_iter().peekable();
    let mut candidates = Candidates::new(text.as_bytes(), end);
    let mut i = cuts.piece_start;
    while let Some(at) = candidates.next_from(i) {
        while let Some(item) = list_items.next_if(|&item| item <= at) {
            cuts.cut(text, out, item);
        }
        i = at;
        let c = text[i..].chars().next().unwrap_or('\0');
        let len = c.len_utf8();
        match c {
            // inside a word or number (`3.5`, `e.g`, `example.com`): never an end
            '.' if text
                .as_bytes()
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b",;:-/@_".contains(b)) =>
            {
                i += 1;
            }
            '.' | '…' if is_bracketed_ellipsis(text, i) => {
                i = end - text[i..end].trim_start_matches(['.', '…']).len();
            }
            '.' | '!' | '?' | '…' => {
                let (cut, resume) = judge(text, i, end, cuts.sentence_start);
                if let Some(cut) = cut {
                    cuts.cut(text, out, cut);
                }
                i = resume;
            }
            '。' | '！' | '？' => {
                i = skip_closers(text, i + len, end);
                cuts.cut(text, out, i);
            }
            c if BULLETS.contains(&c) => {
                if text[..i].ends_with(char::is_whitespace) && i > cuts.sentence_start {
                    cuts.cut(text, out, i);
                }
                i += len;
            }
            _ => i += len,
        }
    }
    for item in list_items {
        cuts.cut(text, out, item);
    }
    out.push(cuts.piece_start, end);
}

/// Where the current sentence began, while a block is cut.
struct Cuts {
    /// Start of the text not yet given to a sentence.
    piece_start: usize,
    /// Start of the current sentence, after white space.
    sentence_start: usize,
}

impl Cuts {
    /// Ends the current sentence at `at`.
    fn cut(&mut self, text: &str, out: &mut Spans, at: usize) {
        if at > self.piece_start {
            out.push(self.piece_start, at);
            self.piece_start = at;
            self.sentence_start = sentence_start(text, at);
        }
    }
}

/// `[...]` or `(…)`: an omission mark, not the end of anything.
fn is_bracketed_ellipsis(text: &str, at: usize) -> bool {
    text[..at].ends_with(['[', '(']) && text[at..].trim_start_matches(['.', '…']).starts_with([']', ')'])
}

/// Finds the bytes that may begin a sentence-final mark or a bullet: `.`, `!`, `?`, and
/// the lead bytes of `…`, `•`, `。`, `！` and `？` (0xE2, 0xE3, 0xEF). Two SIMD searches
/// run side by side; each is repeated only once the scan has passed its last hit, so
/// every byte is searched once.
struct Candidates<'a> {
    bytes: &'a [u8],
    end: usize,
    ascii: Option<usize>,
    lead: Option<usize>,
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8], end: usize) -> Self {
        Candidates { bytes, end, ascii: None, lead: None }
    }

    /// The first candidate at or after `from`.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        if from >= self.end {
            return None;
        }
        let (bytes, end) = (self.bytes, self.end);
        let search = |cached: Option<usize>, [a, b, c]: [u8; 3]| match cached {
            Some(hit) if hit >= from => hit,
            _ => memchr::memchr3(a, b, c, &bytes[from..end]).map_or(end, |i| from + i),
        };
        let ascii = search(self.ascii, [b'.', b'!', b'?']);
        let lead = search(self.lead, [0xE2, 0xE3, 0xEF]);
        (self.ascii, self.lead) = (Some(ascii), Some(lead));
        let next = ascii.min(lead);
        (next < end).then_some(next)
    }
}

/// Where the sentence beginning at `piece_start` really starts (after white space).
fn sentence_start(text: &str, piece_start: usize) -> usize {
    let rest = &text[piece_start..];
    piece_start + (rest.len() - rest.trim_start().len())
}

/// Decides the candidate at `at`: the cut position if it ends a sentence, and where to scan on.
fn judge(text: &str, at: usize, end: usize, sentence_start: usize) -> (Option<usize>, usize) {
    let bytes = text.as_bytes();
    let (mark, marks_end) = terminal_run(text, at, end);
    let after = skip_closers(text, marks_end, end);
    if after >= end {
        return (None, end); // the block's end cuts anyway
    }
    let next_char = text[after..].chars().next().unwrap_or(' ');
    if !next_char.is_whitespace() {
        // `world.Today`: a missing space, when a word and a capitalised word meet.
        let glued = mark == Mark::Period
            && after == marks_end
            && at > 0
            && (bytes[at - 1].is_ascii_lowercase() || bytes[at - 1].is_ascii_digit())
            && bytes[after].is_ascii_uppercase()
            && bytes.get(after + 1).is_some_and(u8::is_ascii_lowercase)
            && !word_before(text, at).contains([':', '/', '@', '.'])
            && !word_after(text, after).contains([':', '/', '@']);
        if !glued {
            return (None, after.max(at + 1));
        }
    }
    let next = next_word(text, after, end);
    let cut = match mark {
        Mark::Strong => {
            let quoted = after > marks_end;
            matches!(next, Next::Upper(_) | Next::Digit) && !(quoted && is_attribution(&text[after..end]))
        }
        Mark::LongEllipsis => matches!(next, Next::Upper(_) | Next::Digit),
        Mark::Ellipsis => matches!(next, Next::Upper(w) if w != "I"),
        Mark::Period => match next {
            Next::Lower | Next::Other => false,
            Next::Digit => classify_before(text, at, sentence_start) == Before::Word,
            Next::Upper(word) => match classify_before(text, at, sentence_start) {
                Before::Title | Before::ListMarker => false,
                Before::Suffix => !SUFFIXES.contains(word),
                // `“No.” Bob said`: a closing quote mark ends the quoted sentence
                Before::Ambiguous => {
                    STARTERS.contains(word) || closes_quote(&text[marks_end..after]) || ends_clock_time(text, at, word)
                }
                Before::Word => true,
            },
        },
    };
    (cut.then_some(after), after)
}

/// The run of sentence-final marks starting at `at`, and its end.
fn terminal_run(text: &str, at: usize, end: usize) -> (Mark, usize) {
    let bytes = text.as_bytes();
    let (mut dots, mut strong, mut i) = (0usize, false, at);
    while i < end {
        match bytes[i] {
            b'.' => {
                dots += 1;
                i += 1;
                // a spaced ellipsis: `. . .`
                if !strong && bytes.get(i) == Some(&b' ') && bytes.get(i + 1) == Some(&b'.') && i + 1 < end {
                    i += 1;
                }
            }
            b'!' | b'?' => {
                strong = true;
                i += 1;
            }
            _ if text[i..].starts_with('…') => {
                dots += 3;
                i += '…'.len_utf8();
            }
            _ => break,
        }
    }
    let mark = match (strong, dots) {
        (true, _) => Mark::Strong,
        (false, 0..=2) => Mark::Period,
        (false, 3) => Mark::Ellipsis,
        _ => Mark::LongEllipsis,
    };
    (mark, i)
}

/// Past the closing quotes and brackets (and `[12]` citations, even after a space) that
/// belong to a sentence.
fn skip_closers(text: &str, mut i: usize, end: usize) -> usize {
    loop {
        let rest = &text[i..end];
        if let Some(c) = rest.chars().next().filter(|c| CLOSERS.contains(c)) {
            i += c.len_utf8();
        } else if let Some(n) = citation_len(rest.trim_start_matches(' ')) {
            i += rest.len() - rest.trim_start_matches(' ').len() + n;
        } else {
            return i;
        }
    }
}

/// `at 9 a.m. Officials said`: a clock time before a capitalised word that is not a day,
/// a month or a time zone (`5 p.m. Monday`, `7 a.m. ET`, `9 a.m. Eastern`, `5 p.m. New
/// York time`) ends its sentence.
fn ends_clock_time(text: &str, at: usize, next: &str) -> bool {
    let word = word_before(text, at);
    let digit_before = text[..at - word.len()].trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit());
    if !(["a.m", "p.m"].iter().any(|m| word.eq_ignore_ascii_case(m)) && digit_before) {
        return false;
    }
    let mut end = (at + 48).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let place_time = text[at + 1..end].split_whitespace().take(4).any(|w| w.trim_end_matches([',', '.']) == "time");
    !CLOCK_FOLLOWERS.contains(next) && !next.chars().all(|c| c.is_ascii_uppercase()) && !place_time
}

/// Whether the closers after a sentence's marks include a quotation mark.
fn closes_quote(closers: &str) -> bool {
    closers.contains(['”', '"', '’', '\'', '»'])
}

/// `Moran testified.` or `Mr. Smith asked,`: a short attribution after a quote, up to
/// four capitalised words and a speech verb.
fn is_attribution(rest: &str) -> bool {
    for (names, word) in rest.split_whitespace().take(5).enumerate() {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        if crate::quote::SPEECH_VERBS.contains(bare) {
            return names > 0 && bare.len() + 1 >= word.len();
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Length of a `[12]` citation at the start of `rest`.
fn citation_len(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('[')?;
    let digits = inner.bytes().take(4).take_while(u8::is_ascii_digit).count();
    (digits > 0 && inner.as_bytes().get(digits) == Some(&b']')).then_some(digits + 2)
}

/// What starts after the white space at `from`: its class, and for a capital the word.
fn next_word(text: &str, from: usize, end: usize) -> Next<'_> {
    let rest = text[from..end].trim_start().trim_start_matches(OPENERS);
    let Some(c) = rest.chars().next() else { return Next::Other };
    if c.is_uppercase() {
        let len = rest.char_indices().take(MAX_WORD).find(|&(_, c)| !c.is_alphabetic()).map_or(rest.len(), |(i, _)| i);
        Next::Upper(&rest[..len])
    } else if c.is_lowercase() {
        Next::Lower
    } else if c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥') {
        Next::Digit
    } else {
        Next::Other
    }
}

/// The word (non-space run, at most [`MAX_WORD`] bytes) right before byte `at`, without
/// opening quotes or brackets; empty when longer.
fn word_before(text: &str, at: usize) -> &str {
    let bytes = text.as_bytes();
    let floor = at.saturating_sub(MAX_WORD + 1);
    let mut s = at;
    while s > floor && !bytes[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    if s == floor && s > 0 && !bytes[s - 1].is_ascii_whitespace() {
        return "";
    }
    // `s` may sit inside a multi-byte character (a non-ASCII space); move to a boundary.
    while !text.is_char_boundary(s) {
        s += 1;
    }
    let word = &text[s..at];
    let word = word.rsplit(char::is_whitespace).next().unwrap_or(word);
    word.trim_start_matches(|c| OPENERS.contains(&c) || BULLETS.contains(&c))
}

/// The non-space run (at most [`MAX_WORD`] bytes) starting at byte `at`.
fn word_after(text: &str, at: usize) -> &str {
    let rest = &text[at..];
    let len = rest
        .char_indices()
        .take(MAX_WORD)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(rest.len().min(MAX_WORD * 4), |(i, _)| i);
    let mut len = len.min(rest.len());
    while !rest.is_char_boundary(len) {
        len -= 1;
    }
    &rest[..len]
}

/// What the word before the period at `at` is.
fn classify_before(text: &str, at: usize, sentence_start: usize) -> Before {
    let word = word_before(text, at);
    if word.is_empty() {
        return Before::Word;
    }
    let word_start = at - word.len();
    let opens_sentence = word_start >= sentence_start
        && text[sentence_start..word_start]
            .trim_matches(|c: char| c.is_whitespace() || OPENERS.contains(&c) || BULLETS.contains(&c))
            .is_empty();
    if opens_sentence && is_list_marker(word) {
        return Before::ListMarker;
    }
    // `Tuesday.Mr`: a word glued on by a missing space is judged by its last part.
    let last = if is_initialism(word) { word } else { word.rsplit('.').next().unwrap_or(word) };
    if TITLES.contains(last) {
        return Before::Title;
    }
    if SUFFIXES.contains(word) {
        return Before::Suffix;
    }
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    if single_letter || is_initialism(word) || ABBREVIATIONS.contains(word) {
        return Before::Ambiguous;
    }
    Before::Word
}

/// `U.S`, `a.m`, `Ph.D`: letter groups of one or two joined by periods.
fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// `1`, `12`, `b`, `iv`: what numbers a list item.
fn is_list_marker(word: &str) -> bool {
    let digits = (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = (1..=4).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    digits || letter || roman
}

/// A time stamp run into the start of a block (`date 2020-06-02 Afghanistan’s …`):
/// an optional label word and an ISO date, followed by a capitalised word. Returns its end.
fn leading_stamp(text: &str, start: usize, end: usize) -> Option<usize> {
    let block = &text[start..end];
    let body = block.trim_start();
    let mut words = body.splitn(3, char::is_whitespace);
    let first = words.next()?;
    let (stamp, rest) = if is_iso_date(first) {
        (first, body[first.len()..].trim_start())
    } else {
        let second = words.next()?;
        let labelled = first.len() <= 12 && first.chars().all(char::is_alphabetic) && is_iso_date(second);
        if !labelled {
            return None;
        }
        let after_label = body[first.len()..].trim_start();
        (second, after_label[second.len()..].trim_start())
    };
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let stamp_at = start + (block.len() - body.len()) + body.find(stamp)?;
    Some(stamp_at + stamp.len())
}

/// `2020-06-02`, optionally followed by a time (`2020-06-02T10:00:00Z`).
fn is_iso_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || b[10] == b'T')
}

#[cfg(test)]
mod tests;
