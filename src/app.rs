//! The root: owns the store, restores and autosaves the model, and lays out the page.

use gloo::events::{EventListener, EventListenerOptions};
use kontaktpunkt_core::Model;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::{
    error_banner::ErrorBanner, gap_chart::GapChart, header::Header, index_view::IndexView,
    inventory::Inventory, ipa_chart::IpaChart, journey_chart::JourneyChart,
    list_editor::ListEditor, nav::Nav,
};
use crate::store::{AppState, Msg, Saving, Store, View};

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| {
        let lang = browser::initial_lang();
        match browser::load_model() {
            Ok(model) => AppState::new(model.unwrap_or_else(|| Model::new(lang)), lang),
            Err(e) => {
                let mut state = AppState::new(Model::new(lang), lang);
                state.notice = Some(format!(
                    "{} {}",
                    lang.texts().storage_corrupt,
                    lang.texts().error(&e)
                ));
                state
            }
        }
    });
    use_autosave(&store);
    use_undo_keys(&store);
    html! {
        <ContextProvider<Store> context={store}>
            <Shell />
        </ContextProvider<Store>>
    }
}

/// Writes the model to localStorage after every change and reports failures.
#[hook]
fn use_autosave(store: &Store) {
    let model = store.model_ref();
    let dispatcher = store.dispatcher();
    use_effect_with(model, move |model| {
        let result = if browser::save_model(model) {
            Saving::Saved
        } else {
            Saving::Failed
        };
        dispatcher.dispatch(Msg::Saved(result));
    });
}

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS) undo and redo, except inside text fields,
/// where the browser's own text undo applies.
#[hook]
fn use_undo_keys(store: &Store) {
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: the listener must be able to stop the browser's own Ctrl+Z.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) || in_text_field(event) {
                    return;
                }
                let key = event.key().to_lowercase();
                let msg = match (key.as_str(), event.shift_key()) {
                    ("z", false) => Msg::Undo,
                    ("z", true) | ("y", false) => Msg::Redo,
                    _ => return,
                };
                event.prevent_default();
                dispatcher.dispatch(msg);
            })
        });
        move || drop(listener)
    });
}

fn in_text_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name().to_lowercase();
            let typ = el.get_attribute("type").unwrap_or_default();
            tag == "textarea"
                || (tag == "input" && !matches!(typ.as_str(), "radio" | "checkbox" | "button"))
        })
}

#[component]
fn Shell() -> Html {
    let store = crate::store::use_store();
    let lang = store.lang;
    use_effect_with(lang, |lang| browser::apply_lang(*lang));
    let model = store.model_ref();
    let view = match store.view {
        View::Inventory => html! { <Inventory /> },
        View::Journey => html! { <JourneyChart model={model} lang={lang} /> },
        View::Matrix => html! { <IpaChart model={model} lang={lang} /> },
        View::Gaps => html! { <GapChart model={model} lang={lang} /> },
        View::Indices => html! { <IndexView model={model} lang={lang} /> },
        View::Lists => html! { <ListEditor /> },
    };
    html! {
        <>
            <Header />
            <Nav />
            <main id="main" class="main" tabindex="-1">
                <ErrorBanner />
                { view }
            </main>
        </>
    }
}
