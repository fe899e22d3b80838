//! A second round for the disagreements (Delphi): only the touchpoints where raters disagreed,
//! each showing raters the first round's medians.

use super::aggregate::RoundFigures;
use super::error::{Field, RoundError};
use super::round::{PreviousMedians, Round, RoundId};

/// The follow-up of `round`: its flagged touchpoints (`TouchpointFigures::disagree`) with
/// the medians of `figures`, the same questions, groups and note, and the new `id` from the
/// caller's random source. The closing date is left for the consultant to set again.
pub fn follow_up(round: &Round, figures: &RoundFigures, id: RoundId) -> Result<Round, RoundError> {
    let mut touchpoints: Vec<_> = round
        .touchpoints
        .iter()
        .zip(&figures.touchpoints)
        .filter(|(_, f)| f.disagree())
        .map(|(tp, f)| {
            let mut tp = tp.clone();
            // Medians are whole or half steps: twice them is a whole number.
            tp.previous = Some(PreviousMedians {
                importance_x2: f.importance.map(|s| (s.median * 2.0).round() as u8),
                ist_x2: f.ist.map(|s| (s.median * 2.0).round() as i8),
            });
            tp
        })
        .collect();
    if touchpoints.is_empty() {
        return Err(RoundError::Missing(Field::Touchpoint));
    }
    // Only the stages the remaining touchpoints use, in the round's order.
    let mut stages = Vec::new();
    let mut moved = vec![None; round.stages.len()];
    for tp in &mut touchpoints {
        let slot = moved.get_mut(tp.stage).ok_or(RoundError::BadValue {
            field: Field::Stage,
            value: tp.stage as u64,
        })?;
        let new = *slot.get_or_insert_with(|| {
            stages.push(round.stages[tp.stage].clone());
            stages.len() - 1
        });
        tp.stage = new;
    }
    let next = Round {
        id,
        closes: None,
        stages,
        touchpoints,
        ..round.clone()
    };
    next.check()?;
    Ok(next)
}
