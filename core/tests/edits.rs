//! Field edits: the diff of two versions of a model, its patch, the history's steps while the
//! sync worker undoes, and the messages' version byte.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{apply, new_tp};
use kontaktpunkt_core::domain::action::TouchpointEdit;
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::edits::wire::{decode, encode, ToApp, ToWorker, WireError, VERSION};
use kontaktpunkt_core::edits::{diff, patch, Edit, Kind};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::{Action, Lang, Model};

fn demo() -> Model {
    demo_model(Lang::En)
}

fn first_id(m: &Model) -> u64 {
    m.touchpoints.first().unwrap().id
}

#[test]
fn an_edit_of_one_field_is_one_field_edit_and_its_patch_is_the_new_model() {
    let old = demo();
    let id = first_id(&old);
    let new = apply(
        &old,
        Action::EditTouchpoint(id, TouchpointEdit::Soll(Some(2))),
    );
    let edits = diff(&old, &new);
    let touchpoint_edits: Vec<&Edit> = edits
        .iter()
        .filter(|e| {
            matches!(
                e,
                Edit::Set {
                    kind: Kind::Touchpoints,
                    ..
                }
            )
        })
        .collect();
    assert_eq!(
        touchpoint_edits,
        [&Edit::Set {
            kind: Kind::Touchpoints,
            key: id.to_string(),
            field: "soll".into(),
            value: Some(2.into()),
        }]
    );
    assert_eq!(patch(&old, &edits).unwrap(), new);
}

#[test]
fn every_kind_of_change_patches_back_exactly() {
    let old = demo();
    let id = first_id(&old);
    let steps = [
        Action::AddTouchpoint(new_tp("Trade fair", "awareness")),
        Action::DeleteTouchpoint(id),
        Action::MoveTouchpoint {
            id: old.touchpoints.last().unwrap().id,
            to: 0,
        },
        Action::AddMeasure("Call back within the hour".into()),
        Action::TakeSnapshot {
            date: "2026-12-07".into(),
            label: "Workshop".into(),
        },
        Action::SetCompany("ACME".into()),
        Action::SetCycleStep(3),
        Action::AddCategory(
            kontaktpunkt_core::domain::action::ListKind::Owners,
            "Field team".into(),
        ),
    ];
    let mut now = old;
    for action in steps {
        let next = apply(&now, action);
        let mut patched = patch(&now, &diff(&now, &next)).unwrap();
        patched.next_id = next.next_id;
        assert_eq!(patched, next);
        now = next;
    }
}

#[test]
fn others_version_is_no_undo_step_and_undo_elsewhere_is_counted() {
    let old = demo();
    let id = first_id(&old);
    let mut history = History::new(old.clone());
    history
        .apply(
            Action::EditTouchpoint(id, TouchpointEdit::Ist(Some(2))),
            1.0,
        )
        .unwrap();
    let mut theirs = apply(&history.current, Action::SetCompany("Theirs".into()));
    theirs.next_id = 0;
    assert!(history.take(theirs.clone()));
    assert!(
        !history.take(theirs),
        "the same version again changes nothing"
    );
    assert_eq!(history.current.meta.company, "Theirs");
    assert_eq!(
        history.current.next_id, old.next_id,
        "the id counter stays this tab's"
    );
    assert!(history.step_back());
    assert!(!history.can_undo() && history.can_redo());
    assert_eq!(
        history.current.meta.company, "Theirs",
        "the worker sends the undone model"
    );
    assert!(history.step_forward());
    assert!(history.can_undo() && !history.can_redo());
}

#[test]
fn messages_carry_their_version_and_refuse_another() {
    let message = ToApp::Model {
        ack: 3,
        offer: 2,
        model: "{}".into(),
        marked: vec![7, 1 << 40],
    };
    let bytes = encode(&message);
    assert_eq!(bytes[0], VERSION);
    assert_eq!(decode::<ToApp>(&bytes), Ok(message));
    let mut other = bytes.clone();
    other[0] = VERSION + 1;
    assert_eq!(
        decode::<ToApp>(&other),
        Err(WireError::Version(VERSION + 1))
    );
    for message in [
        ToWorker::Model {
            seq: 4,
            took: 2,
            model: "{}".into(),
        },
        ToWorker::Undo,
        ToWorker::Redo,
    ] {
        assert_eq!(decode::<ToWorker>(&encode(&message)), Ok(message));
    }
    assert_eq!(decode::<ToWorker>(&[]), Err(WireError::Malformed));
    assert_eq!(
        decode::<ToWorker>(&[VERSION, b'{']),
        Err(WireError::Malformed)
    );
}

#[test]
fn live_session_messages_round_trip() {
    use kontaktpunkt_core::edits::wire::LiveStatus;
    for message in [
        ToWorker::Live {
            relay: "ws://127.0.0.1:1234".into(),
            link: "ks1.a.b".into(),
        },
        ToWorker::Presence {
            state: r#"{"name":"Ada","colour":1}"#.into(),
        },
        ToWorker::LeaveLive,
    ] {
        assert_eq!(decode::<ToWorker>(&encode(&message)), Ok(message));
    }
    for status in [
        LiveStatus::Connected,
        LiveStatus::Reconnecting,
        LiveStatus::Offline,
    ] {
        let message = ToApp::LiveStatus { status, peers: 2 };
        assert_eq!(decode::<ToApp>(&encode(&message)), Ok(message));
    }
    for state in [Some(r#"{"name":"Bob","colour":0}"#.to_string()), None] {
        let message = ToApp::Presence { client: 42, state };
        assert_eq!(decode::<ToApp>(&encode(&message)), Ok(message));
    }
    let unknown = [&[VERSION][..], br#"["live_status","asleep",1]"#].concat();
    assert_eq!(decode::<ToApp>(&unknown), Err(WireError::Malformed));
}
