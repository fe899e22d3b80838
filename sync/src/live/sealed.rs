//! One sealed entry, byte by byte (docs/collaboration.md):
//!
//! ```text
//! format (1 byte, 1) | cipher output: IV (12 bytes) | AES-GCM( kind (1 byte) | raw DEFLATE(payload) )
//! ```
//!
//! Compressed before it is encrypted (ciphertext does not compress). The kind is inside the
//! seal, so the relay cannot tell an update from a snapshot or presence by its bytes.

use super::cipher::{Cipher, LiveError};

/// The format byte this build writes.
pub const FORMAT: u8 = 1;
/// Largest payload an entry opens to (a model of thousands of touchpoints is far below).
pub const MAX_OPENED: usize = 16 * 1024 * 1024;
/// miniz_oxide's level: fast, and within a few per cent of the best for yrs updates.
const LEVEL: u8 = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An update of the inner document (yrs update format v1).
    Update = 0,
    /// The whole inner document as one update: a compaction of the entries before it.
    Snapshot = 1,
    /// A person's presence (the app's own bytes).
    Presence = 2,
}

impl Kind {
    fn from_byte(b: u8) -> Option<Kind> {
        [Kind::Update, Kind::Snapshot, Kind::Presence]
            .into_iter()
            .find(|k| *k as u8 == b)
    }
}

/// `payload` compressed, tagged with its kind and sealed.
pub async fn seal<C: Cipher>(cipher: &C, kind: Kind, payload: &[u8]) -> Result<Vec<u8>, LiveError> {
    let mut plain = vec![kind as u8];
    plain.extend(miniz_oxide::deflate::compress_to_vec(payload, LEVEL));
    let mut entry = vec![FORMAT];
    entry.extend(cipher.seal(&plain).await?);
    Ok(entry)
}

/// The kind and payload of a sealed entry.
pub async fn open<C: Cipher>(cipher: &C, entry: &[u8]) -> Result<(Kind, Vec<u8>), LiveError> {
    match entry.split_first() {
        Some((&FORMAT, sealed)) => {
            let plain = cipher.open(sealed).await?;
            let (&kind, deflated) = plain.split_first().ok_or(LiveError::Unreadable)?;
            let kind = Kind::from_byte(kind).ok_or(LiveError::Unreadable)?;
            let payload = miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_OPENED)
                .map_err(|_| LiveError::Unreadable)?;
            Ok((kind, payload))
        }
        Some((&newer, _)) if newer > FORMAT => Err(LiveError::NewerFormat(newer)),
        _ => Err(LiveError::Unreadable),
    }
}
