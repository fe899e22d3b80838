//! Kontaktpunkt's pure core: the touchpoint model, the reducer, every figure of the method,
//! the CSV layout and the text catalogue. No browser APIs here, so all of it is tested natively.

pub mod action;
pub mod analysis;
pub mod chart;
pub mod csv_io;
pub mod demo;
pub mod embed;
pub mod error;
pub mod filter;
pub mod history;
pub mod i18n;
pub mod kpis;
pub mod library;
pub mod model;
pub mod plan;
pub mod selfcheck;
pub mod share;
pub mod tracking;
pub mod validate;

pub use action::Action;
pub use error::ModelError;
pub use i18n::{Lang, Texts};
pub use model::Model;
