#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Rating rounds' links: a round built from the model carries nothing but what raters need,
//! both links round-trip exactly, the golden links open forever, and every way a link can be
//! bad is a typed error worded in both languages.

mod round_support;

use kontaktpunkt_core::domain::action::{Action, MeasureEdit, TouchpointEdit};
use kontaktpunkt_core::domain::model::{Experience, Id};
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::rounds::limits::{
    MAX_ANSWER_BYTES, MAX_ANSWER_LINK, MAX_COMMENT_CHARS, MAX_ROUND_LINK, MAX_ROUND_TOUCHPOINTS,
};
use kontaktpunkt_core::rounds::link::{
    decode_answer, decode_round, encode_answer, encode_answer_checked, encode_round,
    encode_round_checked,
};
use kontaktpunkt_core::rounds::{
    Field, LinkKind, MinGroupSize, PreviousMedians, Question, RaterId, Round, RoundError, RoundId,
    Selection,
};
use kontaktpunkt_core::text::rounds::error_text;
use kontaktpunkt_core::Lang;
use round_support::{answer, choices, fixture, group, round30, ID};

/// A link of `codec` around any bytes, valid or not.
fn link(codec: &str, bytes: &[u8]) -> String {
    format!("{codec}.{}", share::pack(bytes))
}

/// The inflated content of a link this app wrote.
fn content(link: &str) -> Vec<u8> {
    use base64::Engine;
    let payload = link.split_once('.').unwrap().1;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    miniz_oxide::inflate::decompress_to_vec(&bytes).unwrap()
}

#[test]
fn a_round_carries_names_and_stages_but_nothing_else_of_the_model() {
    let mut model = fixture(30);
    let first = model.touchpoints[0].id;
    model = model
        .apply(
            Action::EditTouchpoint(first, TouchpointEdit::Description("Secret plan".into())),
            1.0,
        )
        .unwrap();
    model = model
        .apply(Action::AddMeasure("Secret measure".into()), 1.0)
        .unwrap();
    let measure = model.measures[0].id;
    model = model
        .apply(
            Action::EditMeasure(measure, MeasureEdit::Touchpoints(vec![first])),
            1.0,
        )
        .unwrap();
    let round = Round::from_model(&model, choices(Selection::All), ID).unwrap();
    assert_eq!(round.touchpoints.len(), 30);
    assert_eq!(round.touchpoints[0].name, model.touchpoints[0].name);
    assert_eq!(round.stages[round.touchpoints[0].stage], "Awareness");
    let bytes = String::from_utf8_lossy(&content(&encode_round(&round))).into_owned();
    assert!(bytes.contains("Online ad"));
    for secret in [
        "Secret plan",
        "Secret measure",
        "forms ask twice",
        "Marketing",
    ] {
        assert!(
            !bytes.contains(secret),
            "{secret} leaked into the round link"
        );
    }
    // Descriptions travel only when ticked.
    let mut with = choices(Selection::All);
    with.descriptions = true;
    let round = Round::from_model(&model, with, ID).unwrap();
    assert_eq!(round.touchpoints[0].description, "Secret plan");
    assert_eq!(decode_round(&encode_round(&round)).unwrap(), round);
}

#[test]
fn the_consultant_picks_all_a_stage_the_key_touchpoints_or_by_hand() {
    let model = fixture(30);
    let stage = model.stages[1].key.clone();
    let in_stage = model
        .touchpoints
        .iter()
        .filter(|t| t.stage == stage)
        .count();
    let round = Round::from_model(&model, choices(Selection::Stage(stage.clone())), ID).unwrap();
    assert_eq!(round.touchpoints.len(), in_stage);
    assert_eq!(round.stages, vec![model.stages[1].name.clone()]);
    assert!(round.touchpoints.iter().all(|t| t.stage == 0));

    let keys = kontaktpunkt_core::figures::analysis::key_touchpoints(&model);
    let round = Round::from_model(&model, choices(Selection::Key), ID).unwrap();
    let mut ids: Vec<Id> = round.touchpoints.iter().map(|t| t.id).collect();
    let mut expected = keys.clone();
    ids.sort_unstable();
    expected.sort_unstable();
    assert_eq!(ids, expected);

    // Hand-picked ids come in the model's order.
    let picked = vec![model.touchpoints[5].id, model.touchpoints[2].id];
    let round = Round::from_model(&model, choices(Selection::Ids(picked)), ID).unwrap();
    let names: Vec<&str> = round.touchpoints.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [&model.touchpoints[2].name, &model.touchpoints[5].name]
    );

    assert_eq!(
        Round::from_model(&model, choices(Selection::Ids(vec![9_999])), ID),
        Err(RoundError::UnknownTouchpoint(9_999))
    );
    assert_eq!(
        Round::from_model(&model, choices(Selection::Stage("nope".into())), ID),
        Err(RoundError::UnknownStage("nope".into()))
    );
    assert_eq!(
        Round::from_model(&model, choices(Selection::Ids(vec![])), ID),
        Err(RoundError::Missing(Field::Touchpoint))
    );
}

