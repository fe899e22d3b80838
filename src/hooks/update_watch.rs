//! Registers the service worker once, and tells the store when a new version waits.

use std::rc::Rc;

use yew::prelude::*;

use crate::offline;
use crate::store::{Dispatcher, StoreExt};

#[hook]
pub fn use_update_watch(dispatcher: Dispatcher) {
    use_effect_with((), move |_| {
        offline::register(Rc::new(move || dispatcher.update_ready()));
    });
}
