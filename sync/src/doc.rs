//! The model as a shared document, and back.
//!
//! Layout: one root map per kind of record (`touchpoints`, `measures`, `snapshots`, `stages`,
//! `owners`, `meta`, `kpis`, `cycle`), keyed flat by `"<record>/<field>"`, each value the
//! field's JSON text; a record's place is its `_order` field, a fractional index
//! ([`crate::order`]).
//!
//! Why flat keys and not a nested map per record: two tabs that start the document from the
//! same saved model at the same time each create every record. With a nested map per record,
//! the two maps under one key are concurrent values of that key: one whole map wins, and every
//! later edit made inside the other is shadowed with it. With flat keys only equal values of
//! single fields meet, and a later edit of a field is an edit of that field alone. On top of
//! that a seed is written by a client id made from its content ([`seed`]), so two seeds of the
//! same model are the same operations and merge into one.
//!
//! Never nest transactions (a nested one panics on wasm), take root refs before a transaction,
//! and never keep one across a call out.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use kontaktpunkt_core::edits::{field_key, records, split_field_key, Edit, Kind, ORDER_FIELD};
use kontaktpunkt_core::Model;
use serde_json::{Map, Value};
use yrs::undo::Options;
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{
    Any, Doc, Map as _, MapRef, Observable, Out, ReadTxn, StateVector, Transact, UndoManager,
    Update,
};

use crate::order;

/// A field change the document received from others: kind, `"<record>/<field>"`, the new
/// JSON text (`None`: removed).
type Change = (Kind, String, Option<String>);

/// The origin of this tab's own edits: the only ones its undo takes back.
const LOCAL: &str = "local";

/// The shared document of one model.
pub struct SharedDoc {
    doc: Doc,
    roots: Vec<(Kind, MapRef)>,
    /// The keys the last remote update changed, filled by the root maps' observers.
    changes: Rc<RefCell<Vec<Change>>>,
    /// This tab's own steps, one per message of the app (no time window: the clock stands).
    undo: UndoManager,
}

impl Default for SharedDoc {
    fn default() -> Self {
        Self::new(Doc::new())
    }
}

impl SharedDoc {
    pub fn new(doc: Doc) -> Self {
        let roots: Vec<(Kind, MapRef)> = Kind::ALL
            .iter()
            .map(|&kind| (kind, doc.get_or_insert_map(kind.name())))
            .collect();
        let changes: Rc<RefCell<Vec<Change>>> = Rc::default();
        for (kind, map) in &roots {
            let (kind, sink) = (*kind, Rc::clone(&changes));
            map.observe("kp", move |txn, event| {
                // Only which keys changed: their values are read after the transaction.
                let mut sink = sink.borrow_mut();
                for key in event.keys(txn).keys() {
                    sink.push((kind, key.to_string(), None));
                }
            });
        }
        let mut undo = UndoManager::with_options(Options {
            capture_timeout_millis: 0,
            tracked_origins: Default::default(),
            capture_transaction: None,
            timestamp: Arc::new(|| 0),
            init_undo_stack: Vec::new(),
            init_redo_stack: Vec::new(),
        });
        for (_, map) in &roots {
            undo.expand_scope(&doc, map);
        }
        undo.include_origin(LOCAL);
        Self {
            doc,
            roots,
            changes,
            undo,
        }
    }

    /// Takes back this tab's last own step (`false`: does again the last one taken back);
    /// others' edits stay. The update to send to others (`None`: nothing to undo or redo).
    pub fn undo(&mut self, undo: bool) -> Option<Vec<u8>> {
        let before = self.state_vector();
        let done = if undo {
            self.undo.undo_blocking()
        } else {
            self.undo.redo_blocking()
        };
        self.changes.borrow_mut().clear();
        if done {
            self.diff_since(&before)
        } else {
            None
        }
    }

    fn root(&self, kind: Kind) -> Option<&MapRef> {
        self.roots.iter().find(|(k, _)| *k == kind).map(|(_, m)| m)
    }

    /// Nothing in it yet (no tab has seeded or sent it).
    pub fn is_empty(&self) -> bool {
        let txn = self.doc.transact();
        self.roots.iter().all(|(_, m)| m.len(&txn) == 0)
    }

    pub fn state_vector(&self) -> Vec<u8> {
        self.doc.transact().state_vector().encode_v1()
    }

