//! The text layer: counted phrases keep the noun in the number of the count for 0, 1 and 2
//! in both languages, composed phrases read as whole sentences, and every word accessor has
//! a word in every language.

use kontaktpunkt_core::domain::kpis::FunnelStage;
use kontaktpunkt_core::domain::model::{
    Channel, Contact, CycleStep, Decision, Effort, Experience, FactorKind, Flag, Importance,
    LoyaltySegment, MeasureStatus, Scenario,
};
use kontaktpunkt_core::figures::analysis::Quadrant;
use kontaktpunkt_core::selfcheck::embed::{Mode, SnippetError};
use kontaktpunkt_core::Lang;

#[test]
fn touchpoint_counts_for_zero_one_two() {
    let (de, en) = (&Lang::De.texts().common, &Lang::En.texts().common);
    let counts =
        |t: &kontaktpunkt_core::text::common::CommonTexts| [0, 1, 2].map(|n| t.touchpoint_count(n));
    assert_eq!(
        counts(de),
        ["0 Kontaktpunkte", "1 Kontaktpunkt", "2 Kontaktpunkte"]
    );
    assert_eq!(
        counts(en),
        ["0 touchpoints", "1 touchpoint", "2 touchpoints"]
    );
    assert_eq!(en.touchpoint_count(300), "300 touchpoints");
}

#[test]
fn shown_of_total_for_zero_one_two() {
    let (de, en) = (&Lang::De.texts().workspace, &Lang::En.texts().workspace);
    assert_eq!(de.shown_of(0, 0), "0 von 0 Kontaktpunkten");
    assert_eq!(de.shown_of(1, 1), "1 von 1 Kontaktpunkt");
    assert_eq!(de.shown_of(0, 1), "0 von 1 Kontaktpunkt");
    assert_eq!(de.shown_of(1, 2), "1 von 2 Kontaktpunkten");
    assert_eq!(de.shown_of(14, 300), "14 von 300 Kontaktpunkten");
    assert_eq!(en.shown_of(0, 0), "0 of 0 touchpoints");
    assert_eq!(en.shown_of(1, 1), "1 of 1 touchpoint");
    assert_eq!(en.shown_of(0, 1), "0 of 1 touchpoint");
    assert_eq!(en.shown_of(2, 2), "2 of 2 touchpoints");
    assert_eq!(en.shown_of(300, 300), "300 of 300 touchpoints");
}

#[test]
fn characters_and_selected_for_zero_one_two() {
    let (de, en) = (&Lang::De.texts().share, &Lang::En.texts().share);
    assert_eq!(
        [0, 1, 2].map(|n| de.characters(n)),
        ["0 Zeichen", "1 Zeichen", "2 Zeichen"]
    );
    assert_eq!(
        [0, 1, 2].map(|n| en.characters(n)),
        ["0 characters", "1 character", "2 characters"]
    );
    let (de, en) = (&Lang::De.texts().plan, &Lang::En.texts().plan);
    assert_eq!(
        [0, 1, 2].map(|n| de.selected_count(n)),
        ["0 ausgewählt", "1 ausgewählt", "2 ausgewählt"]
    );
    assert_eq!(
        [0, 1, 2].map(|n| en.selected_count(n)),
        ["0 selected", "1 selected", "2 selected"]
    );
}

#[test]
fn composed_phrases_in_both_languages() {
    let (de, en) = (Lang::De.texts(), Lang::En.texts());
    // The name is isolated (U+2068 … U+2069): its own direction cannot turn the sentence.
    assert_eq!(
        de.shell.deleted("Website"),
        "Gelöscht: \u{2068}Website\u{2069}"
    );
    assert_eq!(
        en.shell.deleted("Website"),
        "Deleted: \u{2068}Website\u{2069}"
    );
    assert_eq!(de.share.updated("03.05.2025"), "geändert 03.05.2025");
    assert_eq!(en.share.updated("2025-05-03"), "updated 2025-05-03");
    assert_eq!(de.embed.mode_name(Mode::View), "Nur ansehen");
    assert_eq!(en.embed.mode_name(Mode::SelfCheck), "Self-check");
    assert!(en
        .embed
        .snippet_error(SnippetError::LinkTooLong { chars: 8001 })
        .contains("8001 characters"));
}

