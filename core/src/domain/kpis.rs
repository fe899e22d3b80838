//! KPIs beyond the touchpoints: NPS and referral rate per period, the loyalty segments and
//! the brand funnel as the model stores them, the reading of pasted answers, and the
//! reducer's part for them. Their figures are in the figures layer (`figures::kpis`).
//!
//! Periods are free text ("2025-Q1", "Spring survey"), unique within their list, and kept in
//! the order entered; actions address them by position.

use serde::{Deserialize, Serialize};

use crate::domain::error::ModelError;
use crate::domain::model::{keyed_enum, Model, NpsPeriod, ReferralPeriod, MAX_LIST_ITEMS};
use crate::domain::validate::{check_name, check_text};

/// Longest paste of raw NPS answers, in characters.
pub const MAX_ANSWERS_CHARS: usize = 1_000_000;

/// A stage of the brand funnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelStage {
    Awareness,
    Consideration,
    Purchase,
    Loyalty,
    Referral,
}

keyed_enum!(FunnelStage {
    Awareness => "awareness", Consideration => "consideration", Purchase => "purchase",
    Loyalty => "loyalty", Referral => "referral",
});

impl FunnelStage {
    /// 0 ..= 4: the position in [`FunnelFigures`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One figure per funnel stage, in [`FunnelStage::ALL`] order; `None` is not known. The unit
/// is the team's choice (people, or percent of the market), the same for every stage.
pub type FunnelFigures = [Option<u32>; 5];

/// A competitor's funnel, shown beside ours.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Competitor {
    pub name: String,
    pub figures: FunnelFigures,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Funnel {
    pub ours: FunnelFigures,
    pub competitor: Option<Competitor>,
}

/// Whose funnel figure an action sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunnelSide {
    Ours,
    Competitor,
}

/// NPS answers of a period as the user gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum NpsAnswers {
    Counts {
        promoters: u32,
        passives: u32,
        detractors: u32,
    },
    /// A pasted column of raw 0..=10 answers, one per line; blank lines are skipped.
    Raw(String),
}

/// What adding or editing an NPS period takes. Raw answers are stored as their counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NpsInput {
    pub period: String,
    pub answers: NpsAnswers,
}

/// Counts (promoters, passives, detractors) of pasted answers, for a preview. Bad lines give
/// `ModelError::BadAnswers` with every bad line number.
pub fn nps_counts_from_text(text: &str) -> Result<(u32, u32, u32), ModelError> {
    check_text(text, MAX_ANSWERS_CHARS)?;
    parse_nps_answers(text)
        .map(|answers| nps_counts(&answers))
        .map_err(|bad| ModelError::BadAnswers(bad.into_iter().map(|b| b.line).collect()))
}

/// Counts of raw 0..=10 answers as (promoters 9–10, passives 7–8, detractors 0–6).
pub fn nps_counts(answers: &[u8]) -> (u32, u32, u32) {
    answers.iter().fold((0, 0, 0), |(p, n, d), &a| match a {
        9..=10 => (p + 1, n, d),
        7..=8 => (p, n + 1, d),
        _ => (p, n, d + 1),
    })
}

/// A line of pasted NPS answers that is not a whole number from 0 to 10.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadAnswer {
    /// 1-based line number.
    pub line: usize,
    pub text: String,
}

/// Parses one answer per line (blank lines skipped). Bad lines are reported, never dropped.
pub fn parse_nps_answers(text: &str) -> Result<Vec<u8>, Vec<BadAnswer>> {
    let mut answers = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        match t.parse::<u8>() {
            Ok(v) if v <= 10 => answers.push(v),
            _ => bad.push(BadAnswer {
                line: i + 1,
                text: t.chars().take(40).collect(),
            }),
        }
    }
    if bad.is_empty() {
        Ok(answers)
    } else {
        Err(bad)
    }
}

/// Refuses a period name that is empty, too long, or already in `taken` (ignoring case and
/// surrounding space), except at position `except`.
fn check_period<'a>(
    name: &str,
    taken: impl Iterator<Item = &'a str>,
    except: Option<usize>,
) -> Result<String, ModelError> {
    check_name(name)?;
    let name = name.trim().to_string();
    let lower = name.to_lowercase();
    let clash = taken
        .enumerate()
        .any(|(i, p)| Some(i) != except && p.trim().to_lowercase() == lower);
    if clash {
        return Err(ModelError::DuplicatePeriod(name));
    }
    Ok(name)
}

