//! A rating round: what a rater needs to rate the chosen touchpoints, and nothing else of the
//! model (no ratings, owners' figures, measures or KPIs). Built from the model by
//! [`Round::from_model`] with the consultant's [`RoundChoices`].

use std::collections::HashSet;

use super::error::{Field, RoundError};
use super::limits::{
    MAX_ADDRESS_CHARS, MAX_DESCRIPTION_CHARS, MAX_GROUPS, MAX_GROUP_NAME_CHARS, MAX_NAME_CHARS,
    MAX_NOTE_CHARS, MAX_ROUND_STAGES, MAX_ROUND_TOUCHPOINTS,
};
use super::wire::check_text;
use crate::domain::model::{Id, Model};
use crate::domain::validate::check_date;
use crate::figures::analysis::key_touchpoints;

/// A round's id: 128 random bits, drawn by the caller (the UI's crypto source), so answers to
/// two rounds never mix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RoundId(pub [u8; 16]);

impl RoundId {
    /// The id as 32 lowercase hexadecimal digits.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Whether a group rates from inside the company or as customers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    Internal,
    Customer,
}

/// A group of raters: a department (the model's owners) or a customer segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaterGroup {
    pub name: String,
    pub kind: GroupKind,
}

/// What raters answer per touchpoint; "not experienced" is always possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Questions {
    pub importance: bool,
    pub ist: bool,
    pub soll: bool,
    pub comment: bool,
}

/// Below this many raters a group's figures stay hidden: 3 or 5.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MinGroupSize {
    #[default]
    Three,
    Five,
}

impl MinGroupSize {
    pub fn value(self) -> usize {
        match self {
            MinGroupSize::Three => 3,
            MinGroupSize::Five => 5,
        }
    }

    pub fn from_value(n: u64) -> Option<Self> {
        match n {
            3 => Some(MinGroupSize::Three),
            5 => Some(MinGroupSize::Five),
            _ => None,
        }
    }
}

/// A median of an earlier round in half steps (twice the median), so an even number of
/// raters' x.5 is exact: importance 2 ..= 10, Ist −4 ..= +4.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PreviousMedians {
    pub importance_x2: Option<u8>,
    pub ist_x2: Option<i8>,
}

/// One touchpoint as raters see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundTouchpoint {
    /// The model's id, so the consultant's app finds the touchpoint again.
    pub id: Id,
    pub name: String,
    /// Position in [`Round::stages`].
    pub stage: usize,
    /// Empty unless the consultant ticked "descriptions".
    pub description: String,
    /// The first round's medians in a follow-up round.
    pub previous: Option<PreviousMedians>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub id: RoundId,
    pub questions: Questions,
    /// Whether the touchpoints' descriptions travel with the round.
    pub descriptions: bool,
    pub min_group: MinGroupSize,
    /// `YYYY-MM-DD`, shown to raters.
    pub closes: Option<String>,
    pub note: String,
    /// Where raters may mail their return link.
    pub reply_to: Option<String>,
    /// The names of the stages the touchpoints belong to, in the model's order.
    pub stages: Vec<String>,
    pub groups: Vec<RaterGroup>,
    pub touchpoints: Vec<RoundTouchpoint>,
}

/// Which touchpoints a round asks about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    All,
    /// The touchpoints of one stage (its key).
    Stage(String),
    /// The key touchpoints (`figures::analysis::key_touchpoints`).
    Key,
    /// Hand-picked, by id.
    Ids(Vec<Id>),
}

/// What the consultant chooses when starting a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundChoices {
    pub selection: Selection,
    pub questions: Questions,
    pub descriptions: bool,
    pub groups: Vec<RaterGroup>,
    pub min_group: MinGroupSize,
    pub closes: Option<String>,
    pub note: String,
    pub reply_to: Option<String>,
}

