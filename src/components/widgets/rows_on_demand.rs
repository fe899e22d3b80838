//! Long lists render the rows that are on screen or close to it, and more as the reader
//! scrolls down (or tabs there: focus scrolls too). Rendering all 300 rows of a large model
//! at once kept the page busy for seconds at start and made every later change slower.
//! The browser's own find (Ctrl+F) sees rendered rows only; the inventory's search sees all.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Rows rendered at first: more than a tall screen holds (a row is at least about 96 px
/// high), and no more, as a new search or filter renders this many in one go; the rows
/// below follow at once while the reader looks at these.
const FIRST_ROWS: usize = 20;
/// Rows added each time the end of the list comes near.
const MORE_ROWS: usize = 40;
/// The same on a narrow screen (the stylesheets' 640 px breakpoint), where a row's ratings
/// wrap and a row is about 250 px high: 8 rows reach as far down (2,000 px) as 20 wide ones,
/// and a phone builds half the page at start and at each search keystroke.
const NARROW_MAX_PX: f64 = 640.0;
const FIRST_ROWS_NARROW: usize = 8;
const MORE_ROWS_NARROW: usize = 16;
/// How far below the viewport the end of the list counts as near: rows are ready before
/// they scroll into view.
const AHEAD: &str = "0px 0px 1200px 0px";

/// How many of `total` rows to render, and the marker to put after the last rendered row
/// (only while rows are left). `at_least` rows are always rendered, e.g. to show a row that
/// was opened from a chart. A new `list` (another search or grouping) starts again with a
/// first screen: a keystroke in the search then renders one screen of results, not every row
/// the reader had scrolled through before. Taking those rows out of the page is the cost that
/// remains: about 0.1 ms a row in Chromium (`removeChild` of its 76 elements), 0.3 s for the
/// first keystroke after scrolling through 2,000 rows. Neither hiding the rows first nor
/// removing their radio groups changed it (docs/large-models.md).
#[hook]
pub fn use_rows_on_demand<K>(total: usize, at_least: usize, list: K) -> (usize, NodeRef)
where
    K: PartialEq + 'static,
{
    let budget = use_mut_ref(|| (row_steps().0, None::<K>));
    let more_rendered = use_force_update();
    let marker = use_node_ref();
    {
        let mut budget = budget.borrow_mut();
        if budget.1.as_ref() != Some(&list) {
            *budget = (row_steps().0, Some(list));
        }
    }
    let rendered = budget.borrow().0.max(at_least).min(total);
    {
        let marker = marker.clone();
        use_effect_with((rendered, total), move |&(rendered, total)| {
            let grow = |to: usize| {
                let (budget, more_rendered) = (budget.clone(), more_rendered.clone());
                move || {
                    budget.borrow_mut().0 = to;
                    more_rendered.force_update();
                }
            };
            let watch = if rendered < total {
                let watch = watch_marker(&marker, grow(rendered + row_steps().1));
                if watch.is_none() {
                    // No IntersectionObserver (or no marker): render every row.
                    grow(total)();
                }
                watch
            } else {
                None
            };
            move || {
                if let Some((observer, _callback)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
    (rendered, marker)
}

/// Rows rendered at first and rows added each time: fewer on a narrow screen.
fn row_steps() -> (usize, usize) {
    let narrow = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width <= NARROW_MAX_PX);
    if narrow {
        (FIRST_ROWS_NARROW, MORE_ROWS_NARROW)
    } else {
        (FIRST_ROWS, MORE_ROWS)
    }
}

type Watch = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Calls `more` once the marker is near the viewport, at once if it already is.
fn watch_marker(marker: &NodeRef, more: impl Fn() + 'static) -> Option<Watch> {
    let element = marker.cast::<web_sys::Element>()?;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|entry| {
            entry
                .dyn_into::<IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if near {
            more();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(&element);
    Some((observer, callback))
}
