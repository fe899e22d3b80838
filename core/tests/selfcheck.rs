#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The self-check (`selfcheck`): factors and their texts, the wizard's rules, validation of
//! every input, restore of untrusted JSON, the result's figures (hand-computed), the radar
//! geometry, the workspace model and the result link.

use std::collections::HashSet;
use std::f64::consts::FRAC_1_SQRT_2;

use kontaktpunkt_core::domain::library::STARTER_LIBRARY;
use kontaktpunkt_core::domain::validate::restore;
use kontaktpunkt_core::figures::analysis::{experience_index, Which};
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::selfcheck::advice::Advice;
use kontaktpunkt_core::selfcheck::radar::{radar_label, radar_ring, svg_points, Anchor, AXES};
use kontaktpunkt_core::selfcheck::{
    link, radar_axes, radar_points, texts, Factor, MaturityBand, Rating, SelfCheck, SelfCheckError,
    Step, LEVEL_MAX, MAX_QUICK_TOUCHPOINTS, MAX_STATE_JSON, WIZARD_STEPS,
};
use kontaktpunkt_core::Lang;
use proptest::prelude::*;

/// Library entries used below: 10 = Website, 22 = Online shop checkout.
const WEBSITE: usize = 10;
const CHECKOUT: usize = 22;

/// Levels 3,1,2,0,4,4,4,2: sum 20 of 32, so maturity 62.5 → 63.
const LEVELS: [u8; 8] = [3, 1, 2, 0, 4, 4, 4, 2];

fn answered(levels: &[u8]) -> SelfCheck {
    let mut c = SelfCheck::new();
    for (f, l) in Factor::ALL.iter().zip(levels) {
        c.answer(*f, *l).unwrap();
    }
    c
}

