#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Success control: snapshots through the reducer, comparisons, the trend including today,
//! one touchpoint's trend, the cycle tracker, and the checks `restore` makes. Values are
//! computed by hand; the arithmetic is written beside them.

mod common;
use common::{apply, assert_close, fails, r};
use kontaktpunkt_core::domain::action::{Action, NewTouchpoint, TouchpointEdit};
use kontaktpunkt_core::domain::model::{CycleStep, Experience, Id, MAX_SNAPSHOTS};
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::figures::analysis::Which;
use kontaktpunkt_core::figures::tracking::{
    compare, compare_at, current_ratings, first_moment, ratings_index, touchpoint_trend, trend,
    Change, Moment,
};
use kontaktpunkt_core::{Lang, Model, ModelError};

fn edit(m: &Model, id: Id, e: TouchpointEdit) -> Model {
    apply(m, Action::EditTouchpoint(id, e))
}

fn add(m: &Model, name: &str) -> Model {
    apply(
        m,
        Action::AddTouchpoint(NewTouchpoint {
            name: name.into(),
            stage: "awareness".into(),
            contact: Default::default(),
            channel: Default::default(),
        }),
    )
}

fn snap(m: &Model, date: &str, label: &str) -> Model {
    apply(
        m,
        Action::TakeSnapshot {
            date: date.into(),
            label: label.into(),
        },
    )
}

/// A (1): importance 4, Ist −1, Soll +1; B (2): 2, 0, +2; C (3): 1, –, +1.
fn start() -> Model {
    let mut m = Model::new(Lang::De);
    for name in ["A", "B", "C"] {
        m = add(&m, name);
    }
    use TouchpointEdit::*;
    for (id, e) in [
        (1, Importance(4)),
        (1, Ist(Some(-1))),
        (1, Soll(Some(1))),
        (2, Importance(2)),
        (2, Ist(Some(0))),
        (2, Soll(Some(2))),
        (3, Importance(1)),
        (3, Soll(Some(1))),
    ] {
        m = edit(&m, id, e);
    }
    m
}

/// The story: S1 (id 4) on 2025-01-10; then A +1, B −1, C 0 and a new D (5): importance 3,
/// Ist +2, Soll +2; S2 (id 6) on 2025-03-01; then B is deleted and A renamed; S3 (id 7) is
/// taken last but dated 2024-12-01.
fn story() -> Model {
    use TouchpointEdit::*;
    let m = snap(&start(), "2025-01-10", " Workshop 1 ");
    let m = edit(&m, 1, Ist(Some(1)));
    let m = edit(&m, 2, Ist(Some(-1)));
    let m = edit(&m, 3, Ist(Some(0)));
    let m = add(&m, "D");
    let m = edit(&m, 5, Ist(Some(2)));
    let m = edit(&m, 5, Soll(Some(2)));
    let m = snap(&m, "2025-03-01", "Survey");
    let m = apply(&m, Action::DeleteTouchpoint(2));
    let m = edit(&m, 1, Name("A renamed".into()));
    snap(&m, "2024-12-01", "Pilot")
}

fn rows(c: &[Change]) -> Vec<(Id, &str, Option<i8>, bool, bool)> {
    c.iter()
        .map(|r| {
            (
                r.touchpoint,
                r.name.as_str(),
                r.delta,
                r.in_before,
                r.in_after,
            )
        })
        .collect()
}

#[test]
fn a_snapshot_copies_the_ratings_and_takes_an_id() {
    let m = snap(&start(), "2025-01-10", " Workshop 1 ");
    let s = &m.snapshots[0];
    assert_eq!(
        (s.id, s.date.as_str(), s.label.as_str()),
        (4, "2025-01-10", "Workshop 1")
    );
    assert_eq!(s.ratings[..], current_ratings(&start())[..]);
    assert_eq!(m.next_id, 5);
    // Ids stay unique: the next touchpoint gets 5, not 4.
    assert_eq!(add(&m, "D").touchpoints[3].id, 5);
}

#[test]
fn snapshot_index_uses_the_experience_index_formula() {
    let m = story();
    let s1 = &m.snapshot(4).unwrap().ratings;
    // Ist: (4·−1 + 2·0) / 6 = −2/3 → (−2/3 + 2) / 4 · 100 = 33.333…
    assert_close(ratings_index(s1, Which::Ist), 100.0 / 3.0);
    // Soll: (4·1 + 2·2 + 1·1) / 7 = 9/7 → (9/7 + 2) / 4 · 100 = 82.142857…
    assert_close(
        ratings_index(s1, Which::Soll),
        (9.0 / 7.0 + 2.0) / 4.0 * 100.0,
    );
    assert_eq!(ratings_index(&[], Which::Ist), None);
}

