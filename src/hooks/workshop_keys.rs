//! The workshop's keyboard shortcuts (listed in the help dialog, `?`): `N` goes to the new
//! touchpoint's name, `J`/`K` to the next or previous row's first rating, a digit sets the
//! focused rating to that value (`-` before it, or Shift with it, for a negative one), an
//! arrow key on an unrated −2…+2 scale starts from 0, `?` opens the help.

use std::cell::Cell;
use std::rc::Rc;

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
            // A `-` typed on a rating waits for its digit: `-` then `2` sets −2.
            let minus = Rc::new(Cell::new(false));
            // Not passive: a handled key must not also type into the field it focused.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || in_text_field(event) {
                    return;
                }
                let negative = minus.replace(false) || event.shift_key();
                let handled = match event.key().as_str() {
                    "?" => {
                        on_help.emit(());
                        true
                    }
                    "n" | "N" => browser::focus_first("#new-name"),
                    "j" | "J" => step_row(1),
                    "k" | "K" => step_row(-1),
                    "-" | "−" if focused_rating().is_some() => {
                        minus.set(true);
                        true
                    }
                    "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" => start_from_zero(),
                    _ => match digit_of(event) {
                        Some(digit) => choose(if negative { -digit } else { digit }),
                        None => false,
                    },
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

/// The digit a key stands for, also with Shift (which gives `!` or `"` as its key) or on
/// the number pad.
fn digit_of(event: &KeyboardEvent) -> Option<i8> {
    let code = event.code();
    let digit = code
        .strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Numpad"))?;
    digit.parse::<i8>().ok().filter(|d| (0..=9).contains(d))
}

/// The focused radio button, when it belongs to a rating.
fn focused_rating() -> Option<HtmlInputElement> {
    let input = focused()?.dyn_into::<HtmlInputElement>().ok()?;
    (input.type_() == "radio" && input.closest(".rating-input").ok().flatten().is_some())
        .then_some(input)
}

/// The option with `value` in the radio group `name`, if the scale has it.
fn option_of(name: &str, value: i8) -> Option<HtmlInputElement> {
    let document = web_sys::window()?.document()?;
    let selector = format!("input[type=radio][name=\"{name}\"][value=\"{value}\"]");
    document
        .query_selector(&selector)
        .ok()
        .flatten()?
        .dyn_into::<HtmlInputElement>()
        .ok()
}

fn select(option: &HtmlInputElement) -> bool {
    option.click();
    let _ = option.focus();
    true
}

/// Sets the focused rating to `value` (1…5 on importance, −2…+2 on Ist and Soll); a value
/// the scale does not have does nothing.
fn choose(value: i8) -> bool {
    focused_rating()
        .and_then(|input| option_of(&input.name(), value))
        .is_some_and(|option| select(&option))
}

/// The first arrow key on an unrated −2…+2 scale sets 0, the middle, not the neighbour of
/// whichever end the browser focused first.
fn start_from_zero() -> bool {
    let Some(input) = focused_rating() else {
        return false;
    };
    let name = input.name();
    let rated = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("input[type=radio][name=\"{name}\"]:checked"))
                .ok()
                .flatten()
        })
        .is_some();
    if rated || option_of(&name, -1).is_none() {
        return false;
    }
    option_of(&name, 0).is_some_and(|option| select(&option))
}
