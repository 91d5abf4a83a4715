//! The first pass over a sentence: where a number may start. Digits, and words that can
//! spell a number or name a source, found eight bytes at a time.
//!
//! Masks of ASCII letters and digits give the starts of their runs; a table of first
//! letter pairs and lengths rules out almost every word at once. The loop calls nothing,
//! so its state stays in registers; the claims are made afterwards, in order.

use super::lexicon::{self, Lazy};
use super::packed::{self, PackedKeys};

const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Where a number may start: a run of ASCII digits (`len` 0), or a run of ASCII letters
/// whose first letters and length (`len`, at most 31) match a listed word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub pos: usize,
    pub len: u8,
}

/// The high bit of each ASCII letter in `x`, and of each ASCII digit. A byte's low seven
/// bits plus `0x80 - a` carry into its high bit when at least `a`, and no further.
#[inline]
fn classes(x: u64) -> (u64, u64) {
    let ascii = !x & HIGHS;
    let low7 = x & !HIGHS;
    let folded = low7 | (ONES * 0x20);
    let letters =
        folded.wrapping_add(ONES * u64::from(0x80 - b'a')) & !folded.wrapping_add(ONES * u64::from(0x7f - b'z'));
    let digits = low7.wrapping_add(ONES * u64::from(0x80 - b'0')) & !low7.wrapping_add(ONES * u64::from(0x7f - b'9'));
    (letters & ascii, digits & ascii)
}

/// The high bit of each ASCII letter in `x`.
#[inline]
pub(crate) fn letters_in(x: u64) -> u64 {
    let folded = x & !HIGHS | (ONES * 0x20);
    let letters =
        folded.wrapping_add(ONES * u64::from(0x80 - b'a')) & !folded.wrapping_add(ONES * u64::from(0x7f - b'z'));
    letters & !x & HIGHS
}

