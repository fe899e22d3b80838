//! Autosave: the model goes to localStorage shortly after each change, and at once when the
//! page is hidden or closed, so nothing is lost; failures are reported through the store.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::store::{saved_models, AppDispatcher, ModelRef, Store};

/// How long autosave waits for more changes: typing and fast rating write once, not per key.
const SAVE_DELAY_MS: u32 = 250;

type Pending = Rc<RefCell<Option<(String, ModelRef)>>>;
/// The model version that storage holds, as far as this tab knows: read at start or written
/// since. Writing it again would only cost a serialisation and a comparison of its text,
/// which at 2,000 touchpoints is a long task right after the start.
type Stored = Rc<RefCell<(String, ModelRef)>>;

#[hook]
pub fn use_autosave(store: &Store) {
    let pending: Pending = use_mut_ref(|| None);
    let stored: Stored = use_mut_ref(|| (store.current_id.clone(), store.model_ref()));
    let dispatcher = store.dispatcher();
    {
        let (pending, stored, dispatcher) = (pending.clone(), stored.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "pagehide", move |_| {
                    flush(&pending, &stored, &dispatcher)
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(
        (
            store.model_ref(),
            store.current_id.clone(),
            store.save_blocked.is_some(),
        ),
        move |(model, id, blocked)| {
            // Another model became current: the previous one's last change is written first.
            if pending.borrow().as_ref().is_some_and(|(old, _)| old != id) {
                flush(&pending, &stored, &dispatcher);
            }
            let unchanged = {
                let stored = stored.borrow();
                stored.0 == *id && stored.1 == *model
            };
            let timeout = if *blocked {
                // Storage holds a version this tab cannot read: never written over.
                *pending.borrow_mut() = None;
                None
            } else if unchanged {
                // Undone back to what storage holds: nothing left to write.
                *pending.borrow_mut() = None;
                None
            } else {
                *pending.borrow_mut() = Some((id.clone(), model.clone()));
                Some(Timeout::new(SAVE_DELAY_MS, move || {
                    flush(&pending, &stored, &dispatcher)
                }))
            };
            move || drop(timeout)
        },
    );
}

fn flush(pending: &Pending, stored: &Stored, dispatcher: &AppDispatcher) {
    let Some((id, model)) = pending.borrow_mut().take() else {
        return;
    };
    if saved_models::save(&|msg| dispatcher.dispatch(msg), &id, &model) {
        *stored.borrow_mut() = (id, model);
    }
}
