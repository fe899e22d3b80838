//! What a view of the module asks the app to do, as JSON: an object whose `do` field names the
//! command. The app reads it with [`ModuleCommand::read`], which accepts only the commands the
//! sending view may give; anything else (unknown, malformed, from the wrong view) reads as
//! `None`, which the app words as an error, and nothing changes.

use serde::{Deserialize, Serialize};

use crate::domain::action::{Action, MeasureEdit, TouchpointEdit};
use crate::domain::kpis::{FunnelSide, FunnelStage, NpsInput};
use crate::domain::limits::MAX_MODEL_JSON_BYTES;
use crate::domain::model::{Id, LoyaltyCounts, MeasureStatus, ReferralPeriod};
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

/// The changes of the KPI, tracking and measures views: each one of the model's actions,
/// field for field; the reducer checks the values as for the app's own views.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum FigureCommand {
    NpsAdd {
        input: NpsInput,
    },
    NpsEdit {
        at: usize,
        input: NpsInput,
    },
    NpsDelete {
        at: usize,
    },
    ReferralAdd {
        period: ReferralPeriod,
    },
    ReferralEdit {
        at: usize,
        period: ReferralPeriod,
    },
    ReferralDelete {
        at: usize,
    },
    Loyalty {
        counts: LoyaltyCounts,
    },
    Competitor {
        name: Option<String>,
    },
    Funnel {
        side: FunnelSide,
        stage: FunnelStage,
        value: Option<u32>,
    },
    SnapshotTake {
        date: String,
        label: String,
    },
    SnapshotRename {
        snapshot: Id,
        label: String,
    },
    SnapshotRedate {
        snapshot: Id,
        date: String,
    },
    SnapshotDelete {
        snapshot: Id,
    },
    CycleStep {
        step: u8,
    },
    CycleNote {
        step: u8,
        note: String,
    },
    MeasureAdd {
        title: String,
    },
    MeasureDelete {
        measure: Id,
    },
    MeasureTitle {
        measure: Id,
        text: String,
    },
    MeasureDescription {
        measure: Id,
        text: String,
    },
    MeasureTouchpoints {
        measure: Id,
        touchpoints: Vec<Id>,
    },
    MeasureOwner {
        measure: Id,
        owner: Option<String>,
    },
    MeasureDue {
        measure: Id,
        due: Option<String>,
    },
    MeasureEffort {
        measure: Id,
        effort: u8,
    },
    MeasureStatus {
        measure: Id,
        status: MeasureStatus,
    },
    MeasureBest {
        measure: Id,
        value: Option<i8>,
    },
    MeasureRealistic {
        measure: Id,
        value: Option<i8>,
    },
    MeasureWorst {
        measure: Id,
        value: Option<i8>,
    },
}

impl FigureCommand {
    /// The command as the module sends it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The command for a KPI, tracking or measure action; `None` for any other action.
    pub fn from_action(action: &Action) -> Option<Self> {
        use FigureCommand as C;
        use MeasureEdit as E;
        Some(match action.clone() {
            Action::AddMeasure(title) => C::MeasureAdd { title },
            Action::DeleteMeasure(measure) => C::MeasureDelete { measure },
            Action::EditMeasure(measure, edit) => match edit {
                E::Title(text) => C::MeasureTitle { measure, text },
                E::Description(text) => C::MeasureDescription { measure, text },
                E::Touchpoints(touchpoints) => C::MeasureTouchpoints {
                    measure,
                    touchpoints,
                },
                E::Owner(owner) => C::MeasureOwner { measure, owner },
                E::Due(due) => C::MeasureDue { measure, due },
                E::Effort(effort) => C::MeasureEffort { measure, effort },
                E::Status(status) => C::MeasureStatus { measure, status },
                E::Best(value) => C::MeasureBest { measure, value },
                E::Realistic(value) => C::MeasureRealistic { measure, value },
                E::Worst(value) => C::MeasureWorst { measure, value },
            },
            Action::AddNpsPeriod(input) => C::NpsAdd { input },
            Action::EditNpsPeriod(at, input) => C::NpsEdit { at, input },
            Action::DeleteNpsPeriod(at) => C::NpsDelete { at },
            Action::AddReferralPeriod(period) => C::ReferralAdd { period },
            Action::EditReferralPeriod(at, period) => C::ReferralEdit { at, period },
            Action::DeleteReferralPeriod(at) => C::ReferralDelete { at },
            Action::SetLoyalty(counts) => C::Loyalty { counts },
            Action::SetCompetitor(name) => C::Competitor { name },
            Action::SetFunnelFigure { side, stage, value } => C::Funnel { side, stage, value },
            Action::TakeSnapshot { date, label } => C::SnapshotTake { date, label },
            Action::RenameSnapshot(snapshot, label) => C::SnapshotRename { snapshot, label },
            Action::RedateSnapshot(snapshot, date) => C::SnapshotRedate { snapshot, date },
            Action::DeleteSnapshot(snapshot) => C::SnapshotDelete { snapshot },
            Action::SetCycleStep(step) => C::CycleStep { step },
            Action::SetCycleNote(step, note) => C::CycleNote { step, note },
            _ => return None,
        })
    }

