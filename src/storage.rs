//! Several named models in localStorage.
//!
//! Layout (documented in docs/privacy.md):
//! - `kontaktpunkt.models`: the index, JSON
//!   `{ "current": id, "models": [{ id, name, company, touchpoints, updated }] }`
//! - `kontaktpunkt.model.<id>`: one model's JSON
//! - `kontaktpunkt.corrupt.<id>`: a stored model that failed validation, kept aside verbatim
//!
//! Every read is validated; a damaged entry is never deleted, only moved aside and reported.

use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::{Lang, Model, ModelError};
use serde::{Deserialize, Serialize};

pub const INDEX_KEY: &str = "kontaktpunkt.models";
const MODEL_PREFIX: &str = "kontaktpunkt.model.";
const CORRUPT_PREFIX: &str = "kontaktpunkt.corrupt.";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// The model's name from its content ([`Model::name_from_content`]); empty for none.
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub touchpoints: usize,
    pub updated: f64,
}

impl Entry {
    fn of(id: &str, model: &Model) -> Self {
        Self {
            id: id.to_string(),
            name: model.name_from_content().unwrap_or_default(),
            company: model.meta.company.clone(),
            touchpoints: model.touchpoints.len(),
            updated: model.meta.updated,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub current: String,
    pub models: Vec<Entry>,
}

pub fn model_key(id: &str) -> String {
    format!("{MODEL_PREFIX}{id}")
}

pub fn corrupt_key(id: &str) -> String {
    format!("{CORRUPT_PREFIX}{id}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether this browser lets the app use localStorage at all (`false` where access throws
/// `SecurityError`: cookies blocked for the site, some private modes, a foreign frame).
pub fn available() -> bool {
    storage().is_some()
}

fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The index; a missing or unreadable index is rebuilt from nothing (models stay stored).
pub fn load_index() -> Index {
    get(INDEX_KEY)
        .and_then(|text| serde_json::from_str::<Index>(&text).ok())
        .unwrap_or_default()
}

pub fn save_index(index: &Index) -> bool {
    serde_json::to_string(index).is_ok_and(|text| set(INDEX_KEY, &text))
}

/// A new id, unique among the index's entries.
pub fn new_id(index: &Index) -> String {
    let mut n = index.models.len() + 1;
    loop {
        let id = format!("m{n}");
        if index.models.iter().all(|e| e.id != id) {
            return id;
        }
        n += 1;
    }
}

/// What a start finds: the current model's id and model, and a problem to report.
pub struct Startup {
    pub index: Index,
    pub model: Model,
    pub problem: Option<ModelError>,
}

/// Opens the current model, or starts a first one.
pub fn start(lang: Lang) -> Startup {
    let mut index = load_index();
    // Written back only when this start changed it: an unchanged index is not rewritten.
    let mut changed = false;
    if index.models.is_empty() {
        let id = new_id(&index);
        index.models.push(Entry::of(&id, &Model::new(lang)));
        index.current = id;
        changed = true;
    }
    if index.models.iter().all(|e| e.id != index.current) {
        index.current = index.models[0].id.clone();
        changed = true;
    }
    let (model, problem) = match load(&index.current) {
        Ok(Some(model)) => (model, None),
        Ok(None) => (Model::new(lang), None),
        Err(e) => (Model::new(lang), Some(e)),
    };
    if changed {
        let _ = save_index(&index);
    }
    Startup {
        index,
        model,
        problem,
    }
}

/// Reads one model. A damaged entry is moved to `kontaktpunkt.corrupt.<id>` and reported.
pub fn load(id: &str) -> Result<Option<Model>, ModelError> {
    let Some(text) = get(&model_key(id)) else {
        return Ok(None);
    };
    model_from_json(&text).map(Some).inspect_err(|_| {
        if set(&corrupt_key(id), &text) {
            remove(&model_key(id));
        }
    })
}

/// Writes one model and its index entry; `false` when the storage is full or blocked.
pub fn save(id: &str, model: &Model) -> bool {
    let Ok(text) = serde_json::to_string(model) else {
        return false;
    };
    if get(&model_key(id)).as_deref() == Some(text.as_str()) {
        return true;
    }
    if !set(&model_key(id), &text) {
        return false;
    }
    let mut index = load_index();
    let entry = Entry::of(id, model);
    match index.models.iter_mut().find(|e| e.id == id) {
        Some(found) => *found = entry,
        None => index.models.push(entry),
    }
    save_index(&index)
}

/// Stores `model` as a new saved model and makes it current; its id, or `None` when the
/// storage refused. `reuse` names a blank current model to write over, so that starting or
/// keeping a model leaves no empty one behind.
pub fn create(model: &Model, reuse: Option<&str>) -> Option<String> {
    let mut index = load_index();
    let id = match reuse.filter(|id| index.models.iter().any(|e| e.id == *id)) {
        Some(id) => id.to_string(),
        None => {
            let id = new_id(&index);
            index.models.push(Entry::of(&id, model));
            id
        }
    };
    index.current = id.clone();
    (save_index(&index) && save(&id, model)).then_some(id)
}

pub fn set_current(id: &str) {
    let mut index = load_index();
    index.current = id.to_string();
    let _ = save_index(&index);
}

/// Deletes a saved model (the caller has asked the user).
pub fn delete(id: &str) -> Index {
    let mut index = load_index();
    index.models.retain(|e| e.id != id);
    remove(&model_key(id));
    let _ = save_index(&index);
    index
}

/// The raw text of damaged entries, for export: (storage key, text).
pub fn corrupt_entries() -> Vec<(String, String)> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(CORRUPT_PREFIX))
        .filter_map(|k| get(&k).map(|v| (k, v)))
        .collect()
}

/// Removes everything this app stored in this browser.
pub fn delete_everything() {
    let Some(s) = storage() else {
        return;
    };
    let len = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with("kontaktpunkt."))
        .collect();
    for k in keys {
        remove(&k);
    }
}

/// The prospect's self-check, resumable after a reload.
pub const SELFCHECK_KEY: &str = "kontaktpunkt.selfcheck.sc1";

/// The self-check in progress, in the result link's form plus the step
/// ([`kontaktpunkt_core::selfcheck::link::to_stored`]): no JSON, so the widget's build carries
/// no JSON reader. An unreadable entry is left alone and the check starts afresh.
pub fn load_selfcheck() -> kontaktpunkt_core::selfcheck::SelfCheck {
    get(SELFCHECK_KEY)
        .and_then(|text| kontaktpunkt_core::selfcheck::link::restore(&text).ok())
        .unwrap_or_default()
}

pub fn save_selfcheck(check: &kontaktpunkt_core::selfcheck::SelfCheck) -> bool {
    set(
        SELFCHECK_KEY,
        &kontaktpunkt_core::selfcheck::link::to_stored(check),
    )
}
