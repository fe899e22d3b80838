#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The spreadsheet import is a view of the on-demand module: it sends the app the model as it
//! will be after the import, and the app reads it with a checked reader. Each kind of import
//! survives the trip and makes the change the import made when it ran inside the app; damaged,
//! oversized and unknown commands are typed errors, worded in both languages.

use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::domain::carry_over::Removed;
use kontaktpunkt_core::io::csv_io::import::{read_source, ImportTarget, Imported};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::io::import_command::{
    import_change, removed_by, ImportChange, ImportCommand, ImportCommandError, ImportMode,
    MAX_IMPORT_COMMAND_BYTES,
};
use kontaktpunkt_core::text::import::import_words;
use kontaktpunkt_core::text::import_entry::command_error_text;
use kontaktpunkt_core::{Lang, Model, ModelError};

const FILE: &str = "Name;Phase;Verantwortlich;Ist\nWebsite;Information;Marketing;1\nHotline;Kauf;Kundendienst Nord;-1\n";

/// The import as the view ends it: the preview's result for `target` on `current`.
fn imported(target: ImportTarget, current: &Model) -> Imported {
    let source = read_source(FILE).unwrap();
    let words = import_words();
    let mapping = source.guess_mapping(&words);
    let preview = source.preview(&mapping, target, current, Lang::De, &words);
    assert_eq!(preview.added, 2);
    preview.into_import().unwrap()
}

/// The command the view sends for it, through its JSON, read and checked by the app.
fn trip(mode: ImportMode, imported: Imported, current: &Model) -> ImportChange {
    let model = match imported {
        Imported::NewModel(model) => model,
        Imported::Change(Action::Replace(model) | Action::ReplaceTouchpoints(model)) => model,
        Imported::Change(other) => panic!("not an import: {other:?}"),
    };
    let json = ImportCommand::Import { mode, model }.write();
    let ImportCommand::Import { mode, model } = ImportCommand::read(&json).unwrap() else {
        panic!("not an import command");
    };
    import_change(mode, model, current).unwrap()
}

#[test]
fn every_kind_of_import_makes_the_change_it_made_inside_the_app() {
    let current = demo_model(Lang::De);
    let cases = [
        (
            ImportMode::NewModel,
            ImportTarget::NewModel {
                title: "Liste".into(),
            },
        ),
        (ImportMode::Add, ImportTarget::Add),
        (ImportMode::Replace, ImportTarget::Replace),
        (
            ImportMode::ReplaceKeepingPlan,
            ImportTarget::ReplaceTouchpoints,
        ),
    ];
    for (mode, target) in cases {
        let before = imported(target, &current);
        let expected = match before.clone() {
            Imported::NewModel(model) => ImportChange::Open(model),
            Imported::Change(action) => ImportChange::Act(action),
        };
        assert_eq!(trip(mode, before, &current), expected, "{mode:?}");
    }
}

