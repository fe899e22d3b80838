#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every figure of the method, pinned with hand-computed values.
//! The arithmetic is written next to each expectation so a reader can check it by hand.

use kontaktpunkt_core::domain::model::{
    Channel, Effort, Experience, Id, Importance, LoyaltyCounts, Measure, Touchpoint,
};
use kontaktpunkt_core::figures::analysis::{
    by_priority, experience_index, gap, index_by_channel, index_by_owner, index_by_stage,
    is_lovepoint, is_painpoint, is_quick_win, journey_index, key_touchpoints, loyalty_shares, nps,
    nps_counts, parse_nps_answers, priority, quadrant, referral_rate, summary, to_index, BadAnswer,
    Quadrant, Which,
};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::{Lang, Model};

const EPS: f64 = 1e-9;

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < EPS
}

#[track_caller]
fn assert_close(actual: Option<f64>, expected: f64) {
    match actual {
        Some(a) => assert!(close(a, expected), "expected {expected}, got {a}"),
        None => panic!("expected {expected}, got None"),
    }
}

fn rating(v: Option<i8>) -> Option<Experience> {
    v.map(|v| Experience::new(v).unwrap())
}

/// A touchpoint in stage `awareness`, online, without owner.
fn tp(id: Id, importance: u8, ist: Option<i8>, soll: Option<i8>) -> Touchpoint {
    Touchpoint {
        id,
        name: format!("Touchpoint {id}"),
        description: String::new(),
        stage: "awareness".into(),
        contact: Default::default(),
        channel: Channel::Online,
        owner: None,
        importance: Importance::new(importance).unwrap(),
        ist: rating(ist),
        soll: rating(soll),
        factors: Default::default(),
        flags: Default::default(),
        decision: Default::default(),
    }
}

fn model_with(touchpoints: Vec<Touchpoint>) -> Model {
    let mut m = Model::new(Lang::En);
    m.next_id = touchpoints.iter().map(|t| t.id).max().unwrap_or(0) + 1;
    m.touchpoints = touchpoints.into();
    m
}

fn measure(id: Id, effort: u8, touchpoints: Vec<Id>) -> Measure {
    Measure {
        id,
        title: format!("Measure {id}"),
        description: String::new(),
        touchpoints,
        owner: None,
        due: None,
        effort: Effort::new(effort).unwrap(),
        status: Default::default(),
        expected: Default::default(),
    }
}

fn ids(list: &[&Touchpoint]) -> Vec<Id> {
    list.iter().map(|t| t.id).collect()
}

// ---------------------------------------------------------------- gap and priority

#[test]
fn gap_is_soll_minus_ist() {
    // Soll 2 − Ist (−2) = 4
    assert_eq!(gap(&tp(1, 3, Some(-2), Some(2))), Some(4));
    // Soll −1 − Ist 1 = −2: Ist already beyond the target
    assert_eq!(gap(&tp(1, 3, Some(1), Some(-1))), Some(-2));
    // Soll 0 − Ist 0 = 0
    assert_eq!(gap(&tp(1, 3, Some(0), Some(0))), Some(0));
}

#[test]
fn gap_needs_both_ratings() {
    assert_eq!(gap(&tp(1, 3, None, Some(2))), None);
    assert_eq!(gap(&tp(1, 3, Some(1), None)), None);
    assert_eq!(gap(&tp(1, 3, None, None)), None);
}

#[test]
fn priority_is_importance_times_positive_gap() {
    // 5 × max(2 − (−2), 0) = 5 × 4 = 20, the maximum
    assert_eq!(priority(&tp(1, 5, Some(-2), Some(2))), 20);
    // 4 × max(2 − (−1), 0) = 4 × 3 = 12
    assert_eq!(priority(&tp(1, 4, Some(-1), Some(2))), 12);
    // 2 × max(1 − 0, 0) = 2 × 1 = 2
    assert_eq!(priority(&tp(1, 2, Some(0), Some(1))), 2);
    // 1 × max(2 − (−2), 0) = 4
    assert_eq!(priority(&tp(1, 1, Some(-2), Some(2))), 4);
    // 3 × max(−1 − 1, 0) = 3 × 0 = 0: a negative gap never gives priority
    assert_eq!(priority(&tp(1, 3, Some(1), Some(-1))), 0);
    // 5 × max(2 − 2, 0) = 0
    assert_eq!(priority(&tp(1, 5, Some(2), Some(2))), 0);
    // not rated: 0
    assert_eq!(priority(&tp(1, 5, None, Some(2))), 0);
    assert_eq!(priority(&tp(1, 5, Some(-2), None)), 0);
}

