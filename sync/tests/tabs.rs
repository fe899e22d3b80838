//! The shared document between tabs: the model round-trips through it, edits merge field by
//! field, concurrent edits of one field end equal, a tab that slept catches up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::rc::Rc;

use kontaktpunkt_core::domain::action::TouchpointEdit;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::wire::{ToApp, ToWorker};
use kontaktpunkt_core::edits::{diff, patch};
use kontaktpunkt_core::io::share::decode;
use kontaktpunkt_core::{Action, Model};
use kontaktpunkt_sync::doc::{seed, SharedDoc};
use kontaktpunkt_sync::session::{Out, Session};

/// Every field of a model away from its default: the golden link with the later elements,
/// plus a consultancy and a logo (which links never carry).
fn every_field() -> Model {
    let mut m = decode(include_str!("../../core/tests/golden/tracking-funnel.txt").trim()).unwrap();
    m.meta.consultancy = "Beratung Süd".into();
    m.meta.logo = Some(Rc::from("data:image/png;base64,iVBORw0KGgo="));
    m
}

fn from_doc(doc: &SharedDoc, like: &Model) -> Model {
    let mut m = model_from_json(&doc.to_model_json()).unwrap();
    m.next_id = like.next_id;
    m
}

#[test]
fn a_model_round_trips_through_the_document_field_for_field() {
    let model = every_field();
    let doc = SharedDoc::default();
    doc.apply_remote(&seed(&model)).unwrap();
    assert_eq!(from_doc(&doc, &model), model);
}

#[test]
fn the_edits_of_an_action_turn_one_document_into_the_model_after_it() {
    let model = every_field();
    let doc = SharedDoc::default();
    doc.apply_remote(&seed(&model)).unwrap();
    let steps = [
        Action::EditTouchpoint(7, TouchpointEdit::Name("Schaufenster neu".into())),
        Action::MoveTouchpoint { id: 40, to: 0 },
        Action::DeleteTouchpoint(3),
        Action::SetTitle("Neuer Titel".into()),
        Action::SetLogo(None),
        Action::SetCycleStep(2),
        Action::DeleteMeasure(42),
    ];
    let mut now = model;
    for action in steps {
        let next = now.apply(action, 5.0).unwrap();
        doc.apply_local(&diff(&now, &next));
        assert_eq!(from_doc(&doc, &next), next);
        now = next;
    }
}

#[test]
fn a_patch_of_the_diff_is_the_new_model() {
    let old = every_field();
    let new = old
        .apply(
            Action::EditTouchpoint(12, TouchpointEdit::Ist(Some(2))),
            5.0,
        )
        .unwrap()
        .apply(Action::MoveTouchpoint { id: 12, to: 0 }, 6.0)
        .unwrap()
        .apply(Action::DeleteTouchpoint(40), 7.0)
        .unwrap();
    let mut patched = patch(&old, &diff(&old, &new)).unwrap();
    patched.next_id = new.next_id;
    assert_eq!(patched, new);
    assert!(diff(&new, &new).is_empty());
}

/// Two sessions joined by a perfect channel: every frame one sends, the other receives.
struct Tabs {
    a: Session,
    b: Session,
    to_app_a: Vec<ToApp>,
    to_app_b: Vec<ToApp>,
}

impl Tabs {
    fn route(&mut self, from_a: bool, outs: Vec<Out>) {
        let mut pending = vec![(from_a, outs)];
        while let Some((from_a, outs)) = pending.pop() {
            for out in outs {
                match out {
                    Out::App(m) if from_a => self.to_app_a.push(m),
                    Out::App(m) => self.to_app_b.push(m),
                    Out::Peers(frame) => {
                        let target = if from_a { &mut self.b } else { &mut self.a };
                        pending.push((!from_a, target.from_peer(&frame.encode())));
                    }
                }
            }
        }
    }
}

fn open(model: &Model, seed: bool) -> ToWorker {
    ToWorker::Open {
        model_id: "m1".into(),
        model: serde_json::to_string(model).unwrap(),
        seed,
    }
}

/// The app's first change after it opened: its whole model, made on the worker's model
/// numbered `took` (0: on what it opened).
fn changed(model: &Model, took: u64) -> ToWorker {
    ToWorker::Model {
        seq: 1,
        took,
        model: serde_json::to_string(model).unwrap(),
    }
}

