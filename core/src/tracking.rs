//! Success control over time: dated snapshots of all ratings (baselines), comparing any two
//! of them or one with today, the trend of the experience index, and the eight-step cycle.
//!
//! A snapshot copies each touchpoint's id, name, importance, Ist and Soll, so it still tells
//! about touchpoints that were deleted since (by name). Snapshot ids come from `next_id`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::analysis::{weighted_index, Which};
use crate::error::ModelError;
use crate::model::{
    Experience, Id, Importance, Model, MAX_NAME_CHARS, MAX_SNAPSHOTS, MAX_TEXT_CHARS,
};
use crate::validate::{check_date, check_text};

/// One touchpoint's ratings as they were when a snapshot was taken.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SnapshotRating {
    /// The touchpoint's id; the touchpoint may no longer exist.
    pub touchpoint: Id,
    /// Its name at the time.
    pub name: String,
    #[serde(default)]
    pub importance: Importance,
    #[serde(default)]
    pub ist: Option<Experience>,
    #[serde(default)]
    pub soll: Option<Experience>,
}

/// A dated copy of all ratings, e.g. after a workshop or a survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: Id,
    /// ISO date `YYYY-MM-DD`.
    pub date: String,
    /// Free text, may be empty.
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub ratings: Vec<SnapshotRating>,
}

crate::model::bounded_u8!(
    /// A step of the eight-step touchpoint-management cycle, 1 ..= 8. Its name is
    /// `Texts::cycle_step`.
    CycleStep, 1 ..= 8, default 1, InvalidCycleStep
);

impl CycleStep {
    pub const COUNT: usize = 8;
    pub const FIRST: CycleStep = CycleStep(1);
    pub const ALL: [CycleStep; 8] = [
        CycleStep(1),
        CycleStep(2),
        CycleStep(3),
        CycleStep(4),
        CycleStep(5),
        CycleStep(6),
        CycleStep(7),
        CycleStep(8),
    ];

    /// 0 ..= 7: the position in `CycleTracker::notes` and `Texts::cycle_steps`.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }
}

/// Where the team stands in the cycle, with a note per step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CycleTracker {
    pub current_step: CycleStep,
    /// One note per step; `notes[step.index()]`.
    pub notes: [String; 8],
}

impl CycleTracker {
    pub fn note(&self, step: CycleStep) -> &str {
        self.notes.get(step.index()).map_or("", String::as_str)
    }
}

/// A point in time whose ratings can be compared: a snapshot, or the model as it is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Moment {
    Snapshot(Id),
    Today,
}

/// The current ratings in snapshot form, in the model's touchpoint order.
pub fn current_ratings(model: &Model) -> Vec<SnapshotRating> {
    model
        .touchpoints
        .iter()
        .map(|tp| SnapshotRating {
            touchpoint: tp.id,
            name: tp.name.clone(),
            importance: tp.importance,
            ist: tp.ist,
            soll: tp.soll,
        })
        .collect()
}

/// The ratings at `moment`; `None` for an unknown snapshot.
pub fn ratings_at(model: &Model, moment: Moment) -> Option<Cow<'_, [SnapshotRating]>> {
    match moment {
        Moment::Snapshot(id) => model.snapshot(id).map(|s| Cow::Borrowed(&s.ratings[..])),
        Moment::Today => Some(Cow::Owned(current_ratings(model))),
    }
}

/// The experience index (0..100) of a list of ratings, as `analysis::experience_index`.
pub fn ratings_index(ratings: &[SnapshotRating], which: Which) -> Option<f64> {
    weighted_index(ratings.iter().map(|r| {
        let rating = match which {
            Which::Ist => r.ist,
            Which::Soll => r.soll,
        };
        (r.importance, rating)
    }))
}

/// How one touchpoint's Ist changed between two moments.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub touchpoint: Id,
    /// The later name, or the earlier one for a touchpoint that is gone.
    pub name: String,
    pub ist_before: Option<Experience>,
    pub ist_after: Option<Experience>,
    /// `ist_after − ist_before` (−4 ..= +4); `None` unless both are rated.
    pub delta: Option<i8>,
    /// Whether the touchpoint existed at the earlier and at the later moment.
    pub in_before: bool,
    pub in_after: bool,
}

/// The comparison of two moments' Ist ratings.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The later moment's touchpoints in its order, then those only the earlier one had.
    pub rows: Vec<Change>,
    /// Rows with a positive, negative and zero `delta`; rows without one are in none.
    pub improved: usize,
    pub worsened: usize,
    pub unchanged: usize,
    /// The Ist experience index at either moment.
    pub index_before: Option<f64>,
    pub index_after: Option<f64>,
}

impl Comparison {
    /// `index_after − index_before`, in index points.
    pub fn index_delta(&self) -> Option<f64> {
        Some(self.index_after? - self.index_before?)
    }
}

/// Compares the Ist of two rating lists, matched by touchpoint id.
pub fn compare(before: &[SnapshotRating], after: &[SnapshotRating]) -> Comparison {
    let earlier: HashMap<Id, &SnapshotRating> = before.iter().map(|r| (r.touchpoint, r)).collect();
    let later: HashSet<Id> = after.iter().map(|r| r.touchpoint).collect();
    let mut rows: Vec<Change> = after
        .iter()
        .map(|a| {
            let b = earlier.get(&a.touchpoint);
            change(
                a.touchpoint,
                &a.name,
                b.and_then(|b| b.ist),
                a.ist,
                b.is_some(),
                true,
            )
        })
        .collect();
    rows.extend(
        before
            .iter()
            .filter(|b| !later.contains(&b.touchpoint))
            .map(|b| change(b.touchpoint, &b.name, b.ist, None, true, false)),
    );
    let count = |pred: fn(i8) -> bool| rows.iter().filter(|r| r.delta.is_some_and(pred)).count();
    Comparison {
        improved: count(|d| d > 0),
        worsened: count(|d| d < 0),
        unchanged: count(|d| d == 0),
        index_before: ratings_index(before, Which::Ist),
        index_after: ratings_index(after, Which::Ist),
        rows,
    }
}

