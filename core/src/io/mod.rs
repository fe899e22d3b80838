//! The input/output layer: share links, the CSV layout, Excel workbooks read for the import,
//! the embedded widget's options from its query string, the demo model and the names of
//! downloaded files. Every outside model passes the domain's one gate,
//! [`crate::domain::validate::restore`].

pub mod csv_io;
pub mod deflate;
pub mod demo;
pub mod embed;
pub mod file_name;
pub mod import_command;
pub mod inflate;
pub mod presence;
pub mod session;
pub mod share;
pub mod xlsx;
