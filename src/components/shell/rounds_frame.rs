//! `View::Rounds` in the app: the rating round view is a wasm module of its own
//! (`src/bin/rounds_view.rs`, built into `rounds-view/`), loaded only when the view opens, so
//! the app's first load does not carry it. The view sends the consultant's decisions as
//! `RoundCommand`s; they become actions of this store (undo, storage, the reducer's checks).

use std::cell::Cell;
use std::rc::Rc;

use kontaktpunkt_core::rounds::command::RoundCommand;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::browser;
use crate::store::{use_store, AppError, StoreExt};

#[wasm_bindgen(module = "/static/rounds-view.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn mount_rounds(
        url: String,
        element: web_sys::Element,
        lang: String,
        model: String,
        send: JsValue,
    ) -> Result<JsValue, JsValue>;
    fn update_rounds(lang: &str, model: String) -> bool;
    fn unmount_rounds();
}

#[derive(Clone, Copy, PartialEq)]
enum Loading {
    Pending,
    Ready,
    Failed,
}

#[component]
pub fn RoundsFrame() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let node = use_node_ref();
    let loading = use_state(|| Loading::Pending);
    {
        let (dispatcher, node, loading) = (store.dispatcher(), node.clone(), loading.clone());
        let (lang, model) = (store.lang, store.model_ref());
        use_effect_with((), move |()| {
            let alive = Rc::new(Cell::new(true));
            let send =
                Closure::<dyn Fn(String)>::new(move |json: String| {
                    match RoundCommand::read(&json) {
                        Some(command) => dispatcher.act(command.into_action()),
                        None => dispatcher.fail(AppError::RoundCommand),
                    }
                });
            if let Some(element) = node.cast::<web_sys::Element>() {
                let url = format!("{}rounds-view/entry.js", browser::app_url());
                let json = serde_json::to_string(&*model).unwrap_or_default();
                let (still, send) = (alive.clone(), send.as_ref().clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let mounted = mount_rounds(url, element, lang.code().into(), json, send).await;
                    if !still.get() {
                        unmount_rounds();
                        return;
                    }
                    let ok = mounted.is_ok_and(|v| v.as_bool() == Some(true));
                    loading.set(if ok { Loading::Ready } else { Loading::Failed });
                });
            }
            move || {
                alive.set(false);
                unmount_rounds();
                drop(send);
            }
        });
    }
    // A change of the model (an action, undo, another tab) or the language, once shown.
    use_effect_with(
        (store.lang, store.model_ref(), *loading),
        |(lang, model, loading)| {
            if *loading == Loading::Ready {
                update_rounds(
                    lang.code(),
                    serde_json::to_string(&**model).unwrap_or_default(),
                );
            }
        },
    );
    html! {
        <>
            if *loading == Loading::Pending {
                <p class="chart-help" role="status">{ texts.shell.rounds_loading }</p>
            }
            if *loading == Loading::Failed {
                <p role="alert">{ texts.shell.rounds_unavailable }</p>
            }
            <div ref={node} class="rounds-frame"></div>
        </>
    }
}
