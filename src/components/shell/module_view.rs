//! A view of the views module in the app: the module is a wasm of its own
//! (`src/bin/views.rs`, built into `views/`), loaded the first time one of its views opens, so
//! the app's first load does not carry them. The view sends what the user decided as
//! `ModuleCommand`s; the app reads each with the checked reader of the view that sent it and
//! runs it through this store (undo, storage, the reducer's checks), or shows a worded error.

use std::cell::Cell;
use std::rc::Rc;

use kontaktpunkt_core::views::command::{ModuleCommand, ViewCommand};
use kontaktpunkt_core::views::ModuleKind;
use kontaktpunkt_core::Lang;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::browser;
use crate::store::{use_store, AppDispatcher, AppError, ModelRef, StoreExt};

#[wasm_bindgen(module = "/static/views.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn mount_view(
        url: String,
        view: &str,
        element: web_sys::Element,
        lang: String,
        model: String,
        send: JsValue,
    ) -> Result<JsValue, JsValue>;
    fn update_view(lang: &str, model: String) -> bool;
    fn unmount_view();
}

#[derive(Clone, Copy, PartialEq)]
enum Loading {
    Pending,
    Ready,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct ModuleViewProps {
    pub view: ModuleKind,
    /// The app's own handler of the view's commands (JSON), for a view whose commands need
    /// more than the store: the import asks before a replace, so it reads them itself
    /// (`ImportCommand::read`). Without it they run through [`ModuleCommand`].
    #[prop_or_default]
    pub on_command: Option<Callback<String>>,
    /// Where the view can be left (the presentation): its close command, and a chosen
    /// touchpoint, whose editor is then seen.
    #[prop_or_default]
    pub on_close: Option<Callback<()>>,
}

/// Runs one command of the view `view` through the store; an unreadable one is an error shown
/// in the app, and nothing changes.
fn run(dispatcher: &AppDispatcher, view: ModuleKind, json: &str, on_close: Option<&Callback<()>>) {
    let close = || {
        if let Some(close) = on_close {
            close.emit(());
        }
    };
    match ModuleCommand::read(view, json) {
        Some(ModuleCommand::Round(command)) => dispatcher.act(command.into_action()),
        Some(ModuleCommand::Figure(command)) => dispatcher.act(command.into_action()),
        Some(ModuleCommand::View(ViewCommand::Open { touchpoint })) => {
            dispatcher.open(Some(touchpoint));
            close();
        }
        Some(ModuleCommand::View(ViewCommand::Close {})) => close(),
        Some(ModuleCommand::View(command)) => {
            if let Some(action) = command.action() {
                dispatcher.act(action);
            }
        }
        None => dispatcher.fail(AppError::ModuleCommand),
    }
}

#[component]
pub fn ModuleView(props: &ModuleViewProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let node = use_node_ref();
    let loading = use_state(|| Loading::Pending);
    // The handler of this render: the module calls back long after the mount, and the
    // handler's view of the app (its model, its state) must be the current one.
    let handler = use_mut_ref(|| None::<Callback<String>>);
    handler.borrow_mut().clone_from(&props.on_command);
    // The language and model the module has: the update after the mount skips them.
    let shown = use_mut_ref(|| None::<(Lang, ModelRef)>);
    {
        let (dispatcher, node, loading) = (store.dispatcher(), node.clone(), loading.clone());
        let on_close = props.on_close.clone();
        let (lang, model, handler) = (store.lang, store.model_ref(), handler.clone());
        let shown = shown.clone();
        use_effect_with(props.view, move |view| {
            let view = *view;
            loading.set(Loading::Pending);
            let alive = Rc::new(Cell::new(true));
            let send = Closure::<dyn Fn(String)>::new(move |json: String| {
                let own = handler.borrow().clone();
                match own {
                    Some(handle) => handle.emit(json),
                    None => run(&dispatcher, view, &json, on_close.as_ref()),
                }
            });
            if let Some(element) = node.cast::<web_sys::Element>() {
                let url = format!("{}views/entry.js", browser::app_url());
                let json = serde_json::to_string(&*model).unwrap_or_default();
                *shown.borrow_mut() = Some((lang, model));
                let (still, send) = (alive.clone(), send.as_ref().clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let mounted =
                        mount_view(url, view.key(), element, lang.code().into(), json, send).await;
                    // Closed while loading: static/views.js mounted nothing.
                    if !still.get() {
                        return;
                    }
                    let ok = mounted.is_ok_and(|v| v.as_bool() == Some(true));
                    loading.set(if ok { Loading::Ready } else { Loading::Failed });
                });
            }
            move || {
                alive.set(false);
                unmount_view();
                drop(send);
            }
        });
    }
    // A change of the model (an action, undo, another tab) or the language, once shown.
    use_effect_with(
        (store.lang, store.model_ref(), *loading),
        move |(lang, model, loading)| {
            let now = (*lang, model.clone());
            if *loading == Loading::Ready && shown.borrow().as_ref() != Some(&now) {
                update_view(
                    lang.code(),
                    serde_json::to_string(&**model).unwrap_or_default(),
                );
                *shown.borrow_mut() = Some(now);
            }
        },
    );
    // The heading of a view that could not be loaded (a loaded view brings its own).
    let title = match props.view {
        ModuleKind::Rounds => Some(texts.shell.view_rounds),
        ModuleKind::Report => Some(texts.shell.view_report),
        ModuleKind::Present => Some(texts.slides.presentation),
        ModuleKind::Kpis => Some(texts.shell.view_kpis),
        ModuleKind::Tracking => Some(texts.shell.view_tracking),
        ModuleKind::Measures => Some(texts.plan.measures_title),
        // Shown in Models & files under the import's button, which names it.
        ModuleKind::Import => None,
    };
    html! {
        <>
            if *loading == Loading::Pending {
                <p class="chart-help" role="status">{ texts.shell.module_loading(props.view) }</p>
            }
            if *loading == Loading::Failed {
                if let Some(close) = props.on_close.clone() {
                    // A view of the whole page (the presentation): its own landmark, and the
                    // way back.
                    <main id="main" class="main" tabindex="-1">
                        <h1>{ title.unwrap_or_default() }</h1>
                        <p role="alert">{ texts.shell.module_unavailable(props.view) }</p>
                        <button type="button" class="button-quiet" onclick={close.reform(|_: MouseEvent| ())}>
                            { texts.common.close }
                        </button>
                    </main>
                } else {
                    if let Some(title) = title {
                        <h1>{ title }</h1>
                    }
                    <p role="alert">{ texts.shell.module_unavailable(props.view) }</p>
                }
            }
            <div ref={node} class="module-view"></div>
        </>
    }
}
