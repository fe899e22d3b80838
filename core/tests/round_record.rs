#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What "take the medians" keeps in the model: each touchpoint's round figures and the
//! round's summary, in the same undoable step; taking a round in parts leaves one record;
//! stored models keep the figures (and models without them are written as before); links do
//! not carry them; implausible figures from a file or storage are refused.

mod round_support;

use std::rc::Rc;

use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::RoundRecord;
use kontaktpunkt_core::domain::round_record::RoundGroup;
use kontaktpunkt_core::domain::validate::{model_from_json, restore};
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::rounds::take::take_medians;
use kontaktpunkt_core::rounds::{aggregate, Answers, Round, RoundFigures, Selection};
use kontaktpunkt_core::{Lang, Model, ModelError};
use round_support::{answer, choices, fixture, ID};

/// A model of 10 touchpoints, a round of its first three and four raters: three of Sales,
/// one customer. Touchpoint 0: Ist 2 1 1 −2 (median 1, AD_Md 1.0: disagree), importance
/// 4 5 3 5 (median 4.5); touchpoint 1: Ist −1 −2 −1 −2 (median −1.5), importance 2 2 1 3;
/// touchpoint 2: nobody experienced it.
fn setting() -> (Model, Round, RoundFigures) {
    let model = fixture(10);
    let ids = model.touchpoints.iter().take(3).map(|t| t.id).collect();
    let round = Round::from_model(&model, choices(Selection::Ids(ids)), ID).unwrap();
    let mut answers = Answers::new();
    for (rater, group, codes) in [
        (1, 0, ["4+2", "2-1", "x"]),
        (2, 0, ["5+1", "2-2", "x"]),
        (3, 0, ["3+1", "1-1", "x"]),
        (4, 2, ["5-2", "3-2", "x"]),
    ] {
        answers
            .add(&round, answer(rater, group, 1, &codes, 3))
            .unwrap();
    }
    let figures = aggregate(&round, &answers);
    (model, round, figures)
}

fn record(model: &Model) -> &RoundRecord {
    model.round_records.last().expect("a round is kept")
}

#[test]
fn taking_the_medians_keeps_the_figures_and_the_round_in_one_undoable_step() {
    let (model, round, figures) = setting();
    let mut history = History::new(model.clone());
    history
        .apply(take_medians(&model, &round, &figures, None, true), 5_000.0)
        .unwrap();
    let taken = history.current.clone();
    let r = record(&taken);
    assert_eq!(r.round, "3f1a9c0752e48b610daa4719c25e7328");
    assert_eq!(r.taken, 5_000.0);
    assert_eq!((r.raters, r.min_group, r.follow_up), (4, 3, false));
    // Sales has 3 raters; Service none and the one customer are under the minimum: hidden.
    assert_eq!(
        r.groups,
        vec![
            RoundGroup {
                name: "Sales".into(),
                customer: false,
                raters: Some(3)
            },
            RoundGroup {
                name: "Service".into(),
                customer: false,
                raters: None
            },
            RoundGroup {
                name: "Customers".into(),
                customer: true,
                raters: None
            },
        ]
    );
    // Nobody experienced the third: it has no figures to keep.
    assert_eq!(r.touchpoints.len(), 2);
    let first = taken.rated(round.touchpoints[0].id).unwrap();
    assert_eq!(first.name, round.touchpoints[0].name);
    let ist = first.ist.unwrap();
    assert_eq!((ist.n, ist.min, ist.max, ist.median), (4, -2, 2, 1.0));
    assert!((ist.mean - 0.5).abs() < 1e-9 && (ist.ad_md - 1.0).abs() < 1e-9);
    assert!(ist.disagree && first.disagree() && first.taken);
    let importance = first.importance.unwrap();
    assert_eq!(
        (importance.median, importance.min, importance.max),
        (4.5, 3, 5)
    );
    assert!(!importance.disagree);
    let second = taken.rated(round.touchpoints[1].id).unwrap();
    assert_eq!(second.ist.unwrap().median, -1.5);
    assert!(!second.disagree());
    // The disagreement comes first in the report's table.
    let order: Vec<&str> = r
        .disagreements_first()
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(order, [first.name.as_str(), second.name.as_str()]);
    // One undo takes back the ratings and the figures together.
    assert!(history.undo());
    assert_eq!(history.current.touchpoints, model.touchpoints);
    assert!(history.current.round_records.is_empty());
    assert!(history.current.rated(round.touchpoints[0].id).is_none());
}

#[test]
fn importance_figures_are_kept_only_where_importance_is_taken() {
    let (model, round, figures) = setting();
    let after = model
        .apply(take_medians(&model, &round, &figures, None, false), 1.0)
        .unwrap();
    let first = after.rated(round.touchpoints[0].id).unwrap();
    assert!(first.ist.is_some() && first.importance.is_none());
}

#[test]
fn taking_a_round_in_parts_leaves_one_record_of_it() {
    let (model, round, figures) = setting();
    let (a, b) = (round.touchpoints[0].id, round.touchpoints[1].id);
    let once = model
        .apply(
            take_medians(&model, &round, &figures, Some(&[b]), true),
            1.0,
        )
        .unwrap();
    // The whole spread table is kept; only the chosen one draws whiskers.
    assert_eq!(record(&once).touchpoints.len(), 2);
    assert!(once.rated(a).is_none() && once.rated(b).is_some());
    let twice = once
        .apply(take_medians(&once, &round, &figures, Some(&[a]), true), 2.0)
        .unwrap();
    assert_eq!(twice.round_records.len(), 1);
    assert_eq!(record(&twice).taken, 2.0);
    assert!(twice.rated(a).is_some() && twice.rated(b).is_some());
}

