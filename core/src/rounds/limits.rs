//! The limits of rating rounds: every count and text length a round link, a return link and
//! the collected answers may have. Readers check each before they build what it limits.

pub use crate::domain::model::MAX_NAME_CHARS;

/// Longest round link `decode_round` looks at, in bytes (a round of 30 touchpoints is about
/// 1,000).
pub const MAX_ROUND_LINK: usize = 16 * 1024;
/// Longest return link `decode_answer` looks at, in bytes (30 rated touchpoints are about 100).
pub const MAX_ANSWER_LINK: usize = 8 * 1024;
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
/// Most answers (raters) one round collects.
pub const MAX_ANSWERS: usize = 1_000;
/// Longest pasted text the finder reads, in bytes (4 MiB: a long e-mail thread).
pub const MAX_PASTE_BYTES: usize = 4 * 1024 * 1024;
/// Most return links the finder reads from one pasted text.
pub const MAX_FOUND_LINKS: usize = 2 * MAX_ANSWERS;
