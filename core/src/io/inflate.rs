//! Raw DEFLATE (RFC 1951) inflated with a cap: the one inflater of the app, for share links
//! and for the parts of an Excel workbook (`.xlsx` is a zip archive of deflated XML).

use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Why a stream could not be inflated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// Not one complete raw DEFLATE stream (truncated, tampered, or bytes after its end).
    Bad,
    /// It inflates to more than the cap (a decompression bomb).
    TooLarge { max: usize },
}

/// Inflates one complete raw DEFLATE stream that fills `input` exactly: bytes after the end
/// of the stream are refused like a truncated stream. The output grows by doubling up to
/// `max` bytes, so the peak is below `2 * max`.
pub fn inflate_exact(input: &[u8], max: usize) -> Result<Vec<u8>, InflateError> {
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out: Vec<u8> = vec![0; input.len().saturating_mul(2).clamp(64, max.max(64))];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut rest, mut written) = (input, 0);
    loop {
        let (status, consumed, produced) = decompress(&mut state, rest, &mut out, written, flags);
        written += produced;
        rest = rest.get(consumed..).ok_or(InflateError::Bad)?;
        match status {
            TINFLStatus::Done if rest.is_empty() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < max => {
                let grown = out.len().saturating_mul(2).min(max);
                out.resize(grown, 0);
            }
            TINFLStatus::HasMoreOutput => return Err(InflateError::TooLarge { max }),
            _ => return Err(InflateError::Bad),
        }
    }
}
