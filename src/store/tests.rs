//! The store without a browser: every message of the reducer, and the handle's verbs as the
//! messages they send, reduced on a state. (The verbs that stamp the clock or reach
//! localStorage, `act`, `switch_to`, `keep_copy` and the like, run in `tests/browser.rs`.)
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::cell::RefCell;
use std::rc::Rc;

use kontaktpunkt_core::domain::action::{Action, NewTouchpoint};
use kontaktpunkt_core::figures::filter::{Filter, GroupBy};
use kontaktpunkt_core::selfcheck::SelfCheck;
use kontaktpunkt_core::{Lang, Model, ModelError};
use yew::Reducible;

use super::state::{AppError, AppState, Msg, Notice, Saving, View};
use super::StoreExt;
use crate::storage::Entry;

fn state() -> Rc<AppState> {
    Rc::new(AppState::new(Model::new(Lang::En), Lang::En))
}

fn add(name: &str) -> Action {
    Action::AddTouchpoint(NewTouchpoint {
        name: name.into(),
        stage: "awareness".into(),
        contact: Default::default(),
        channel: Default::default(),
    })
}

fn named(title: &str) -> Model {
    let mut m = Model::new(Lang::En);
    m.meta.title = title.into();
    m
}

fn entry(id: &str) -> Entry {
    Entry {
        id: id.into(),
        name: String::new(),
        company: String::new(),
        touchpoints: 0,
        updated: 0.0,
    }
}

// --- the reducer, message by message -------------------------------------------------------

#[test]
fn do_applies_an_action_stamped_with_its_time_and_clears_an_old_error() {
    let failed = state().reduce(Msg::Fail(AppError::Model(ModelError::EmptyName)));
    let done = failed.reduce(Msg::Do(add("Website"), 5.0));
    assert_eq!(done.model().touchpoints.len(), 1);
    assert_eq!(done.model().meta.updated, 5.0);
    assert_eq!(done.error, None);
}

#[test]
fn do_with_notice_shows_the_notice_only_when_the_action_succeeds() {
    let notice = Notice::Deleted("Website".into());
    let ok = state().reduce(Msg::DoWithNotice(add("Website"), 1.0, notice.clone()));
    assert_eq!(ok.notice, Some(notice.clone()));
    let refused = state().reduce(Msg::DoWithNotice(Action::DeleteTouchpoint(9), 1.0, notice));
    assert_eq!(refused.notice, None);
    assert!(matches!(refused.error, Some(AppError::Model(_))));
}

#[test]
fn undo_takes_back_a_step_and_its_notice_and_redo_brings_the_step_back() {
    let notice = Notice::Deleted("Website".into());
    let done = state().reduce(Msg::DoWithNotice(add("Website"), 1.0, notice));
    let undone = done.clone().reduce(Msg::Undo);
    assert!(undone.model().touchpoints.is_empty());
    assert_eq!(undone.notice, None);
    let redone = undone.reduce(Msg::Redo);
    assert_eq!(redone.model(), done.model());
}

#[test]
fn undo_and_redo_with_nothing_to_do_keep_the_same_state() {
    let start = state();
    assert!(Rc::ptr_eq(&start.clone().reduce(Msg::Undo), &start));
    assert!(Rc::ptr_eq(&start.clone().reduce(Msg::Redo), &start));
}

#[test]
fn language_error_and_notice_are_set_and_dismissed() {
    assert_eq!(state().reduce(Msg::SetLang(Lang::De)).lang, Lang::De);
    let failed = state().reduce(Msg::Fail(AppError::Model(ModelError::EmptyName)));
    assert_eq!(failed.error, Some(AppError::Model(ModelError::EmptyName)));
    assert_eq!(failed.reduce(Msg::DismissError).error, None);
    let noticed = state().reduce(Msg::Notice(Some(Notice::FileUnreadable)));
    assert_eq!(noticed.notice, Some(Notice::FileUnreadable));
    assert_eq!(noticed.reduce(Msg::Notice(None)).notice, None);
}