#[test]
fn priority_stays_within_0_to_20_for_every_combination() {
    for imp in 1..=5u8 {
        for ist in Experience::MIN..=Experience::MAX {
            for soll in Experience::MIN..=Experience::MAX {
                let p = priority(&tp(1, imp, Some(ist), Some(soll)));
                let expected = imp * u8::try_from((soll - ist).max(0)).unwrap();
                assert_eq!(p, expected, "imp {imp}, ist {ist}, soll {soll}");
                assert!(p <= 20);
            }
        }
    }
}

// ---------------------------------------------------------------- key touchpoints

#[test]
fn key_touchpoints_smallest_prefix_reaching_exactly_80_percent() {
    // priorities: 1 → 5×4 = 20, 2 → 2×1 = 2, 3 → 4×3 = 12, 4 → 0, 5 → 3×2 = 6
    // total = 20 + 2 + 12 + 0 + 6 = 40, 80 % of 40 = 32
    // sorted: 1 (20), 3 (12), 5 (6), 2 (2), 4 (0)
    // prefix sums: 20 < 32, 20 + 12 = 32 ≥ 32 → keys [1, 3]
    let m = model_with(vec![
        tp(1, 5, Some(-2), Some(2)),
        tp(2, 2, Some(0), Some(1)),
        tp(3, 4, Some(-1), Some(2)),
        tp(4, 3, Some(2), Some(2)),
        tp(5, 3, Some(0), Some(2)),
    ]);
    assert_eq!(ids(&by_priority(&m)), vec![1, 3, 5, 2, 4]);
    assert_eq!(key_touchpoints(&m), vec![1, 3]);
}

#[test]
fn key_touchpoints_take_one_more_when_just_below_80_percent() {
    // priorities: 1 → 5×4 = 20, 2 → 4×2 = 8, 3 → 2×4 = 8, 4 → 4×1 = 4
    // total = 40, threshold 32; prefix sums 20, 28 (< 32), 36 (≥ 32) → keys [1, 2, 3]
    let m = model_with(vec![
        tp(1, 5, Some(-2), Some(2)),
        tp(2, 4, Some(0), Some(2)),
        tp(3, 2, Some(-2), Some(2)),
        tp(4, 4, Some(1), Some(2)),
    ]);
    assert_eq!(key_touchpoints(&m), vec![1, 2, 3]);
}

#[test]
fn key_touchpoints_single_positive_priority() {
    // total = 3×1 = 3; the one touchpoint holds 100 % ≥ 80 %
    let m = model_with(vec![
        tp(1, 3, Some(2), Some(2)),
        tp(2, 3, Some(0), Some(1)),
        tp(3, 3, None, None),
    ]);
    assert_eq!(key_touchpoints(&m), vec![2]);
}

#[test]
fn key_touchpoints_empty_when_no_priority() {
    // every gap ≤ 0 or unrated → total priority 0 → no key touchpoints
    let m = model_with(vec![
        tp(1, 5, Some(2), Some(2)),
        tp(2, 5, Some(1), Some(-1)),
        tp(3, 5, None, Some(2)),
    ]);
    assert!(key_touchpoints(&m).is_empty());
}

