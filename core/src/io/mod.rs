//! The input/output layer: share links, the CSV layout, Excel workbooks read for the import,
//! the demo model and the names of downloaded files. Every outside value passes the domain's
//! one gate, [`crate::domain::validate::restore`].

pub mod csv_io;
pub mod demo;
pub mod file_name;
pub mod inflate;
pub mod share;
pub mod xlsx;