#[test]
fn stored_models_keep_the_figures_and_models_without_rounds_are_written_as_before() {
    let (model, round, figures) = setting();
    let plain = serde_json::to_string(&model).unwrap();
    assert!(
        !plain.contains("round_records"),
        "a model without rounds has no new key"
    );
    assert_eq!(model_from_json(&plain).unwrap(), model);
    let taken = model
        .apply(take_medians(&model, &round, &figures, None, true), 1.0)
        .unwrap();
    let text = serde_json::to_string(&taken).unwrap();
    assert_eq!(model_from_json(&text).unwrap(), taken);
}

#[test]
fn a_stored_record_of_the_wrong_shape_is_refused_as_malformed() {
    let (model, round, figures) = setting();
    let taken = model
        .apply(take_medians(&model, &round, &figures, None, true), 1.0)
        .unwrap();
    let text = serde_json::to_string(&taken).unwrap();
    for (from, to) in [
        ("\"min_group\":3", "\"min_group\":\"3\""),
        ("\"disagree\":true", "\"disagree\":1"),
        ("\"round_records\":[", "\"round_records\":[7,"),
    ] {
        assert!(text.contains(from), "{from}");
        match model_from_json(&text.replacen(from, to, 1)) {
            Err(ModelError::Malformed(m)) => assert_eq!(m.field, "round_records"),
            other => panic!("{to}: expected Malformed, got {other:?}"),
        }
    }
    // Written only when set, read as unset when missing or null.
    let bare = text
        .replace(",\"not_experienced\":0", "")
        .replace(",\"raters\":null", "");
    assert_ne!(bare, text);
    assert_eq!(model_from_json(&bare).unwrap(), taken);
}

#[test]
fn share_links_do_not_carry_round_figures() {
    let (model, round, figures) = setting();
    let taken = model
        .apply(take_medians(&model, &round, &figures, None, true), 1.0)
        .unwrap();
    let opened = share::decode(&share::encode(&taken)).unwrap();
    assert!(opened.round_records.is_empty());
    assert_eq!(opened.touchpoints, taken.touchpoints);
    let mut without = taken.clone();
    without.round_records.clear();
    assert_eq!(share::encode(&taken), share::encode(&without));
}

/// The model with its round's record changed by `edit`.
fn with_record(edit: impl FnOnce(&mut RoundRecord)) -> Result<Model, ModelError> {
    let (model, round, figures) = setting();
    let mut taken = model
        .apply(take_medians(&model, &round, &figures, None, true), 1.0)
        .unwrap();
    let mut r = RoundRecord::clone(record(&taken));
    edit(&mut r);
    taken.round_records = vec![Rc::new(r)];
    restore(taken)
}

#[test]
fn figures_that_ratings_cannot_give_are_refused() {
    assert!(with_record(|_| {}).is_ok());
    let implausible = |edit: fn(&mut RoundRecord)| match with_record(edit) {
        Err(ModelError::ImplausibleRound(_)) => {}
        other => panic!("expected ImplausibleRound, got {other:?}"),
    };
    implausible(|r| r.round = "not-hex".into());
    implausible(|r| r.min_group = 4);
    implausible(|r| r.groups[1].raters = Some(2));
    implausible(|r| r.raters = 2);
    implausible(|r| r.touchpoints[0].ist.as_mut().unwrap().median = 2.5);
    implausible(|r| r.touchpoints[0].ist.as_mut().unwrap().median = 0.25);
    implausible(|r| r.touchpoints[0].ist.as_mut().unwrap().min = -3);
    implausible(|r| r.touchpoints[0].importance.as_mut().unwrap().ad_md = f64::NAN);
    implausible(|r| r.touchpoints[1].importance.as_mut().unwrap().n = 0);
    assert_eq!(
        with_record(|r| r.touchpoints[1].touchpoint = r.touchpoints[0].touchpoint),
        Err(ModelError::DuplicateId(1))
    );
    // The same round kept twice.
    let (model, round, figures) = setting();
    let mut taken = model
        .apply(take_medians(&model, &round, &figures, None, true), 1.0)
        .unwrap();
    taken.round_records.push(taken.round_records[0].clone());
    assert!(matches!(
        restore(taken),
        Err(ModelError::ImplausibleRound(_))
    ));
}

#[test]
fn implausible_figures_are_worded_in_both_languages() {
    let e = ModelError::ImplausibleRound("Hotline".into());
    assert!(Lang::De.texts().error(&e).contains("Bewertungsrunde"));
    assert!(Lang::En.texts().error(&e).contains("rating round"));
}

#[test]
fn the_round_views_take_command_carries_the_figures_to_the_app() {
    use kontaktpunkt_core::rounds::command::RoundCommand;
    let (model, round, figures) = setting();
    let action = take_medians(&model, &round, &figures, None, true);
    let json = serde_json::to_string(&RoundCommand::from_action(action.clone()).unwrap()).unwrap();
    assert_eq!(RoundCommand::read(&json).unwrap().into_action(), action);
    let broken = json.replacen("\"min_group\":3", "\"min_group\":\"3\"", 1);
    assert_ne!(broken, json);
    assert_eq!(RoundCommand::read(&broken), None);
}
