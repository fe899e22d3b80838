//! The reducer: every change of the model is an `Action`; `apply` returns the new model or a
//! typed error and leaves the old model untouched. Raw numbers arrive unchecked (as a form or a
//! key press gives them) and are validated here.

use std::rc::Rc;

use crate::domain::error::ModelError;
use crate::domain::kpis::{FunnelSide, FunnelStage, NpsInput};
use crate::domain::limits::MAX_KEPT_ROUNDS;
use crate::domain::model::{
    Category, Channel, Contact, Decision, Effort, Experience, FactorKind, Flag, Id, Importance,
    KeptRound, LoyaltyCounts, Measure, MeasureStatus, Model, ReferralPeriod, Touchpoint,
    MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_TOUCHPOINTS,
};
use crate::domain::round_record::{RoundRecord, MAX_ROUND_RECORDS};
use crate::domain::validate::{
    check_date, check_kept_round, check_logo, check_name, check_round, check_text,
};

/// What a new touchpoint starts with; the rest takes defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct NewTouchpoint {
    pub name: String,
    pub stage: String,
    pub contact: Contact,
    pub channel: Channel,
}

/// One change of one attribute of a touchpoint.
#[derive(Clone, Debug, PartialEq)]
pub enum TouchpointEdit {
    Name(String),
    Description(String),
    Stage(String),
    Contact(Contact),
    Channel(Channel),
    Owner(Option<String>),
    Importance(u8),
    Ist(Option<i8>),
    Soll(Option<i8>),
    Flag(Flag, bool),
    Decision(Decision),
    AddFactor(FactorKind, String),
    RemoveFactor(FactorKind, usize),
}

/// One touchpoint's ratings as "take the medians" of a rating round sets them; `None` leaves
/// that rating as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TakenRating {
    pub touchpoint: Id,
    pub ist: Option<i8>,
    pub importance: Option<u8>,
}

/// One change of one attribute of a measure.
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureEdit {
    Title(String),
    Description(String),
    Touchpoints(Vec<Id>),
    Owner(Option<String>),
    Due(Option<String>),
    Effort(u8),
    Status(MeasureStatus),
    Best(Option<i8>),
    Realistic(Option<i8>),
    Worst(Option<i8>),
}

/// Which editable list an action on categories means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Stages,
    Owners,
}

