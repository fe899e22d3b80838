//! Rounds as the model keeps them (`Model::rounds`): the round link and one return link per
//! rater. The model only checks the links' shape; here they are read, and here the actions
//! that start a round and add answers are made, so the reducer stays free of link formats.

use super::answer::Answer;
use super::error::RoundError;
use super::finder::{add_found, Found};
use super::link::{decode_answer, decode_round, encode_answer, encode_round_live, live_part};
use super::merge::Answers;
use super::round::Round;
use crate::domain::action::Action;
use crate::domain::model::KeptRound;
use crate::io::session::Session;

/// The action that keeps `round`, with no answers yet.
pub fn start(round: &Round) -> Result<Action, RoundError> {
    start_live(round, None)
}

/// The action that keeps `round`, collecting through the relay's room `live` as well when
/// given: the kept link holds its room and key, so the round listens again after a reload.
pub fn start_live(round: &Round, live: Option<&Session>) -> Result<Action, RoundError> {
    Ok(Action::StartRound(KeptRound {
        link: encode_round_live(round, live)?,
        answers: Vec::new(),
    }))
}

/// The kept round and its answers, read. A stored answer or live part that no longer reads or
/// fits is an error: the model was changed outside the app.
pub fn open(kept: &KeptRound) -> Result<(Round, Answers), RoundError> {
    live_part(&kept.link)?;
    let round = decode_round(&kept.link)?;
    let mut answers = Answers::new();
    for link in &kept.answers {
        answers.add(&round, decode_answer(link)?)?;
    }
    Ok((round, answers))
}

/// The action that adds every counting answer of `found` to the kept round's `collected`
/// ones: the consultant's confirmation.
pub fn collect(
    kept: &KeptRound,
    collected: &Answers,
    found: &[Found],
) -> Result<Action, RoundError> {
    let answers = add_found(collected, found)?;
    Ok(Action::SetRoundAnswers {
        round: kept.link.clone(),
        answers: answers.iter().map(encode_answer).collect(),
    })
}

/// Answers per group of `round` (raters), in the round's order.
pub fn raters_per_group<'a>(
    round: &Round,
    answers: impl Iterator<Item = &'a Answer>,
) -> Vec<usize> {
    let mut counts = vec![0; round.groups.len()];
    for a in answers {
        if let Some(c) = counts.get_mut(a.group) {
            *c += 1;
        }
    }
    counts
}
