//! The store's first state: the saved model, the embed options and a link in the address.

use std::rc::Rc;

use kontaktpunkt_core::selfcheck::embed::Mode;

use super::{AppError, AppState, Notice, View};
use crate::hooks::hash_links::open_link;
use crate::hooks::view_address::view_from_location;
use crate::{browser, embed, storage};

/// Reads what the page starts from: embed options, the language, the saved model, the view
/// in the address and a link in the fragment.
pub fn initial_state() -> AppState {
    let embed = embed::config_from_location();
    let lang = embed
        .as_ref()
        .and_then(|e| e.lang)
        .unwrap_or_else(browser::initial_lang);
    let start = storage::start(lang);
    let mut state = AppState::new(start.model, lang);
    state.replica = browser::replica();
    state.current_id = start.index.current.clone();
    state.saved = start.index.models;
    state.storage_denied = !storage::available();
    state.damaged = storage::corrupt_entries().into();
    if let Some(damage) = start.problem {
        state.error = Some(AppError::Damaged(damage));
    }
    if let Some(found) = start.found_again {
        state.notice = Some(Notice::IndexRepaired(found));
    }
    if let Some(config) = embed {
        embed::apply_theme(&config);
        if config.mode == Mode::SelfCheck {
            // static/boot.js forwards before the wasm loads; this catches what it missed.
            browser::forward_to_widget();
            state.view = View::SelfCheck;
        }
        state.embed = Some(Rc::new(config));
    } else if let Some(view) = view_from_location() {
        state.view = view;
    }
    // A share link opens as a view beside the user's own work, never over it.
    let hash = browser::location_hash();
    if !hash.is_empty() {
        open_link(&hash, &mut |msg| state.receive(msg));
    }
    state
}
