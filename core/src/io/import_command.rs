//! What the spreadsheet import (a view of the on-demand views module, not of the app's first
//! load) asks the app to do, as JSON, and the app's checked reader of it.
//!
//! The view reads the file, previews it and builds the model as it will be after the import;
//! the app reads that model with its own validating reader ([`model_from_json`]), asks before
//! a replace (naming what goes) and runs it through its store as one undoable step. Two
//! commands:
//!
//! - `{"do":"import","mode":"add","model":"<the model as JSON text>"}`, with the modes `new`
//!   (open it as a model of its own), `add` (the current model with the file's touchpoints
//!   appended), `replace` (a fresh model with the current title and company) and
//!   `replace_keep_plan` (the touchpoints and lists; measures, snapshots and KPIs stay);
//! - `{"do":"close"}`: the user closed the import.
//!
//! The command is read as a JSON tree (the model's text is a string inside it), so no derived
//! deserialiser beyond the model's own is needed.

use serde_json::Value;

use crate::domain::action::Action;
use crate::domain::carry_over::Removed;
use crate::domain::error::ModelError;
use crate::domain::limits::{check_json_values, MAX_MODEL_JSON_BYTES};
use crate::domain::model::Model;
use crate::domain::validate::model_from_json;

/// Longest command the app reads: a model of the longest JSON a file may hold, escaped as a
/// string (each `"` becomes `\"`), and the few fields around it.
pub const MAX_IMPORT_COMMAND_BYTES: usize = 2 * MAX_MODEL_JSON_BYTES + 1024;

/// Where the imported model goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// A model of its own, kept beside the others and made current.
    NewModel,
    /// The current model with the file's touchpoints (and any new stages and owners) added.
    Add,
    /// Instead of the current model's content; its title and company stay.
    Replace,
    /// Instead of the current touchpoints and lists; measures, snapshots, KPIs and cycle stay
    /// and follow the touchpoints by name ([`Action::ReplaceTouchpoints`]).
    ReplaceKeepingPlan,
}

impl ImportMode {
    pub const ALL: [ImportMode; 4] = [
        ImportMode::NewModel,
        ImportMode::Add,
        ImportMode::Replace,
        ImportMode::ReplaceKeepingPlan,
    ];

    /// The mode's name in the command.
    pub fn key(self) -> &'static str {
        match self {
            ImportMode::NewModel => "new",
            ImportMode::Add => "add",
            ImportMode::Replace => "replace",
            ImportMode::ReplaceKeepingPlan => "replace_keep_plan",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }

    /// Whether the app asks before running it: a replace removes content.
    pub fn replaces(self) -> bool {
        matches!(self, ImportMode::Replace | ImportMode::ReplaceKeepingPlan)
    }
}

/// One command of the import view.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportCommand {
    /// Import: `model` is the model as it will be after the import (for `add`, the current
    /// model with the file's rows appended), already passed through the model's gate.
    Import { mode: ImportMode, model: Box<Model> },
    /// The user closed the import without importing.
    Close,
}

/// Why a command of the import view cannot be run. The app words it
/// (`text::import_entry::command_error_text`) and changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportCommandError {
    /// Longer than [`MAX_IMPORT_COMMAND_BYTES`].
    TooLong { max: usize },
    /// Not a command: not JSON, not an object, an unknown `do`, a missing or unknown field.
    Malformed,
    /// A mode the app does not know (its first 40 characters).
    UnknownMode(String),
    /// The model fails the app's model reader.
    Model(ModelError),
    /// An `add` whose model changes more of the current model than it adds (the current
    /// model changed since the view built it, or the view sent something else).
    NotAnAddition,
}

/// What the app does with an import, after its confirmation for a replace.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportChange {
    /// Keep this as a new model and make it current.
    Open(Box<Model>),
    /// Apply this action to the current model: one step, undone as one.
    Act(Action),
}

