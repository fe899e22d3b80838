//! Success control over time as the model stores it: dated snapshots of all ratings
//! (baselines), the eight-step cycle, and the reducer's part for them. Comparisons and the
//! trend are in the figures layer (`figures::tracking`).
//!
//! A snapshot copies each touchpoint's id, name, importance, Ist and Soll, so it still tells
//! about touchpoints that were deleted since (by name). Snapshot ids come from `next_id`.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::domain::error::ModelError;
use crate::domain::model::{
    Experience, Id, Importance, Model, MAX_NAME_CHARS, MAX_SNAPSHOTS, MAX_TEXT_CHARS,
};
use crate::domain::shared::Keyed;
use crate::domain::validate::{check_date, check_text};

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
    /// Shared: a snapshot never changes its ratings, so renaming or redating it copies none.
    #[serde(default)]
    pub ratings: Rc<[SnapshotRating]>,
}

impl Keyed for Snapshot {
    fn key(&self) -> Id {
        self.id
    }
}

crate::domain::model::bounded_u8!(
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

    /// 0 ..= 7: the position in `CycleTracker::notes`.
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
            ratings: current_ratings(self).into(),
        });
        Ok(())
    }

    fn snapshot_mut(&mut self, id: Id) -> Result<&mut Snapshot, ModelError> {
        self.snapshots
            .find_mut(id)
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
