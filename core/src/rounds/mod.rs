//! Rating rounds: the consultant asks departments and customers to rate the touchpoints
//! independently, collects their answers and sees where they agree.
//!
//! - [`round`]: a round built from the model (only names, stages, optional descriptions).
//! - [`answer`]: one rater's answer.
//! - [`link`]: the round link `kr1.` and the return link `ka1.` (`docs/rating-rounds.md`).
//! - [`rater`]: the rater's answer in progress, resumable after a reload.
//! - [`merge`]: collected answers, a union keyed by rater (the later answer of a rater wins).
//! - [`finder`]: every return link in pasted text, each judged (counted, duplicate, older,
//!   another round, damaged with the reason).
//! - [`aggregate`]: n, median, mean, min–max, AD_Md and the disagreement flag per touchpoint,
//!   medians per group, the gap between customers and the inside view.
//! - [`follow_up`]: a second round (Delphi) of the touchpoints where raters disagreed.
//! - [`take`]: "take the medians" as one undoable action of the model.
//! - [`kept`]: rounds as the model keeps them (links), read back, and the actions that start
//!   a round and add confirmed answers.
//! - [`command`]: what the rating round view (its own wasm) asks the app to do.
//! - [`limits`] and [`error`]: every limit, and a typed error for every way a link can be bad;
//!   `text::rounds` words them.

pub mod aggregate;
pub mod answer;
pub mod command;
pub mod error;
pub mod finder;
pub mod follow_up;
pub mod kept;
pub mod limits;
pub mod link;
pub mod live;
pub mod merge;
pub mod rater;
pub mod round;
pub mod take;
mod wire;

pub use aggregate::{aggregate, RoundFigures, DISAGREEMENT_THRESHOLD};
pub use answer::{Answer, RaterId, Rating};
pub use error::{Field, LinkKind, Question, RoundError};
pub use merge::{Added, Answers};
pub use round::{
    GroupKind, MinGroupSize, PreviousMedians, Questions, RaterGroup, Round, RoundChoices, RoundId,
    RoundTouchpoint, Selection,
};
