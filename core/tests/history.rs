#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Undo and redo over whole models.

use std::rc::Rc;

use kontaktpunkt_core::domain::history::{History, UNDO_LIMIT};
use kontaktpunkt_core::{Action, Lang, Model, ModelError};

fn title(h: &History) -> &str {
    &h.current.meta.title
}

fn set_title(h: &mut History, t: &str) {
    h.apply(Action::SetTitle(t.into()), 1.0).unwrap();
}

#[test]
fn new_history_has_nothing_to_undo_or_redo() {
    let mut h = History::new(Model::new(Lang::En));
    assert!(!h.can_undo());
    assert!(!h.can_redo());
    assert!(!h.undo());
    assert!(!h.redo());
    assert_eq!(*h.current, Model::new(Lang::En));
}

#[test]
fn undo_and_redo_walk_the_steps() {
    let mut h = History::new(Model::new(Lang::En));
    set_title(&mut h, "A");
    set_title(&mut h, "B");
    set_title(&mut h, "C");
    assert_eq!(title(&h), "C");
    assert!(h.can_undo() && !h.can_redo());

    assert!(h.undo());
    assert_eq!(title(&h), "B");
    assert!(h.undo());
    assert_eq!(title(&h), "A");
    assert!(h.can_redo());
    assert!(h.redo());
    assert_eq!(title(&h), "B");
    assert!(h.undo());
    assert!(h.undo());
    assert_eq!(title(&h), "");
    assert!(!h.can_undo());
    assert!(!h.undo(), "nothing left to undo");
    assert_eq!(title(&h), "");
    for expected in ["A", "B", "C"] {
        assert!(h.redo());
        assert_eq!(title(&h), expected);
    }
    assert!(!h.redo());
    assert_eq!(title(&h), "C");
}

#[test]
fn undo_restores_the_very_same_model() {
    let mut h = History::new(Model::new(Lang::En));
    set_title(&mut h, "A");
    let before = Rc::clone(&h.current);
    h.apply(Action::SetCompany("X".into()), 2.0).unwrap();
    assert!(!Rc::ptr_eq(&before, &h.current));
    assert!(h.undo());
    assert!(Rc::ptr_eq(&before, &h.current), "undo shares the old model");
    assert_eq!(
        h.current.meta.updated, 1.0,
        "undo restores the old stamp too"
    );
}

#[test]
fn new_action_clears_redo() {
    let mut h = History::new(Model::new(Lang::En));
    set_title(&mut h, "A");
    set_title(&mut h, "B");
    assert!(h.undo());
    assert!(h.can_redo());
    set_title(&mut h, "C");
    assert!(!h.can_redo());
    assert!(!h.redo());
    assert_eq!(title(&h), "C");
    assert!(h.undo());
    assert_eq!(title(&h), "A", "B is gone for good");
}

#[test]
fn failed_action_leaves_history_untouched() {
    let mut h = History::new(Model::new(Lang::En));
    set_title(&mut h, "A");
    set_title(&mut h, "B");
    assert!(h.undo()); // current A, undo [""], redo [B]
    let before = h.clone();
    let current = Rc::clone(&h.current);

    let err = h.apply(Action::DeleteTouchpoint(42), 99.0).unwrap_err();
    assert_eq!(err, ModelError::UnknownTouchpoint(42));
    assert_eq!(h, before);
    assert!(Rc::ptr_eq(&current, &h.current));
    assert_eq!(
        h.current.meta.updated, 1.0,
        "no stamp from the failed action"
    );
    // redo survived the failure
    assert!(h.can_redo());
    assert!(h.redo());
    assert_eq!(title(&h), "B");
}

#[test]
fn undo_limit_is_honoured() {
    const EXTRA: usize = 50;
    let mut h = History::new(Model::new(Lang::En));
    // state k has title k; apply UNDO_LIMIT + EXTRA steps
    for k in 1..=UNDO_LIMIT + EXTRA {
        set_title(&mut h, &k.to_string());
    }
    let mut undos = 0;
    while h.undo() {
        undos += 1;
    }
    assert_eq!(undos, UNDO_LIMIT);
    // the oldest EXTRA states fell off: the earliest reachable is state EXTRA
    assert_eq!(title(&h), EXTRA.to_string());
    let mut redos = 0;
    while h.redo() {
        redos += 1;
    }
    assert_eq!(redos, UNDO_LIMIT);
    assert_eq!(title(&h), (UNDO_LIMIT + EXTRA).to_string());
}

#[test]
fn exactly_undo_limit_steps_reach_back_to_the_start() {
    let mut h = History::new(Model::new(Lang::En));
    for k in 1..=UNDO_LIMIT {
        set_title(&mut h, &k.to_string());
    }
    for _ in 0..UNDO_LIMIT {
        assert!(h.undo());
    }
    assert_eq!(title(&h), "");
    assert!(!h.can_undo());
}

#[test]
fn undo_redo_cycles_keep_the_limit() {
    let mut h = History::new(Model::new(Lang::En));
    for k in 1..=UNDO_LIMIT {
        set_title(&mut h, &k.to_string());
    }
    // undo all, redo all, then one more step: the first state must fall off
    while h.undo() {}
    while h.redo() {}
    set_title(&mut h, "last");
    let mut undos = 0;
    while h.undo() {
        undos += 1;
    }
    assert_eq!(undos, UNDO_LIMIT);
    assert_eq!(title(&h), "1");
}
