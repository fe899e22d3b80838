//! The others' edits applied to this tab's model.

use std::collections::HashMap;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::record::{Edit, Kind};
use crate::domain::error::ModelError;
use crate::domain::model::{Category, Model};
use crate::domain::shared::{Keyed, List};
use crate::domain::validate::{model_from_json, restore};

/// `model` with `edits` applied, checked like any model read from outside. A set of fields
/// that does not make a valid entry (a record whose other fields were deleted meanwhile) is
/// left out; an edit of a record this model does not have creates it from the fields given.
pub fn patch(model: &Model, edits: &[Edit]) -> Result<Model, ModelError> {
    let mut next = model.clone();
    let mut rounds = Vec::new();
    for kind in Kind::ALL {
        let mine: Vec<&Edit> = edits.iter().filter(|e| edit_kind(e) == kind).collect();
        match kind {
            _ if mine.is_empty() => {}
            Kind::Rounds | Kind::RoundRecords => rounds.push((kind, mine)),
            _ => apply_kind(&mut next, kind, &mine),
        }
    }
    if rounds.is_empty() {
        return restore(next);
    }
    // Rating rounds have no typed reader of their fields (their own reader checks a whole
    // list): their records are edited in the model's JSON, which is then read as a whole.
    let Ok(mut json) = serde_json::to_value(&next) else {
        return restore(next);
    };
    for (kind, edits) in rounds {
        if let Some(list) = json.get_mut(kind.name()) {
            apply_json_list(list, kind, &edits);
        } else if let Value::Object(map) = &mut json {
            let mut list = Value::Array(Vec::new());
            apply_json_list(&mut list, kind, &edits);
            map.insert(kind.name().to_string(), list);
        }
    }
    model_from_json(&json.to_string())
}

/// Edits of a kind of rating rounds applied to its JSON list.
fn apply_json_list(list: &mut Value, kind: Kind, edits: &[&Edit]) {
    let key_field = if kind == Kind::Rounds {
        "link"
    } else {
        "round"
    };
    let Value::Array(items) = list else { return };
    let key_of = |v: &Value| v.get(key_field).and_then(Value::as_str).map(str::to_string);
    for (key, fields) in sets(edits) {
        let at = items.iter().position(|v| key_of(v).as_deref() == Some(key));
        let mut map = match at.map(|i| &items[i]) {
            Some(Value::Object(map)) => map.clone(),
            _ => Map::new(),
        };
        for (field, value) in fields {
            match value {
                Some(v) => map.insert(field.to_string(), v.clone()),
                None => map.remove(field),
            };
        }
        match at {
            Some(i) => items[i] = Value::Object(map),
            None => items.push(Value::Object(map)),
        }
    }
    for edit in edits {
        match edit {
            Edit::Remove { key, .. } => items.retain(|v| key_of(v).as_deref() != Some(key)),
            Edit::Order { keys, .. } => items.sort_by_key(|v| {
                let key = key_of(v);
                keys.iter()
                    .position(|k| Some(k) == key.as_ref())
                    .unwrap_or(usize::MAX)
            }),
            Edit::Set { .. } => {}
        }
    }
}

fn edit_kind(edit: &Edit) -> Kind {
    match edit {
        Edit::Set { kind, .. } | Edit::Remove { kind, .. } | Edit::Order { kind, .. } => *kind,
    }
}

fn apply_kind(model: &mut Model, kind: Kind, edits: &[&Edit]) {
    match kind {
        Kind::Touchpoints => apply_list(&mut model.touchpoints, edits),
        Kind::Measures => apply_list(&mut model.measures, edits),
        Kind::Snapshots => apply_list(&mut model.snapshots, edits),
        Kind::Stages => apply_categories(&mut model.stages, edits),
        Kind::Owners => apply_categories(&mut model.owners, edits),
        Kind::Meta => model.meta = apply_one(&model.meta, edits),
        Kind::Kpis => model.kpis = apply_one(&model.kpis, edits),
        Kind::Cycle => model.cycle = apply_one(&model.cycle, edits),
        // Through the model's JSON: `patch`.
        Kind::Rounds | Kind::RoundRecords => {}
    }
}

/// A field's new value (`None`: gone).
type FieldSet<'a> = (&'a str, Option<&'a Value>);

