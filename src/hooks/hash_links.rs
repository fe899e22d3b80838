//! Links that arrive in the address's fragment: a model (`#kp1.…`) or a self-check result
//! (`#sc1.…`) or a live session (`#ks1.…`), at start or pasted into the address bar of the running app.

use gloo::events::EventListener;
use yew::prelude::*;

use kontaktpunkt_core::io::session::Session;
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::selfcheck;

use crate::browser;
use crate::store::live::LiveMsg;
use crate::store::{AppError, Msg, Store};

/// A share link pasted into the address bar of a running app opens like one at start.
#[hook]
pub fn use_hash_links(store: &Store) {
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        browser::clear_hash();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                let hash = browser::location_hash();
                if hash.is_empty() {
                    return;
                }
                browser::clear_hash();
                open_link(&hash, &mut |msg| dispatcher.dispatch(msg));
            })
        });
        move || drop(listener)
    });
}

/// What a link fragment asks for: a self-check result (`#sc1.…`) or a model (`#kp1.…`).
pub fn open_link(hash: &str, send: &mut dyn FnMut(Msg)) {
    if selfcheck::link::is_link(hash) {
        match selfcheck::link::decode(hash) {
            Ok(check) => send(Msg::ReceivedCheck(check)),
            Err(e) => send(Msg::Fail(AppError::SelfCheck(e))),
        }
        return;
    }
    if Session::is_session_link(hash) {
        match Session::decode(hash) {
            Ok(session) => send(Msg::Live(LiveMsg::Ask(Some(session.encode())))),
            Err(e) => send(Msg::Fail(AppError::Share(e))),
        }
        return;
    }
    match share::decode(hash) {
        Ok(model) => send(Msg::Incoming(model)),
        Err(e) => send(Msg::Fail(AppError::Share(e))),
    }
}