    pub fn into_action(self) -> Action {
        use FigureCommand as C;
        use MeasureEdit as E;
        match self {
            C::NpsAdd { input } => Action::AddNpsPeriod(input),
            C::NpsEdit { at, input } => Action::EditNpsPeriod(at, input),
            C::NpsDelete { at } => Action::DeleteNpsPeriod(at),
            C::ReferralAdd { period } => Action::AddReferralPeriod(period),
            C::ReferralEdit { at, period } => Action::EditReferralPeriod(at, period),
            C::ReferralDelete { at } => Action::DeleteReferralPeriod(at),
            C::Loyalty { counts } => Action::SetLoyalty(counts),
            C::Competitor { name } => Action::SetCompetitor(name),
            C::Funnel { side, stage, value } => Action::SetFunnelFigure { side, stage, value },
            C::SnapshotTake { date, label } => Action::TakeSnapshot { date, label },
            C::SnapshotRename { snapshot, label } => Action::RenameSnapshot(snapshot, label),
            C::SnapshotRedate { snapshot, date } => Action::RedateSnapshot(snapshot, date),
            C::SnapshotDelete { snapshot } => Action::DeleteSnapshot(snapshot),
            C::CycleStep { step } => Action::SetCycleStep(step),
            C::CycleNote { step, note } => Action::SetCycleNote(step, note),
            C::MeasureAdd { title } => Action::AddMeasure(title),
            C::MeasureDelete { measure } => Action::DeleteMeasure(measure),
            C::MeasureTitle { measure, text } => Action::EditMeasure(measure, E::Title(text)),
            C::MeasureDescription { measure, text } => {
                Action::EditMeasure(measure, E::Description(text))
            }
            C::MeasureTouchpoints {
                measure,
                touchpoints,
            } => Action::EditMeasure(measure, E::Touchpoints(touchpoints)),
            C::MeasureOwner { measure, owner } => Action::EditMeasure(measure, E::Owner(owner)),
            C::MeasureDue { measure, due } => Action::EditMeasure(measure, E::Due(due)),
            C::MeasureEffort { measure, effort } => Action::EditMeasure(measure, E::Effort(effort)),
            C::MeasureStatus { measure, status } => Action::EditMeasure(measure, E::Status(status)),
            C::MeasureBest { measure, value } => Action::EditMeasure(measure, E::Best(value)),
            C::MeasureRealistic { measure, value } => {
                Action::EditMeasure(measure, E::Realistic(value))
            }
            C::MeasureWorst { measure, value } => Action::EditMeasure(measure, E::Worst(value)),
        }
    }

    /// Whether the view `view` may give this command: the KPI view its figures, the tracking
    /// view its snapshots and cycle, the measures view its measures.
    fn may_come_from(&self, view: ModuleKind) -> bool {
        use FigureCommand as C;
        let measures = matches!(
            self,
            C::MeasureAdd { .. }
                | C::MeasureDelete { .. }
                | C::MeasureTitle { .. }
                | C::MeasureDescription { .. }
                | C::MeasureTouchpoints { .. }
                | C::MeasureOwner { .. }
                | C::MeasureDue { .. }
                | C::MeasureEffort { .. }
                | C::MeasureStatus { .. }
                | C::MeasureBest { .. }
                | C::MeasureRealistic { .. }
                | C::MeasureWorst { .. }
        );
        let tracking = matches!(
            self,
            C::SnapshotTake { .. }
                | C::SnapshotRename { .. }
                | C::SnapshotRedate { .. }
                | C::SnapshotDelete { .. }
                | C::CycleStep { .. }
                | C::CycleNote { .. }
        );
        match view {
            ModuleKind::Tracking => tracking,
            ModuleKind::Measures => measures,
            ModuleKind::Kpis => !tracking && !measures,
            _ => false,
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
    /// A change in the KPI or the tracking view.
    Figure(FigureCommand),
}

impl ModuleCommand {
    /// Reads a command the view `view` sent; `None` if it is not one that view may give, or
    /// if it is longer than a whole model may be (no command carries more).
    pub fn read(view: ModuleKind, json: &str) -> Option<Self> {
        if json.len() > MAX_MODEL_JSON_BYTES {
            return None;
        }
        match view {
            ModuleKind::Rounds => RoundCommand::read(json).map(ModuleCommand::Round),
            ModuleKind::Report => match serde_json::from_str(json).ok()? {
                open @ ViewCommand::Open { .. } => Some(ModuleCommand::View(open)),
                _ => None,
            },
            ModuleKind::Present => serde_json::from_str(json).ok().map(ModuleCommand::View),
            // A chart's point (a plan warning's touchpoint) opens a touchpoint in these views too.
            ModuleKind::Kpis | ModuleKind::Tracking | ModuleKind::Measures => {
                match serde_json::from_str::<ViewCommand>(json) {
                    Ok(open @ ViewCommand::Open { .. }) => Some(ModuleCommand::View(open)),
                    Ok(_) => None,
                    Err(_) => serde_json::from_str::<FigureCommand>(json)
                        .ok()
                        .filter(|c| c.may_come_from(view))
                        .map(ModuleCommand::Figure),
                }
            }
            // The import's commands are read by the app's import entry with
            // `io::import_command::ImportCommand::read` (typed errors; it asks before a
            // replace), never as a `ModuleCommand`.
            ModuleKind::Import => None,
        }
    }
}