#[test]
fn ties_in_priority_keep_the_model_order() {
    // priorities in model order: 7 → 4×1 = 4, 3 → 2×4 = 8, 9 → 1×4 = 4, 5 → 4×2 = 8
    // sorted, highest first, ties in model order: 3 (8), 5 (8), 7 (4), 9 (4)
    let m = model_with(vec![
        tp(7, 4, Some(1), Some(2)),
        tp(3, 2, Some(-2), Some(2)),
        tp(9, 1, Some(-2), Some(2)),
        tp(5, 4, Some(0), Some(2)),
    ]);
    assert_eq!(ids(&by_priority(&m)), vec![3, 5, 7, 9]);
}

#[test]
fn ties_decide_the_key_touchpoint_cut_by_model_order() {
    // five touchpoints of priority 4 each (4×1, 2×2, 1×4, 4×1, 2×2); total 20, threshold 16
    // prefix sums 4, 8, 12, 16 ≥ 16 → the first four in model order; the last one is out
    let m = model_with(vec![
        tp(40, 4, Some(1), Some(2)),
        tp(10, 2, Some(0), Some(2)),
        tp(30, 1, Some(-2), Some(2)),
        tp(20, 4, Some(-1), Some(0)),
        tp(50, 2, Some(-1), Some(1)),
    ]);
    assert_eq!(key_touchpoints(&m), vec![40, 10, 30, 20]);
}

// ---------------------------------------------------------------- experience index

#[test]
fn to_index_maps_the_scale_to_0_100() {
    // (x + 2) / 4 · 100
    assert!(close(to_index(-2.0), 0.0));
    assert!(close(to_index(-1.0), 25.0));
    assert!(close(to_index(0.0), 50.0));
    assert!(close(to_index(1.0), 75.0));
    assert!(close(to_index(2.0), 100.0));
    assert!(close(to_index(0.5), 62.5));
}

#[test]
fn experience_index_is_importance_weighted_and_skips_unrated() {
    let list = [
        tp(1, 5, Some(2), Some(2)),
        tp(2, 1, Some(-2), Some(0)),
        tp(3, 4, None, Some(1)),
    ];
    // Ist: only 1 and 2 are rated. Σ imp·r = 5·2 + 1·(−2) = 8, Σ imp = 5 + 1 = 6
    // mean 8/6 = 4/3 → (4/3 + 2)/4·100 = (10/3)/4·100 = 250/3 = 83.333…
    assert_close(experience_index(&list, Which::Ist), 250.0 / 3.0);
    // Soll: Σ imp·r = 5·2 + 1·0 + 4·1 = 14, Σ imp = 10 → mean 1.4 → 3.4/4·100 = 85
    assert_close(experience_index(&list, Which::Soll), 85.0);
}

#[test]
fn experience_index_unrated_touchpoint_does_not_move_the_index() {
    let rated = [tp(1, 3, Some(1), None), tp(2, 2, Some(-1), None)];
    let mut with_unrated = rated.to_vec();
    with_unrated.push(tp(3, 5, None, None));
    // 3·1 + 2·(−1) = 1, Σ imp = 5 → 0.2 → 2.2/4·100 = 55
    assert_close(experience_index(&rated, Which::Ist), 55.0);
    assert_close(experience_index(&with_unrated, Which::Ist), 55.0);
}

#[test]
fn experience_index_none_without_ratings() {
    assert_eq!(experience_index(&[], Which::Ist), None);
    let list = [tp(1, 5, None, None), tp(2, 1, None, None)];
    assert_eq!(experience_index(&list, Which::Ist), None);
    assert_eq!(experience_index(&list, Which::Soll), None);
}

#[test]
fn experience_index_with_equal_importances_is_the_plain_mean() {
    // all importance 3: (3·(−2) + 3·0 + 3·1 + 3·1) / 12 = 0/12 = 0 → 50
    let list = [
        tp(1, 3, Some(-2), None),
        tp(2, 3, Some(0), None),
        tp(3, 3, Some(1), None),
        tp(4, 3, Some(1), None),
    ];
    assert_close(experience_index(&list, Which::Ist), 50.0);
    // all importance 1, Ist 2, 2, 1: mean 5/3 → (5/3 + 2)/4·100 = (11/3)/4·100 = 91.666…
    let list = [
        tp(1, 1, Some(2), None),
        tp(2, 1, Some(2), None),
        tp(3, 1, Some(1), None),
    ];
    assert_close(experience_index(&list, Which::Ist), 1100.0 / 12.0);
}