/// All answered, Website (4, −1, +1) and Online shop checkout (2, +1, +2) rated.
fn sample() -> SelfCheck {
    let mut c = answered(&LEVELS);
    c.toggle_touchpoint(WEBSITE).unwrap();
    c.toggle_touchpoint(CHECKOUT).unwrap();
    for (i, imp, ist, soll) in [(WEBSITE, 4, -1, 1), (CHECKOUT, 2, 1, 2)] {
        c.rate(i, Rating::Importance(imp)).unwrap();
        c.rate(i, Rating::Ist(Some(ist))).unwrap();
        c.rate(i, Rating::Soll(Some(soll))).unwrap();
    }
    c
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn close_points(a: &[(f64, f64)], b: &[(f64, f64)]) {
    assert_eq!(a.len(), b.len());
    for (p, q) in a.iter().zip(b) {
        assert!(close(p.0, q.0) && close(p.1, q.1), "{p:?} != {q:?}");
    }
}

// ----- factors and texts ---------------------------------------------------------------------

#[test]
fn eight_factors_with_stable_keys() {
    assert_eq!(Factor::ALL.len(), 8);
    let keys: Vec<&str> = Factor::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(
        keys,
        [
            "goals",
            "silos",
            "overview",
            "journey",
            "key_touchpoints",
            "brand",
            "wow",
            "tracking"
        ]
    );
    for (i, f) in Factor::ALL.iter().enumerate() {
        assert_eq!(f.index(), i);
        assert_eq!(Factor::from_index(i), Some(*f));
        assert_eq!(Factor::from_key(f.key()), Some(*f));
        assert_eq!(
            serde_json::to_string(f).unwrap(),
            format!("\"{}\"", f.key())
        );
    }
    assert_eq!(Factor::from_index(8), None);
    assert_eq!(Factor::from_key("Goals"), None);
}

#[test]
fn every_factor_has_all_texts_in_both_languages() {
    for lang in Lang::ALL {
        let mut seen = HashSet::new();
        for f in Factor::ALL {
            for text in [
                f.name(lang),
                f.short_name(lang),
                f.explanation(lang),
                f.question(lang),
            ] {
                assert!(!text.trim().is_empty(), "{f:?} {lang:?}");
            }
            assert!(f.short_name(lang).chars().count() <= 20, "{f:?} {lang:?}");
            for level in 0..=LEVEL_MAX {
                let answer = f.level_text(lang, level).unwrap();
                assert!(!answer.trim().is_empty(), "{f:?} {lang:?} level {level}");
                assert!(seen.insert(answer), "repeated answer text {answer}");
            }
            assert_eq!(f.level_text(lang, 5), None);
            for level in 0..LEVEL_MAX {
                let rec = f.recommendation(lang, level).unwrap();
                assert!(rec.len() > 60, "{f:?} {lang:?} level {level}: too short");
                assert!(seen.insert(rec), "repeated recommendation {rec}");
            }
            assert_eq!(f.recommendation(lang, 4), None, "level 4 needs none");
            assert_eq!(f.recommendation(lang, 9), None);
        }
    }
    // Really translated: no factor text is the same in both languages.
    for f in Factor::ALL {
        assert_ne!(f.question(Lang::De), f.question(Lang::En));
        for level in 0..LEVEL_MAX {
            assert_ne!(
                f.recommendation(Lang::De, level),
                f.recommendation(Lang::En, level)
            );
        }
    }
}

#[test]
fn factor_names_follow_the_seed() {
    assert_eq!(
        Factor::Goals.name(Lang::De),
        "Klare Ziele definieren und verfolgen"
    );
    assert_eq!(
        Factor::KeyTouchpoints.name(Lang::De),
        "Schlüsselpunkte identifizieren"
    );
    assert_eq!(Factor::Wow.name(Lang::De), "Das Wow-Erlebnis");
    assert_eq!(Factor::Silos.name(Lang::En), "Overcome silo thinking");
    assert_eq!(
        Factor::KeyTouchpoints.recommendation(Lang::En, 1),
        Some("Rate importance and today's experience of your 20 most frequent touchpoints and pick the five with the largest gap × importance.")
    );
}

#[test]
fn formatted_texts() {
    let de = texts(Lang::De);
    let en = texts(Lang::En);
    assert_eq!(de.step_of(3, 10), "Schritt 3 von 10");
    assert_eq!(en.step_of(3, 10), "Step 3 of 10");
    assert_eq!(de.question_of(2, 8), "Frage 2 von 8");
    assert_eq!(en.question_of(2, 8), "Question 2 of 8");
    assert_eq!(de.picked_of(5), "5 von 12 gewählt");
    assert_eq!(en.picked_of(5), "5 of 12 picked");
    assert_eq!(de.score_of(63), "63 von 100");
    assert_eq!(en.level_of(2), "Level 2 of 4");
    assert_eq!(de.importance_word(5), Some("sehr hoch"));
    assert_eq!(en.importance_word(0), None);
    assert_eq!(en.experience_word(-2), Some("strongly disappointing"));
    assert_eq!(de.experience_word(2), Some("begeisternd"));
    assert_eq!(de.experience_word(3), None);
    assert_eq!(de.experience_word(-3), None);
    for band in MaturityBand::ALL {
        for lang in Lang::ALL {
            assert!(!band.name(lang).is_empty() && !band.summary(lang).is_empty());
        }
    }
}

#[test]
fn every_error_has_words_in_both_languages() {
    let all = [
        SelfCheckError::InvalidLevel(5),
        SelfCheckError::InvalidImportance(0),
        SelfCheckError::InvalidRating(3),
        SelfCheckError::UnknownLibraryEntry(999),
        SelfCheckError::DuplicateTouchpoint(4),
        SelfCheckError::TooManyTouchpoints { max: 12 },
        SelfCheckError::NotPicked(3),
        SelfCheckError::Unanswered(Factor::Wow),
        SelfCheckError::Unrated(WEBSITE),
        SelfCheckError::Unrated(9_999),
        SelfCheckError::AtStart,
        SelfCheckError::AtEnd,
        SelfCheckError::InvalidStep(11),
        SelfCheckError::WrongAnswerCount(7),
        SelfCheckError::NewerVersion(2),
        SelfCheckError::TooLong { max: 10 },
        SelfCheckError::NotALink,
        SelfCheckError::BadLink,
        SelfCheckError::Malformed("x".into()),
    ];
    for e in &all {
        for lang in Lang::ALL {
            assert!(!texts(lang).error(e).is_empty());
        }
        assert_eq!(e.to_string(), texts(Lang::En).error(e));
    }
    assert_eq!(
        texts(Lang::De).error(&SelfCheckError::Unanswered(Factor::Wow)),
        "Bitte beantworten Sie zuerst die Frage „Das Wow-Erlebnis“."
    );
    assert_eq!(
        SelfCheckError::Unrated(WEBSITE).to_string(),
        "Please rate Ist and Soll of “Website” first."
    );
    assert_eq!(
        SelfCheckError::TooManyTouchpoints { max: 12 }.to_string(),
        "At most 12 touchpoints: remove one to pick another."
    );
}

// ----- answering and picking -----------------------------------------------------------------

#[test]
fn answers_are_validated() {
    let mut c = SelfCheck::new();
    assert_eq!(
        c.answer(Factor::Goals, 5),
        Err(SelfCheckError::InvalidLevel(5))
    );
    assert_eq!(
        c.answer(Factor::Goals, 255),
        Err(SelfCheckError::InvalidLevel(255))
    );
    assert_eq!(c.answer_of(Factor::Goals), None);
    c.answer(Factor::Goals, 4).unwrap();
    c.answer(Factor::Goals, 0).unwrap();
    assert_eq!(c.answer_of(Factor::Goals), Some(0));
    assert_eq!(c.answered(), 1);
    assert_eq!(
        c.step(),
        Step::Question(Factor::Goals),
        "answering does not move"
    );
}

#[test]
fn a_thirteenth_touchpoint_is_refused() {
    let mut c = SelfCheck::new();
    for i in 0..MAX_QUICK_TOUCHPOINTS {
        assert_eq!(c.toggle_touchpoint(i), Ok(true));
    }
    assert_eq!(
        c.toggle_touchpoint(20),
        Err(SelfCheckError::TooManyTouchpoints { max: 12 })
    );
    assert_eq!(c.touchpoints().len(), 12);
    assert!(!c.is_picked(20));
    // Un-picking makes room again; the order is the pick order.
    assert_eq!(c.toggle_touchpoint(3), Ok(false));
    assert_eq!(c.toggle_touchpoint(20), Ok(true));
    let order: Vec<usize> = c.touchpoints().iter().map(|t| t.library_index).collect();
    assert_eq!(order, [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 20]);
}

#[test]
fn picks_must_exist_and_start_unrated() {
    let mut c = SelfCheck::new();
    let len = STARTER_LIBRARY.len();
    assert_eq!(
        c.toggle_touchpoint(len),
        Err(SelfCheckError::UnknownLibraryEntry(len as u64))
    );
    c.toggle_touchpoint(WEBSITE).unwrap();
    let tp = c.touchpoint(WEBSITE).unwrap();
    assert_eq!((tp.importance, tp.ist, tp.soll), (3, None, None));
    assert_eq!(tp.name(Lang::De), "Website");
    assert!(!tp.is_rated());
}

#[test]
fn ratings_are_validated() {
    let mut c = SelfCheck::new();
    c.toggle_touchpoint(WEBSITE).unwrap();
    assert_eq!(
        c.rate(WEBSITE, Rating::Importance(0)),
        Err(SelfCheckError::InvalidImportance(0))
    );
    assert_eq!(
        c.rate(WEBSITE, Rating::Importance(6)),
        Err(SelfCheckError::InvalidImportance(6))
    );
    assert_eq!(
        c.rate(WEBSITE, Rating::Ist(Some(3))),
        Err(SelfCheckError::InvalidRating(3))
    );
    assert_eq!(
        c.rate(WEBSITE, Rating::Soll(Some(-3))),
        Err(SelfCheckError::InvalidRating(-3))
    );
    assert_eq!(
        c.rate(CHECKOUT, Rating::Ist(Some(0))),
        Err(SelfCheckError::NotPicked(CHECKOUT))
    );
    c.rate(WEBSITE, Rating::Importance(5)).unwrap();
    c.rate(WEBSITE, Rating::Ist(Some(-2))).unwrap();
    c.rate(WEBSITE, Rating::Soll(Some(2))).unwrap();
    let tp = c.touchpoint(WEBSITE).unwrap();
    assert_eq!((tp.importance, tp.ist, tp.soll), (5, Some(-2), Some(2)));
    c.rate(WEBSITE, Rating::Soll(None)).unwrap();
    assert_eq!(c.touchpoint(WEBSITE).unwrap().soll, None);
}

// ----- the wizard ----------------------------------------------------------------------------

#[test]
fn steps_have_fixed_indices() {
    let all: Vec<Step> = Step::all().collect();
    assert_eq!(all.len(), Step::COUNT);
    assert_eq!(all[0], Step::Question(Factor::Goals));
    assert_eq!(all[7], Step::Question(Factor::Tracking));
    assert_eq!(all[8], Step::PickTouchpoints);
    assert_eq!(all[9], Step::RateTouchpoints);
    assert_eq!(all[10], Step::Result);
    for (i, s) in all.iter().enumerate() {
        assert_eq!(s.index(), i);
    }
    assert_eq!(Step::from_index(11), None);
}

#[test]
fn cannot_go_past_an_unanswered_question() {
    let mut c = SelfCheck::new();
    assert_eq!(c.progress(), (0, WIZARD_STEPS));
    assert_eq!(c.back(), Err(SelfCheckError::AtStart));
    assert_eq!(c.next(), Err(SelfCheckError::Unanswered(Factor::Goals)));
    c.answer(Factor::Goals, 2).unwrap();
    assert_eq!(c.next(), Ok(Step::Question(Factor::Silos)));
    assert_eq!(c.progress(), (1, 10));
    assert_eq!(c.next(), Err(SelfCheckError::Unanswered(Factor::Silos)));
    assert_eq!(c.back(), Ok(Step::Question(Factor::Goals)));
    assert_eq!(c.answer_of(Factor::Goals), Some(2), "back keeps answers");
    // A jump ahead is refused with the blocker.
    assert_eq!(
        c.go_to(Step::Result),
        Err(SelfCheckError::Unanswered(Factor::Silos))
    );
    assert_eq!(c.go_to(Step::Question(Factor::Silos)), Ok(()));
    assert_eq!(c.step(), Step::Question(Factor::Silos));
}

#[test]
fn with_nothing_picked_the_rating_step_is_skipped() {
    let mut c = answered(&LEVELS);
    for i in 0..8 {
        assert_eq!(c.progress(), (i, 10));
        c.next().unwrap();
    }
    assert_eq!(c.step(), Step::PickTouchpoints);
    assert_eq!(c.progress(), (8, 10));
    assert_eq!(c.next(), Ok(Step::Result));
    assert_eq!(c.progress(), (10, 10));
    assert_eq!(c.next(), Err(SelfCheckError::AtEnd));
    assert_eq!(c.back(), Ok(Step::PickTouchpoints));
}

#[test]
fn cannot_go_past_an_unrated_touchpoint() {
    let mut c = answered(&LEVELS);
    c.go_to(Step::PickTouchpoints).unwrap();
    c.toggle_touchpoint(WEBSITE).unwrap();
    c.toggle_touchpoint(CHECKOUT).unwrap();
    assert_eq!(c.next(), Ok(Step::RateTouchpoints));
    assert_eq!(c.progress(), (9, 10));
    assert_eq!(c.next(), Err(SelfCheckError::Unrated(WEBSITE)));
    c.rate(WEBSITE, Rating::Ist(Some(0))).unwrap();
    c.rate(WEBSITE, Rating::Soll(Some(1))).unwrap();
    assert_eq!(c.next(), Err(SelfCheckError::Unrated(CHECKOUT)));
    c.rate(CHECKOUT, Rating::Ist(Some(0))).unwrap();
    c.rate(CHECKOUT, Rating::Soll(Some(0))).unwrap();
    assert!(c.is_complete());
    assert_eq!(c.next(), Ok(Step::Result));
    assert_eq!(c.back(), Ok(Step::RateTouchpoints));
    c.next().unwrap();
    // Clearing a rating on the result moves the wizard back to where it is needed.
    c.rate(CHECKOUT, Rating::Ist(None)).unwrap();
    assert_eq!(c.step(), Step::RateTouchpoints);
    assert_eq!(c.blocker(), Some(SelfCheckError::Unrated(CHECKOUT)));
    assert_eq!(c.furthest_step(), Step::RateTouchpoints);
}

#[test]
fn start_and_reset() {
    let mut c = SelfCheck::new();
    assert!(!c.is_started());
    c.answer(Factor::Wow, 1).unwrap();
    assert!(c.is_started());
    c.reset();
    assert_eq!(c, SelfCheck::new());
}

// ----- persistence ---------------------------------------------------------------------------

#[test]
fn stored_json_is_exact_and_round_trips() {
    let mut c = sample();
    c.go_to(Step::RateTouchpoints).unwrap();
    let json = c.to_json();
    assert_eq!(
        json,
        r#"{"version":1,"answers":[3,1,2,0,4,4,4,2],"touchpoints":[{"library_index":10,"importance":4,"ist":-1,"soll":1},{"library_index":22,"importance":2,"ist":1,"soll":2}],"step":9}"#
    );
    assert_eq!(SelfCheck::restore(&json), Ok(c.clone()));
    assert_eq!(serde_json::from_str::<SelfCheck>(&json).unwrap(), c);
    let fresh = SelfCheck::new().to_json();
    assert_eq!(
        fresh,
        r#"{"version":1,"answers":[null,null,null,null,null,null,null,null],"touchpoints":[],"step":0}"#
    );
    assert_eq!(SelfCheck::restore(&fresh), Ok(SelfCheck::new()));
}

#[test]
fn restore_fills_missing_fields_and_ignores_unknown_ones() {
    assert_eq!(SelfCheck::restore("{}"), Ok(SelfCheck::new()));
    let c = SelfCheck::restore(
        r#"{"answers":[1,null,null,null,null,null,null,null],"touchpoints":[{"library_index":10}],"later":true}"#,
    )
    .unwrap();
    assert_eq!(c.answer_of(Factor::Goals), Some(1));
    assert_eq!(c.touchpoint(WEBSITE).unwrap().importance, 3);
    assert_eq!(c.step(), Step::Question(Factor::Goals));
}

#[test]
fn restore_gives_typed_errors_for_out_of_range_values() {
    let with_answers = |a: &str| format!(r#"{{"answers":{a}}}"#);
    let with_tp = |tp: &str| format!(r#"{{"touchpoints":[{tp}]}}"#);
    let cases: Vec<(String, SelfCheckError)> = vec![
        (
            with_answers("[5,0,0,0,0,0,0,0]"),
            SelfCheckError::InvalidLevel(5),
        ),
        (
            with_answers("[0,0,0,-1,0,0,0,0]"),
            SelfCheckError::InvalidLevel(-1),
        ),
        (
            with_answers("[0,0,0,0,0,0,0,300]"),
            SelfCheckError::InvalidLevel(300),
        ),
        (
            with_answers("[0,0,0,0,0,0,0]"),
            SelfCheckError::WrongAnswerCount(7),
        ),
        (
            with_answers("[0,0,0,0,0,0,0,0,0]"),
            SelfCheckError::WrongAnswerCount(9),
        ),
        (
            with_tp(r#"{"library_index":10,"importance":9}"#),
            SelfCheckError::InvalidImportance(9),
        ),
        (
            with_tp(r#"{"library_index":10,"importance":0}"#),
            SelfCheckError::InvalidImportance(0),
        ),
        (
            with_tp(r#"{"library_index":10,"ist":-3}"#),
            SelfCheckError::InvalidRating(-3),
        ),
        (
            with_tp(r#"{"library_index":10,"soll":200}"#),
            SelfCheckError::InvalidRating(200),
        ),
        (
            with_tp(r#"{"library_index":999}"#),
            SelfCheckError::UnknownLibraryEntry(999),
        ),
        (
            with_tp(r#"{"library_index":18446744073709551615}"#),
            SelfCheckError::UnknownLibraryEntry(u64::MAX),
        ),
        (
            with_tp(r#"{"library_index":10},{"library_index":10}"#),
            SelfCheckError::DuplicateTouchpoint(10),
        ),
        (
            with_tp(
                &(0..13)
                    .map(|i| format!(r#"{{"library_index":{i}}}"#))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            SelfCheckError::TooManyTouchpoints { max: 12 },
        ),
        (r#"{"step":11}"#.into(), SelfCheckError::InvalidStep(11)),
        (
            r#"{"step":18446744073709551615}"#.into(),
            SelfCheckError::InvalidStep(u64::MAX),
        ),
        (r#"{"version":2}"#.into(), SelfCheckError::NewerVersion(2)),
    ];
    for (json, expected) in cases {
        assert_eq!(SelfCheck::restore(&json), Err(expected.clone()), "{json}");
        // Plain serde validates the same way.
        assert!(serde_json::from_str::<SelfCheck>(&json).is_err(), "{json}");
    }
}

#[test]
fn restore_moves_a_step_beyond_the_blocker_back() {
    let c =
        SelfCheck::restore(r#"{"answers":[1,2,3,null,null,null,null,null],"step":10}"#).unwrap();
    assert_eq!(c.step(), Step::Question(Factor::Journey));
    let c = SelfCheck::restore(
        r#"{"answers":[1,2,3,4,0,1,2,3],"touchpoints":[{"library_index":5,"ist":1}],"step":10}"#,
    )
    .unwrap();
    assert_eq!(c.step(), Step::RateTouchpoints);
    let c = SelfCheck::restore(r#"{"answers":[1,2,3,4,0,1,2,3],"step":10}"#).unwrap();
    assert_eq!(c.step(), Step::Result);
}

#[test]
fn restore_of_garbage_never_panics() {
    let deep = "[".repeat(100_000);
    let long = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_STATE_JSON));
    let garbage = [
        "",
        " ",
        "null",
        "true",
        "42",
        "\"text\"",
        "[]",
        "[1,2,3]",
        "{",
        "{\"answers\":",
        "{\"answers\":5}",
        "{\"answers\":[\"a\",0,0,0,0,0,0,0]}",
        "{\"answers\":[1.5,0,0,0,0,0,0,0]}",
        "{\"answers\":[1e400,0,0,0,0,0,0,0]}",
        "{\"touchpoints\":{}}",
        "{\"touchpoints\":[1]}",
        "{\"touchpoints\":[{}]}",
        "{\"touchpoints\":[{\"library_index\":-1}]}",
        "{\"step\":-1}",
        "{\"step\":1e30}",
        "{\"step\":\"3\"}",
        "{\"version\":0}",
        "{\"version\":-1}",
        "\u{0}\u{1}\u{2}",
        "{\"answers\":[null,null,null,null,null,null,null,null]}garbage",
        &deep,
    ];
    for g in garbage {
        assert!(SelfCheck::restore(g).is_err(), "{g:.60}");
    }
    assert_eq!(
        SelfCheck::restore(&long),
        Err(SelfCheckError::TooLong {
            max: MAX_STATE_JSON
        })
    );
}

proptest! {
    #[test]
    fn restore_never_panics_on_any_text(text in ".{0,200}") {
        let _ = SelfCheck::restore(&text);
    }

    #[test]
    fn restore_never_panics_on_any_numbers(
        answers in proptest::collection::vec(proptest::option::of(any::<i64>()), 0..12),
        tps in proptest::collection::vec(
            (any::<u64>(), any::<i64>(), proptest::option::of(-5i64..5), proptest::option::of(any::<i64>())),
            0..15,
        ),
        step in any::<u64>(),
    ) {
        let json = serde_json::json!({
            "answers": answers,
            "touchpoints": tps.iter().map(|(i, imp, ist, soll)| serde_json::json!({
                "library_index": i % 60, "importance": imp % 8, "ist": ist, "soll": soll,
            })).collect::<Vec<_>>(),
            "step": step % 14,
        });
        if let Ok(c) = SelfCheck::restore(&json.to_string()) {
            // Whatever is accepted is consistent and round-trips.
            prop_assert!(c.step_index() <= c.furthest_step().index());
            prop_assert!(c.touchpoints().len() <= MAX_QUICK_TOUCHPOINTS);
            prop_assert_eq!(SelfCheck::restore(&c.to_json()), Ok(c.clone()));
            prop_assert_eq!(link::decode(&link::encode(&c)).map(|d| d.answers().to_owned()), Ok(*c.answers()));
        }
    }
}

// ----- the result ----------------------------------------------------------------------------

#[test]
fn maturity_is_the_mean_level_as_percent_rounded_half_up() {
    let score = |levels: &[u8]| answered(levels).result(Lang::De).maturity;
    assert_eq!(SelfCheck::new().result(Lang::De).maturity, None);
    assert_eq!(score(&LEVELS), Some(63)); // 20 / 32 = 62.5 %
    assert_eq!(score(&[4; 8]), Some(100));
    assert_eq!(score(&[0; 8]), Some(0));
    assert_eq!(score(&[1]), Some(25));
    assert_eq!(score(&[1, 2]), Some(38)); // 37.5
    assert_eq!(score(&[1, 2, 2]), Some(42)); // 41.67
    assert_eq!(score(&[2, 2, 3]), Some(58)); // 58.33
    assert_eq!(score(&[0, 0, 0, 1]), Some(6)); // 6.25
    let r = answered(&[1, 2]).result(Lang::En);
    assert_eq!(r.answered, 2);
    assert_eq!(r.band, Some(MaturityBand::FirstSteps));
}

#[test]
fn maturity_bands() {
    assert_eq!(MaturityBand::of(0), MaturityBand::Starting);
    assert_eq!(MaturityBand::of(24), MaturityBand::Starting);
    assert_eq!(MaturityBand::of(25), MaturityBand::FirstSteps);
    assert_eq!(MaturityBand::of(49), MaturityBand::FirstSteps);
    assert_eq!(MaturityBand::of(50), MaturityBand::OnTheWay);
    assert_eq!(MaturityBand::of(74), MaturityBand::OnTheWay);
    assert_eq!(MaturityBand::of(75), MaturityBand::Advanced);
    assert_eq!(MaturityBand::of(100), MaturityBand::Advanced);
}

#[test]
fn factors_for_the_radar() {
    let r = answered(&[3, 1]).result(Lang::De);
    assert_eq!(r.factors[0], (Factor::Goals, Some(3)));
    assert_eq!(r.factors[1], (Factor::Silos, Some(1)));
    assert_eq!(r.factors[7], (Factor::Tracking, None));
    assert_eq!(
        r.levels(),
        [Some(3), Some(1), None, None, None, None, None, None]
    );
}

#[test]
fn top_gaps_are_the_lowest_levels_ties_in_factor_order() {
    // Levels 3,1,2,0,4,4,4,2: gaps journey 4, silos 3, overview 2 = tracking 2 (overview first).
    let r = answered(&LEVELS).result(Lang::En);
    let got: Vec<(Factor, u8, u8)> = r
        .top_gaps
        .iter()
        .map(|g| (g.factor, g.level, g.gap))
        .collect();
    assert_eq!(
        got,
        [
            (Factor::Journey, 0, 4),
            (Factor::Silos, 1, 3),
            (Factor::Overview, 2, 2)
        ]
    );
    let first = &r.top_gaps[0];
    assert_eq!(
        first.factor_name,
        "Capture and understand the customer journey"
    );
    assert_eq!(
        first.level_text,
        "We have never looked at the customer journey."
    );
    assert_eq!(
        Advice::built_in(Lang::En).get(first.factor, first.level),
        Factor::Journey.recommendation(Lang::En, 0)
    );
    // All equal: the first three factors.
    let r = answered(&[2; 8]).result(Lang::De);
    let got: Vec<Factor> = r.top_gaps.iter().map(|g| g.factor).collect();
    assert_eq!(got, [Factor::Goals, Factor::Silos, Factor::Overview]);
    // Unanswered factors are no gaps; level 4 is none either.
    let r = answered(&[4, 1]).result(Lang::De);
    let got: Vec<Factor> = r.top_gaps.iter().map(|g| g.factor).collect();
    assert_eq!(got, [Factor::Silos]);
    assert!(answered(&[4; 8]).result(Lang::De).top_gaps.is_empty());
    assert!(SelfCheck::new().result(Lang::De).top_gaps.is_empty());
}

#[test]
fn every_factor_and_level_below_four_gives_a_recommendation() {
    for lang in Lang::ALL {
        for f in Factor::ALL {
            for level in 0..LEVEL_MAX {
                let mut c = SelfCheck::new();
                c.answer(f, level).unwrap();
                let r = c.result(lang);
                assert_eq!(r.top_gaps.len(), 1);
                let g = &r.top_gaps[0];
                assert_eq!((g.factor, g.level, g.gap), (f, level, 4 - level));
                let advice = Advice::built_in(lang);
                assert!(advice.get(g.factor, g.level).is_some_and(|t| !t.is_empty()));
                assert!(!g.level_text.is_empty());
                assert_eq!(g.factor_name, f.name(lang));
            }
        }
    }
}

#[test]
fn experience_index_and_touchpoint_gaps() {
    // Ist: (4·−1 + 2·1) / 6 = −1/3 → (−1/3 + 2) / 4 · 100 = 41.67
    // Soll: (4·1 + 2·2) / 6 = 4/3 → (4/3 + 2) / 4 · 100 = 83.33
    let c = sample();
    let r = c.result(Lang::En);
    assert!(close(r.index_ist.unwrap(), 125.0 / 3.0));
    assert!(close(r.index_soll.unwrap(), 250.0 / 3.0));
    let model = c.to_model(Lang::En);
    assert_eq!(
        r.index_ist,
        experience_index(&model.touchpoints, Which::Ist)
    );
    assert_eq!(r.touchpoints.len(), 2);
    let web = &r.touchpoints[0];
    assert_eq!((web.name, web.gap, web.priority), ("Website", Some(2), 8));
    let shop = &r.touchpoints[1];
    assert_eq!(
        (shop.name, shop.gap, shop.priority),
        ("Online shop checkout", Some(1), 2)
    );
    let biggest: Vec<usize> = r
        .biggest_touchpoint_gaps(3)
        .iter()
        .map(|t| t.library_index)
        .collect();
    assert_eq!(biggest, [WEBSITE, CHECKOUT]);
    // Nothing rated: no index.
    let r = answered(&LEVELS).result(Lang::De);
    assert_eq!((r.index_ist, r.index_soll), (None, None));
}

// ----- the radar -----------------------------------------------------------------------------

#[test]
fn radar_points_start_at_the_top_and_go_clockwise() {
    let h = 80.0 * FRAC_1_SQRT_2; // 56.57
    let values = [
        Some(4),
        Some(2),
        Some(4),
        None,
        Some(0),
        Some(4),
        Some(1),
        Some(3),
    ];
    let points = radar_points(&values, 100.0, 100.0, 80.0);
    close_points(
        &points,
        &[
            (100.0, 20.0),                        // 0: up, level 4
            (100.0 + h / 2.0, 100.0 - h / 2.0),   // 1: up-right, level 2
            (180.0, 100.0),                       // 2: right, level 4
            (100.0, 100.0),                       // 3: not answered = centre
            (100.0, 100.0),                       // 4: level 0 = centre
            (100.0 - h, 100.0 + h),               // 5: down-left, level 4
            (80.0, 100.0),                        // 6: left, level 1
            (100.0 - h * 0.75, 100.0 - h * 0.75), // 7: up-left, level 3
        ],
    );
    assert_eq!(
        svg_points(&points),
        "100,20 128.28,71.72 180,100 100,100 100,100 43.43,156.57 80,100 57.57,57.57"
    );
    // Levels above 4 count as 4.
    assert_eq!(
        radar_points(&[Some(9); 8], 0.0, 0.0, 10.0),
        radar_points(&[Some(4); 8], 0.0, 0.0, 10.0)
    );
}

#[test]
fn radar_axes_rings_and_labels() {
    let axes = radar_axes(50.0, 50.0, 40.0);
    assert_eq!(axes.len(), AXES);
    assert_eq!(axes[0], (50.0, 10.0));
    assert_eq!(axes[2], (90.0, 50.0));
    assert_eq!(axes[4], (50.0, 90.0));
    assert_eq!(axes[6], (10.0, 50.0));
    assert_eq!(
        svg_points(&axes),
        "50,10 78.28,21.72 90,50 78.28,78.28 50,90 21.72,78.28 10,50 21.72,21.72"
    );
    assert_eq!(radar_ring(4, 50.0, 50.0, 40.0), axes);
    let ring = radar_ring(2, 50.0, 50.0, 40.0);
    assert_eq!(ring[0], (50.0, 30.0));
    let anchors: Vec<Anchor> = (0..AXES)
        .map(|i| radar_label(i, 50.0, 50.0, 40.0, 6.0).anchor)
        .collect();
    use Anchor::{End, Middle, Start};
    assert_eq!(
        anchors,
        [Middle, Start, Start, Start, Middle, End, End, End]
    );
    let top = radar_label(0, 50.0, 50.0, 40.0, 6.0);
    assert_eq!((top.x, top.y), (50.0, 4.0));
    assert_eq!(Start.svg(), "start");
    assert_eq!(svg_points(&[(-0.001, 0.004)]), "0,0");
}

// ----- the workspace model and links ---------------------------------------------------------

#[test]
fn to_model_builds_a_valid_workspace_model() {
    let c = sample();
    let model = c.to_model(Lang::De);
    assert_eq!(model.meta.title, "Selbstcheck");
    assert_eq!(model.stages.len(), 5);
    assert_eq!(model.touchpoints.len(), 2);
    let web = &model.touchpoints[0];
    assert_eq!(web.name, "Website");
    assert_eq!(web.stage, "information");
    assert_eq!(web.importance.value(), 4);
    assert_eq!(web.ist.map(|e| e.value()), Some(-1));
    assert_eq!(web.soll.map(|e| e.value()), Some(1));
    let shop = &model.touchpoints[1];
    assert_eq!(shop.name, "Onlineshop-Bestellung");
    assert_eq!(shop.stage, "purchase");
    assert_eq!(restore(model.clone()), Ok(model.clone()));
    // Through the share codec and back.
    let fragment = share::encode(&model);
    assert_eq!(share::decode(&fragment).unwrap(), model);
    // Nothing picked: an empty model with default stages.
    assert!(SelfCheck::new().to_model(Lang::En).touchpoints.is_empty());
}

#[test]
fn result_link_is_exact_and_round_trips() {
    let c = sample();
    let fragment = link::encode(&c);
    assert_eq!(fragment, "sc1.31204442.10-413,22-234");
    let back = link::decode(&fragment).unwrap();
    assert_eq!(back.answers(), c.answers());
    assert_eq!(back.touchpoints(), c.touchpoints());
    assert_eq!(back.step(), Step::Result);
    assert_eq!(
        link::decode(&format!("https://example.com/app/#{fragment}")).unwrap(),
        back
    );
    assert!(link::is_link(&fragment));
    assert!(link::is_link("#sc2.x"));
    assert!(!link::is_link("#kp1.abc"));

    let partial = SelfCheck::restore(
        r#"{"answers":[3,1,2,0,null,4,4,2],"touchpoints":[{"library_index":10,"importance":4,"ist":-1,"soll":1},{"library_index":22,"importance":5,"ist":0}]}"#,
    )
    .unwrap();
    assert_eq!(link::encode(&partial), "sc1.3120_442.10-413,22-52_");
    let back = link::decode("sc1.3120_442.10-413,22-52_").unwrap();
    assert_eq!(back, {
        let mut p = partial.clone();
        p.go_to(Step::Question(Factor::KeyTouchpoints)).unwrap();
        p
    });
    assert_eq!(link::encode(&SelfCheck::new()), "sc1.________");
}

#[test]
fn bad_result_links_are_typed_errors() {
    let cases = [
        ("", SelfCheckError::NotALink),
        ("#kp1.abc", SelfCheckError::NotALink),
        ("sc.1234", SelfCheckError::NotALink),
        ("sc2.44444444", SelfCheckError::NewerVersion(2)),
        ("sc1.", SelfCheckError::BadLink),
        ("sc1.4444444", SelfCheckError::BadLink),
        ("sc1.444444444", SelfCheckError::BadLink),
        ("sc1.4444444x", SelfCheckError::BadLink),
        ("sc1.44444444.", SelfCheckError::BadLink),
        ("sc1.44444444.10", SelfCheckError::BadLink),
        ("sc1.44444444.10-41", SelfCheckError::BadLink),
        ("sc1.44444444.10-4133", SelfCheckError::BadLink),
        ("sc1.44444444.010-413", SelfCheckError::BadLink),
        ("sc1.44444444.10-_13", SelfCheckError::BadLink),
        ("sc1.44444444.10-413,", SelfCheckError::BadLink),
        ("sc1.5_______", SelfCheckError::InvalidLevel(5)),
        (
            "sc1.________.999-3__",
            SelfCheckError::UnknownLibraryEntry(999),
        ),
        ("sc1.________.10-6__", SelfCheckError::InvalidImportance(6)),
        ("sc1.________.10-35_", SelfCheckError::InvalidRating(3)),
        (
            "sc1.________.10-3__,10-3__",
            SelfCheckError::DuplicateTouchpoint(10),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(link::decode(text), Err(expected), "{text}");
    }
    let long = format!("sc1.{}", "4".repeat(link::MAX_LINK));
    assert_eq!(
        link::decode(&long),
        Err(SelfCheckError::TooLong {
            max: link::MAX_LINK
        })
    );
    let thirteen = (0..13)
        .map(|i| format!("{i}-3__"))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        link::decode(&format!("sc1.________.{thirteen}")),
        Err(SelfCheckError::TooManyTouchpoints { max: 12 })
    );
}

#[test]
fn the_stored_form_resumes_on_the_same_step_and_refuses_damage() {
    use kontaktpunkt_core::selfcheck::link::{restore, to_stored};
    let mut check = SelfCheck::default();
    for (factor, level) in Factor::ALL.iter().zip([3, 1, 2]) {
        check.answer(*factor, level).unwrap();
        check.next().unwrap();
    }
    check.back().unwrap();
    let stored = to_stored(&check);
    assert_eq!(stored, "sc1.312_____@2");
    let back = restore(&stored).unwrap();
    assert_eq!(back, check);
    // A step beyond what is answered moves back to the first open one.
    assert_eq!(restore("sc1.312_____@9").unwrap().step_index(), 3);
    for bad in [
        "",
        "sc1.312_____",
        "sc1.312_____@",
        "sc1.312_____@x",
        "sc1.31@1",
        "{\"version\":1}",
        "sc1.312_____@1234",
    ] {
        assert!(restore(bad).is_err(), "{bad:?} was accepted");
    }
}

#[test]
fn the_result_index_is_the_workspace_index_of_the_starter_model() {
    let mut check = SelfCheck::default();
    for factor in Factor::ALL {
        check.answer(factor, 2).unwrap();
    }
    for (i, (importance, ist, soll)) in [(4, -1, 1), (2, -2, 0), (5, 2, 2), (1, 0, -1)]
        .into_iter()
        .enumerate()
    {
        let pick = i * 3;
        check.toggle_touchpoint(pick).unwrap();
        check.rate(pick, Rating::Importance(importance)).unwrap();
        check.rate(pick, Rating::Ist(Some(ist))).unwrap();
        if i != 3 {
            check.rate(pick, Rating::Soll(Some(soll))).unwrap();
        }
    }
    for lang in Lang::ALL {
        let result = check.result(lang);
        let model = check.to_model(lang);
        assert_eq!(
            result.index_ist,
            experience_index(&model.touchpoints, Which::Ist)
        );
        assert_eq!(
            result.index_soll,
            experience_index(&model.touchpoints, Which::Soll)
        );
        assert!(result.index_ist.is_some() && result.index_soll.is_some());
    }
}
