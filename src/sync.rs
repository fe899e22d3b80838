//! Tabs on one model merge field by field. Web APIs: `BroadcastChannel` and `Worker`.
//!
//! Without a worker: every tab says which model it has open on one channel (`kp-tabs`,
//! "who has model X?" / "I have X"). Only when two tabs have the same model does each spawn
//! the sync worker (`sync/`, yrs, its own build): the tab that had it first starts the shared
//! document from its model, the other joins it. A first visit, or one tab alone, never
//! fetches the worker. The workers then exchange the document's updates over a channel of
//! their own per model; the app sends its worker its whole model after each local change (the
//! worker finds the fields that changed) and takes the document back as a whole model, no
//! undo step ([`Msg::Remote`]), but only while its own model is still the one the worker knows
//! (`Turns`: a change not sent yet goes first). While linked, undo and redo are the worker's:
//! it takes back this tab's own steps only.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::Uint8Array;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::turns::Turns;
use kontaktpunkt_core::edits::wire::{decode, encode, ToApp, ToWorker};
use kontaktpunkt_core::Model;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent, Worker};

use kontaktpunkt_core::io::presence::Presence;

use crate::store::live::LiveMsg;
use crate::store::Msg;

thread_local! {
    /// The model whose document this tab's worker holds: the other tabs' saves of it come
    /// through the worker, field by field, not as whole models (`hooks::other_tabs`).
    static LINKED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// This tab's running link: undo and redo go to its worker.
    static ACTIVE: RefCell<Weak<Link>> = const { RefCell::new(Weak::new()) };
}

/// Hands an undo (`false`: a redo) to the sync worker when this tab is linked; `false` when
/// it is not, and the history undoes as usual.
pub fn undo_in_worker(undo: bool) -> bool {
    let Some(link) = ACTIVE.with_borrow(Weak::upgrade) else {
        return false;
    };
    link.send(&if undo { ToWorker::Undo } else { ToWorker::Redo });
    true
}

/// Whether this tab merges `model_id` with other tabs through its worker.
pub fn is_linked(model_id: &str) -> bool {
    LINKED.with_borrow(|linked| linked.as_deref() == Some(model_id))
}

/// Reads the tab's model now: the store's, which a dispatch changes at once (the effect that
/// sends a change to the worker runs later).
pub type CurrentModel = Rc<dyn Fn() -> Rc<Model>>;

/// The channel on which tabs say which model they have open.
const TABS_CHANNEL: &str = "kp-tabs";

/// What a tab says on the tabs' channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announce {
    /// Who has this model open?
    Who(String),
    /// I have this model open.
    Have(String),
}

impl Announce {
    fn text(&self) -> String {
        match self {
            Announce::Who(id) => format!("who:{id}"),
            Announce::Have(id) => format!("have:{id}"),
        }
    }

    fn parse(text: &str) -> Option<Announce> {
        if let Some(id) = text.strip_prefix("who:") {
            return Some(Announce::Who(id.to_string()));
        }
        text.strip_prefix("have:")
            .map(|id| Announce::Have(id.to_string()))
    }
}