#[test]
fn experience_index_extremes() {
    let worst = [tp(1, 5, Some(-2), Some(-2)), tp(2, 1, Some(-2), Some(-2))];
    assert_close(experience_index(&worst, Which::Ist), 0.0);
    let best = [tp(1, 5, Some(2), Some(2)), tp(2, 1, Some(2), Some(2))];
    assert_close(experience_index(&best, Which::Soll), 100.0);
}

#[test]
fn journey_index_covers_all_touchpoints() {
    let m = model_with(vec![
        tp(1, 4, Some(-1), Some(1)),
        tp(2, 2, Some(2), Some(2)),
        tp(3, 5, None, None),
    ]);
    let j = journey_index(&m);
    assert_eq!(j.count, 3);
    // Ist: 4·(−1) + 2·2 = 0, Σ imp = 6 → 0 → 50
    assert_close(j.ist, 50.0);
    // Soll: 4·1 + 2·2 = 8, Σ imp = 6 → 4/3 → 250/3
    assert_close(j.soll, 250.0 / 3.0);
}

#[test]
fn index_by_stage_lists_every_stage_in_order_including_empty_ones() {
    let mut a = tp(1, 2, Some(-2), Some(0));
    a.stage = "awareness".into();
    let mut b = tp(2, 4, Some(1), Some(2));
    b.stage = "awareness".into();
    let mut c = tp(3, 3, Some(0), None);
    c.stage = "purchase".into();
    let m = model_with(vec![a, b, c]);
    let stages = index_by_stage(&m);
    let keys: Vec<&str> = stages.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(
        keys,
        vec!["awareness", "information", "purchase", "usage", "loyalty"]
    );
    assert_eq!(stages[0].name, "Awareness");
    // awareness, Ist: 2·(−2) + 4·1 = 0 over 6 → 50; Soll: 2·0 + 4·2 = 8 over 6 → 250/3
    assert_eq!(stages[0].count, 2);
    assert_close(stages[0].ist, 50.0);
    assert_close(stages[0].soll, 250.0 / 3.0);
    // information: no touchpoints
    assert_eq!(stages[1].name, "Information");
    assert_eq!(stages[1].count, 0);
    assert_eq!(stages[1].ist, None);
    assert_eq!(stages[1].soll, None);
    // purchase: Ist 0 → 50, Soll not rated → None
    assert_eq!(stages[2].count, 1);
    assert_close(stages[2].ist, 50.0);
    assert_eq!(stages[2].soll, None);
    for g in &stages[3..] {
        assert_eq!((g.count, g.ist, g.soll), (0, None, None));
    }
}

#[test]
fn index_by_owner_adds_no_owner_entry_only_when_needed() {
    let mut a = tp(1, 5, Some(2), Some(2));
    a.owner = Some("marketing".into());
    let mut b = tp(2, 1, Some(-2), Some(2));
    b.owner = Some("marketing".into());
    let mut c = tp(3, 3, Some(-1), Some(1));
    c.owner = Some("service".into());

    // everyone owned: one entry per owner, no extra entry
    let m = model_with(vec![a.clone(), b.clone(), c.clone()]);
    let owners = index_by_owner(&m);
    assert_eq!(owners.len(), 7);
    assert!(owners.iter().all(|g| !g.key.is_empty()));
    let marketing = owners.iter().find(|g| g.key == "marketing").unwrap();
    assert_eq!(marketing.name, "Marketing");
    assert_eq!(marketing.count, 2);
    // Ist: 5·2 + 1·(−2) = 8 over 6 → 4/3 → 250/3; Soll: 2 → 100
    assert_close(marketing.ist, 250.0 / 3.0);
    assert_close(marketing.soll, 100.0);
    let sales = owners.iter().find(|g| g.key == "sales").unwrap();
    assert_eq!((sales.count, sales.ist, sales.soll), (0, None, None));

    // one touchpoint without owner: a last entry with the empty key
    let d = tp(4, 2, Some(1), None);
    let m = model_with(vec![a, b, c, d]);
    let owners = index_by_owner(&m);
    assert_eq!(owners.len(), 8);
    let last = owners.last().unwrap();
    assert_eq!(last.key, "");
    assert_eq!(last.count, 1);
    // 2·1 / 2 = 1 → 75
    assert_close(last.ist, 75.0);
    assert_eq!(last.soll, None);
}

