//! Field edits: a model as records of plain fields, the edits between two versions of it, and
//! the messages between the app and its sync worker.
//!
//! The app keeps its [`Model`](crate::Model) and reducer; after each local action it sends
//! the worker its whole model ([`wire`]), and it takes the others' edits (and an undo of its
//! own steps while linked) as a whole model back. The worker (crate `kontaktpunkt-sync`)
//! [`diff`]s what the app sent against the app's previous version and keeps the shared
//! document, one root map per [`Kind`] keyed `"<record>/<field>"` ([`field_key`]), so
//! concurrent edits of two fields never touch each other. Only [`wire`] and [`turns`] (which of
//! the worker's models the app may take) are the app's: the rest is the worker's and never
//! linked into the app's first load.

mod diff;
mod patch;
mod record;
pub mod turns;
pub mod wire;

pub use diff::diff;
pub use patch::patch;
pub use record::{field_key, records, split_field_key, Edit, Kind, ORDER_FIELD};
