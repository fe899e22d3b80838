//! Native figures for `make bench`: applying actions and computing every figure on a large
//! model, and aggregating a rating round of 200 answers × 300 touchpoints. Prints
//! `name<TAB>value<TAB>unit` lines; scripts/bench.sh makes the table.

use std::time::{Duration, Instant};

use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::domain::history::{History, UNDO_LIMIT};
use kontaktpunkt_core::domain::model::{Experience, Importance};
use kontaktpunkt_core::figures::analysis::summary;
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::rounds::{
    aggregate, Answer, Answers, GroupKind, MinGroupSize, Questions, RaterGroup, RaterId, Rating,
    Round, RoundChoices, RoundId, Selection,
};
use kontaktpunkt_core::{Lang, Model};

/// Runs per figure; the median is printed, so one slow run on a shared machine does not count.
const RUNS: usize = 5;

fn fixture(n: usize) -> Model {
    let path = format!(
        "{}/../tests/fixtures/touchpoints-{n}.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(1);
    };
    let Ok(model) = model_from_csv(Lang::En, &text) else {
        eprintln!("{path} does not import");
        std::process::exit(1);
    };
    model
}

fn edit(i: usize) -> TouchpointEdit {
    match i % 3 {
        0 => TouchpointEdit::Ist(Some((i % 5) as i8 - 2)),
        1 => TouchpointEdit::Soll(Some((i % 5) as i8 - 2)),
        _ => TouchpointEdit::Importance((i % 5) as u8 + 1),
    }
}

/// 1,000 rating edits through `History`, as the UI applies them (undo stack full after 100).
fn thousand_actions(model: &Model) -> (Duration, History) {
    let ids: Vec<u64> = model.touchpoints.iter().map(|t| t.id).collect();
    let mut history = History::new(model.clone());
    let start = Instant::now();
    for i in 0..1_000usize {
        let id = ids[(i * 7) % ids.len()];
        if let Err(e) = history.apply(Action::EditTouchpoint(id, edit(i)), i as f64) {
            eprintln!("action {i} failed: {e}");
            std::process::exit(1);
        }
    }
    (start.elapsed(), history)
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let large = fixture(2000);
    let small = fixture(30);

    // Both sizes alternate in one run, so a busy machine slows both alike.
    let mut large_runs = Vec::new();
    let mut small_runs = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let (t, history) = thousand_actions(&large);
        large_runs.push(t);
        small_runs.push(thousand_actions(&small).0);
        last = Some(history);
    }
    let (large_t, small_t) = (median(large_runs), median(small_runs));

    // What the UI pays when it compares two states: a full undo stack, 2,000 touchpoints.
    let compare = last.map(|history| {
        let other = history.clone();
        let start = Instant::now();
        let same = history == other;
        (start.elapsed(), same)
    });

    let model = thousand_actions(&large).1.current;
    let start = Instant::now();
    let figures = summary(&model);
    let figures_time = start.elapsed();

    println!(
        "core: 1,000 actions on 2,000 touchpoints (History)\t{:.2}\tms",
        ms(large_t)
    );
    println!(
        "core: 1,000 actions on 30 touchpoints (History)\t{:.2}\tms",
        ms(small_t)
    );
    println!(
        "core: 1,000 actions on 2,000 ÷ on 30 touchpoints\t{:.2}\t×",
        large_t.as_secs_f64() / small_t.as_secs_f64()
    );
    if let Some((t, same)) = compare {
        println!(
            "core: History == History (2,000 touchpoints, {UNDO_LIMIT} undo steps)\t{:.1}\tµs",
            t.as_secs_f64() * 1e6
        );
        if !same {
            eprintln!("a cloned History compared unequal");
            std::process::exit(1);
        }
    }
    println!(
        "core: all figures (2,000 touchpoints)\t{:.2}\tms",
        ms(figures_time)
    );
    println!(
        "core: key touchpoints found (2,000 touchpoints)\t{}\tcount",
        figures.key_touchpoints.len()
    );

    let (round, answers) = round_answers(&fixture(300), 200);
    let runs = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let figures = aggregate(&round, &answers);
            let took = start.elapsed();
            if figures.raters.iter().sum::<u32>() != 200 {
                eprintln!("the round's figures miss answers");
                std::process::exit(1);
            }
            took
        })
        .collect();
    println!(
        "rounds: aggregate 200 answers × 300 touchpoints\t{:.2}\tms",
        ms(median(runs))
    );
}

/// A round of every touchpoint of `model` in five groups, and `raters` answers to it with
/// ratings from a fixed pseudo-random sequence (a few "not experienced").
fn round_answers(model: &Model, raters: u64) -> (Round, Answers) {
    let groups = ["Vertrieb", "Service", "Marketing", "Kunden A", "Kunden B"]
        .iter()
        .enumerate()
        .map(|(i, name)| RaterGroup {
            name: (*name).into(),
            kind: if i < 3 {
                GroupKind::Internal
            } else {
                GroupKind::Customer
            },
        })
        .collect();
    let choices = RoundChoices {
        selection: Selection::All,
        questions: Questions {
            importance: true,
            ist: true,
            soll: true,
            comment: false,
        },
        descriptions: false,
        groups,
        min_group: MinGroupSize::Three,
        closes: None,
        note: String::new(),
        reply_to: None,
    };
    let Ok(round) = Round::from_model(model, choices, RoundId([1; 16])) else {
        eprintln!("the round of 300 touchpoints is refused");
        std::process::exit(1);
    };
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let mut answers = Answers::new();
    for rater in 0..raters {
        let ratings = round
            .touchpoints
            .iter()
            .map(|_| {
                if next(20) == 0 {
                    return Rating {
                        not_experienced: true,
                        ..Rating::default()
                    };
                }
                Rating {
                    importance: Importance::new(1 + next(5) as u8).ok(),
                    ist: Experience::new(next(5) as i8 - 2).ok(),
                    soll: Experience::new(next(5) as i8 - 2).ok(),
                    ..Rating::default()
                }
            })
            .collect();
        let answer = Answer {
            round: round.id,
            rater: RaterId(rater),
            group: (rater % 5) as usize,
            sequence: 1,
            ratings,
        };
        if answers.add(&round, answer).is_err() {
            eprintln!("an answer of the bench does not fit its round");
            std::process::exit(1);
        }
    }
    (round, answers)
}