/// The model's owners as internal groups: the usual start of a round's group list, to which
/// the consultant adds customer segments.
pub fn groups_from_owners(model: &Model) -> Vec<RaterGroup> {
    model
        .owners
        .iter()
        .take(MAX_GROUPS)
        .map(|o| RaterGroup {
            name: o.name.chars().take(MAX_GROUP_NAME_CHARS).collect(),
            kind: GroupKind::Internal,
        })
        .collect()
}

impl Round {
    /// A round of the chosen touchpoints in the model's order. `id` comes from the caller's
    /// random source. Takes only names, stages and (if chosen) descriptions from the model.
    pub fn from_model(
        model: &Model,
        choices: RoundChoices,
        id: RoundId,
    ) -> Result<Round, RoundError> {
        let wanted: Option<HashSet<Id>> = match &choices.selection {
            Selection::All => None,
            Selection::Stage(key) => {
                if model.stage(key).is_none() {
                    return Err(RoundError::UnknownStage(key.clone()));
                }
                Some(
                    model
                        .touchpoints
                        .iter()
                        .filter(|t| &t.stage == key)
                        .map(|t| t.id)
                        .collect(),
                )
            }
            Selection::Key => Some(key_touchpoints(model).into_iter().collect()),
            Selection::Ids(ids) => {
                if let Some(bad) = ids.iter().find(|id| model.touchpoint(**id).is_none()) {
                    return Err(RoundError::UnknownTouchpoint(*bad));
                }
                Some(ids.iter().copied().collect())
            }
        };
        let chosen: Vec<_> = model
            .touchpoints
            .iter()
            .filter(|t| wanted.as_ref().is_none_or(|w| w.contains(&t.id)))
            .collect();
        // Only the stages the chosen touchpoints use, in the model's order.
        let used: HashSet<&str> = chosen.iter().map(|t| t.stage.as_str()).collect();
        let stage_keys: Vec<&str> = model
            .stages
            .iter()
            .map(|s| s.key.as_str())
            .filter(|k| used.contains(k))
            .collect();
        let stages = stage_keys
            .iter()
            .filter_map(|k| model.stage(k).map(|s| s.name.clone()))
            .collect();
        let touchpoints = chosen
            .iter()
            .map(|t| RoundTouchpoint {
                id: t.id,
                name: t.name.clone(),
                stage: stage_keys.iter().position(|k| *k == t.stage).unwrap_or(0),
                description: if choices.descriptions {
                    t.description.chars().take(MAX_DESCRIPTION_CHARS).collect()
                } else {
                    String::new()
                },
                previous: None,
            })
            .collect();
        let round = Round {
            id,
            questions: choices.questions,
            descriptions: choices.descriptions,
            min_group: choices.min_group,
            closes: choices.closes,
            note: choices.note,
            reply_to: choices.reply_to,
            stages,
            groups: choices.groups,
            touchpoints,
        };
        round.check()?;
        Ok(round)
    }

