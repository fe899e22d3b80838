#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The measures plan: plan order, quick wins, overdue measures, the status board, the owner
//! filter, projections per scenario and the plan warnings. Values are computed by hand; the
//! arithmetic is written beside them.

mod common;
use common::{assert_close, r};
use kontaktpunkt_core::domain::model::{
    Decision, Effort, Experience, Id, Importance, Measure, MeasureStatus, Scenario, Scenarios,
    Touchpoint,
};
use kontaktpunkt_core::domain::validate::restore;
use kontaktpunkt_core::figures::analysis::key_touchpoints;
use kontaktpunkt_core::figures::plan::{
    by_status, is_overdue, measures_in_plan_order, outlook, plan_warnings, projected_ist,
    projection, with_owner, PlanWarning, PlannedMeasure, RETIRE_IMPORTANT,
};
use kontaktpunkt_core::{Lang, Model};

const TODAY: &str = "2025-02-01";

fn tp(id: Id, importance: u8, ist: Option<Experience>, soll: Option<Experience>) -> Touchpoint {
    Touchpoint {
        id,
        name: format!("T{id}"),
        description: String::new(),
        stage: "awareness".into(),
        contact: Default::default(),
        channel: Default::default(),
        owner: None,
        importance: Importance::new(importance).unwrap(),
        ist,
        soll,
        factors: Default::default(),
        flags: Default::default(),
        decision: Decision::Keep,
    }
}

struct M {
    id: Id,
    effort: u8,
    touchpoints: Vec<Id>,
    status: MeasureStatus,
    due: Option<&'static str>,
    expected: [Option<Experience>; 3],
}

fn measure(m: M) -> Measure {
    let [best, realistic, worst] = m.expected;
    Measure {
        id: m.id,
        title: format!("M{}", m.id),
        description: String::new(),
        touchpoints: m.touchpoints,
        owner: None,
        due: m.due.map(str::to_string),
        effort: Effort::new(m.effort).unwrap(),
        status: m.status,
        expected: Scenarios {
            best,
            realistic,
            worst,
        },
    }
}

/// Touchpoints (importance, Ist, Soll, decision):
///   T1  5  −1  +2          priority 5 × 3 = 15
///   T2  2   0  +1          priority 2 × 1 = 2
///   T3  2  +1  +1          priority 0
///   T4  1   –  +2  new     (linked by the done M15)
///   T5  4   –   –  retire  (still important)
///   T6  3   –   –  new     (linked only by the dropped M14)
///   T7  3   –   –  retire  (not important enough)
///   T8  1   –   –  new     (linked by the idea M13)
/// Total priority 17; T1 alone holds 15 ≥ 0.8 × 17 = 13.6, so T1 is the only key touchpoint.
///
/// Measures (effort, touchpoints, status, due, best / realistic / worst):
///   M11  2  T1      planned      2025-03-01  +1 /  0 / −2   quick win
///   M12  4  T1 T2   in progress  2025-01-15  +2 / +1 /  –   overdue
///   M13  1  T3 T8   idea         –           +2 /  – /  –
///   M14  1  T2 T6   dropped      2024-12-01   – / +2 /  –
///   M15  3  T4      done         2024-11-30  +2 / +1 /  0
///   M16  1  T1      idea         2025-06-01   – /  – /  –   quick win
fn plan_model() -> Model {
    let mut m = Model::new(Lang::En);
    let mut t4 = tp(4, 1, None, r(2));
    t4.decision = Decision::New;
    let mut t5 = tp(5, 4, None, None);
    t5.decision = Decision::Retire;
    let mut t6 = tp(6, 3, None, None);
    t6.decision = Decision::New;
    let mut t7 = tp(7, 3, None, None);
    t7.decision = Decision::Retire;
    let mut t8 = tp(8, 1, None, None);
    t8.decision = Decision::New;
    m.touchpoints = vec![
        tp(1, 5, r(-1), r(2)),
        tp(2, 2, r(0), r(1)),
        tp(3, 2, r(1), r(1)),
        t4,
        t5,
        t6,
        t7,
        t8,
    ]
    .into();
    use MeasureStatus::*;
    let list = [
        (
            11,
            2,
            vec![1],
            Planned,
            Some("2025-03-01"),
            [r(1), r(0), r(-2)],
        ),
        (
            12,
            4,
            vec![1, 2],
            InProgress,
            Some("2025-01-15"),
            [r(2), r(1), None],
        ),
        (13, 1, vec![3, 8], Idea, None, [r(2), None, None]),
        (
            14,
            1,
            vec![2, 6],
            Dropped,
            Some("2024-12-01"),
            [None, r(2), None],
        ),
        (15, 3, vec![4], Done, Some("2024-11-30"), [r(2), r(1), r(0)]),
        (16, 1, vec![1], Idea, Some("2025-06-01"), [None, None, None]),
    ];
    m.measures = list
        .into_iter()
        .map(|(id, effort, touchpoints, status, due, expected)| {
            measure(M {
                id,
                effort,
                touchpoints,
                status,
                due,
                expected,
            })
        })
        .collect();
    m.measures[0].owner = Some("marketing".into());
    m.measures[1].owner = Some("sales".into());
    m.measures[5].owner = Some("marketing".into());
    restore(m).unwrap()
}

