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
    /// A rating round's figures kept in the model that ratings could not give (or a round
    /// kept twice): the round's id, the group's or the touchpoint's name.
    ImplausibleRound(String),
    /// A kept rating round or answer that is not a link of its kind (`kr<n>.…` or `ka<n>.…`
    /// in base64url, within its length).
    BadRoundLink,
    /// An action names a rating round the model does not keep.
    UnknownRound,
    /// The rating round is kept already.
    DuplicateRound,
    /// Not a model at all: where and how, for the text layer to word in each language.
    Malformed(Malformation),
}

/// Where and how a text fails to be a model. The parser's own message is English, so it is
/// kept for logs only ([`Malformation::detail`]); the UI words the fault, the field and the
/// place in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformation {
    pub fault: Fault,
    /// The field or list of the format where it went wrong (a name from the format, or a
    /// value the parser quoted); empty when not known.
    pub field: String,
    /// 1-based line and column in the text; 0 when not known.
    pub line: usize,
    pub column: usize,
    /// The parser's own words (English), for logs and tests; never shown.
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Not JSON at all at this place.
    Syntax,
    /// The text ends before the JSON does (cut short).
    CutShort,
    /// JSON, but a value of the wrong kind, or one missing.
    WrongShape,
}

/// Longest field name kept from the parser's message.
const MAX_FIELD_CHARS: usize = 40;

impl Malformation {
    /// From serde's error: its kind, place and the first name it quotes in backticks.
    pub fn of_json(e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let detail = e.to_string();
        let field = detail
            .split('`')
            .nth(1)
            .map(|name| name.chars().take(MAX_FIELD_CHARS).collect())
            .unwrap_or_default();
        Self {
            fault: match e.classify() {
                Category::Eof => Fault::CutShort,
                Category::Data => Fault::WrongShape,
                Category::Syntax | Category::Io => Fault::Syntax,
            },
            field,
            line: e.line(),
            column: e.column(),
            detail,
        }
    }

    /// A value of the wrong kind (or missing) at `field`; `detail` says what was expected.
    pub fn shape(field: &str, detail: String) -> Self {
        Self {
            fault: Fault::WrongShape,
            field: field.chars().take(MAX_FIELD_CHARS).collect(),
            line: 0,
            column: 0,
            detail,
        }
    }
}

impl std::error::Error for ModelError {}
