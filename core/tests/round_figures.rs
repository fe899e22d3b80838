#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Rating rounds' figures: n, median (even n: the mean of the two middle values), mean,
//! min–max, AD_Md and the disagreement flag per touchpoint; group medians hidden below the
//! round's minimum size; the gap between customers and the inside view; sorting by
//! disagreement; and collecting answers as a union keyed by rater, idempotent and order-free.

mod round_support;

use kontaktpunkt_core::domain::action::{Action, TakenRating};
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::rounds::aggregate::{aggregate, RoundFigures, Spread};
use kontaktpunkt_core::rounds::limits::MAX_ANSWERS;
use kontaktpunkt_core::rounds::take::take_medians;
use kontaktpunkt_core::rounds::{
    Added, Answer, Answers, MinGroupSize, Round, RoundError, Selection, DISAGREEMENT_THRESHOLD,
};
use proptest::prelude::*;
use round_support::{answer, choices, fixture, round30, ID};

/// A round of the fixture's first `n` touchpoints.
fn round_of(n: usize) -> Round {
    let model = fixture(10);
    let ids = model.touchpoints.iter().take(n).map(|t| t.id).collect();
    Round::from_model(&model, choices(Selection::Ids(ids)), ID).unwrap()
}

/// The figures of answers given as (group, codes of each touchpoint), one rater each.
fn figures(round: &Round, raters: &[(usize, &[&str])]) -> RoundFigures {
    let mut answers = Answers::new();
    for (i, (group, codes)) in raters.iter().enumerate() {
        let a = answer(i as u64 + 1, *group, 1, codes, round.touchpoints.len());
        answers.add(round, a).unwrap();
    }
    aggregate(round, &answers)
}

#[track_caller]
fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

fn ist(f: &RoundFigures, i: usize) -> Spread {
    f.touchpoints[i].ist.unwrap()
}

#[test]
fn an_odd_count_has_the_middle_value_as_median() {
    let round = round_of(1);
    let f = figures(
        &round,
        &[
            (0, &["5-2"]),
            (1, &["4+2"]),
            (2, &["4+1"]),
            (0, &["3+1"]),
            (1, &["1+1"]),
        ],
    );
    let s = ist(&f, 0);
    assert_eq!((s.n, s.min, s.max), (5, -2, 2));
    close(s.median, 1.0);
    close(s.mean, 0.6);
    // |−2−1| + |2−1| + 0 + 0 + 0 = 4, over 5.
    close(s.ad_md, 0.8);
    assert!(!s.disagree, "0.8 is the threshold itself: not above it");
    assert_eq!(s.tally.counts, [1, 0, 0, 3, 1]);
    let imp = f.touchpoints[0].importance.unwrap();
    close(imp.median, 4.0);
    close(imp.mean, 3.4);
}

#[test]
fn an_even_count_has_the_mean_of_the_two_middle_values_as_median() {
    let round = round_of(2);
    let f = figures(
        &round,
        &[
            (0, &["0", "-2"]),
            (0, &["0", "+2"]),
            (1, &["0", "-2"]),
            (1, &["+1", "+2"]),
            (2, &["+2", ""]),
            (2, &["+2", ""]),
        ],
    );
    let s = ist(&f, 0);
    // 0 0 0 1 2 2: the middle values are 0 and 1.
    close(s.median, 0.5);
    // (0.5·3 + 0.5 + 1.5·2) / 6 = 5/6 ≈ 0.83: above 0.8, raters disagree.
    close(s.ad_md, 5.0 / 6.0);
    assert!(s.disagree);
    assert!(s.ad_md > DISAGREEMENT_THRESHOLD);
    // Ties at both ends: −2 −2 2 2, the median 0 lies between them.
    let s = ist(&f, 1);
    close(s.median, 0.0);
    close(s.ad_md, 2.0);
    assert!(s.disagree);
    // Importance was not asked of these codes: none.
    assert!(f.touchpoints[0].importance.is_none());
}

#[test]
fn all_not_experienced_leaves_a_touchpoint_without_figures() {
    let round = round_of(2);
    let f = figures(
        &round,
        &[(0, &["x", "4+1"]), (1, &["x", "4+1"]), (2, &["x", "4+1"])],
    );
    let t = &f.touchpoints[0];
    assert_eq!(t.not_experienced, 3);
    assert!(t.ist.is_none() && t.importance.is_none() && t.soll.is_none());
    assert_eq!(t.disagreement(), None);
    assert!(t
        .groups
        .iter()
        .all(|g| g.ist.n == 0 && g.ist.median.is_none()));
    assert_eq!(t.ist_gap, None);
    // Unrated touchpoints sort last.
    assert_eq!(f.by_disagreement().last().unwrap().index, 0);
}

