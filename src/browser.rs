//! The glue to browser APIs the core must not know: clock, language, localStorage.

use gloo::storage::{LocalStorage, Storage};
use kontaktpunkt_core::Lang;

const LANG_KEY: &str = "kontaktpunkt.lang";

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
