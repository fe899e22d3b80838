//! Other tabs of the app on this origin: what they save reaches this one.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::storage;
use crate::store::{Msg, Store};

/// Picks up what another tab saves: the current model's new version, or a changed list.
#[hook]
pub fn use_other_tabs(store: &Store) {
    let id = store.current_id.clone();
    let dispatcher = store.dispatcher();
    use_effect_with(id, move |id| {
        let own_key = storage::model_key(id);
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let key = event.key().unwrap_or_default();
                if key == own_key {
                    if let Some(text) = event.new_value() {
                        if let Ok(model) =
                            kontaktpunkt_core::domain::validate::model_from_json(&text)
                        {
                            dispatcher.dispatch(Msg::External(model));
                        }
                    }
                } else if key == storage::INDEX_KEY {
                    dispatcher.dispatch(Msg::Listed(storage::load_index().models));
                }
            })
        });
        move || drop(listener)
    });
}
