//! The cipher a live session seals with, and what can go wrong.

/// Authenticated encryption with a fresh random IV per message (AES-GCM in the browser).
/// Async, as WebCrypto is.
#[allow(async_fn_in_trait)] // used in this crate's single-threaded worker only
pub trait Cipher {
    /// `plain` sealed under a fresh IV, which travels inside the result.
    async fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, LiveError>;
    /// The inverse of [`Cipher::seal`]; [`LiveError::Unreadable`] for another key or a
    /// changed byte.
    async fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, LiveError>;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveError {
    /// Sealed with another key, tampered with or damaged: a relay cannot tell, so a peer skips it.
    Unreadable,
    /// Sealed by a newer version of the app (its format byte).
    NewerFormat(u8),
    /// The browser's cryptography refused (no WebCrypto, or the key could not be imported).
    Crypto(String),
    /// A frame from the relay that is not the y-websocket protocol.
    BadFrame,
    /// An update, opened, that the document does not accept.
    BadUpdate,
}

impl std::fmt::Display for LiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LiveError::Unreadable => f.write_str("a sealed entry could not be opened"),
            LiveError::NewerFormat(v) => write!(f, "sealed by a newer version (format {v})"),
            LiveError::Crypto(why) => write!(f, "the browser's cryptography failed: {why}"),
            LiveError::BadFrame => f.write_str("the relay sent a frame that is not y-websocket"),
            LiveError::BadUpdate => f.write_str("an update the document does not accept"),
        }
    }
}

impl std::error::Error for LiveError {}
