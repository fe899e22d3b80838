#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The starter library (`library.rs`): enough typical touchpoints, each valid in both languages,
//! and addable to a fresh model in one step.

use std::collections::HashSet;

use kontaktpunkt_core::domain::action::{ListKind, NewTouchpoint, OnDelete};
use kontaktpunkt_core::domain::library::{Audience, StarterTouchpoint, STARTER_LIBRARY};
use kontaktpunkt_core::domain::model::{Channel, Contact, Id, DEFAULT_STAGES, MAX_NAME_CHARS};
use kontaktpunkt_core::{Action, Lang, Model};

const T0: f64 = 1_000.0;

fn stage_keys() -> Vec<&'static str> {
    DEFAULT_STAGES.iter().map(|(key, _, _)| *key).collect()
}

/// What the library picker does: preset stage if the model still has it, else `fallback`.
fn picks(model: &Model, lang: Lang, fallback: &str) -> Vec<NewTouchpoint> {
    STARTER_LIBRARY
        .iter()
        .map(|s| s.to_new(lang, model.stage(s.stage).is_some(), fallback))
        .collect()
}

#[test]
fn library_has_at_least_forty_entries() {
    assert!(
        STARTER_LIBRARY.len() >= 40,
        "only {} entries",
        STARTER_LIBRARY.len()
    );
}

#[test]
fn every_stage_is_a_default_stage() {
    let keys = stage_keys();
    for s in &STARTER_LIBRARY {
        assert!(
            keys.contains(&s.stage),
            "{:?} has unknown stage {:?}",
            s.en,
            s.stage
        );
    }
}

#[test]
fn every_default_stage_offers_entries() {
    for key in stage_keys() {
        let n = STARTER_LIBRARY.iter().filter(|s| s.stage == key).count();
        assert!(n > 0, "no starter touchpoints for stage {key}");
    }
}

#[test]
fn names_are_non_empty_trimmed_and_not_too_long() {
    for s in &STARTER_LIBRARY {
        for name in [s.de, s.en] {
            assert!(
                !name.trim().is_empty(),
                "empty name in {:?}/{:?}",
                s.de,
                s.en
            );
            assert_eq!(name, name.trim(), "untrimmed name {name:?}");
            assert!(name.chars().count() <= MAX_NAME_CHARS, "{name:?} too long");
        }
    }
}

#[test]
fn names_are_unique_per_language() {
    for lang in [Lang::De, Lang::En] {
        let mut seen = HashSet::new();
        for s in &STARTER_LIBRARY {
            let name = s.name(lang).to_lowercase();
            assert!(seen.insert(name), "{lang:?}: {:?} twice", s.name(lang));
        }
    }
}

#[test]
fn name_picks_the_language() {
    for s in &STARTER_LIBRARY {
        assert_eq!(s.name(Lang::De), s.de);
        assert_eq!(s.name(Lang::En), s.en);
    }
    let word_of_mouth = STARTER_LIBRARY
        .iter()
        .find(|s| s.de == "Mundpropaganda")
        .unwrap();
    assert_eq!(word_of_mouth.name(Lang::En), "Word of mouth");
}

#[test]
fn both_audiences_are_served() {
    let count = |a: Audience| STARTER_LIBRARY.iter().filter(|s| s.audience == a).count();
    assert!(count(Audience::B2b) > 0, "no B2B entries");
    assert!(count(Audience::B2c) > 0, "no B2C entries");
    assert!(count(Audience::Both) > 0, "no entries for both");
}

#[test]
fn library_covers_every_contact_and_channel() {
    for c in Contact::ALL {
        assert!(
            STARTER_LIBRARY.iter().any(|s| s.contact == *c),
            "no {c:?} entry"
        );
    }
    for c in Channel::ALL {
        assert!(
            STARTER_LIBRARY.iter().any(|s| s.channel == *c),
            "no {c:?} entry"
        );
    }
}

// ---------------------------------------------------------------- to_new

fn review_portal() -> &'static StarterTouchpoint {
    STARTER_LIBRARY
        .iter()
        .find(|s| s.en == "Review portal")
        .unwrap()
}

