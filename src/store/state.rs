//! The app's state and its reducer: the core's undo history plus UI state (language, view,
//! filter, last error, notice, update prompt). Every change goes through `Msg`; the core
//! validates it and may refuse with a typed error, which stays visible until dismissed or the
//! next change succeeds. No web APIs here, so `cargo test -p kontaktpunkt` tests it natively;
//! components send messages only through the verbs in `handle`.

use std::rc::Rc;

use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::figures::filter::{Filter, GroupBy};
use kontaktpunkt_core::io::share::ShareError;
use kontaktpunkt_core::text::share::error_text;
use kontaktpunkt_core::{Action, Lang, Model, ModelError};

use crate::storage::{Damage, Entry, Kept};
use yew::Reducible;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Inventory,
    Journey,
    Matrix,
    Gaps,
    Indices,
    Lists,
    Measures,
    Tracking,
    Kpis,
    Report,
    Rounds,
    Share,
    Models,
    SelfCheck,
}

impl View {
    pub const ALL: [View; 14] = [
        View::Inventory,
        View::Journey,
        View::Matrix,
        View::Gaps,
        View::Indices,
        View::Lists,
        View::Measures,
        View::Tracking,
        View::Kpis,
        View::Report,
        View::Rounds,
        View::Share,
        View::Models,
        View::SelfCheck,
    ];

    /// The view's address in the query string (`?view=<key>`): stable, for bookmarks.
    pub fn key(self) -> &'static str {
        match self {
            View::Inventory => "inventory",
            View::Journey => "journey",
            View::Matrix => "matrix",
            View::Gaps => "gaps",
            View::Indices => "indices",
            View::Lists => "lists",
            View::Measures => "measures",
            View::Tracking => "tracking",
            View::Kpis => "kpis",
            View::Report => "report",
            View::Rounds => "rounds",
            View::Share => "share",
            View::Models => "models",
            View::SelfCheck => "selfcheck",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Whether the last autosave worked.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Saving {
    #[default]
    Saved,
    Failed,
}

/// Any refusal the UI shows, worded at render time in the current language.
#[derive(Clone, Debug, PartialEq)]
pub enum AppError {
    Model(ModelError),
    Share(ShareError),
    SelfCheck(kontaktpunkt_core::selfcheck::SelfCheckError),
    /// A view of the views module (its own wasm) sent a command that does not read.
    ModuleCommand,
    /// A stored model failed to load; the banner offers its text for export at once.
    Damaged(Damage),
}

impl AppError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            AppError::Model(e) => lang.texts().error(e),
            AppError::Share(e) => error_text(e, lang),
            AppError::SelfCheck(e) => kontaktpunkt_core::selfcheck::texts(lang).error(e),
            AppError::ModuleCommand => lang.texts().shell.module_unreadable.to_string(),
            AppError::Damaged(damage) => {
                let texts = lang.texts();
                let what = match damage.kept {
                    Kept::Aside(_) => texts.shell.storage_corrupt,
                    Kept::InPlace(_) => texts.shell.storage_corrupt_in_place,
                };
                format!("{what} {}", texts.error(&damage.error))
            }
        }
    }
}

/// A one-line notice, worded at render time so that it follows a language switch.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A touchpoint was deleted (its name); the notice offers undo.
    Deleted(String),
    /// Another tab saved the current model, and this tab took its version (undo takes this
    /// tab's own version back).
    ExternalUpdate,
    /// The list of saved models was unreadable and was rebuilt: how many models it found.
    IndexRepaired(usize),
    /// A chosen file could not be read.
    FileUnreadable,
}

impl Notice {
    pub fn text(&self, lang: Lang) -> String {
        let texts = lang.texts();
        match self {
            Notice::Deleted(name) => texts.shell.deleted(name),
            Notice::ExternalUpdate => texts.shell.external_update.to_string(),
            Notice::IndexRepaired(found) => texts.shell.index_repaired(*found),
            Notice::FileUnreadable => texts.shell.file_unreadable.to_string(),
        }
    }

    /// Whether the notice's undo button means something (it undoes what the notice reports).
    pub fn undoable(&self) -> bool {
        matches!(self, Notice::Deleted(_) | Notice::ExternalUpdate)
    }
}

/// Damaged stored entries kept aside, for export: (storage key, raw text). Shared: every
/// message clones the state, and these texts can be whole models.
pub type Damaged = Rc<[(String, String)]>;

