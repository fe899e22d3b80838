//! Rating rounds: the consultant asks departments and customers to rate the touchpoints
//! independently, collects their answers and sees where they agree.
//!
//! - [`round`]: a round built from the model (only names, stages, optional descriptions).
//! - [`answer`]: one rater's answer.
//! - [`link`]: the round link `kr1.` and the return link `ka1.` (`docs/rating-rounds.md`).
//! - [`limits`] and [`error`]: every limit, and a typed error for every way a link can be bad;
//!   `text::rounds` words them.

pub mod answer;
pub mod error;
pub mod limits;
pub mod link;
pub mod round;
mod wire;

pub use answer::{Answer, RaterId, Rating};
pub use error::{Field, LinkKind, Question, RoundError};
pub use round::{
    GroupKind, MinGroupSize, PreviousMedians, Questions, RaterGroup, Round, RoundChoices, RoundId,
    RoundTouchpoint, Selection,
};
