//! The root: owns the store, ties it to the browser through the hooks, and provides it.

use yew::prelude::*;

use crate::components::shell::{page::Shell, update_prompt::UpdatePrompt};
use crate::hooks::{
    autosave::use_autosave, hash_links::use_hash_links, live_tabs::use_live_tabs,
    other_tabs::use_other_tabs, undo_keys::use_undo_keys, update_watch::use_update_watch,
    view_address::use_view_address, widget_messages::use_widget_messages,
};
use crate::store::{start::initial_state, Dispatcher, Store, StoreExt};

#[component]
pub fn App() -> Html {
    let store = use_reducer(initial_state);
    use_widget_messages(store.embed.clone());
    use_update_watch(store.dispatcher());
    use_hash_links(&store);
    use_view_address(&store);
    use_autosave(&store);
    use_other_tabs(&store);
    use_live_tabs(&store);
    use_undo_keys(&store);
    // Components that only send take the dispatcher, which never changes: they do not
    // re-render when the store does.
    let dispatcher = use_memo((), {
        let store = store.dispatcher();
        move |()| Dispatcher::new(move |msg| store.send(msg))
    });
    html! {
        <ContextProvider<Dispatcher> context={(*dispatcher).clone()}>
            <ContextProvider<Store> context={store}>
                <Shell />
                <UpdatePrompt />
            </ContextProvider<Store>>
        </ContextProvider<Dispatcher>>
    }
}
