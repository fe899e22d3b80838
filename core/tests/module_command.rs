#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The views module (views loaded on demand) names its views by key and sends the app
//! commands as JSON: the app's reader takes only what the sending view may give.

use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::rounds::command::RoundCommand;
use kontaktpunkt_core::views::command::{ModuleCommand, ViewCommand};
use kontaktpunkt_core::views::ModuleKind;

#[test]
fn every_view_is_found_by_its_key_and_no_other_key_names_one() {
    for view in ModuleKind::ALL {
        assert_eq!(ModuleKind::from_key(view.key()), Some(view));
    }
    assert_eq!(ModuleKind::from_key("rounds"), Some(ModuleKind::Rounds));
    assert_eq!(ModuleKind::from_key("report"), Some(ModuleKind::Report));
    assert_eq!(ModuleKind::from_key("present"), Some(ModuleKind::Present));
    assert_eq!(ModuleKind::from_key(""), None);
    assert_eq!(ModuleKind::from_key("Rounds"), None);
}

#[test]
fn the_rating_round_view_sends_its_round_commands() {
    let json = r#"{"do":"remove","round":"kr1.abc"}"#;
    assert_eq!(
        ModuleCommand::read(ModuleKind::Rounds, json),
        Some(ModuleCommand::Round(RoundCommand::Remove {
            round: "kr1.abc".into()
        }))
    );
}