fn change(
    touchpoint: Id,
    name: &str,
    ist_before: Option<Experience>,
    ist_after: Option<Experience>,
    in_before: bool,
    in_after: bool,
) -> Change {
    Change {
        touchpoint,
        name: name.to_string(),
        ist_before,
        ist_after,
        delta: ist_after
            .zip(ist_before)
            .map(|(a, b)| a.value() - b.value()),
        in_before,
        in_after,
    }
}

/// Compares two moments, e.g. a snapshot with `Moment::Today`. `None` for an unknown snapshot.
pub fn compare_at(model: &Model, before: Moment, after: Moment) -> Option<Comparison> {
    Some(compare(
        &ratings_at(model, before)?,
        &ratings_at(model, after)?,
    ))
}

/// The snapshots by date, oldest first; snapshots of the same date in the order taken.
pub fn snapshots_by_date(model: &Model) -> Vec<&Snapshot> {
    let mut list: Vec<&Snapshot> = model.snapshots.iter().collect();
    list.sort_by(|a, b| a.date.cmp(&b.date));
    list
}

/// One point of the experience-index trend.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub at: Moment,
    /// The snapshot's date; `None` for today.
    pub date: Option<String>,
    /// The snapshot's label; empty for today.
    pub label: String,
    pub ist_index: Option<f64>,
    pub soll_index: Option<f64>,
}

/// The Ist and Soll index at every snapshot (by date), then today as the last point.
pub fn trend(model: &Model) -> Vec<TrendPoint> {
    let today = current_ratings(model);
    let point = |at, date: Option<&str>, label: &str, ratings: &[SnapshotRating]| TrendPoint {
        at,
        date: date.map(str::to_string),
        label: label.to_string(),
        ist_index: ratings_index(ratings, Which::Ist),
        soll_index: ratings_index(ratings, Which::Soll),
    };
    snapshots_by_date(model)
        .into_iter()
        .map(|s| point(Moment::Snapshot(s.id), Some(&s.date), &s.label, &s.ratings))
        .chain(std::iter::once(point(Moment::Today, None, "", &today)))
        .collect()
}

/// One touchpoint's ratings at one point of the trend.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingPoint {
    pub at: Moment,
    /// The snapshot's date; `None` for today.
    pub date: Option<String>,
    /// `None` when not rated, or when the touchpoint did not exist then.
    pub ist: Option<Experience>,
    pub soll: Option<Experience>,
}

/// One touchpoint's Ist and Soll at every snapshot (by date), then today: the same points as
/// [`trend`], so both can share an axis.
pub fn touchpoint_trend(model: &Model, id: Id) -> Vec<RatingPoint> {
    let today = model.touchpoint(id);
    snapshots_by_date(model)
        .into_iter()
        .map(|s| {
            let r = s.ratings.iter().find(|r| r.touchpoint == id);
            RatingPoint {
                at: Moment::Snapshot(s.id),
                date: Some(s.date.clone()),
                ist: r.and_then(|r| r.ist),
                soll: r.and_then(|r| r.soll),
            }
        })
        .chain(std::iter::once(RatingPoint {
            at: Moment::Today,
            date: None,
            ist: today.and_then(|t| t.ist),
            soll: today.and_then(|t| t.soll),
        }))
        .collect()
}

/// The reducer's part for snapshots and the cycle (see `Action`).
impl Model {
    pub(crate) fn take_snapshot(&mut self, date: String, label: String) -> Result<(), ModelError> {
        check_date(&date)?;
        check_text(&label, MAX_NAME_CHARS)?;
        if self.snapshots.len() >= MAX_SNAPSHOTS {
            return Err(ModelError::TooManyItems { max: MAX_SNAPSHOTS });
        }
        let id = self.take_id()?;
        self.snapshots.push(Snapshot {
            id,
            date,
            label: label.trim().to_string(),
            ratings: current_ratings(self),
        });
        Ok(())
    }

    fn snapshot_mut(&mut self, id: Id) -> Result<&mut Snapshot, ModelError> {
        self.snapshots
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(ModelError::UnknownSnapshot(id))
    }

    pub(crate) fn rename_snapshot(&mut self, id: Id, label: String) -> Result<(), ModelError> {
        check_text(&label, MAX_NAME_CHARS)?;
        self.snapshot_mut(id)?.label = label.trim().to_string();
        Ok(())
    }

    pub(crate) fn redate_snapshot(&mut self, id: Id, date: String) -> Result<(), ModelError> {
        check_date(&date)?;
        self.snapshot_mut(id)?.date = date;
        Ok(())
    }

    pub(crate) fn delete_snapshot(&mut self, id: Id) -> Result<(), ModelError> {
        let before = self.snapshots.len();
        self.snapshots.retain(|s| s.id != id);
        if self.snapshots.len() == before {
            return Err(ModelError::UnknownSnapshot(id));
        }
        Ok(())
    }

    pub(crate) fn set_cycle_step(&mut self, step: u8) -> Result<(), ModelError> {
        self.cycle.current_step = CycleStep::new(step)?;
        Ok(())
    }

    pub(crate) fn set_cycle_note(&mut self, step: u8, note: String) -> Result<(), ModelError> {
        let step = CycleStep::new(step)?;
        check_text(&note, MAX_TEXT_CHARS)?;
        if let Some(slot) = self.cycle.notes.get_mut(step.index()) {
            *slot = note;
        }
        Ok(())
    }
}
