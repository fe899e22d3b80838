//! A live session's connection to the relay, in the sync worker: one WebSocket, opened again
//! after a drop (1 s, 2 s, 4 s … at most 30 s apart), presence re-sent every
//! [`PRESENCE_EVERY_MS`], silent peers forgotten, and the array compacted by the client whose
//! edit made it long.
//!
//! Every event (a frame, a local edit, a tick) goes through one queue worked off by one task,
//! so the envelope's async steps never overlap. Edits made while the socket is closed stay in
//! the outer document and reach the relay with the next connection's sync.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Function, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{BinaryType, MessageEvent, WebSocket};

use super::envelope::Envelope;
use super::webcrypto::WebCryptoCipher;

/// Presence is sent again this often, well within the peers' 30 s timeout.
pub const PRESENCE_EVERY_MS: i32 = 10_000;
const FIRST_RETRY_MS: i32 = 1_000;
const LAST_RETRY_MS: i32 = 30_000;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = setInterval)]
    fn set_interval(callback: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(id: &JsValue);
    #[wasm_bindgen(js_namespace = Date)]
    fn now() -> f64;
}

/// The session's state, as the badge shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// In sync with the relay; `peers` other people are here.
    Connected { peers: usize },
    /// The socket dropped; edits are kept and merged when it is back.
    Reconnecting,
    /// The relay was never reached: work goes on locally, and it is tried again now and then.
    Offline,
}

/// What the connection tells the worker.
pub trait LiveEvents {
    /// Others' updates of the inner document (yrs v1), to apply.
    fn updates(&self, updates: Vec<Vec<u8>>);
    /// A person's presence changed (`None`: gone).
    fn presence(&self, client: u64, state: Option<Vec<u8>>);
    /// The session's state changed.
    fn status(&self, status: Status);
    /// The whole inner document, for a compaction.
    fn snapshot(&self) -> Vec<u8>;
    /// The relay holds everything this client wrote so far (`Received::confirmed`).
    fn confirmed(&self) {}
}

enum Event {
    Opened,
    Frame(Vec<u8>),
    Closed,
    Edit(Vec<u8>),
    Presence(Vec<u8>),
    Tick,
}

struct Shared {
    url: String,
    events: Box<dyn LiveEvents>,
    queue: RefCell<VecDeque<Event>>,
    working: Cell<bool>,
    /// Taken by the one task that works off the queue, and put back.
    envelope: RefCell<Option<Envelope<WebCryptoCipher>>>,
    socket: RefCell<Option<WebSocket>>,
    open: Cell<bool>,
    ever_connected: Cell<bool>,
    retry_ms: Cell<i32>,
    status: Cell<Option<Status>>,
    presence: RefCell<Option<Vec<u8>>>,
    stopped: Cell<bool>,
    interval: RefCell<Option<JsValue>>,
    // Kept alive while the socket and timer use them.
    handlers: RefCell<Vec<Handler>>,
}

type Handler = Closure<dyn FnMut(JsValue)>;

/// A running live session; [`Live::leave`] ends it.
pub struct Live {
    shared: Rc<Shared>,
}

impl Live {
    /// Joins the room at `url` (relay address and room name) with `envelope`.
    pub fn join(
        url: String,
        envelope: Envelope<WebCryptoCipher>,
        events: Box<dyn LiveEvents>,
    ) -> Live {
        let shared = Rc::new(Shared {
            url,
            events,
            queue: RefCell::new(VecDeque::new()),
            working: Cell::new(false),
            envelope: RefCell::new(Some(envelope)),
            socket: RefCell::new(None),
            open: Cell::new(false),
            ever_connected: Cell::new(false),
            retry_ms: Cell::new(FIRST_RETRY_MS),
            status: Cell::new(None),
            presence: RefCell::new(None),
            stopped: Cell::new(false),
            interval: RefCell::new(None),
            handlers: RefCell::new(Vec::new()),
        });
        let tick = {
            let weak = Rc::downgrade(&shared);
            Handler::new(move |_| {
                if let Some(shared) = weak.upgrade() {
                    enqueue(&shared, Event::Tick);
                }
            })
        };
        *shared.interval.borrow_mut() = Some(set_interval(
            tick.as_ref().unchecked_ref(),
            PRESENCE_EVERY_MS,
        ));
        shared.handlers.borrow_mut().push(tick);
        connect(&shared);
        Live { shared }
    }

    /// A local edit of the inner document (yrs v1).
    pub fn edit(&self, update: Vec<u8>) {
        enqueue(&self.shared, Event::Edit(update));
    }

    /// This person's presence (the app's bytes).
    pub fn set_presence(&self, state: Vec<u8>) {
        enqueue(&self.shared, Event::Presence(state));
    }

    /// Says goodbye to the others and closes the socket for good.
    pub fn leave(self) {
        let shared = &self.shared;
        shared.stopped.set(true);
        if let Some(id) = shared.interval.borrow_mut().take() {
            clear_interval(&id);
        }
        let goodbye = shared.envelope.borrow_mut().as_mut().map(|e| e.leave());
        if let Some(frame) = goodbye {
            send(shared, &frame);
        }
        if let Some(socket) = shared.socket.borrow_mut().take() {
            socket.set_onopen(None);
            socket.set_onmessage(None);
            socket.set_onclose(None);
            let _ = socket.close();
        }
    }
}