    /// What a peer with state vector `sv` lacks (every deletion included).
    pub fn diff_since(&self, sv: &[u8]) -> Option<Vec<u8>> {
        let sv = StateVector::decode_v1(sv).ok()?;
        Some(self.doc.transact().encode_diff_v1(&sv))
    }

    /// The whole document as one update.
    pub fn full_update(&self) -> Vec<u8> {
        self.doc
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }

    /// Merges an update from others and returns the edits it made, for the app.
    pub fn apply_remote(&self, update: &[u8]) -> Result<Vec<Edit>, String> {
        let update = Update::decode_v1(update).map_err(|e| e.to_string())?;
        self.changes.borrow_mut().clear();
        {
            let mut txn = self.doc.transact_mut();
            txn.apply_update(update).map_err(|e| e.to_string())?;
        }
        let changed = std::mem::take(&mut *self.changes.borrow_mut());
        // Each changed key's value as the document holds it now: a concurrent write that lost
        // to one already here reports a change but leaves the value as it was.
        let changes: Vec<Change> = {
            let txn = self.doc.transact();
            changed
                .into_iter()
                .map(|(kind, key, _)| {
                    let now = self
                        .root(kind)
                        .and_then(|m| m.get(&txn, &key))
                        .and_then(|v| text(&v));
                    (kind, key, now)
                })
                .collect()
        };
        Ok(self.edits_of(changes))
    }

    /// The app's edits into the document; returns the update to send to others (`None` when
    /// nothing changed).
    pub fn apply_local(&self, edits: &[Edit]) -> Option<Vec<u8>> {
        let update = {
            let mut txn = self.doc.transact_mut_with(LOCAL);
            for edit in edits {
                let Some(map) = self.root(edit_kind(edit)) else {
                    continue;
                };
                match edit {
                    Edit::Set {
                        key, field, value, ..
                    } => match value {
                        Some(v) => {
                            map.insert(&mut txn, field_key(key, field), v.to_string());
                        }
                        None => {
                            map.remove(&mut txn, &field_key(key, field));
                        }
                    },
                    Edit::Remove { key, .. } => {
                        let prefix = field_key(key, "");
                        let gone: Vec<String> = map
                            .keys(&txn)
                            .filter(|k| k.starts_with(&prefix))
                            .map(str::to_string)
                            .collect();
                        for k in gone {
                            map.remove(&mut txn, &k);
                        }
                    }
                    Edit::Order { keys, .. } => {
                        let current: Vec<Option<String>> = keys
                            .iter()
                            .map(|k| {
                                map.get(&txn, &field_key(k, ORDER_FIELD))
                                    .and_then(|v| order_of(&v))
                            })
                            .collect();
                        let refs: Vec<Option<&str>> =
                            current.iter().map(Option::as_deref).collect();
                        for (key, index) in keys.iter().zip(order::assign(&refs)) {
                            if let Some(index) = index {
                                map.insert(
                                    &mut txn,
                                    field_key(key, ORDER_FIELD),
                                    Value::from(index).to_string(),
                                );
                            }
                        }
                    }
                }
            }
            // A removal adds no item (the state vector stays): its deletions count too.
            let changed = txn.before_state() != txn.after_state() || !txn.delete_set().is_empty();
            changed.then(|| txn.encode_update_v1())
        };
        self.changes.borrow_mut().clear();
        update
    }

    /// The field changes of a remote update as edits: field sets, removed records (their
    /// order gone) and the new order of each kind whose order changed.
    fn edits_of(&self, changes: Vec<Change>) -> Vec<Edit> {
        let mut edits = Vec::new();
        let mut reordered: Vec<Kind> = Vec::new();
        for (kind, key, value) in changes {
            let Some((record, field)) = split_field_key(&key) else {
                continue;
            };
            if field == ORDER_FIELD {
                if value.is_none() {
                    edits.push(Edit::Remove {
                        kind,
                        key: record.to_string(),
                    });
                }
                if !reordered.contains(&kind) {
                    reordered.push(kind);
                }
                continue;
            }
            edits.push(Edit::Set {
                kind,
                key: record.to_string(),
                field: field.to_string(),
                value: value.and_then(|v| serde_json::from_str(&v).ok()),
            });
        }
        for kind in reordered {
            let keys = self.records(kind).into_iter().map(|(key, _)| key).collect();
            edits.push(Edit::Order { kind, keys });
        }
        edits
    }