#[test]
fn a_save_that_changes_nothing_keeps_the_same_state() {
    let start = state();
    assert!(Rc::ptr_eq(
        &start.clone().reduce(Msg::Saved(Saving::Saved)),
        &start
    ));
    assert_eq!(
        start.reduce(Msg::Saved(Saving::Failed)).saving,
        Saving::Failed
    );
}

#[test]
fn showing_a_view_and_opening_a_touchpoint_goes_to_the_inventory() {
    let journey = state().reduce(Msg::Show(View::Journey));
    assert_eq!(journey.view, View::Journey);
    let opened = journey.clone().reduce(Msg::Open(Some(1)));
    assert_eq!((opened.open, opened.view), (Some(1), View::Inventory));
    let closed = journey.reduce(Msg::Open(None));
    assert_eq!((closed.open, closed.view), (None, View::Journey));
}

#[test]
fn filter_and_grouping_are_state() {
    let filter = Filter {
        text: "web".into(),
        ..Filter::default()
    };
    assert_eq!(
        state().reduce(Msg::SetFilter(filter.clone())).filter,
        filter
    );
    assert_eq!(
        state().reduce(Msg::SetGroupBy(GroupBy::Stage)).group_by,
        GroupBy::Stage
    );
}

#[test]
fn switching_models_starts_a_fresh_history_and_closes_what_belonged_to_the_old_one() {
    let busy = state()
        .reduce(Msg::Do(add("Website"), 1.0))
        .reduce(Msg::Open(Some(1)))
        .reduce(Msg::Notice(Some(Notice::FileUnreadable)))
        .reduce(Msg::Incoming(named("Shared")));
    let switched = busy.reduce(Msg::Switch {
        id: "m2".into(),
        model: named("Other"),
    });
    assert_eq!(switched.current_id, "m2");
    assert_eq!(switched.model().meta.title, "Other");
    assert!(!switched.history.can_undo());
    assert_eq!((switched.open, &switched.notice), (None, &None));
    assert_eq!(switched.incoming, None);
}

#[test]
fn an_unchanged_list_of_saved_or_damaged_models_keeps_the_same_state() {
    let listed = state().reduce(Msg::Listed(vec![entry("m1")]));
    assert_eq!(listed.saved, vec![entry("m1")]);
    assert!(Rc::ptr_eq(
        &listed.clone().reduce(Msg::Listed(vec![entry("m1")])),
        &listed
    ));
    let damaged: super::Damaged =
        vec![("kontaktpunkt.corrupt.m1".to_string(), "{".to_string())].into();
    let kept = listed.reduce(Msg::Damaged(damaged.clone()));
    assert_eq!(kept.damaged, damaged);
    assert!(Rc::ptr_eq(
        &kept.clone().reduce(Msg::Damaged(damaged)),
        &kept
    ));
}

#[test]
fn an_incoming_model_is_looked_at_and_closed_without_touching_the_own_one() {
    let start = state();
    let looking = start.clone().reduce(Msg::Incoming(named("Shared")));
    assert_eq!(
        looking.incoming.as_ref().unwrap().model.meta.title,
        "Shared"
    );
    assert_eq!(looking.model(), start.model());
    assert_eq!(looking.reduce(Msg::CloseIncoming).incoming, None);
}

#[test]
fn replacing_with_nothing_incoming_keeps_the_same_state() {
    let start = state();
    assert!(Rc::ptr_eq(
        &start.clone().reduce(Msg::ReplaceWithIncoming(1.0, 0)),
        &start
    ));
    let replaced = start
        .reduce(Msg::Show(View::Report))
        .reduce(Msg::Incoming(named("Shared")))
        .reduce(Msg::ReplaceWithIncoming(2.0, 0));
    assert_eq!(replaced.view, View::Inventory);
    assert!(replaced.history.can_undo());
}

#[test]
fn a_received_self_check_is_shown_and_closed() {
    let received = state().reduce(Msg::ReceivedCheck(SelfCheck::new()));
    assert_eq!(received.received_check, Some(SelfCheck::new()));
    assert_eq!(
        received.reduce(Msg::CloseReceivedCheck).received_check,
        None
    );
}

