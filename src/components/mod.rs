//! One component per file; data comes down as props, changes go up as callbacks or through
//! the store's verbs.

pub mod empty_state;
pub mod error_banner;
pub mod header;
pub mod index_summary;
pub mod touchpoint_table;

/// Formats an experience index (0..100) or the catalogue's "no data".
pub fn format_index(value: Option<f64>, no_data: &str) -> String {
    value.map_or_else(|| no_data.to_string(), |v| format!("{v:.0}"))
}
