//! The number lexicons: data files in `data/`, one sorted entry a line, tab-separated
//! columns where a value is needed, compiled once on first use.

use super::packed::{self, PackedKeys};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::ops::Deref;
use std::sync::OnceLock;

/// A value built on first use, as with [`std::sync::LazyLock`], whose every later use is
/// one load and one test where it is asked. `LazyLock` makes that test in a call of its
/// own wherever the compiler declines to inline it, which in the rules around a number
/// (a few dozen lexicon lookups each) was a call per lookup.
pub(crate) struct Lazy<T> {
    cell: OnceLock<T>,
    build: fn() -> T,
}

impl<T> Lazy<T> {
    /// A value that `build` makes on first use.
    pub(crate) const fn new(build: fn() -> T) -> Self {
        Lazy { cell: OnceLock::new(), build }
    }

    /// The first use: builds the value, kept out of line.
    #[cold]
    #[inline(never)]
    fn build_now(&self) -> &T {
        self.cell.get_or_init(self.build)
    }
}

impl<T> Deref for Lazy<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        match self.cell.get() {
            Some(value) => value,
            None => self.build_now(),
        }
    }
}

/// A fast hasher for short words (multiply and rotate, as in rustc's FxHash); the
/// tables are fixed data, so no flooding defence is needed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct BuildWordHasher;

impl BuildHasher for BuildWordHasher {
    type Hasher = WordHasher;
    fn build_hasher(&self) -> WordHasher {
        WordHasher(0)
    }
}

/// 1 + the letter's index for ASCII letters (either case), 0 for anything else.
const LETTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = c as u8 + 1;
        t[b'A' as usize + c] = c as u8 + 1;
        c += 1;
    }
    t
};

/// The index of a word's first two letters in a 27 × 27 table.
#[inline(always)]
pub(crate) fn pair_index(w: &[u8]) -> usize {
    pair_of(w.first().copied().unwrap_or(0), w.get(1).copied().unwrap_or(0))
}

/// The index of a key's first two bytes in a 32 × 32 filter: their low five bits, which
/// for a letter is its place in the alphabet whatever its case. Other bytes share places
/// with letters, so a filter lets through a few more words, never fewer.
#[inline(always)]
fn filter_index(w: &[u8]) -> usize {
    let first = w.first().copied().unwrap_or(0) & 31;
    let second = w.get(1).copied().unwrap_or(0) & 31;
    usize::from(first) << 5 | usize::from(second)
}

/// The index of two bytes in a 27 × 27 table (letters either case, anything else as one).
#[inline(always)]
pub(crate) fn pair_of(first: u8, second: u8) -> usize {
    LETTER[first as usize] as usize * 27 + LETTER[second as usize] as usize
}

/// A data file read as a map from its first column to the other columns.
pub(crate) struct Table {
    /// Keyed by bytes, so folded and joined keys built in a buffer need no UTF-8 check.
    rows: HashMap<&'static [u8], Vec<&'static str>, BuildWordHasher>,
    /// The capitalised and upper-case forms of lower-case keys (`Million`, `MILLION`), so
    /// that most folded lookups hash once.
    cased: HashMap<Vec<u8>, Vec<&'static str>, BuildWordHasher>,
    /// For each pair of first bytes (by [`filter_index`]: letters in either case), a bit
    /// per key length (63 bytes or more share the last bit): a cheap test
    /// that turns away most words before hashing.
    first: Box<[u64; 1024]>,
    /// The same filter for the first parts of keys of several parts (`more` in `more than`,
    /// `km` in `km/h`), so joined lookups are mostly turned away before joining.
    heads: Box<[u64; 1024]>,
    /// The same filter for the last word of the keys of each number of words or more
    /// (`about` among keys of one word or more, `than` among those of two or more too, and
    /// of three or more): a word that ends no key turns away every phrase ending in it at
    /// the first test, and one that ends no key of three words spares reading the two
    /// words before it.
    lasts: Vec<[u64; 1024]>,
    /// The most words in one key (`more than` is two).
    most_words: usize,
    /// Keys of up to 16 bytes, found by one probe whatever their case.
    packed: PackedKeys,
    /// The columns of the rows `packed` points to.
    packed_rows: Vec<Vec<&'static str>>,
}