/// What happens to the touchpoints of a stage or owner that is deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnDelete {
    /// Move them to this other stage or owner.
    MoveTo(String),
    /// Owners only: the touchpoints keep existing without an owner.
    Unassign,
    /// Delete the touchpoints too.
    DeleteTouchpoints,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTitle(String),
    SetCompany(String),
    /// The consultancy's name on the report's cover.
    SetConsultancy(String),
    /// The consultancy's logo (a data URL), or none.
    SetLogo(Option<String>),
    AddTouchpoint(NewTouchpoint),
    /// Adds many at once (starter library, CSV import) as one undoable step.
    AddTouchpoints(Vec<NewTouchpoint>),
    EditTouchpoint(Id, TouchpointEdit),
    DuplicateTouchpoint(Id),
    DeleteTouchpoint(Id),
    MoveTouchpoint {
        id: Id,
        to: usize,
    },
    AddCategory(ListKind, String),
    RenameCategory(ListKind, String, String),
    MoveCategory {
        list: ListKind,
        key: String,
        to: usize,
    },
    DeleteCategory {
        list: ListKind,
        key: String,
        on_delete: OnDelete,
    },
    AddMeasure(String),
    EditMeasure(Id, MeasureEdit),
    DeleteMeasure(Id),
    /// Saves a dated copy of every touchpoint's name, importance, Ist and Soll (a baseline).
    /// `date` is `YYYY-MM-DD`; `label` may be empty. The snapshot's id comes from `next_id`.
    TakeSnapshot {
        date: String,
        label: String,
    },
    /// Sets a snapshot's label (may be empty).
    RenameSnapshot(Id, String),
    /// Corrects a snapshot's date (`YYYY-MM-DD`).
    RedateSnapshot(Id, String),
    DeleteSnapshot(Id),
    /// Where the team stands in the eight-step cycle, 1 ..= 8.
    SetCycleStep(u8),
    /// The note of step 1 ..= 8 (up to `MAX_TEXT_CHARS`).
    SetCycleNote(u8, String),
    /// Appends an NPS period, from counts or from pasted raw answers.
    AddNpsPeriod(NpsInput),
    /// Replaces the NPS period at this position.
    EditNpsPeriod(usize, NpsInput),
    DeleteNpsPeriod(usize),
    /// Appends a referral period; `referred` must not exceed `new_customers`.
    AddReferralPeriod(ReferralPeriod),
    /// Replaces the referral period at this position.
    EditReferralPeriod(usize, ReferralPeriod),
    DeleteReferralPeriod(usize),
    SetLoyalty(LoyaltyCounts),
    /// Names or renames the competitor of the brand funnel (keeping its figures); `None`
    /// removes it with its figures.
    SetCompetitor(Option<String>),
    /// One figure of the brand funnel; `None` clears it.
    SetFunnelFigure {
        side: FunnelSide,
        stage: FunnelStage,
        value: Option<u32>,
    },
    /// Sets Ist (and importance) of many touchpoints in one undoable step: a rating round's
    /// medians, and keeps the round's figures (`record`, stamped with the time of the step;
    /// it replaces an earlier record of the same round, keeping what that one took). All or
    /// nothing: an unknown touchpoint, a value out of range or implausible figures change
    /// nothing.
    TakeMedians {
        ratings: Vec<TakenRating>,
        record: Option<Box<RoundRecord>>,
    },
    /// Keeps a rating round the consultant started (`rounds::kept::start`), with no answers.
    StartRound(KeptRound),
    /// The answers collected for the kept round whose link is `round`: the whole new set, as
    /// `rounds::kept::collect` merges it (the model cannot read links; the rounds layer does).
    SetRoundAnswers {
        round: String,
        answers: Vec<String>,
    },
    /// Removes the kept round whose link this is, with its answers.
    RemoveRound(String),
    /// Replaces the whole model (demo, import). The model must already have passed `restore`.
    Replace(Box<Model>),
    /// Takes this model's touchpoints, stages and owners and keeps the current title,
    /// measures, snapshots, KPIs and cycle, which follow the touchpoints by name
    /// (`carry_over::keep_plan`): an import that replaces the list but not the plan.
    ReplaceTouchpoints(Box<Model>),
}

impl Model {
    /// Applies one action. `now` (ms since epoch) stamps `meta.updated`.
    pub fn apply(&self, action: Action, now: f64) -> Result<Model, ModelError> {
        let mut next = self.clone();
        next.apply_in_place(action, now)?;
        next.meta.updated = now;
        if next.meta.created == 0.0 {
            next.meta.created = now;
        }
        Ok(next)
    }

