use yew::prelude::*;

use crate::store::use_store;

/// Placeholder until the view is built.
#[component]
pub fn TrackingView() -> Html {
    let store = use_store();
    html! { <section class="panel"><h1>{ store.lang.texts().view_tracking }</h1></section> }
}