impl Table {
    pub(crate) fn parse(data: &'static str) -> Self {
        let mut rows = HashMap::with_hasher(BuildWordHasher);
        let mut cased = HashMap::with_hasher(BuildWordHasher);
        let mut first = Box::new([0u64; 1024]);
        let mut heads = Box::new([0u64; 1024]);
        let mut lasts: Vec<[u64; 1024]> = Vec::new();
        let mut most_words = 1;
        for line in data.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t');
            let key = columns.next().unwrap_or_default().trim();
            most_words = most_words.max(key.split(' ').count());
            let last = key.rsplit(' ').next().unwrap_or(key);
            let words = key.split(' ').count();
            if lasts.len() < words {
                lasts.resize(words, [0; 1024]);
            }
            // A key of `words` words is one of every number of words up to it, or more.
            for at_least in &mut lasts[..words] {
                at_least[filter_index(last.as_bytes())] |= 1 << last.len().min(63);
            }
            first[filter_index(key.as_bytes())] |= 1 << key.len().min(63);
            for sep in [' ', '/'] {
                if let Some((head, _)) = key.split_once(sep) {
                    heads[filter_index(head.as_bytes())] |= 1 << head.len().min(63);
                }
            }
            let cols: Vec<&'static str> = columns.map(str::trim).collect();
            if key.bytes().all(|b| !b.is_ascii_uppercase()) {
                let mut title = key.to_owned();
                if let Some(f) = title.get_mut(..1) {
                    f.make_ascii_uppercase();
                }
                cased.insert(title.into_bytes(), cols.clone());
                cased.insert(key.to_ascii_uppercase().into_bytes(), cols.clone());
            }
            rows.insert(key.as_bytes(), cols);
        }
        let mut keys = Vec::new();
        let mut packed_rows = Vec::new();
        for (&key, cols) in &rows {
            let row = u32::try_from(packed_rows.len()).unwrap_or(u32::MAX);
            keys.push((key, row));
            packed_rows.push(cols.clone());
        }
        let packed = PackedKeys::new(&keys);
        Table { rows, cased, first, heads, lasts, most_words, packed, packed_rows }
    }

    /// Whether a key of this first byte and length is listed at all.
    #[inline(always)]
    fn may_hold(&self, key: &[u8]) -> bool {
        // A word longer than every key finds no bit of its length (the lookup is exact in
        // any case: this only turns words away).
        self.first[filter_index(key)] & (1 << key.len().min(63)) != 0
    }

    /// The columns after `key`, with `key` as written.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<&[&'static str]> {
        self.get_bytes(key.as_bytes())
    }

    /// The filter inline (it turns away most words), the lookup out of line.
    #[inline]
    fn get_bytes(&self, key: &[u8]) -> Option<&[&'static str]> {
        if !self.may_hold(key) {
            return None;
        }
        self.find_bytes(key)
    }

    #[inline(never)]
    fn find_bytes(&self, key: &[u8]) -> Option<&[&'static str]> {
        if key.len() <= 16 {
            return self.packed_row(self.packed.get(key));
        }
        self.rows.get(key).map(Vec::as_slice)
    }

    fn packed_row(&self, row: Option<packed::Row>) -> Option<&[&'static str]> {
        self.packed_rows.get(row? as usize).map(Vec::as_slice)
    }

    /// The columns after `key`, folding ASCII capitals (entries are lower case).
    #[inline]
    pub(crate) fn get_folded(&self, key: &str) -> Option<&[&'static str]> {
        self.get_folded_bytes(key.as_bytes())
    }

    /// The filter inline, the lookup out of line.
    #[inline]
    fn get_folded_bytes(&self, bytes: &[u8]) -> Option<&[&'static str]> {
        if !self.may_hold(bytes) {
            return None;
        }
        self.find_folded(bytes)
    }

    #[inline(never)]
    fn find_folded(&self, bytes: &[u8]) -> Option<&[&'static str]> {
        if bytes.len() <= 16 {
            return self.packed_row(self.packed.get_folded(bytes));
        }
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return self.get_bytes(bytes);
        }
        // `Million`, `MILLION`: listed as such; other mixes are folded.
        if let Some(cols) = self.cased.get(bytes) {
            return Some(cols.as_slice());
        }
        let rest_lower = !bytes[1..].iter().any(u8::is_ascii_uppercase);
        let all_upper = !bytes.iter().any(u8::is_ascii_lowercase);
        if rest_lower || all_upper {
            return self.get_bytes(bytes); // an entry written with capitals (`USD`)
        }
        let mut buf = [0u8; 48];
        let buf = buf.get_mut(..bytes.len())?;
        buf.copy_from_slice(bytes);
        buf.make_ascii_lowercase();
        self.get_bytes(buf)
    }

    /// The columns after the key made of `parts` joined by `sep` (`more` `than` →
    /// `more than`), folding ASCII capitals when `fold`; no allocation.
    #[inline(always)]
    pub(crate) fn get_joined(&self, parts: &[&str], sep: &str, fold: bool) -> Option<&[&'static str]> {
        let head = parts.first()?;
        if parts.len() > 1 && !sep.is_empty() && !self.may_start_with(head) {
            return None;
        }
        let mut buf = [0u8; 48];
        let mut n = 0;
        for (i, part) in parts.iter().enumerate() {
            for piece in [if i > 0 { sep } else { "" }, part] {
                let end = n + piece.len();
                buf.get_mut(n..end)?.copy_from_slice(piece.as_bytes());
                n = end;
            }
        }
        let key = &buf[..n];
        if fold {
            self.get_folded_bytes(key)
        } else {
            self.get_bytes(key)
        }
    }

    /// Whether `key` is listed (folding ASCII capitals).
    #[inline]
    pub(crate) fn has(&self, key: &str) -> bool {
        self.get_folded(key).is_some()
    }

    /// Whether `key` is listed exactly as written.
    #[inline]
    pub(crate) fn has_exact(&self, key: &str) -> bool {
        self.has_exact_bytes(key.as_bytes())
    }

    /// [`Table::has_exact`] for a key made in a buffer, with no UTF-8 check.
    #[inline]
    pub(crate) fn has_exact_bytes(&self, key: &[u8]) -> bool {
        self.get_bytes(key).is_some()
    }

    /// Whether some key of several parts (joined by a space or `/`) may start with the word
    /// `w` (either case); false means none does, and the word after `w` need not be read.
    #[inline]
    pub(crate) fn may_start_with(&self, w: &str) -> bool {
        self.heads[filter_index(w.as_bytes())] & (1 << w.len().min(63)) != 0
    }

    /// The most words of a key (of words joined by spaces) that may end with the word `w`
    /// (either case); 0 means none does, and 2 that no key of three words or more does.
    #[inline(always)]
    pub(crate) fn most_words_ending(&self, w: &str) -> usize {
        let (index, bit) = (filter_index(w.as_bytes()), 1 << w.len().min(63));
        // Most words end no key: the first test says so.
        self.lasts.iter().take_while(|at_least| at_least[index] & bit != 0).count()
    }

    /// The most words in one entry.
    pub(crate) fn most_words(&self) -> usize {
        self.most_words
    }

    /// Every key with the first column after it, where it has one (`men`, `man`).
    pub(crate) fn pairs(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.rows.iter().filter_map(|(key, cols)| Some((std::str::from_utf8(key).ok()?, *cols.first()?)))
    }

    /// The first column after the key of every entry that has one (`USD` for `dollars`).
    pub(crate) fn first_values(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.values().filter_map(|cols| cols.first().copied())
    }
}

