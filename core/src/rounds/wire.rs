//! The bytes inside both links: LEB128 varints, texts as a varint byte length and UTF-8, fixed
//! bytes. The reader checks every count and length before it builds what they describe, so
//! its work is bounded by the (capped) input.

use super::error::{Field, RoundError};

/// Builds the bytes of a link's content.
#[derive(Default)]
pub(super) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// Unsigned LEB128: seven bits a byte, low bits first, the high bit set on all but the last.
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.bytes.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    pub fn count(&mut self, n: usize) {
        self.varint(n as u64);
    }

    pub fn text(&mut self, text: &str) {
        self.count(text.len());
        self.raw(text.as_bytes());
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads the bytes of a link's content, front to back.
pub(super) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub fn byte(&mut self) -> Result<u8, RoundError> {
        let (&b, rest) = self.rest.split_first().ok_or(RoundError::Truncated)?;
        self.rest = rest;
        Ok(b)
    }

    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], RoundError> {
        let head = self.rest.get(..N).ok_or(RoundError::Truncated)?;
        let mut out = [0; N];
        out.copy_from_slice(head);
        self.rest = &self.rest[N..];
        Ok(out)
    }

    pub fn varint(&mut self) -> Result<u64, RoundError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            // The tenth byte holds the 64th bit only.
            if shift == 63 && part > 1 {
                return Err(RoundError::BadNumber);
            }
            value |= part << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(RoundError::BadNumber)
    }

    /// A count of entries of `field`, at most `max` and at most the bytes left (every entry
    /// takes at least one byte), so a forged count cannot make the reader reserve much.
    pub fn count(&mut self, field: Field, max: usize) -> Result<usize, RoundError> {
        let n = self.varint()?;
        if n > max as u64 {
            return Err(RoundError::TooMany { field, max });
        }
        let n = n as usize;
        if n > self.rest.len() {
            return Err(RoundError::Truncated);
        }
        Ok(n)
    }

    /// A text of `field` of at most `max` characters: UTF-8 without control characters
    /// (a note and a comment may hold line breaks).
    pub fn text(&mut self, field: Field, max: usize) -> Result<String, RoundError> {
        let len = self.varint()?;
        // A character is at most four bytes: longer byte lengths are too long unread.
        if len > 4 * max as u64 {
            return Err(RoundError::TextTooLong { field, max });
        }
        let len = len as usize;
        let bytes = self.rest.get(..len).ok_or(RoundError::Truncated)?;
        self.rest = &self.rest[len..];
        let text = std::str::from_utf8(bytes).map_err(|_| RoundError::BadText(field))?;
        check_text(text, field, max)?;
        Ok(text.to_string())
    }

    /// The content must end here.
    pub fn end(&self) -> Result<(), RoundError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(RoundError::TrailingBytes)
        }
    }
}

/// A text of `field`: at most `max` characters, no control characters (line breaks only in a
/// note or a comment).
pub(super) fn check_text(text: &str, field: Field, max: usize) -> Result<(), RoundError> {
    if text.chars().count() > max {
        return Err(RoundError::TextTooLong { field, max });
    }
    let multiline = matches!(field, Field::Note | Field::Comment);
    if text
        .chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        return Err(RoundError::BadText(field));
    }
    Ok(())
}