#[test]
fn group_medians_show_only_from_the_minimum_size_and_so_does_the_gap() {
    let round = round_of(1);
    // Sales (internal): 3 raters; Service (internal): 2; Customers: 3.
    let raters: Vec<(usize, &[&str])> = vec![
        (0, &["5+1"]),
        (0, &["4+1"]),
        (0, &["4+2"]),
        (1, &["3-1"]),
        (1, &["3-2"]),
        (2, &["5-1"]),
        (2, &["5-2"]),
        (2, &["4-1"]),
    ];
    let f = figures(&round, &raters);
    assert_eq!(f.raters, vec![3, 2, 3]);
    let g = &f.touchpoints[0].groups;
    assert_eq!((g[0].ist.n, g[0].ist.median), (3, Some(1.0)));
    assert_eq!((g[1].ist.n, g[1].ist.median), (2, None), "2 raters: hidden");
    assert_eq!((g[2].ist.n, g[2].ist.median), (3, Some(-1.0)));
    assert_eq!(g[0].importance.median, Some(4.0));
    // Internal pooled: 1 1 2 −1 −2 → median 1; customers −1 −2 −1 → −1; gap −2.
    assert_eq!(f.touchpoints[0].ist_gap, Some(-2.0));
    assert_eq!(f.touchpoints[0].importance_gap, Some(1.0));

    // A round that asks for 5 hides every group here, and the gap.
    let mut five = round.clone();
    five.min_group = MinGroupSize::Five;
    let f = figures(&five, &raters);
    assert!(f.touchpoints[0]
        .groups
        .iter()
        .all(|g| g.ist.median.is_none()));
    assert_eq!(f.touchpoints[0].ist_gap, None);
    // The whole round's figures stay.
    assert_eq!(f.touchpoints[0].ist.unwrap().n, 8);
}

#[test]
fn touchpoints_sort_by_disagreement_ties_keep_the_round_order() {
    let round = round_of(4);
    let f = figures(
        &round,
        &[
            (0, &["+1", "-2", "+1", "-2"]),
            (1, &["+1", "+2", "+1", "+2"]),
            (2, &["+1", "0", "+1", "0"]),
        ],
    );
    let order: Vec<usize> = f.by_disagreement().iter().map(|t| t.index).collect();
    assert_eq!(order, vec![1, 3, 0, 2]);
    assert!(f.touchpoints[1].disagree());
    assert!(!f.touchpoints[0].disagree());
}

#[test]
fn a_later_answer_of_a_rater_replaces_the_earlier() {
    let round = round_of(1);
    let mut answers = Answers::new();
    assert_eq!(
        answers.add(&round, answer(9, 0, 5, &["-2"], 1)),
        Ok(Added::New)
    );
    assert_eq!(
        answers.add(&round, answer(9, 0, 5, &["-2"], 1)),
        Ok(Added::Same)
    );
    assert_eq!(
        answers.add(&round, answer(9, 0, 7, &["+2"], 1)),
        Ok(Added::Replaced)
    );
    assert_eq!(
        answers.add(&round, answer(9, 0, 6, &["0"], 1)),
        Ok(Added::Older)
    );
    assert_eq!(answers.len(), 1);
    let f = aggregate(&round, &answers);
    assert_eq!(ist(&f, 0).median, 2.0);
    // An answer that does not fit the round is refused.
    assert_eq!(
        answers.add(&round, answer(10, 5, 1, &["0"], 1)),
        Err(RoundError::UnknownGroup(5))
    );
}

#[test]
fn a_round_collects_at_most_its_limit_of_raters() {
    let round = round_of(1);
    let mut answers = Answers::new();
    for rater in 0..MAX_ANSWERS as u64 {
        answers.add(&round, answer(rater, 0, 1, &["0"], 1)).unwrap();
    }
    assert_eq!(
        answers.add(&round, answer(u64::MAX, 0, 1, &["0"], 1)),
        Err(RoundError::TooManyAnswers { max: MAX_ANSWERS })
    );
    // A later answer of a rater already there still counts.
    assert_eq!(
        answers.add(&round, answer(0, 0, 2, &["1"], 1)),
        Ok(Added::Replaced)
    );
}

#[test]
fn take_the_medians_sets_ist_and_importance_in_one_undoable_step() {
    let model = fixture(30);
    let round = round30();
    let n = round.touchpoints.len();
    let mut answers = Answers::new();
    for (rater, codes) in [
        ["4+2", "2-1", "x"],
        ["5+1", "2-2", "x"],
        ["3+1", "1-1", "x"],
        ["5-2", "3-2", "x"],
    ]
    .iter()
    .enumerate()
    {
        answers
            .add(&round, answer(rater as u64, rater % 3, 1, codes, n))
            .unwrap();
    }
    let f = aggregate(&round, &answers);
    // Touchpoint 0: Ist 2 1 1 −2 → median 1; importance 4 5 3 5 → 4.5 → 5.
    // Touchpoint 1: Ist −1 −2 −1 −2 → −1.5 → −2; importance 2 2 1 3 → 2.
    let first = round.touchpoints[0].id;
    let second = round.touchpoints[1].id;
    let action = take_medians(&model, &round, &f, None, true);
    assert_eq!(
        ratings(&action),
        &[
            TakenRating {
                touchpoint: first,
                ist: Some(1),
                importance: Some(5)
            },
            TakenRating {
                touchpoint: second,
                ist: Some(-2),
                importance: Some(2)
            },
        ]
    );
    let mut history = History::new(model.clone());
    history.apply(action, 1.0).unwrap();
    let taken = history.current.clone();
    assert_eq!(taken.touchpoint(first).unwrap().ist.unwrap().value(), 1);
    assert_eq!(taken.touchpoint(first).unwrap().importance.value(), 5);
    assert_eq!(taken.touchpoint(second).unwrap().ist.unwrap().value(), -2);
    // The third was not experienced by anyone: unchanged.
    assert_eq!(taken.touchpoints[2], model.touchpoints[2]);
    assert!(history.undo());
    assert_eq!(history.current.touchpoints, model.touchpoints);

    // Only chosen touchpoints, Ist only.
    let action = take_medians(&model, &round, &f, Some(&[second]), false);
    assert_eq!(
        ratings(&action),
        &[TakenRating {
            touchpoint: second,
            ist: Some(-2),
            importance: None
        }]
    );
}