#[test]
fn to_new_keeps_the_preset_when_the_stage_exists() {
    let s = review_portal();
    assert_eq!(
        s.to_new(Lang::De, true, "awareness"),
        NewTouchpoint {
            name: "Bewertungsportal".into(),
            stage: "information".into(),
            contact: Contact::Indirect,
            channel: Channel::Online,
        }
    );
    assert_eq!(s.to_new(Lang::En, true, "awareness").name, "Review portal");
}

#[test]
fn to_new_falls_back_when_the_stage_is_gone() {
    let s = review_portal();
    assert_eq!(
        s.to_new(Lang::En, false, "stage-42"),
        NewTouchpoint {
            name: "Review portal".into(),
            stage: "stage-42".into(),
            contact: Contact::Indirect,
            channel: Channel::Online,
        }
    );
}

#[test]
fn to_new_copies_every_preset() {
    for s in &STARTER_LIBRARY {
        let new = s.to_new(Lang::En, true, "unused");
        assert_eq!(new.name, s.en);
        assert_eq!(new.stage, s.stage);
        assert_eq!(new.contact, s.contact);
        assert_eq!(new.channel, s.channel);
    }
}

// ---------------------------------------------------------------- adding to a model

#[test]
fn adding_the_whole_library_to_a_new_model_succeeds() {
    for lang in [Lang::De, Lang::En] {
        let m = Model::new(lang);
        let fallback = m.stages[0].key.clone();
        let list = picks(&m, lang, &fallback);
        let m = m
            .apply(Action::AddTouchpoints(list), T0)
            .unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
        assert_eq!(m.touchpoints.len(), STARTER_LIBRARY.len());
        let ids: Vec<Id> = m.touchpoints.iter().map(|t| t.id).collect();
        let expected: Vec<Id> = (1..=STARTER_LIBRARY.len() as Id).collect();
        assert_eq!(ids, expected);
        for (tp, s) in m.touchpoints.iter().zip(&STARTER_LIBRARY) {
            assert_eq!(tp.name, s.name(lang));
            assert_eq!(tp.stage, s.stage);
            assert_eq!(tp.contact, s.contact);
            assert_eq!(tp.channel, s.channel);
        }
    }
}

#[test]
fn adding_the_library_after_a_stage_was_deleted_uses_the_fallback() {
    let m = Model::new(Lang::De);
    let m = m
        .apply(
            Action::DeleteCategory {
                list: ListKind::Stages,
                key: "awareness".into(),
                on_delete: OnDelete::DeleteTouchpoints,
            },
            T0,
        )
        .unwrap();
    let fallback = m.stages[0].key.clone();
    assert_eq!(fallback, "information");
    let m = m
        .apply(Action::AddTouchpoints(picks(&m, Lang::De, &fallback)), T0)
        .unwrap();
    assert_eq!(m.touchpoints.len(), STARTER_LIBRARY.len());
    for (tp, s) in m.touchpoints.iter().zip(&STARTER_LIBRARY) {
        let expected = if s.stage == "awareness" {
            "information"
        } else {
            s.stage
        };
        assert_eq!(tp.stage, expected, "{}", tp.name);
    }
    let online_ad = m
        .touchpoints
        .iter()
        .find(|t| t.name == "Online-Anzeige")
        .unwrap();
    assert_eq!(online_ad.stage, "information");
}

#[test]
fn adding_a_preset_whose_stage_is_gone_without_fallback_is_refused() {
    // The check the picker relies on: a stale preset stage is an error, not a silent orphan.
    let m = Model::new(Lang::En)
        .apply(
            Action::DeleteCategory {
                list: ListKind::Stages,
                key: "loyalty".into(),
                on_delete: OnDelete::DeleteTouchpoints,
            },
            T0,
        )
        .unwrap();
    let newsletter = STARTER_LIBRARY
        .iter()
        .find(|s| s.en == "Newsletter")
        .unwrap();
    assert!(m
        .apply(
            Action::AddTouchpoint(newsletter.to_new(Lang::En, true, "awareness")),
            T0
        )
        .is_err());
    let m = m
        .apply(
            Action::AddTouchpoint(newsletter.to_new(
                Lang::En,
                m.stage(newsletter.stage).is_some(),
                "awareness",
            )),
            T0,
        )
        .unwrap();
    assert_eq!(m.touchpoints[0].stage, "awareness");
}