#[test]
fn index_by_channel_has_online_offline_both() {
    let mut a = tp(1, 2, Some(2), None);
    a.channel = Channel::Online;
    let mut b = tp(2, 2, Some(-2), None);
    b.channel = Channel::Online;
    let mut c = tp(3, 4, Some(1), Some(2));
    c.channel = Channel::Both;
    let m = model_with(vec![a, b, c]);
    let by = index_by_channel(&m);
    let channels: Vec<Channel> = by.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        channels,
        vec![Channel::Online, Channel::Offline, Channel::Both]
    );
    // online: 2·2 + 2·(−2) = 0 → 50
    assert_eq!(by[0].1.count, 2);
    assert_close(by[0].1.ist, 50.0);
    assert_eq!(by[0].1.soll, None);
    // offline: empty
    assert_eq!((by[1].1.count, by[1].1.ist, by[1].1.soll), (0, None, None));
    // both: Ist 1 → 75, Soll 2 → 100
    assert_close(by[2].1.ist, 75.0);
    assert_close(by[2].1.soll, 100.0);
}

#[test]
fn index_by_channel_key_is_the_serde_name() {
    let m = model_with(vec![tp(1, 3, Some(0), None)]);
    let keys: Vec<String> = index_by_channel(&m)
        .into_iter()
        .map(|(_, g)| g.key)
        .collect();
    assert_eq!(keys, vec!["online", "offline", "both"]);
}

#[test]
fn empty_model_has_no_figures() {
    let m = Model::new(Lang::En);
    let j = journey_index(&m);
    assert_eq!((j.count, j.ist, j.soll), (0, None, None));
    assert!(by_priority(&m).is_empty());
    assert!(key_touchpoints(&m).is_empty());
    let stages = index_by_stage(&m);
    assert_eq!(stages.len(), 5);
    assert!(stages
        .iter()
        .all(|g| g.count == 0 && g.ist.is_none() && g.soll.is_none()));
    let owners = index_by_owner(&m);
    assert_eq!(owners.len(), 7, "no 'no owner' entry in an empty model");
    assert!(owners.iter().all(|g| g.count == 0 && g.ist.is_none()));
    assert!(index_by_channel(&m)
        .iter()
        .all(|(_, g)| g.count == 0 && g.ist.is_none()));
    let s = summary(&m);
    assert!(s.key_touchpoints.is_empty());
    assert!(s.lovepoints.is_empty());
    assert!(s.painpoints.is_empty());
    assert!(s.quick_wins.is_empty());
    assert_eq!(s.journey.ist, None);
}

// ---------------------------------------------------------------- matrix, love- and painpoints

#[test]
fn quadrant_boundaries() {
    // split: importance >= 3 is high, Ist > 0 is high
    assert_eq!(quadrant(&tp(1, 3, Some(0), None)), Some(Quadrant::FixFirst));
    assert_eq!(quadrant(&tp(1, 3, Some(1), None)), Some(Quadrant::KeepItUp));
    assert_eq!(
        quadrant(&tp(1, 2, Some(0), None)),
        Some(Quadrant::LowPriority)
    );
    assert_eq!(
        quadrant(&tp(1, 2, Some(1), None)),
        Some(Quadrant::PossibleOverkill)
    );
    // far corners
    assert_eq!(
        quadrant(&tp(1, 5, Some(-2), None)),
        Some(Quadrant::FixFirst)
    );
    assert_eq!(quadrant(&tp(1, 5, Some(2), None)), Some(Quadrant::KeepItUp));
    assert_eq!(
        quadrant(&tp(1, 1, Some(-2), None)),
        Some(Quadrant::LowPriority)
    );
    assert_eq!(
        quadrant(&tp(1, 1, Some(2), None)),
        Some(Quadrant::PossibleOverkill)
    );
    // Soll does not matter; no Ist, no quadrant
    assert_eq!(
        quadrant(&tp(1, 4, Some(0), Some(2))),
        Some(Quadrant::FixFirst)
    );
    assert_eq!(quadrant(&tp(1, 4, None, Some(2))), None);
}