fn nps_period(input: NpsInput, period: String) -> Result<NpsPeriod, ModelError> {
    let (promoters, passives, detractors) = match input.answers {
        NpsAnswers::Counts {
            promoters,
            passives,
            detractors,
        } => (promoters, passives, detractors),
        NpsAnswers::Raw(text) => nps_counts_from_text(&text)?,
    };
    Ok(NpsPeriod {
        period,
        promoters,
        passives,
        detractors,
    })
}

fn check_referrals(p: &ReferralPeriod) -> Result<(), ModelError> {
    if p.referred > p.new_customers {
        return Err(ModelError::ReferredExceedsNew {
            referred: p.referred,
            new_customers: p.new_customers,
        });
    }
    Ok(())
}

/// Room for one more period (`index` `None`), or an existing position to replace.
fn check_slot<T>(list: &[T], index: Option<usize>) -> Result<(), ModelError> {
    match index {
        Some(i) if i >= list.len() => Err(ModelError::InvalidPosition(i)),
        None if list.len() >= MAX_LIST_ITEMS => Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        }),
        _ => Ok(()),
    }
}

/// The reducer's part for KPIs (see `Action`).
impl Model {
    /// Adds (`index` `None`) or replaces an NPS period.
    pub(crate) fn put_nps(
        &mut self,
        index: Option<usize>,
        input: NpsInput,
    ) -> Result<(), ModelError> {
        let list = &self.kpis.nps;
        check_slot(list, index)?;
        let name = check_period(&input.period, list.iter().map(|p| p.period.as_str()), index)?;
        let period = nps_period(input, name)?;
        match index {
            Some(i) => self.kpis.nps[i] = period,
            None => self.kpis.nps.push(period),
        }
        Ok(())
    }

    pub(crate) fn delete_nps(&mut self, index: usize) -> Result<(), ModelError> {
        check_slot(&self.kpis.nps, Some(index))?;
        self.kpis.nps.remove(index);
        Ok(())
    }

    /// Adds (`index` `None`) or replaces a referral period.
    pub(crate) fn put_referrals(
        &mut self,
        index: Option<usize>,
        mut period: ReferralPeriod,
    ) -> Result<(), ModelError> {
        let list = &self.kpis.referrals;
        check_slot(list, index)?;
        period.period = check_period(
            &period.period,
            list.iter().map(|p| p.period.as_str()),
            index,
        )?;
        check_referrals(&period)?;
        match index {
            Some(i) => self.kpis.referrals[i] = period,
            None => self.kpis.referrals.push(period),
        }
        Ok(())
    }

    pub(crate) fn delete_referrals(&mut self, index: usize) -> Result<(), ModelError> {
        check_slot(&self.kpis.referrals, Some(index))?;
        self.kpis.referrals.remove(index);
        Ok(())
    }

    /// Names (or renames) the competitor, keeping its figures; `None` removes it.
    pub(crate) fn set_competitor(&mut self, name: Option<String>) -> Result<(), ModelError> {
        match name {
            None => self.kpis.funnel.competitor = None,
            Some(name) => {
                check_name(&name)?;
                let competitor = self
                    .kpis
                    .funnel
                    .competitor
                    .get_or_insert_with(Default::default);
                competitor.name = name.trim().to_string();
            }
        }
        Ok(())
    }

    pub(crate) fn set_funnel_figure(
        &mut self,
        side: FunnelSide,
        stage: FunnelStage,
        value: Option<u32>,
    ) -> Result<(), ModelError> {
        let figures = match side {
            FunnelSide::Ours => &mut self.kpis.funnel.ours,
            FunnelSide::Competitor => match &mut self.kpis.funnel.competitor {
                Some(c) => &mut c.figures,
                None => return Err(ModelError::NoCompetitor),
            },
        };
        if let Some(slot) = figures.get_mut(stage.index()) {
            *slot = value;
        }
        Ok(())
    }
}
