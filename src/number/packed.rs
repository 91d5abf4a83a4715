//! Lexicon keys of up to 16 bytes, packed ASCII-lower-case into a `u128` and found by
//! one probe of an open-addressing table: a lookup copies no bytes and hashes one word.
//!
//! Each packed key holds the row of its lower-case entry, if any, and the rows of the
//! entries written with capitals that fold to it (`USD`, `No.`), so that a word is looked
//! up once whatever its case, and the case rules choose among them.

/// An entry's row: its index in the caller's list of rows.
pub(crate) type Row = u32;

/// What a packed key holds.
#[derive(Debug, Clone, Default)]
struct Slot {
    /// The entry written with no ASCII capital, if any.
    lower: Option<Row>,
    /// The entries written with capitals, as written.
    capitals: Vec<(&'static [u8], Row)>,
}

/// Keys of 1 to 16 bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct PackedKeys {
    /// A power of two long: the packed keys, 0 for an empty slot.
    keys: Vec<u128>,
    slots: Vec<Slot>,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is ASCII and within `a..=b`.
#[inline(always)]
fn bytes_in(x: u64, a: u8, b: u8) -> u64 {
    let low7 = x & !HIGHS;
    let ge = low7.wrapping_add(ONES * u64::from(0x80 - a)) & HIGHS;
    let gt = low7.wrapping_add(ONES * u64::from(0x7f - b)) & HIGHS;
    ge & !gt & !x
}

/// Up to eight bytes as a little-endian word, zero above them.
#[inline(always)]
fn word_of(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        return u64::from_le_bytes(b[..8].try_into().unwrap_or_default());
    }
    if n >= 4 {
        // Two overlapping loads: the bytes they share are the same.
        let first = u64::from(u32::from_le_bytes(b[..4].try_into().unwrap_or_default()));
        let last = u64::from(u32::from_le_bytes(b[n - 4..].try_into().unwrap_or_default()));
        return first | last << (8 * (n - 4));
    }
    if n == 0 {
        return 0;
    }
    u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1))
}

/// `word` packed as written and packed folded to ASCII lower case (a capital's high
/// bit, moved to 0x20, makes it lower case); `None` when empty or longer than 16 bytes.
/// The two differ exactly where the word has capitals.
#[inline(always)]
fn pack_written(word: &[u8]) -> Option<(u128, u128)> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    if word.len() <= 8 {
        let lo = word_of(word);
        return Some((u128::from(lo), u128::from(lo | bytes_in(lo, b'A', b'Z') >> 2)));
    }
    let (lo, hi) = (word_of(&word[..8]), word_of(&word[8..]));
    let written = u128::from(lo) | u128::from(hi) << 64;
    let folded = u128::from(lo | bytes_in(lo, b'A', b'Z') >> 2) | u128::from(hi | bytes_in(hi, b'A', b'Z') >> 2) << 64;
    Some((written, folded))
}

fn slot_of(key: u128, mask: usize) -> usize {
    let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

impl PackedKeys {
    /// A table of `keys`: each key as written, with its row. Keys longer than 16 bytes
    /// are left out.
    pub(crate) fn new(keys: &[(&'static [u8], Row)]) -> Self {
        let count = keys.len();
        let size = (count * 2).next_power_of_two().max(16);
        let mut table = PackedKeys { keys: vec![0; size], slots: vec![Slot::default(); size] };
        for &(key, row) in keys {
            let Some((written, packed)) = pack_written(key) else { continue };
            let mut s = slot_of(packed, size - 1);
            while table.keys[s] != 0 && table.keys[s] != packed {
                s = (s + 1) & (size - 1);
            }
            table.keys[s] = packed;
            let slot = &mut table.slots[s];
            if written != packed {
                slot.capitals.push((key, row));
            } else {
                slot.lower = Some(row);
            }
        }
        table
    }

    #[inline(always)]
    fn slot(&self, packed: u128) -> Option<&Slot> {
        let mask = self.keys.len().checked_sub(1)?;
        let mut s = slot_of(packed, mask);
        loop {
            let k = *self.keys.get(s)?;
            if k == packed {
                return self.slots.get(s);
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// The row of `word` exactly as written (1 to 16 bytes).
    #[inline(always)]
    pub(crate) fn get(&self, word: &[u8]) -> Option<Row> {
        let (written, folded) = pack_written(word)?;
        let slot = self.slot(folded)?;
        if written == folded {
            return slot.lower;
        }
        slot.capitals.iter().find(|c| c.0 == word).map(|c| c.1)
    }

    /// The row of `word` folding ASCII capitals (1 to 16 bytes): a lower-case entry
    /// matches its capitalised and upper-case forms (`Million`, `MILLION`) and any mix;
    /// an entry written with capitals matches as written (`USD`) when the word is
    /// capitalised or in capitals.
    #[inline(always)]
    pub(crate) fn get_folded(&self, word: &[u8]) -> Option<Row> {
        let (written, folded) = pack_written(word)?;
        let slot = self.slot(folded)?;
        // The case is read only for the few words that are found and have capitals.
        if written == folded || slot.lower.is_some() {
            return slot.lower;
        }
        let capitals = written ^ folded;
        let rest_lower = capitals >> 8 == 0;
        let no_lower = bytes_in(written as u64, b'a', b'z') | bytes_in((written >> 64) as u64, b'a', b'z') == 0;
        if !(rest_lower || no_lower) {
            return None;
        }
        slot.capitals.iter().find(|c| c.0 == word).map(|c| c.1)
    }
}
