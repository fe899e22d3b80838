//! What the rating round view (a wasm module of its own, loaded when the view opens) asks the
//! app to do, as JSON: the app reads it here, turns it into its `Action` and runs that through
//! its store, so undo, storage and the reducer's checks stay the app's. Only the round actions
//! can be asked for; anything else fails to read.

use serde::{Deserialize, Serialize};

use crate::domain::action::{Action, TakenRating};
use crate::domain::model::{Id, KeptRound};
use crate::domain::round_record::read_record;

/// One decision of the consultant in the rating round view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum RoundCommand {
    /// Keep a new round: its round link (`kr1.…`), with no answers yet.
    Start { link: String },
    /// The whole set of answers (return links) of the kept round `round`.
    Answers { round: String, answers: Vec<String> },
    /// Remove the kept round `round` with its answers.
    Remove { round: String },
    /// Take the medians: per touchpoint id, Ist and importance (`None` keeps it), and the
    /// round's figures the model keeps (`RoundRecord`, in the layout the model stores).
    Take {
        ratings: Vec<(Id, Option<i8>, Option<u8>)>,
        #[serde(default)]
        record: Option<serde_json::Value>,
    },
}

impl RoundCommand {
    /// The command for a round action; `None` for any other action.
    pub fn from_action(action: Action) -> Option<Self> {
        Some(match action {
            Action::StartRound(kept) => RoundCommand::Start { link: kept.link },
            Action::SetRoundAnswers { round, answers } => RoundCommand::Answers { round, answers },
            Action::RemoveRound(round) => RoundCommand::Remove { round },
            Action::TakeMedians { ratings, record } => RoundCommand::Take {
                ratings: ratings
                    .iter()
                    .map(|r| (r.touchpoint, r.ist, r.importance))
                    .collect(),
                record: record.and_then(|r| serde_json::to_value(&*r).ok()),
            },
            _ => return None,
        })
    }

    /// Reads a command the view sent; `None` if it is not one (the reducer checks its values).
    pub fn read(json: &str) -> Option<Self> {
        let command: Self = serde_json::from_str(json).ok()?;
        match &command {
            RoundCommand::Take {
                record: Some(record),
                ..
            } => read_record(record).map(|_| command),
            _ => Some(command),
        }
    }

    pub fn into_action(self) -> Action {
        match self {
            RoundCommand::Start { link } => Action::StartRound(KeptRound {
                link,
                answers: Vec::new(),
            }),
            RoundCommand::Answers { round, answers } => Action::SetRoundAnswers { round, answers },
            RoundCommand::Remove { round } => Action::RemoveRound(round),
            RoundCommand::Take { ratings, record } => Action::TakeMedians {
                ratings: ratings
                    .into_iter()
                    .map(|(touchpoint, ist, importance)| TakenRating {
                        touchpoint,
                        ist,
                        importance,
                    })
                    .collect(),
                record: record.as_ref().and_then(read_record).map(Box::new),
            },
        }
    }
}
