//! The rater's side of a round, for the rater's page: an answer in progress that survives a
//! reload (stored as its own return link), and the finished return link.

use super::answer::{Answer, RaterId, Rating};
use super::error::{Field, RoundError};
use super::link::{decode_answer, encode_answer, encode_answer_checked};
use super::round::Round;

/// A rater's answer in progress and the touchpoint they are at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub answer: Answer,
    /// Position of the touchpoint on screen (the round's count: the end).
    pub at: usize,
}

impl Draft {
    /// A fresh answer of `rater` (64 random bits from the page) in `group` of `round`.
    pub fn new(round: &Round, rater: RaterId, group: usize) -> Result<Draft, RoundError> {
        if group >= round.groups.len() {
            return Err(RoundError::UnknownGroup(group as u64));
        }
        Ok(Draft {
            answer: Answer {
                round: round.id,
                rater,
                group,
                sequence: 0,
                ratings: vec![Rating::default(); round.touchpoints.len()],
            },
            at: 0,
        })
    }

    /// The storage key of a round's draft: one per round, so a second round of the same
    /// consultant starts afresh.
    pub fn storage_key(round: &Round) -> String {
        format!("kontaktpunkt-rate-{}", round.id.hex())
    }

    /// The draft as stored: `<at> <return link>`. `None` while nothing is answered (there is
    /// nothing to keep yet).
    pub fn to_storage(&self) -> Option<String> {
        self.answer
            .ratings
            .iter()
            .any(Rating::is_answered)
            .then(|| format!("{} {}", self.at, encode_answer(&self.answer)))
    }

    /// A stored draft of `round`, checked like any return link.
    pub fn from_storage(text: &str, round: &Round) -> Result<Draft, RoundError> {
        let (at, link) = text.trim().split_once(' ').ok_or(RoundError::NotALink)?;
        let at = at
            .parse::<usize>()
            .ok()
            .filter(|at| *at <= round.touchpoints.len())
            .ok_or(RoundError::BadValue {
                field: Field::Touchpoint,
                value: 0,
            })?;
        let answer = decode_answer(link)?;
        answer.fits(round)?;
        Ok(Draft { answer, at })
    }

    /// The return link of the answer as it stands, stamped with `sequence` (the page gives
    /// the time in seconds, so a later answer of the same rater wins).
    pub fn finish(&mut self, round: &Round, sequence: u64) -> Result<String, RoundError> {
        self.answer.sequence = sequence.max(self.answer.sequence);
        self.answer.fits(round)?;
        encode_answer_checked(&self.answer)
    }
}