/// The field sets of each record, in the order they came.
fn sets<'a>(edits: &[&'a Edit]) -> Vec<(&'a str, Vec<FieldSet<'a>>)> {
    let mut out: Vec<(&str, Vec<FieldSet<'a>>)> = Vec::new();
    for edit in edits {
        if let Edit::Set {
            key, field, value, ..
        } = edit
        {
            let entry = (field.as_str(), value.as_ref());
            match out.iter_mut().find(|(k, _)| k == key) {
                Some((_, fields)) => fields.push(entry),
                None => out.push((key.as_str(), vec![entry])),
            }
        }
    }
    out
}

/// An entry with some fields changed; `None` when the result is not a valid entry.
fn with_fields<T: Serialize + DeserializeOwned>(
    base: Option<&T>,
    fields: &[FieldSet<'_>],
) -> Option<T> {
    // Through JSON text, as `Item::fields`: the code the app has for models.
    let text = base.map(serde_json::to_string);
    let mut map = match text.map(|t| t.map(|t| serde_json::from_str(&t))) {
        Some(Ok(Ok(Value::Object(map)))) => map,
        _ => Map::new(),
    };
    for (field, value) in fields {
        match value {
            Some(v) => map.insert((*field).to_string(), (*v).clone()),
            None => map.remove(*field),
        };
    }
    serde_json::from_str(&Value::Object(map).to_string()).ok()
}

fn apply_one<T: Serialize + DeserializeOwned + Clone>(item: &T, edits: &[&Edit]) -> T {
    sets(edits)
        .into_iter()
        .fold(item.clone(), |item, (_, fields)| {
            with_fields(Some(&item), &fields).unwrap_or(item)
        })
}

fn apply_list<T: Keyed + Serialize + DeserializeOwned + Clone>(
    list: &mut List<T>,
    edits: &[&Edit],
) {
    for (key, fields) in sets(edits) {
        let existing = key.parse().ok().and_then(|id| list.position_of(id));
        match existing {
            Some(i) => {
                let changed = list
                    .get(i)
                    .and_then(|item| with_fields(Some(item), &fields));
                if let (Some(changed), Some(slot)) = (changed, list.get_mut(i)) {
                    *slot = changed;
                }
            }
            None => {
                if let Some(item) = with_fields::<T>(None, &fields) {
                    if item.key().to_string() == key {
                        list.push(item);
                    }
                }
            }
        }
    }
    for edit in edits {
        match edit {
            Edit::Remove { key, .. } => list.retain(|item| item.key().to_string() != *key),
            Edit::Order { keys, .. } => reorder_list(list, keys),
            Edit::Set { .. } => {}
        }
    }
}

/// The list in the order of `keys`; items the order does not name keep their place after
/// those it names.
fn reorder_list<T: Keyed>(list: &mut List<T>, keys: &[String]) {
    let rank: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut items: Vec<(usize, Rc<T>)> = list
        .iter_rc()
        .enumerate()
        .map(|(i, rc)| {
            let at = rank.get(rc.key().to_string().as_str()).copied();
            (at.unwrap_or(keys.len() + i), Rc::clone(rc))
        })
        .collect();
    items.sort_by_key(|(at, _)| *at);
    let mut ordered = List::new();
    for (_, rc) in items {
        ordered.push_rc(rc);
    }
    *list = ordered;
}

fn apply_categories(list: &mut Vec<Category>, edits: &[&Edit]) {
    for (key, fields) in sets(edits) {
        match list.iter().position(|c| c.key == key) {
            Some(i) => {
                if let Some(changed) = with_fields(list.get(i), &fields) {
                    list[i] = changed;
                }
            }
            None => {
                if let Some(item) = with_fields::<Category>(None, &fields).filter(|c| c.key == key)
                {
                    list.push(item);
                }
            }
        }
    }
    for edit in edits {
        match edit {
            Edit::Remove { key, .. } => list.retain(|c| c.key != *key),
            Edit::Order { keys, .. } => {
                let rank =
                    |c: &Category| keys.iter().position(|k| *k == c.key).unwrap_or(usize::MAX);
                list.sort_by_key(rank);
            }
            Edit::Set { .. } => {}
        }
    }
}
