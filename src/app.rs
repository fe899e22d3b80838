//! The root: owns the store, provides it, and lays out the page.

use kontaktpunkt_core::demo::demo_model;
use kontaktpunkt_core::Model;
use yew::prelude::*;

use crate::browser;
use crate::components::{
    empty_state::EmptyState, error_banner::ErrorBanner, header::Header,
    index_summary::IndexSummary, touchpoint_table::TouchpointTable,
};
use crate::store::{AppState, Store};

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| {
        let lang = browser::initial_lang();
        AppState::new(Model::new(lang), lang)
    });
    html! {
        <ContextProvider<Store> context={store}>
            <Shell />
        </ContextProvider<Store>>
    }
}

#[component]
fn Shell() -> Html {
    let store = crate::store::use_store();
    let lang = store.lang;
    use_effect_with(lang, |lang| browser::apply_lang(*lang));
    let texts = lang.texts();
    let model = store.model_ref();

    let on_demo = {
        let store = store.clone();
        Callback::from(move |_| {
            use crate::store::StoreExt;
            store.act(kontaktpunkt_core::Action::Replace(Box::new(demo_model(
                store.lang,
            ))));
        })
    };

    html! {
        <>
            <Header />
            <main id="main" class="main">
                <ErrorBanner />
                if model.touchpoints.is_empty() {
                    <EmptyState on_demo={on_demo} />
                } else {
                    <h1 class="model-title">{
                        if model.meta.title.is_empty() { texts.touchpoints } else { model.meta.title.as_str() }
                    }</h1>
                    <IndexSummary model={model.clone()} lang={lang} />
                    <TouchpointTable model={model} lang={lang} />
                }
            </main>
        </>
    }
}
