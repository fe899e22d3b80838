//! The input/output layer: share links, the CSV layout, Excel workbooks read for the import,
//! and the demo model. Every outside
//! value passes the domain's one gate, [`crate::domain::validate::restore`].

pub mod csv_io;
pub mod demo;
pub mod inflate;
pub mod share;
pub mod xlsx;