macro_rules! table {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) static $name: Lazy<Table> = Lazy::new(|| Table::parse(include_str!($file)));
    };
}

table!(/// `two` → 2, unit.
    NUMBER_WORDS, "data/number_words.txt");
table!(/// `bn` → 1e9.
    MULTIPLIERS, "data/multipliers.txt");
table!(/// `$` → USD, dollars.
    CURRENCY_SIGNS, "data/currency_signs.txt");
table!(/// `euros` → EUR.
    CURRENCY_WORDS, "data/currency_words.txt");
table!(/// `australian` → AUD.
    CURRENCY_ADJECTIVES, "data/currency_adjectives.txt");
table!(/// `km` → km, measure.
    UNITS, "data/units.txt");
table!(/// `square` → ².
    UNIT_MODIFIERS, "data/unit_modifiers.txt");
table!(/// `more than` → more_than, low_open.
    QUALIFIERS_BEFORE, "data/qualifiers_before.txt");
table!(/// `or more` → more_than, low_closed.
    QUALIFIERS_AFTER, "data/qualifiers_after.txt");
table!(/// `February`.
    MONTHS, "data/months.txt");
table!(/// `Wednesday`.
    WEEKDAYS, "data/weekdays.txt");
table!(/// `a.m.`, `GMT`.
    CLOCK_WORDS, "data/clock_words.txt");
table!(/// `the`, `of`.
    STOPWORDS, "data/stopwords.txt");
table!(/// `news`, `series`.
    NOT_PLURAL, "data/not_plural.txt");
table!(/// `people`, `staff`.
    PLURALS, "data/plurals.txt");
table!(/// `Resolution`, `No.`.
    ID_WORDS, "data/id_words.txt");
table!(/// `Comment`.
    FURNITURE, "data/furniture.txt");
table!(/// `notes`, `bond`.
    INSTRUMENTS, "data/instruments.txt");
table!(/// `rose`, `fell`.
    CHANGE_WORDS, "data/change_words.txt");
table!(/// `down from`, `versus`.
    COMPARE_WORDS, "data/compare_words.txt");
table!(/// `in`, `since`.
    YEAR_WORDS, "data/year_words.txt");
table!(/// `results`, `includes`.
    YEAR_NOUNS, "data/year_nouns.txt");
table!(/// `aged`.
    AGE_WORDS, "data/age_words.txt");
