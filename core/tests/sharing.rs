#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Structural sharing: an action copies what it changes and shares the rest with the previous
//! model; undo and redo give back the very models; `History` compares by pointer.

mod common;

use std::rc::Rc;

use common::{apply, new_tp, T0};
use kontaktpunkt_core::domain::action::{ListKind, MeasureEdit, OnDelete, TouchpointEdit};
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::Touchpoint;
use kontaktpunkt_core::domain::shared::{List, CHUNK};
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::{Action, Lang, Model};

/// 2,000 touchpoints (32 chunks), two measures and a snapshot.
fn large() -> Model {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/touchpoints-2000.csv"
    ))
    .unwrap();
    let mut m = model_from_csv(Lang::En, &text).unwrap();
    m = apply(&m, Action::AddMeasure("First".into()));
    m = apply(&m, Action::AddMeasure("Second".into()));
    let linked = vec![m.touchpoints[3].id, m.touchpoints[1_500].id];
    let first = m.measures[0].id;
    m = apply(
        &m,
        Action::EditMeasure(first, MeasureEdit::Touchpoints(linked)),
    );
    apply(
        &m,
        Action::TakeSnapshot {
            date: "2025-01-10".into(),
            label: "Start".into(),
        },
    )
}

/// The positions whose touchpoint is not the same shared value in both models.
fn unshared(a: &Model, b: &Model) -> Vec<usize> {
    (0..a.touchpoints.len().max(b.touchpoints.len()))
        .filter(|&i| !a.touchpoints.item_ptr_eq(&b.touchpoints, i))
        .collect()
}

#[test]
fn an_edit_shares_every_untouched_touchpoint() {
    let m = large();
    for at in [0, 1, CHUNK - 1, CHUNK, 1_000, 1_999] {
        let id = m.touchpoints[at].id;
        let next = apply(&m, Action::EditTouchpoint(id, TouchpointEdit::Ist(Some(2))));
        assert_eq!(unshared(&m, &next), [at], "edit at {at}");
        assert_eq!(next.touchpoints[at].ist.map(|e| e.value()), Some(2));
        assert!(next
            .measures
            .iter_rc()
            .zip(m.measures.iter_rc())
            .all(|(a, b)| Rc::ptr_eq(a, b)));
        assert!(next.snapshots.item_ptr_eq(&m.snapshots, 0));
    }
}

#[test]
fn an_edit_copies_only_its_chunk_of_the_list() {
    // The inventory renders a run of rows per chunk and skips every run whose chunk is shared.
    let m = large();
    let at = 3 * CHUNK + 5;
    let next = apply(
        &m,
        Action::EditTouchpoint(m.touchpoints[at].id, TouchpointEdit::Soll(Some(2))),
    );
    let chunks = m.touchpoints.len().div_ceil(CHUNK);
    let copied: Vec<usize> = (0..chunks)
        .filter(|&c| !m.touchpoints.chunk_ptr_eq(&next.touchpoints, c))
        .collect();
    assert_eq!(copied, [3]);
    assert!(m.touchpoints.chunk_ptr_eq(&m.touchpoints, chunks));
    let grown = apply(&next, Action::AddTouchpoint(new_tp("New", "awareness")));
    assert!(!next
        .touchpoints
        .chunk_ptr_eq(&grown.touchpoints, chunks - 1));
}

#[test]
fn actions_that_do_not_touch_touchpoints_share_the_whole_list() {
    let m = large();
    for action in [
        Action::SetTitle("Workshop".into()),
        Action::AddMeasure("Third".into()),
        Action::AddCategory(ListKind::Stages, "After sales".into()),
        Action::RenameSnapshot(m.snapshots[0].id, "Baseline".into()),
    ] {
        let next = apply(&m, action.clone());
        assert!(next.touchpoints.ptr_eq(&m.touchpoints), "{action:?}");
        assert!(unshared(&m, &next).is_empty());
    }
    // Renaming a snapshot copies its label, not its 2,000 ratings.
    let next = apply(&m, Action::RenameSnapshot(m.snapshots[0].id, "B".into()));
    assert!(Rc::ptr_eq(
        &next.snapshots[0].ratings,
        &m.snapshots[0].ratings
    ));
}

