//! A rating round's room (`kontaktpunkt_sync::round_room`) in the worker: the rater's page asks
//! it to send an answer, the consultant's view to listen. Its messages are the short texts of
//! `kontaktpunkt_core::rounds::live`, in the fragment of the worker's address or as text
//! messages, told apart from the model's wire bytes by being text.

use std::cell::{Cell, RefCell};

use kontaktpunkt_core::rounds::link::live_part;
use kontaktpunkt_core::rounds::live::{FromRoomWorker, ToRoomWorker};
use kontaktpunkt_sync::live::connection::{Live, LiveEvents, Status};
use kontaktpunkt_sync::live::webcrypto::{random_bytes, WebCryptoCipher};
use kontaktpunkt_sync::live::Envelope;
use kontaktpunkt_sync::round_room::RoundRoom;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::DedicatedWorkerGlobalScope;

/// Client ids are below 2^53, as Yjs peers read them as JavaScript numbers.
const CLIENT_BITS: u64 = (1 << 53) - 1;

thread_local! {
    static ROOM: RoundRoom = RoundRoom::default();
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
}

fn post(value: &JsValue) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(value);
}

/// To the rounds view.
fn tell(message: &FromRoomWorker) {
    post(&JsValue::from_str(&message.text()));
}

/// To the rater's page: whether the relay took the answer (`false`: not now, or failed).
fn tell_rater(sent: bool) {
    post(&JsValue::from_bool(sent));
}

/// A failure, to whichever page asked.
fn failed(listening: bool) {
    if listening {
        tell(&FromRoomWorker::Failed);
    } else {
        tell_rater(false);
    }
}

struct Events {
    /// The consultant's view: every change of the room goes to it.
    listening: bool,
    /// The rater's answer is with the relay: a later dropped connection changes nothing.
    sent: Cell<bool>,
}

impl LiveEvents for Events {
    fn updates(&self, updates: Vec<Vec<u8>>) {
        // A damaged update is skipped; the rest of the room still reads.
        ROOM.with(|room| {
            for update in &updates {
                room.apply(update);
            }
        });
        if self.listening {
            tell(&FromRoomWorker::Answers(ROOM.with(RoundRoom::answers)));
        }
    }
    fn presence(&self, _client: u64, _state: Option<Vec<u8>>) {}
    fn status(&self, status: Status) {
        match status {
            // Connected: the view learns it listens, even while the room is empty.
            Status::Connected { .. } if self.listening => {
                tell(&FromRoomWorker::Answers(ROOM.with(RoundRoom::answers)))
            }
            Status::Connected { .. } => {}
            Status::Offline | Status::Reconnecting if self.listening => {
                tell(&FromRoomWorker::Offline)
            }
            Status::Offline | Status::Reconnecting if !self.sent.get() => tell_rater(false),
            Status::Offline | Status::Reconnecting => {}
        }
    }
    fn snapshot(&self) -> Vec<u8> {
        ROOM.with(RoundRoom::full_update)
    }
    fn confirmed(&self) {
        if !self.listening && !self.sent.replace(true) {
            tell_rater(true);
        }
    }
}

/// A page that spawned this worker for a round's room gave its message in the fragment of
/// the worker's address (`src/round_live.rs`), where its spaces are `%20`.
pub fn from_address() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let fragment = scope.location().hash();
    let text = fragment
        .strip_prefix('#')
        .and_then(|f| js_sys::decode_uri_component(f).ok())
        .and_then(|t| t.as_string());
    if let Some(text) = text {
        from_page(&text);
    }
}

/// Takes a page's text message; `false` when it is none of the round room's.
pub fn from_page(text: &str) -> bool {
    let Some(message) = ToRoomWorker::read(text) else {
        return false;
    };
    let (relay, round, answer) = match message {
        ToRoomWorker::Send {
            relay,
            round,
            answer,
        } => (relay, round, Some(answer)),
        ToRoomWorker::Listen { relay, round } => (relay, round, None),
    };
    wasm_bindgen_futures::spawn_local(async move {
        if join(&relay, &round, answer.as_deref()).await.is_none() {
            failed(answer.is_none());
        }
    });
    true
}

/// Joins the round's room, putting `answer` in first when given.
async fn join(relay: &str, round: &str, answer: Option<&str>) -> Option<()> {
    let session = live_part(round).ok().flatten()?;
    let cipher = WebCryptoCipher::import(&session.key).await.ok()?;
    let client = u64::from_le_bytes(random_bytes::<8>().ok()?) & CLIENT_BITS;
    let update = match answer {
        Some(answer) => Some(ROOM.with(|room| room.put(answer)).ok()?),
        None => None,
    };
    let url = format!("{}/{}", relay.trim_end_matches('/'), session.room_name());
    let events = Events {
        listening: update.is_none(),
        sent: Cell::new(false),
    };
    let live = Live::join(url, Envelope::new(cipher, client), Box::new(events));
    if let Some(update) = update {
        live.edit(update);
    }
    if let Some(old) = LIVE.replace(Some(live)) {
        old.leave();
    }
    Some(())
}
