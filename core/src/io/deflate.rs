//! A small raw DEFLATE writer (RFC 1951) for short payloads: one block with the fixed Huffman
//! codes and LZ77 matches, or stored blocks when those are not longer. The return links of a
//! rating round are written with it: miniz_oxide's full compressor (dynamic codes) is about
//! 6 KB gzip of the rater's page's wasm, and for content of a few hundred bytes the fixed codes
//! are as short (miniz itself uses them for blocks with fewer than 48 bytes of matches). Any
//! reader of DEFLATE reads it; [`crate::io::inflate`] is the app's.

/// How far back a match may reach (DEFLATE's window).
const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// Candidates looked at per position: enough for links, bounded for a 64 KiB payload.
const MAX_CHAIN: usize = 64;
const HASH_BITS: u32 = 12;
/// The longest stored block.
const MAX_STORED: usize = 0xFFFF;

// Length codes 257..=285 and distance codes 0..=29: the smallest value of each and its number
// of extra bits (RFC 1951, 3.2.5).
const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// `data` as one complete raw DEFLATE stream: fixed codes, or stored if that is not longer.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let fixed = fixed_block(data);
    let stored_len = data.len() + 5 * data.len().div_ceil(MAX_STORED).max(1);
    if fixed.len() < stored_len {
        fixed
    } else {
        stored(data)
    }
}

/// Stored blocks of at most 65,535 bytes, the last one marked final.
fn stored(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 5);
    let mut chunks = data.chunks(MAX_STORED).peekable();
    if chunks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xFF, 0xFF]);
    }
    while let Some(chunk) = chunks.next() {
        let len = chunk.len() as u16;
        out.push(u8::from(chunks.peek().is_none()));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out
}

/// One final block with the fixed codes; matches found greedily through hash chains.
fn fixed_block(data: &[u8]) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.put(1, 1); // the final block
    bits.put(1, 2); // fixed Huffman codes
    let mut head = vec![0u32; 1 << HASH_BITS];
    let mut prev = vec![0u32; data.len()];
    let mut at = 0;
    while let Some(&byte) = data.get(at) {
        let (len, distance) = longest_match(data, at, &head, &prev);
        if len >= MIN_MATCH {
            bits.length(len);
            bits.distance(distance);
            for i in at..at + len {
                insert(data, i, &mut head, &mut prev);
            }
            at += len;
        } else {
            bits.symbol(byte.into());
            insert(data, at, &mut head, &mut prev);
            at += 1;
        }
    }
    bits.symbol(256);
    bits.finish()
}

/// Notes position `at` in the chain of its hash.
fn insert(data: &[u8], at: usize, head: &mut [u32], prev: &mut [u32]) {
    if let (Some(h), Some(p)) = (hash(data, at), prev.get_mut(at)) {
        *p = head[h];
        head[h] = at as u32 + 1;
    }
}