#[test]
fn the_close_command_reads() {
    let json = ImportCommand::Close.write();
    assert_eq!(json, r#"{"do":"close"}"#);
    assert_eq!(ImportCommand::read(&json), Ok(ImportCommand::Close));
}

#[test]
fn an_add_that_changes_more_than_it_adds_is_refused() {
    let current = demo_model(Lang::De);
    let Imported::Change(Action::Replace(added)) = imported(ImportTarget::Add, &current) else {
        panic!("an add is a replace of the whole model");
    };
    // The view built it on a model that has changed since (another tab renamed a touchpoint).
    let mut changed = current.clone();
    let first = changed.touchpoints.first().unwrap().id;
    changed = changed
        .apply(
            Action::EditTouchpoint(first, TouchpointEdit::Name("Neu".into())),
            0.0,
        )
        .unwrap();
    assert_eq!(
        import_change(ImportMode::Add, added.clone(), &changed),
        Err(ImportCommandError::NotAnAddition)
    );
    // An "add" that also renames the model.
    let mut renaming = added.clone();
    renaming.meta.title = "Anders".into();
    assert_eq!(
        import_change(ImportMode::Add, renaming, &current),
        Err(ImportCommandError::NotAnAddition)
    );
    // An "add" of fewer touchpoints than there are.
    let fresh = Box::new(Model::new(Lang::De));
    assert_eq!(
        import_change(ImportMode::Add, fresh, &current),
        Err(ImportCommandError::NotAnAddition)
    );
}

#[test]
fn a_replace_keeps_the_current_title_and_company() {
    let mut current = demo_model(Lang::De);
    current.meta.company = "Müller GmbH".into();
    let mut other = Model::new(Lang::En);
    other.meta.title = "Something else".into();
    let Ok(ImportChange::Act(Action::Replace(model))) =
        import_change(ImportMode::Replace, Box::new(other), &current)
    else {
        panic!("a replace is one action");
    };
    assert_eq!(model.meta, current.meta);
}

#[test]
fn the_confirmation_names_what_a_replace_removes() {
    let current = demo_model(Lang::En);
    assert_eq!(removed_by(ImportMode::Add, &current), None);
    assert_eq!(removed_by(ImportMode::NewModel, &current), None);
    assert_eq!(
        removed_by(ImportMode::Replace, &current),
        Some(Removed::of(&current, false))
    );
    let keeping = removed_by(ImportMode::ReplaceKeepingPlan, &current).unwrap();
    assert_eq!(keeping, Removed::of(&current, true));
    assert_eq!(keeping.touchpoints, current.touchpoints.len());
    assert_eq!(keeping.measures, 0, "the plan stays");
}

fn command(mode: &str, model: &str) -> String {
    serde_json::json!({ "do": "import", "mode": mode, "model": model }).to_string()
}

#[test]
fn damaged_commands_are_malformed() {
    let model = serde_json::to_string(&Model::new(Lang::De)).unwrap();
    for json in [
        String::new(),
        "null".into(),
        "[]".into(),
        "{}".into(),
        r#"{"do":"close","extra":1}"#.into(),
        r#"{"do":"merge"}"#.into(),
        r#"{"do":"import","mode":"add"}"#.into(),
        r#"{"do":"import","model":"{}"}"#.into(),
        r#"{"do":"import","mode":1,"model":"{}"}"#.into(),
        r#"{"do":"import","mode":"add","model":{"version":1}}"#.into(),
        r#"{"do":"import","mode":"add","model":"{}","also":2}"#.into(),
        r#"{"do":"import","mode":"add","model":"#.into(),
        format!("{}]]]", command("add", &model)),
        // Deeply nested: refused by counting before a tree is built.
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    ] {
        assert_eq!(
            ImportCommand::read(&json),
            Err(ImportCommandError::Malformed),
            "{json:.80}"
        );
    }
}

#[test]
fn a_damaged_model_is_the_model_readers_typed_error() {
    let mut model = serde_json::to_value(Model::new(Lang::De)).unwrap();
    model["touchpoints"] = serde_json::json!([{
        "id": 1, "name": "Website", "stage": "awareness", "importance": 9
    }]);
    assert_eq!(
        ImportCommand::read(&command("add", &model.to_string())),
        Err(ImportCommandError::Model(ModelError::InvalidImportance(9)))
    );
    let newer = r#"{"version":99,"stages":[],"owners":[]}"#;
    assert_eq!(
        ImportCommand::read(&command("replace", newer)),
        Err(ImportCommandError::Model(ModelError::UnsupportedVersion(
            99
        )))
    );
    assert!(matches!(
        ImportCommand::read(&command("new", "not json")),
        Err(ImportCommandError::Model(ModelError::Malformed(_)))
    ));
}

#[test]
fn an_unknown_mode_is_named() {
    let model = serde_json::to_string(&Model::new(Lang::De)).unwrap();
    assert_eq!(
        ImportCommand::read(&command("merge", &model)),
        Err(ImportCommandError::UnknownMode("merge".into()))
    );
    let long = "x".repeat(500);
    assert_eq!(
        ImportCommand::read(&command(&long, &model)),
        Err(ImportCommandError::UnknownMode("x".repeat(40)))
    );
}

#[test]
fn an_oversized_command_is_refused_before_it_is_parsed() {
    let json = format!(
        r#"{{"do":"import","mode":"add","model":"{}"}}"#,
        " ".repeat(MAX_IMPORT_COMMAND_BYTES)
    );
    assert_eq!(
        ImportCommand::read(&json),
        Err(ImportCommandError::TooLong {
            max: MAX_IMPORT_COMMAND_BYTES
        })
    );
    // Within the command's bound but over the model's: the model reader's own limit.
    let model = format!("{{{}}}", " ".repeat(MAX_IMPORT_COMMAND_BYTES / 2 + 1));
    assert!(matches!(
        ImportCommand::read(&command("add", &model)),
        Err(ImportCommandError::Model(ModelError::TooMuchText { .. }))
    ));
}

#[test]
fn every_refusal_is_worded_in_both_languages() {
    let errors = [
        ImportCommandError::TooLong {
            max: MAX_IMPORT_COMMAND_BYTES,
        },
        ImportCommandError::Malformed,
        ImportCommandError::UnknownMode("merge".into()),
        ImportCommandError::Model(ModelError::InvalidImportance(9)),
        ImportCommandError::NotAnAddition,
    ];
    for e in &errors {
        let (de, en) = (
            command_error_text(e, Lang::De),
            command_error_text(e, Lang::En),
        );
        assert_ne!(de, en);
        assert!(!de.is_empty() && !en.is_empty());
    }
    assert_eq!(
        command_error_text(&errors[0], Lang::En),
        "The import sent more than 32 MB; nothing was changed."
    );
    assert!(command_error_text(&errors[2], Lang::De).contains("„merge“"));
    assert!(command_error_text(&errors[3], Lang::En).contains("Importance 9"));
}
