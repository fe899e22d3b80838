//! A rating round that collects through the relay (docs/collaboration.md, "Live rounds"), for
//! the rater's page and the rounds view alike: the relay the page's build names, a new round's
//! room and key, and the sync worker spawned for the round's room. The worker is fetched only
//! when a page asks for it, so neither page's first load carries it. Web APIs: `Worker`,
//! `crypto.getRandomValues`, the page's `kontaktpunkt-relay` meta tag.

use std::cell::Cell;
use std::rc::Rc;

use kontaktpunkt_core::io::session::{Session, KEY_BYTES, ROOM_BYTES};
use kontaktpunkt_core::rounds::live::{FromRoomWorker, ToRoomWorker};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// The relay the page's build names (`scripts/postbuild.mjs` fills the meta tag from
/// `KONTAKTPUNKT_RELAY`); `None` when it names none.
pub fn relay() -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=kontaktpunkt-relay]")
        .ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

/// A new round's room and key when the build names a relay: the round then collects through
/// it as well as by return links. `None` without a relay or without the browser's randomness.
pub fn new_room() -> Option<Session> {
    relay()?;
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

/// The sync worker at work for one round's room; it stops when this is dropped.
pub struct RoomWorker {
    worker: Worker,
    // One closure type for both handlers: the rater's page counts every byte.
    _handlers: [Closure<dyn FnMut(JsValue)>; 2],
}

impl RoomWorker {
    /// Spawns the worker from `script` (its loader, relative to the page) and hands it
    /// `message` once it has started (its first message); `heard` gets what it says, and
    /// [`FromRoomWorker::Failed`] when the worker cannot start.
    pub fn start(
        script: &str,
        message: &ToRoomWorker,
        heard: impl Fn(FromRoomWorker) + 'static,
    ) -> Option<RoomWorker> {
        let worker = Worker::new(script).ok()?;
        let heard = Rc::new(heard);
        let started = Cell::new(false);
        let (to_worker, text) = (worker.clone(), message.text());
        let on_message = heard.clone();
        let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            // The worker's first message (`Ready`, bytes) says it listens: messages sent
            // before it would be lost.
            if !started.replace(true) {
                let _ = to_worker.post_message(&JsValue::from_str(&text));
            }
            let data = event.unchecked_into::<MessageEvent>().data().as_string();
            if let Some(said) = data.as_deref().and_then(FromRoomWorker::read) {
                on_message(said);
            }
        });
        let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| heard(FromRoomWorker::Failed));
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
        Some(RoomWorker {
            worker,
            _handlers: [listener, failed],
        })
    }
}

impl Drop for RoomWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
