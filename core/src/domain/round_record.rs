//! What a rating round leaves in the model when its medians are taken: each touchpoint's
//! figures (n, median, mean, min–max, AD_Md, the disagreement flag, for Ist and, where it was
//! taken, importance) and a summary of the round (who took part by group) for the report and
//! the charts' whiskers. Written by "take the medians" (`rounds::take`), checked on every load
//! by `validate::restore`. Plain data: the model's own types are not named here, so this file
//! stays outside the circle of the model's files.

use serde::{Deserialize, Serialize};

/// Most rounds one model keeps.
pub const MAX_ROUND_RECORDS: usize = 50;

/// One question's figures of one touchpoint's ratings: the values on the question's scale
/// (Ist −2 ..= +2, importance 1 ..= 5).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatedSpread {
    pub n: u32,
    /// A whole or half step (an even n).
    pub median: f64,
    pub mean: f64,
    pub min: i8,
    pub max: i8,
    /// Average absolute deviation from the median, in scale steps.
    pub ad_md: f64,
    /// Raters disagree: AD_Md above the round's threshold.
    pub disagree: bool,
}

/// One touchpoint's figures in one round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatedTouchpoint {
    /// The touchpoint's id; it may have been deleted since.
    pub touchpoint: u32,
    /// Its name in the round.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ist: Option<RatedSpread>,
    /// Only where the round's importance medians were taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<RatedSpread>,
    /// Raters who marked it "not experienced".
    #[serde(default)]
    pub not_experienced: u32,
    /// Whether its medians became the model's ratings; the charts draw whiskers only then.
    #[serde(default)]
    pub taken: bool,
}

impl RatedTouchpoint {
    /// Raters disagree on Ist or importance.
    pub fn disagree(&self) -> bool {
        [self.ist, self.importance]
            .iter()
            .flatten()
            .any(|s| s.disagree)
    }

    /// The most raters of its questions.
    pub fn n(&self) -> u32 {
        [self.ist, self.importance]
            .iter()
            .flatten()
            .map(|s| s.n)
            .max()
            .unwrap_or(0)
    }
}

/// Whether a group rates from inside the company or as customers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RaterKind {
    Internal,
    Customer,
}

/// One group of raters and how many of it answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundGroup {
    pub name: String,
    pub kind: RaterKind,
    /// `None` when fewer than the round's minimum group size answered: hidden, as the
    /// round hides such a group's figures.
    #[serde(default)]
    pub raters: Option<u32>,
}

/// A round whose medians were taken.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoundRecord {
    /// The round's id: 32 lowercase hexadecimal digits.
    pub round: String,
    /// When its medians were last taken, ms since the Unix epoch.
    #[serde(default)]
    pub taken: f64,
    /// A follow-up round (Delphi) of an earlier round's disagreements.
    #[serde(default)]
    pub follow_up: bool,
    /// Groups below this many raters are hidden: 3 or 5.
    pub min_group: u8,
    /// Everyone who answered.
    pub raters: u32,
    pub groups: Vec<RoundGroup>,
    /// In the round's order.
    pub touchpoints: Vec<RatedTouchpoint>,
}

impl RoundRecord {
    /// The touchpoints, those where raters disagree first, each part in the round's order.
    pub fn disagreements_first(&self) -> Vec<&RatedTouchpoint> {
        let (mut first, rest): (Vec<_>, Vec<_>) =
            self.touchpoints.iter().partition(|t| t.disagree());
        first.extend(rest);
        first
    }

    /// Keeps what `earlier` (the same round, taken before) took that this one does not
    /// name again: taking the medians in parts (the agreed ones now, the rest after a talk)
    /// leaves one record of the round.
    pub fn merge_earlier(&mut self, earlier: &RoundRecord) {
        for old in &earlier.touchpoints {
            match self
                .touchpoints
                .iter_mut()
                .find(|t| t.touchpoint == old.touchpoint)
            {
                Some(new) => new.taken |= old.taken,
                None => self.touchpoints.push(old.clone()),
            }
        }
    }
}
