//! A rating round that collects through the relay (docs/collaboration.md, "Live rounds"), for
//! the rater's page and the rounds view alike: the relay the page's build names (which live
//! sessions read here too), a new round's room and key, and the sync worker spawned for the
//! round's room. The worker is fetched only when a page asks for it, so neither page's first
//! load carries it. Web APIs: `Worker`, `crypto.getRandomValues`, the page's
//! `kontaktpunkt-relay` meta tag.

use kontaktpunkt_core::io::session::{Session, KEY_BYTES, ROOM_BYTES};
use kontaktpunkt_core::rounds::live::ToRoomWorker;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent, Worker};

/// The relay of live sessions and live rounds the page's build names (its
/// `kontaktpunkt-relay` meta tag, filled by `scripts/postbuild.mjs` from `KONTAKTPUNKT_RELAY`;
/// docs/collaboration.md); `None` when it names none.
pub fn relay() -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=kontaktpunkt-relay]")
        .ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

/// The sync worker's loader beside the app's page (Trunk's shim for `sync/`, a same-origin
/// script as the CSP asks), for the app's tabs and the views module. Its name is not hashed:
/// the messages carry a version byte instead.
pub const WORKER_BESIDE_APP: &str = "./kontaktpunkt-sync-worker_loader.js";

/// A new room and key from the browser's cryptographic randomness (a live session's, or a
/// live round's).
pub fn random_session() -> Option<Session> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut session = Session {
        room: [0; ROOM_BYTES],
        key: [0; KEY_BYTES],
    };
    crypto
        .get_random_values_with_u8_array(&mut session.room)
        .ok()?;
    crypto
        .get_random_values_with_u8_array(&mut session.key)
        .ok()?;
    Some(session)
}

/// A new round's room and key when the build names a relay: the round then collects through
/// it as well as by return links. `None` without a relay or without the browser's randomness.
pub fn new_room() -> Option<Session> {
    relay()?;
    random_session()
}

/// The sync worker at work for one round's room; it stops when this is dropped.
pub struct RoomWorker {
    worker: Worker,
    _handler: Closure<dyn Fn(&Event)>,
}

impl RoomWorker {
    /// Spawns the worker from `script` (its loader, relative to the page) with `message` in
    /// the fragment of its address, which it reads when it starts (a message posted before it
    /// listens would be lost, and the fragment never reaches a server). `heard` gets the data
    /// of what it says (`kontaktpunkt_core::rounds::live`), and `undefined` when it fails.
    pub fn start(
        script: &str,
        message: &ToRoomWorker,
        heard: impl Fn(JsValue) + 'static,
    ) -> Option<RoomWorker> {
        let worker = Worker::new(&format!("{script}#{}", message.text())).ok()?;
        // One handler for messages and errors, of the type Yew's event listeners have, so the
        // rater's page (which counts every byte) carries no glue for another: an error event
        // has no data.
        let handler = Closure::wrap(Box::new(move |event: &Event| {
            heard(event.unchecked_ref::<MessageEvent>().data());
        }) as Box<dyn Fn(&Event)>);
        worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
        worker.set_onerror(Some(handler.as_ref().unchecked_ref()));
        Some(RoomWorker {
            worker,
            _handler: handler,
        })
    }
}

impl Drop for RoomWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
