//! "Take the medians": the round's medians as the model's Ist (and importance), one undoable
//! action that also keeps the round's figures in the model (`domain::round_record`) for the
//! report and the charts' whiskers. A median between two steps (an even number of raters)
//! rounds half away from zero (Ist +0.5 → +1, −1.5 → −2; importance 3.5 → 4).

use super::aggregate::{RoundFigures, Spread};
use super::round::{GroupKind, Round};
use crate::domain::action::{Action, TakenRating};
use crate::domain::model::{Id, Model};
use crate::domain::round_record::{RatedSpread, RatedTouchpoint, RoundGroup, RoundRecord};

/// The action that sets Ist (and importance if `importance`) to the round's medians, for the
/// touchpoints in `only` (model ids) or all of the round's. Touchpoints no longer in the model
/// and touchpoints nobody rated are left out. The record it carries holds every rated
/// touchpoint of the round still in the model (the spread table), marking those taken.
pub fn take_medians(
    model: &Model,
    round: &Round,
    figures: &RoundFigures,
    only: Option<&[Id]>,
    importance: bool,
) -> Action {
    let mut ratings = Vec::new();
    let mut rated = Vec::new();
    let in_model = round
        .touchpoints
        .iter()
        .zip(&figures.touchpoints)
        .filter(|(tp, _)| model.touchpoint(tp.id).is_some());
    for (tp, f) in in_model {
        let taken = TakenRating {
            touchpoint: tp.id,
            ist: f.ist.map(|s| s.median.round() as i8),
            importance: f
                .importance
                .filter(|_| importance)
                .map(|s| s.median.round() as u8),
        };
        let chosen = only.is_none_or(|ids| ids.contains(&tp.id));
        let any = taken.ist.is_some() || taken.importance.is_some();
        if any {
            rated.push(RatedTouchpoint {
                touchpoint: tp.id,
                name: tp.name.clone(),
                ist: f.ist.map(kept),
                importance: f.importance.filter(|_| importance).map(kept),
                not_experienced: f.not_experienced,
                taken: chosen,
            });
        }
        if any && chosen {
            ratings.push(taken);
        }
    }
    Action::TakeMedians {
        ratings,
        record: Some(Box::new(record(round, figures, rated))),
    }
}

/// The round's summary: its id, who took part by group (groups under the minimum hidden).
fn record(round: &Round, figures: &RoundFigures, touchpoints: Vec<RatedTouchpoint>) -> RoundRecord {
    let min = round.min_group.value() as u32;
    let groups = round
        .groups
        .iter()
        .zip(&figures.raters)
        .map(|(g, n)| RoundGroup {
            name: g.name.clone(),
            customer: g.kind == GroupKind::Customer,
            raters: (*n >= min).then_some(*n),
        })
        .collect();
    RoundRecord {
        round: round.id.hex(),
        taken: 0.0,
        follow_up: round.is_follow_up(),
        min_group: min as u8,
        raters: figures.raters.iter().sum(),
        groups,
        touchpoints,
    }
}

fn kept(s: Spread) -> RatedSpread {
    RatedSpread {
        n: s.n,
        median: s.median,
        mean: s.mean,
        min: s.min,
        max: s.max,
        ad_md: s.ad_md,
        disagree: s.disagree,
    }
}
