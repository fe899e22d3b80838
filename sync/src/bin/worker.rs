//! The sync worker: a Web Worker of its own build (`index.html`, `data-type="worker"`), so
//! yrs never weighs on the app's first load. It holds the shared document of the model its
//! tab has open ([`kontaktpunkt_sync::session`]) and talks to the other tabs' workers over a
//! `BroadcastChannel` named after the model.
//!
//! Messages with the app: bytes (`Uint8Array`) in the form of `kontaktpunkt_core::edits::wire`
//! (a version byte first). A live connection plugs in beside the channel: see `Links`.

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    use js_sys::Uint8Array;
    use kontaktpunkt_core::edits::wire::{decode, encode, ToApp, ToWorker, WireError};
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
        if let ToWorker::Open { model_id, .. } = &message {
            open_channel(model_id);
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
            step(|session| session.from_peer(&data));
        });
        channel.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
        on_frame.forget();
        LINKS.with_borrow_mut(|links| {
            if let Some(links) = links {
                if let Some(old) = links.tabs.replace(channel) {
                    old.close();
                }
                let settle = Closure::once_into_js(|| step(Session::settle));
                let _ = links
                    .scope
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        settle.unchecked_ref(),
                        SETTLE_MS,
                    );
            }
        });
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            from_app(&bytes(&event));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        LINKS.with_borrow_mut(|links| *links = Some(Links { scope, tabs: None }));
        send(vec![Out::App(ToApp::Ready)]);
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    web::start();
}
