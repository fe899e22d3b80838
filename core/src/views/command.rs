//! What a view of the module asks the app to do, as JSON: an object whose `do` field names the
//! command. The app reads it with [`ModuleCommand::read`], which accepts only the commands the
//! sending view may give; anything else (unknown, malformed, from the wrong view) reads as
//! `None`, which the app words as an error, and nothing changes.

use serde::{Deserialize, Serialize};

use crate::domain::action::{Action, TouchpointEdit};
use crate::domain::model::Id;
use crate::rounds::command::RoundCommand;
use crate::views::ModuleKind;

/// The commands of the report and the presentation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum ViewCommand {
    /// Open a touchpoint's editor in the inventory (a point of a chart was chosen).
    Open { touchpoint: Id },
    /// Rate a touchpoint's Ist (a key touchpoint's slide; no value clears it); the reducer
    /// checks the scale.
    Ist { touchpoint: Id, value: Option<i8> },
    /// Rate a touchpoint's Soll, as `Ist`.
    Soll { touchpoint: Id, value: Option<i8> },
    /// Leave the presentation.
    Close {},
}

impl ViewCommand {
    /// The command as the module sends it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The command for a model action a view may ask for (a rating); `None` for any other.
    pub fn from_action(action: &Action) -> Option<Self> {
        match action {
            Action::EditTouchpoint(id, TouchpointEdit::Ist(value)) => Some(ViewCommand::Ist {
                touchpoint: *id,
                value: *value,
            }),
            Action::EditTouchpoint(id, TouchpointEdit::Soll(value)) => Some(ViewCommand::Soll {
                touchpoint: *id,
                value: *value,
            }),
            _ => None,
        }
    }

    /// The model action of a rating; `None` for the commands that are not one.
    pub fn action(&self) -> Option<Action> {
        match *self {
            ViewCommand::Ist { touchpoint, value } => Some(Action::EditTouchpoint(
                touchpoint,
                TouchpointEdit::Ist(value),
            )),
            ViewCommand::Soll { touchpoint, value } => Some(Action::EditTouchpoint(
                touchpoint,
                TouchpointEdit::Soll(value),
            )),
            ViewCommand::Open { .. } | ViewCommand::Close {} => None,
        }
    }
}

/// One command of a view to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ModuleCommand {
    /// A decision in the rating round view (`{"do":"start",…}` and the others of
    /// [`RoundCommand`]).
    Round(RoundCommand),
    /// A command of the report or the presentation.
    View(ViewCommand),
}

impl ModuleCommand {
    /// Reads a command the view `view` sent; `None` if it is not one that view may give.
    pub fn read(view: ModuleKind, json: &str) -> Option<Self> {
        match view {
            ModuleKind::Rounds => RoundCommand::read(json).map(ModuleCommand::Round),
            ModuleKind::Report => match serde_json::from_str(json).ok()? {
                open @ ViewCommand::Open { .. } => Some(ModuleCommand::View(open)),
                _ => None,
            },
            ModuleKind::Present => serde_json::from_str(json).ok().map(ModuleCommand::View),
            // The import's commands are read by the app's import entry with
            // `io::import_command::ImportCommand::read` (typed errors; it asks before a
            // replace), never as a `ModuleCommand`.
            ModuleKind::Import => None,
        }
    }
}
