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
fn the_undo_limit_keeps_the_newest_steps_and_drops_the_oldest() {
    let mut h = History::new(Model::new(Lang::En));
    let undo_all = |h: &mut History| {
        let mut undos = 0;
        while h.undo() {
            undos += 1;
        }
        undos
    };
    // Exactly the limit: every step reaches back to the start.
    for k in 1..=UNDO_LIMIT {
        set_title(&mut h, &k.to_string());
    }
    assert_eq!(undo_all(&mut h), UNDO_LIMIT);
    assert_eq!(title(&h), "");
    while h.redo() {}
    // One step more, after a full undo and redo: the start falls off, the rest stays.
    set_title(&mut h, "last");
    assert_eq!(undo_all(&mut h), UNDO_LIMIT);
    assert_eq!(title(&h), "1");
    let mut redos = 0;
    while h.redo() {
        redos += 1;
    }
    assert_eq!(redos, UNDO_LIMIT);
    assert_eq!(title(&h), "last");
}
