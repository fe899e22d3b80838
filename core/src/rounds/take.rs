//! "Take the medians": the round's medians as the model's Ist (and importance), one undoable
//! action. A median between two steps (an even number of raters) rounds half away from zero
//! (Ist +0.5 → +1, −1.5 → −2; importance 3.5 → 4).

use super::aggregate::RoundFigures;
use super::round::Round;
use crate::domain::action::{Action, TakenRating};
use crate::domain::model::{Id, Model};

/// The action that sets Ist (and importance if `importance`) to the round's medians, for the
/// touchpoints in `only` (model ids) or all of the round's. Touchpoints no longer in the model
/// and touchpoints nobody rated are left out.
pub fn take_medians(
    model: &Model,
    round: &Round,
    figures: &RoundFigures,
    only: Option<&[Id]>,
    importance: bool,
) -> Action {
    let taken = round
        .touchpoints
        .iter()
        .zip(&figures.touchpoints)
        .filter(|(tp, _)| only.is_none_or(|ids| ids.contains(&tp.id)))
        .filter(|(tp, _)| model.touchpoint(tp.id).is_some())
        .map(|(tp, f)| TakenRating {
            touchpoint: tp.id,
            ist: f.ist.map(|s| s.median.round() as i8),
            importance: f
                .importance
                .filter(|_| importance)
                .map(|s| s.median.round() as u8),
        })
        .filter(|t| t.ist.is_some() || t.importance.is_some())
        .collect();
    Action::TakeMedians(taken)
}