#[test]
fn a_round_needs_a_question_groups_distinct_names_and_a_plain_address() {
    let model = fixture(10);
    let build = |f: &dyn Fn(&mut kontaktpunkt_core::rounds::RoundChoices)| {
        let mut c = choices(Selection::All);
        f(&mut c);
        Round::from_model(&model, c, ID)
    };
    assert_eq!(
        build(&|c| {
            c.questions.importance = false;
            c.questions.ist = false;
        }),
        Err(RoundError::NoQuestions)
    );
    assert_eq!(
        build(&|c| c.groups.clear()),
        Err(RoundError::Missing(Field::Group))
    );
    assert_eq!(
        build(&|c| c.groups.push(group(
            "sales",
            kontaktpunkt_core::rounds::GroupKind::Customer
        ))),
        Err(RoundError::DuplicateGroup("sales".into()))
    );
    for bad in [
        "a b@example.com",
        "x@y",
        "x@example.com?cc=z",
        "@example.com",
        "x@@a.b",
    ] {
        assert_eq!(
            build(&|c| c.reply_to = Some(bad.into())),
            Err(RoundError::BadAddress),
            "{bad}"
        );
    }
    assert_eq!(
        build(&|c| c.closes = Some("2026-02-30".into())),
        Err(RoundError::BadDate("2026-02-30".into()))
    );
    assert_eq!(
        build(&|c| c.note = "x".repeat(1_001)),
        Err(RoundError::TextTooLong {
            field: Field::Note,
            max: 1_000
        })
    );
}

#[test]
fn both_links_round_trip_exactly() {
    let mut round = round30();
    round.questions.soll = true;
    round.min_group = MinGroupSize::Five;
    for (i, tp) in round.touchpoints.iter_mut().enumerate() {
        tp.previous = Some(PreviousMedians {
            importance_x2: Some(2 + (i % 9) as u8),
            ist_x2: if i % 4 == 0 {
                None
            } else {
                Some((i % 9) as i8 - 4)
            },
        });
    }
    let link = encode_round_checked(&round).unwrap();
    assert!(link.starts_with("kr1."));
    assert_eq!(decode_round(&link).unwrap(), round);
    assert_eq!(
        decode_round(&format!("https://x.example/rate/#{link}")).unwrap(),
        round
    );

    let mut a = answer(
        u64::MAX,
        2,
        1_765_000_000,
        &["5+2", "1-2", "x", "", "3", "-1"],
        30,
    );
    a.ratings[0].soll = Some(Experience::new(2).unwrap());
    a.ratings[1].comment = "Zu langsam.\nÄrgerlich".into();
    let link = encode_answer_checked(&a).unwrap();
    assert!(link.starts_with("ka1."));
    assert_eq!(decode_answer(&link).unwrap(), a);
    a.fits(&round).unwrap();
}

/// A small round and an answer to it, pinned: links once sent must open forever.
fn golden_round() -> Round {
    let model = fixture(10);
    let picked = model.touchpoints.iter().take(3).map(|t| t.id).collect();
    Round::from_model(&model, choices(Selection::Ids(picked)), ID).unwrap()
}

const GOLDEN_ROUND: &str = "kr1.AZoAZf8_GpwHUuSLYQ2qRxnCXnMoawMKMjAyNi0xMi0xOBlCaXR0ZSBiaXMgRnJlaXRhZy4KRGFua2UhE2JlcmF0ZXJAZXhhbXBsZS5jb20BCUF3YXJlbmVzcwMABVNhbGVzAAdTZXJ2aWNlAQlDdXN0b21lcnMDAQIDAAAACU9ubGluZSBhZAhQcmludCBhZA1TZWFyY2ggcmVzdWx0";
const GOLDEN_ANSWER: &str = "ka1.ASoA1f8_GpwHUuSLYQ2qRxnCXnMo782riWdFIwEBKgIDJEAKAAAISG90bGluZSE";
/// The same answer as the rater's page writes it since its small DEFLATE writer (fixed codes
/// instead of the stored block above, which still opens).
const WRITTEN_ANSWER: &str = "ka1.s5eawx70pDuRd5W75KG4Yo33Z1d3prsqMzJqMTGrOHAxMHB45JfkZOalKgIA";