fn ids(plan: &[PlannedMeasure]) -> Vec<Id> {
    plan.iter().map(|p| p.id).collect()
}

#[test]
fn the_fixture_has_one_key_touchpoint() {
    assert_eq!(key_touchpoints(&plan_model()), [1]);
}

#[test]
fn plan_order_open_first_then_quick_wins_then_due_date() {
    let m = plan_model();
    let plan = measures_in_plan_order(&m, TODAY);
    // Open: quick wins M11 (03-01), M16 (06-01); then M12 (01-15), M13 (undated).
    // Closed: M15 (2024-11-30), M14 (2024-12-01).
    assert_eq!(ids(&plan), [11, 16, 12, 13, 15, 14]);
    let quick: Vec<Id> = plan.iter().filter(|p| p.quick_win).map(|p| p.id).collect();
    assert_eq!(quick, [11, 16]);
}

#[test]
fn overdue_means_past_due_and_still_open() {
    let m = plan_model();
    let plan = measures_in_plan_order(&m, TODAY);
    let overdue: Vec<Id> = plan.iter().filter(|p| p.overdue).map(|p| p.id).collect();
    // M12 was due 2025-01-15 and is in progress. M14 (dropped) and M15 (done) are past due
    // but closed; M11 and M16 are due later; M13 has no date.
    assert_eq!(overdue, [12]);

    let m12 = m.measure(12).unwrap();
    assert!(is_overdue(m12, "2025-01-16"));
    assert!(!is_overdue(m12, "2025-01-15"), "due today is not overdue");
    assert!(!is_overdue(m12, "2025-01-14"));
    assert!(
        !is_overdue(m12, "someday"),
        "an invalid today never makes overdue"
    );
    assert!(!is_overdue(m12, ""));
    // Later, everything open and dated is overdue.
    let later: Vec<Id> = measures_in_plan_order(&m, "2026-01-01")
        .iter()
        .filter(|p| p.overdue)
        .map(|p| p.id)
        .collect();
    assert_eq!(later, [11, 16, 12]);
}

#[test]
fn ties_keep_the_model_order() {
    let mut m = Model::new(Lang::En);
    m.measures = (1..=4)
        .map(|id| {
            measure(M {
                id,
                effort: 3,
                touchpoints: vec![],
                status: MeasureStatus::Planned,
                due: if id % 2 == 0 {
                    Some("2025-05-05")
                } else {
                    None
                },
                expected: [None; 3],
            })
        })
        .collect();
    // Dated 2 and 4 first, in model order; then undated 1 and 3.
    assert_eq!(ids(&measures_in_plan_order(&m, TODAY)), [2, 4, 1, 3]);
}

#[test]
fn status_board_has_every_column_in_plan_order() {
    let m = plan_model();
    let board = by_status(&m, TODAY);
    let columns: Vec<(MeasureStatus, Vec<Id>)> =
        board.iter().map(|(s, list)| (*s, ids(list))).collect();
    assert_eq!(
        columns,
        [
            (MeasureStatus::Idea, vec![16, 13]),
            (MeasureStatus::Planned, vec![11]),
            (MeasureStatus::InProgress, vec![12]),
            (MeasureStatus::Done, vec![15]),
            (MeasureStatus::Dropped, vec![14]),
        ]
    );
    assert!(board[2].1[0].overdue);
    let empty = by_status(&Model::new(Lang::De), TODAY);
    assert_eq!(empty.len(), 5);
    assert!(empty.iter().all(|(_, list)| list.is_empty()));
}

#[test]
fn owner_filter() {
    let m = plan_model();
    let plan = measures_in_plan_order(&m, TODAY);
    assert_eq!(ids(&with_owner(&m, &plan, Some("marketing"))), [11, 16]);
    assert_eq!(ids(&with_owner(&m, &plan, Some("sales"))), [12]);
    assert_eq!(ids(&with_owner(&m, &plan, None)), [13, 15, 14]);
    assert!(with_owner(&m, &plan, Some("billing")).is_empty());
}