/// The hash of the three bytes at `at`, if there are three.
fn hash(data: &[u8], at: usize) -> Option<usize> {
    let b = data.get(at..at + MIN_MATCH)?;
    let key = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
    Some((key.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize)
}

/// The longest earlier match for the bytes at `at`: (length, distance), length 0 if none.
fn longest_match(data: &[u8], at: usize, head: &[u32], prev: &[u32]) -> (usize, usize) {
    let Some(h) = hash(data, at) else {
        return (0, 0);
    };
    let rest = &data[at..];
    let limit = rest.len().min(MAX_MATCH);
    let (mut best, mut distance) = (0, 0);
    let mut candidate = head[h];
    for _ in 0..MAX_CHAIN {
        let Some(from) = (candidate as usize).checked_sub(1) else {
            break;
        };
        if at - from > WINDOW {
            break;
        }
        let len = data[from..]
            .iter()
            .zip(&rest[..limit])
            .take_while(|(a, b)| a == b)
            .count();
        if len > best {
            (best, distance) = (len, at - from);
            if len == limit {
                break;
            }
        }
        candidate = prev[from];
    }
    (best, distance)
}

/// Bits written least significant first, as DEFLATE packs them.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    pending: u32,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.pending |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.out.push(self.pending as u8);
            self.pending >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code, which DEFLATE writes most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    fn symbol(&mut self, symbol: u32) {
        match symbol {
            0..=143 => self.code(0x30 + symbol, 8),
            144..=255 => self.code(0x190 + symbol - 144, 9),
            256..=279 => self.code(symbol - 256, 7),
            _ => self.code(0xC0 + symbol - 280, 8),
        }
    }

    fn length(&mut self, len: usize) {
        let i = LENGTH_BASE
            .iter()
            .rposition(|&b| usize::from(b) <= len)
            .unwrap_or(0);
        self.symbol(257 + i as u32);
        self.put(
            (len - usize::from(LENGTH_BASE[i])) as u32,
            LENGTH_EXTRA[i].into(),
        );
    }

    fn distance(&mut self, distance: usize) {
        let i = DISTANCE_BASE
            .iter()
            .rposition(|&b| usize::from(b) <= distance)
            .unwrap_or(0);
        self.code(i as u32, 5);
        self.put(
            (distance - usize::from(DISTANCE_BASE[i])) as u32,
            DISTANCE_EXTRA[i].into(),
        );
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.pending as u8);
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::inflate::inflate_exact;

    fn round_trip(data: &[u8]) -> Vec<u8> {
        let packed = deflate(data);
        assert_eq!(inflate_exact(&packed, 1 << 20).as_deref(), Ok(data));
        packed
    }

    #[test]
    fn every_kind_of_content_inflates_back() {
        round_trip(b"");
        round_trip(b"a");
        round_trip(&[0xFF; 3]);
        round_trip("Hotline! Hotline! Hotline! Wartezeit zu lang, Wartezeit".as_bytes());
        round_trip(&[7; 1000]);
        let mixed: Vec<u8> = (0..70_000u32)
            .map(|i| (i * 7919 % 251) as u8 ^ (i / 300) as u8)
            .collect();
        round_trip(&mixed);
        let text = "Die Beratung war gut, die Rechnung kam zu spät. ".repeat(40);
        let packed = round_trip(text.as_bytes());
        assert!(packed.len() < text.len() / 10, "{} bytes", packed.len());
    }

    #[test]
    fn incompressible_content_is_stored() {
        let noise: Vec<u8> = (0..200u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let packed = round_trip(&noise);
        assert_eq!(packed.len(), noise.len() + 5);
        assert_eq!(packed[0], 1);
        assert_eq!(stored(b""), [1, 0, 0, 0xFF, 0xFF]);
    }

    #[test]
    fn stored_blocks_split_at_65535_bytes() {
        let data: Vec<u8> = (0..70_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
            .collect();
        let packed = stored(&data);
        assert_eq!(inflate_exact(&packed, 1 << 20).as_deref(), Ok(&data[..]));
        assert_eq!(packed.len(), data.len() + 10);
    }

    #[test]
    fn every_length_and_distance_code_is_written_right() {
        let noise: Vec<u8> = (0..30_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for len in MIN_MATCH..=MAX_MATCH {
            for distance in [1, 2, 4, 5, 100, 1000, 5000, 24_577, 30_000] {
                let mut bits = Bits::default();
                bits.put(1, 1);
                bits.put(1, 2);
                noise[..distance]
                    .iter()
                    .for_each(|&b| bits.symbol(b.into()));
                bits.length(len);
                bits.distance(distance);
                bits.symbol(256);
                let mut expected = noise[..distance].to_vec();
                (0..len).for_each(|i| expected.push(expected[i]));
                let inflated = inflate_exact(&bits.finish(), 1 << 20);
                assert_eq!(inflated.as_deref(), Ok(&expected[..]), "{len} {distance}");
            }
        }
    }
}