    /// Every rule a round keeps; the builder and the link reader both end here.
    pub fn check(&self) -> Result<(), RoundError> {
        check_list(
            self.touchpoints.len(),
            Field::Touchpoint,
            MAX_ROUND_TOUCHPOINTS,
        )?;
        let q = self.questions;
        if !(q.importance || q.ist || q.soll) {
            return Err(RoundError::NoQuestions);
        }
        if let Some(date) = &self.closes {
            check_date(date).map_err(|_| RoundError::BadDate(date.chars().take(40).collect()))?;
        }
        check_text(&self.note, Field::Note, MAX_NOTE_CHARS)?;
        if let Some(address) = &self.reply_to {
            check_address(address)?;
        }
        check_list(self.stages.len(), Field::Stage, MAX_ROUND_STAGES)?;
        for stage in &self.stages {
            check_name(stage, Field::Stage, MAX_NAME_CHARS)?;
        }
        check_list(self.groups.len(), Field::Group, MAX_GROUPS)?;
        let mut names = HashSet::new();
        for group in &self.groups {
            check_name(&group.name, Field::Group, MAX_GROUP_NAME_CHARS)?;
            if !names.insert(group.name.trim().to_lowercase()) {
                return Err(RoundError::DuplicateGroup(group.name.clone()));
            }
        }
        let mut ids = HashSet::new();
        for tp in &self.touchpoints {
            check_name(&tp.name, Field::Touchpoint, MAX_NAME_CHARS)?;
            if tp.stage >= self.stages.len() {
                return Err(RoundError::BadValue {
                    field: Field::Stage,
                    value: tp.stage as u64,
                });
            }
            if !self.descriptions && !tp.description.is_empty() {
                return Err(RoundError::BadValue {
                    field: Field::Description,
                    value: 1,
                });
            }
            check_text(&tp.description, Field::Description, MAX_DESCRIPTION_CHARS)?;
            if let Some(p) = tp.previous {
                check_previous(p)?;
            }
            if !ids.insert(tp.id) {
                return Err(RoundError::DuplicateTouchpoint(tp.id));
            }
        }
        // Previous medians are all there (a follow-up round) or not at all.
        let with_previous = self
            .touchpoints
            .iter()
            .filter(|t| t.previous.is_some())
            .count();
        if with_previous != 0 && with_previous != self.touchpoints.len() {
            return Err(RoundError::Missing(Field::PreviousMedian));
        }
        Ok(())
    }

    /// A follow-up round (Delphi): every touchpoint shows the first round's medians.
    pub fn is_follow_up(&self) -> bool {
        !self.touchpoints.is_empty() && self.touchpoints.iter().all(|t| t.previous.is_some())
    }
}

fn check_list(n: usize, field: Field, max: usize) -> Result<(), RoundError> {
    if n == 0 {
        return Err(RoundError::Missing(field));
    }
    if n > max {
        return Err(RoundError::TooMany { field, max });
    }
    Ok(())
}

fn check_name(name: &str, field: Field, max: usize) -> Result<(), RoundError> {
    if name.trim().is_empty() {
        return Err(RoundError::EmptyText(field));
    }
    check_text(name, field, max)
}

fn check_previous(p: PreviousMedians) -> Result<(), RoundError> {
    let bad = |value: u64| RoundError::BadValue {
        field: Field::PreviousMedian,
        value,
    };
    if let Some(v) = p.importance_x2.filter(|v| !(2..=10).contains(v)) {
        return Err(bad(u64::from(v)));
    }
    if let Some(v) = p.ist_x2.filter(|v| !(-4..=4).contains(v)) {
        return Err(bad(v.unsigned_abs().into()));
    }
    Ok(())
}

/// A plain address `local@domain.tld`: no spaces, no characters that would change a
/// `mailto:` link (`?`, `&`, `#`, `%`, `<`, `>`, `"`, `,`, `;`), one `@`.
pub fn check_address(address: &str) -> Result<(), RoundError> {
    check_text(address, Field::ReturnAddress, MAX_ADDRESS_CHARS)?;
    // `matches!` and byte tests rather than `str::contains`: the rater's page reads the
    // address too, and the string searcher would be its only one (1.7 KB of wasm).
    let plain = address.chars().all(|c| {
        !c.is_whitespace()
            && !matches!(
                c,
                '?' | '&'
                    | '#'
                    | '%'
                    | '<'
                    | '>'
                    | '"'
                    | ','
                    | ';'
                    | ':'
                    | '/'
                    | '\\'
                    | '('
                    | ')'
                    | '['
                    | ']'
            )
    });
    let Some((local, domain)) = address.split_once('@') else {
        return Err(RoundError::BadAddress);
    };
    let domain_ok = domain.bytes().any(|b| b == b'.')
        && !domain.bytes().any(|b| b == b'@')
        && !domain.starts_with('.')
        && !domain.ends_with('.');
    if !plain || local.is_empty() || !domain_ok {
        return Err(RoundError::BadAddress);
    }
    Ok(())
}
