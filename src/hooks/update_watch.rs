//! Registers the service worker once, and tells the store when a new version waits.

use std::rc::Rc;

use yew::prelude::*;

use crate::offline;
use crate::store::{AppDispatcher, StoreExt};

#[hook]
pub fn use_update_watch(dispatcher: AppDispatcher) {
    use_effect_with((), move |_| {
        offline::register(Rc::new(move || dispatcher.update_ready()));
    });
}
