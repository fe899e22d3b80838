//! The workshop's keyboard shortcuts (listed in the help dialog, `?`): `N` goes to the new
//! touchpoint's name, `J`/`K` to the next or previous row's first rating, `1`…`5` choose a
//! value in the focused rating, `?` opens the help.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::browser;

/// Whether the key goes to a field that takes text (where a letter is a letter).
pub fn in_text_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_lowercase();
            let typ = el.get_attribute("type").unwrap_or_default();
            matches!(tag.as_str(), "textarea" | "select")
                || (tag == "input" && !matches!(typ.as_str(), "radio" | "checkbox" | "button"))
        })
}

/// Listens for the shortcuts while `enabled` (the workspace, not an embed or the self-check).
#[hook]
pub fn use_workshop_keys(enabled: bool, on_help: Callback<()>) {
    use_effect_with(enabled, move |enabled| {
        let listener = (*enabled).then(web_sys::window).flatten().map(|window| {
            // Not passive: a handled key must not also type into the field it focused.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || in_text_field(event) {
                    return;
                }
                let handled = match event.key().as_str() {
                    "?" => {
                        on_help.emit(());
                        true
                    }
                    "n" | "N" => browser::focus_first("#new-name"),
                    "j" | "J" => step_row(1),
                    "k" | "K" => step_row(-1),
                    digit @ ("1" | "2" | "3" | "4" | "5") => choose(digit),
                    _ => false,
                };
                if handled {
                    event.prevent_default();
                }
            })
        });
        move || drop(listener)
    });
}

fn focused() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Focuses the first rating of the row `by` rows after (or before) the focused one.
fn step_row(by: isize) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(rows) = document.query_selector_all(".tp-row") else {
        return false;
    };
    let ids: Vec<String> = (0..rows.length())
        .filter_map(|i| {
            rows.item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-id")
        })
        .collect();
    let current = focused()
        .and_then(|el| el.closest(".tp-row").ok().flatten())
        .and_then(|row| row.get_attribute("data-id"))
        .and_then(|id| ids.iter().position(|i| *i == id));
    let target = match current {
        Some(at) => at.checked_add_signed(by).filter(|t| *t < ids.len()),
        None => (!ids.is_empty()).then_some(0),
    };
    let Some(id) = target
        .and_then(|t| ids.get(t))
        .and_then(|id| id.parse().ok())
    else {
        return false;
    };
    browser::focus_first_rating(id);
    true
}

/// Chooses option `digit` (1-based) of the focused rating's radio group.
fn choose(digit: &str) -> bool {
    let Some(input) = focused().and_then(|el| el.dyn_into::<HtmlInputElement>().ok()) else {
        return false;
    };
    if input.type_() != "radio" || input.closest(".rating-input").ok().flatten().is_none() {
        return false;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let selector = format!("input[type=radio][name=\"{}\"]", input.name());
    let Ok(options) = document.query_selector_all(&selector) else {
        return false;
    };
    let Some(option) = digit
        .parse::<u32>()
        .ok()
        .and_then(|d| options.item(d - 1))
        .and_then(|o| o.dyn_into::<HtmlInputElement>().ok())
    else {
        return false;
    };
    option.click();
    let _ = option.focus();
    true
}