#[test]
fn lovepoint_thresholds() {
    // Ist ≥ +1 and importance ≥ 4
    assert!(is_lovepoint(&tp(1, 4, Some(1), None)));
    assert!(is_lovepoint(&tp(1, 5, Some(2), None)));
    assert!(!is_lovepoint(&tp(1, 3, Some(2), None)), "importance 3");
    assert!(!is_lovepoint(&tp(1, 5, Some(0), None)), "Ist 0");
    assert!(!is_lovepoint(&tp(1, 5, None, Some(2))), "not rated");
}

#[test]
fn painpoint_thresholds() {
    // Ist ≤ −1 and importance ≥ 3
    assert!(is_painpoint(&tp(1, 3, Some(-1), None)));
    assert!(is_painpoint(&tp(1, 5, Some(-2), None)));
    assert!(!is_painpoint(&tp(1, 2, Some(-2), None)), "importance 2");
    assert!(!is_painpoint(&tp(1, 5, Some(0), None)), "Ist 0");
    assert!(!is_painpoint(&tp(1, 5, None, Some(-2))), "not rated");
}

// ---------------------------------------------------------------- quick wins

#[test]
fn quick_win_needs_low_effort_on_a_key_touchpoint() {
    let keys = [1, 2];
    assert!(is_quick_win(&measure(10, 2, vec![2]), &keys));
    assert!(is_quick_win(&measure(10, 1, vec![5, 1]), &keys));
    assert!(!is_quick_win(&measure(10, 3, vec![1]), &keys), "effort 3");
    assert!(!is_quick_win(&measure(10, 1, vec![5]), &keys), "not key");
    assert!(!is_quick_win(&measure(10, 1, vec![]), &keys), "no links");
    assert!(!is_quick_win(&measure(10, 1, vec![1]), &[]), "no keys");
}

#[test]
fn summary_collects_lists() {
    // 1: 5×(2−(−2)) = 20, painpoint; 2: lovepoint, priority 0; 3: 3×1 = 3
    // total 23, threshold 18.4 → keys [1] (20·5 = 100 ≥ 23·4 = 92)
    let mut m = model_with(vec![
        tp(1, 5, Some(-2), Some(2)),
        tp(2, 4, Some(1), Some(1)),
        tp(3, 3, Some(0), Some(1)),
    ]);
    m.measures = vec![
        measure(4, 2, vec![1]),    // quick win
        measure(5, 5, vec![1]),    // too much effort
        measure(6, 1, vec![3, 2]), // no key touchpoint
    ]
    .into();
    m.next_id = 7;
    let s = summary(&m);
    assert_eq!(s.key_touchpoints, vec![1]);
    assert_eq!(s.lovepoints, vec![2]);
    assert_eq!(s.painpoints, vec![1]);
    assert_eq!(s.quick_wins, vec![4]);
    assert_eq!(s.by_stage.len(), 5);
    assert_eq!(s.by_channel.len(), 3);
    assert_eq!(s.by_owner.len(), 8, "7 owners + 'no owner'");
}

// ---------------------------------------------------------------- NPS, referrals, loyalty

