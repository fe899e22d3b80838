//! The root: owns the store, restores and autosaves the model, and lays out the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use kontaktpunkt_core::io::share;
use kontaktpunkt_core::selfcheck;
use kontaktpunkt_core::selfcheck::embed::Mode;

use crate::browser;
use crate::components::charts::{
    gap_chart::GapChart, index_view::IndexView, ipa_chart::IpaChart, journey_chart::JourneyChart,
};
use crate::components::kpis::kpi_view::KpiView;
use crate::components::plan::measures_view::MeasuresView;
use crate::components::present::Presentation;
use crate::components::report::report_view::ReportView;
use crate::components::selfcheck::{
    selfcheck_result::{AdviceState, SelfCheckResultView},
    selfcheck_view::SelfCheckView,
};
use crate::components::share::{models_panel::ModelsPanel, share_panel::SharePanel};
use crate::components::shell::header::PRESENT_BUTTON;
use crate::components::shell::keyboard_help::KeyboardHelp;
use crate::components::shell::{
    error_banner::ErrorBanner, header::Header, incoming_view::IncomingView, nav::Nav,
};
use crate::components::tracking::tracking_view::TrackingView;
use crate::components::workspace::{inventory::Inventory, list_editor::ListEditor};
use crate::embed;
use crate::hooks::update_watch::use_update_watch;
use crate::hooks::view_address::{use_view_address, view_from_location};
use crate::hooks::widget_messages::use_widget_messages;
use crate::hooks::workshop_keys::{in_text_field, use_workshop_keys};
use crate::storage;
use crate::store::{
    saved_models, AppError, AppState, Dispatcher, ModelRef, Msg, Store, StoreExt, View,
};

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| {
        let embed = embed::config_from_location();
        let lang = embed
            .as_ref()
            .and_then(|e| e.lang)
            .unwrap_or_else(browser::initial_lang);
        let start = storage::start(lang);
        let mut state = AppState::new(start.model, lang);
        state.current_id = start.index.current.clone();
        state.saved = start.index.models;
        state.storage_denied = !storage::available();
        state.damaged = storage::corrupt_entries();
        if let Some(e) = start.problem {
            state.notice = Some(crate::store::Notice::StorageCorrupt(e));
        }
        if let Some(config) = embed {
            embed::apply_theme(&config);
            if config.mode == Mode::SelfCheck {
                // static/boot.js forwards before the wasm loads; this catches what it missed.
                browser::forward_to_widget();
                state.view = View::SelfCheck;
            }
            state.embed = Some(Rc::new(config));
        } else if let Some(view) = view_from_location() {
            state.view = view;
        }
        // A share link opens as a view beside the user's own work, never over it.
        let hash = browser::location_hash();
        if !hash.is_empty() {
            open_link(&hash, &mut |msg| state.receive(msg));
        }
        state
    });
    use_widget_messages(store.embed.clone());
    use_update_watch(store.dispatcher());
    use_hash_links(&store);
    use_view_address(&store);
    use_autosave(&store);
    use_other_tabs(&store);
    use_undo_keys(&store);
    html! {
        <ContextProvider<Store> context={store}>
            <Shell />
            <crate::components::shell::update_prompt::UpdatePrompt />
        </ContextProvider<Store>>
    }
}

/// How long autosave waits for more changes: typing and fast rating write once, not per key.
const SAVE_DELAY_MS: u32 = 250;

type Pending = Rc<RefCell<Option<(String, ModelRef)>>>;
/// The model version that storage holds, as far as this tab knows: read at start or written
/// since. Writing it again would only cost a serialisation and a comparison of its text,
/// which at 2,000 touchpoints is a long task right after the start.
type Stored = Rc<RefCell<(String, ModelRef)>>;

/// Writes the model to localStorage shortly after each change, and at once when the page is
/// hidden or closed, so nothing is lost; reports failures.
#[hook]
fn use_autosave(store: &Store) {
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
        (store.model_ref(), store.current_id.clone()),
        move |(model, id)| {
            // Another model became current: the previous one's last change is written first.
            if pending.borrow().as_ref().is_some_and(|(old, _)| old != id) {
                flush(&pending, &stored, &dispatcher);
            }
            let unchanged = {
                let stored = stored.borrow();
                stored.0 == *id && stored.1 == *model
            };
            let timeout = if unchanged {
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

fn flush(pending: &Pending, stored: &Stored, dispatcher: &Dispatcher) {
    let Some((id, model)) = pending.borrow_mut().take() else {
        return;
    };
    if saved_models::save(&|msg| dispatcher.dispatch(msg), &id, &model) {
        *stored.borrow_mut() = (id, model);
    }
}

/// Picks up what another tab saves: the current model's new version, or a changed list.
#[hook]
fn use_other_tabs(store: &Store) {
    let id = store.current_id.clone();
    let dispatcher = store.dispatcher();
    use_effect_with(id, move |id| {
        let own_key = storage::model_key(id);
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let key = event.key().unwrap_or_default();
                if key == own_key {
                    if let Some(text) = event.new_value() {
                        if let Ok(model) =
                            kontaktpunkt_core::domain::validate::model_from_json(&text)
                        {
                            dispatcher.dispatch(Msg::External(model));
                        }
                    }
                } else if key == storage::INDEX_KEY {
                    dispatcher.dispatch(Msg::Listed(storage::load_index().models));
                }
            })
        });
        move || drop(listener)
    });
}

