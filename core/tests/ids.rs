//! Ids that never collide: two copies of one model that add offline hand out ids from their
//! own blocks (`domain::ids`); share links carry such a model renumbered, every reference kept.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashSet;

use common::{apply, new_tp};
use kontaktpunkt_core::domain::ids::{block, block_start, MAX_ID};
use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::domain::validate::restore;
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::{Action, Lang, Model};

/// A copy with its tab's replica, after the same kinds of additions.
fn adds(model: &Model, replica: u32) -> Model {
    let mut m = model.clone();
    m.claim_ids(replica);
    let mut m = apply(&m, Action::AddTouchpoint(new_tp("Neu", "usage")));
    m = apply(
        &m,
        Action::AddTouchpoints(vec![new_tp("A", "usage"), new_tp("B", "loyalty")]),
    );
    let first = m.touchpoints.first().unwrap().id;
    m = apply(&m, Action::DuplicateTouchpoint(first));
    m = apply(&m, Action::AddMeasure("Maßnahme".into()));
    apply(
        &m,
        Action::TakeSnapshot {
            date: "2026-12-07".into(),
            label: String::new(),
        },
    )
}

fn new_ids(before: &Model, after: &Model) -> HashSet<Id> {
    let old: HashSet<Id> = before.ids().collect();
    after.ids().filter(|id| !old.contains(id)).collect()
}

#[test]
fn ids_from_two_offline_copies_never_collide() {
    let saved = demo_model(Lang::De);
    for (a, b) in [(1, 2), (0x8000_0000, 7), (u32::MAX, u32::MAX - 1)] {
        let (in_a, in_b) = (adds(&saved, a), adds(&saved, b));
        let (ids_a, ids_b) = (new_ids(&saved, &in_a), new_ids(&saved, &in_b));
        assert_eq!((ids_a.len(), ids_b.len()), (6, 6));
        assert!(ids_a.is_disjoint(&ids_b), "{ids_a:?} {ids_b:?}");
        assert!(ids_a
            .iter()
            .all(|&id| block(id) == u64::from(a) && id <= MAX_ID));
    }
}

#[test]
fn a_copy_that_opens_its_model_again_goes_on_after_its_own_ids() {
    let saved = demo_model(Lang::En);
    let once = adds(&saved, 9);
    let mut again = restore(once.clone()).unwrap();
    again.claim_ids(9);
    let later = new_ids(&once, &adds(&again, 9));
    assert!(later.is_disjoint(&once.ids().collect()));
    assert!(later.iter().all(|&id| id > block_start(9)));
}

#[test]
fn a_model_with_ids_from_blocks_travels_in_a_kp1_link_renumbered_with_every_reference() {
    let mut m = adds(&demo_model(Lang::De), 0xdead_beef);
    let tp = m.touchpoints.last().unwrap().id;
    m = apply(
        &m,
        Action::EditMeasure(
            m.measures.last().unwrap().id,
            kontaktpunkt_core::domain::action::MeasureEdit::Touchpoints(vec![tp]),
        ),
    );
    assert!(!m.has_compact_ids());
    let opened = share::decode(&share::encode_checked(&m).unwrap()).unwrap();
    assert!(opened.has_compact_ids());
    assert_eq!(opened, restore(m.with_compact_ids()).unwrap());
    // The measure still names the same touchpoint, the snapshot the same ratings.
    let measure = opened.measures.last().unwrap();
    let linked: Vec<&str> = measure
        .touchpoints
        .iter()
        .map(|id| opened.touchpoint(*id).unwrap().name.as_str())
        .collect();
    assert_eq!(linked, [m.touchpoint(tp).unwrap().name.as_str()]);
    let names = |m: &Model| -> Vec<(String, Option<i8>)> {
        let s = m.snapshots.last().unwrap();
        s.ratings
            .iter()
            .map(|r| {
                (
                    m.touchpoint(r.touchpoint)
                        .map_or(String::new(), |t| t.name.clone()),
                    r.ist.map(|e| e.value()),
                )
            })
            .collect()
    };
    assert_eq!(names(&opened), names(&m));
}

#[test]
fn a_model_with_only_old_ids_is_written_exactly_as_before() {
    let m = demo_model(Lang::De);
    assert!(m.has_compact_ids());
    assert_eq!(m.with_compact_ids().touchpoints.len(), m.touchpoints.len());
    assert_eq!(share::decode(&share::encode(&m)).unwrap(), m);
}
