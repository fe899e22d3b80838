//! The rating round view inside the views module (`crate::components::module`): the host
//! hands it the app's model and language; the view sends the consultant's decisions back as
//! [`RoundCommand`]s, which the app runs through its store (undo, storage).

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

/// The view's root inside the module's element.
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
