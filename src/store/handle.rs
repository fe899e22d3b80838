//! The verbs components use to reach the store, so that none of them builds a `Msg` by hand.
//! Both the handle (`Store`) and the render-stable dispatcher (`Dispatcher`) speak them.

use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::figures::filter::{Filter, GroupBy};
use kontaktpunkt_core::{Action, Lang, Model};
use yew::prelude::*;

use super::saved_models;
use super::state::{AppError, AppState, Msg, Notice, View};

pub type Store = UseReducerHandle<AppState>;
/// The reducer's own dispatcher, for the app root's hooks.
pub type AppDispatcher = UseReducerDispatcher<AppState>;

/// What components that only send get: made once, so stable across renders (rows get this
/// instead of the store, so they re-render only when their own touchpoint changes). In the
/// app it hands each message to the store; in the views module it turns what a view may ask
/// into a command for the app (`components::module`).
#[derive(Clone, PartialEq)]
pub struct Dispatcher(Callback<Msg>);

impl Dispatcher {
    pub fn new(send: impl Fn(Msg) + 'static) -> Self {
        Dispatcher(Callback::from(send))
    }
}

/// The language and the model, for the components both the app and the views module render
/// (the charts' export): from the store in the app, from the module's host in the module.
#[derive(Clone, PartialEq)]
pub struct Reading {
    pub lang: Lang,
    pub model: super::ModelRef,
}

pub trait StoreExt: Clone + 'static {
    /// Hands one message to the reducer; used by the verbs below and by the app's hooks.
    fn send(&self, msg: Msg);

    /// Applies an action to the model, stamped with the current time.
    fn act(&self, action: Action) {
        self.send(Msg::Do(action, crate::browser::now()));
    }

    /// A callback that turns its argument into an action and applies it.
    fn callback<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let this = self.clone();
        Callback::from(move |v: T| this.act(f(v)))
    }

    /// A callback that runs a verb and ignores its event: `store.on(|s| s.undo())`.
    fn on<T: 'static>(&self, verb: impl Fn(&Self) + 'static) -> Callback<T> {
        let this = self.clone();
        Callback::from(move |_: T| verb(&this))
    }

    /// Applies an action and, when it succeeds, shows `notice` (a delete with its undo offer).
    fn act_with_notice(&self, action: Action, notice: Notice) {
        self.send(Msg::DoWithNotice(action, crate::browser::now(), notice));
    }

    /// A new version of the app waits: show the prompt.
    fn update_ready(&self) {
        self.send(Msg::UpdateReady);
    }

    /// While tabs are linked the sync worker undoes, so that others' edits stay.
    fn undo(&self) {
        self.send(match crate::sync::undo_in_worker(true) {
            true => Msg::LinkedUndo(true),
            false => Msg::Undo,
        });
    }

    fn redo(&self) {
        self.send(match crate::sync::undo_in_worker(false) {
            true => Msg::LinkedUndo(false),
            false => Msg::Redo,
        });
    }

    fn set_lang(&self, lang: Lang) {
        self.send(Msg::SetLang(lang));
    }

    fn dismiss_error(&self) {
        self.send(Msg::DismissError);
    }

    fn notify(&self, notice: Notice) {
        self.send(Msg::Notice(Some(notice)));
    }

    fn dismiss_notice(&self) {
        self.send(Msg::Notice(None));
    }

    fn show(&self, view: View) {
        self.send(Msg::Show(view));
    }

    /// Opens a touchpoint's editor in the inventory, or closes it with `None`.
    fn open(&self, id: Option<Id>) {
        self.send(Msg::Open(id));
    }

    fn set_filter(&self, filter: Filter) {
        self.send(Msg::SetFilter(filter));
    }

    fn set_group_by(&self, by: GroupBy) {
        self.send(Msg::SetGroupBy(by));
    }

    fn fail(&self, error: AppError) {
        self.send(Msg::Fail(error));
    }

    /// Shows a model from a link or a file read-only, beside the user's own work.
    fn look_at(&self, model: Model) {
        self.send(Msg::Incoming(model));
    }

    fn close_incoming(&self) {
        self.send(Msg::CloseIncoming);
    }

    fn close_received_check(&self) {
        self.send(Msg::CloseReceivedCheck);
    }

    /// Replaces the current model with the one looked at (the `arrival` the user confirmed
    /// for, not a later one), as one undoable step.
    fn replace_with_incoming(&self, arrival: u32) {
        self.send(Msg::ReplaceWithIncoming(crate::browser::now(), arrival));
    }

    /// Makes another saved model the current one.
    fn switch_to(&self, id: &str, lang: Lang) {
        saved_models::switch_to(&|msg| self.send(msg), id, lang);
    }

    /// Starts a fresh saved model titled `title` (empty: named by its content later) and
    /// makes it current. `reuse`: [`AppState::blank_current`].
    fn new_model(&self, lang: Lang, title: String, reuse: Option<String>) {
        let mut model = Model::new(lang);
        model.meta.title = title;
        saved_models::start_new(&|msg| self.send(msg), model, reuse.as_deref());
    }

    /// Stores a model looked at as a new saved model and makes it current.
    /// `reuse`: [`AppState::blank_current`].
    fn keep_copy(&self, model: Model, reuse: Option<String>) {
        saved_models::start_new(&|msg| self.send(msg), model, reuse.as_deref());
    }

    /// Deletes a saved model (the caller has asked the user).
    fn delete_saved(&self, id: &str) {
        saved_models::delete(&|msg| self.send(msg), id);
    }
}

impl StoreExt for Store {
    fn send(&self, msg: Msg) {
        self.dispatch(msg);
    }
}

impl StoreExt for AppDispatcher {
    fn send(&self, msg: Msg) {
        self.dispatch(msg);
    }
}

impl StoreExt for Dispatcher {
    fn send(&self, msg: Msg) {
        self.0.emit(msg);
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

/// The language and the model, in the app or in the views module.
#[hook]
pub fn use_reading() -> Reading {
    let store = use_context::<Store>();
    let given = use_context::<Reading>();
    match (store, given) {
        (Some(store), _) => Reading {
            lang: store.lang,
            model: store.model_ref(),
        },
        // A component outside both providers is a programming error that no user input can
        // cause, caught by the first render in any test.
        #[allow(clippy::expect_used)]
        (None, given) => {
            given.expect("components are rendered inside the store or the views module")
        }
    }
}

/// The dispatcher alone, for components that only send: it never changes, so they do not
/// re-render with the store.
#[hook]
pub fn use_dispatcher() -> Dispatcher {
    // As for `use_store`: the provider in `app` wraps every component.
    #[allow(clippy::expect_used)]
    use_context::<Dispatcher>().expect("components are rendered inside the dispatcher provider")
}
