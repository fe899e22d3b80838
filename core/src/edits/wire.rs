//! Messages between the app and its sync worker. The worker's files keep their names from one
//! build to the next (Trunk does not hash a worker), so a cached worker of another version may
//! answer: every message starts with [`VERSION`], and a message of another version is refused.
//!
//! After the version byte, a JSON array: `[tag, …]`. Written and read by hand through
//! `serde_json::Value`, whose code the app has anyway: derived enum (de)serialisers would
//! weigh on the app's first load.

use serde_json::{json, Value};

/// The version of these messages; the first byte of each.
pub const VERSION: u8 = 2;

/// From the app to its worker.
#[derive(Clone, Debug, PartialEq)]
pub enum ToWorker {
    /// Work on the saved model `model_id`. `seed`: this tab had the model first, so the
    /// document starts from `model` (the model's JSON) at once; otherwise the worker joins the
    /// other tabs' document, and starts it from `model` only when no tab answers.
    Open {
        model_id: String,
        model: String,
        seed: bool,
    },
    /// This tab's whole model (its JSON) after a local change, numbered: the worker writes
    /// the fields that changed and acknowledges the number. `took`: the last of the worker's
    /// models the tab took (0: none), the version this change was made on.
    Model { seq: u64, took: u64, model: String },
    /// Take back this tab's last own step in the document (others' edits stay).
    Undo,
    /// Do again what [`ToWorker::Undo`] took back.
    Redo,
    /// The page is visible again (it may have slept): catch up with the other tabs.
    Wake,
    /// Join the live session of a session link (`ks1.<room>.<key>`, docs/collaboration.md)
    /// through the relay at `relay` (a ws:// or wss:// address), for the model opened.
    Live { relay: String, link: String },
    /// This person's presence in the live session: the app's JSON (name, colour, the
    /// touchpoint being edited), sealed before it leaves the worker.
    Presence { state: String },
    /// Leave the live session (the others see this person go).
    LeaveLive,
}

/// From the worker to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ToApp {
    /// The worker runs and listens (messages sent before are lost: the app waits for this).
    Ready,
    /// The document as a whole model (its JSON), numbered `offer`: others' edits or an undo
    /// arrived. `ack`: the last of this tab's models the document holds; a tab that changed
    /// its model since leaves this one, and the worker sends a newer one after that change.
    /// `marked`: the touchpoints (their ids) others edited since the last model, for the
    /// screen to mark for a moment.
    Model {
        ack: u64,
        offer: u64,
        model: String,
        marked: Vec<u64>,
    },
    /// The worker cannot go on (a message it cannot read, a document it cannot apply).
    Failed { reason: String },
    /// The live session's state: `connected`, `reconnecting` or `offline`, and how many
    /// other people are here.
    LiveStatus { status: LiveStatus, peers: usize },
    /// Another person's presence (their app's JSON), `None` when they left.
    Presence { client: u64, state: Option<String> },
}

/// A live session's state, as the session badge shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveStatus {
    Connected,
    /// The connection dropped; edits are kept and merged when it is back.
    Reconnecting,
    /// The relay could not be reached: said once, work goes on locally.
    Offline,
}

impl LiveStatus {
    const NAMES: [(LiveStatus, &'static str); 3] = [
        (LiveStatus::Connected, "connected"),
        (LiveStatus::Reconnecting, "reconnecting"),
        (LiveStatus::Offline, "offline"),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("offline", |(_, n)| n)
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(s, _)| *s)
    }
}

/// Why a message was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// Another version of the messages (a worker or an app from another build).
    Version(u8),
    /// Not a message of this version.
    Malformed,
}

/// A message as JSON, and back.
pub trait Message: Sized {
    fn to_json(&self) -> Value;
    fn from_json(value: &Value) -> Option<Self>;
}

/// A message as bytes: the version, then its JSON.
pub fn encode<T: Message>(message: &T) -> Vec<u8> {
    let mut bytes = vec![VERSION];
    bytes.extend(message.to_json().to_string().into_bytes());
    bytes
}

/// A message from bytes written by [`encode`].
pub fn decode<T: Message>(bytes: &[u8]) -> Result<T, WireError> {
    match bytes.split_first() {
        Some((&VERSION, json)) => std::str::from_utf8(json)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(text).ok())
            .and_then(|value| T::from_json(&value))
            .ok_or(WireError::Malformed),
        Some((&other, _)) => Err(WireError::Version(other)),
        None => Err(WireError::Malformed),
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

impl Message for ToWorker {
    fn to_json(&self) -> Value {
        match self {
            ToWorker::Open {
                model_id,
                model,
                seed,
            } => json!(["open", model_id, model, seed]),
            ToWorker::Model { seq, took, model } => json!(["model", seq, took, model]),
            ToWorker::Undo => json!(["undo"]),
            ToWorker::Redo => json!(["redo"]),
            ToWorker::Wake => json!(["wake"]),
            ToWorker::Live { relay, link } => json!(["live", relay, link]),
            ToWorker::Presence { state } => json!(["presence", state]),
            ToWorker::LeaveLive => json!(["leave_live"]),
        }
    }

    fn from_json(value: &Value) -> Option<Self> {
        let a = value.as_array()?;
        Some(match a.first()?.as_str()? {
            "open" => ToWorker::Open {
                model_id: text(a.get(1))?,
                model: text(a.get(2))?,
                seed: a.get(3)?.as_bool()?,
            },
            "model" => ToWorker::Model {
                seq: a.get(1)?.as_u64()?,
                took: a.get(2)?.as_u64()?,
                model: text(a.get(3))?,
            },
            "undo" => ToWorker::Undo,
            "redo" => ToWorker::Redo,
            "wake" => ToWorker::Wake,
            "live" => ToWorker::Live {
                relay: text(a.get(1))?,
                link: text(a.get(2))?,
            },
            "presence" => ToWorker::Presence {
                state: text(a.get(1))?,
            },
            "leave_live" => ToWorker::LeaveLive,
            _ => return None,
        })
    }
}

impl Message for ToApp {
    fn to_json(&self) -> Value {
        match self {
            ToApp::Ready => json!(["ready"]),
            ToApp::Model {
                ack,
                offer,
                model,
                marked,
            } => json!(["model", ack, offer, model, marked]),
            ToApp::Failed { reason } => json!(["failed", reason]),
            ToApp::LiveStatus { status, peers } => json!(["live_status", status.name(), peers]),
            ToApp::Presence { client, state } => json!(["presence", client, state]),
        }
    }

    fn from_json(value: &Value) -> Option<Self> {
        let a = value.as_array()?;
        Some(match a.first()?.as_str()? {
            "ready" => ToApp::Ready,
            "model" => ToApp::Model {
                ack: a.get(1)?.as_u64()?,
                offer: a.get(2)?.as_u64()?,
                model: text(a.get(3))?,
                marked: a
                    .get(4)?
                    .as_array()?
                    .iter()
                    .map(Value::as_u64)
                    .collect::<Option<_>>()?,
            },
            "failed" => ToApp::Failed {
                reason: text(a.get(1))?,
            },
            "live_status" => ToApp::LiveStatus {
                status: LiveStatus::from_name(a.get(1)?.as_str()?)?,
                peers: usize::try_from(a.get(2)?.as_u64()?).ok()?,
            },
            "presence" => ToApp::Presence {
                client: a.get(1)?.as_u64()?,
                state: match a.get(2)? {
                    Value::Null => None,
                    other => Some(other.as_str()?.to_string()),
                },
            },
            _ => return None,
        })
    }
}
