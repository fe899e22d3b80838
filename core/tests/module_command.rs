#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The views module (views loaded on demand) names its views by key and sends the app
//! commands as JSON: the app's reader takes only what the sending view may give.

use kontaktpunkt_core::rounds::command::RoundCommand;
use kontaktpunkt_core::views::command::ModuleCommand;
use kontaktpunkt_core::views::ModuleKind;

#[test]
fn every_view_is_found_by_its_key_and_no_other_key_names_one() {
    for view in ModuleKind::ALL {
        assert_eq!(ModuleKind::from_key(view.key()), Some(view));
    }
    assert_eq!(ModuleKind::from_key("rounds"), Some(ModuleKind::Rounds));
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