#[test]
fn compare_two_snapshots() {
    let m = story();
    let c = compare_at(&m, Moment::Snapshot(4), Moment::Snapshot(6)).unwrap();
    // A −1 → +1: +2. B 0 → −1: −1. C – → 0: not comparable. D is new in S2.
    assert_eq!(
        rows(&c.rows),
        [
            (1, "A", Some(2), true, true),
            (2, "B", Some(-1), true, true),
            (3, "C", None, true, true),
            (5, "D", None, false, true),
        ]
    );
    assert_eq!((c.rows[2].ist_before, c.rows[2].ist_after), (None, r(0)));
    assert_eq!((c.improved, c.worsened, c.unchanged), (1, 1, 0));
    // Before 33.333… (above). After: (4·1 + 2·−1 + 1·0 + 3·2) / 10 = 0.8 → 2.8 / 4 · 100 = 70
    assert_close(c.index_before, 100.0 / 3.0);
    assert_close(c.index_after, 70.0);
    assert_close(c.index_delta(), 70.0 - 100.0 / 3.0);
}

#[test]
fn compare_a_snapshot_with_today() {
    let m = story();
    let c = compare_at(&m, Moment::Snapshot(6), Moment::Today).unwrap();
    // Today: A +1 (renamed), C 0, D +2, all as in S2; B was deleted and comes last.
    assert_eq!(
        rows(&c.rows),
        [
            (1, "A renamed", Some(0), true, true),
            (3, "C", Some(0), true, true),
            (5, "D", Some(0), true, true),
            (2, "B", None, true, false),
        ]
    );
    assert_eq!((c.rows[3].ist_before, c.rows[3].ist_after), (r(-1), None));
    assert_eq!((c.improved, c.worsened, c.unchanged), (0, 0, 3));
    // Today: (4·1 + 1·0 + 3·2) / 8 = 1.25 → 3.25 / 4 · 100 = 81.25
    assert_close(c.index_before, 70.0);
    assert_close(c.index_after, 81.25);
    // The other way round, improvements become declines.
    let back = compare_at(&m, Moment::Today, Moment::Snapshot(4)).unwrap();
    assert_eq!((back.improved, back.worsened, back.unchanged), (0, 1, 0));
    assert_eq!(back.rows[0].delta, Some(-2));
    // Unknown snapshots give nothing.
    assert_eq!(compare_at(&m, Moment::Snapshot(99), Moment::Today), None);
    assert_eq!(compare_at(&m, Moment::Today, Moment::Snapshot(1)), None);
}

#[test]
fn compare_with_itself_is_all_unchanged() {
    let m = story();
    let today = current_ratings(&m);
    let c = compare(&today, &today);
    // A, C, D rated: 3 unchanged.
    assert_eq!((c.improved, c.worsened, c.unchanged), (0, 0, 3));
    assert_eq!(c.index_delta(), Some(0.0));
    let empty = compare(&[], &[]);
    assert!(empty.rows.is_empty());
    assert_eq!(empty.index_delta(), None);
}

#[test]
fn trend_in_date_order_then_today() {
    let m = story();
    let t = trend(&m);
    let points: Vec<(Moment, Option<&str>, &str)> = t
        .iter()
        .map(|p| (p.at, p.date.as_deref(), p.label.as_str()))
        .collect();
    assert_eq!(
        points,
        [
            (Moment::Snapshot(7), Some("2024-12-01"), "Pilot"),
            (Moment::Snapshot(4), Some("2025-01-10"), "Workshop 1"),
            (Moment::Snapshot(6), Some("2025-03-01"), "Survey"),
            (Moment::Today, None, ""),
        ]
    );
    // S3 was taken from today's ratings: Ist 81.25; Soll (4·1 + 1·1 + 3·2) / 8 = 1.375 →
    // 3.375 / 4 · 100 = 84.375.
    assert_close(t[0].ist_index, 81.25);
    assert_close(t[0].soll_index, 84.375);
    assert_close(t[1].ist_index, 100.0 / 3.0);
    assert_close(t[1].soll_index, (9.0 / 7.0 + 2.0) / 4.0 * 100.0);
    // S2 Soll: (4·1 + 2·2 + 1·1 + 3·2) / 10 = 1.5 → 87.5
    assert_close(t[2].ist_index, 70.0);
    assert_close(t[2].soll_index, 87.5);
    assert_close(t[3].ist_index, 81.25);
    assert_close(t[3].soll_index, 84.375);
    // Without snapshots, the trend is today alone.
    let only = trend(&start());
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].at, Moment::Today);
}

