use yew::prelude::*;

use crate::store::use_store;

/// Placeholder until the view is built.
#[component]
pub fn MeasuresView() -> Html {
    let store = use_store();
    html! { <section class="panel"><h1>{ store.lang.texts().view_measures }</h1></section> }
}