/// One bit per byte of `x` from its high bits: bit `k` is the high bit of byte `k`.
/// Each high bit, moved to the bottom of its byte, is carried by one multiplication to
/// its own place in the top byte, no two sums meeting.
#[inline(always)]
fn gather(highs: u64) -> u64 {
    (highs >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The 64 bytes of `bytes` from `i`, or the rest of `bytes` before `hi` zero-padded to
/// 64 (zeros are neither letters nor digits) when fewer than 64 bytes are left in
/// `bytes`. A full block may run past `hi`: its bits there are masked off by the caller.
#[inline(always)]
fn block_at<'b>(bytes: &'b [u8], i: usize, hi: usize, padded: &'b mut [u8; 64]) -> &'b [u8; 64] {
    if let Some(block) = bytes.get(i..i + 64).and_then(|b| <&[u8; 64]>::try_from(b).ok()) {
        return block;
    }
    for (p, &b) in padded.iter_mut().zip(bytes.get(i..hi).unwrap_or_default()) {
        *p = b;
    }
    padded
}

/// A bit per byte of `block`: ASCII letters, and ASCII digits, eight bytes at a time
/// (SIMD would take sixteen, but needs `unsafe`, which this crate forbids). Most runs of
/// eight bytes hold no digit: their digits are not gathered.
#[inline(always)]
fn block_classes(block: &[u8; 64]) -> (u64, u64) {
    let (mut letters, mut digits) = (0, 0);
    for (k, eight) in block.chunks_exact(8).enumerate() {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(eight);
        let (l, d) = classes(u64::from_le_bytes(chunk));
        letters |= gather(l) << (8 * k);
        if d != 0 {
            digits |= gather(d) << (8 * k);
        }
    }
    (letters, digits)
}

/// The candidates of the sentence `lo..hi` of `bytes`, in order, into `out`. A run starts
/// at a letter or digit with no ASCII letter or digit before it in the sentence. The
/// bytes are classed 64 at a time, a bit each, so that a word's start and length are
/// read from the bits and only its first two bytes are read again, in one load that finds
/// their entry in [`ScanWords::by_bytes`] (which also tells digits). A block running past
/// the sentence's end is read as it lies in `bytes` (no copy), its bits past `hi` masked
/// off; only a block running past the end of `bytes` is copied and padded.
#[inline(never)]
pub(crate) fn candidates(bytes: &[u8], lo: usize, hi: usize, out: &mut Vec<Candidate>) {
    out.clear();
    let hi = hi.min(bytes.len());
    let starts_of: &[u64; 8192] = &SCAN_WORDS.by_bytes;
    let mut i = lo;
    // 1 when the byte before the block is a letter or digit.
    let mut carry = 0;
    // Only the last block of the text is padded, once.
    let mut padded = [0u8; 64];
    while i < hi {
        let block = block_at(bytes, i, hi, &mut padded);
        let (mut letters, mut digits) = block_classes(block);
        if hi - i < 64 {
            // The bytes past the sentence's end are no letters nor digits to it.
            let inside = (1u64 << (hi - i)) - 1;
            letters &= inside;
            digits &= inside;
        }
        let alnum = letters | digits;
        let mut starts = alnum & !((alnum << 1) | carry);
        carry = alnum >> 63;
        while starts != 0 {
            let bit = starts.trailing_zeros();
            starts &= starts - 1;
            let pos = i + bit as usize;
            // The byte after a run's first byte is read from `bytes`, in the block or not.
            // It may lie past the sentence's end: then the word has one letter, and every
            // entry of its first letter holds the same bit for length one (see
            // `by_bytes`), so that byte's value does not matter.
            let pair = starts_of[start_index(bytes, pos)];
            if pair == 0 {
                // No listed word starts so (most words): its length is not needed.
                continue;
            }
            if pair == DIGITS {
                out.push(Candidate { pos, len: 0 });
                continue;
            }
            let mut len = (!(letters >> bit)).trailing_zeros() as usize;
            if bit as usize + len == 64 {
                // The word runs on past the block.
                let mut j = pos + len;
                while j < hi && j - pos < 31 && bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                len = j - pos;
            }
            let len = len.min(31);
            if (pair >> len) & 0x1_0000_0001 != 0 {
                out.push(Candidate { pos, len: len as u8 });
            }
        }
        i += 64;
    }
}

/// The candidates of a whole text, found in one pass and handed out sentence by sentence:
/// a pass per sentence would class the unused end of each sentence's last block of 64
/// bytes, and start again for each sentence.
#[derive(Debug, Default)]
pub(crate) struct TextScan {
    /// The candidates of the whole text, in order.
    all: Vec<Candidate>,
    /// The first candidate not yet handed out.
    cursor: usize,
    /// The candidates of a sentence that starts or ends inside a run of letters or
    /// digits, which the text's pass reads otherwise: scanned alone.
    alone: Vec<Candidate>,
}

impl TextScan {
    /// Finds the candidates of all of `bytes`.
    pub(crate) fn start(&mut self, bytes: &[u8]) {
        candidates(bytes, 0, bytes.len(), &mut self.all);
        self.cursor = 0;
    }

    /// The candidates of the sentence `lo..hi` of the `bytes` given to
    /// [`TextScan::start`], the same as [`candidates`] finds in the sentence alone.
    /// Sentences in order cost one walk over the text's candidates.
    pub(crate) fn sentence(&mut self, bytes: &[u8], lo: usize, hi: usize) -> &[Candidate] {
        let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
        // A run going on from before the sentence starts a candidate only in the
        // sentence; a word going on past it is shorter there.
        let cut_at_start = lo > 0 && alnum(lo - 1) && alnum(lo);
        let cut_at_end = hi > 0 && letter(hi - 1) && letter(hi);
        if cut_at_start || cut_at_end {
            candidates(bytes, lo, hi, &mut self.alone);
            return &self.alone;
        }
        if self.cursor > 0 && self.all.get(self.cursor - 1).is_some_and(|c| c.pos >= lo) {
            // A sentence before the last one handed out: found again from the start.
            self.cursor = self.all.partition_point(|c| c.pos < lo);
        }
        while self.all.get(self.cursor).is_some_and(|c| c.pos < lo) {
            self.cursor += 1;
        }
        let first = self.cursor;
        while self.all.get(self.cursor).is_some_and(|c| c.pos < hi) {
            self.cursor += 1;
        }
        self.all.get(first..self.cursor).unwrap_or_default()
    }

    /// Gives back memory past `most` candidates, so that a long text's list is not kept.
    pub(crate) fn shrink_to(&mut self, most: usize) {
        self.all.shrink_to(most);
        self.alone.shrink_to(most);
    }
}

/// The entry of [`ScanWords::by_bytes`] for the run of letters or digits at `pos` of
/// `bytes`: its first byte, and above it the low five bits of the byte after (none past
/// the end of `bytes`), read as one little-endian pair.
#[inline(always)]
fn start_index(bytes: &[u8], pos: usize) -> usize {
    let two = match bytes.get(pos..pos + 2) {
        Some(&[first, second]) => u16::from_le_bytes([first, second]),
        _ => u16::from(bytes.get(pos).copied().unwrap_or(0)),
    };
    usize::from(two & 0x1fff)
}

/// The entry of [`ScanWords::by_bytes`] for a run of digits: the bit of length 0, which
/// no word has.
const DIGITS: u64 = 1;

/// Whether the word `w` is a number word, and whether it is a source word.
pub(crate) fn listed(w: &[u8]) -> (bool, bool) {
    SCAN_WORDS.find(w)
}

/// The words the scan looks for: number words, and words that may name a source.
struct ScanWords {
    /// For each pair of first letters: a bit per length of a number word (low half) and
    /// of a source word (high half).
    masks: Vec<u64>,
    /// The same bits found by a word's first byte and the low five bits of its second (see
    /// [`start_index`]), no table of letters between: a letter's low five bits are its
    /// place in the alphabet, and a second byte that is no letter ends a word of one
    /// letter, whose bits every such entry carries. A digit's entries are [`DIGITS`]; any
    /// other first byte's are 0.
    by_bytes: Box<[u64; 8192]>,
    /// The words (all lower case and of 16 bytes at most), found whatever their case by
    /// one probe; each row is an index in `kinds`.
    words: PackedKeys,
    /// Whether each word is a number word, and whether it is a source word.
    kinds: Vec<(bool, bool)>,
}

impl ScanWords {
    fn pair(bytes: &[u8], pos: usize) -> usize {
        lexicon::pair_index(&bytes[pos..])
    }

    /// Whether `w` is a number word, and whether it is a source word.
    #[inline]
    fn find(&self, w: &[u8]) -> (bool, bool) {
        let row = self.words.get_folded(w);
        row.and_then(|r| self.kinds.get(r as usize)).copied().unwrap_or_default()
    }

    fn build() -> ScanWords {
        let mut by = ScanWords {
            masks: vec![0; 27 * 27],
            by_bytes: Box::new([0; 8192]),
            words: PackedKeys::default(),
            kinds: Vec::new(),
        };
        let numbers = first_words(include_str!("data/number_words.txt")).map(|w| (w, true));
        let cues = first_words(include_str!("data/source_verbs.txt"))
            .chain(first_words(include_str!("data/source_cues.txt")))
            .map(|w| (w, false));
        let mut rows: Vec<(&'static [u8], packed::Row)> = Vec::new();
        for (word, is_number) in numbers.chain(cues) {
            let word = word.as_bytes();
            if (1..32).contains(&word.len()) {
                let p = Self::pair(word, 0);
                by.masks[p] |= 1 << (word.len() + if is_number { 0 } else { 32 });
                let row = match rows.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) {
                    Some(&(_, row)) => row as usize,
                    None => {
                        rows.push((word, by.kinds.len() as packed::Row));
                        by.kinds.push((false, false));
                        by.kinds.len() - 1
                    }
                };
                let kind = &mut by.kinds[row];
                if is_number {
                    kind.0 = true;
                } else {
                    kind.1 = true;
                }
            }
        }
        by.words = PackedKeys::new(&rows);
        by.by_bytes = by_first_bytes(&by.masks);
        by
    }
}

/// The bits of each pair of first letters in `masks` (27 × 27), found by a run's first
/// byte and the low five bits of its second (256 × 32, as [`start_index`] reads them). The
/// first byte of a word is a letter, either case; so is the second of a word of two
/// letters or more; a word of one letter is followed by any byte, so every entry of its
/// first letter takes the bits of length one. A run of digits has [`DIGITS`].
fn by_first_bytes(masks: &[u64]) -> Box<[u64; 8192]> {
    const ONE_LETTER: u64 = 1 << 1 | 1 << 33;
    let mut table = Box::new([0; 8192]);
    for first in 0..=255u8 {
        let letter = usize::from(first & 31);
        let alone = masks.get(letter * 27).copied().unwrap_or(0) & ONE_LETTER;
        for second in 0..32 {
            let entry = if first.is_ascii_digit() {
                DIGITS
            } else if first.is_ascii_alphabetic() {
                let longer =
                    if (1..27).contains(&second) { masks.get(letter * 27 + second).copied().unwrap_or(0) } else { 0 };
                longer & !ONE_LETTER | alone
            } else {
                0
            };
            table[second << 8 | usize::from(first)] = entry;
        }
    }
    table
}

/// The first word of every lexicon entry in `data`.
fn first_words(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).filter_map(|l| l.split(['\t', ' ']).next())
}

static SCAN_WORDS: Lazy<ScanWords> = Lazy::new(ScanWords::build);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every listed word is found in any case, and no word is longer than the packed
    /// keys hold.
    #[test]
    fn listed_words_are_found_in_any_case() {
        let numbers = first_words(include_str!("data/number_words.txt"));
        let cues =
            first_words(include_str!("data/source_verbs.txt")).chain(first_words(include_str!("data/source_cues.txt")));
        for (word, is_number) in numbers.map(|w| (w, true)).chain(cues.map(|w| (w, false))) {
            assert!(word.len() <= 16, "{word}");
            for w in [word.to_owned(), word.to_ascii_uppercase(), word[..1].to_ascii_uppercase() + &word[1..]] {
                let (number, cue) = listed(w.as_bytes());
                assert!(if is_number { number } else { cue }, "{w}");
            }
        }
        assert_eq!(listed(b"thr"), (false, false));
        assert_eq!(listed(b"Said"), (false, true));
    }

    #[test]
    fn bytes_table_agrees_with_letter_pairs() {
        let words = &*SCAN_WORDS;
        for first in (b'a'..=b'z').chain(b'A'..=b'Z') {
            for second in 0..=255u8 {
                let lens = if second.is_ascii_alphabetic() { 2..32 } else { 1..2 };
                for len in lens {
                    let pairs = words.masks[lexicon::pair_of(first, second)] >> len & 0x1_0000_0001;
                    let bytes = words.by_bytes[start_index(&[first, second], 0)] >> len;
                    assert_eq!(pairs, bytes & 0x1_0000_0001, "{first} {second} {len}");
                }
            }
        }
        for first in 0..=255u8 {
            for second in 0..=255u8 {
                let entry = words.by_bytes[start_index(&[first, second], 0)];
                if first.is_ascii_digit() {
                    assert_eq!(entry, DIGITS, "{first} {second}");
                } else if !first.is_ascii_alphabetic() {
                    assert_eq!(entry, 0, "{first} {second}");
                } else {
                    assert_eq!(entry & DIGITS, 0, "{first} {second}");
                }
            }
        }
    }

    /// The candidates found byte by byte, as [`candidates`] must find them.
    fn candidates_ref(bytes: &[u8], lo: usize) -> Vec<Candidate> {
        let alnum = |b: u8| b.is_ascii_alphanumeric();
        let mut out = Vec::new();
        for pos in lo..bytes.len() {
            if !alnum(bytes[pos]) || pos > lo && alnum(bytes[pos - 1]) {
                continue;
            }
            if bytes[pos].is_ascii_digit() {
                out.push(Candidate { pos, len: 0 });
                continue;
            }
            let len = bytes[pos..].iter().take_while(|b| b.is_ascii_alphabetic()).count().min(31);
            let pair = SCAN_WORDS.by_bytes[start_index(bytes, pos)];
            if (pair >> len) & 0x1_0000_0001 != 0 {
                out.push(Candidate { pos, len: len as u8 });
            }
        }
        out
    }

    /// Every sentence `lo..hi` of `text` (some of them), read with the text after it.
    fn check_candidates(text: &str) {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for lo in 0..=bytes.len().min(70) {
            for hi in (lo..=bytes.len()).rev().step_by(7).chain([lo, lo + 1]) {
                let hi = hi.min(bytes.len());
                candidates(bytes, lo, hi, &mut found);
                assert_eq!(found, candidates_ref(&bytes[..hi], lo), "{lo}..{hi} in {text:?}");
            }
        }
        check_text_scan(text);
    }

    /// The text's candidates handed out for sentences cut at every place, in order and
    /// then out of order, are those each sentence's own pass finds.
    fn check_text_scan(text: &str) {
        let bytes = text.as_bytes();
        let mut scan = TextScan::default();
        scan.start(bytes);
        let mut alone = Vec::new();
        for step in 1..=9 {
            let cuts: Vec<usize> = (0..=bytes.len()).step_by(step).chain([bytes.len()]).collect();
            let pairs: Vec<(usize, usize)> = cuts.windows(2).map(|w| (w[0], w[1])).collect();
            for &(lo, hi) in pairs.iter().chain(pairs.iter().rev()) {
                candidates(bytes, lo, hi, &mut alone);
                assert_eq!(scan.sentence(bytes, lo, hi), &alone[..], "{lo}..{hi} in {text:?}");
            }
        }
    }

    /// Every byte value, at every place of a block, is classed as a letter or a digit
    /// exactly when it is one.
    #[test]
    fn block_classes_agree() {
        let mut block = [0u8; 64];
        for b in 0..=255u8 {
            for (k, x) in block.iter_mut().enumerate() {
                *x = b.wrapping_add((k as u8).wrapping_mul(37));
            }
            let (letters, digits) = block_classes(&block);
            for (k, x) in block.iter().enumerate() {
                assert_eq!(letters >> k & 1 == 1, x.is_ascii_alphabetic(), "{x} at {k}");
                assert_eq!(digits >> k & 1 == 1, x.is_ascii_digit(), "{x} at {k}");
            }
        }
    }

    #[test]
    fn candidates_agree_with_bytes() {
        let long = "x".repeat(70) + " one " + &"seventy".repeat(12) + " 12 said";
        for text in [
            "Al-Qaeda has between four hundred and 600 members, said Smith.",
            "a1 b22 three-quarters 5km twelve\u{e9}teen dozen",
            long.as_str(),
            "",
            "one",
            "9",
        ] {
            check_candidates(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn candidates_agree_on_any_text(text in "([a-z]{1,12}|[0-9]{1,3}|[ ,.\u{e9}-]){0,40}") {
            check_candidates(&text);
        }
    }

    #[test]
    fn classes_mark_letters_and_digits() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from(b) << (8 * at) | 0x2020_2020_2020_2020 & !(0xff << (8 * at));
                let (letters, digits) = classes(x);
                assert_eq!(letters, u64::from(b.is_ascii_alphabetic()) << (8 * at + 7), "{b} at {at}");
                assert_eq!(digits, u64::from(b.is_ascii_digit()) << (8 * at + 7), "{b} at {at}");
                assert_eq!(letters_in(x), letters, "{b} at {at}");
            }
        }
    }
}