    /// The records of a kind, in order: ordered kinds keep only records that have an order
    /// (a record deleted while another tab edited one of its fields is not brought back).
    fn records(&self, kind: Kind) -> Vec<(String, Map<String, Value>)> {
        let Some(map) = self.root(kind) else {
            return Vec::new();
        };
        let mut by_key: HashMap<String, Map<String, Value>> = HashMap::new();
        {
            let txn = self.doc.transact();
            for (key, value) in map.iter(&txn) {
                let (Some((record, field)), Some(json)) = (split_field_key(key), text(&value))
                else {
                    continue;
                };
                let value = serde_json::from_str(&json).unwrap_or(Value::Null);
                by_key
                    .entry(record.to_string())
                    .or_default()
                    .insert(field.to_string(), value);
            }
        }
        let mut list: Vec<(String, Map<String, Value>)> = by_key.into_iter().collect();
        if kind.is_ordered() {
            list.retain(|(_, fields)| fields.contains_key(ORDER_FIELD));
            list.sort_by(|(ka, a), (kb, b)| {
                let index = |f: &Map<String, Value>| {
                    f.get(ORDER_FIELD)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                index(a).cmp(&index(b)).then_with(|| ka.cmp(kb))
            });
        }
        for (_, fields) in &mut list {
            fields.remove(ORDER_FIELD);
        }
        list
    }

    /// The document as a model's JSON (for `kontaktpunkt_core::domain::validate::model_from_json`,
    /// which checks it like any model from outside). The id counter is each copy's own: 0 here.
    pub fn to_model_json(&self) -> String {
        let mut model = Map::new();
        model.insert(
            "version".into(),
            Value::from(kontaktpunkt_core::domain::model::SCHEMA_VERSION),
        );
        model.insert("next_id".into(), Value::from(0));
        for kind in Kind::ALL {
            let list = self.records(kind);
            let value = if kind.is_ordered() {
                Value::Array(list.into_iter().map(|(_, f)| Value::Object(f)).collect())
            } else {
                list.into_iter()
                    .next()
                    .map_or(Value::Object(Map::new()), |(_, f)| Value::Object(f))
            };
            model.insert(kind.name().into(), value);
        }
        Value::Object(model).to_string()
    }
}

fn edit_kind(edit: &Edit) -> Kind {
    match edit {
        Edit::Set { kind, .. } | Edit::Remove { kind, .. } | Edit::Order { kind, .. } => *kind,
    }
}

fn text(value: &Out) -> Option<String> {
    match value {
        Out::Any(Any::String(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn order_of(value: &Out) -> Option<String> {
    let json = text(value)?;
    serde_json::from_str::<String>(&json).ok()
}

/// The document's first state from a model, as one update. Written by a client id made from
/// the content, so two tabs that seed the same model write the same operations, which merge
/// as one; a later edit follows the seed in both and wins over it.
pub fn seed(model: &Model) -> Vec<u8> {
    let mut fields: Vec<(Kind, BTreeMap<String, String>)> = Vec::new();
    for (kind, list) in records(model) {
        let indices = order::spread("", None, list.len());
        let mut map = BTreeMap::new();
        for (record, index) in list.into_iter().zip(indices) {
            for (field, value) in record.fields {
                map.insert(field_key(&record.key, &field), value.to_string());
            }
            if kind.is_ordered() {
                map.insert(
                    field_key(&record.key, ORDER_FIELD),
                    Value::from(index).to_string(),
                );
            }
        }
        fields.push((kind, map));
    }
    let content = serde_json::to_string(
        &fields
            .iter()
            .map(|(k, m)| (k.name(), m))
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default();
    let doc = Doc::with_client_id(content_id(&content));
    let roots: Vec<(MapRef, BTreeMap<String, String>)> = fields
        .into_iter()
        .map(|(kind, map)| (doc.get_or_insert_map(kind.name()), map))
        .collect();
    {
        let mut txn = doc.transact_mut();
        for (root, map) in &roots {
            for (key, value) in map {
                root.insert(&mut txn, key.as_str(), value.as_str());
            }
        }
    }
    let txn = doc.transact();
    txn.encode_state_as_update_v1(&StateVector::default())
}

/// A client id from the content (FNV-1a, 30 bits as Yjs's own ids; never 0).
fn content_id(content: &str) -> u64 {
    let hash = content.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    (hash & 0x3fff_ffff).max(1)
}
