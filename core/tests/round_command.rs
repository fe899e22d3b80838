#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The rating round view (its own wasm) sends the consultant's decisions to the app as JSON
//! commands: each round action survives the trip, anything else is refused, and the app's
//! reducer still checks what a command carries.

mod round_support;

use kontaktpunkt_core::domain::action::{Action, TakenRating};
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::rounds::command::RoundCommand;
use kontaktpunkt_core::rounds::kept::start;
use round_support::{fixture, round30};

fn trip(action: Action) -> Action {
    let json = serde_json::to_string(&RoundCommand::from_action(action).unwrap()).unwrap();
    RoundCommand::read(&json).unwrap().into_action()
}

#[test]
fn every_round_action_survives_the_trip_to_the_app() {
    let started = start(&round30()).unwrap();
    assert_eq!(trip(started.clone()), started);
    let answers = Action::SetRoundAnswers {
        round: "kr1.abc".into(),
        answers: vec!["ka1.x".into(), "ka1.y".into()],
    };
    assert_eq!(trip(answers.clone()), answers);
    let removed = Action::RemoveRound("kr1.abc".into());
    assert_eq!(trip(removed.clone()), removed);
    let taken = Action::TakeMedians {
        ratings: vec![
            TakenRating {
                touchpoint: 3,
                ist: Some(-2),
                importance: None,
            },
            TakenRating {
                touchpoint: 7,
                ist: None,
                importance: Some(4),
            },
        ],
        record: None,
    };
    assert_eq!(trip(taken.clone()), taken);
}

#[test]
fn other_actions_and_other_json_are_no_command() {
    assert_eq!(RoundCommand::from_action(Action::DeleteTouchpoint(1)), None);
    for json in [
        "",
        "{}",
        "null",
        r#"{"do":"replace"}"#,
        r#"{"do":"remove"}"#,
        r#"{"do":"remove","round":"kr1.a","extra":1}"#,
        r#"{"do":"take","ratings":[[1,300,null]]}"#,
    ] {
        assert_eq!(RoundCommand::read(json), None, "{json}");
    }
}

#[test]
fn the_reducer_still_checks_what_a_command_carries() {
    let mut history = History::new(fixture(30));
    let bad = RoundCommand::read(r#"{"do":"start","link":"not a round link"}"#).unwrap();
    assert!(history.apply(bad.into_action(), 1.0).is_err());
    let unknown = RoundCommand::read(r#"{"do":"take","ratings":[[999999,1,null]]}"#).unwrap();
    assert!(history.apply(unknown.into_action(), 1.0).is_err());
    assert!(history.current.rounds.is_empty());
    let kept = KeptRound {
        link: "kr1.x".into(),
        answers: vec![],
    };
    assert!(RoundCommand::from_action(Action::StartRound(kept)).is_some());
}
