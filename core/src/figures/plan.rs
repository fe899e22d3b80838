//! The measures plan: plan order with quick wins and overdue measures, the status board, the
//! owner filter, the projected experience index per scenario, and the touchpoint decisions
//! the plan does not cover yet.
//!
//! Dates are ISO `YYYY-MM-DD` strings, which order like the dates they name; `today` comes
//! from the caller, so everything here stays a pure function.

use std::collections::{HashMap, HashSet};

use crate::domain::model::{Decision, Experience, Id, Measure, MeasureStatus, Model, Scenario};
use crate::domain::validate::check_date;
use crate::figures::analysis::{
    experience_index, is_quick_win, key_touchpoints, weighted_index, Which,
};

/// A "retire" touchpoint of this importance or more is still important.
pub const RETIRE_IMPORTANT: u8 = 4;

/// A measure's place in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlannedMeasure {
    pub id: Id,
    /// Effort ≤ 2 on at least one key touchpoint (`analysis::is_quick_win`).
    pub quick_win: bool,
    /// See [`is_overdue`].
    pub overdue: bool,
}

/// Due before `today` and neither done nor dropped. Never overdue without a due date, or when
/// `today` is not a valid `YYYY-MM-DD` date.
pub fn is_overdue(measure: &Measure, today: &str) -> bool {
    !measure.status.is_closed()
        && check_date(today).is_ok()
        && measure.due.as_deref().is_some_and(|due| due < today)
}

/// Every measure in plan order: open measures before done and dropped ones; within each,
/// quick wins first, then by due date (earliest first), undated last; ties keep the model's
/// order.
pub fn measures_in_plan_order(model: &Model, today: &str) -> Vec<PlannedMeasure> {
    let keys = key_touchpoints(model);
    let mut list: Vec<(&Measure, PlannedMeasure)> = model
        .measures
        .iter()
        .map(|m| {
            let planned = PlannedMeasure {
                id: m.id,
                quick_win: is_quick_win(m, &keys),
                overdue: is_overdue(m, today),
            };
            (m, planned)
        })
        .collect();
    // A stable sort: equal keys keep the model's order.
    list.sort_by_key(|(m, p)| {
        (
            m.status.is_closed(),
            !p.quick_win,
            m.due.is_none(),
            m.due.clone(),
        )
    });
    list.into_iter().map(|(_, p)| p).collect()
}

/// The status board: one column per status in `MeasureStatus::ALL` order (empty ones
/// included), each in plan order.
pub fn by_status(model: &Model, today: &str) -> Vec<(MeasureStatus, Vec<PlannedMeasure>)> {
    let plan = measures_in_plan_order(model, today);
    let status: HashMap<Id, MeasureStatus> =
        model.measures.iter().map(|m| (m.id, m.status)).collect();
    MeasureStatus::ALL
        .iter()
        .map(|s| {
            let column = plan
                .iter()
                .filter(|p| status.get(&p.id) == Some(s))
                .copied()
                .collect();
            (*s, column)
        })
        .collect()
}

/// The part of `plan` whose measures belong to `owner` (an owner key); `None` keeps the
/// measures without an owner.
pub fn with_owner(
    model: &Model,
    plan: &[PlannedMeasure],
    owner: Option<&str>,
) -> Vec<PlannedMeasure> {
    plan.iter()
        .filter(|p| {
            model
                .measure(p.id)
                .is_some_and(|m| m.owner.as_deref() == owner)
        })
        .copied()
        .collect()
}

/// Each touchpoint's Ist if the plan lands in `scenario`, in the model's order.
///
/// A touchpoint linked to committed measures (planned, in progress, done; not idea or
/// dropped) takes the highest value those measures expect in `scenario`: effects do not add
/// up on a −2..+2 level, the strongest measure sets it. The value is taken as given, also
/// when it is below today's Ist: a worst case may honestly be a decline. Measures without a
/// value for the scenario, and touchpoints without such measures, keep today's Ist. A
/// touchpoint not rated today but with an expected value (a new one) gets that value.
pub fn projected_ist(model: &Model, scenario: Scenario) -> Vec<(Id, Option<Experience>)> {
    let mut expected: HashMap<Id, Experience> = HashMap::new();
    for m in model.measures.iter().filter(|m| m.status.is_committed()) {
        let Some(value) = m.expected.get(scenario) else {
            continue;
        };
        for t in &m.touchpoints {
            let slot = expected.entry(*t).or_insert(value);
            *slot = (*slot).max(value);
        }
    }
    model
        .touchpoints
        .iter()
        .map(|tp| (tp.id, expected.get(&tp.id).copied().or(tp.ist)))
        .collect()
}

/// The journey's experience index (0..100) if the plan lands in `scenario`: the formula of
/// `analysis::experience_index` over [`projected_ist`]. `None` when nothing would be rated.
pub fn projection(model: &Model, scenario: Scenario) -> Option<f64> {
    let projected = projected_ist(model, scenario);
    weighted_index(
        model
            .touchpoints
            .iter()
            .zip(projected)
            .map(|(tp, (_, ist))| (tp.importance, ist)),
    )
}

/// Today's Ist and Soll index beside the three projections, for one chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outlook {
    pub ist: Option<f64>,
    pub soll: Option<f64>,
    pub best: Option<f64>,
    pub realistic: Option<f64>,
    pub worst: Option<f64>,
}

pub fn outlook(model: &Model) -> Outlook {
    Outlook {
        ist: experience_index(&model.touchpoints, Which::Ist),
        soll: experience_index(&model.touchpoints, Which::Soll),
        best: projection(model, Scenario::Best),
        realistic: projection(model, Scenario::Realistic),
        worst: projection(model, Scenario::Worst),
    }
}

/// A touchpoint decision the plan does not reflect yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanWarning {
    /// Decision "new", but no measure (other than dropped ones) links the touchpoint.
    NewWithoutMeasure(Id),
    /// Decision "retire", but importance is still ≥ [`RETIRE_IMPORTANT`].
    RetireStillImportant(Id),
}

/// The warnings in the model's touchpoint order.
pub fn plan_warnings(model: &Model) -> Vec<PlanWarning> {
    let planned: HashSet<Id> = model
        .measures
        .iter()
        .filter(|m| m.status != MeasureStatus::Dropped)
        .flat_map(|m| m.touchpoints.iter().copied())
        .collect();
    model
        .touchpoints
        .iter()
        .filter_map(|tp| match tp.decision {
            Decision::New if !planned.contains(&tp.id) => {
                Some(PlanWarning::NewWithoutMeasure(tp.id))
            }
            Decision::Retire if tp.importance.value() >= RETIRE_IMPORTANT => {
                Some(PlanWarning::RetireStillImportant(tp.id))
            }
            _ => None,
        })
        .collect()
}
