//! Typed errors of the core. The UI shows them through `text::Texts::error`, in the
//! user's language; `Display` (defined in the text layer, which words every error) gives the
//! English text for logs.

use crate::domain::model::Id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    InvalidRating(i64),
    InvalidImportance(i64),
    InvalidEffort(i64),
    EmptyName,
    TextTooLong {
        max: usize,
    },
    TooManyItems {
        max: usize,
    },
    UnknownTouchpoint(Id),
    UnknownMeasure(Id),
    UnknownStage(String),
    UnknownOwner(String),
    DuplicateStage(String),
    DuplicateOwner(String),
    DuplicateId(Id),
    /// A model needs at least one journey stage.
    LastStage,
    /// A touchpoint always belongs to a stage: deleting one must say where they go.
    StageNeedsTarget,
    /// A position outside the list it should move to.
    InvalidPosition(usize),
    /// Not an ISO date `YYYY-MM-DD`.
    InvalidDate(String),
    /// A step of the eight-step cycle outside 1 ..= 8.
    InvalidCycleStep(i64),
    UnknownSnapshot(Id),
    /// Pasted NPS answers with lines that are not a whole number 0 ..= 10: their 1-based
    /// line numbers, in order.
    BadAnswers(Vec<usize>),
    /// A referral period with more referred customers than new customers.
    ReferredExceedsNew {
        referred: u32,
        new_customers: u32,
    },
    /// A KPI period name that its list already has.
    DuplicatePeriod(String),
    /// A measure that names the same touchpoint more than once.
    DuplicateLink {
        measure: Id,
        touchpoint: Id,
    },
    /// A link that expands to more text than the budget (bytes of UTF-8 in all): many
    /// references to the same long factor text.
    TooMuchText {
        max: usize,
    },
    /// Competitor figures need a competitor: name one first.
    NoCompetitor,
    /// Written by a newer version of the app than this one.
    UnsupportedVersion(u32),
    /// A logo that is not a PNG, JPEG, SVG or WebP image as a base64 data URL.
    LogoType,
    /// A logo larger than the limit, in bytes.
    LogoTooLarge {
        max: usize,
    },
    /// Not a model at all: the parser's own words.
    Malformed(String),
}

impl std::error::Error for ModelError {}