/// The tabs' channel; `heard` gets what other tabs say. Dropping it stops listening.
pub struct TabsChannel {
    channel: BroadcastChannel,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl TabsChannel {
    /// Listens on the tabs' channel: `heard` gets what another tab said and a way to answer.
    pub fn open(heard: impl Fn(Announce, &dyn Fn(&Announce)) + 'static) -> Option<Self> {
        let channel = BroadcastChannel::new(TABS_CHANNEL).ok()?;
        let answering = channel.clone();
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(announce) = event.data().as_string().and_then(|t| Announce::parse(&t)) {
                heard(announce, &|answer: &Announce| {
                    let _ = answering.post_message(&answer.text().into());
                });
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Self {
            channel,
            _listener: listener,
        })
    }

    pub fn say(&self, announce: &Announce) {
        let _ = self.channel.post_message(&announce.text().into());
    }
}

impl Drop for TabsChannel {
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// This tab's sync worker for one model. Dropping it ends the worker.
pub struct Link {
    pub model_id: String,
    worker: Worker,
    /// Messages kept until the worker says it listens.
    waiting: RefCell<Option<Vec<Vec<u8>>>>,
    /// What the worker knows of this tab's model: which of its models the tab may take.
    turns: RefCell<Turns>,
    current: CurrentModel,
    /// The worker failed (its script could not be fetched, offline before it was ever kept,
    /// or it stopped): messages are dropped and the tab is no longer linked.
    failed: std::cell::Cell<bool>,
    _listener: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Link {
    /// Spawns the worker for `model_id`; `current` reads the tab's model now. `seed`: this
    /// tab had the model first. `dispatch` gets the others' edits.
    pub fn start(
        model_id: &str,
        current: CurrentModel,
        seed: bool,
        dispatch: impl Fn(Msg) + 'static,
    ) -> Option<Rc<Link>> {
        let worker = Worker::new(crate::round_live::WORKER_BESIDE_APP).ok()?;
        // Undo from here on is the worker's, which knows only the steps made after linking.
        dispatch(Msg::Linked);
        let model = current();
        let link = Rc::new_cyclic(|weak: &std::rc::Weak<Link>| {
            let failing = weak.clone();
            let weak = weak.clone();
            let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let bytes = Uint8Array::new(&event.data()).to_vec();
                if let (Some(link), Ok(message)) = (weak.upgrade(), decode::<ToApp>(&bytes)) {
                    link.received(message, &dispatch);
                }
            });
            worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if let Some(link) = failing.upgrade() {
                    link.fail();
                }
            });
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            Link {
                model_id: model_id.to_string(),
                worker,
                waiting: RefCell::new(Some(Vec::new())),
                turns: RefCell::new(Turns::new(Rc::clone(&model))),
                current,
                failed: std::cell::Cell::new(false),
                _listener: listener,
                _on_error: on_error,
            }
        });
        LINKED.with_borrow_mut(|linked| *linked = Some(model_id.to_string()));
        ACTIVE.with_borrow_mut(|active| *active = Rc::downgrade(&link));
        link.send(&ToWorker::Open {
            model_id: model_id.to_string(),
            model: serde_json::to_string(&*model).unwrap_or_default(),
            seed,
        });
        Some(link)
    }

    fn send(&self, message: &ToWorker) {
        if self.failed.get() {
            return;
        }
        let bytes = encode(message);
        if let Some(waiting) = self.waiting.borrow_mut().as_mut() {
            waiting.push(bytes);
            return;
        }
        let _ = self
            .worker
            .post_message(&Uint8Array::from(bytes.as_slice()));
    }

    /// The worker cannot work: this tab goes back to taking another tab's saves as whole
    /// versions (`hooks::other_tabs`, with its notice) and to its own undo, so that the two
    /// tabs never write over each other unseen.
    fn fail(&self) {
        if self.failed.replace(true) {
            return;
        }
        gloo::console::warn!("sync worker failed: tabs no longer merge");
        self.waiting.borrow_mut().take();
        self.unlink();
    }

    fn unlink(&self) {
        LINKED.with_borrow_mut(|linked| {
            if linked.as_deref() == Some(self.model_id.as_str()) {
                *linked = None;
            }
        });
        ACTIVE.with_borrow_mut(|active| {
            if std::ptr::eq(active.as_ptr(), self) {
                *active = Weak::new();
            }
        });
    }

    /// This tab's model after a change goes to the worker, numbered.
    pub fn changed(&self, model: &Rc<Model>) {
        let message = self.turns.borrow_mut().changed(model);
        self.send(&message);
    }

    /// Joins the live session of `fragment` through `relay`.
    pub fn live(&self, relay: &str, fragment: &str) {
        self.send(&ToWorker::Live {
            relay: relay.to_string(),
            link: fragment.to_string(),
        });
    }

    /// This person's presence, to the others.
    pub fn presence(&self, me: &Presence) {
        self.send(&ToWorker::Presence {
            state: me.to_json(),
        });
    }

    /// The page is visible again: catch up with what the others did meanwhile.
    pub fn wake(&self) {
        self.send(&ToWorker::Wake);
    }

    fn received(&self, message: ToApp, dispatch: &impl Fn(Msg)) {
        match message {
            ToApp::Ready => {
                let waiting = self.waiting.borrow_mut().take().unwrap_or_default();
                for bytes in waiting {
                    let _ = self
                        .worker
                        .post_message(&Uint8Array::from(bytes.as_slice()));
                }
            }
            // A model the worker made before this tab's latest change, sent or still to be
            // sent: taking it would drop that change. A newer one follows the change.
            ToApp::Model { ack, .. } if !self.turns.borrow().may_take(ack, &(self.current)()) => {}
            ToApp::Model {
                offer,
                model,
                marked,
                ..
            } => {
                if let Ok(model) = model_from_json(&model) {
                    crate::live::mark_edited(&marked);
                    // The store takes it at once (a dispatch reduces synchronously).
                    dispatch(Msg::Remote(model));
                    self.turns.borrow_mut().took(offer, (self.current)());
                }
            }
            ToApp::Failed { reason } => gloo::console::warn!("sync worker:", reason),
            ToApp::LiveStatus { status, peers } => {
                dispatch(Msg::Live(LiveMsg::Status(status, peers)));
            }
            ToApp::Presence { client, state } => {
                let presence = state.as_deref().and_then(Presence::parse);
                dispatch(Msg::Live(LiveMsg::Presence(client, presence)));
            }
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.worker.terminate();
        self.unlink();
    }
}