table!(/// `according to`.
    SOURCE_CUES, "data/source_cues.txt");
table!(/// `spells`, `seasons`.
    PERIODS, "data/periods.txt");
table!(/// `share`, `head`.
    RATE_NOUNS, "data/rate_nouns.txt");
table!(/// `the`, `his`.
    DETERMINERS, "data/determiners.txt");
table!(/// `said`, `reported`.
    SOURCE_VERBS, "data/source_verbs.txt");
table!(/// `index`, `nasdaq`.
    MARKET_WORDS, "data/market_words.txt");
table!(/// `won`, `defeat`.
    SCORE_WORDS, "data/score_words.txt");
table!(/// `street`, `avenue`.
    STREET_WORDS, "data/street_words.txt");
table!(/// `adults`, `children`.
    AGE_GROUPS, "data/age_groups.txt");
table!(/// `money`, `funding`.
    MONEY_NOUNS, "data/money_nouns.txt");

/// Every data file, for the tests.
#[cfg(test)]
pub(crate) const FILES: &[&str] = &[
    include_str!("data/number_words.txt"),
    include_str!("data/multipliers.txt"),
    include_str!("data/currency_signs.txt"),
    include_str!("data/currency_words.txt"),
    include_str!("data/currency_adjectives.txt"),
    include_str!("data/units.txt"),
    include_str!("data/unit_modifiers.txt"),
    include_str!("data/qualifiers_before.txt"),
    include_str!("data/qualifiers_after.txt"),
    include_str!("data/months.txt"),
    include_str!("data/weekdays.txt"),
    include_str!("data/clock_words.txt"),
    include_str!("data/stopwords.txt"),
    include_str!("data/not_plural.txt"),
    include_str!("data/plurals.txt"),
    include_str!("data/id_words.txt"),
    include_str!("data/furniture.txt"),
    include_str!("data/instruments.txt"),
    include_str!("data/change_words.txt"),
    include_str!("data/compare_words.txt"),
    include_str!("data/year_words.txt"),
    include_str!("data/year_nouns.txt"),
    include_str!("data/age_words.txt"),
    include_str!("data/source_cues.txt"),
    include_str!("data/periods.txt"),
    include_str!("data/rate_nouns.txt"),
    include_str!("data/determiners.txt"),
    include_str!("data/source_verbs.txt"),
    include_str!("data/market_words.txt"),
    include_str!("data/score_words.txt"),
    include_str!("data/street_words.txt"),
    include_str!("data/age_groups.txt"),
    include_str!("data/money_nouns.txt"),
];

#[cfg(test)]
mod tests {
    use super::*;

    impl Table {
        /// Exact lookup through the hash map alone.
        fn get_ref(&self, key: &[u8]) -> Option<&[&'static str]> {
            self.rows.get(key).map(Vec::as_slice)
        }

        /// Folded lookup through the hash maps alone.
        fn get_folded_ref(&self, bytes: &[u8]) -> Option<&[&'static str]> {
            if !bytes.iter().any(u8::is_ascii_uppercase) {
                return self.get_ref(bytes);
            }
            if let Some(cols) = self.cased.get(bytes) {
                return Some(cols.as_slice());
            }
            let rest_lower = !bytes[1..].iter().any(u8::is_ascii_uppercase);
            let all_upper = !bytes.iter().any(u8::is_ascii_lowercase);
            if rest_lower || all_upper {
                return self.get_ref(bytes);
            }
            self.get_ref(&bytes.to_ascii_lowercase())
        }
    }

    /// Packed keys answer as the hash maps do, for every key in every case.
    #[test]
    fn packed_keys_answer_as_the_maps_do() {
        for data in FILES {
            let table = Table::parse(data);
            let mut words: Vec<Vec<u8>> = Vec::new();
            for key in table.rows.keys() {
                let mut title = key.to_vec();
                title[0] = title[0].to_ascii_uppercase();
                let mut mixed = key.to_ascii_lowercase();
                if let Some(b) = mixed.last_mut() {
                    *b = b.to_ascii_uppercase();
                }
                let mut longer = key.to_vec();
                longer.push(b's');
                words.extend([key.to_vec(), key.to_ascii_lowercase(), key.to_ascii_uppercase(), title, mixed, longer]);
                words.push(key[..key.len() - 1].to_vec());
            }
            words.extend(["", "a", "A", "é", "Ü", "x".repeat(17).as_str(), "MiLLion"].map(|w| w.as_bytes().to_vec()));
            for w in &words {
                assert_eq!(table.get_bytes(w), table.get_ref(w), "{:?}", String::from_utf8_lossy(w));
                assert_eq!(table.get_folded_bytes(w), table.get_folded_ref(w), "{:?}", String::from_utf8_lossy(w));
            }
        }
    }
}
