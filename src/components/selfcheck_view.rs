use yew::prelude::*;

use crate::store::use_store;

/// Placeholder until the view is built.
#[component]
pub fn SelfCheckView() -> Html {
    let store = use_store();
    html! { <section class="panel"><h1>{ kontaktpunkt_core::selfcheck::texts(store.lang).title }</h1></section> }
}