#[test]
fn a_second_tab_joins_the_first_tabs_document_and_their_edits_merge_field_by_field() {
    let model = every_field();
    let newer = model
        .apply(Action::SetTitle("in tab A, not yet saved".into()), 1.0)
        .unwrap();
    let mut tabs = Tabs {
        a: Session::new(),
        b: Session::new(),
        to_app_a: vec![],
        to_app_b: vec![],
    };
    let outs = tabs.a.from_app(open(&newer, true));
    tabs.route(true, outs);
    let outs = tabs.b.from_app(open(&model, false));
    tabs.route(false, outs);
    // B took A's model, title included.
    let Some(ToApp::Model {
        model: json,
        offer: b_took,
        ..
    }) = tabs.to_app_b.first().cloned()
    else {
        panic!("B got no model: {:?}", tabs.to_app_b)
    };
    let mut b_model = model_from_json(&json).unwrap();
    b_model.next_id = newer.next_id;
    assert_eq!(b_model, newer);

    // Different fields of one touchpoint, at once.
    let a_next = newer
        .apply(Action::EditTouchpoint(7, TouchpointEdit::Ist(Some(1))), 2.0)
        .unwrap();
    let b_next = b_model
        .apply(
            Action::EditTouchpoint(7, TouchpointEdit::Soll(Some(-1))),
            2.0,
        )
        .unwrap();
    let out_a = tabs.a.from_app(changed(&a_next, 0));
    let out_b = tabs.b.from_app(changed(&b_next, b_took));
    tabs.route(true, out_a);
    tabs.route(false, out_b);
    let a = from_doc(tabs.a.doc(), &newer);
    let b = from_doc(tabs.b.doc(), &newer);
    assert_eq!(a, b);
    let t = a.touchpoint(7).unwrap();
    assert_eq!(
        (t.ist.map(|e| e.value()), t.soll.map(|e| e.value())),
        (Some(1), Some(-1))
    );
}

#[test]
fn concurrent_edits_of_one_field_end_equal_and_a_tab_that_slept_catches_up() {
    let model = every_field();
    let mut tabs = Tabs {
        a: Session::new(),
        b: Session::new(),
        to_app_a: vec![],
        to_app_b: vec![],
    };
    let outs = tabs.a.from_app(open(&model, true));
    tabs.route(true, outs);
    let outs = tabs.b.from_app(open(&model, false));
    tabs.route(false, outs);
    let a_next = model.apply(Action::SetTitle("A".into()), 2.0).unwrap();
    let b_next = model.apply(Action::SetTitle("B".into()), 2.0).unwrap();
    // Both edit before either hears of the other: their frames are lost (B sleeps) …
    let _ = tabs.a.from_app(changed(&a_next, 0));
    let _ = tabs.b.from_app(changed(&b_next, 0));
    // … and B, waking, says hello.
    let outs = tabs.b.from_app(ToWorker::Wake);
    tabs.route(false, outs);
    let (a, b) = (
        from_doc(tabs.a.doc(), &model),
        from_doc(tabs.b.doc(), &model),
    );
    assert_eq!(a.meta.title, b.meta.title);
    assert!(["A", "B"].contains(&a.meta.title.as_str()));
}

#[test]
fn two_tabs_that_seed_the_same_model_keep_each_others_later_edits() {
    let model = every_field();
    let (a, b) = (SharedDoc::default(), SharedDoc::default());
    a.apply_remote(&seed(&model)).unwrap();
    b.apply_remote(&seed(&model)).unwrap();
    let a_next = model
        .apply(
            Action::EditTouchpoint(7, TouchpointEdit::Name("von A".into())),
            2.0,
        )
        .unwrap();
    let b_next = model
        .apply(
            Action::EditTouchpoint(3, TouchpointEdit::Importance(4)),
            2.0,
        )
        .unwrap();
    let ua = a.apply_local(&diff(&model, &a_next)).unwrap();
    let ub = b.apply_local(&diff(&model, &b_next)).unwrap();
    a.apply_remote(&ub).unwrap();
    b.apply_remote(&ua).unwrap();
    let (ma, mb) = (from_doc(&a, &model), from_doc(&b, &model));
    assert_eq!(ma, mb);
    assert_eq!(ma.touchpoint(7).unwrap().name, "von A");
    assert_eq!(ma.touchpoint(3).unwrap().importance.value(), 4);
}

#[test]
fn a_remote_update_reaches_the_app_as_a_patch_of_the_fields_it_changed() {
    let model = every_field();
    let (a, b) = (SharedDoc::default(), SharedDoc::default());
    a.apply_remote(&seed(&model)).unwrap();
    b.apply_remote(&seed(&model)).unwrap();
    let next = model
        .apply(
            Action::EditTouchpoint(7, TouchpointEdit::Name("neu".into())),
            2.0,
        )
        .unwrap();
    let update = a.apply_local(&diff(&model, &next)).unwrap();
    let edits = b.apply_remote(&update).unwrap();
    // The name, and the time of the change the reducer stamps.
    assert_eq!(edits.len(), 2, "{edits:?}");
    let mut patched = patch(&model, &edits).unwrap();
    patched.next_id = next.next_id;
    assert_eq!(patched, next);
}
