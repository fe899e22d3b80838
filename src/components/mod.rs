//! Components grouped by the view they serve (`shell`, `workspace`, `charts`, `plan`, `tracking`,
//! `kpis`, `report`, `rounds`, `share`, `selfcheck`, `present`), `module` (the host of the views
//! loaded on demand) and `widgets` that several views use (inputs, the confirm dialog). Data comes down as props; changes go up as callbacks or
//! through the store's verbs; a component that only sends takes `use_dispatcher`, which never
//! changes, instead of the whole store. Below: DOM and markup helpers the components share.

pub mod charts;
pub mod kpis;
pub mod module;
pub mod plan;
pub mod present;
pub mod report;
pub mod rounds;
pub mod selfcheck;
pub mod share;
pub mod shell;
pub mod tracking;
pub mod widgets;
pub mod workspace;

use wasm_bindgen::JsCast;
use yew::prelude::*;

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

/// The file chosen in a file input's change event; the input is cleared, so choosing the
/// same file again is a change too.
pub fn event_file(e: &Event) -> Option<gloo::file::File> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(gloo::file::File::from(file))
}

/// Whether the checkbox an event came from is checked.
pub fn event_checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
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
