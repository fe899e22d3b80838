//! Messages between the app and its sync worker. The worker's files keep their names from one
//! build to the next (Trunk does not hash a worker), so a cached worker of another version may
//! answer: every message starts with [`VERSION`], and a message of another version is refused.

use serde::{Deserialize, Serialize};

use super::record::Edit;

/// The version of these messages; the first byte of each.
pub const VERSION: u8 = 1;

/// From the app to its worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum ToWorker {
    /// Work on the saved model `model_id`. `seed`: this tab had the model first, so the
    /// document starts from `model` (the model's JSON) at once; otherwise the worker joins the
    /// other tabs' document, and starts it from `model` only when no tab answers.
    Open {
        model_id: String,
        model: String,
        seed: bool,
    },
    /// This tab's edits, numbered: the worker acknowledges the last one it merged.
    Edits { seq: u64, edits: Vec<Edit> },
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum ToApp {
    /// The worker runs and listens (messages sent before are lost: the app waits for this).
    Ready,
    /// The others' edits. `ack`: the last of this tab's edits the document held when they
    /// were merged; this tab's later edits of the same fields come after them and win.
    Patch { ack: u64, edits: Vec<Edit> },
    /// The document as a whole model (its JSON), when it differs from what this tab opened
    /// with: the other tabs had it first.
    Model { ack: u64, model: String },
    /// The worker cannot go on (a message it cannot read, a document it cannot apply).
    Failed { reason: String },
    /// The live session's state: `connected`, `reconnecting` or `offline`, and how many
    /// other people are here.
    LiveStatus { status: LiveStatus, peers: usize },
    /// Another person's presence (their app's JSON), `None` when they left.
    Presence { client: u64, state: Option<String> },
}

/// A live session's state, as the session badge shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveStatus {
    Connected,
    /// The connection dropped; edits are kept and merged when it is back.
    Reconnecting,
    /// The relay could not be reached: said once, work goes on locally.
    Offline,
}

/// Why a message was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// Another version of the messages (a worker or an app from another build).
    Version(u8),
    /// Not a message of this version.
    Malformed,
}

/// A message as bytes: the version, then its JSON.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    let mut bytes = vec![VERSION];
    // Serialising these types cannot fail: plain enums, strings and JSON values.
    let _ = serde_json::to_writer(&mut bytes, message);
    bytes
}

/// A message from bytes written by [`encode`].
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, WireError> {
    match bytes.split_first() {
        Some((&VERSION, json)) => serde_json::from_slice(json).map_err(|_| WireError::Malformed),
        Some((&other, _)) => Err(WireError::Version(other)),
        None => Err(WireError::Malformed),
    }
}
