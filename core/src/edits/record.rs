//! A model as records: each kind of entry (touchpoints, measures, stages …) is a list of
//! records keyed by a stable string, each record an object of plain JSON fields (serde's form
//! of the entry, so every field the model has is a field here).

use std::rc::Rc;

use serde_json::{Map, Value};

use crate::domain::model::{
    Category, CycleTracker, KeptRound, Kpis, Measure, Meta, Model, Snapshot, Touchpoint,
};
use crate::domain::round_record::RoundRecord;

/// The field that holds a record's place among its kind: written by the worker (a fractional
/// index), never by the model's own serde form.
pub const ORDER_FIELD: &str = "_order";

/// The kinds of records of a model; the singletons (meta, KPIs, cycle) have one record, key "".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Touchpoints,
    Measures,
    Snapshots,
    Stages,
    Owners,
    Meta,
    Kpis,
    Cycle,
    /// Rating rounds still collecting (keyed by their round link).
    Rounds,
    /// The figures of rounds whose medians were taken (keyed by the round's id).
    RoundRecords,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Touchpoints,
        Kind::Measures,
        Kind::Snapshots,
        Kind::Stages,
        Kind::Owners,
        Kind::Meta,
        Kind::Kpis,
        Kind::Cycle,
        Kind::Rounds,
        Kind::RoundRecords,
    ];

    /// The name of its root map in the shared document.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Touchpoints => "touchpoints",
            Kind::Measures => "measures",
            Kind::Snapshots => "snapshots",
            Kind::Stages => "stages",
            Kind::Owners => "owners",
            Kind::Meta => "meta",
            Kind::Kpis => "kpis",
            Kind::Cycle => "cycle",
            Kind::Rounds => "rounds",
            Kind::RoundRecords => "round_records",
        }
    }

    /// The kind of a root map's name.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// A list whose order the user sees (and may change); the singletons have none.
    pub fn is_ordered(self) -> bool {
        !matches!(self, Kind::Meta | Kind::Kpis | Kind::Cycle)
    }
}

/// One change of a model, as the app sends it to the worker and receives the others' edits.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A field of a record takes a value (`None`: the field is gone, its default applies).
    /// A record that did not exist is created by the set of its fields.
    Set {
        kind: Kind,
        key: String,
        field: String,
        value: Option<Value>,
    },
    /// A record is deleted.
    Remove { kind: Kind, key: String },
    /// The records of a kind in their new order (every key the sender has).
    Order { kind: Kind, keys: Vec<String> },
}

/// A field's key in a kind's root map: `"<record>/<field>"`. Record keys never contain `/`
/// as a field name does not (ids are numbers, stage and owner keys are checked names); the
/// split is at the last `/` regardless.
pub fn field_key(key: &str, field: &str) -> String {
    format!("{key}/{field}")
}

/// The record key and field of a root map's key.
pub fn split_field_key(text: &str) -> Option<(&str, &str)> {
    text.rsplit_once('/')
}

/// One record: its key and its fields.
pub struct Record {
    pub key: String,
    pub fields: Map<String, Value>,
}

/// An entry of a model, borrowed: its fields are serialised only when asked.
pub(crate) enum Item<'a> {
    Touchpoint(&'a Rc<Touchpoint>),
    Measure(&'a Rc<Measure>),
    Snapshot(&'a Rc<Snapshot>),
    Category(&'a Category),
    Meta(&'a Meta),
    Kpis(&'a Kpis),
    Cycle(&'a CycleTracker),
    Round(&'a Rc<KeptRound>),
    RoundRecord(&'a Rc<RoundRecord>),
}

impl Item<'_> {
    /// The entry's fields (serde's form of it). Through JSON text: the app already has that
    /// code for saving and reading models, a value tree of each type would be new code.
    pub(crate) fn fields(&self) -> Map<String, Value> {
        let text = match self {
            Item::Touchpoint(t) => serde_json::to_string(&***t),
            Item::Measure(m) => serde_json::to_string(&***m),
            Item::Snapshot(s) => serde_json::to_string(&***s),
            Item::Category(c) => serde_json::to_string(c),
            Item::Meta(m) => serde_json::to_string(m),
            Item::Kpis(k) => serde_json::to_string(k),
            Item::Cycle(c) => serde_json::to_string(c),
            Item::Round(r) => serde_json::to_string(&***r),
            Item::RoundRecord(r) => serde_json::to_string(&***r),
        };
        match text.map(|t| serde_json::from_str(&t)) {
            Ok(Ok(Value::Object(map))) => map,
            _ => Map::new(),
        }
    }

    /// The same shared item in two versions of a model is unchanged (touchpoints, measures
    /// and snapshots are shared between versions; the rest is compared by its fields).
    pub(crate) fn same_as(&self, other: &Item<'_>) -> bool {
        match (self, other) {
            (Item::Touchpoint(a), Item::Touchpoint(b)) => Rc::ptr_eq(a, b),
            (Item::Measure(a), Item::Measure(b)) => Rc::ptr_eq(a, b),
            (Item::Snapshot(a), Item::Snapshot(b)) => Rc::ptr_eq(a, b),
            (Item::Round(a), Item::Round(b)) => Rc::ptr_eq(a, b),
            (Item::RoundRecord(a), Item::RoundRecord(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// The entries of one kind in the model's order, with their record keys.
pub(crate) fn items(model: &Model, kind: Kind) -> Vec<(String, Item<'_>)> {
    match kind {
        Kind::Touchpoints => model
            .touchpoints
            .iter_rc()
            .map(|t| (t.id.to_string(), Item::Touchpoint(t)))
            .collect(),
        Kind::Measures => model
            .measures
            .iter_rc()
            .map(|m| (m.id.to_string(), Item::Measure(m)))
            .collect(),
        Kind::Snapshots => model
            .snapshots
            .iter_rc()
            .map(|s| (s.id.to_string(), Item::Snapshot(s)))
            .collect(),
        Kind::Stages => categories(&model.stages),
        Kind::Owners => categories(&model.owners),
        Kind::Meta => vec![(String::new(), Item::Meta(&model.meta))],
        Kind::Kpis => vec![(String::new(), Item::Kpis(&model.kpis))],
        Kind::Cycle => vec![(String::new(), Item::Cycle(&model.cycle))],
        Kind::Rounds => model
            .rounds
            .iter()
            .map(|r| (r.link.clone(), Item::Round(r)))
            .collect(),
        Kind::RoundRecords => model
            .round_records
            .iter()
            .map(|r| (r.round.clone(), Item::RoundRecord(r)))
            .collect(),
    }
}

fn categories(list: &[Category]) -> Vec<(String, Item<'_>)> {
    list.iter()
        .map(|c| (c.key.clone(), Item::Category(c)))
        .collect()
}

/// Every record of a model, kind by kind, in the model's order: what a document is seeded
/// from.
pub fn records(model: &Model) -> Vec<(Kind, Vec<Record>)> {
    Kind::ALL
        .iter()
        .map(|&kind| {
            let list = items(model, kind)
                .into_iter()
                .map(|(key, item)| Record {
                    key,
                    fields: item.fields(),
                })
                .collect();
            (kind, list)
        })
        .collect()
}