#[test]
fn touchpoint_trend_follows_the_same_points() {
    let m = story();
    let ist = |id| -> Vec<Option<Experience>> {
        touchpoint_trend(&m, id).iter().map(|p| p.ist).collect()
    };
    // Points: S3 (2024-12-01), S1, S2, today.
    assert_eq!(ist(1), [r(1), r(-1), r(1), r(1)]);
    // B was deleted before S3 was taken and is gone today.
    assert_eq!(ist(2), [None, r(0), r(-1), None]);
    let b = touchpoint_trend(&m, 2);
    assert_eq!(b[1].soll, r(2));
    assert_eq!(b[1].date.as_deref(), Some("2025-01-10"));
    assert_eq!(b[3].at, Moment::Today);
    assert_eq!(ist(5), [r(2), None, r(2), r(2)]);
    assert_eq!(ist(99), [None, None, None, None]);
}

#[test]
fn rename_redate_delete_snapshots() {
    let m = story();
    let m2 = apply(&m, Action::RenameSnapshot(4, "  Kick-off ".into()));
    assert_eq!(m2.snapshot(4).unwrap().label, "Kick-off");
    let m2 = apply(&m2, Action::RedateSnapshot(4, "2023-05-06".into()));
    assert_eq!(m2.snapshot(4).unwrap().date, "2023-05-06");
    let m2 = apply(&m2, Action::DeleteSnapshot(6));
    let left: Vec<Id> = m2.snapshots.iter().map(|s| s.id).collect();
    assert_eq!(left, [4, 7]);
    assert_eq!(m2.next_id, m.next_id, "deleting frees no id");

    assert_eq!(
        fails(&m, Action::DeleteSnapshot(1)),
        ModelError::UnknownSnapshot(1)
    );
    assert_eq!(
        fails(&m, Action::RenameSnapshot(99, "x".into())),
        ModelError::UnknownSnapshot(99)
    );
    assert_eq!(
        fails(&m, Action::RedateSnapshot(4, "2023-5-6".into())),
        ModelError::InvalidDate("2023-5-6".into())
    );
    assert_eq!(
        fails(&m, Action::RenameSnapshot(4, "x".repeat(201))),
        ModelError::TextTooLong { max: 200 }
    );
    // A label may be empty.
    assert_eq!(
        apply(&m, Action::RenameSnapshot(4, String::new()))
            .snapshot(4)
            .unwrap()
            .label,
        ""
    );
}

#[test]
fn taking_a_snapshot_checks_date_label_and_room() {
    let m = start();
    let take = |date: &str, label: String| Action::TakeSnapshot {
        date: date.into(),
        label,
    };
    assert_eq!(
        fails(&m, take("10.01.2025", String::new())),
        ModelError::InvalidDate("10.01.2025".into())
    );
    assert_eq!(
        fails(&m, take("2025-01-10", "x".repeat(201))),
        ModelError::TextTooLong { max: 200 }
    );
    let mut full = m.clone();
    for _ in 0..MAX_SNAPSHOTS {
        full = apply(&full, take("2025-01-10", String::new()));
    }
    assert_eq!(
        fails(&full, take("2025-01-10", String::new())),
        ModelError::TooManyItems { max: MAX_SNAPSHOTS }
    );
    // An empty model gives an empty snapshot, still worth a date.
    let empty = snap(&Model::new(Lang::En), "2025-01-01", "");
    assert!(empty.snapshots[0].ratings.is_empty());
}

