//! The rater's page: its own small app (`src/bin/rate.rs`, built from `rate/index.html` into
//! `dist/rate/`). It opens a round link (`#kr1.…`), lets a department head or a customer rate
//! the round's touchpoints one at a time, keeps the answer in progress in localStorage (where
//! allowed) and ends with the return link to send. Nothing is sent anywhere by the page itself.

mod card;
mod done;
mod page;
mod storage;

use std::ops::Deref;
use std::rc::Rc;

use kontaktpunkt_core::rounds::Round;

/// The round, shared by the page's parts and compared by identity: it is read once from the
/// link and never changes, so the props need no deep comparison (1.3 KB of wasm less).
#[derive(Clone)]
pub struct SharedRound(Rc<Round>);

impl PartialEq for SharedRound {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedRound {
    type Target = Round;

    fn deref(&self) -> &Round {
        &self.0
    }
}

/// Mounts the rater's page on the body. Its service worker is registered by its boot script
/// (static/rate-boot.js): the page has no update prompt, so the wasm needs no worker code.
pub fn start() {
    yew::Renderer::<page::RatePage>::new().render();
}