#[test]
fn anything_else_does_not_read() {
    for json in [
        "",
        "null",
        "[]",
        r#"{"do":"wipe"}"#,
        r#"{"do":"remove"}"#,
        r#"{"do":"remove","round":"kr1.abc","more":1}"#,
    ] {
        assert_eq!(
            ModuleCommand::read(ModuleKind::Rounds, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn the_import_view_is_found_and_its_commands_are_no_module_commands() {
    assert_eq!(ModuleKind::from_key("import"), Some(ModuleKind::Import));
    // The import's commands are read by the app's import entry (`ImportCommand::read`, with
    // typed errors and a confirmation before a replace); as module commands nothing reads,
    // and a round command from the import view neither.
    for json in [r#"{"do":"close"}"#, r#"{"do":"remove","round":"kr1.abc"}"#] {
        assert_eq!(
            ModuleCommand::read(ModuleKind::Import, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn the_report_may_only_open_a_touchpoint() {
    assert_eq!(
        ModuleCommand::read(ModuleKind::Report, r#"{"do":"open","touchpoint":7}"#),
        Some(ModuleCommand::View(ViewCommand::Open { touchpoint: 7 }))
    );
    for json in [
        r#"{"do":"close"}"#,
        r#"{"do":"ist","touchpoint":7,"value":2}"#,
        r#"{"do":"remove","round":"kr1.abc"}"#,
        r#"{"do":"open","touchpoint":-1}"#,
    ] {
        assert_eq!(
            ModuleCommand::read(ModuleKind::Report, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn the_presentation_rates_opens_and_closes_and_its_ratings_are_the_models_actions() {
    let rated = Action::EditTouchpoint(4, TouchpointEdit::Ist(Some(-2)));
    let json = ViewCommand::from_action(&rated).unwrap().to_json();
    assert_eq!(json, r#"{"do":"ist","touchpoint":4,"value":-2}"#);
    let Some(ModuleCommand::View(command)) = ModuleCommand::read(ModuleKind::Present, &json) else {
        panic!("a rating reads");
    };
    assert_eq!(command.action(), Some(rated));
    let soll = Action::EditTouchpoint(4, TouchpointEdit::Soll(Some(3)));
    let json = ViewCommand::from_action(&soll).unwrap().to_json();
    let Some(ModuleCommand::View(command)) = ModuleCommand::read(ModuleKind::Present, &json) else {
        panic!("a rating reads");
    };
    assert_eq!(command.action(), Some(soll));
    assert_eq!(
        ModuleCommand::read(ModuleKind::Present, r#"{"do":"close"}"#),
        Some(ModuleCommand::View(ViewCommand::Close {}))
    );
    // Only ratings travel: a rename or a deletion is no command.
    let renamed = Action::EditTouchpoint(4, TouchpointEdit::Name("x".into()));
    assert_eq!(ViewCommand::from_action(&renamed), None);
    assert_eq!(ViewCommand::from_action(&Action::DeleteTouchpoint(4)), None);
    for json in [
        r#"{"do":"ist","touchpoint":4,"value":"high"}"#,
        r#"{"do":"soll","value":2}"#,
        r#"{"do":"close","now":true}"#,
        r#"{"do":"remove","round":"kr1.abc"}"#,
    ] {
        assert_eq!(
            ModuleCommand::read(ModuleKind::Present, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn every_kpi_and_tracking_change_survives_the_trip_from_its_own_view_only() {
    use kontaktpunkt_core::domain::kpis::{FunnelSide, FunnelStage, NpsAnswers, NpsInput};
    use kontaktpunkt_core::domain::model::{LoyaltyCounts, ReferralPeriod};
    use kontaktpunkt_core::views::command::FigureCommand;

    let nps = NpsInput {
        period: "2025-Q1".into(),
        answers: NpsAnswers::Raw("10\n9\n3".into()),
    };
    let counted = NpsInput {
        period: "2025-Q2".into(),
        answers: NpsAnswers::Counts {
            promoters: 4,
            passives: 2,
            detractors: 2,
        },
    };
    let kpis = [
        Action::AddNpsPeriod(nps),
        Action::EditNpsPeriod(0, counted),
        Action::DeleteNpsPeriod(1),
        Action::AddReferralPeriod(ReferralPeriod::default()),
        Action::EditReferralPeriod(2, ReferralPeriod::default()),
        Action::DeleteReferralPeriod(0),
        Action::SetLoyalty(LoyaltyCounts::default()),
        Action::SetCompetitor(Some("Rival AG".into())),
        Action::SetCompetitor(None),
        Action::SetFunnelFigure {
            side: FunnelSide::Competitor,
            stage: FunnelStage::Purchase,
            value: Some(150),
        },
    ];
    let tracking = [
        Action::TakeSnapshot {
            date: "2025-01-15".into(),
            label: "Baseline".into(),
        },
        Action::RenameSnapshot(1, "After".into()),
        Action::RedateSnapshot(1, "2025-04-15".into()),
        Action::DeleteSnapshot(1),
        Action::SetCycleStep(6),
        Action::SetCycleNote(6, "Guest checkout live in May.".into()),
    ];
    for (actions, own, other) in [
        (&kpis[..], ModuleKind::Kpis, ModuleKind::Tracking),
        (&tracking[..], ModuleKind::Tracking, ModuleKind::Kpis),
    ] {
        for action in actions {
            let json = FigureCommand::from_action(action).unwrap().to_json();
            let Some(ModuleCommand::Figure(command)) = ModuleCommand::read(own, &json) else {
                panic!("{json} reads from its own view");
            };
            assert_eq!(&command.into_action(), action);
            for view in [
                other,
                ModuleKind::Report,
                ModuleKind::Present,
                ModuleKind::Rounds,
            ] {
                assert_eq!(
                    ModuleCommand::read(view, &json),
                    None,
                    "{json} from {view:?}"
                );
            }
        }
    }
    // A chart's point opens a touchpoint from these views too; a touchpoint's change does not
    // travel.
    let open = r#"{"do":"open","touchpoint":3}"#;
    assert!(ModuleCommand::read(ModuleKind::Kpis, open).is_some());
    assert!(ModuleCommand::read(ModuleKind::Tracking, r#"{"do":"close"}"#).is_none());
    assert_eq!(
        FigureCommand::from_action(&Action::DeleteTouchpoint(3)),
        None
    );
    for json in [
        r#"{"do":"cycle_step"}"#,
        r#"{"do":"cycle_step","step":"six"}"#,
        r#"{"do":"funnel","side":"theirs","stage":"purchase","value":1}"#,
        r#"{"do":"nps_add","input":{"period":"Q1","answers":{"raw":"10"},"more":1}}"#,
    ] {
        assert_eq!(ModuleCommand::read(ModuleKind::Kpis, json), None, "{json}");
        assert_eq!(
            ModuleCommand::read(ModuleKind::Tracking, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn every_measure_change_survives_the_trip_from_the_measures_view_only() {
    use kontaktpunkt_core::domain::action::MeasureEdit;
    use kontaktpunkt_core::domain::model::MeasureStatus;
    use kontaktpunkt_core::views::command::FigureCommand;

    // An id from a replica's block (above 2^32) travels as it is.
    let id = (7 << 20) | 3;
    let measures = [
        Action::AddMeasure("Guest checkout".into()),
        Action::DeleteMeasure(id),
        Action::EditMeasure(id, MeasureEdit::Title("Guest checkout, phase 2".into())),
        Action::EditMeasure(id, MeasureEdit::Description("No account needed.".into())),
        Action::EditMeasure(id, MeasureEdit::Touchpoints(vec![1, id + 1])),
        Action::EditMeasure(id, MeasureEdit::Owner(Some("it".into()))),
        Action::EditMeasure(id, MeasureEdit::Owner(None)),
        Action::EditMeasure(id, MeasureEdit::Due(Some("2026-05-01".into()))),
        Action::EditMeasure(id, MeasureEdit::Due(None)),
        Action::EditMeasure(id, MeasureEdit::Effort(3)),
        Action::EditMeasure(id, MeasureEdit::Status(MeasureStatus::Done)),
        Action::EditMeasure(id, MeasureEdit::Best(Some(2))),
        Action::EditMeasure(id, MeasureEdit::Realistic(Some(1))),
        Action::EditMeasure(id, MeasureEdit::Worst(None)),
    ];
    for action in &measures {
        let json = FigureCommand::from_action(action).unwrap().to_json();
        let Some(ModuleCommand::Figure(command)) = ModuleCommand::read(ModuleKind::Measures, &json)
        else {
            panic!("{json} reads from the measures view");
        };
        assert_eq!(&command.into_action(), action);
        for view in [ModuleKind::Kpis, ModuleKind::Tracking, ModuleKind::Report] {
            assert_eq!(
                ModuleCommand::read(view, &json),
                None,
                "{json} from {view:?}"
            );
        }
    }
    // A plan warning's touchpoint opens; the KPIs' and tracking's changes are not the
    // measures view's; a malformed measure command does not read.
    assert_eq!(
        ModuleCommand::read(ModuleKind::Measures, r#"{"do":"open","touchpoint":3}"#),
        Some(ModuleCommand::View(ViewCommand::Open { touchpoint: 3 }))
    );
    for json in [
        r#"{"do":"cycle_step","step":6}"#,
        r#"{"do":"snapshot_delete","snapshot":1}"#,
        r#"{"do":"measure_effort","measure":1,"effort":-1}"#,
        r#"{"do":"measure_status","measure":1,"status":"finished"}"#,
        r#"{"do":"measure_delete"}"#,
        r#"{"do":"measure_title","measure":1,"text":"x","more":1}"#,
        r#"{"do":"ist","touchpoint":4,"value":2}"#,
    ] {
        assert_eq!(
            ModuleCommand::read(ModuleKind::Measures, json),
            None,
            "{json}"
        );
    }
}

#[test]
fn a_command_longer_than_a_model_may_be_is_not_read() {
    use kontaktpunkt_core::domain::limits::MAX_MODEL_JSON_BYTES;
    let title = "x".repeat(MAX_MODEL_JSON_BYTES);
    let json = format!(r#"{{"do":"measure_add","title":"{title}"}}"#);
    assert_eq!(ModuleCommand::read(ModuleKind::Measures, &json), None);
    let short = r#"{"do":"measure_add","title":"x"}"#;
    assert!(ModuleCommand::read(ModuleKind::Measures, short).is_some());
}