/// A share link pasted into the address bar of a running app opens like one at start.
#[hook]
fn use_hash_links(store: &Store) {
    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        browser::clear_hash();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                let hash = browser::location_hash();
                if hash.is_empty() {
                    return;
                }
                browser::clear_hash();
                open_link(&hash, &mut |msg| dispatcher.dispatch(msg));
            })
        });
        move || drop(listener)
    });
}

/// What a link fragment asks for: a self-check result (`#sc1.…`) or a model (`#kp1.…`).
fn open_link(hash: &str, send: &mut dyn FnMut(Msg)) {
    if selfcheck::link::is_link(hash) {
        match selfcheck::link::decode(hash) {
            Ok(check) => send(Msg::ReceivedCheck(check)),
            Err(e) => send(Msg::Fail(AppError::SelfCheck(e))),
        }
        return;
    }
    match share::decode(hash) {
        Ok(model) => send(Msg::Incoming(model)),
        Err(e) => send(Msg::Fail(AppError::Share(e))),
    }
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

#[component]
fn Shell() -> Html {
    let store = crate::store::use_store();
    let lang = store.lang;
    use_effect_with(lang, |lang| browser::apply_lang(*lang));
    // Built once per language: a new value on every render would render the self-check again.
    let advice = use_memo(lang, |lang| AdviceState::built_in(*lang));
    let help_open = use_state(|| false);
    let presenting = use_state(|| false);
    use_focus_return(*presenting);
    let workspace = store.view != View::SelfCheck
        && store
            .embed
            .as_ref()
            .is_none_or(|e| e.mode == Mode::Workspace);
    use_workshop_keys(workspace && !*presenting, {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(true))
    });
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let model = store.model_ref();
    let view = match store.view {
        View::Inventory => html! { <Inventory /> },
        View::Journey => html! { <JourneyChart model={model} lang={lang} /> },
        View::Matrix => html! { <IpaChart model={model} lang={lang} /> },
        View::Gaps => html! { <GapChart model={model} lang={lang} /> },
        View::Indices => html! { <IndexView model={model} lang={lang} /> },
        View::Lists => html! { <ListEditor /> },
        View::Measures => html! { <MeasuresView /> },
        View::Tracking => html! { <TrackingView /> },
        View::Kpis => html! { <KpiView /> },
        View::Report => html! { <ReportView /> },
        View::SelfCheck => {
            html! {
                <SelfCheckView {lang} advice={(*advice).clone()}
                    on_open_in_workspace={open_check(&store)} />
            }
        }
        View::Share => html! { <SharePanel /> },
        View::Models => html! { <ModelsPanel /> },
    };
    let mode = store.embed.as_ref().map(|e| e.mode);
    if let Some(check) = store.received_check.clone() {
        let close = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Msg::CloseReceivedCheck))
        };
        return html! {
            <>
                <Header />
                <main id="main" class="main" tabindex="-1">
                    <h1>{ selfcheck::texts(lang).title }</h1>
                    <SelfCheckResultView {check} {lang} advice={(*advice).clone()} received=true />
                    <button type="button" class="button-quiet" onclick={close}>{ lang.texts().common.close }</button>
                </main>
            </>
        };
    }
    if let Some(incoming) = store.incoming.clone() {
        return html! {
            <>
                <Header />
                <main id="main" class="main" tabindex="-1">
                    <ErrorBanner />
                    <IncomingView model={crate::store::ModelRef(incoming.model)} {lang}
                        read_only={mode == Some(Mode::View)} />
                </main>
            </>
        };
    }
    match mode {
        Some(Mode::SelfCheck) => {
            return html! {
                <main id="main" class="main widget" tabindex="-1" aria-labelledby="selfcheck-title">
                    <SelfCheckView {lang} advice={(*advice).clone()} embed={store.embed.clone()} />
                </main>
            };
        }
        Some(Mode::View) => {
            return html! {
                <main id="main" class="main widget" tabindex="-1">
                    <ErrorBanner />
                    <p>{ lang.texts().charts.chart_empty }</p>
                </main>
            };
        }
        _ => {}
    }
    if *presenting {
        let presenting = presenting.clone();
        return html! { <Presentation on_close={Callback::from(move |()| presenting.set(false))} /> };
    }
    let present = {
        let presenting = presenting.clone();
        Callback::from(move |()| presenting.set(true))
    };
    html! {
        <>
            <Header on_present={present} />
            <Nav />
            <main id="main" class="main" tabindex="-1">
                <ErrorBanner />
                { view }
            </main>
            <KeyboardHelp {lang} open={*help_open} on_close={close_help} />
        </>
    }
}

/// After the presentation, the focus goes back to the button that opened it.
#[hook]
fn use_focus_return(presenting: bool) {
    let was = use_mut_ref(|| false);
    use_effect_with(presenting, move |presenting| {
        if *was.borrow() && !presenting {
            browser::focus_first(&format!("#{PRESENT_BUTTON}"));
        }
        *was.borrow_mut() = *presenting;
    });
}

/// Opens a finished self-check as a starter model beside the user's work.
fn open_check(store: &Store) -> Callback<selfcheck::SelfCheck> {
    let store = store.clone();
    Callback::from(move |check: selfcheck::SelfCheck| {
        // The starter model passes the one gate like every model from outside.
        let lang = store.lang;
        if let Ok(model) = kontaktpunkt_core::domain::validate::restore(check.to_model(lang)) {
            store.look_at(model);
        }
    })
}
