#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! A round that collects through a relay: its link carries a live part (the room and the
//! round's key) after the payload. Links without one read exactly as before, links with one
//! round-trip and keep it in the model, and a damaged live part is a typed error (the round
//! itself still reads, so its rater can answer by return link).

mod round_support;

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::io::session::{Session, ROOM_BYTES};
use kontaktpunkt_core::rounds::kept::{open, start, start_live};
use kontaktpunkt_core::rounds::limits::MAX_ROUND_LINK;
use kontaktpunkt_core::rounds::link::{
    decode_round, encode_round, encode_round_live, has_live_part, live_part,
};
use kontaktpunkt_core::rounds::{Round, RoundError, Selection};
use round_support::{choices, fixture, round30, ID};

const GOLDEN_ROUND: &str = "kr1.AZoAZf8_GpwHUuSLYQ2qRxnCXnMoawMKMjAyNi0xMi0xOBlCaXR0ZSBiaXMgRnJlaXRhZy4KRGFua2UhE2JlcmF0ZXJAZXhhbXBsZS5jb20BCUF3YXJlbmVzcwMABVNhbGVzAAdTZXJ2aWNlAQlDdXN0b21lcnMDAQIDAAAACU9ubGluZSBhZAhQcmludCBhZA1TZWFyY2ggcmVzdWx0";

fn golden_round() -> Round {
    let model = fixture(10);
    let picked = model.touchpoints.iter().take(3).map(|t| t.id).collect();
    Round::from_model(&model, choices(Selection::Ids(picked)), ID).unwrap()
}

fn session() -> Session {
    Session {
        room: [9; ROOM_BYTES],
        key: core::array::from_fn(|i| (i * 7) as u8),
    }
}

#[test]
fn a_link_without_a_live_part_reads_as_before() {
    assert_eq!(decode_round(GOLDEN_ROUND).unwrap(), golden_round());
    assert_eq!(live_part(GOLDEN_ROUND), Ok(None));
    assert_eq!(
        live_part(&format!("https://example.org/kp/rate/#{GOLDEN_ROUND}")),
        Ok(None)
    );
    assert_eq!(
        encode_round_live(&golden_round(), None).unwrap(),
        GOLDEN_ROUND
    );
    let Action::StartRound(kept) = start(&golden_round()).unwrap() else {
        panic!("not a start")
    };
    assert_eq!(kept.link, GOLDEN_ROUND);
}

#[test]
fn a_live_round_link_round_trips_and_the_model_keeps_its_key() {
    let link = encode_round_live(&golden_round(), Some(&session())).unwrap();
    assert_eq!(link, format!("{GOLDEN_ROUND}.{}", session().encode()));
    for text in [
        link.clone(),
        format!("https://example.org/kp/rate/#{link}"),
        format!("  {link}\n"),
    ] {
        assert_eq!(decode_round(&text).unwrap(), golden_round());
        assert_eq!(live_part(&text), Ok(Some(session())));
    }
    // Kept in the model, which reads back from its JSON (storage, a reload).
    let model = fixture(10)
        .apply(start_live(&golden_round(), Some(&session())).unwrap(), 1.0)
        .unwrap();
    let back = model_from_json(&serde_json::to_string(&model).unwrap()).unwrap();
    assert_eq!(back.rounds[0].link, link);
    assert_eq!(live_part(&back.rounds[0].link), Ok(Some(session())));
    assert_eq!(open(&back.rounds[0]).unwrap().0, golden_round());
}

#[test]
fn a_damaged_live_part_is_a_typed_error() {
    let whole = format!("{GOLDEN_ROUND}.{}", session().encode());
    let cut = &whole[..whole.len() - 5];
    for (text, error) in [
        (cut.to_string(), RoundError::BadCompression),
        (
            format!("{GOLDEN_ROUND}.ks2.AAAA.BBBB"),
            RoundError::NewerVersion(2),
        ),
        (
            format!("{GOLDEN_ROUND}.kx1.AAAA.BBBB"),
            RoundError::UnknownFormat("kx1".into()),
        ),
        (whole.replace(".ks1.", ".ks1.*"), RoundError::BadBase64),
        (format!("{GOLDEN_ROUND}.junk"), RoundError::NotALink),
    ] {
        assert_eq!(live_part(&text), Err(error.clone()), "{text}");
        // The round still reads: its rater can answer and send the return link.
        assert_eq!(decode_round(&text), Ok(golden_round()), "{text}");
        assert!(has_live_part(&text));
        let kept = KeptRound {
            link: text.clone(),
            answers: Vec::new(),
        };
        assert_eq!(open(&kept).map(|_| ()), Err(error), "{text}");
    }
    assert!(!has_live_part(GOLDEN_ROUND));
    // The model refuses a kept link of another shape.
    let mut model = fixture(10)
        .apply(start_live(&golden_round(), Some(&session())).unwrap(), 1.0)
        .unwrap();
    let json = serde_json::to_string(&model).unwrap();
    let bad = json.replace(".ks1.", ".kp1.");
    assert!(model_from_json(&bad).is_err());
    model.rounds.clear();
    assert!(model_from_json(&serde_json::to_string(&model).unwrap()).is_ok());
}

#[test]
fn the_link_cap_covers_the_live_part() {
    assert_eq!(
        live_part(&"k".repeat(MAX_ROUND_LINK + 1)),
        Err(RoundError::TooLong {
            max: MAX_ROUND_LINK
        })
    );
    let round = round30();
    let link = encode_round_live(&round, Some(&session())).unwrap();
    assert_eq!(link.len(), encode_round(&round).len() + 1 + 4 + 22 + 1 + 43);
}