#[test]
fn a_measure_edit_copies_that_measure_only() {
    let m = large();
    let second = m.measures[1].id;
    let next = apply(&m, Action::EditMeasure(second, MeasureEdit::Effort(5)));
    assert!(next.measures.item_ptr_eq(&m.measures, 0));
    assert!(!next.measures.item_ptr_eq(&m.measures, 1));
    assert!(next.touchpoints.ptr_eq(&m.touchpoints));
}

#[test]
fn insert_delete_and_move_keep_the_items_shared() {
    let m = large();
    let id = m.touchpoints[100].id;

    // Deleting shifts positions but copies no touchpoint, and only the measure linking it.
    let next = apply(&m, Action::DeleteTouchpoint(id));
    assert_eq!(next.touchpoints.len(), 1_999);
    for (i, tp) in next.touchpoints.iter_rc().enumerate() {
        let before = if i < 100 { i } else { i + 1 };
        assert!(Rc::ptr_eq(tp, m.touchpoints.get_rc(before).unwrap()), "{i}");
    }
    let id3 = m.touchpoints[3].id;
    let next = apply(&next, Action::DeleteTouchpoint(id3));
    assert!(!next.measures.item_ptr_eq(&m.measures, 0));
    assert!(next.measures.item_ptr_eq(&m.measures, 1));
    assert!(!next.measures[0].touchpoints.contains(&id3));

    // Duplicating inserts one new value after the original.
    let next = apply(&m, Action::DuplicateTouchpoint(id));
    assert_eq!(next.touchpoints.len(), 2_001);
    assert_eq!(next.touchpoints[101].name, m.touchpoints[100].name);
    assert!(next
        .touchpoints
        .iter_rc()
        .enumerate()
        .filter(|&(i, _)| i != 101)
        .all(|(i, tp)| {
            let before = if i < 101 { i } else { i - 1 };
            Rc::ptr_eq(tp, m.touchpoints.get_rc(before).unwrap())
        }));

    // Moving the last touchpoint to the front.
    let last = m.touchpoints[1_999].id;
    let next = apply(&m, Action::MoveTouchpoint { id: last, to: 0 });
    assert_eq!(next.touchpoints[0].id, last);
    assert!(Rc::ptr_eq(
        next.touchpoints.get_rc(0).unwrap(),
        m.touchpoints.get_rc(1_999).unwrap()
    ));
    assert_eq!(next.touchpoints[1].id, m.touchpoints[0].id);
    // Lookups by id follow the new positions.
    assert_eq!(next.touchpoint(last).map(|t| t.id), Some(last));
    assert_eq!(next.touchpoints.position_of(last), Some(0));
}

#[test]
fn moving_a_stage_away_copies_only_its_touchpoints() {
    let m = large();
    let uses = |t: &Touchpoint| t.stage == "awareness";
    let users: Vec<usize> = (0..m.touchpoints.len())
        .filter(|&i| uses(&m.touchpoints[i]))
        .collect();
    assert!(!users.is_empty() && users.len() < m.touchpoints.len());
    let next = apply(
        &m,
        Action::DeleteCategory {
            list: ListKind::Stages,
            key: "awareness".into(),
            on_delete: OnDelete::MoveTo("information".into()),
        },
    );
    assert_eq!(unshared(&m, &next), users);
}

#[test]
fn undo_and_redo_restore_the_exact_models() {
    let mut h = History::new(large());
    let mut versions = vec![Rc::clone(&h.current)];
    let ids: Vec<u64> = h.current.touchpoints.iter().map(|t| t.id).collect();
    for (i, id) in ids.iter().step_by(97).enumerate() {
        let edit = TouchpointEdit::Importance((i % 5) as u8 + 1);
        h.apply(Action::EditTouchpoint(*id, edit), T0).unwrap();
        versions.push(Rc::clone(&h.current));
    }
    h.apply(Action::AddTouchpoint(new_tp("New", "usage")), T0)
        .unwrap();
    versions.push(Rc::clone(&h.current));

    // Every step back is the very model it was, and equal by value to a fresh deep copy.
    for want in versions.iter().rev().skip(1) {
        assert!(h.undo());
        assert!(Rc::ptr_eq(&h.current, want));
        let copy: Model =
            serde_json::from_str(&serde_json::to_string(&*h.current).unwrap()).unwrap();
        assert_eq!(*h.current, copy);
    }
    assert!(!h.undo());
    for want in versions.iter().skip(1) {
        assert!(h.redo());
        assert!(Rc::ptr_eq(&h.current, want));
    }
    assert!(!h.redo());
}

