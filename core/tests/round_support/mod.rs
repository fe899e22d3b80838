//! Helpers shared by the rating-round tests: the 30-touchpoint fixture, a round of it, and
//! answers written as compact strings.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt_core::domain::model::{Experience, Importance};
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::rounds::{
    Answer, GroupKind, MinGroupSize, Questions, RaterGroup, RaterId, Rating, Round, RoundChoices,
    RoundId, Selection,
};
use kontaktpunkt_core::{Lang, Model};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

pub fn fixture(n: usize) -> Model {
    let text = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/touchpoints-{n}.csv"))
        .expect("fixture");
    model_from_csv(Lang::En, &text).expect("valid fixture")
}

pub const ID: RoundId = RoundId([
    0x3f, 0x1a, 0x9c, 0x07, 0x52, 0xe4, 0x8b, 0x61, 0x0d, 0xaa, 0x47, 0x19, 0xc2, 0x5e, 0x73, 0x28,
]);

pub fn group(name: &str, kind: GroupKind) -> RaterGroup {
    RaterGroup {
        name: name.into(),
        kind,
    }
}

/// Sales and Service inside, Customers outside.
pub fn groups() -> Vec<RaterGroup> {
    vec![
        group("Sales", GroupKind::Internal),
        group("Service", GroupKind::Internal),
        group("Customers", GroupKind::Customer),
    ]
}

pub fn choices(selection: Selection) -> RoundChoices {
    RoundChoices {
        selection,
        questions: Questions {
            importance: true,
            ist: true,
            soll: false,
            comment: true,
        },
        descriptions: false,
        groups: groups(),
        min_group: MinGroupSize::Three,
        closes: Some("2026-12-18".into()),
        note: "Bitte bis Freitag.\nDanke!".into(),
        reply_to: Some("berater@example.com".into()),
    }
}

/// A round of all 30 touchpoints of the fixture.
pub fn round30() -> Round {
    Round::from_model(&fixture(30), choices(Selection::All), ID).unwrap()
}

/// One touchpoint's rating from a short code: `"4+1"` importance 4 and Ist +1, `"-2"` Ist −2
/// only, `"5"` importance 5 only, `"x"` not experienced, `""` not answered.
pub fn rating(code: &str) -> Rating {
    if code == "x" {
        return Rating {
            not_experienced: true,
            ..Rating::default()
        };
    }
    let (imp, ist) = match code.find(['+', '-', '0']) {
        Some(0) => ("", code),
        Some(i) => code.split_at(i),
        None => (code, ""),
    };
    Rating {
        importance: imp.parse::<u8>().ok().map(|v| Importance::new(v).unwrap()),
        ist: ist.parse::<i8>().ok().map(|v| Experience::new(v).unwrap()),
        ..Rating::default()
    }
}

/// An answer of `rater` in `group` to a round with `n` touchpoints: the codes given rate the
/// first ones, the rest are left open.
pub fn answer(rater: u64, group: usize, sequence: u64, codes: &[&str], n: usize) -> Answer {
    let mut ratings: Vec<Rating> = codes.iter().map(|c| rating(c)).collect();
    ratings.resize(n, Rating::default());
    Answer {
        round: ID,
        rater: RaterId(rater),
        group,
        sequence,
        ratings,
    }
}
