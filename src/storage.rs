//! Several named models in localStorage.
//!
//! Layout (documented in docs/privacy.md):
//! - `kontaktpunkt.models`: the index, JSON
//!   `{ "current": id, "models": [{ id, name, company, touchpoints, updated }] }`
//! - `kontaktpunkt.model.<id>`: one model's JSON
//! - `kontaktpunkt.corrupt.<id>` (then `….<id>.2`, `….<id>.3`, … for later damages): a stored
//!   model that failed validation, kept aside verbatim
//!
//! Every read is validated; a damaged entry is never deleted nor written over: it is copied
//! aside, or left where it is when storage has no room for the copy, and reported.

use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::{Lang, Model, ModelError};
use std::cell::{Cell, RefCell};

use serde::{Deserialize, Serialize};

pub const INDEX_KEY: &str = "kontaktpunkt.models";
const MODEL_PREFIX: &str = "kontaktpunkt.model.";
const CORRUPT_PREFIX: &str = "kontaktpunkt.corrupt.";
/// Aside slots tried for one model before its damaged text is left where it is.
const MAX_ASIDE_SLOTS: usize = 100;

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

/// Where a stored model that failed to load is kept now (its storage key).
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// Copied to this aside slot; the model's own entry was then removed.
    Aside(String),
    /// Storage had no room for a copy: the text stays under the model's own key, untouched,
    /// and this tab never writes there.
    InPlace(String),
}

/// A stored model that failed to load: why, and where its text is kept.
#[derive(Clone, Debug, PartialEq)]
pub struct Damage {
    pub error: ModelError,
    pub kept: Kept,
}