/// A model from a link or a file, shown read-only until the user decides what to do with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub model: Rc<Model>,
    /// Which arrival this is: a confirmation applies only to the model it was opened for.
    pub arrival: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub history: History,
    pub lang: Lang,
    pub error: Option<AppError>,
    /// The saved model being worked on, and the list of all saved models.
    pub current_id: String,
    pub saved: Vec<Entry>,
    pub damaged: Damaged,
    pub incoming: Option<Incoming>,
    /// A self-check result opened from a link (`#sc1.…`), shown read-only.
    pub received_check: Option<kontaktpunkt_core::selfcheck::SelfCheck>,
    /// Set when the app runs as a widget in another site's iframe.
    pub embed: Option<Rc<kontaktpunkt_core::selfcheck::embed::EmbedConfig>>,
    /// A one-line notice with an undo offer (after a delete), or a storage problem.
    pub notice: Option<Notice>,
    pub saving: Saving,
    /// The browser denies localStorage outright: the app runs in memory only.
    pub storage_denied: bool,
    /// Another tab stored the current model in a form this tab cannot read (a newer version
    /// of the app): this tab stops saving it, and says why, until the page is reloaded.
    pub save_blocked: Option<ModelError>,
    /// A new version of the app has been downloaded and waits for the user's go.
    pub update_ready: bool,
    pub view: View,
    /// The touchpoint whose editor is open.
    pub open: Option<Id>,
    pub filter: Filter,
    pub group_by: GroupBy,
    /// This tab's replica number: new ids come from its block (`domain::ids`), so two tabs or
    /// browsers that add at once never hand out the same id. 0: the plain counter (tests).
    pub replica: u32,
    /// The current model's live session, if it is in one.
    pub live: Option<Rc<super::live::Live>>,
    /// A session link opened, waiting for this person's name.
    pub live_ask: Option<String>,
}

pub enum Msg {
    /// An action on the model, stamped with the time it happened (ms since the epoch).
    Do(Action, f64),
    /// An action that, when it succeeds, leaves a notice (a delete with its undo offer).
    DoWithNotice(Action, f64, Notice),
    Undo,
    Redo,
    SetLang(Lang),
    DismissError,
    Notice(Option<Notice>),
    Saved(Saving),
    Show(View),
    /// Opens a touchpoint's editor in the inventory (from a chart, or the list itself).
    Open(Option<Id>),
    SetFilter(Filter),
    SetGroupBy(GroupBy),
    Fail(AppError),
    /// Another saved model becomes the current one (fresh undo history).
    Switch {
        id: String,
        model: Model,
    },
    Listed(Vec<Entry>),
    Damaged(Damaged),
    /// A shared link or an imported file to look at before deciding.
    Incoming(Model),
    /// A self-check result from a link.
    ReceivedCheck(kontaktpunkt_core::selfcheck::SelfCheck),
    CloseIncoming,
    CloseReceivedCheck,
    /// Replaces the current model with the incoming one (that arrival only), as one
    /// undoable step.
    ReplaceWithIncoming(f64, u32),
    /// Another tab saved the current model: take its version.
    External(Model),
    /// The current model with others' edits merged (another tab's, through the sync worker),
    /// or after the worker undid one of this tab's steps: no undo step of its own.
    Remote(Model),
    /// This tab now merges the current model with others through the sync worker: its steps
    /// from before are forgotten (`History::forget_steps`), undo takes back what it does next.
    Linked,
    /// The sync worker undoes (`false`: redoes) this tab's own step; its model comes as
    /// [`Msg::Remote`]. Here only the steps left to undo and redo are counted.
    LinkedUndo(bool),
    /// Another tab saved the current model in a form this tab cannot read.
    StoredUnreadable(ModelError),
    /// A new version of the app waits (from the service worker, see `offline`).
    UpdateReady,
    /// The live session's part (`store::live`).
    Live(super::live::LiveMsg),
}

impl AppState {
    pub fn new(model: Model, lang: Lang) -> Self {
        Self {
            history: History::new(model),
            lang,
            error: None,
            current_id: String::new(),
            saved: Vec::new(),
            damaged: Rc::from([]),
            incoming: None,
            received_check: None,
            embed: None,
            notice: None,
            saving: Saving::Saved,
            storage_denied: false,
            save_blocked: None,
            update_ready: false,
            view: View::Inventory,
            open: None,
            filter: Filter::default(),
            group_by: GroupBy::None,
            replica: 0,
            live: None,
            live_ask: None,
        }
    }

    /// The history, its next ids taken from this tab's block.
    fn claimed(&mut self) -> &mut History {
        self.history.claim_ids(self.replica);
        &mut self.history
    }