    fn apply_in_place(&mut self, action: Action, now: f64) -> Result<(), ModelError> {
        match action {
            Action::SetTitle(title) => {
                check_text(&title, MAX_NAME_CHARS)?;
                self.meta.title = title;
            }
            Action::SetCompany(company) => {
                check_text(&company, MAX_NAME_CHARS)?;
                self.meta.company = company;
            }
            Action::SetConsultancy(name) => {
                check_text(&name, MAX_NAME_CHARS)?;
                self.meta.consultancy = name;
            }
            Action::SetLogo(logo) => {
                if let Some(url) = &logo {
                    check_logo(url)?;
                }
                self.meta.logo = logo.map(Rc::from);
            }
            Action::AddTouchpoint(new) => {
                self.add_touchpoint(new)?;
            }
            Action::AddTouchpoints(list) => {
                for new in list {
                    self.add_touchpoint(new)?;
                }
            }
            Action::EditTouchpoint(id, edit) => self.edit_touchpoint(id, edit)?,
            Action::DuplicateTouchpoint(id) => {
                self.check_room()?;
                let index = self.touchpoint_index(id)?;
                let mut copy = self.touchpoints[index].clone();
                copy.id = self.take_id()?;
                self.touchpoints.insert(index + 1, copy);
            }
            Action::DeleteTouchpoint(id) => {
                let index = self.touchpoint_index(id)?;
                self.touchpoints.remove(index);
                // Only the measures that link it are copied.
                self.measures.edit_where(
                    |m| m.touchpoints.contains(&id),
                    |m| m.touchpoints.retain(|t| *t != id),
                );
            }
            Action::MoveTouchpoint { id, to } => {
                let from = self.touchpoint_index(id)?;
                if !self.touchpoints.move_item(from, to) {
                    return Err(ModelError::InvalidPosition(to));
                }
            }
            Action::AddCategory(list, name) => self.add_category(list, name)?,
            Action::RenameCategory(list, key, name) => {
                check_name(&name)?;
                let name = name.trim().to_string();
                let index = self.category_index(list, &key)?;
                if self.category_name_taken(list, &name, Some(&key)) {
                    return Err(duplicate(list, name));
                }
                self.categories_mut(list)[index].name = name;
            }
            Action::MoveCategory { list, key, to } => {
                let from = self.category_index(list, &key)?;
                move_item(self.categories_mut(list), from, to)?;
            }
            Action::DeleteCategory {
                list,
                key,
                on_delete,
            } => self.delete_category(list, &key, on_delete)?,
            Action::AddMeasure(title) => {
                check_name(&title)?;
                self.check_room()?;
                let id = self.take_id()?;
                self.measures.push(Measure {
                    id,
                    title: title.trim().to_string(),
                    description: String::new(),
                    touchpoints: Vec::new(),
                    owner: None,
                    due: None,
                    effort: Effort::default(),
                    status: MeasureStatus::default(),
                    expected: Default::default(),
                });
            }
            Action::EditMeasure(id, edit) => self.edit_measure(id, edit)?,
            Action::DeleteMeasure(id) => {
                let index = self
                    .measures
                    .position_of(id)
                    .ok_or(ModelError::UnknownMeasure(id))?;
                self.measures.remove(index);
            }
            Action::TakeSnapshot { date, label } => self.take_snapshot(date, label)?,
            Action::RenameSnapshot(id, label) => self.rename_snapshot(id, label)?,
            Action::RedateSnapshot(id, date) => self.redate_snapshot(id, date)?,
            Action::DeleteSnapshot(id) => self.delete_snapshot(id)?,
            Action::SetCycleStep(step) => self.set_cycle_step(step)?,
            Action::SetCycleNote(step, note) => self.set_cycle_note(step, note)?,
            Action::AddNpsPeriod(input) => self.put_nps(None, input)?,
            Action::EditNpsPeriod(i, input) => self.put_nps(Some(i), input)?,
            Action::DeleteNpsPeriod(i) => self.delete_nps(i)?,
            Action::AddReferralPeriod(period) => self.put_referrals(None, period)?,
            Action::EditReferralPeriod(i, period) => self.put_referrals(Some(i), period)?,
            Action::DeleteReferralPeriod(i) => self.delete_referrals(i)?,
            Action::SetLoyalty(counts) => self.kpis.loyalty = counts,
            Action::SetCompetitor(name) => self.set_competitor(name)?,
            Action::SetFunnelFigure { side, stage, value } => {
                self.set_funnel_figure(side, stage, value)?
            }
            Action::TakeMedians { ratings, record } => {
                self.take_medians(&ratings)?;
                if let Some(record) = record {
                    self.keep_round(*record, now)?;
                }
            }
            Action::StartRound(round) => {
                check_kept_round(&round)?;
                if self.rounds.len() >= MAX_KEPT_ROUNDS {
                    return Err(ModelError::TooManyItems {
                        max: MAX_KEPT_ROUNDS,
                    });
                }
                if self.rounds.iter().any(|r| r.link == round.link) {
                    return Err(ModelError::DuplicateRound);
                }
                self.rounds.push(Rc::new(round));
            }
            Action::SetRoundAnswers { round, answers } => {
                let index = self.round_index(&round)?;
                let kept = KeptRound {
                    link: round,
                    answers,
                };
                check_kept_round(&kept)?;
                self.rounds[index] = Rc::new(kept);
            }
            Action::RemoveRound(round) => {
                let index = self.round_index(&round)?;
                self.rounds.remove(index);
            }
            Action::Replace(model) => *self = *model,
            Action::ReplaceTouchpoints(model) => {
                *self = crate::domain::carry_over::keep_plan(self, *model)?.0;
            }
        }
        Ok(())
    }

