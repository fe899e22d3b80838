//! Top-level elements 8–10 of format 1, added after its first release: snapshots, the cycle
//! tracker and the brand funnel, in both directions. Links without them read as defaults.

use serde_json::{json, Value};

use super::read::{importance_of, rating, record};
use super::write::{self, link_id};
use super::MIDDLE;
use crate::domain::error::ModelError;
use crate::domain::kpis::{Competitor, Funnel, FunnelFigures};
use crate::domain::model::{CycleStep, CycleTracker, Snapshot, SnapshotRating, MAX_TOUCHPOINTS};
use crate::domain::shared::List;
use crate::io::share::json::{array, column, int, malformed, string, trim, trim_record, u32, uint};

/// Position of each field in a snapshot record.
mod field {
    pub const ID: usize = 0;
    pub const DATE: usize = 1;
    pub const LABEL: usize = 2;
    /// Columns as in `touchpoints`: names, id deltas, importance, ist, soll.
    pub const NAMES: usize = 3;
    pub const IDS: usize = 4;
    pub const IMPORTANCE: usize = 5;
    pub const IST: usize = 6;
    pub const SOLL: usize = 7;
    pub const COUNT: usize = 8;
}

// ---- writing ----

pub fn write_snapshots(list: &List<Snapshot>) -> Value {
    Value::Array(list.iter().map(snapshot).collect())
}

fn snapshot(s: &Snapshot) -> Value {
    let r = &s.ratings;
    let column = |f: &dyn Fn(&SnapshotRating) -> Value, default: Value| {
        trim(r.iter().map(f).collect(), &default)
    };
    let mut prev: i64 = 0;
    let ids = r
        .iter()
        .map(|x| {
            let id = link_id(x.touchpoint);
            let delta = id - prev - 1;
            prev = id;
            Value::from(delta)
        })
        .collect();
    trim_record(
        vec![
            Value::from(s.id),
            Value::from(s.date.as_str()),
            Value::from(s.label.as_str()),
            column(&|x| Value::from(x.name.as_str()), Value::Null),
            trim(ids, &json!(0)),
            column(&|x| Value::from(x.importance.value()), json!(MIDDLE)),
            column(&|x| write::rating(x.ist), json!(0)),
            column(&|x| write::rating(x.soll), json!(0)),
        ],
        &[
            json!(null),
            json!(""),
            json!(""),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
        ],
    )
}

pub fn write_cycle(c: &CycleTracker) -> Value {
    let notes = c.notes.iter().map(|n| Value::from(n.as_str())).collect();
    trim_record(
        vec![Value::from(c.current_step.value()), trim(notes, &json!(""))],
        &[json!(1), json!([])],
    )
}

pub fn write_funnel(f: &Funnel) -> Value {
    let competitor = f.competitor.as_ref().map_or(Value::Null, |c| {
        trim_record(
            vec![Value::from(c.name.as_str()), figures(&c.figures)],
            &[json!(""), json!([])],
        )
    });
    trim_record(
        vec![figures(&f.ours), competitor],
        &[json!([]), Value::Null],
    )
}

fn figures(f: &FunnelFigures) -> Value {
    trim(f.iter().map(|v| json!(v)).collect(), &Value::Null)
}

// ---- reading ----

/// The snapshots, already measured against `MAX_SNAPSHOTS` by the caller.
pub fn read_snapshots(list: &[Value]) -> Result<List<Snapshot>, ModelError> {
    list.iter().map(read_snapshot).collect()
}

fn read_snapshot(v: &Value) -> Result<Snapshot, ModelError> {
    let s = record(Some(v), "snapshot", field::COUNT)?;
    let names = array(s.get(field::NAMES), "snapshot names")?;
    let n = names.len();
    if n > MAX_TOUCHPOINTS {
        return Err(ModelError::TooManyItems {
            max: MAX_TOUCHPOINTS,
        });
    }
    let c = |i: usize, what: &str| column(s.get(i), what, n);
    let (ids, importance) = (
        c(field::IDS, "snapshot ids")?,
        c(field::IMPORTANCE, "snapshot importance")?,
    );
    let (ist, soll) = (
        c(field::IST, "snapshot ist")?,
        c(field::SOLL, "snapshot soll")?,
    );
    let mut prev: i64 = 0;
    let mut ratings = Vec::with_capacity(n);
    for (i, name) in names.iter().enumerate() {
        let delta = int(ids.get(i), "snapshot ids")?;
        let id = prev
            .checked_add(1)
            .and_then(|p| p.checked_add(delta))
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| malformed("snapshot ids", "ids from 0 to 2^32 - 1"))?;
        prev = i64::from(id);
        ratings.push(SnapshotRating {
            touchpoint: id.into(),
            name: string(Some(name), "snapshot names")?,
            importance: importance_of(uint(importance.get(i), "snapshot importance", MIDDLE)?)?,
            ist: rating(uint(ist.get(i), "snapshot ist", 0)?)?,
            soll: rating(uint(soll.get(i), "snapshot soll", 0)?)?,
        });
    }
    Ok(Snapshot {
        id: u32(s.get(field::ID), "snapshot id")?.into(),
        date: string(s.get(field::DATE), "snapshot date")?,
        label: string(s.get(field::LABEL), "snapshot label")?,
        ratings: ratings.into(),
    })
}

pub fn read_cycle(v: Option<&Value>) -> Result<CycleTracker, ModelError> {
    let c = record(v, "cycle", 2)?;
    let step = uint(c.first(), "cycle step", 1)?;
    let step = u8::try_from(step)
        .map_err(|_| ModelError::InvalidCycleStep(i64::try_from(step).unwrap_or(i64::MAX)))
        .and_then(CycleStep::new)?;
    let mut notes: [String; 8] = Default::default();
    for (slot, note) in notes
        .iter_mut()
        .zip(record(c.get(1), "cycle notes", CycleStep::COUNT)?)
    {
        *slot = string(Some(note), "cycle notes")?;
    }
    Ok(CycleTracker {
        current_step: step,
        notes,
    })
}

pub fn read_funnel(v: Option<&Value>) -> Result<Funnel, ModelError> {
    let f = record(v, "funnel", 2)?;
    let competitor = match f.get(1) {
        None | Some(Value::Null) => None,
        Some(c) => {
            let c = record(Some(c), "competitor", 2)?;
            Some(Competitor {
                name: string(c.first(), "competitor name")?,
                figures: read_figures(c.get(1))?,
            })
        }
    };
    Ok(Funnel {
        ours: read_figures(f.first())?,
        competitor,
    })
}

fn read_figures(v: Option<&Value>) -> Result<FunnelFigures, ModelError> {
    let mut out: FunnelFigures = [None; 5];
    for (slot, x) in out.iter_mut().zip(record(v, "funnel figures", 5)?) {
        *slot = match x {
            Value::Null => None,
            x => Some(u32(Some(x), "funnel figures")?),
        };
    }
    Ok(out)
}
