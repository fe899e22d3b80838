//! The sync worker: a Web Worker of its own build (`index.html`, `data-type="worker"`), so
//! yrs never weighs on the app's first load. It holds the shared document of the model its
//! tab has open ([`kontaktpunkt_sync::session`]) and talks to the other tabs' workers over a
//! `BroadcastChannel` named after the model.
//!
//! Messages with the app: bytes (`Uint8Array`) in the form of `kontaktpunkt_core::edits::wire`
//! (a version byte first). A live connection plugs in beside the channel: see `Links`. Text
//! messages are a rating round's room (`rounds`), from the rater's page or the rounds view.

#[cfg(target_arch = "wasm32")]
#[path = "worker/rounds.rs"]
mod rounds;

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use js_sys::Uint8Array;
    use kontaktpunkt_core::edits::wire::{decode, encode, ToApp, ToWorker, WireError};
    use kontaktpunkt_sync::live::connection::Live;
    use kontaktpunkt_sync::peers::Frame;
    use kontaktpunkt_sync::session::{Out, Session};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{BroadcastChannel, DedicatedWorkerGlobalScope, MessageEvent};

    /// How long a joining tab waits for the others' document before it starts one itself.
    const SETTLE_MS: i32 = 3_000;

    /// Where the session's output goes: the app (this worker's scope) and the peers. A live
    /// connection is one more peer: add it here and send it every `Out::Peers` update.
    struct Links {
        scope: DedicatedWorkerGlobalScope,
        tabs: Option<BroadcastChannel>,
        live: Option<Live>,
        /// A live session is being joined: the room's document, not the model the tab
        /// opened with, starts the shared document.
        joining_live: bool,
    }

    thread_local! {
        static SESSION: RefCell<Session> = RefCell::new(Session::new());
        static LINKS: RefCell<Option<Links>> = const { RefCell::new(None) };
    }

    fn bytes(event: &MessageEvent) -> Vec<u8> {
        Uint8Array::new(&event.data()).to_vec()
    }

    /// Sends what a step of the session produced. The session is not borrowed here.
    fn send(outs: Vec<Out>) {
        LINKS.with_borrow(|links| {
            let Some(links) = links else { return };
            for out in outs {
                match out {
                    Out::App(message) => {
                        let data = Uint8Array::from(encode(&message).as_slice());
                        let _ = links.scope.post_message(&data);
                    }
                    Out::Peers(frame) => {
                        if let (Some(live), Frame::Update(update)) = (&links.live, &frame) {
                            live.edit(update.clone());
                        }
                        if let Some(tabs) = &links.tabs {
                            let _ = tabs.post_message(&Uint8Array::from(frame.encode().as_slice()));
                        }
                    }
                }
            }
        });
    }

    fn step(f: impl FnOnce(&mut Session) -> Vec<Out>) {
        let outs = SESSION.with_borrow_mut(f);
        send(outs);
    }

    fn from_app(data: &[u8]) {
        let message = match decode::<ToWorker>(data) {
            Ok(message) => message,
            Err(WireError::Version(v)) => {
                return send(vec![Out::App(ToApp::Failed {
                    reason: format!("version {v}"),
                })])
            }
            Err(WireError::Malformed) => return,
        };
        match message {
            ToWorker::Open { ref model_id, .. } => open_channel(model_id),
            ToWorker::Live { relay, link } => return live::join(relay, &link),
            ToWorker::Presence { state } => return live::presence(state),
            ToWorker::LeaveLive => return live::leave(),
            _ => {}
        }
        step(|session| session.from_app(message));
    }

    /// The channel of this model's tabs, and the timer after which a joining tab that heard
    /// nobody starts the document itself.
    fn open_channel(model_id: &str) {
        let Ok(channel) = BroadcastChannel::new(&format!("kp-sync-{model_id}")) else {
            return;
        };
        let on_frame = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let data = bytes(&event);
            // Another tab's edit goes on to the live session's room, if this tab is in one.
            if let Some(Frame::Update(update)) = Frame::decode(&data) {
                LINKS.with_borrow(|links| {
                    if let Some(live) = links.as_ref().and_then(|l| l.live.as_ref()) {
                        live.edit(update);
                    }
                });
            }
            step(|session| session.from_peer(&data));
        });
        channel.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
        on_frame.forget();
        LINKS.with_borrow_mut(|links| {
            if let Some(links) = links {
                if let Some(old) = links.tabs.replace(channel) {
                    old.close();
                }
                let settle = Closure::once_into_js(|| {
                    if !LINKS.with_borrow(|l| l.as_ref().is_some_and(|l| l.joining_live)) {
                        step(Session::settle)
                    }
                });
                let _ = links
                    .scope
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        settle.unchecked_ref(),
                        SETTLE_MS,
                    );
            }
        });
    }

    /// The live session: the connection to the relay (`kontaktpunkt_sync::live`) as one more
    /// peer of this worker's session.
    mod live {
        use kontaktpunkt_core::edits::wire::{LiveStatus, ToApp};
        use kontaktpunkt_core::io::session::Session as SessionLink;
        use kontaktpunkt_sync::live::connection::{Live, LiveEvents, Status};
        use kontaktpunkt_sync::live::webcrypto::{random_bytes, WebCryptoCipher};
        use kontaktpunkt_sync::live::Envelope;
        use kontaktpunkt_sync::peers::Frame;
        use kontaktpunkt_sync::session::Out;

        use super::{send, step, LINKS, SESSION};

        /// Client ids are below 2^53, as Yjs peers read them as JavaScript numbers.
        const CLIENT_BITS: u64 = (1 << 53) - 1;

        struct Events;

        impl LiveEvents for Events {
            fn updates(&self, updates: Vec<Vec<u8>>) {
                for update in updates {
                    step(|session| session.from_update(&update));
                    // The room's edits reach this model's other tabs too.
                    LINKS.with_borrow(|links| {
                        if let Some(tabs) = links.as_ref().and_then(|l| l.tabs.as_ref()) {
                            let frame = Frame::Update(update).encode();
                            let _ = tabs.post_message(&js_sys::Uint8Array::from(frame.as_slice()));
                        }
                    });
                }
                LINKS.with_borrow_mut(|l| {
                    if let Some(l) = l {
                        l.joining_live = false;
                    }
                });
            }
            fn presence(&self, client: u64, state: Option<Vec<u8>>) {
                let state = state.and_then(|s| String::from_utf8(s).ok());
                send(vec![Out::App(ToApp::Presence { client, state })]);
            }
            fn status(&self, status: Status) {
                let (status, peers) = match status {
                    Status::Connected { peers } => (LiveStatus::Connected, peers),
                    Status::Reconnecting => (LiveStatus::Reconnecting, 0),
                    Status::Offline => (LiveStatus::Offline, 0),
                };
                send(vec![Out::App(ToApp::LiveStatus { status, peers })]);
            }
            fn snapshot(&self) -> Vec<u8> {
                SESSION.with_borrow(|session| session.doc().full_update())
            }
        }

        fn failed(reason: String) {
            send(vec![Out::App(ToApp::Failed { reason })]);
        }

        pub fn join(relay: String, link: &str) {
            let session = match SessionLink::decode(link) {
                Ok(session) => session,
                Err(e) => return failed(e.to_string()),
            };
            let joining = SESSION.with_borrow(|s| s.doc().is_empty());
            LINKS.with_borrow_mut(|l| {
                if let Some(l) = l {
                    l.joining_live = joining;
                }
            });
            wasm_bindgen_futures::spawn_local(async move {
                let cipher = match WebCryptoCipher::import(&session.key).await {
                    Ok(cipher) => cipher,
                    Err(e) => return failed(e.to_string()),
                };
                let client = match random_bytes::<8>() {
                    Ok(bytes) => u64::from_le_bytes(bytes) & CLIENT_BITS,
                    Err(e) => return failed(e.to_string()),
                };
                let url = format!("{}/{}", relay.trim_end_matches('/'), session.room_name());
                let live = Live::join(url, Envelope::new(cipher, client), Box::new(Events));
                // What this tab has goes to the room first (nothing when it is joining).
                let have =
                    SESSION.with_borrow(|s| (!s.doc().is_empty()).then(|| s.doc().full_update()));
                if let Some(update) = have {
                    live.edit(update);
                }
                LINKS.with_borrow_mut(|l| {
                    if let Some(l) = l {
                        if let Some(old) = l.live.replace(live) {
                            old.leave();
                        }
                    }
                });
            });
        }

        pub fn presence(state: String) {
            LINKS.with_borrow(|l| {
                if let Some(live) = l.as_ref().and_then(|l| l.live.as_ref()) {
                    live.set_presence(state.into_bytes());
                }
            });
        }

        pub fn leave() {
            let live = LINKS.with_borrow_mut(|l| l.as_mut().and_then(|l| l.live.take()));
            if let Some(live) = live {
                live.leave();
            }
        }
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            // Text is a rating round's room (`rounds`); the model's messages are bytes.
            if let Some(text) = event.data().as_string() {
                super::rounds::from_page(&text);
                return;
            }
            from_app(&bytes(&event));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        LINKS.with_borrow_mut(|links| {
            *links = Some(Links {
                scope,
                tabs: None,
                live: None,
                joining_live: false,
            })
        });
        send(vec![Out::App(ToApp::Ready)]);
        super::rounds::from_address();
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    web::start();
}
