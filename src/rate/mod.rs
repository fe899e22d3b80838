//! The rater's page: its own small app (`src/bin/rate.rs`, built from `rate/index.html` into
//! `dist/rate/`). It opens a round link (`#kr1.…`), lets a department head or a customer rate
//! the round's touchpoints one at a time, keeps the answer in progress in localStorage (where
//! allowed) and ends with the return link to send. A round link with a live part, opened in a
//! build that names a relay, also sends the answer through the relay (sealed with the round's
//! key, by the sync worker, fetched only then); otherwise nothing is sent by the page itself.

mod card;
mod done;
mod page;
mod storage;

use std::ops::Deref;
use std::rc::Rc;

use kontaktpunkt_core::rounds::link::has_live_part;
use kontaktpunkt_core::rounds::Round;

use crate::{browser, round_live};

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

/// The relay to send the answer through: when the round link has a live part and the page's
/// build names a relay. The worker reads the live part (and says so if it cannot). Not
/// inlined: the start and the end both ask, and the page counts its bytes.
#[inline(never)]
fn live_relay() -> Option<String> {
    round_live::relay().filter(|_| has_live_part(&browser::location_hash()))
}

/// Mounts the rater's page on the body. Its service worker is registered by its boot script
/// (static/rate-boot.js): the page has no update prompt, so the wasm needs no worker code.
pub fn start() {
    yew::Renderer::<page::RatePage>::new().render();
}
