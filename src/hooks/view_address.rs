//! Each view has its own address (`?view=matrix`), so Back, Forward, reload and bookmarks
//! work; the model never goes into it (a shared model travels in the fragment only).

use gloo::events::EventListener;
use kontaktpunkt_core::selfcheck::embed::view_address;
use yew::prelude::*;

use crate::store::{Msg, Store, View};

/// The view the address names, if it is a view's address.
pub fn view_from_location() -> Option<View> {
    let search = web_sys::window()?.location().search().ok()?;
    View::from_key(view_address(&search)?)
}

/// Keeps the address and the shown view together: a new view is a new history entry, and
/// Back or Forward shows the view of the entry. Not for an embedded app, whose query is
/// the host's configuration.
#[hook]
pub fn use_view_address(store: &Store) {
    let embedded = store.embed.is_some();
    {
        let dispatcher = store.dispatcher();
        use_effect_with(embedded, move |embedded| {
            let listener = (!embedded).then(web_sys::window).flatten().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    dispatcher.dispatch(Msg::Show(view_from_location().unwrap_or_default()));
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((store.view, embedded), |(view, embedded)| {
        if !*embedded && view_from_location().unwrap_or_default() != *view {
            push_address(*view);
        }
    });
}

fn push_address(view: View) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(path), Ok(history)) = (window.location().pathname(), window.history()) else {
        return;
    };
    let url = format!("{path}?view={}", view.key());
    let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}