fn connect(shared: &Rc<Shared>) {
    if shared.stopped.get() {
        return;
    }
    let Ok(socket) = WebSocket::new(&shared.url) else {
        // An address the browser refuses (or the CSP blocks): as unreachable.
        enqueue(shared, Event::Closed);
        return;
    };
    socket.set_binary_type(BinaryType::Arraybuffer);
    let handler = |event: fn(JsValue) -> Option<Event>| {
        let weak = Rc::downgrade(shared);
        Handler::new(move |value: JsValue| {
            if let (Some(shared), Some(event)) = (weak.upgrade(), event(value)) {
                enqueue(&shared, event);
            }
        })
    };
    let opened = handler(|_| Some(Event::Opened));
    let message = handler(|value| {
        let data = value.dyn_into::<MessageEvent>().ok()?.data();
        Some(Event::Frame(Uint8Array::new(&data).to_vec()))
    });
    let closed = handler(|_| Some(Event::Closed));
    socket.set_onopen(Some(opened.as_ref().unchecked_ref()));
    socket.set_onmessage(Some(message.as_ref().unchecked_ref()));
    socket.set_onclose(Some(closed.as_ref().unchecked_ref()));
    let mut handlers = shared.handlers.borrow_mut();
    // The tick stays; the last socket's handlers go.
    handlers.truncate(1);
    handlers.extend([opened, message, closed]);
    *shared.socket.borrow_mut() = Some(socket);
}

fn send(shared: &Shared, frame: &[u8]) {
    if !shared.open.get() {
        return;
    }
    if let Some(socket) = shared.socket.borrow().as_ref() {
        // A failed send is a dropping socket: its close event follows and the sync after the
        // reconnect carries what was lost.
        let _ = socket.send_with_u8_array(frame);
    }
}

fn say(shared: &Shared, status: Status) {
    if shared.status.get() != Some(status) {
        shared.status.set(Some(status));
        shared.events.status(status);
    }
}

fn enqueue(shared: &Rc<Shared>, event: Event) {
    shared.queue.borrow_mut().push_back(event);
    if shared.working.replace(true) {
        return;
    }
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let taken = shared.envelope.borrow_mut().take();
        if let Some(mut envelope) = taken {
            loop {
                let next = shared.queue.borrow_mut().pop_front();
                let Some(event) = next else { break };
                handle(&shared, &mut envelope, event).await;
            }
            *shared.envelope.borrow_mut() = Some(envelope);
        }
        shared.working.set(false);
    });
}

async fn handle(shared: &Rc<Shared>, envelope: &mut Envelope<WebCryptoCipher>, event: Event) {
    match event {
        Event::Opened => {
            shared.open.set(true);
            shared.retry_ms.set(FIRST_RETRY_MS);
            send(shared, &envelope.hello());
            let presence = shared.presence.borrow().clone();
            if let Some(state) = presence {
                if let Ok(frame) = envelope.presence(&state).await {
                    send(shared, &frame);
                }
            }
        }
        Event::Frame(data) => {
            // A frame that is not y-websocket, or cannot be opened, is skipped: the relay
            // cannot vouch for ciphertext, and one bad entry must not stop the session.
            let Ok(received) = envelope.receive(&data, now()).await else {
                return;
            };
            for reply in &received.replies {
                send(shared, reply);
            }
            if !received.updates.is_empty() {
                shared.events.updates(received.updates);
            }
            for (client, state) in received.presence {
                shared.events.presence(client, state);
            }
            if received.confirmed {
                shared.events.confirmed();
            }
            shared.ever_connected.set(true);
            say(
                shared,
                Status::Connected {
                    peers: envelope.peer_count(),
                },
            );
        }
        Event::Closed => {
            let was_open = shared.open.replace(false);
            shared.socket.borrow_mut().take();
            if shared.stopped.get() {
                return;
            }
            say(
                shared,
                if shared.ever_connected.get() {
                    Status::Reconnecting
                } else {
                    Status::Offline
                },
            );
            let wait = if was_open {
                FIRST_RETRY_MS
            } else {
                shared.retry_ms.get()
            };
            shared.retry_ms.set((wait * 2).min(LAST_RETRY_MS));
            let weak = Rc::downgrade(shared);
            let retry = Closure::once_into_js(move || {
                if let Some(shared) = weak.upgrade() {
                    connect(&shared);
                }
            });
            set_timeout(retry.unchecked_ref(), wait);
        }
        Event::Edit(update) => {
            if let Ok(frame) = envelope.push(&update).await {
                send(shared, &frame);
            }
            if envelope.should_compact() {
                if let Ok(frame) = envelope.compact(&shared.events.snapshot()).await {
                    send(shared, &frame);
                }
            }
        }
        Event::Presence(state) => {
            if let Ok(frame) = envelope.presence(&state).await {
                send(shared, &frame);
            }
            *shared.presence.borrow_mut() = Some(state);
        }
        Event::Tick => {
            let presence = shared.presence.borrow().clone();
            if let Some(state) = presence {
                if let Ok(frame) = envelope.presence(&state).await {
                    send(shared, &frame);
                }
            }
            let gone = envelope.expire_peers(now());
            for client in &gone {
                shared.events.presence(*client, None);
            }
            if !gone.is_empty() && shared.open.get() {
                say(
                    shared,
                    Status::Connected {
                        peers: envelope.peer_count(),
                    },
                );
            }
        }
    }
}
