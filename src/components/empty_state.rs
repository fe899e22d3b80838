use yew::prelude::*;

use crate::store::use_store;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub on_demo: Callback<()>,
}

/// What a new user sees: what the tool is for and how to start.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let on_demo = props.on_demo.reform(|_: MouseEvent| ());
    html! {
        <section class="empty-state" aria-labelledby="empty-title">
            <h1 id="empty-title">{ texts.empty_title }</h1>
            <p>{ texts.empty_body }</p>
            <div class="actions">
                <button type="button" class="button-primary" onclick={on_demo}>{ texts.load_demo }</button>
            </div>
        </section>
    }
}
