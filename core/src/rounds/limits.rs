//! The limits of rating rounds: every count and text length a round link, a return link and
//! the collected answers may have. Readers check each before they build what it limits.

/// The link lengths and the count of answers live with the model, which keeps rounds and their
/// answers as links (`Model::rounds`) and checks them on load.
pub use crate::domain::limits::{MAX_ANSWERS, MAX_ANSWER_LINK, MAX_ROUND_LINK};
pub use crate::domain::model::MAX_NAME_CHARS;

/// Largest inflated round, in bytes.
pub const MAX_ROUND_BYTES: usize = 256 * 1024;
/// Largest inflated answer, in bytes.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;
/// Most touchpoints in one round.
pub const MAX_ROUND_TOUCHPOINTS: usize = 300;
/// Most journey stages a round names.
pub const MAX_ROUND_STAGES: usize = 50;
/// Most rater groups in one round.
pub const MAX_GROUPS: usize = 20;
/// Longest group name, in characters.
pub const MAX_GROUP_NAME_CHARS: usize = 80;
/// Longest touchpoint description a round carries, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 500;
/// Longest note to raters, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;
/// Longest return address, in characters (RFC 5321's path limit).
pub const MAX_ADDRESS_CHARS: usize = 254;
/// Longest comment on one touchpoint, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// Longest pasted text the finder reads, in bytes (4 MiB: a long e-mail thread).
pub const MAX_PASTE_BYTES: usize = 4 * 1024 * 1024;
/// Most return links the finder reads from one pasted text.
pub const MAX_FOUND_LINKS: usize = 2 * MAX_ANSWERS;
