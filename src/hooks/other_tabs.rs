//! Other tabs of the app on this origin: what they save reaches this one, and a delete-all in
//! any of them empties this one too.

use gloo::events::EventListener;
use kontaktpunkt_core::domain::validate::model_from_json;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::store::{Msg, Store};
use crate::{browser, storage, sync};

/// Picks up what another tab saves: the current model's new version (or one this tab cannot
/// read: then it stops saving it), a changed list, or everything deleted.
#[hook]
pub fn use_other_tabs(store: &Store) {
    let id = store.current_id.clone();
    let dispatcher = store.dispatcher();
    use_effect_with(id, move |id| {
        let own_key = storage::model_key(id);
        let id = id.clone();
        let listener = on_storage(move |key, new_value| {
            if key == own_key && sync::is_linked(&id) {
                // Merged field by field through the sync worker instead (`crate::sync`).
            } else if key == own_key {
                match new_value.map(|text| model_from_json(&text)) {
                    Some(Ok(model)) => dispatcher.dispatch(Msg::External(model)),
                    Some(Err(e)) => dispatcher.dispatch(Msg::StoredUnreadable(e)),
                    None => {}
                }
            } else if key == storage::INDEX_KEY {
                dispatcher.dispatch(Msg::Listed(storage::load_index().models));
            }
        });
        move || drop(listener)
    });
}

/// For a page without the store (the self-check widget): a delete-all elsewhere empties it.
#[hook]
pub fn use_deleted_elsewhere() {
    use_effect_with((), |_| {
        let listener = on_storage(|_, _| {});
        move || drop(listener)
    });
}

/// Listens to the `storage` event. When it says everything was deleted
/// ([`storage::deleted_everything`]), the page writes nothing more and loads again, empty
/// (once, for the several events of one delete-all);
/// any other change goes to `changed` (its key and new value).
fn on_storage(changed: impl Fn(String, Option<String>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let (key, new_value) = (event.key(), event.new_value());
        if storage::deleted_everything(key.as_deref(), new_value.is_some()) {
            // Once: a second reload while the first is under way can crash the tab.
            if !storage::stop_writing() {
                browser::reload();
            }
            return;
        }
        changed(key.unwrap_or_default(), new_value);
    }))
}