#[test]
fn projection_per_scenario() {
    let m = plan_model();
    // Counted: M11 (planned), M12 (in progress), M15 (done). Not: M13 (idea), M14 (dropped).
    // Rated weights: T1 5, T2 2, T3 2, T4 1 (T5–T8 stay unrated in every scenario).
    //
    // Today's Ist: (5·−1 + 2·0 + 2·1) / 9 = −1/3 → (−1/3 + 2) / 4 · 100 = 41.666…
    // Soll:        (5·2 + 2·1 + 2·1 + 1·2) / 10 = 1.6 → 3.6 / 4 · 100 = 90
    let o = outlook(&m);
    assert_close(o.ist, 125.0 / 3.0);
    assert_close(o.soll, 90.0);

    // Best: T1 = max(M11 +1, M12 +2) = +2; T2 = M12 +2 (M14 dropped); T3 keeps +1 (M13 is
    // an idea); T4, unrated today, = M15 +2.
    // (5·2 + 2·2 + 2·1 + 1·2) / 10 = 1.8 → 3.8 / 4 · 100 = 95
    assert_close(projection(&m, Scenario::Best), 95.0);
    // Realistic: T1 = max(0, +1) = +1; T2 = +1 (not M14's +2); T3 +1; T4 +1.
    // (5·1 + 2·1 + 2·1 + 1·1) / 10 = 1.0 → 3 / 4 · 100 = 75
    assert_close(projection(&m, Scenario::Realistic), 75.0);
    // Worst: T1 = M11 −2 (M12 has none), below today's −1: a decline is kept; T2 has no
    // worst case, so today's 0; T3 +1; T4 0.
    // (5·−2 + 2·0 + 2·1 + 1·0) / 10 = −0.8 → 1.2 / 4 · 100 = 30
    assert_close(projection(&m, Scenario::Worst), 30.0);
    assert_close(o.best, 95.0);
    assert_close(o.realistic, 75.0);
    assert_close(o.worst, 30.0);

    let worst = projected_ist(&m, Scenario::Worst);
    assert_eq!(worst[..4], [(1, r(-2)), (2, r(0)), (3, r(1)), (4, r(0))]);
    assert_eq!(worst[4..], [(5, None), (6, None), (7, None), (8, None)]);
}

#[test]
fn the_highest_expected_value_wins_whatever_the_order() {
    let mut m = plan_model();
    // Best case now M11 +2, M12 −1: T1 takes max(+2, −1) = +2, whichever comes first.
    m.measures[0].expected.best = r(2);
    m.measures[1].expected.best = r(-1);
    let a = projection(&m, Scenario::Best);
    m.measures.swap(0, 1);
    assert_eq!(projection(&m, Scenario::Best), a);
    // T1 +2, T2 −1 (M12's best), T3 +1, T4 +2:
    // (5·2 + 2·−1 + 2·1 + 1·2) / 10 = 1.2 → 3.2 / 4 · 100 = 80
    assert_close(a, 80.0);
}

#[test]
fn without_committed_measures_the_projection_is_today() {
    let mut m = plan_model();
    for measure in m.measures.iter_mut() {
        measure.status = MeasureStatus::Idea;
    }
    let today = outlook(&m).ist;
    for s in Scenario::ALL {
        assert_eq!(projection(&m, *s), today);
    }
    assert_eq!(projection(&Model::new(Lang::En), Scenario::Best), None);
}

#[test]
fn plan_warnings_in_touchpoint_order() {
    let m = plan_model();
    // T4 new, linked by the done M15: fine. T5 retire, importance 4: warned. T6 new, only
    // the dropped M14 links it: warned. T7 retire, importance 3: fine. T8 new, linked by
    // the idea M13: fine (an idea is a measure in the plan).
    assert_eq!(
        plan_warnings(&m),
        [
            PlanWarning::RetireStillImportant(5),
            PlanWarning::NewWithoutMeasure(6),
        ]
    );
    assert_eq!(RETIRE_IMPORTANT, 4);
    let mut calm = m.clone();
    calm.touchpoints[4].importance = Importance::new(3).unwrap();
    calm.measures[2].touchpoints.push(6);
    assert!(plan_warnings(&calm).is_empty());
}

#[test]
fn status_and_scenario_names_and_keys() {
    let (de, en) = (Lang::De.texts(), Lang::En.texts());
    assert_eq!(de.measure_status(MeasureStatus::InProgress), "In Arbeit");
    assert_eq!(en.measure_status(MeasureStatus::Dropped), "Dropped");
    assert_eq!(de.scenario(Scenario::Realistic), "Realistisch");
    assert_eq!(en.scenario(Scenario::Worst), "Worst case");
    let keys: Vec<&str> = MeasureStatus::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(keys, ["idea", "planned", "in_progress", "done", "dropped"]);
    assert_eq!(
        MeasureStatus::from_key("in_progress"),
        Some(MeasureStatus::InProgress)
    );
    assert_eq!(Scenario::from_key("best"), Some(Scenario::Best));
    assert!(MeasureStatus::Done.is_closed() && MeasureStatus::Done.is_committed());
    assert!(!MeasureStatus::Idea.is_committed() && !MeasureStatus::Idea.is_closed());
}
