//! Field edits: a model as records of plain fields, the edits between two versions of it, and
//! the messages between the app and its sync worker.
//!
//! The app keeps its [`Model`](crate::Model) and reducer; after each local action it sends
//! the worker [`diff`]`(old, new)`, and it applies the others' edits with [`patch`]. The
//! worker (crate `kontaktpunkt-sync`) keeps the shared document, one root map per [`Kind`]
//! keyed `"<record>/<field>"` ([`field_key`]), so concurrent edits of two fields never touch
//! each other. Nothing here knows the document engine: the app's first load stays without it.

mod diff;
mod patch;
mod record;
mod tracker;
pub mod wire;

pub use diff::diff;
pub use patch::patch;
pub use record::{field_key, records, split_field_key, Edit, Kind, ORDER_FIELD};
pub use tracker::Tracker;
