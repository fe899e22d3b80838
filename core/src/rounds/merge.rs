//! The answers collected for a round: a union keyed by rater. Each rater writes only their own
//! answer, so no conflict can arise between raters; between two answers of one rater the later
//! one (higher sequence) wins. Adding the same answer twice, or answers in any order, gives the
//! same collection (`core/tests/round_figures.rs` checks it with property tests).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::answer::{Answer, RaterId};
use super::error::RoundError;
use super::limits::MAX_ANSWERS;
use super::link::encode_answer;
use super::round::Round;

/// What adding an answer did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A rater not seen before.
    New,
    /// A later answer of a rater: it replaces the earlier one.
    Replaced,
    /// The very answer that is already there.
    Same,
    /// An earlier answer of a rater whose later one is already there: nothing changes.
    Older,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    by_rater: BTreeMap<RaterId, Answer>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.by_rater.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_rater.is_empty()
    }

    /// The answers, one per rater, by rater id.
    pub fn iter(&self) -> impl Iterator<Item = &Answer> {
        self.by_rater.values()
    }

    pub fn get(&self, rater: RaterId) -> Option<&Answer> {
        self.by_rater.get(&rater)
    }

    /// What [`Answers::insert`] would do with `answer`, without doing it.
    pub fn would_add(&self, answer: &Answer) -> Added {
        match self.by_rater.get(&answer.rater) {
            None => Added::New,
            Some(old) => match later(answer, old) {
                Ordering::Greater => Added::Replaced,
                Ordering::Equal => Added::Same,
                Ordering::Less => Added::Older,
            },
        }
    }

    /// Adds an answer that fits `round`; refuses one that does not, and a new rater beyond
    /// [`MAX_ANSWERS`].
    pub fn add(&mut self, round: &Round, answer: Answer) -> Result<Added, RoundError> {
        answer.fits(round)?;
        self.insert(answer)
    }

    /// Adds an answer: kept if its rater is new or it is the rater's later answer.
    pub fn insert(&mut self, answer: Answer) -> Result<Added, RoundError> {
        let added = self.would_add(&answer);
        match added {
            Added::New if self.by_rater.len() >= MAX_ANSWERS => {
                return Err(RoundError::TooManyAnswers { max: MAX_ANSWERS })
            }
            Added::New | Added::Replaced => {
                self.by_rater.insert(answer.rater, answer);
            }
            Added::Same | Added::Older => {}
        }
        Ok(added)
    }

    /// Every answer of `other` added to these.
    pub fn merge(&mut self, other: &Answers) -> Result<(), RoundError> {
        for answer in other.iter() {
            self.insert(answer.clone())?;
        }
        Ok(())
    }
}

/// Which of two answers of one rater is the later: the higher sequence; two different answers
/// with the same sequence (a forged or broken pair) are ordered by their links, so that any
/// order of adding keeps the same one.
fn later(a: &Answer, b: &Answer) -> Ordering {
    a.sequence.cmp(&b.sequence).then_with(|| {
        if a == b {
            Ordering::Equal
        } else {
            encode_answer(a).cmp(&encode_answer(b))
        }
    })
}
