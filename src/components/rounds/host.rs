//! The rating round view as a wasm module of its own (`src/bin/rounds_view.rs`): the app
//! mounts it into an element and hands it the model as JSON; the view sends the consultant's
//! decisions back as [`RoundCommand`]s, which the app runs through its store (undo, storage).

use std::cell::RefCell;
use std::rc::Rc;

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::rounds::command::RoundCommand;
use kontaktpunkt_core::rounds::RoundError;
use kontaktpunkt_core::text::rounds::error_text;
use kontaktpunkt_core::{Lang, Model};
use yew::prelude::*;

use crate::components::rounds::rounds_view::RoundsView;

/// What the round components read and do: the app's model and language, and its verbs as
/// commands sent back to the app.
#[derive(Clone)]
pub struct RoundsStore {
    pub lang: Lang,
    model: Rc<Model>,
    send: Callback<String>,
    error: UseStateHandle<Option<RoundError>>,
}

impl PartialEq for RoundsStore {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.model, &other.model)
            && self.error == other.error
    }
}

impl RoundsStore {
    pub fn model_ref(&self) -> Rc<Model> {
        self.model.clone()
    }

    /// Hands a round action to the app.
    pub fn act(&self, action: Action) {
        self.error.set(None);
        if let Some(json) =
            RoundCommand::from_action(action).and_then(|c| serde_json::to_string(&c).ok())
        {
            self.send.emit(json);
        }
    }

    /// Shows why a round could not be started or answers not collected.
    pub fn fail(&self, error: RoundError) {
        self.error.set(Some(error));
    }
}

/// The store, from the provider in [`RoundsRoot`].
#[hook]
pub fn use_store() -> RoundsStore {
    // Every round component sits inside `RoundsRoot`'s provider: a missing store is a
    // programming error that no user input can cause, caught by the first render.
    #[allow(clippy::expect_used)]
    use_context::<RoundsStore>().expect("round components are rendered inside RoundsRoot")
}

#[derive(Properties, Clone)]
pub struct RoundsRootProps {
    pub lang: Lang,
    pub model: Rc<Model>,
    pub send: Callback<String>,
}

impl PartialEq for RoundsRootProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.model, &other.model)
    }
}

/// The view's root inside the app's element.
#[component]
pub fn RoundsRoot(props: &RoundsRootProps) -> Html {
    let error = use_state(|| None::<RoundError>);
    let store = RoundsStore {
        lang: props.lang,
        model: props.model.clone(),
        send: props.send.clone(),
        error: error.clone(),
    };
    html! {
        <ContextProvider<RoundsStore> context={store}>
            if let Some(e) = &*error {
                <p role="alert" class="error-banner">{ error_text(e, props.lang) }</p>
            }
            <RoundsView />
        </ContextProvider<RoundsStore>>
    }
}

thread_local! {
    static MOUNTED: RefCell<Option<(yew::AppHandle<RoundsRoot>, Callback<String>)>> = const { RefCell::new(None) };
}

fn read(lang: &str, model: &str) -> Option<(Lang, Rc<Model>)> {
    let model: Model = serde_json::from_str(model).ok()?;
    Some((Lang::from_tag(lang), Rc::new(model)))
}

/// Renders the view into `element`; `send` gets each command as JSON. False if the model did
/// not read (the app sent something else than its model).
pub fn mount(element: web_sys::Element, lang: &str, model: &str, send: Callback<String>) -> bool {
    unmount();
    let Some((lang, model)) = read(lang, model) else {
        return false;
    };
    let props = RoundsRootProps {
        lang,
        model,
        send: send.clone(),
    };
    let handle = yew::Renderer::<RoundsRoot>::with_root_and_props(element, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some((handle, send)));
    true
}

/// The app's model or language changed.
pub fn update(lang: &str, model: &str) -> bool {
    let Some((lang, model)) = read(lang, model) else {
        return false;
    };
    MOUNTED.with(|m| {
        if let Some((handle, send)) = m.borrow_mut().as_mut() {
            handle.update(RoundsRootProps {
                lang,
                model,
                send: send.clone(),
            });
        }
    });
    true
}

/// The view closed.
pub fn unmount() {
    if let Some((handle, _)) = MOUNTED.with(|m| m.borrow_mut().take()) {
        handle.destroy();
    }
}
