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
}

/// From the worker to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ToApp {
    /// The worker runs and listens (messages sent before are lost: the app waits for this).
    Ready,
    /// The document as a whole model (its JSON), numbered `offer`: others' edits or an undo
    /// arrived. `ack`: the last of this tab's models the document holds; a tab that changed
    /// its model since leaves this one, and the worker sends a newer one after that change.
    Model { ack: u64, offer: u64, model: String },
    /// The worker cannot go on (a message it cannot read, a document it cannot apply).
    Failed { reason: String },
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
            _ => return None,
        })
    }
}

impl Message for ToApp {
    fn to_json(&self) -> Value {
        match self {
            ToApp::Ready => json!(["ready"]),
            ToApp::Model { ack, offer, model } => json!(["model", ack, offer, model]),
            ToApp::Failed { reason } => json!(["failed", reason]),
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
            },
            "failed" => ToApp::Failed {
                reason: text(a.get(1))?,
            },
            _ => return None,
        })
    }
}