#[test]
fn history_compares_by_pointer() {
    let mut h = History::new(large());
    h.apply(Action::SetTitle("A".into()), T0).unwrap();
    let copy = h.clone();
    assert_eq!(h, copy);

    // The same models by value, but other versions: unequal, and no deep comparison needed.
    let rebuilt = History::new((*h.current).clone());
    assert_eq!(*rebuilt.current, *h.current);
    assert_ne!(
        History::new((*h.current).clone()),
        History::new((*h.current).clone())
    );

    // Undo then redo comes back to the same versions.
    let mut walked = h.clone();
    assert!(walked.undo() && walked.redo());
    assert_eq!(walked, h);

    // A new step after undo is another version even with the same content.
    let mut other = h.clone();
    assert!(other.undo());
    other.apply(Action::SetTitle("A".into()), T0).unwrap();
    assert_eq!(*other.current, *h.current);
    assert_ne!(other, h);
}

#[test]
fn a_list_serialises_exactly_like_a_vec() {
    let items: Vec<Vec<u32>> = (0..200).map(|i| vec![i, i * 2]).collect();
    let list: List<Vec<u32>> = items.clone().into();
    let json = serde_json::to_string(&list).unwrap();
    assert_eq!(json, serde_json::to_string(&items).unwrap());
    let back: List<Vec<u32>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, items);
    let empty: List<u32> = serde_json::from_str("[]").unwrap();
    assert!(empty.is_empty());
    assert_eq!(serde_json::to_string(&empty).unwrap(), "[]");
}

#[test]
fn list_operations_match_a_vec() {
    let mut vec: Vec<u32> = Vec::new();
    let mut list: List<u32> = List::new();
    // A fixed walk through pushes, inserts, removes, moves and retains across chunk borders.
    let mut seed = 7u32;
    let mut next = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        seed >> 8
    };
    for step in 0..3_000u32 {
        let len = vec.len() as u32;
        match next() % 7 {
            0 | 1 => {
                vec.push(step);
                list.push(step);
            }
            2 => {
                let at = (next() % (len + 1)) as usize;
                vec.insert(at, step);
                list.insert(at, step);
            }
            3 if len > 0 => {
                let at = (next() % len) as usize;
                assert_eq!(list.remove(at).map(|rc| *rc), Some(vec.remove(at)));
            }
            4 if len > 0 => {
                let (from, to) = ((next() % len) as usize, (next() % len) as usize);
                let item = vec.remove(from);
                vec.insert(to, item);
                assert!(list.move_item(from, to));
            }
            5 if len > 0 => {
                let at = (next() % len) as usize;
                vec[at] += 1;
                *list.get_mut(at).unwrap() += 1;
            }
            6 if step % 50 == 0 => {
                let m = next() % 5 + 2;
                vec.retain(|v| v % m != 0);
                list.retain(|v| v % m != 0);
            }
            _ => {}
        }
        assert_eq!(list.len(), vec.len());
    }
    assert_eq!(list, vec);
    assert!(list.iter().rev().eq(vec.iter().rev()));
    assert_eq!(list.iter().len(), vec.len());
    assert_eq!(list.remove(vec.len()), None);
    assert!(!list.move_item(0, vec.len()));
    assert_eq!(list.get(vec.len()), None);
    assert_eq!(list.get_mut(vec.len()), None);
}

#[test]
fn lookups_by_id_survive_every_change() {
    let mut m = large();
    let id = m.touchpoints[1_234].id;
    assert_eq!(m.touchpoints.position_of(id), Some(1_234));
    // Changing an id from outside the reducer: the index notices and scans.
    m.touchpoints.get_mut(1_234).unwrap().id = 99_999;
    assert_eq!(m.touchpoint(id), None);
    assert_eq!(m.touchpoints.position_of(99_999), Some(1_234));
    assert_eq!(m.touchpoint(u64::from(u32::MAX) - 1), None);
}
