//! What a tab has sent its sync worker and what comes back: the edits of each local change,
//! numbered, and the others' edits to apply, less those of fields this tab changed since.

use super::diff::diff;
use super::patch::patch;
use super::record::{Edit, Kind};
use super::wire::ToWorker;
use crate::domain::model::Model;

/// A field (or, for an order, a whole kind) an edit touches.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Touched {
    Field(Kind, String, String),
    Order(Kind),
}

fn touched(edit: &Edit) -> Option<Touched> {
    match edit {
        Edit::Set {
            kind, key, field, ..
        } => Some(Touched::Field(*kind, key.clone(), field.clone())),
        Edit::Order { kind, .. } => Some(Touched::Order(*kind)),
        Edit::Remove { .. } => None,
    }
}

/// The tab's side of the sync: the version the worker has been sent (`base`, others' edits
/// included), and the edits not yet acknowledged.
pub struct Tracker {
    base: Model,
    seq: u64,
    in_flight: Vec<(u64, Vec<Touched>)>,
}

impl Tracker {
    /// Starts from the model the worker was opened with.
    pub fn new(model: &Model) -> Self {
        Self {
            base: model.clone(),
            seq: 0,
            in_flight: Vec::new(),
        }
    }

    /// The edits from what was sent last to `now`, as the next numbered message; `None`
    /// when nothing the document keeps changed.
    pub fn local(&mut self, now: &Model) -> Option<ToWorker> {
        let edits = diff(&self.base, now);
        self.base = now.clone();
        if edits.is_empty() {
            return None;
        }
        self.seq += 1;
        let fields = edits.iter().filter_map(touched).collect();
        self.in_flight.push((self.seq, fields));
        Some(ToWorker::Edits {
            seq: self.seq,
            edits,
        })
    }

    /// Others' edits, merged when the worker had this tab's edits up to `ack`: what to apply
    /// to the tab's model. A field this tab changed after `ack` is left out: the document
    /// merges that change after theirs, so it stands there too.
    pub fn remote(&mut self, ack: u64, edits: Vec<Edit>) -> Vec<Edit> {
        self.in_flight.retain(|(seq, _)| *seq > ack);
        let newer: Vec<&Touched> = self.in_flight.iter().flat_map(|(_, t)| t).collect();
        let kept: Vec<Edit> = edits
            .into_iter()
            .filter(|e| touched(e).is_none_or(|t| !newer.contains(&&t)))
            .collect();
        if let Ok(base) = patch(&self.base, &kept) {
            self.base = base;
        }
        kept
    }

    /// The document as a whole model (a tab that joined others): the edits that turn what
    /// this tab opened with into it, as [`Tracker::remote`] takes them.
    pub fn remote_model(&mut self, ack: u64, model: &Model) -> Vec<Edit> {
        let edits = diff(&self.base, model);
        self.remote(ack, edits)
    }
}
