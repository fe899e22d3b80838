//! One component per file; data comes down as props, changes go up as callbacks or through
//! the store's verbs.

pub mod bar_chart;
pub mod chart_kit;
pub mod comparison;
pub mod cycle_tracker;
pub mod draft_input;
pub mod embed_generator;
pub mod error_banner;
pub mod gap_chart;
pub mod header;
pub mod incoming_view;
pub mod index_summary;
pub mod index_view;
pub mod inventory;
pub mod ipa_chart;
pub mod journey_chart;
pub mod kpi_charts;
pub mod kpi_forms;
pub mod kpi_view;
pub mod library_picker;
pub mod list_editor;
pub mod measure_editor;
pub mod measure_list;
pub mod measures_view;
pub mod models_panel;
pub mod nav;
pub mod plan_outlook;
pub mod qr_code;
pub mod rating_input;
pub mod report_view;
pub mod rows_on_demand;
pub mod selfcheck_result;
pub mod selfcheck_view;
pub mod share_panel;
pub mod touchpoint_editor;
pub mod touchpoint_row;
pub mod tracking_view;
pub mod trend_chart;
pub mod trends;
pub mod update_prompt;

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

/// A number with `decimals` places and the language's decimal mark: 4.9 or 4,9.
pub fn number(lang: kontaktpunkt_core::Lang, v: f64, decimals: usize) -> String {
    let text = format!("{v:.decimals$}");
    match lang {
        kontaktpunkt_core::Lang::De => text.replace('.', ","),
        kontaktpunkt_core::Lang::En => text,
    }
}

/// A change or a score with its sign: +4.9, −3, 0 (a value that rounds to zero has none).
pub fn signed_number(lang: kontaktpunkt_core::Lang, v: f64, decimals: usize) -> String {
    let magnitude = number(lang, v.abs(), decimals);
    if magnitude.chars().all(|c| matches!(c, '0' | '.' | ',')) {
        magnitude
    } else if v > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("−{magnitude}")
    }
}

/// A share (0..=1) as a whole percentage: "62 %" in German, "62%" in English.
pub fn percent(lang: kontaktpunkt_core::Lang, share: f64) -> String {
    let value = number(lang, share * 100.0, 0);
    match lang {
        kontaktpunkt_core::Lang::De => format!("{value} %"),
        kontaktpunkt_core::Lang::En => format!("{value}%"),
    }
}

/// An ISO date (`YYYY-MM-DD`) as the language writes it: 15.01.2025 or 2025-01-15. Anything
/// else comes back unchanged.
pub fn date_text(lang: kontaktpunkt_core::Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (lang, parts.as_slice()) {
        (kontaktpunkt_core::Lang::De, [y, m, d])
            if y.len() == 4 && m.len() == 2 && d.len() == 2 =>
        {
            format!("{d}.{m}.{y}")
        }
        _ => iso.to_string(),
    }
}

/// A count typed into a form: a whole number from 0, surrounding space ignored.
pub fn parse_count(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}

/// Toggles a pair of values shown as two pressed/unpressed buttons ("board" or "table").
pub fn toggle_button(label: &str, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="toggle-button" aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
    }
}

/// The heading row of a data table; `action` names a column of buttons for screen readers only.
pub fn table_head(columns: &[&str], action: Option<&str>) -> Html {
    html! {
        <thead>
            <tr>
                for c in columns.iter() { <th scope="col">{ *c }</th> }
                if let Some(a) = action { <th scope="col"><span class="visually-hidden">{ a }</span></th> }
            </tr>
        </thead>
    }
}

/// A wide table that scrolls sideways on a small screen: focusable, so the keyboard scrolls it.
pub fn scroll_wrap(label: &str, table: Html) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="group" aria-label={label.to_string()}>{ table }</div>
    }
}