    pub(crate) fn take_id(&mut self) -> Result<Id, ModelError> {
        let id = self.next_id.max(1);
        if id == Id::MAX {
            return Err(ModelError::TooManyItems {
                max: MAX_TOUCHPOINTS,
            });
        }
        self.next_id = id + 1;
        Ok(id)
    }

    fn check_room(&self) -> Result<(), ModelError> {
        if self.touchpoints.len() + self.measures.len() >= MAX_TOUCHPOINTS {
            return Err(ModelError::TooManyItems {
                max: MAX_TOUCHPOINTS,
            });
        }
        Ok(())
    }

    fn add_touchpoint(&mut self, new: NewTouchpoint) -> Result<Id, ModelError> {
        check_name(&new.name)?;
        self.check_room()?;
        if self.stage(&new.stage).is_none() {
            return Err(ModelError::UnknownStage(new.stage));
        }
        let id = self.take_id()?;
        self.touchpoints.push(Touchpoint {
            id,
            name: new.name.trim().to_string(),
            description: String::new(),
            stage: new.stage,
            contact: new.contact,
            channel: new.channel,
            owner: None,
            importance: Importance::default(),
            ist: None,
            soll: None,
            factors: Default::default(),
            flags: Default::default(),
            decision: Decision::default(),
        });
        Ok(id)
    }

    fn touchpoint_index(&self, id: Id) -> Result<usize, ModelError> {
        self.touchpoints
            .position_of(id)
            .ok_or(ModelError::UnknownTouchpoint(id))
    }

    fn edit_touchpoint(&mut self, id: Id, edit: TouchpointEdit) -> Result<(), ModelError> {
        let index = self.touchpoint_index(id)?;
        // Check references before borrowing the touchpoint mutably.
        match &edit {
            TouchpointEdit::Stage(key) if self.stage(key).is_none() => {
                return Err(ModelError::UnknownStage(key.clone()))
            }
            TouchpointEdit::Owner(Some(key)) if self.owner(key).is_none() => {
                return Err(ModelError::UnknownOwner(key.clone()))
            }
            _ => {}
        }
        let tp = self
            .touchpoints
            .get_mut(index)
            .ok_or(ModelError::UnknownTouchpoint(id))?;
        match edit {
            TouchpointEdit::Name(name) => {
                check_name(&name)?;
                tp.name = name.trim().to_string();
            }
            TouchpointEdit::Description(text) => {
                check_text(&text, MAX_TEXT_CHARS)?;
                tp.description = text;
            }
            TouchpointEdit::Stage(key) => tp.stage = key,
            TouchpointEdit::Contact(c) => tp.contact = c,
            TouchpointEdit::Channel(c) => tp.channel = c,
            TouchpointEdit::Owner(owner) => tp.owner = owner,
            TouchpointEdit::Importance(v) => tp.importance = Importance::new(v)?,
            TouchpointEdit::Ist(v) => tp.ist = v.map(Experience::new).transpose()?,
            TouchpointEdit::Soll(v) => tp.soll = v.map(Experience::new).transpose()?,
            TouchpointEdit::Flag(flag, on) => tp.flags.set(flag, on),
            TouchpointEdit::Decision(d) => tp.decision = d,
            TouchpointEdit::AddFactor(kind, text) => {
                check_name(&text)?;
                let list = tp.factors.list_mut(kind);
                if list.len() >= MAX_LIST_ITEMS {
                    return Err(ModelError::TooManyItems {
                        max: MAX_LIST_ITEMS,
                    });
                }
                list.push(text.trim().to_string());
            }
            TouchpointEdit::RemoveFactor(kind, i) => {
                let list = tp.factors.list_mut(kind);
                if i >= list.len() {
                    return Err(ModelError::InvalidPosition(i));
                }
                list.remove(i);
            }
        }
        Ok(())
    }