thread_local! {
    /// Ids whose damaged text could not be set aside: never written by this tab.
    static LEFT_IN_PLACE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Set once everything was deleted (here or in another tab): nothing is written any more
    /// until the page is loaded again, so no pending save brings deleted data back.
    static STOPPED: Cell<bool> = const { Cell::new(false) };
    /// Ids this tab has handed out: a fresh start writes nothing, so its model's id is in
    /// neither the stored index nor the stored keys until the first save.
    static HANDED_OUT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub fn model_key(id: &str) -> String {
    format!("{MODEL_PREFIX}{id}")
}

/// The `slot`-th aside key of a model (1: `kontaktpunkt.corrupt.<id>`, then `….<id>.2`, …).
pub fn corrupt_key(id: &str, slot: usize) -> String {
    if slot <= 1 {
        format!("{CORRUPT_PREFIX}{id}")
    } else {
        format!("{CORRUPT_PREFIX}{id}.{slot}")
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether this browser lets the app use localStorage at all (`false` where access throws
/// `SecurityError`: cookies blocked for the site, some private modes, a foreign frame).
pub fn available() -> bool {
    storage().is_some()
}

pub fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

fn set(key: &str, value: &str) -> bool {
    !STOPPED.get() && storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Every stored key of the app that starts with `prefix`.
fn keys_with(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// What is stored under the index's key.
enum IndexRead {
    Found(Index),
    Missing,
    Unreadable(String),
}

fn read_index() -> IndexRead {
    match get(INDEX_KEY) {
        None => IndexRead::Missing,
        Some(text) => match serde_json::from_str::<Index>(&text) {
            Ok(index) => IndexRead::Found(index),
            Err(_) => IndexRead::Unreadable(text),
        },
    }
}

/// The index; a missing or unreadable one is rebuilt from the model entries stored.
pub fn load_index() -> Index {
    match read_index() {
        IndexRead::Found(index) => index,
        IndexRead::Missing => rebuild_index(""),
        IndexRead::Unreadable(text) => rebuild_index(&text),
    }
}

/// An index of every `kontaktpunkt.model.<id>` entry stored, named, counted and dated from
/// the entries themselves (an unreadable one is listed blank: opening it sets it aside). The
/// current model is the one the damaged index still names, else the last changed.
fn rebuild_index(damaged: &str) -> Index {
    let mut models: Vec<Entry> = keys_with(MODEL_PREFIX)
        .iter()
        .map(|key| {
            let id = &key[MODEL_PREFIX.len()..];
            match get(key).map(|text| model_from_json(&text)) {
                Some(Ok(model)) => Entry::of(id, &model),
                _ => Entry {
                    id: id.to_string(),
                    name: String::new(),
                    company: String::new(),
                    touchpoints: 0,
                    updated: 0.0,
                },
            }
        })
        .collect();
    models.sort_by_key(|e| (e.id.len(), e.id.clone()));
    let named = named_current(damaged).filter(|id| models.iter().any(|e| e.id == *id));
    let latest = models
        .iter()
        .max_by(|a, b| a.updated.total_cmp(&b.updated))
        .map(|e| e.id.clone());
    Index {
        current: named.or(latest).unwrap_or_default(),
        models,
    }
}

/// The `"current":"<id>"` a damaged index may still hold.
fn named_current(text: &str) -> Option<String> {
    let rest = text.split_once("\"current\"")?.1;
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    rest.split_once('"').map(|(id, _)| id.to_string())
}

pub fn save_index(index: &Index) -> bool {
    serde_json::to_string(index).is_ok_and(|text| set(INDEX_KEY, &text))
}

/// A new id, unique among the index's entries and every key stored (a model, or one set
/// aside), so that it never names stored data the index lost.
pub fn new_id(index: &Index) -> String {
    let mut n = index.models.len() + 1;
    loop {
        let id = format!("m{n}");
        let taken = index.models.iter().any(|e| e.id == id)
            || HANDED_OUT.with_borrow(|ids| ids.contains(&id))
            || get(&model_key(&id)).is_some()
            || get(&corrupt_key(&id, 1)).is_some()
            || is_left_in_place(&id);
        if !taken {
            HANDED_OUT.with_borrow_mut(|ids| ids.push(id.clone()));
            return id;
        }
        n += 1;
    }
}

/// What a start finds: the current model's id and model, a damaged model, and how many
/// models a rebuilt index found again.
pub struct Startup {
    pub index: Index,
    pub model: Model,
    pub problem: Option<Damage>,
    pub found_again: Option<usize>,
}

/// Opens the current model, or starts a first one. A fresh start writes nothing: the first
/// save does.
pub fn start(lang: Lang) -> Startup {
    let (mut index, found_again) = match read_index() {
        IndexRead::Found(index) => (index, None),
        IndexRead::Missing => {
            let index = rebuild_index("");
            let found = index.models.len();
            (index, (found > 0).then_some(found))
        }
        IndexRead::Unreadable(text) => {
            let index = rebuild_index(&text);
            let found = index.models.len();
            (index, Some(found))
        }
    };
    // Written back only when this start changed it: an unchanged index is not rewritten.
    let mut changed = found_again.is_some();
    if index.models.is_empty() {
        let id = new_id(&index);
        index.models.push(Entry::of(&id, &Model::new(lang)));
        index.current = id;
    }
    if index.models.iter().all(|e| e.id != index.current) {
        index.current = index.models[0].id.clone();
        changed = true;
    }
    let (model, problem) = match load(&index.current) {
        Ok(Some(model)) => (model, None),
        Ok(None) => (Model::new(lang), None),
        Err(damage) => {
            if matches!(damage.kept, Kept::InPlace(_)) {
                // The damaged text keeps its key: the work goes on under a new id.
                let id = new_id(&index);
                index.models.push(Entry::of(&id, &Model::new(lang)));
                index.current = id;
                changed = true;
            }
            (Model::new(lang), Some(damage))
        }
    };
    if changed {
        let _ = save_index(&index);
    }
    Startup {
        index,
        model,
        problem,
        found_again,
    }
}

/// Reads one model. A damaged entry is copied to a free aside slot and then removed; where
/// storage cannot hold the copy, it stays where it is and this tab never writes that id.
pub fn load(id: &str) -> Result<Option<Model>, Damage> {
    let Some(text) = get(&model_key(id)) else {
        return Ok(None);
    };
    model_from_json(&text).map(Some).map_err(|error| Damage {
        error,
        kept: set_aside(id, &text),
    })
}

fn set_aside(id: &str, text: &str) -> Kept {
    for slot in 1..=MAX_ASIDE_SLOTS {
        let key = corrupt_key(id, slot);
        let copied = match get(&key) {
            // The same damage seen again (a copy made, the entry not yet removed).
            Some(held) if held == text => true,
            Some(_) => continue,
            None => set(&key, text),
        };
        if copied {
            remove(&model_key(id));
            return Kept::Aside(key);
        }
        break;
    }
    LEFT_IN_PLACE.with_borrow_mut(|ids| {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_string());
        }
    });
    Kept::InPlace(model_key(id))
}

fn is_left_in_place(id: &str) -> bool {
    LEFT_IN_PLACE.with_borrow(|ids| ids.iter().any(|i| i == id))
}

/// Writes one model and its index entry; `false` when the storage is full or blocked, or
/// when `id` holds damaged text that could not be set aside.
pub fn save(id: &str, model: &Model) -> bool {
    if is_left_in_place(id) {
        return false;
    }
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
    if index.models.iter().all(|e| e.id != index.current) {
        index.current = id.to_string();
    }
    save_index(&index)
}

/// Stores `model` as a new saved model and makes it current; its id, or `None` when the
/// storage refused. `reuse` names a blank current model to write over, so that starting or
/// keeping a model leaves no empty one behind.
pub fn create(model: &Model, reuse: Option<&str>) -> Option<String> {
    let mut index = load_index();
    let reusable = |id: &&str| index.models.iter().any(|e| e.id == *id) && !is_left_in_place(id);
    let id = match reuse.filter(reusable) {
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

/// The raw text of damaged entries, for export: (storage key, text). Those set aside, and
/// those left in place because storage had no room for a copy.
pub fn corrupt_entries() -> Vec<(String, String)> {
    let in_place = LEFT_IN_PLACE.with_borrow(|ids| ids.iter().map(|id| model_key(id)).collect());
    let mut keys = keys_with(CORRUPT_PREFIX);
    keys.sort();
    [in_place, keys]
        .concat()
        .into_iter()
        .filter_map(|k| get(&k).map(|v| (k, v)))
        .collect()
}

/// Removes everything this app stored in this browser. Other open tabs and widgets learn
/// it from the `storage` event of the removal ([`deleted_everything`]); the page that asked
/// calls [`stop_writing`] first and then loads again.
pub fn delete_everything() {
    for k in keys_with("kontaktpunkt.") {
        remove(&k);
    }
    HANDED_OUT.with_borrow_mut(Vec::clear);
}

/// Whether a `storage` event (its key, whether it has a new value) says that everything was
/// deleted: the storage cleared, or the index or the self-check removed, which only
/// [`delete_everything`] does. The page then stops writing ([`stop_writing`]).
pub fn deleted_everything(key: Option<&str>, has_new_value: bool) -> bool {
    match key {
        None => true,
        Some(key) => !has_new_value && (key == INDEX_KEY || key == SELFCHECK_KEY),
    }
}

/// No more writes from this page (everything was deleted): it loads again next, so that no
/// pending save brings deleted data back. Returns whether writing had stopped already: a
/// delete-all fires one storage event per key, and the page reloads once.
pub fn stop_writing() -> bool {
    STOPPED.replace(true)
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