#[test]
fn another_tabs_version_is_one_undo_away_with_a_notice_unless_it_is_the_same() {
    let start = state();
    assert!(Rc::ptr_eq(
        &start.clone().reduce(Msg::External(Model::new(Lang::En))),
        &start
    ));
    let taken = start
        .reduce(Msg::Do(add("Website"), 1.0))
        .reduce(Msg::External(named("Other tab")));
    assert_eq!(taken.model().meta.title, "Other tab");
    assert_eq!(taken.notice, Some(Notice::ExternalUpdate));
    let back = taken.reduce(Msg::Undo);
    assert_eq!(
        back.model().touchpoints.len(),
        1,
        "this tab's own edit comes back"
    );
}

#[test]
fn a_waiting_update_is_noted_once() {
    let ready = state().reduce(Msg::UpdateReady);
    assert!(ready.update_ready);
    assert!(Rc::ptr_eq(&ready.clone().reduce(Msg::UpdateReady), &ready));
}

// --- the handle's verbs --------------------------------------------------------------------

/// A store that keeps what the verbs send.
#[derive(Clone, Default)]
struct Recorder(Rc<RefCell<Vec<Msg>>>);

impl StoreExt for Recorder {
    fn send(&self, msg: Msg) {
        self.0.borrow_mut().push(msg);
    }
}

impl Recorder {
    /// The state after every message sent so far.
    fn reduced(&self, start: Rc<AppState>) -> Rc<AppState> {
        self.0
            .borrow_mut()
            .drain(..)
            .fold(start, |s, msg| s.reduce(msg))
    }
}

#[test]
fn the_verbs_send_the_messages_that_do_what_they_say() {
    let store = Recorder::default();
    let start = state().reduce(Msg::Do(add("Website"), 1.0));

    store.undo();
    let undone = store.reduced(start.clone());
    assert!(undone.model().touchpoints.is_empty());
    store.redo();
    assert_eq!(store.reduced(undone).model(), start.model());

    store.set_lang(Lang::De);
    store.show(View::Measures);
    store.open(Some(1));
    store.set_group_by(GroupBy::Owner);
    store.set_filter(Filter {
        text: "x".into(),
        ..Filter::default()
    });
    let s = store.reduced(start.clone());
    assert_eq!(
        (s.lang, s.view, s.open, s.group_by),
        (Lang::De, View::Inventory, Some(1), GroupBy::Owner)
    );
    assert_eq!(s.filter.text, "x");

    store.fail(AppError::Model(ModelError::EmptyName));
    assert!(store.reduced(start.clone()).error.is_some());
    store.fail(AppError::Model(ModelError::EmptyName));
    store.dismiss_error();
    assert_eq!(store.reduced(start.clone()).error, None);

    store.notify(Notice::FileUnreadable);
    assert_eq!(
        store.reduced(start.clone()).notice,
        Some(Notice::FileUnreadable)
    );
    store.notify(Notice::FileUnreadable);
    store.dismiss_notice();
    assert_eq!(store.reduced(start.clone()).notice, None);

    store.look_at(named("Shared"));
    assert!(store.reduced(start.clone()).incoming.is_some());
    store.look_at(named("Shared"));
    store.close_incoming();
    assert_eq!(store.reduced(start.clone()).incoming, None);

    store.close_received_check();
    store.update_ready();
    let s = store.reduced(start.clone().reduce(Msg::ReceivedCheck(SelfCheck::new())));
    assert_eq!(s.received_check, None);
    assert!(s.update_ready);
}

#[test]
fn a_verb_callback_ignores_its_event() {
    let store = Recorder::default();
    store.on::<u8>(|s| s.undo()).emit(7);
    let undone = store.reduced(state().reduce(Msg::Do(add("Website"), 1.0)));
    assert!(undone.model().touchpoints.is_empty());
}