#[test]
fn nps_from_counts() {
    // (50 − 20) / 100 · 100 = 30
    assert_close(nps(50, 30, 20), 30.0);
    // (1 − 1) / 3 · 100 = 0
    assert_close(nps(1, 1, 1), 0.0);
    // (0 − 5) / 5 · 100 = −100
    assert_close(nps(0, 0, 5), -100.0);
    // (3 − 0) / 3 · 100 = 100
    assert_close(nps(3, 0, 0), 100.0);
    // (1 − 0) / 3 · 100 = 33.333…
    assert_close(nps(1, 2, 0), 100.0 / 3.0);
    // passives only: (0 − 0) / 4 = 0
    assert_close(nps(0, 4, 0), 0.0);
    // large counts do not overflow: (u32::MAX − 0) / (u32::MAX + 0 + 0) → 100
    assert_close(nps(u32::MAX, 0, 0), 100.0);
}

#[test]
fn nps_without_answers_is_none_not_nan() {
    assert_eq!(nps(0, 0, 0), None);
}

#[test]
fn nps_from_raw_answers() {
    // promoters 9, 10 → 2; passives 7, 8 → 2; detractors 0, 6, 5 → 3
    let counts = nps_counts(&[0, 6, 7, 8, 9, 10, 5]);
    assert_eq!(counts, (2, 2, 3));
    // (2 − 3) / 7 · 100 = −14.2857…
    assert_close(nps(counts.0, counts.1, counts.2), -100.0 / 7.0);
    assert_eq!(nps_counts(&[]), (0, 0, 0));
    // class boundaries: 6 | 7, 8 | 9
    assert_eq!(nps_counts(&[6]), (0, 0, 1));
    assert_eq!(nps_counts(&[7]), (0, 1, 0));
    assert_eq!(nps_counts(&[8]), (0, 1, 0));
    assert_eq!(nps_counts(&[9]), (1, 0, 0));
}

#[test]
fn parse_nps_answers_accepts_one_number_per_line() {
    assert_eq!(
        parse_nps_answers("10\n9\n\n  7 \n0\n"),
        Ok(vec![10, 9, 7, 0])
    );
    assert_eq!(parse_nps_answers("8\r\n3\r\n"), Ok(vec![8, 3]));
    assert_eq!(parse_nps_answers(""), Ok(vec![]));
    assert_eq!(parse_nps_answers("\n \n"), Ok(vec![]));
}

#[test]
fn parse_nps_answers_reports_bad_lines_with_1_based_numbers() {
    let text = "10\nabc\n\n11\n-1\n5.5\n8\r\n x \r\n";
    let bad = parse_nps_answers(text).unwrap_err();
    let expected = vec![
        BadAnswer {
            line: 2,
            text: "abc".into(),
        },
        BadAnswer {
            line: 4,
            text: "11".into(),
        },
        BadAnswer {
            line: 5,
            text: "-1".into(),
        },
        BadAnswer {
            line: 6,
            text: "5.5".into(),
        },
        BadAnswer {
            line: 8,
            text: "x".into(),
        },
    ];
    assert_eq!(bad, expected);
}

#[test]
fn parse_nps_answers_truncates_long_bad_lines() {
    let long = "x".repeat(500);
    let bad = parse_nps_answers(&long).unwrap_err();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 1);
    assert_eq!(bad[0].text.chars().count(), 40);
}

#[test]
fn referral_rate_is_referred_over_new_customers() {
    // 3 / 12 = 0.25
    assert_close(referral_rate(3, 12), 0.25);
    assert_close(referral_rate(0, 5), 0.0);
    assert_close(referral_rate(5, 5), 1.0);
    // 1 / 3
    assert_close(referral_rate(1, 3), 1.0 / 3.0);
}

#[test]
fn referral_rate_without_new_customers_is_none() {
    assert_eq!(referral_rate(0, 0), None);
    assert_eq!(referral_rate(3, 0), None);
    // more referred than new customers is inconsistent
    assert_eq!(referral_rate(6, 5), None);
}

