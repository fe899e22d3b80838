//! One component per file; data comes down as props, changes go up as callbacks or through
//! the store's verbs.

pub mod chart_kit;
pub mod error_banner;
pub mod gap_chart;
pub mod header;
pub mod incoming_view;
pub mod index_summary;
pub mod index_view;
pub mod inventory;
pub mod ipa_chart;
pub mod journey_chart;
pub mod kpi_view;
pub mod library_picker;
pub mod list_editor;
pub mod measures_view;
pub mod models_panel;
pub mod nav;
pub mod qr_code;
pub mod rating_input;
pub mod report_view;
pub mod selfcheck_view;
pub mod share_panel;
pub mod touchpoint_editor;
pub mod touchpoint_row;
pub mod tracking_view;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Formats an experience index (0..100) or the catalogue's "no data".
pub fn format_index(value: Option<f64>, no_data: &str) -> String {
    value.map_or_else(|| no_data.to_string(), |v| format!("{v:.0}"))
}

/// The value of the `<input>`, `<select>` or `<textarea>` an event came from.
pub fn event_value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox an event came from is checked.
pub fn event_checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// A signed rating as the scale shows it: −2, −1, 0, +1, +2.
pub fn signed(v: i8) -> String {
    match v {
        0 => "0".into(),
        v if v > 0 => format!("+{v}"),
        v => format!("−{}", -v),
    }
}