#[test]
fn cycle_tracker() {
    let m = Model::new(Lang::De);
    assert_eq!(m.cycle.current_step, CycleStep::FIRST);
    assert_eq!(m.cycle.current_step.value(), 1);
    let m = apply(&m, Action::SetCycleStep(8));
    assert_eq!(m.cycle.current_step.value(), 8);
    assert_eq!(
        fails(&m, Action::SetCycleStep(0)),
        ModelError::InvalidCycleStep(0)
    );
    assert_eq!(
        fails(&m, Action::SetCycleStep(9)),
        ModelError::InvalidCycleStep(9)
    );
    let m = apply(
        &m,
        Action::SetCycleNote(3, "Soll-Workshop am 3. März".into()),
    );
    let step3 = CycleStep::new(3).unwrap();
    assert_eq!(m.cycle.notes[2], "Soll-Workshop am 3. März");
    assert_eq!(m.cycle.note(step3), "Soll-Workshop am 3. März");
    assert_eq!(m.cycle.note(CycleStep::FIRST), "");
    assert_eq!(
        fails(&m, Action::SetCycleNote(9, "x".into())),
        ModelError::InvalidCycleStep(9)
    );
    assert_eq!(
        fails(&m, Action::SetCycleNote(1, "x".repeat(4001))),
        ModelError::TextTooLong { max: 4000 }
    );
    let steps: Vec<u8> = CycleStep::ALL.iter().map(|s| s.value()).collect();
    assert_eq!(steps, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(CycleStep::ALL[7].index(), 7);
}

#[test]
fn cycle_step_names_in_both_languages() {
    let (de, en) = (Lang::De.texts(), Lang::En.texts());
    assert_eq!(
        de.cycle_step(CycleStep::FIRST),
        "Ist-Analyse der Kontaktpunkte"
    );
    assert_eq!(en.cycle_step(CycleStep::ALL[4]), "Plan measures");
    for step in CycleStep::ALL {
        assert!(!de.cycle_step(step).is_empty() && !en.cycle_step(step).is_empty());
    }
}

mod restore_checks {
    use super::*;

    fn json(m: &Model) -> serde_json::Value {
        serde_json::to_value(m).unwrap()
    }

    fn load(v: &serde_json::Value) -> Result<Model, ModelError> {
        model_from_json(&v.to_string())
    }

    #[test]
    fn the_ordinary_json_round_trips() {
        let m = apply(&story(), Action::SetCycleNote(2, "notiert".into()));
        assert_eq!(load(&json(&m)), Ok(m));
    }

    #[test]
    fn older_files_without_the_new_fields_load_with_defaults() {
        let mut v = json(&start());
        let o = v.as_object_mut().unwrap();
        o.remove("snapshots");
        o.remove("cycle");
        o["kpis"].as_object_mut().unwrap().remove("funnel");
        let m = load(&v).unwrap();
        assert!(m.snapshots.is_empty());
        assert_eq!(m.cycle, Default::default());
        assert_eq!(m.kpis.funnel, Default::default());
    }

    #[test]
    fn snapshots_may_name_deleted_touchpoints() {
        // B (2) is gone from the model but in S1 and S2.
        let m = story();
        assert!(m.touchpoint(2).is_none());
        assert_eq!(load(&json(&m)), Ok(m));
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut v = json(&story());
        v["snapshots"][1]["id"] = 4.into();
        assert_eq!(load(&v), Err(ModelError::DuplicateId(4)));
        // Unique among all ids: a snapshot may not take a touchpoint's id.
        let mut v = json(&story());
        v["snapshots"][0]["id"] = 5.into();
        assert_eq!(load(&v), Err(ModelError::DuplicateId(5)));
        // One touchpoint twice in a snapshot.
        let mut v = json(&story());
        v["snapshots"][0]["ratings"][1]["touchpoint"] = 1.into();
        assert_eq!(load(&v), Err(ModelError::DuplicateId(1)));
    }

    #[test]
    fn next_id_is_raised_past_snapshot_ids() {
        let mut v = json(&story());
        v["snapshots"][0]["id"] = 500.into();
        v["next_id"] = 1.into();
        assert_eq!(load(&v).unwrap().next_id, 501);
    }

    #[test]
    fn bad_values_give_typed_errors() {
        let cases: [(&str, serde_json::Value, ModelError); 7] = [
            (
                "/snapshots/0/date",
                "2025-1-1".into(),
                ModelError::InvalidDate("2025-1-1".into()),
            ),
            (
                "/snapshots/0/label",
                "x".repeat(201).into(),
                ModelError::TextTooLong { max: 200 },
            ),
            (
                "/snapshots/0/ratings/0/name",
                " ".into(),
                ModelError::EmptyName,
            ),
            (
                "/snapshots/0/ratings/0/importance",
                7.into(),
                ModelError::InvalidImportance(7),
            ),
            (
                "/snapshots/0/ratings/1/ist",
                (-3).into(),
                ModelError::InvalidRating(-3),
            ),
            (
                "/cycle/current_step",
                9.into(),
                ModelError::InvalidCycleStep(9),
            ),
            (
                "/cycle/notes/7",
                "x".repeat(4001).into(),
                ModelError::TextTooLong { max: 4000 },
            ),
        ];
        for (path, value, error) in cases {
            let mut v = json(&story());
            *v.pointer_mut(path).unwrap() = value;
            assert_eq!(load(&v), Err(error), "{path}");
        }
        let mut v = json(&story());
        v["cycle"]["current_step"] = 0.into();
        assert_eq!(load(&v), Err(ModelError::InvalidCycleStep(0)));
        // Notes are exactly eight.
        let mut v = json(&story());
        v["cycle"]["notes"] = serde_json::json!(["a"]);
        assert!(matches!(load(&v), Err(ModelError::Malformed(_))));
    }
}

#[test]
fn the_baseline_is_the_oldest_snapshot_by_date_else_today() {
    let m = start();
    assert_eq!(first_moment(&m), Moment::Today);
    let m = snap(&m, "2025-06-01", "later");
    let m = snap(&m, "2025-01-15", "earlier");
    let earlier = m
        .snapshots
        .iter()
        .find(|s| s.label == "earlier")
        .unwrap()
        .id;
    assert_eq!(first_moment(&m), Moment::Snapshot(earlier));
}