#[test]
fn a_tab_adds_with_ids_from_its_own_block_and_says_which_id_comes_next() {
    let mut start = (*state()).clone();
    start.replica = 7;
    let start = Rc::new(start);
    let expected = start.next_id();
    let added = start.reduce(Msg::Do(add("Hotline"), 1.0));
    let id = added.model().touchpoints.first().unwrap().id;
    assert_eq!(id, expected);
    assert_eq!(kontaktpunkt_core::domain::ids::block(id), 7);
}

#[test]
fn others_version_is_no_undo_step_and_a_linked_undo_only_counts() {
    let mine = state().reduce(Msg::Do(add("Mine"), 1.0));
    let theirs = mine
        .model()
        .apply(Action::SetCompany("Theirs".into()), 2.0)
        .unwrap();
    let taken = mine.reduce(Msg::Remote(theirs));
    assert_eq!(taken.model().meta.company, "Theirs");
    assert!(
        taken.history.can_undo(),
        "this tab's own step is still to undo"
    );
    let undone = taken.reduce(Msg::LinkedUndo(true));
    assert_eq!(
        undone.model().meta.company,
        "Theirs",
        "the worker undoes: the model comes from it"
    );
    assert!(!undone.history.can_undo());
    assert!(undone.history.can_redo());
}

#[test]
fn a_live_session_keeps_the_others_presence_and_ends_with_its_model() {
    use super::live::{Live, LiveMsg};
    use kontaktpunkt_core::edits::wire::LiveStatus;
    use kontaktpunkt_core::io::presence::Presence;
    let person = |name: &str, editing| Presence {
        name: name.into(),
        colour: 1,
        editing,
    };
    // A status without a session changes nothing.
    let idle = state();
    let after = idle
        .clone()
        .reduce(Msg::Live(LiveMsg::Status(LiveStatus::Connected, 1)));
    assert!(Rc::ptr_eq(&idle, &after));

    let live = Live::new("ks1.a.b".into(), person("Ada", None), true);
    let s = state()
        .reduce(Msg::Live(LiveMsg::Ask(Some("ks1.a.b".into()))))
        .reduce(Msg::Live(LiveMsg::Session(Some(Box::new(live)))));
    assert_eq!(s.live_ask, None, "joining answers the question");
    let s = s
        .reduce(Msg::Live(LiveMsg::Status(LiveStatus::Connected, 1)))
        .reduce(Msg::Live(LiveMsg::Presence(
            7,
            Some(person("Bob", Some(3))),
        )))
        .reduce(Msg::Live(LiveMsg::Presence(
            8,
            Some(person("Cem", Some(4))),
        )))
        .reduce(Msg::Live(LiveMsg::Presence(8, None)));
    let live = s.live.clone().unwrap();
    assert_eq!((live.status, live.peers), (Some(LiveStatus::Connected), 1));
    let editing: Vec<_> = live.editing(3).map(|p| p.name.as_str()).collect();
    assert_eq!(editing, ["Bob"]);
    assert_eq!(live.editing(4).count(), 0, "Cem left");

    let other = s.reduce(Msg::Switch {
        id: "another".into(),
        model: Model::new(Lang::En),
    });
    assert_eq!(
        other.live, None,
        "the session belongs to the model it was started for"
    );
}

#[test]
fn linking_forgets_the_steps_from_before_and_keeps_the_model() {
    let before = state()
        .reduce(Msg::Do(add("Website"), 1.0))
        .reduce(Msg::Do(add("Hotline"), 2.0))
        .reduce(Msg::Undo);
    assert!(before.history.can_undo() && before.history.can_redo());
    let linked = before.clone().reduce(Msg::Linked);
    assert_eq!(linked.model(), before.model());
    assert!(
        !linked.history.can_undo(),
        "an older whole model would undo others' edits"
    );
    assert!(!linked.history.can_redo());
    // Linked again with nothing to forget: nothing changes, no render.
    let again = linked.clone().reduce(Msg::Linked);
    assert!(Rc::ptr_eq(&linked, &again));
    // What is done after linking is undone as usual (by the worker, counted here).
    let after = linked.reduce(Msg::Do(add("Invoice"), 3.0));
    assert!(after.history.can_undo());
}