    fn round_index(&self, link: &str) -> Result<usize, ModelError> {
        self.rounds
            .iter()
            .position(|r| r.link == link)
            .ok_or(ModelError::UnknownRound)
    }

    fn take_medians(&mut self, ratings: &[TakenRating]) -> Result<(), ModelError> {
        for taken in ratings {
            let index = self.touchpoint_index(taken.touchpoint)?;
            let ist = taken.ist.map(Experience::new).transpose()?;
            let importance = taken.importance.map(Importance::new).transpose()?;
            let tp = self
                .touchpoints
                .get_mut(index)
                .ok_or(ModelError::UnknownTouchpoint(taken.touchpoint))?;
            if ist.is_some() {
                tp.ist = ist;
            }
            if let Some(importance) = importance {
                tp.importance = importance;
            }
        }
        Ok(())
    }

    /// Keeps a round's figures, stamped `now`: in place of an earlier record of the same
    /// round (merged with it), else after the others.
    fn keep_round(&mut self, mut record: RoundRecord, now: f64) -> Result<(), ModelError> {
        record.taken = now;
        let earlier = self
            .round_records
            .iter()
            .position(|r| r.round == record.round);
        if let Some(i) = earlier {
            record.merge_earlier(&self.round_records.remove(i));
        } else if self.round_records.len() >= MAX_ROUND_RECORDS {
            return Err(ModelError::TooManyItems {
                max: MAX_ROUND_RECORDS,
            });
        }
        check_round(&record)?;
        self.round_records.push(Rc::new(record));
        Ok(())
    }

    fn edit_measure(&mut self, id: Id, edit: MeasureEdit) -> Result<(), ModelError> {
        let index = self
            .measures
            .position_of(id)
            .ok_or(ModelError::UnknownMeasure(id))?;
        match &edit {
            MeasureEdit::Touchpoints(ids) => {
                if let Some(bad) = ids.iter().find(|t| self.touchpoint(**t).is_none()) {
                    return Err(ModelError::UnknownTouchpoint(*bad));
                }
            }
            MeasureEdit::Owner(Some(key)) if self.owner(key).is_none() => {
                return Err(ModelError::UnknownOwner(key.clone()))
            }
            _ => {}
        }
        let m = self
            .measures
            .get_mut(index)
            .ok_or(ModelError::UnknownMeasure(id))?;
        let rating = |v: Option<i8>| v.map(Experience::new).transpose();
        match edit {
            MeasureEdit::Title(t) => {
                check_name(&t)?;
                m.title = t.trim().to_string();
            }
            MeasureEdit::Description(t) => {
                check_text(&t, MAX_TEXT_CHARS)?;
                m.description = t;
            }
            MeasureEdit::Touchpoints(mut ids) => {
                let mut seen = std::collections::HashSet::new();
                ids.retain(|id| seen.insert(*id));
                m.touchpoints = ids;
            }
            MeasureEdit::Owner(o) => m.owner = o,
            MeasureEdit::Due(d) => {
                if let Some(d) = &d {
                    check_date(d)?;
                }
                m.due = d;
            }
            MeasureEdit::Effort(e) => m.effort = Effort::new(e)?,
            MeasureEdit::Status(s) => m.status = s,
            MeasureEdit::Best(v) => m.expected.best = rating(v)?,
            MeasureEdit::Realistic(v) => m.expected.realistic = rating(v)?,
            MeasureEdit::Worst(v) => m.expected.worst = rating(v)?,
        }
        Ok(())
    }

    fn categories_mut(&mut self, list: ListKind) -> &mut Vec<Category> {
        match list {
            ListKind::Stages => &mut self.stages,
            ListKind::Owners => &mut self.owners,
        }
    }