impl ImportCommand {
    /// The command as the view sends it.
    pub fn write(&self) -> String {
        let command = match self {
            ImportCommand::Import { mode, model } => serde_json::json!({
                "do": "import",
                "mode": mode.key(),
                "model": serde_json::to_string(model).unwrap_or_default(),
            }),
            ImportCommand::Close => serde_json::json!({ "do": "close" }),
        };
        command.to_string()
    }

    /// Reads a command the import view sent: bounded, every field checked, the model through
    /// the app's validating model reader.
    pub fn read(json: &str) -> Result<Self, ImportCommandError> {
        if json.len() > MAX_IMPORT_COMMAND_BYTES {
            return Err(ImportCommandError::TooLong {
                max: MAX_IMPORT_COMMAND_BYTES,
            });
        }
        // A command has at most four values: refused before a tree is built for more.
        check_json_values(json.as_bytes(), 4).map_err(|_| ImportCommandError::Malformed)?;
        let value: Value = serde_json::from_str(json).map_err(|_| ImportCommandError::Malformed)?;
        let fields = value.as_object().ok_or(ImportCommandError::Malformed)?;
        let text = |key: &str| fields.get(key).and_then(Value::as_str);
        let known = |keys: &[&str]| fields.keys().all(|k| keys.contains(&k.as_str()));
        match text("do") {
            Some("close") if known(&["do"]) => Ok(ImportCommand::Close),
            Some("import") if known(&["do", "mode", "model"]) => {
                let mode = text("mode").ok_or(ImportCommandError::Malformed)?;
                let mode = ImportMode::from_key(mode).ok_or_else(|| {
                    ImportCommandError::UnknownMode(mode.chars().take(40).collect())
                })?;
                let model = text("model").ok_or(ImportCommandError::Malformed)?;
                let model = model_from_json(model).map_err(ImportCommandError::Model)?;
                Ok(ImportCommand::Import {
                    mode,
                    model: Box::new(model),
                })
            }
            _ => Err(ImportCommandError::Malformed),
        }
    }
}

/// What replacing `current` in `mode` removes, for the app's confirmation; `None` when the
/// mode removes nothing.
pub fn removed_by(mode: ImportMode, current: &Model) -> Option<Removed> {
    mode.replaces()
        .then(|| Removed::of(current, mode == ImportMode::ReplaceKeepingPlan))
}

/// The change an import makes to `current`: checked against it, so that an `add` only adds
/// and a replace keeps the current title and company.
pub fn import_change(
    mode: ImportMode,
    mut model: Box<Model>,
    current: &Model,
) -> Result<ImportChange, ImportCommandError> {
    Ok(match mode {
        ImportMode::NewModel => ImportChange::Open(model),
        ImportMode::Add if only_adds(current, &model) => ImportChange::Act(Action::Replace(model)),
        ImportMode::Add => return Err(ImportCommandError::NotAnAddition),
        ImportMode::Replace => {
            model.meta = current.meta.clone();
            ImportChange::Act(Action::Replace(model))
        }
        ImportMode::ReplaceKeepingPlan => ImportChange::Act(Action::ReplaceTouchpoints(model)),
    })
}

/// Whether `after` is `current` with touchpoints, stages and owners appended (and the id
/// counter moved on), and nothing else changed.
fn only_adds(current: &Model, after: &Model) -> bool {
    let starts_with = after.touchpoints.len() >= current.touchpoints.len()
        && current
            .touchpoints
            .iter()
            .zip(after.touchpoints.iter())
            .all(|(a, b)| a == b)
        && after.stages.starts_with(&current.stages)
        && after.owners.starts_with(&current.owners);
    if !starts_with || after.next_id < current.next_id {
        return false;
    }
    let mut rest = after.clone();
    rest.touchpoints = current.touchpoints.clone();
    rest.stages = current.stages.clone();
    rest.owners = current.owners.clone();
    rest.next_id = current.next_id;
    rest == *current
}
