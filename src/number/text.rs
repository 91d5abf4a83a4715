//! Local tokens around a candidate number, inside one sentence.
//!
//! Nothing here scans further than the token asked for, so the rules that use it cost
//! a bounded number of tokens per number found.

use super::scan::{letters_in, HIGHS};
use std::cell::Cell;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters, with apostrophes between them (`Garcia’s`).
    Word,
    /// ASCII digits only; separators are separate tokens.
    Digits,
    /// Any other character that is not white space.
    Punct,
}

/// A token: a byte range, its kind, and its text, cut once when the token is read so
/// that the rules asking for its text again and again check no char boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub text: &'a str,
}

impl Tok<'_> {
    pub(crate) fn is_word(self) -> bool {
        self.kind == TokKind::Word
    }
    pub(crate) fn is_digits(self) -> bool {
        self.kind == TokKind::Digits
    }
}

/// ASCII white space as [`char::is_whitespace`] has it. A byte above the space, as most
/// are, is turned away by one comparison.
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    b <= b' ' && matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The end of the run of ASCII letters from `j`, before `hi`: eight bytes at a time,
/// since the tokens asked for are mostly words of a few letters.
#[inline(always)]
fn letters_end(bytes: &[u8], mut j: usize, hi: usize) -> usize {
    while j + 8 <= hi {
        let Some(chunk) = bytes.get(j..j + 8) else { break };
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let ends = !letters_in(u64::from_le_bytes(eight)) & HIGHS;
        if ends != 0 {
            return j + (ends.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < hi && bytes[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

/// The start of the run of ASCII letters ending at `j`, after `lo`: eight bytes at a
/// time, as [`letters_end`].
#[inline(always)]
fn letters_start(bytes: &[u8], lo: usize, mut j: usize) -> usize {
    while j >= lo + 8 {
        let Some(chunk) = bytes.get(j - 8..j) else { break };
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let ends = !letters_in(u64::from_le_bytes(eight)) & HIGHS;
        if ends != 0 {
            // The last byte that is no letter is the highest marked one.
            return j - (ends.leading_zeros() / 8) as usize;
        }
        j -= 8;
    }
    while j > lo && bytes[j - 1].is_ascii_alphabetic() {
        j -= 1;
    }
    j
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Entries in each token cache: the rules around one number ask for the same few
/// neighbours again and again.
const CACHE: usize = 16;

/// A cached token: the sentence's generation and the position asked for, compared first;
/// the answer, read only when they match (a miss copies no token).
#[derive(Debug, Clone)]
struct CacheEntry<'a> {
    key: Cell<(u32, usize)>,
    tok: Cell<Option<Tok<'a>>>,
}

impl<'a> CacheEntry<'a> {
    /// An entry that no position matches.
    fn empty() -> Self {
        CacheEntry { key: Cell::new((0, usize::MAX)), tok: Cell::new(None) }
    }

    /// The token kept for `pos` in sentence `generation`, if this entry holds it.
    #[inline(always)]
    fn get(&self, generation: u32, pos: usize) -> Option<Option<Tok<'a>>> {
        let (g, at) = self.key.get();
        (at == pos && g == generation).then(|| self.tok.get())
    }

    /// Keeps `tok` for `pos` in sentence `generation`.
    #[inline(always)]
    fn set(&self, generation: u32, pos: usize, tok: Option<Tok<'a>>) {
        self.key.set((generation, pos));
        self.tok.set(tok);
    }
}

/// A sentence of a text: tokens are looked for only inside `lo..hi`.
#[derive(Debug, Clone)]
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lo: usize,
    pub hi: usize,
    /// The text's bytes up to the sentence's end, so that a byte inside the sentence is
    /// found by one bounds check.
    head: &'a [u8],
    /// Bumped for each sentence, so the caches need no clearing.
    generation: u32,
    /// `next(pos)` by `pos`, direct-mapped.
    next_cache: [CacheEntry<'a>; CACHE],
    /// `prev(pos)` by `pos`, direct-mapped.
    prev_cache: [CacheEntry<'a>; CACHE],
    /// Whether `lo` and `hi` are char boundaries inside the text, so that the readers may
    /// take ASCII bytes as characters.
    bounds_ok: bool,
}

impl<'a> Ctx<'a> {
    /// The sentence `lo..hi` of `text`.
    pub(crate) fn new(text: &'a str, lo: usize, hi: usize) -> Self {
        Ctx {
            text,
            lo,
            hi,
            head: Self::head_of(text, hi),
            generation: 1,
            next_cache: std::array::from_fn(|_| CacheEntry::empty()),
            prev_cache: std::array::from_fn(|_| CacheEntry::empty()),
            bounds_ok: lo <= hi && text.is_char_boundary(lo) && text.is_char_boundary(hi),
        }
    }

    /// Moves to the sentence `lo..hi` of the same text.
    pub(crate) fn set_sentence(&mut self, lo: usize, hi: usize) {
        self.lo = lo;
        self.hi = hi;
        self.head = Self::head_of(self.text, hi);
        self.bounds_ok = lo <= hi && self.text.is_char_boundary(lo) && self.text.is_char_boundary(hi);
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 sentences, clear once.
            for slot in self.next_cache.iter().chain(&self.prev_cache) {
                slot.set(0, usize::MAX, None);
            }
            self.generation = 1;
        }
    }

    /// The bytes of `text` before `hi` (all of them when `hi` is past its end).
    fn head_of(text: &'a str, hi: usize) -> &'a [u8] {
        let bytes = text.as_bytes();
        &bytes[..hi.min(bytes.len())]
    }

    pub(crate) fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The byte at `i` if inside the sentence.
    #[inline(always)]
    pub(crate) fn byte(&self, i: usize) -> Option<u8> {
        self.head.get(i).copied()
    }

    /// The last byte before `pos` that is not ASCII white space, inside the sentence.
    pub(crate) fn byte_before_space(&self, pos: usize) -> Option<u8> {
        let bytes = self.bytes().get(self.lo..pos.min(self.bytes().len()))?;
        bytes.iter().rev().copied().find(|&b| !is_ascii_space(b))
    }

    /// The character starting at `i` (a char boundary), inside the sentence.
    #[inline(always)]
    pub(crate) fn char_at(&self, i: usize) -> Option<char> {
        // An ASCII byte is a character of its own, on a boundary.
        match self.head.get(i) {
            Some(&b) if b < 0x80 && self.bounds_ok => Some(char::from(b)),
            Some(_) => self.text.get(i..self.hi)?.chars().next(),
            None => None,
        }
    }

    /// The character ending at `i` (a char boundary), inside the sentence.
    #[inline(always)]
    pub(crate) fn char_before(&self, i: usize) -> Option<char> {
        if i <= self.lo {
            return None;
        }
        // An ASCII byte ends a character, on a boundary.
        match self.bytes().get(i - 1) {
            Some(&b) if b < 0x80 && self.bounds_ok => Some(char::from(b)),
            _ => self.text.get(self.lo..i)?.chars().next_back(),
        }
    }

    /// The text of token `t`.
    #[inline(always)]
    pub(crate) fn s<'t>(&self, t: Tok<'t>) -> &'t str {
        t.text
    }

    /// The token `start..end` of kind `kind` (char boundaries, in order).
    #[inline(always)]
    pub(crate) fn tok(&self, start: usize, end: usize, kind: TokKind) -> Tok<'a> {
        Tok { start, end, kind, text: self.slice(start, end) }
    }

    /// Whether token `t` is written `s`, exactly: its text, cut when it was read, against
    /// `s` (no bounds to check); a token of another length costs one comparison.
    #[inline(always)]
    pub(crate) fn is(&self, t: Tok, s: &str) -> bool {
        t.text.len() == s.len() && t.text.as_bytes() == s.as_bytes()
    }

    /// Whether token `t` is written as one of `options`, exactly (see [`Ctx::is`]).
    #[inline(always)]
    pub(crate) fn is_any(&self, t: Tok, options: &[&str]) -> bool {
        options.iter().any(|s| self.is(t, s))
    }

    /// The text from `start` to `end` (char boundaries, in order).
    ///
    /// Cut in two steps, each checking its char boundary where it is asked: a slice by a
    /// range checks both out of line, a call of its own for every token read.
    #[inline(always)]
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.split_at(end).0.split_at(start).1
    }

    /// Whether `a..b` holds only white space.
    pub(crate) fn only_space(&self, a: usize, b: usize) -> bool {
        a <= b && self.text[a..b].chars().all(char::is_whitespace)
    }

    /// The first token at or after `pos`, skipping white space.
    #[inline(always)]
    pub(crate) fn next(&self, pos: usize) -> Option<Tok<'a>> {
        if let Some(tok) = self.next_cache[pos % CACHE].get(self.generation, pos) {
            return tok;
        }
        self.next_missed(pos)
    }

    /// [`Ctx::next`] when the cache does not hold `pos`: kept out of line, so that a hit
    /// costs a few instructions where it is asked.
    #[inline(never)]
    fn next_missed(&self, pos: usize) -> Option<Tok<'a>> {
        let tok = self.next_uncached(pos);
        self.next_cache[pos % CACHE].set(self.generation, pos, tok);
        tok
    }

    fn next_uncached(&self, pos: usize) -> Option<Tok<'a>> {
        let bytes = self.head;
        let hi = bytes.len();
        // ASCII first, byte by byte; anything else goes the way of characters below.
        let mut i = pos;
        while i < hi && is_ascii_space(bytes[i]) {
            i += 1;
        }
        if i < hi && bytes[i].is_ascii_alphabetic() {
            let j = letters_end(bytes, i + 1, hi);
            if j >= hi || bytes[j] < 0x80 && bytes[j] != b'\'' {
                return Some(self.tok(i, j, TokKind::Word));
            }
        } else if i < hi && bytes[i] < 0x80 && self.bounds_ok {
            // An ASCII digit run, or one ASCII sign (white space was skipped above).
            if bytes[i].is_ascii_digit() {
                let mut j = i + 1;
                while j < hi && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                return Some(self.tok(i, j, TokKind::Digits));
            }
            return Some(self.tok(i, i + 1, TokKind::Punct));
        }
        self.next_by_chars(i)
    }

    /// [`Ctx::next_uncached`] from `i` where the token is not plain ASCII (or the bounds
    /// are not char boundaries): read character by character, out of line, so that the
    /// ASCII path above saves and restores few registers.
    #[cold]
    #[inline(never)]
    fn next_by_chars(&self, mut i: usize) -> Option<Tok<'a>> {
        let c = loop {
            let c = self.char_at(i)?;
            if !c.is_whitespace() {
                break c;
            }
            i += c.len_utf8();
        };
        let start = i;
        if c.is_ascii_digit() {
            let bytes = self.bytes();
            let mut j = i;
            while j < self.hi && bytes[j].is_ascii_digit() {
                j += 1;
            }
            return Some(self.tok(start, j, TokKind::Digits));
        }
        if c.is_alphabetic() {
            let mut j = i + c.len_utf8();
            while let Some(d) = self.char_at(j) {
                let inner = is_apostrophe(d) && self.char_at(j + d.len_utf8()).is_some_and(char::is_alphabetic);
                if d.is_alphabetic() || inner {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            return Some(self.tok(start, j, TokKind::Word));
        }
        Some(self.tok(start, i + c.len_utf8(), TokKind::Punct))
    }

    /// The token right after `t`, if nothing but white space lies between.
    #[inline(always)]
    pub(crate) fn after(&self, t: Tok) -> Option<Tok<'a>> {
        self.next(t.end)
    }

    /// The token right after `t` with no space between.
    pub(crate) fn glued_after(&self, t: Tok) -> Option<Tok<'a>> {
        self.next(t.end).filter(|n| n.start == t.end)
    }

    /// The last token ending at or before `pos`, skipping white space.
    #[inline(always)]
    pub(crate) fn prev(&self, pos: usize) -> Option<Tok<'a>> {
        if let Some(tok) = self.prev_cache[pos % CACHE].get(self.generation, pos) {
            return tok;
        }
        self.prev_missed(pos)
    }

    /// [`Ctx::prev`] when the cache does not hold `pos`, out of line.
    #[inline(never)]
    fn prev_missed(&self, pos: usize) -> Option<Tok<'a>> {
        let tok = self.prev_uncached(pos);
        self.prev_cache[pos % CACHE].set(self.generation, pos, tok);
        tok
    }

    fn prev_uncached(&self, pos: usize) -> Option<Tok<'a>> {
        let bytes = self.bytes();
        // ASCII first, byte by byte (after an ASCII byte `i` is a boundary); anything else
        // goes the way of characters below.
        let mut i = pos;
        while i > self.lo && i <= bytes.len() && is_ascii_space(bytes[i - 1]) {
            i -= 1;
        }
        if i > self.lo && i <= bytes.len() && bytes[i - 1].is_ascii_alphabetic() && self.bounds_ok {
            let j = letters_start(bytes, self.lo, i - 1);
            if j <= self.lo || bytes[j - 1] < 0x80 && bytes[j - 1] != b'\'' {
                return Some(self.tok(j, i, TokKind::Word));
            }
        } else if i > self.lo && i <= bytes.len() && bytes[i - 1] < 0x80 && self.bounds_ok {
            // An ASCII digit run, or one ASCII sign (white space was skipped above).
            if bytes[i - 1].is_ascii_digit() {
                let mut j = i - 1;
                while j > self.lo && bytes[j - 1].is_ascii_digit() {
                    j -= 1;
                }
                return Some(self.tok(j, i, TokKind::Digits));
            }
            return Some(self.tok(i - 1, i, TokKind::Punct));
        }
        self.prev_by_chars(i)
    }

    /// [`Ctx::prev_uncached`] from `i` where the token is not plain ASCII, out of line
    /// (see [`Ctx::next_by_chars`]).
    #[cold]
    #[inline(never)]
    fn prev_by_chars(&self, mut i: usize) -> Option<Tok<'a>> {
        let c = loop {
            let c = self.char_before(i)?;
            if !c.is_whitespace() {
                break c;
            }
            i -= c.len_utf8();
        };
        let end = i;
        if c.is_ascii_digit() {
            let bytes = self.bytes();
            let mut j = i;
            while j > self.lo && bytes[j - 1].is_ascii_digit() {
                j -= 1;
            }
            return Some(self.tok(j, end, TokKind::Digits));
        }
        if c.is_alphabetic() {
            let mut j = i - c.len_utf8();
            while let Some(d) = self.char_before(j) {
                let inner = is_apostrophe(d) && self.char_before(j - d.len_utf8()).is_some_and(char::is_alphabetic);
                if d.is_alphabetic() || inner {
                    j -= d.len_utf8();
                } else {
                    break;
                }
            }
            return Some(self.tok(j, end, TokKind::Word));
        }
        Some(self.tok(i - c.len_utf8(), end, TokKind::Punct))
    }

    /// The token right before `t`.
    pub(crate) fn before(&self, t: Tok) -> Option<Tok<'a>> {
        self.prev(t.start)
    }

    /// The token right before `t` with no space between.
    pub(crate) fn glued_before(&self, t: Tok) -> Option<Tok<'a>> {
        self.prev(t.start).filter(|p| p.end == t.start)
    }

    /// Whether `t` is the first token of the sentence, or follows an opening quote,
    /// bracket, colon or dash.
    pub(crate) fn starts_clause(&self, t: Tok) -> bool {
        match self.before(t) {
            None => true,
            Some(p) => {
                p.kind == TokKind::Punct && matches!(p.text, "“" | "\"" | "‘" | "(" | "[" | ":" | "—" | "–" | "-" | "•")
            }
        }
    }

    /// The word `t` as written, when `t` is a word.
    pub(crate) fn word<'t>(&self, t: Option<Tok<'t>>) -> Option<&'t str> {
        t.filter(|t| t.is_word()).map(|t| self.s(t))
    }
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is all capitals (two letters or more).
#[inline(always)]
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && word.chars().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token after `pos` read character by character, as the fast readers must.
    fn next_ref<'a>(ctx: &Ctx<'a>, mut i: usize) -> Option<Tok<'a>> {
        let c = loop {
            let c = ctx.char_at(i)?;
            if !c.is_whitespace() {
                break c;
            }
            i += c.len_utf8();
        };
        let run = |mut j: usize, f: &dyn Fn(usize, char) -> bool| {
            while let Some(d) = ctx.char_at(j).filter(|&d| f(j, d)) {
                j += d.len_utf8();
            }
            j
        };
        if c.is_ascii_digit() {
            return Some(ctx.tok(i, run(i, &|_, d| d.is_ascii_digit()), TokKind::Digits));
        }
        if c.is_alphabetic() {
            let word = |j: usize, d: char| {
                d.is_alphabetic() || is_apostrophe(d) && ctx.char_at(j + d.len_utf8()).is_some_and(char::is_alphabetic)
            };
            return Some(ctx.tok(i, run(i, &word), TokKind::Word));
        }
        Some(ctx.tok(i, i + c.len_utf8(), TokKind::Punct))
    }

    /// The token before `pos` read character by character.
    fn prev_ref<'a>(ctx: &Ctx<'a>, mut i: usize) -> Option<Tok<'a>> {
        let c = loop {
            let c = ctx.char_before(i)?;
            if !c.is_whitespace() {
                break c;
            }
            i -= c.len_utf8();
        };
        let run = |mut j: usize, f: &dyn Fn(usize, char) -> bool| {
            while let Some(d) = ctx.char_before(j).filter(|&d| f(j, d)) {
                j -= d.len_utf8();
            }
            j
        };
        if c.is_ascii_digit() {
            return Some(ctx.tok(run(i, &|_, d| d.is_ascii_digit()), i, TokKind::Digits));
        }
        if c.is_alphabetic() {
            let word = |j: usize, d: char| {
                d.is_alphabetic()
                    || is_apostrophe(d) && ctx.char_before(j - d.len_utf8()).is_some_and(char::is_alphabetic)
            };
            return Some(ctx.tok(run(i, &word), i, TokKind::Word));
        }
        Some(ctx.tok(i - c.len_utf8(), i, TokKind::Punct))
    }

    fn check(text: &str) {
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (k, &lo) in bounds.iter().enumerate() {
            for &hi in bounds[k..].iter().step_by(5).chain(bounds.last()) {
                let mut ctx = Ctx::new(text, 0, 0);
                ctx.set_sentence(lo, hi);
                for &pos in &bounds {
                    // Twice: the second answer comes from the cache.
                    for _ in 0..2 {
                        assert_eq!(ctx.next(pos), next_ref(&ctx, pos), "next {pos} in {lo}..{hi} of {text:?}");
                        assert_eq!(ctx.prev(pos), prev_ref(&ctx, pos), "prev {pos} in {lo}..{hi} of {text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_space_is_white_space() {
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b}");
        }
    }

    #[test]
    fn readers_agree_with_characters() {
        for text in [
            "Al-Qaeda has 400 to 600 members, up 5% (from $3.2bn) in 2019.",
            "Garcia’s 12 assists and d'one O’Neill’’s ’90s “quote” — 5 km/h 'x' y'.",
            "  \u{a0}Ünïcödé wörds 3\u{2009}000\u{a0}people  ٣ ² x’ ’y a'' 'b \u{1c}\u{1f}\u{85}",
            "one-third... 1,234.5;  \t\n 42abc1 9\u{0}",
            "",
            "   ",
            "abcdefghijklmnopqrstuvwxyzABCDEFGH1234567890abcdefgh’s",
        ] {
            check(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn readers_agree_on_any_text(text in "[a-c0-2 ’'.,\u{a0}é\u{2009}-]{0,24}") {
            check(&text);
        }
    }
}
