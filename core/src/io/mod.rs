//! The input/output layer: share links, the CSV layout and the demo model. Every outside
//! value passes the domain's one gate, [`crate::domain::validate::restore`].

pub mod csv_io;
pub mod demo;
pub mod share;
