//! Why a self-check action, a restore or a result link was refused. The UI words it with
//! [`super::texts`]`(lang).error(&e)`; `Display` gives the English text for logs.

use super::Factor;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelfCheckError {
    /// An answer outside the scale 0 ..= 4.
    InvalidLevel(i64),
    /// An importance outside 1 ..= 5.
    InvalidImportance(i64),
    /// An Ist or Soll outside -2 ..= +2.
    InvalidRating(i64),
    /// No entry with this index in [`crate::domain::library::STARTER_LIBRARY`].
    UnknownLibraryEntry(u64),
    /// Stored state names the same library entry twice.
    DuplicateTouchpoint(usize),
    /// A 13th touchpoint: the quick check holds at most `max`.
    TooManyTouchpoints { max: usize },
    /// Rating a library entry that is not picked.
    NotPicked(usize),
    /// "Next" (or a jump) past this unanswered question.
    Unanswered(Factor),
    /// "Next" (or a jump) past the rating step while this picked entry lacks Ist or Soll.
    Unrated(usize),
    /// "Back" on the first step.
    AtStart,
    /// "Next" on the result.
    AtEnd,
    /// A step number beyond the result.
    InvalidStep(u64),
    /// Stored answers whose count is not 8.
    WrongAnswerCount(usize),
    /// Stored by a newer version of the app.
    NewerVersion(u64),
    /// Stored state or link longer than the cap.
    TooLong { max: usize },
    /// A fragment that is not a self-check result link.
    NotALink,
    /// A self-check link that is cut off or tampered with.
    BadLink,
    /// Not self-check state at all: the parser's own words.
    Malformed(String),
    /// The recommendations could not be fetched (the widget loads them as a file).
    AdviceUnavailable,
    /// The recommendations file is not one non-empty line per factor and level: the first
    /// line (1-based) that is wrong, or the count of lines + 1 when lines are missing.
    AdviceDamaged { line: usize },
}

impl std::fmt::Display for SelfCheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::texts::EN.error(self))
    }
}

impl std::error::Error for SelfCheckError {}
