//! What a view of the module asks the app to do, as JSON: an object whose `do` field names the
//! command. The app reads it with [`ModuleCommand::read`], which accepts only the commands the
//! sending view may give; anything else (unknown, malformed, from the wrong view) reads as
//! `None`, which the app words as an error and changes nothing.

use crate::rounds::command::RoundCommand;
use crate::views::ModuleKind;

/// One command of a view to the app.
#[derive(Clone, Debug, PartialEq)]
pub enum ModuleCommand {
    /// A decision in the rating round view (`{"do":"start",…}` and the others of
    /// [`RoundCommand`]).
    Round(RoundCommand),
}

impl ModuleCommand {
    /// Reads a command the view `view` sent; `None` if it is not one that view may give.
    pub fn read(view: ModuleKind, json: &str) -> Option<Self> {
        match view {
            ModuleKind::Rounds => RoundCommand::read(json).map(ModuleCommand::Round),
            // The import's commands are read by the app's import entry with
            // `io::import_command::ImportCommand::read` (typed errors; it asks before a
            // replace), never as a `ModuleCommand`.
            ModuleKind::Import => None,
        }
    }
}