#[test]
fn loyalty_shares_in_segment_order() {
    let c = LoyaltyCounts {
        saboteurs: 1,
        disloyal: 2,
        lost: 3,
        conditionally_loyal: 4,
        fully_loyal: 5,
        fans: 5,
    };
    // total 20: 1/20, 2/20, 3/20, 4/20, 5/20, 5/20
    let shares = loyalty_shares(&c).unwrap();
    let expected = [0.05, 0.10, 0.15, 0.20, 0.25, 0.25];
    for (a, e) in shares.iter().zip(expected) {
        assert!(close(*a, e), "{shares:?}");
    }
    assert!(close(shares.iter().sum::<f64>(), 1.0));

    let only_fans = LoyaltyCounts {
        fans: 7,
        ..Default::default()
    };
    assert_eq!(
        loyalty_shares(&only_fans),
        Some([0.0, 0.0, 0.0, 0.0, 0.0, 1.0])
    );
    assert_eq!(loyalty_shares(&LoyaltyCounts::default()), None);
}

// ---------------------------------------------------------------- the demo model, end to end

#[test]
fn demo_model_figures() {
    for lang in Lang::ALL {
        let m = demo_model(lang);
        // ids follow the demo file's order 1..=12. Priorities (imp × max(Soll − Ist, 0)):
        //  1 Search 3×1=3, 2 Friend 5×1=5, 3 Review 4×2=8, 4 Product 4×2=8, 5 Hotline 3×2=6,
        //  6 Checkout 5×2=10, 7 Confirmation 2×0=0, 8 Delivery 4×2=8, 9 Unpacking 3×1=3,
        // 10 Invoice 2×2=4, 11 Returns 4×2=8, 12 Newsletter 2×1=2; total 65, threshold 52
        // sorted: 6 (10), 3, 4, 8, 11 (8 each), 5 (6), 2 (5), 10 (4), 1, 9 (3), 12 (2), 7 (0)
        // prefix sums 10, 18, 26, 34, 42, 48, 53 ≥ 52 → seven keys
        assert_eq!(key_touchpoints(&m), vec![6, 3, 4, 8, 11, 5, 2], "{lang:?}");
        let j = journey_index(&m);
        assert_eq!(j.count, 12);
        // Ist: Σ imp·Ist = 0+5−4+0−3−5+2+0+3−4−4+0 = −10, Σ imp = 41
        //      (−10/41 + 2)/4·100 = (72/41)/4·100 = 1800/41 = 43.90…
        assert_close(j.ist, 1800.0 / 41.0);
        // Soll: Σ imp·Soll = 3+10+4+8+3+5+2+8+6+0+4+2 = 55
        //      (55/41 + 2)/4·100 = (137/41)/4·100 = 13700/164 = 83.53…
        assert_close(j.soll, 13700.0 / 164.0);
        let s = summary(&m);
        // lovepoints: Ist ≥ 1 and imp ≥ 4 → only 2 (Friend, 5, +1)
        assert_eq!(s.lovepoints, vec![2]);
        // painpoints: Ist ≤ −1 and imp ≥ 3 → 3, 5, 6, 11 (10 Invoice has importance 2)
        assert_eq!(s.painpoints, vec![3, 5, 6, 11]);
        assert!(s.quick_wins.is_empty());
    }
}

proptest::proptest! {
    /// The one-pass bucket order of `by_priority` is the stable sort by priority, highest
    /// first, ties in model order.
    #[test]
    fn by_priority_is_the_stable_sort_by_priority(
        ratings in proptest::collection::vec((1u8..=5, proptest::option::of(-2i8..=2), proptest::option::of(-2i8..=2)), 0..60)
    ) {
        let m = model_with(ratings.iter().enumerate().map(|(i, (imp, ist, soll))| tp(i as Id + 1, *imp, *ist, *soll)).collect());
        let mut expected: Vec<&Touchpoint> = m.touchpoints.iter().collect();
        expected.sort_by_key(|t| std::cmp::Reverse(priority(t)));
        let ids = |list: &[&Touchpoint]| list.iter().map(|t| t.id).collect::<Vec<_>>();
        proptest::prop_assert_eq!(ids(&by_priority(&m)), ids(&expected));
    }
}