    /// The id the next touchpoint, measure or snapshot added in this tab gets.
    pub fn next_id(&self) -> Id {
        self.model().next_id_for(self.replica).max(1)
    }

    /// Applies a message during start-up, before the store exists.
    pub fn receive(&mut self, msg: Msg) {
        let next = Rc::new(self.clone()).reduce(msg);
        *self = (*next).clone();
    }

    pub fn model(&self) -> &Model {
        &self.history.current
    }

    pub fn model_ref(&self) -> ModelRef {
        ModelRef(self.history.current.clone())
    }

    /// The current model's id when the user has put nothing into it (and has nothing to undo
    /// or redo): starting or keeping another model may take its place.
    pub fn blank_current(&self) -> Option<String> {
        let untouched = !self.history.can_undo() && !self.history.can_redo();
        (untouched && self.model().is_blank()).then(|| self.current_id.clone())
    }
}

impl Reducible for AppState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Do(action, now) => match next.claimed().apply(action, now) {
                Ok(()) => next.error = None,
                Err(e) => next.error = Some(AppError::Model(e)),
            },
            Msg::DoWithNotice(action, now, notice) => match next.claimed().apply(action, now) {
                Ok(()) => {
                    next.error = None;
                    next.notice = Some(notice);
                }
                Err(e) => next.error = Some(AppError::Model(e)),
            },
            Msg::Undo => {
                if !next.history.undo() {
                    return self;
                }
                next.notice = None;
            }
            Msg::Redo => {
                if !next.history.redo() {
                    return self;
                }
            }
            Msg::SetLang(lang) => next.lang = lang,
            Msg::DismissError => next.error = None,
            Msg::Notice(text) => next.notice = text,
            Msg::Saved(saving) => {
                if saving == self.saving {
                    return self;
                }
                next.saving = saving;
            }
            Msg::Show(view) => {
                next.view = view;
            }
            Msg::Open(id) => {
                next.open = id;
                if id.is_some() {
                    next.view = View::Inventory;
                }
            }
            Msg::SetFilter(filter) => next.filter = filter,
            Msg::SetGroupBy(by) => next.group_by = by,
            Msg::Fail(e) => next.error = Some(e),
            Msg::Switch { id, model } => {
                if id != next.current_id {
                    // A live session belongs to its model.
                    next.live = None;
                }
                next.history = History::new(model);
                next.save_blocked = None;
                next.current_id = id;
                next.open = None;
                next.notice = None;
                next.incoming = None;
            }
            Msg::Listed(list) => {
                if list == self.saved {
                    return self;
                }
                next.saved = list;
            }
            Msg::Damaged(list) => {
                if list == self.damaged {
                    return self;
                }
                next.damaged = list;
            }
            Msg::Incoming(model) => {
                let arrival = self
                    .incoming
                    .as_ref()
                    .map_or(0, |i| i.arrival.wrapping_add(1));
                next.incoming = Some(Incoming {
                    model: Rc::new(model),
                    arrival,
                })
            }
            Msg::CloseIncoming => next.incoming = None,
            Msg::CloseReceivedCheck => next.received_check = None,
            Msg::ReceivedCheck(check) => next.received_check = Some(check),
            Msg::ReplaceWithIncoming(now, arrival) => {
                // A link that arrived while the question was open is not what was confirmed.
                if next.incoming.as_ref().is_none_or(|i| i.arrival != arrival) {
                    return self;
                }
                let Some(incoming) = next.incoming.take() else {
                    return self;
                };
                let model = (*incoming.model).clone();
                if let Err(e) = next.history.apply(Action::Replace(Box::new(model)), now) {
                    next.error = Some(AppError::Model(e));
                }
                next.view = View::Inventory;
            }
            Msg::External(model) => {
                if model == *next.history.current {
                    return self;
                }
                // One undoable step: this tab's own recent edit stays one undo away.
                next.history.adopt(model);
                next.save_blocked = None;
                next.notice = Some(Notice::ExternalUpdate);
            }
            Msg::Remote(model) => {
                if !next.history.take(model) {
                    return self;
                }
            }
            Msg::Linked => {
                if !next.history.forget_steps() {
                    return self;
                }
            }
            Msg::LinkedUndo(undo) => {
                let counted = if undo {
                    next.history.step_back()
                } else {
                    next.history.step_forward()
                };
                if !counted {
                    return self;
                }
                next.notice = None;
            }
            Msg::StoredUnreadable(e) => {
                if self.save_blocked.as_ref() == Some(&e) {
                    return self;
                }
                next.save_blocked = Some(e);
            }
            Msg::UpdateReady => {
                if self.update_ready {
                    return self;
                }
                next.update_ready = true;
            }
            Msg::Live(msg) => {
                use super::live::LiveMsg;
                match msg {
                    LiveMsg::Session(live) => {
                        next.live = live.map(|l| Rc::new(*l));
                        next.live_ask = None;
                    }
                    LiveMsg::Ask(fragment) => next.live_ask = fragment,
                    LiveMsg::Status(status, peers) => {
                        let live = next.live.as_mut().map(Rc::make_mut);
                        let Some(live) = live else { return self };
                        (live.status, live.peers) = (Some(status), peers);
                    }
                    LiveMsg::Presence(client, presence) => {
                        let Some(live) = &next.live else { return self };
                        next.live = Some(Rc::new(live.with_presence(client, presence)));
                    }
                }
            }
        }
        Rc::new(next)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(Model::new(Lang::En), Lang::En))
    }

    #[test]
    fn a_refused_action_leaves_the_model_and_shows_a_typed_error() {
        let before = state();
        let after = before
            .clone()
            .reduce(Msg::Do(Action::DeleteTouchpoint(999), 1.0));
        assert_eq!(after.model(), before.model());
        assert!(matches!(after.error, Some(AppError::Model(_))));
    }

    #[test]
    fn replacing_with_the_incoming_model_is_undone_exactly() {
        let before = state();
        let mut other = Model::new(Lang::En);
        other.meta.title = "Shared".into();
        let looked = before.clone().reduce(Msg::Incoming(other.clone()));
        let arrival = looked
            .incoming
            .as_ref()
            .map(|i| i.arrival)
            .unwrap_or_default();
        let replaced = looked.reduce(Msg::ReplaceWithIncoming(2.0, arrival));
        assert_eq!(replaced.model().meta.title, "Shared");
        assert_eq!(replaced.incoming, None);
        let undone = replaced.reduce(Msg::Undo);
        assert_eq!(undone.model(), before.model());
    }

    #[test]
    fn a_confirmation_applies_only_to_the_link_it_was_opened_for() {
        let named = |title: &str| {
            let mut m = Model::new(Lang::En);
            m.meta.title = title.into();
            m
        };
        let first = state().reduce(Msg::Incoming(named("First")));
        let asked_for = first
            .incoming
            .as_ref()
            .map(|i| i.arrival)
            .unwrap_or_default();
        let second = first.reduce(Msg::Incoming(named("Second")));
        let after = second
            .clone()
            .reduce(Msg::ReplaceWithIncoming(2.0, asked_for));
        assert_eq!(after.model().meta.title, "");
        assert!(Rc::ptr_eq(&after, &second), "nothing changed");
    }

    #[test]
    fn another_tabs_save_is_one_undo_away_from_this_tabs_own_version() {
        let mine = state().reduce(Msg::Do(Action::SetTitle("Mine".into()), 1.0));
        let mut theirs = mine.model().clone();
        theirs.meta.title = "Theirs".into();
        let taken = mine.reduce(Msg::External(theirs));
        assert_eq!(taken.model().meta.title, "Theirs");
        assert_eq!(taken.notice, Some(Notice::ExternalUpdate));
        let back = taken.reduce(Msg::Undo);
        assert_eq!(back.model().meta.title, "Mine");
        assert!(back.history.can_undo(), "the tab's own history is kept");
    }

    #[test]
    fn a_notice_follows_a_language_switch() {
        let noticed = state().reduce(Msg::Notice(Some(Notice::ExternalUpdate)));
        let switched = noticed.clone().reduce(Msg::SetLang(Lang::De));
        let notice = switched.notice.clone();
        assert_eq!(notice, Some(Notice::ExternalUpdate));
        assert_ne!(
            Notice::ExternalUpdate.text(Lang::De),
            Notice::ExternalUpdate.text(Lang::En)
        );
    }

    #[test]
    fn an_unreadable_module_command_is_worded_in_the_users_language_and_the_view_has_an_address() {
        let e = AppError::ModuleCommand;
        assert!(e
            .text(Lang::De)
            .starts_with("Die Ansicht schickte etwas Unlesbares"));
        assert!(e
            .text(Lang::En)
            .starts_with("The view sent something unreadable"));
        assert_eq!(View::from_key("rounds"), Some(View::Rounds));
    }

    #[test]
    fn the_update_prompt_is_state() {
        let ready = state().reduce(Msg::UpdateReady);
        assert!(ready.update_ready);
    }
}