fn ratings(action: &Action) -> &[TakenRating] {
    match action {
        Action::TakeMedians { ratings, .. } => ratings,
        other => panic!("not TakeMedians: {other:?}"),
    }
}

/// Answers of up to 4 raters with sequences 0 ..= 2: many repeats and rivals.
fn answers_strategy() -> impl Strategy<Value = Vec<Answer>> {
    let codes = prop::sample::select(vec!["", "x", "1-2", "3+0", "5+2", "2-1", "4"]);
    let one = (0u64..4, 0usize..3, 0u64..3, prop::collection::vec(codes, 3));
    prop::collection::vec(one, 0..12).prop_map(|list| {
        list.into_iter()
            .map(|(rater, group, seq, codes)| answer(rater, group, seq, &codes, 3))
            .collect()
    })
}

fn collect(list: &[Answer]) -> Answers {
    let mut answers = Answers::new();
    for a in list {
        answers.insert(a.clone()).unwrap();
    }
    answers
}

proptest! {
    /// Any order of adding gives the same collection and the same figures.
    #[test]
    fn collecting_is_order_free(
        (list, shuffled) in answers_strategy().prop_flat_map(|l| (Just(l.clone()), Just(l).prop_shuffle()))
    ) {
        let round = round_of(3);
        let (a, b) = (collect(&list), collect(&shuffled));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(aggregate(&round, &a), aggregate(&round, &b));
    }

    /// Adding everything again changes nothing; merging two collections is symmetric.
    #[test]
    fn collecting_is_idempotent_and_merging_symmetric(one in answers_strategy(), two in answers_strategy()) {
        let a = collect(&one);
        let mut twice = a.clone();
        twice.merge(&a).unwrap();
        prop_assert_eq!(&twice, &a);
        let b = collect(&two);
        let mut ab = a.clone();
        ab.merge(&b).unwrap();
        let mut ba = b.clone();
        ba.merge(&a).unwrap();
        prop_assert_eq!(&ab, &ba);
        // Each rater's answer is their one with the highest sequence.
        for kept in ab.iter() {
            let best = one.iter().chain(&two).filter(|x| x.rater == kept.rater).map(|x| x.sequence).max();
            prop_assert_eq!(Some(kept.sequence), best);
        }
    }
}

#[test]
fn a_follow_up_round_asks_again_only_where_raters_disagreed() {
    use kontaktpunkt_core::rounds::follow_up::follow_up;
    use kontaktpunkt_core::rounds::link::{decode_round, encode_round_checked};
    use kontaktpunkt_core::rounds::{PreviousMedians, RoundId};
    let round = round_of(3);
    let f = figures(
        &round,
        &[
            (0, &["5+1", "4-2", "3"]),
            (1, &["5+1", "2+2", "3"]),
            (2, &["4+1", "3+2", "3"]),
        ],
    );
    let next = follow_up(&round, &f, RoundId([2; 16])).unwrap();
    assert_eq!(next.touchpoints.len(), 1);
    assert_eq!(next.touchpoints[0].id, round.touchpoints[1].id);
    // Ist −2 2 2 → median 2; importance 4 2 3 → 3.
    assert_eq!(
        next.touchpoints[0].previous,
        Some(PreviousMedians {
            importance_x2: Some(6),
            ist_x2: Some(4)
        })
    );
    assert!(next.is_follow_up());
    assert_eq!(
        (next.groups.clone(), next.note.clone()),
        (round.groups.clone(), round.note.clone())
    );
    let link = encode_round_checked(&next).unwrap();
    assert_eq!(decode_round(&link).unwrap(), next);
    // Nothing to ask again when everyone agreed.
    let calm = figures(&round, &[(0, &["5+1"]), (1, &["5+1"])]);
    assert_eq!(
        follow_up(&round, &calm, RoundId([2; 16])),
        Err(RoundError::Missing(
            kontaktpunkt_core::rounds::Field::Touchpoint
        ))
    );
}