#[test]
fn every_word_accessor_has_a_word_in_every_language() {
    for lang in Lang::ALL {
        let t = lang.texts();
        assert_eq!(t.lang(), lang);
        let mut words: Vec<&str> = Vec::new();
        words.extend(Experience::ALL.map(|e| t.experience(e)));
        words.extend(Importance::ALL.map(|i| t.importance_word(i)));
        words.extend(Effort::ALL.map(|e| t.effort_word(e)));
        words.extend(CycleStep::ALL.map(|s| t.cycle_step(s)));
        words.extend(LoyaltySegment::ALL.map(|s| t.loyalty_segment(s)));
        words.extend(Contact::ALL.iter().map(|c| t.contact(*c)));
        words.extend(Channel::ALL.iter().map(|c| t.channel(*c)));
        words.extend(Decision::ALL.iter().map(|d| t.decision(*d)));
        words.extend(Flag::ALL.iter().map(|f| t.flag(*f)));
        words.extend(FactorKind::ALL.iter().map(|f| t.factor(*f)));
        words.extend(MeasureStatus::ALL.iter().map(|s| t.measure_status(*s)));
        words.extend(Scenario::ALL.iter().map(|s| t.scenario(*s)));
        words.extend(FunnelStage::ALL.iter().map(|s| t.funnel_stage(*s)));
        words.extend(Mode::ALL.map(|m| t.embed.mode_name(m)));
        words.extend(
            [
                Quadrant::FixFirst,
                Quadrant::KeepItUp,
                Quadrant::LowPriority,
                Quadrant::PossibleOverkill,
            ]
            .map(|q| t.quadrant(q)),
        );
        assert!(words.iter().all(|w| !w.is_empty()), "{lang:?}: {words:?}");
    }
    let (de, en) = (Lang::De.texts(), Lang::En.texts());
    assert_eq!(de.flag(Flag::MomentOfTruth), "Moment der Wahrheit");
    assert_eq!(en.flag(Flag::MomentOfTruth), "Moment of truth");
    assert_eq!(en.importance_word(Importance::ALL[2]), "medium");
    assert_eq!(de.effort_word(Effort::ALL[4]), "sehr hoch");
}

#[test]
fn a_name_from_a_link_is_isolated_from_the_sentence_around_it() {
    use kontaktpunkt_core::io::share::ShareError;
    use kontaktpunkt_core::text::share::error_text;
    use kontaktpunkt_core::ModelError;
    let rlo = "Evil\u{202E}name";
    let e = ShareError::Invalid(ModelError::UnknownStage(rlo.into()));
    for lang in Lang::ALL {
        let text = error_text(&e, lang);
        let inside = format!("\u{2068}{rlo}\u{2069}");
        assert!(text.contains(&inside), "{text:?}");
        // Nothing of the app's own words sits between the override and its isolate's end.
        let after = text.split('\u{202E}').nth(1).unwrap_or_default();
        assert!(after.starts_with("name\u{2069}"), "{text:?}");
    }
}

#[test]
fn a_parser_message_reads_in_the_users_language() {
    use kontaktpunkt_core::domain::validate::model_from_json;
    let Err(e) = model_from_json("{\"version\":1,\"stages\":[") else {
        unreachable!("a cut-short model does not load");
    };
    let de = Lang::De.texts().error(&e);
    assert_eq!(
        de,
        "Die Daten sind kein gültiges Modell: der Text bricht vorzeitig ab (Zeile 1, Spalte 23)."
    );
    for english in [
        "EOF",
        "expected",
        "while parsing",
        "missing field",
        "invalid type",
    ] {
        assert!(!de.contains(english), "{de:?}");
    }
    let Err(e) = model_from_json("{\"version\":1,\"stages\":\"x\"}") else {
        unreachable!("stages that are not a list do not load");
    };
    let de = Lang::De.texts().error(&e);
    assert!(
        de.starts_with(
            "Die Daten sind kein gültiges Modell: ein Wert fehlt oder hat die falsche Art"
        ),
        "{de:?}"
    );
    assert!(!de.contains("invalid type"), "{de:?}");
}
