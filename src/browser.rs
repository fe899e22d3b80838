//! The glue to browser APIs the core must not know: clock, language, localStorage.

use gloo::storage::{LocalStorage, Storage};
use kontaktpunkt_core::validate::model_from_json;
use kontaktpunkt_core::{Lang, Model, ModelError};

const LANG_KEY: &str = "kontaktpunkt.lang";
/// The autosaved working model (JSON of `Model`).
pub const MODEL_KEY: &str = "kontaktpunkt.model";
/// Where a stored model that fails validation is moved, so it is never silently lost.
pub const CORRUPT_KEY: &str = "kontaktpunkt.model.corrupt";

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The saved language choice, else the browser's language.
pub fn initial_lang() -> Lang {
    if let Ok(saved) = LocalStorage::get::<Lang>(LANG_KEY) {
        return saved;
    }
    let tag = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    Lang::from_tag(&tag)
}

/// Remembers the language and sets `<html lang>` so screen readers pronounce right.
pub fn apply_lang(lang: Lang) {
    // A full or blocked storage only loses the preference, not work: ignore it.
    let _ = LocalStorage::set(LANG_KEY, lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

fn raw_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The autosaved model. A damaged entry is moved to [`CORRUPT_KEY`] and reported.
pub fn load_model() -> Result<Option<Model>, ModelError> {
    let Some(storage) = raw_storage() else {
        return Ok(None);
    };
    let Ok(Some(text)) = storage.get_item(MODEL_KEY) else {
        return Ok(None);
    };
    model_from_json(&text).map(Some).inspect_err(|_| {
        if storage.set_item(CORRUPT_KEY, &text).is_ok() {
            let _ = storage.remove_item(MODEL_KEY);
        }
    })
}

/// Saves the model; `false` when the storage is full, blocked or missing.
pub fn save_model(model: &Model) -> bool {
    let Some(storage) = raw_storage() else {
        return false;
    };
    match serde_json::to_string(model) {
        Ok(text) => storage.set_item(MODEL_KEY, &text).is_ok(),
        Err(_) => false,
    }
}
