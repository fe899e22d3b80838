//! The zip container of a workbook (APPNOTE.TXT): the central directory at its end names
//! every entry with its sizes and where its local header is; entries are stored or deflated.
//! Zip64, encryption, multi-disk archives and other compression methods are refused: Excel
//! and the other spreadsheet programs do not write them for workbooks of a touchpoint list's
//! size.

use super::error::XlsxError;
use crate::domain::limits::MAX_ZIP_ENTRIES;
use crate::io::inflate::{inflate_exact, InflateError};

const END_OF_DIRECTORY: &[u8; 4] = b"PK\x05\x06";
const DIRECTORY_ENTRY: &[u8; 4] = b"PK\x01\x02";
const LOCAL_HEADER: &[u8; 4] = b"PK\x03\x04";
/// The end record's fixed part; a comment of up to 65,535 bytes may follow.
const END_LEN: usize = 22;
const DIRECTORY_ENTRY_LEN: usize = 46;
const LOCAL_HEADER_LEN: usize = 30;

/// One entry as the central directory describes it.
#[derive(Clone, Debug)]
struct Entry<'a> {
    name: &'a [u8],
    encrypted: bool,
    method: u16,
    compressed: usize,
    size: usize,
    local_header: usize,
}

/// A zip archive's directory over its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry<'a>>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok()
}

impl<'a> Archive<'a> {
    /// Reads the central directory. Not a zip archive at all: [`XlsxError::NotAWorkbook`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, XlsxError> {
        let damaged = XlsxError::Damaged;
        let last = bytes
            .len()
            .checked_sub(END_LEN)
            .ok_or(XlsxError::NotAWorkbook)?;
        let first = last.saturating_sub(usize::from(u16::MAX));
        let end = (first..=last)
            .rev()
            .find(|&i| bytes.get(i..i + 4) == Some(END_OF_DIRECTORY))
            .ok_or(XlsxError::NotAWorkbook)?;
        let count = u16_at(bytes, end + 10).ok_or(damaged)?;
        let offset = u32_at(bytes, end + 16).ok_or(damaged)?;
        // 0xFFFF entries or an offset of 0xFFFFFFFF mean zip64, which is not read.
        if count == u16::MAX || usize::from(count) > MAX_ZIP_ENTRIES {
            return Err(damaged);
        }
        let mut entries = Vec::with_capacity(usize::from(count));
        // Every offset is checked against the length first, so the sums below cannot wrap.
        if offset > bytes.len() {
            return Err(damaged);
        }
        let mut at = offset;
        for _ in 0..count {
            if bytes.get(at..at + 4) != Some(DIRECTORY_ENTRY) {
                return Err(damaged);
            }
            let field = |i: usize| u16_at(bytes, at + i).map(usize::from).ok_or(damaged);
            let long = |i: usize| u32_at(bytes, at + i).ok_or(damaged);
            let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
            let name_start = at + DIRECTORY_ENTRY_LEN;
            entries.push(Entry {
                name: bytes
                    .get(name_start..name_start + name_len)
                    .ok_or(damaged)?,
                encrypted: field(8)? & 1 == 1,
                method: u16_at(bytes, at + 10).ok_or(damaged)?,
                compressed: long(20)?,
                size: long(24)?,
                local_header: long(42)?,
            });
            at = name_start + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// Whether the archive has an entry of this name (zip names of a workbook's parts are
    /// compared without ASCII case, as the package format says).
    pub fn has(&self, name: &str) -> bool {
        self.entry(name).is_some()
    }

    fn entry(&self, name: &str) -> Option<&Entry<'a>> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name.as_bytes()))
    }

    /// The entry's content, at most `max` bytes once inflated; `None` when there is none.
    pub fn read(&self, name: &str, max: usize) -> Result<Option<Vec<u8>>, XlsxError> {
        let damaged = XlsxError::Damaged;
        let Some(entry) = self.entry(name) else {
            return Ok(None);
        };
        if entry.encrypted {
            return Err(damaged);
        }
        if entry.size > max {
            return Err(XlsxError::TooLarge { max });
        }
        let at = entry.local_header;
        if at > self.bytes.len() || self.bytes.get(at..at + 4) != Some(LOCAL_HEADER) {
            return Err(damaged);
        }
        let name_len = u16_at(self.bytes, at + 26).ok_or(damaged)?;
        let extra_len = u16_at(self.bytes, at + 28).ok_or(damaged)?;
        let start = at + LOCAL_HEADER_LEN + usize::from(name_len) + usize::from(extra_len);
        let data = self
            .bytes
            .get(start..start.saturating_add(entry.compressed))
            .ok_or(damaged)?;
        match entry.method {
            0 if data.len() > max => Err(XlsxError::TooLarge { max }),
            0 => Ok(Some(data.to_vec())),
            8 => inflate_exact(data, max).map(Some).map_err(|e| match e {
                InflateError::Bad => damaged,
                InflateError::TooLarge { max } => XlsxError::TooLarge { max },
            }),
            _ => Err(damaged),
        }
    }
}