    pub fn categories(&self, list: ListKind) -> &[Category] {
        match list {
            ListKind::Stages => &self.stages,
            ListKind::Owners => &self.owners,
        }
    }

    fn category_index(&self, list: ListKind, key: &str) -> Result<usize, ModelError> {
        self.categories(list)
            .iter()
            .position(|c| c.key == key)
            .ok_or_else(|| unknown(list, key.to_string()))
    }

    fn category_name_taken(&self, list: ListKind, name: &str, except: Option<&str>) -> bool {
        let lower = name.to_lowercase();
        self.categories(list)
            .iter()
            .any(|c| Some(c.key.as_str()) != except && c.name.to_lowercase() == lower)
    }

    fn add_category(&mut self, list: ListKind, name: String) -> Result<(), ModelError> {
        check_name(&name)?;
        let name = name.trim().to_string();
        if self.category_name_taken(list, &name, None) {
            return Err(duplicate(list, name));
        }
        if self.categories(list).len() >= MAX_LIST_ITEMS {
            return Err(ModelError::TooManyItems {
                max: MAX_LIST_ITEMS,
            });
        }
        let prefix = match list {
            ListKind::Stages => "stage",
            ListKind::Owners => "owner",
        };
        // Keys come from the id counter, so a deleted entry's key never comes back and old
        // references cannot point at a new entry.
        let key = format!("{prefix}-{}", self.take_id()?);
        self.categories_mut(list).push(Category { key, name });
        Ok(())
    }

    fn delete_category(
        &mut self,
        list: ListKind,
        key: &str,
        on_delete: OnDelete,
    ) -> Result<(), ModelError> {
        let index = self.category_index(list, key)?;
        if list == ListKind::Stages && self.stages.len() == 1 {
            return Err(ModelError::LastStage);
        }
        let uses = |tp: &Touchpoint| match list {
            ListKind::Stages => tp.stage == key,
            ListKind::Owners => tp.owner.as_deref() == Some(key),
        };
        match on_delete {
            OnDelete::MoveTo(target) => {
                if target == key {
                    return Err(unknown(list, target));
                }
                self.category_index(list, &target)?;
                self.touchpoints.edit_where(uses, |tp| match list {
                    ListKind::Stages => tp.stage = target.clone(),
                    ListKind::Owners => tp.owner = Some(target.clone()),
                });
            }
            OnDelete::Unassign => {
                if list == ListKind::Stages {
                    return Err(ModelError::StageNeedsTarget);
                }
                self.touchpoints.edit_where(uses, |tp| tp.owner = None);
            }
            OnDelete::DeleteTouchpoints => {
                let gone: Vec<Id> = self
                    .touchpoints
                    .iter()
                    .filter(|t| uses(t))
                    .map(|t| t.id)
                    .collect();
                self.touchpoints.retain(|t| !gone.contains(&t.id));
                self.measures.edit_where(
                    |m| m.touchpoints.iter().any(|t| gone.contains(t)),
                    |m| m.touchpoints.retain(|t| !gone.contains(t)),
                );
            }
        }
        if list == ListKind::Owners {
            self.measures
                .edit_where(|m| m.owner.as_deref() == Some(key), |m| m.owner = None);
        }
        self.categories_mut(list).remove(index);
        Ok(())
    }
}

fn move_item<T>(list: &mut Vec<T>, from: usize, to: usize) -> Result<(), ModelError> {
    if to >= list.len() {
        return Err(ModelError::InvalidPosition(to));
    }
    let item = list.remove(from);
    list.insert(to, item);
    Ok(())
}

fn unknown(list: ListKind, key: String) -> ModelError {
    match list {
        ListKind::Stages => ModelError::UnknownStage(key),
        ListKind::Owners => ModelError::UnknownOwner(key),
    }
}

fn duplicate(list: ListKind, name: String) -> ModelError {
    match list {
        ListKind::Stages => ModelError::DuplicateStage(name),
        ListKind::Owners => ModelError::DuplicateOwner(name),
    }
}
