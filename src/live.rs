//! The browser's part of a live session (docs/collaboration.md): a new session's random room
//! and key (the relay the build names is `round_live::relay`), the name this person gave, and which saved model is in
//! which session (so a reload joins it again). Web APIs: `crypto.getRandomValues`,
//! localStorage.

use kontaktpunkt_core::io::presence::Presence;
use kontaktpunkt_core::io::session::Session;

use crate::store::live::{Live, LiveMsg};
use crate::store::Msg;

const NAME_KEY: &str = "kontaktpunkt.live-name";
const SESSION_KEY: &str = "kontaktpunkt.live.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A new session's link fragment: a random room and key.
pub fn new_session() -> Option<String> {
    crate::round_live::random_session().map(|s| s.encode())
}

/// The store's message that starts or joins the session of `fragment` as `name`, with this
/// tab's colour. `seed`: this browser's model starts the session's document.
pub fn join(fragment: String, name: String, seed: bool) -> Msg {
    let me = Presence {
        name,
        colour: Presence::colour_for(crate::browser::replica().into()),
        editing: None,
    };
    Msg::Live(LiveMsg::Session(Some(Box::new(Live::new(
        fragment, me, seed,
    )))))
}

/// The name this person gave last time.
pub fn remembered_name() -> String {
    storage()
        .and_then(|s| s.get_item(NAME_KEY).ok().flatten())
        .unwrap_or_default()
}

pub fn remember_name(name: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(NAME_KEY, name);
    }
}

/// The session a saved model is in (its fragment), kept so a reload joins it again.
pub fn session_of(model_id: &str) -> Option<String> {
    let fragment = storage()?
        .get_item(&format!("{SESSION_KEY}{model_id}"))
        .ok()??;
    Session::decode(&fragment).is_ok().then_some(fragment)
}

/// Keeps (or, with `None`, forgets) the session of a saved model.
pub fn keep_session(model_id: &str, fragment: Option<&str>) {
    let Some(s) = storage() else { return };
    let key = format!("{SESSION_KEY}{model_id}");
    let _ = match fragment {
        Some(f) => s.set_item(&key, f),
        None => s.remove_item(&key),
    };
}

/// How long others' edits stay marked, in ms (the stylesheet's `tp-flash` runs as long).
const MARK_MS: u32 = 1500;

/// Marks the rows of touchpoints others just edited (their ids), for a moment (`data-flash`,
/// a highlight in the stylesheet). An attribute Yew does not render, so a re-render leaves it
/// alone.
pub fn mark_edited(ids: &[u64]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for key in ids {
        if let Some(row) = document.get_element_by_id(&format!("tp-{key}")) {
            let _ = row.set_attribute("data-flash", "");
            gloo::timers::callback::Timeout::new(MARK_MS, move || {
                let _ = row.remove_attribute("data-flash");
            })
            .forget();
        }
    }
}
