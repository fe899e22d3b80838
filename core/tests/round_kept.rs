#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Rounds kept with the model: starting one, adding the answers the consultant confirmed and
//! removing it are undoable actions; the round and its answers survive the stored JSON (a
//! reload) and a JSON file, models without rounds are stored exactly as before, share links
//! leave rounds out, and a damaged kept round is refused on load.

mod round_support;

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::limits::{MAX_ANSWERS, MAX_KEPT_ROUNDS};
use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::rounds::finder::find_answers;
use kontaktpunkt_core::rounds::kept::{collect, open, raters_per_group, start};
use kontaktpunkt_core::rounds::link::encode_answer;
use kontaktpunkt_core::rounds::{Answers, Round};
use kontaktpunkt_core::{Model, ModelError};
use round_support::{answer, fixture, round30};

fn started() -> (History, Round) {
    let round = round30();
    let mut history = History::new(fixture(30));
    history.apply(start(&round).unwrap(), 1.0).unwrap();
    (history, round)
}

fn kept(history: &History) -> KeptRound {
    (*history.current.rounds[0]).clone()
}

/// Three answers pasted in a text with some chatter around them.
fn paste(round: &Round) -> String {
    let n = round.touchpoints.len();
    let links: Vec<String> = [
        answer(1, 0, 10, &["4+1", "x"], n),
        answer(2, 1, 10, &["3-1"], n),
        answer(3, 2, 10, &["5+2", "2"], n),
    ]
    .iter()
    .map(|a| format!("https://example.com/rate/#{}", encode_answer(a)))
    .collect();
    format!(
        "Hi,\nhere it is: {}\n\n> {}\nand {}.",
        links[0], links[1], links[2]
    )
}

#[test]
fn a_started_round_is_kept_without_answers_and_undone_in_one_step() {
    let (mut history, round) = started();
    let (read, answers) = open(&kept(&history)).unwrap();
    assert_eq!(read, round);
    assert!(answers.is_empty());
    assert!(history.undo());
    assert!(history.current.rounds.is_empty());
}

#[test]
fn confirmed_answers_are_added_and_a_second_paste_of_the_same_changes_nothing() {
    let (mut history, round) = started();
    let found = find_answers(&paste(&round), &round, &Answers::new()).unwrap();
    assert_eq!(found.iter().filter(|f| f.counts()).count(), 3);
    history
        .apply(
            collect(&kept(&history), &Answers::new(), &found).unwrap(),
            2.0,
        )
        .unwrap();
    let (_, answers) = open(&kept(&history)).unwrap();
    assert_eq!(answers.len(), 3);
    assert_eq!(raters_per_group(&round, answers.iter()), vec![1, 1, 1]);

    let again = find_answers(&paste(&round), &round, &answers).unwrap();
    assert!(again.iter().all(|f| !f.counts()), "all duplicates now");
    let before = kept(&history);
    history
        .apply(collect(&before, &answers, &again).unwrap(), 3.0)
        .unwrap();
    assert_eq!(kept(&history), before);

    assert!(history.undo() && history.undo());
    assert!(
        open(&kept(&history)).unwrap().1.is_empty(),
        "undo takes the answers back"
    );
}

#[test]
fn rounds_and_answers_survive_the_stored_json_and_old_models_are_stored_as_before() {
    let (mut history, round) = started();
    let found = find_answers(&paste(&round), &round, &Answers::new()).unwrap();
    history
        .apply(
            collect(&kept(&history), &Answers::new(), &found).unwrap(),
            2.0,
        )
        .unwrap();
    let json = serde_json::to_string(&*history.current).unwrap();
    let reloaded = model_from_json(&json).unwrap();
    assert_eq!(reloaded, *history.current);
    assert_eq!(open(&reloaded.rounds[0]).unwrap().1.len(), 3);

    let plain = fixture(30);
    let plain_json = serde_json::to_string(&plain).unwrap();
    assert!(!plain_json.contains("\"rounds\""), "no rounds, no field");
    assert_eq!(model_from_json(&plain_json).unwrap().rounds, vec![]);
}

#[test]
fn share_links_leave_the_rounds_out() {
    let (history, _) = started();
    let shared = share::decode(&share::encode(&history.current)).unwrap();
    assert!(shared.rounds.is_empty());
    assert_eq!(shared.touchpoints, history.current.touchpoints);
}

#[test]
fn the_reducer_refuses_what_is_not_a_kept_round() {
    let (history, round) = started();
    let model = &history.current;
    let bad = |link: &str, answers: Vec<String>| {
        Action::StartRound(KeptRound {
            link: link.into(),
            answers,
        })
    };
    for link in ["", "kp1.abc", "kr.abc", "kr1.", "kr1.a b", "kr1.ab+c"] {
        assert_eq!(
            model.apply(bad(link, vec![]), 2.0),
            Err(ModelError::BadRoundLink),
            "{link:?}"
        );
    }
    let wrong_answer = bad("kr1.AAAA", vec!["kr1.AAAA".into()]);
    assert_eq!(
        model.apply(wrong_answer, 2.0),
        Err(ModelError::BadRoundLink)
    );
    let again = start(&round).unwrap();
    assert_eq!(model.apply(again, 2.0), Err(ModelError::DuplicateRound));
    let unknown = Action::SetRoundAnswers {
        round: "kr1.AAAA".into(),
        answers: vec![],
    };
    assert_eq!(model.apply(unknown, 2.0), Err(ModelError::UnknownRound));
    let flood = Action::SetRoundAnswers {
        round: kept(&history).link,
        answers: vec!["ka1.AAAA".into(); MAX_ANSWERS + 1],
    };
    assert_eq!(
        model.apply(flood, 2.0),
        Err(ModelError::TooManyItems { max: MAX_ANSWERS })
    );
}

#[test]
fn a_round_is_removed_with_its_answers_and_the_count_of_rounds_is_capped() {
    let (history, _) = started();
    let removed = history
        .current
        .apply(Action::RemoveRound(kept(&history).link), 2.0)
        .unwrap();
    assert!(removed.rounds.is_empty());
    let mut many = Model::clone(&history.current);
    for i in 1..MAX_KEPT_ROUNDS {
        many = many
            .apply(
                Action::StartRound(KeptRound {
                    link: format!("kr1.A{i}"),
                    answers: vec![],
                }),
                2.0,
            )
            .unwrap();
    }
    let one_more = Action::StartRound(KeptRound {
        link: "kr1.B".into(),
        answers: vec![],
    });
    assert_eq!(
        many.apply(one_more, 3.0),
        Err(ModelError::TooManyItems {
            max: MAX_KEPT_ROUNDS
        })
    );
}

#[test]
fn a_stored_model_with_a_damaged_round_is_refused_and_a_stored_answer_that_does_not_read_is_named()
{
    let (history, _) = started();
    let mut json: serde_json::Value = serde_json::to_value(&*history.current).unwrap();
    json["rounds"][0]["link"] = "kr1.not a link".into();
    assert_eq!(
        model_from_json(&json.to_string()),
        Err(ModelError::BadRoundLink)
    );
    // A well-shaped answer that does not read: the model opens, the round says why.
    let mut broken = kept(&history);
    broken.answers.push("ka1.AAAA".into());
    assert!(open(&broken).is_err());
}
