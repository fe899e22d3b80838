//! Undo and redo from the keyboard, everywhere but in text fields.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::workshop_keys::in_text_field;
use crate::store::{Store, StoreExt};

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS) undo and redo, except inside text fields,
/// where the browser's own text undo applies.
#[hook]
pub fn use_undo_keys(store: &Store) {
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: the listener must be able to stop the browser's own Ctrl+Z.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) || in_text_field(event) {
                    return;
                }
                let key = event.key().to_lowercase();
                let undo = match (key.as_str(), event.shift_key()) {
                    ("z", false) => true,
                    ("z", true) | ("y", false) => false,
                    _ => return,
                };
                event.prevent_default();
                if undo {
                    dispatcher.undo();
                } else {
                    dispatcher.redo();
                }
            })
        });
        move || drop(listener)
    });
}
