//! Rating rounds travel with the model between tabs: a round still collecting and the figures
//! of a round whose medians were taken round-trip through the shared document, and their
//! edits through a diff and its patch, so a linked tab never loses them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../core/tests/round_support/mod.rs"]
mod round_support;

use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::{diff, patch};
use kontaktpunkt_core::rounds::kept::start;
use kontaktpunkt_core::rounds::take::take_medians;
use kontaktpunkt_core::rounds::{aggregate, Answers, Round, Selection};
use kontaktpunkt_core::Model;
use kontaktpunkt_sync::doc::{seed, SharedDoc};
use round_support::{answer, choices, fixture, ID};

/// A model of 10 touchpoints with a round kept (collecting) and one round's medians taken.
fn with_rounds() -> (Model, Model) {
    let model = fixture(10);
    let ids = model.touchpoints.iter().take(3).map(|t| t.id).collect();
    let round = Round::from_model(&model, choices(Selection::Ids(ids)), ID).unwrap();
    let mut answers = Answers::new();
    for (rater, codes) in [(1, ["4+2", "2-1", "x"]), (2, ["5+1", "2-2", "x"])] {
        answers.add(&round, answer(rater, 0, 1, &codes, 3)).unwrap();
    }
    let figures = aggregate(&round, &answers);
    let mut history = History::new(model.clone());
    history.apply(start(&round).unwrap(), 1.0).unwrap();
    history
        .apply(take_medians(&model, &round, &figures, None, true), 2.0)
        .unwrap();
    (model, (*history.current).clone())
}

#[test]
fn rounds_round_trip_through_the_document() {
    let (_, model) = with_rounds();
    assert!(!model.rounds.is_empty() && !model.round_records.is_empty());
    let doc = SharedDoc::default();
    doc.apply_remote(&seed(&model)).unwrap();
    let mut back = model_from_json(&doc.to_model_json()).unwrap();
    back.next_id = model.next_id;
    assert_eq!(back, model);
}

#[test]
fn rounds_started_and_taken_in_one_tab_reach_the_other() {
    let (before, after) = with_rounds();
    let doc = SharedDoc::default();
    doc.apply_remote(&seed(&before)).unwrap();
    doc.apply_local(&diff(&before, &after));
    let mut back = model_from_json(&doc.to_model_json()).unwrap();
    back.next_id = after.next_id;
    assert_eq!(back, after);
    let mut patched = patch(&before, &diff(&before, &after)).unwrap();
    patched.next_id = after.next_id;
    assert_eq!(patched, after);
}
