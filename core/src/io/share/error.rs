//! Why a share link could not be opened. The text layer words it (`text::share`).

use crate::domain::error::ModelError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// No `<prefix>.` in front: not a share link at all.
    NotALink,
    /// A `<prefix>.` this app does not know (another app's link, or a typo).
    UnknownFormat(String),
    /// The fragment is longer than the cap; checked before anything else.
    TooLong { max: usize },
    /// The payload is not base64url without padding.
    BadBase64,
    /// The payload is not a complete raw DEFLATE stream (truncated or tampered).
    BadCompression,
    /// The payload inflates to more than the cap (a decompression bomb).
    TooLarge { max: usize },
    /// Made by a newer version of the app: link format `kp<n>`.
    NewerVersion(u32),
    /// Decoded, but not a valid model.
    Invalid(ModelError),
}

impl From<ModelError> for ShareError {
    fn from(e: ModelError) -> Self {
        ShareError::Invalid(e)
    }
}

impl std::error::Error for ShareError {}
