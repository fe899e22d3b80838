//! Success control's figures: comparing any two snapshots or one with today, and the trend
//! of the experience index. The stored types are defined in [`crate::domain::tracking`] and
//! re-exported here.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::domain::model::{Experience, Id, Model};
use crate::figures::analysis::{weighted_index, Which};

pub use crate::domain::tracking::*;

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

/// The baseline: the oldest snapshot by date, else today.
pub fn first_moment(model: &Model) -> Moment {
    snapshots_by_date(model)
        .first()
        .map_or(Moment::Today, |s| Moment::Snapshot(s.id))
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
