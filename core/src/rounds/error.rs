//! Why a round could not be built, or a round link or return link could not be read. The text
//! layer words each error in German and English (`text::rounds`).

use crate::domain::model::Id;

/// The three kinds of link the app writes, told apart by their prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// `kp<n>.`: a whole model.
    Model,
    /// `kr<n>.`: a rating round, sent to raters.
    Round,
    /// `ka<n>.`: one rater's answer, sent back to the consultant.
    Answer,
}

/// The part of a link or round a problem is in, so a message can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Flags,
    MinGroupSize,
    ClosingDate,
    Note,
    ReturnAddress,
    Stage,
    Group,
    GroupKind,
    Touchpoint,
    Description,
    PreviousMedian,
    Rating,
    Comment,
    ReturnLink,
}

/// A question a round may ask of each touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Importance,
    Ist,
    Soll,
    Comment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoundError {
    /// Nothing after the `#`.
    Empty,
    /// No `<prefix>.` in front: not a link of this app.
    NotALink,
    /// A prefix this app does not know.
    UnknownFormat(String),
    /// A link of this app, but of another kind than the one asked for (a round link pasted
    /// where answers are collected, a model link opened as a round).
    WrongKind { expected: LinkKind, found: LinkKind },
    /// Made by a newer version of the app: `kr<n>` or `ka<n>`.
    NewerVersion(u32),
    /// The link is longer than the cap; checked before anything else.
    TooLong { max: usize },
    /// The payload is not base64url without padding.
    BadBase64,
    /// The payload is not a complete raw DEFLATE stream (cut off or tampered with).
    BadCompression,
    /// The payload inflates to more than the cap.
    TooLarge { max: usize },
    /// The content ends before its last field.
    Truncated,
    /// Bytes after the content's last field.
    TrailingBytes,
    /// A number that does not fit (more than ten varint bytes, or beyond its type).
    BadNumber,
    /// A code outside its range: a flag bit that no version uses, a group kind, a rating code.
    BadValue { field: Field, value: u64 },
    /// More entries than the limit, counted before they are read.
    TooMany { field: Field, max: usize },
    /// A list that must not be empty (stages, groups, touchpoints).
    Missing(Field),
    /// A text longer than its limit, in characters.
    TextTooLong { field: Field, max: usize },
    /// A name that is empty.
    EmptyText(Field),
    /// A text that is not UTF-8 or holds control characters.
    BadText(Field),
    /// A closing date that is not `YYYY-MM-DD`.
    BadDate(String),
    /// A return address that is not a plain e-mail address.
    BadAddress,
    /// A round that asks neither importance nor Ist nor Soll.
    NoQuestions,
    /// A round that names the same touchpoint twice.
    DuplicateTouchpoint(Id),
    /// Two rater groups of the same name.
    DuplicateGroup(String),
    /// Building a round: the model has no touchpoint with this id.
    UnknownTouchpoint(Id),
    /// Building a round: the model has no stage with this key.
    UnknownStage(String),
    /// An answer to another round than this one.
    OtherRound,
    /// An answer naming a group the round does not have (its number, from 0).
    UnknownGroup(u64),
    /// An answer with another number of touchpoints than the round's.
    WrongTouchpointCount { expected: usize, found: usize },
    /// An answer to a question the round does not ask.
    NotAsked(Question),
    /// An answer rating a touchpoint (its position, from 0) it also marks "not experienced".
    RatedButNotExperienced(usize),
    /// An answer that rates nothing and marks nothing "not experienced".
    NothingAnswered,
    /// More answers than a round collects.
    TooManyAnswers { max: usize },
    /// Pasted text longer than the finder reads, in bytes.
    PasteTooLong { max: usize },
}

impl std::error::Error for RoundError {}
