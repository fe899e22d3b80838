//! Share-link lengths for the touchpoint fixtures, ours against the naive JSON baseline, and
//! the rating round's round link and return link for the 30-touchpoint fixture.
//! Prints `name<TAB>value<TAB>unit` lines for `scripts/bench.sh`.

use kontaktpunkt_core::domain::model::{Experience, Importance, Model};
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::rounds::link::{encode_answer_checked, encode_round_checked};
use kontaktpunkt_core::rounds::{
    Answer, GroupKind, MinGroupSize, Questions, RaterGroup, RaterId, Rating, Round, RoundChoices,
    RoundId, Selection,
};
use kontaktpunkt_core::Lang;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
    for n in [10, 30, 100, 300] {
        let path = format!("{dir}/touchpoints-{n}.csv");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("link_lengths: cannot read {path}");
            std::process::exit(1);
        };
        let Ok(model) = model_from_csv(Lang::En, &text) else {
            eprintln!("link_lengths: {path} is not a valid fixture");
            std::process::exit(1);
        };
        if n == 30 {
            round_links(&model);
        }
        let ours = share::encode(&model).len();
        let naive = share::naive_encode(&model).len();
        println!("link: fragment length, {n} touchpoints (ours)\t{ours}\tchars");
        println!("link: fragment length, {n} touchpoints (naive)\t{naive}\tchars");
        println!(
            "link: ratio ours/naive, {n} touchpoints\t{:.2}\t",
            ours as f64 / naive as f64
        );
    }
}

/// A round of every touchpoint (importance, Ist and a comment asked; three groups, a note, a
/// closing date and a return address) and one rater's answer rating all of them.
fn round_links(model: &Model) {
    let group = |name: &str, kind| RaterGroup {
        name: name.into(),
        kind,
    };
    let choices = RoundChoices {
        selection: Selection::All,
        questions: Questions {
            importance: true,
            ist: true,
            soll: false,
            comment: true,
        },
        descriptions: false,
        groups: vec![
            group("Vertrieb", GroupKind::Internal),
            group("Service", GroupKind::Internal),
            group("Kunden", GroupKind::Customer),
        ],
        min_group: MinGroupSize::Three,
        closes: Some("2026-12-18".into()),
        note: "Bitte bewerten Sie jeden Kontaktpunkt aus Ihrer Sicht, bis Freitag.".into(),
        reply_to: Some("beratung@example.com".into()),
    };
    let id = RoundId(*b"\x3f\x1a\x9c\x07\x52\xe4\x8b\x61\x0d\xaa\x47\x19\xc2\x5e\x73\x28");
    let round = Round::from_model(model, choices, id).and_then(|r| {
        let link = encode_round_checked(&r)?;
        Ok((r, link))
    });
    let Ok((round, link)) = round else {
        eprintln!("link_lengths: the round of 30 touchpoints does not encode");
        std::process::exit(1);
    };
    println!("rounds: round link, 30 touchpoints\t{}\tchars", link.len());
    // Varied ratings, as seven people would give them.
    let ratings = (0..round.touchpoints.len())
        .map(|i| Rating {
            importance: Importance::new(1 + (i * 3 % 5) as u8).ok(),
            ist: Experience::new((i * 7 % 5) as i8 - 2).ok(),
            ..Rating::default()
        })
        .collect();
    let answer = Answer {
        round: round.id,
        rater: RaterId(0x9e37_79b9_7f4a_7c15),
        group: 2,
        sequence: 1_765_432_100,
        ratings,
    };
    let Ok(link) = encode_answer_checked(&answer) else {
        eprintln!("link_lengths: the answer does not encode");
        std::process::exit(1);
    };
    println!(
        "rounds: return link, 30 rated touchpoints\t{}\tchars",
        link.len()
    );
}
