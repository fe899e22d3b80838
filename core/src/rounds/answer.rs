//! One rater's answer to a round: their ratings of the round's touchpoints, in the round's
//! order. Each rater writes only their own answer, so collecting is a union keyed by rater.

use super::error::{Field, Question, RoundError};
use super::limits::MAX_COMMENT_CHARS;
use super::round::{Round, RoundId};
use super::wire::check_text;
use crate::domain::model::{Experience, Importance};

/// A rater's id: 64 random bits drawn by the rater's page on its first visit and kept, so a
/// second answer of the same rater replaces the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RaterId(pub u64);

/// A rater's answer for one touchpoint. All empty: not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rating {
    pub importance: Option<Importance>,
    pub ist: Option<Experience>,
    pub soll: Option<Experience>,
    /// "I have not experienced this touchpoint": then it holds no rating.
    pub not_experienced: bool,
    /// Empty for none.
    pub comment: String,
}

impl Rating {
    /// Whether this rating says anything (a rating, "not experienced" or a comment).
    pub fn is_answered(&self) -> bool {
        self.importance.is_some()
            || self.ist.is_some()
            || self.soll.is_some()
            || self.not_experienced
            || !self.comment.is_empty()
    }

    fn has_rating(&self) -> bool {
        self.importance.is_some() || self.ist.is_some() || self.soll.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub round: RoundId,
    pub rater: RaterId,
    /// Position in the round's groups.
    pub group: usize,
    /// Grows with each answer of the same rater (the rater's page writes the time in
    /// seconds): the higher one wins when answers are collected.
    pub sequence: u64,
    /// One per touchpoint of the round, in its order.
    pub ratings: Vec<Rating>,
}

impl Answer {
    /// Every rule an answer keeps on its own; the link reader ends here.
    pub fn check(&self) -> Result<(), RoundError> {
        for (i, r) in self.ratings.iter().enumerate() {
            if r.not_experienced && r.has_rating() {
                return Err(RoundError::RatedButNotExperienced(i));
            }
            check_text(&r.comment, Field::Comment, MAX_COMMENT_CHARS)?;
        }
        if !self.ratings.iter().any(Rating::is_answered) {
            return Err(RoundError::NothingAnswered);
        }
        Ok(())
    }

    /// Whether this answer belongs to `round` and answers only what it asks.
    pub fn fits(&self, round: &Round) -> Result<(), RoundError> {
        if self.round != round.id {
            return Err(RoundError::OtherRound);
        }
        if self.group >= round.groups.len() {
            return Err(RoundError::UnknownGroup(self.group as u64));
        }
        if self.ratings.len() != round.touchpoints.len() {
            return Err(RoundError::WrongTouchpointCount {
                expected: round.touchpoints.len(),
                found: self.ratings.len(),
            });
        }
        let q = round.questions;
        for r in &self.ratings {
            let unasked = [
                (
                    r.importance.is_some() && !q.importance,
                    Question::Importance,
                ),
                (r.ist.is_some() && !q.ist, Question::Ist),
                (r.soll.is_some() && !q.soll, Question::Soll),
                (!r.comment.is_empty() && !q.comment, Question::Comment),
            ];
            if let Some((_, question)) = unasked.iter().find(|(bad, _)| *bad) {
                return Err(RoundError::NotAsked(*question));
            }
        }
        Ok(())
    }
}