#[test]
fn golden_links_open_forever() {
    // The same links as files, for the fuzzer's seeds and for readers in other languages.
    let file = |name: &str| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
        std::fs::read_to_string(format!("{root}/{name}")).unwrap()
    };
    assert_eq!(file("round-3.txt").trim(), GOLDEN_ROUND);
    assert_eq!(file("answer-3.txt").trim(), GOLDEN_ANSWER);
    let round = golden_round();
    assert_eq!(encode_round(&round), GOLDEN_ROUND);
    assert_eq!(decode_round(GOLDEN_ROUND).unwrap(), round);
    let mut a = answer(0x0123_4567_89ab_cdef, 1, 42, &["4+1", "x", "2-2"], 3);
    a.ratings[2].comment = "Hotline!".into();
    assert_eq!(decode_answer(GOLDEN_ANSWER).unwrap(), a);
    assert_eq!(encode_answer(&a), WRITTEN_ANSWER);
    assert_eq!(decode_answer(WRITTEN_ANSWER).unwrap(), a);
    a.fits(&round).unwrap();
}

#[test]
fn the_outer_layer_of_a_bad_link_is_a_typed_error() {
    let round = encode_round(&round30());
    let cases: Vec<(String, RoundError)> = vec![
        ("".into(), RoundError::Empty),
        ("https://x.example/#".into(), RoundError::Empty),
        ("hello".into(), RoundError::NotALink),
        ("kr1".into(), RoundError::NotALink),
        ("zz1.abc".into(), RoundError::UnknownFormat("zz1".into())),
        ("kr01.abc".into(), RoundError::UnknownFormat("kr01".into())),
        ("kr2.abc".into(), RoundError::NewerVersion(2)),
        (
            "ka1.abc".into(),
            RoundError::WrongKind {
                expected: LinkKind::Round,
                found: LinkKind::Answer,
            },
        ),
        (
            "kp1.abc".into(),
            RoundError::WrongKind {
                expected: LinkKind::Round,
                found: LinkKind::Model,
            },
        ),
        ("kr1.ab!c".into(), RoundError::BadBase64),
        (
            round[..round.len() - 7].to_string(),
            RoundError::BadCompression,
        ),
        (
            format!("kr1.{}", "A".repeat(MAX_ROUND_LINK)),
            RoundError::TooLong {
                max: MAX_ROUND_LINK,
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(decode_round(&text), Err(expected), "{text:.40}");
    }
    assert_eq!(
        decode_answer(&round),
        Err(RoundError::WrongKind {
            expected: LinkKind::Answer,
            found: LinkKind::Round
        })
    );
    // A decompression bomb: a small link that inflates past the cap.
    let bomb = link("ka1", &vec![0; MAX_ANSWER_BYTES + 1]);
    assert!(bomb.len() < MAX_ANSWER_LINK);
    assert_eq!(
        decode_answer(&bomb),
        Err(RoundError::TooLarge {
            max: MAX_ANSWER_BYTES
        })
    );
}

#[test]
fn damaged_content_is_a_typed_error() {
    let good = content(&encode_answer(&answer(7, 0, 1, &["3+1"], 2)));
    let mut trailing = good.clone();
    trailing.push(0);
    let mut bad_flags = good.clone();
    bad_flags[26] = 0x80; // 16 round + 8 rater + group 1 + sequence 1: the flags byte
    let mut bad_rating = good.clone();
    bad_rating[28] = 7; // importance code 7
    let mut both = good.clone();
    both[28] = 64 | 3; // "not experienced" and importance 3
    let mut many = good[..27].to_vec();
    many.extend([0xad, 0x02]); // 301 touchpoints
    let mut huge_group = good[..24].to_vec();
    huge_group.extend([0xff; 9]);
    huge_group.push(0x01);
    let mut nothing = good.clone();
    nothing[28] = 0;
    let cases = vec![
        (good[..20].to_vec(), RoundError::Truncated),
        (good[..good.len() - 1].to_vec(), RoundError::Truncated),
        (trailing, RoundError::TrailingBytes),
        (
            bad_flags,
            RoundError::BadValue {
                field: Field::Flags,
                value: 0x80,
            },
        ),
        (
            bad_rating,
            RoundError::BadValue {
                field: Field::Rating,
                value: 7,
            },
        ),
        (both, RoundError::RatedButNotExperienced(0)),
        (
            many,
            RoundError::TooMany {
                field: Field::Rating,
                max: MAX_ROUND_TOUCHPOINTS,
            },
        ),
        (huge_group, RoundError::UnknownGroup(u64::MAX)),
        (nothing, RoundError::NothingAnswered),
    ];
    for (bytes, expected) in cases {
        assert_eq!(
            decode_answer(&link("ka1", &bytes)),
            Err(expected.clone()),
            "{expected:?}"
        );
    }
    // An eleven-byte varint.
    let mut long = good[..24].to_vec();
    long.extend([0xff; 10]);
    long.push(0);
    assert_eq!(
        decode_answer(&link("ka1", &long)),
        Err(RoundError::BadNumber)
    );
}

#[test]
fn a_round_link_with_a_broken_rule_is_refused() {
    let round = round30();
    let good = content(&encode_round(&round));
    // Byte 17 is the flags, 18 the minimum group size.
    let mut min = good.clone();
    min[17] = 4;
    assert_eq!(
        decode_round(&link("kr1", &min)),
        Err(RoundError::BadValue {
            field: Field::MinGroupSize,
            value: 4
        })
    );
    let mut asks_nothing = good.clone();
    asks_nothing[16] &= !0b0111;
    assert_eq!(
        decode_round(&link("kr1", &asks_nothing)),
        Err(RoundError::NoQuestions)
    );
    // A stage index beyond the stages: the first touchpoint's stage (after 30 ids below 128).
    let mut twin = round.clone();
    twin.touchpoints[1].id = twin.touchpoints[0].id;
    assert_eq!(
        decode_round(&encode_round(&twin)),
        Err(RoundError::DuplicateTouchpoint(twin.touchpoints[0].id))
    );
    let mut bad_stage = round.clone();
    bad_stage.touchpoints[0].stage = 99;
    assert_eq!(
        decode_round(&encode_round(&bad_stage)),
        Err(RoundError::BadValue {
            field: Field::Stage,
            value: 99
        })
    );
}

#[test]
fn the_limits_hold_for_both_formats() {
    // 300 touchpoints fit a round; a 301st is refused.
    let model = fixture(300);
    let round = Round::from_model(&model, choices(Selection::All), ID).unwrap();
    let link = encode_round_checked(&round).unwrap();
    assert!(link.len() <= MAX_ROUND_LINK, "{}", link.len());
    let mut more = round.clone();
    let mut extra = more.touchpoints[0].clone();
    extra.id = 1_000_000;
    more.touchpoints.push(extra);
    assert_eq!(
        more.check(),
        Err(RoundError::TooMany {
            field: Field::Touchpoint,
            max: MAX_ROUND_TOUCHPOINTS
        })
    );
    assert!(matches!(
        decode_round(&encode_round(&more)),
        Err(RoundError::TooMany { .. })
    ));
    // A full answer with the longest comment on every touchpoint is too long a link.
    let mut a = answer(1, 0, 1, &["5+2"; 300], 300);
    for r in &mut a.ratings {
        r.comment = "ü".repeat(MAX_COMMENT_CHARS);
    }
    assert!(matches!(
        encode_answer_checked(&a),
        Err(RoundError::TooLong { .. } | RoundError::TooLarge { .. })
    ));
    a.ratings[0].comment.push('x');
    assert_eq!(
        a.check(),
        Err(RoundError::TextTooLong {
            field: Field::Comment,
            max: MAX_COMMENT_CHARS
        })
    );
    // A full answer without comments is short.
    let a = answer(1, 0, 1, &["5+2"; 300], 300);
    assert!(encode_answer_checked(&a).unwrap().len() < 1_000);
}

#[test]
fn an_answer_fits_only_its_round_and_its_questions() {
    let round = round30();
    let good = answer(1, 2, 1, &["4+1"], 30);
    good.fits(&round).unwrap();
    let mut other = good.clone();
    other.round = RoundId([0; 16]);
    assert_eq!(other.fits(&round), Err(RoundError::OtherRound));
    assert_eq!(
        answer(1, 3, 1, &["4"], 30).fits(&round),
        Err(RoundError::UnknownGroup(3))
    );
    assert_eq!(
        answer(1, 0, 1, &["4"], 29).fits(&round),
        Err(RoundError::WrongTouchpointCount {
            expected: 30,
            found: 29
        })
    );
    let mut soll = good.clone();
    soll.ratings[3].soll = Some(Experience::new(1).unwrap());
    assert_eq!(soll.fits(&round), Err(RoundError::NotAsked(Question::Soll)));
    assert_eq!(good.rater, RaterId(1));
}

#[test]
fn every_error_is_worded_in_both_languages() {
    let errors = [
        RoundError::Truncated,
        RoundError::WrongKind {
            expected: LinkKind::Answer,
            found: LinkKind::Model,
        },
        RoundError::UnknownGroup(u64::MAX),
        RoundError::NotAsked(Question::Importance),
        RoundError::TooMany {
            field: Field::Group,
            max: 20,
        },
    ];
    for e in errors {
        let (de, en) = (error_text(&e, Lang::De), error_text(&e, Lang::En));
        assert!(!de.is_empty() && !en.is_empty() && de != en, "{e:?}");
        assert_eq!(e.to_string(), en);
    }
    assert_eq!(
        error_text(&RoundError::OtherRound, Lang::De),
        "Diese Antwort gehört zu einer anderen Runde."
    );
}

/// `tests/round_decode.py`, a reader written from `docs/rating-rounds.md` alone, reads what
/// the app writes to the same round and answer: the document says what the bytes are.
mod python {
    use super::*;
    use serde_json::Value;
    use std::process::Command;

    /// Runs the independent reader; a missing `python3` fails the test rather than skipping it.
    fn python(link: &str) -> Value {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/round_decode.py");
        let out = Command::new("python3")
            .arg(script)
            .arg(format!("https://kp.example/rate/#{link}"))
            .output()
            .unwrap_or_else(|e| panic!("python3 is needed for this test: {e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn hex(id: RoundId) -> String {
        id.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn python_reads_our_round_links() {
        let mut full = round30();
        full.questions.soll = true;
        full.descriptions = true;
        full.reply_to = None;
        for (i, tp) in full.touchpoints.iter_mut().enumerate() {
            tp.description = format!("Beschreibung {i} – äöü");
            tp.previous = Some(PreviousMedians {
                importance_x2: (i % 3 != 0).then_some(2 + (i % 9) as u8),
                ist_x2: Some((i % 9) as i8 - 4),
            });
        }
        for round in [golden_round(), full] {
            let v = python(&encode_round(&round));
            assert_eq!(v["id"], hex(round.id));
            assert_eq!(v["questions"]["soll"], round.questions.soll);
            assert_eq!(v["min_group"], round.min_group.value());
            assert_eq!(v["note"], round.note.as_str());
            assert_eq!(v["closes"].as_str(), round.closes.as_deref());
            assert_eq!(v["reply_to"].as_str(), round.reply_to.as_deref());
            for (g, group) in round.groups.iter().enumerate() {
                assert_eq!(v["groups"][g]["name"], group.name.as_str());
            }
            for (i, tp) in round.touchpoints.iter().enumerate() {
                let p = &v["touchpoints"][i];
                assert_eq!(p["id"], tp.id);
                assert_eq!(p["name"], tp.name.as_str());
                assert_eq!(p["stage"], round.stages[tp.stage].as_str());
                assert_eq!(p["description"], tp.description.as_str());
                let previous = tp.previous.unwrap_or_default();
                let half = |v: Option<f64>| v.map(|x| x * 2.0);
                assert_eq!(
                    half(p["previous"]["importance"].as_f64()),
                    previous.importance_x2.map(f64::from)
                );
                assert_eq!(
                    half(p["previous"]["ist"].as_f64()),
                    previous.ist_x2.map(f64::from)
                );
            }
        }
    }

    #[test]
    fn python_reads_our_return_links() {
        let mut a = answer(
            0xfedc_ba98_7654_3210,
            2,
            1_765_123_456,
            &["5+2", "1-2", "x", "", "3", "-1"],
            30,
        );
        a.ratings[0].soll = Some(Experience::new(-1).unwrap());
        a.ratings[4].comment = "Wartezeit „zu lang“".into();
        let v = python(&encode_answer(&a));
        assert_eq!(v["round"], hex(a.round));
        assert_eq!(v["rater"], a.rater.0);
        assert_eq!(
            (v["group"].clone(), v["sequence"].clone()),
            (2.into(), 1_765_123_456u64.into())
        );
        for (i, r) in a.ratings.iter().enumerate() {
            let p = &v["ratings"][i];
            assert_eq!(
                p["importance"].as_u64(),
                r.importance.map(|x| u64::from(x.value()))
            );
            assert_eq!(p["ist"].as_i64(), r.ist.map(|x| i64::from(x.value())));
            assert_eq!(p["soll"].as_i64(), r.soll.map(|x| i64::from(x.value())));
            assert_eq!(p["not_experienced"], r.not_experienced);
            assert_eq!(p["comment"], r.comment.as_str());
        }
    }
}
