//! The edits from one version of a model to the next: what the app sends its sync worker
//! after each local action.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::record::{items, Edit, Item, Kind};
use crate::domain::model::Model;

/// The field edits that turn `old` into `new`: changed fields, new and removed records, and
/// the new order of a kind whose order changed. Empty when nothing the document keeps changed
/// (the id counter and the schema version are each copy's own).
pub fn diff(old: &Model, new: &Model) -> Vec<Edit> {
    let mut edits = Vec::new();
    for kind in Kind::ALL {
        diff_kind(kind, &items(old, kind), &items(new, kind), &mut edits);
    }
    edits
}

fn diff_kind(
    kind: Kind,
    old: &[(String, Item<'_>)],
    new: &[(String, Item<'_>)],
    out: &mut Vec<Edit>,
) {
    let before: HashMap<&str, &Item<'_>> = old.iter().map(|(k, i)| (k.as_str(), i)).collect();
    let after: HashMap<&str, &Item<'_>> = new.iter().map(|(k, i)| (k.as_str(), i)).collect();
    for (key, item) in new {
        match before.get(key.as_str()) {
            Some(was) if was.same_as(item) => {}
            Some(was) => fields(kind, key, &was.fields(), &item.fields(), out),
            None => fields(kind, key, &Map::new(), &item.fields(), out),
        }
    }
    for (key, _) in old {
        if !after.contains_key(key.as_str()) {
            out.push(Edit::Remove {
                kind,
                key: key.clone(),
            });
        }
    }
    if kind.is_ordered() {
        let kept: Vec<&str> = old
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| after.contains_key(k))
            .collect();
        let added = new.len() != kept.len();
        let moved = !new.iter().map(|(k, _)| k.as_str()).eq(kept.iter().copied());
        if added || moved {
            out.push(Edit::Order {
                kind,
                keys: new.iter().map(|(k, _)| k.clone()).collect(),
            });
        }
    }
}

/// The fields of one record that differ, each as a set (a field that is gone: `None`).
fn fields(
    kind: Kind,
    key: &str,
    old: &Map<String, Value>,
    new: &Map<String, Value>,
    out: &mut Vec<Edit>,
) {
    let set = |field: &str, value: Option<&Value>| Edit::Set {
        kind,
        key: key.to_string(),
        field: field.to_string(),
        value: value.cloned(),
    };
    for (field, value) in new {
        if old.get(field) != Some(value) {
            out.push(set(field, Some(value)));
        }
    }
    for field in old.keys() {
        if !new.contains_key(field) {
            out.push(set(field, None));
        }
    }
}
