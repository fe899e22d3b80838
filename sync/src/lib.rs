//! Kontaktpunkt's shared document and its sync worker.
//!
//! The document is yrs (the Rust port of Yjs, and wire-compatible with it). It runs in a Web
//! Worker of its own build (`src/bin/worker.rs`), fetched only when a second tab opens the
//! same model or a live session starts, so the app's first load stays without it. The app
//! keeps its model and reducer and talks to the worker in field edits
//! (`kontaktpunkt_core::edits`).
//!
//! - [`doc`]: the model as a document (root maps per kind, flat field keys) and back.
//! - [`order`]: fractional indices for the order of records.
//! - [`peers`]: the frames the workers of tabs exchange (sync steps and updates).
//! - [`session`]: one worker's state: the document, what the app sent, what peers sent.
//! - [`live`]: a live session through a relay that only ever sees ciphertext.
//! - [`round_room`]: a rating round's answers in a room of the relay, sealed the same way.

pub mod doc;
pub mod live;
pub mod order;
pub mod peers;
pub mod round_room;
pub mod session;
