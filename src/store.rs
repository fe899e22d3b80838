//! The app's one store: the core's undo history plus UI state (language, last error).
//! Every change goes through `Msg`; the core validates it and may refuse with a typed error.

use std::rc::Rc;

use kontaktpunkt_core::history::History;
use kontaktpunkt_core::{Action, Lang, Model, ModelError};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History,
    pub lang: Lang,
    /// The last refused change, shown until dismissed or the next change succeeds.
    pub error: Option<ModelError>,
}

pub enum Msg {
    /// An action on the model, stamped with the time it happened (ms since the epoch).
    Do(Action, f64),
    Undo,
    Redo,
    SetLang(Lang),
    DismissError,
}

impl AppState {
    pub fn new(model: Model, lang: Lang) -> Self {
        Self {
            history: History::new(model),
            lang,
            error: None,
        }
    }

    pub fn model(&self) -> &Model {
        &self.history.current
    }
}

impl Reducible for AppState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Do(action, now) => match next.history.apply(action, now) {
                Ok(()) => next.error = None,
                Err(e) => next.error = Some(e),
            },
            Msg::Undo => {
                if !next.history.undo() {
                    return self;
                }
            }
            Msg::Redo => {
                if !next.history.redo() {
                    return self;
                }
            }
            Msg::SetLang(lang) => next.lang = lang,
            Msg::DismissError => next.error = None,
        }
        Rc::new(next)
    }
}

pub type Store = UseReducerHandle<AppState>;

/// The verbs components use, so none of them builds `Msg`s by hand.
pub trait StoreExt {
    fn act(&self, action: Action);
}

impl StoreExt for Store {
    fn act(&self, action: Action) {
        self.dispatch(Msg::Do(action, crate::browser::now()));
    }
}

/// The store, from the provider in `app`.
#[hook]
pub fn use_store() -> Store {
    // Every component sits inside `app::App`'s provider: a missing store is a programming
    // error that no user input can cause, caught by the first render in any test.
    #[allow(clippy::expect_used)]
    use_context::<Store>().expect("components are rendered inside the store provider")
}

/// A shared model in props, compared by pointer: the history swaps the `Rc` on every change,
/// so pointer equality is exact and avoids deep comparisons of large models on each render.
#[derive(Clone, Debug)]
pub struct ModelRef(pub Rc<Model>);

impl PartialEq for ModelRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ModelRef {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.0
    }
}

impl AppState {
    pub fn model_ref(&self) -> ModelRef {
        ModelRef(self.history.current.clone())
    }
}
