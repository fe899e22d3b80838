//! What a rating round leaves in the model when its medians are taken: each touchpoint's
//! figures (n, median, mean, min–max, AD_Md, the disagreement flag, for Ist and, where it was
//! taken, importance) and a summary of the round (who took part by group) for the report and
//! the charts' whiskers. Written by "take the medians" (`rounds::take`), checked on every load
//! by `validate::restore`. Plain data: the model's own types are not named here, so this file
//! stays outside the circle of the model's files.
//!
//! Written by serde's derive, read by hand from a JSON tree ([`read_round_records`]): the model's
//! reader parses trees already, and derived readers of these four records would add about
//! 12 KB of parser code to the app's first load.

use std::rc::Rc;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// Most rounds one model keeps.
pub const MAX_ROUND_RECORDS: usize = 50;

/// One question's figures of one touchpoint's ratings: the values on the question's scale
/// (Ist −2 ..= +2, importance 1 ..= 5).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RatedTouchpoint {
    /// The touchpoint's id (the model's `Id`, bounded by `restore`); it may have been deleted
    /// since.
    pub touchpoint: u64,
    /// Its name in the round.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ist: Option<RatedSpread>,
    /// Only where the round's importance medians were taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<RatedSpread>,
    /// Raters who marked it "not experienced".
    pub not_experienced: u32,
    /// Whether its medians became the model's ratings; the charts draw whiskers only then.
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

/// One group of raters and how many of it answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RoundGroup {
    pub name: String,
    /// Customers, else a group from inside the company.
    pub customer: bool,
    /// `None` when fewer than the round's minimum group size answered: hidden, as the
    /// round hides such a group's figures.
    pub raters: Option<u32>,
}

/// A round whose medians were taken.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoundRecord {
    /// The round's id: 32 lowercase hexadecimal digits.
    pub round: String,
    /// When its medians were last taken, ms since the Unix epoch.
    pub taken: f64,
    /// A follow-up round (Delphi) of an earlier round's disagreements.
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

/// Reads `Model::rounds` as stored: a list of records in the layout serde writes above, every
/// field required except those written only when set (`ist`, `importance`) and the defaults
/// `taken` 0, `follow_up` false, `not_experienced` 0, `taken` false, `raters` of a group
/// hidden. Plausibility is `validate::restore`'s.
pub fn read_round_records<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<Rc<RoundRecord>>, D::Error> {
    let bad = || D::Error::custom("invalid value for `round_records`");
    let value = Value::deserialize(d)?;
    value
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|v| record(v).map(Rc::new).ok_or_else(bad))
        .collect()
}

/// One record in the layout serde writes above (what the rating round view sends with "take
/// the medians"); `None` if it is not one.
pub fn read_record(v: &Value) -> Option<RoundRecord> {
    record(v)
}

fn record(v: &Value) -> Option<RoundRecord> {
    Some(RoundRecord {
        round: text(v, "round")?,
        taken: or_default(v, "taken", Value::as_f64)?,
        follow_up: or_default(v, "follow_up", Value::as_bool)?,
        min_group: u8::try_from(v.get("min_group")?.as_u64()?).ok()?,
        raters: count(v.get("raters")?)?,
        groups: list(v, "groups", |g| {
            Some(RoundGroup {
                name: text(g, "name")?,
                customer: or_default(g, "customer", Value::as_bool)?,
                raters: optional(g, "raters", count)?,
            })
        })?,
        touchpoints: list(v, "touchpoints", |t| {
            Some(RatedTouchpoint {
                touchpoint: t.get("touchpoint")?.as_u64()?,
                name: text(t, "name")?,
                ist: optional(t, "ist", spread)?,
                importance: optional(t, "importance", spread)?,
                not_experienced: or_default(t, "not_experienced", count)?,
                taken: or_default(t, "taken", Value::as_bool)?,
            })
        })?,
    })
}

fn spread(v: &Value) -> Option<RatedSpread> {
    let number = |key| v.get(key)?.as_f64();
    let step = |key| i8::try_from(v.get(key)?.as_i64()?).ok();
    Some(RatedSpread {
        n: count(v.get("n")?)?,
        median: number("median")?,
        mean: number("mean")?,
        min: step("min")?,
        max: step("max")?,
        ad_md: number("ad_md")?,
        disagree: v.get("disagree")?.as_bool()?,
    })
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_string)
}

fn count(v: &Value) -> Option<u32> {
    u32::try_from(v.as_u64()?).ok()
}

/// A field that may be missing or `null` (`Some(None)`); `None` when it is of the wrong kind.
fn optional<T>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match v.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(x) => read(x).map(Some),
    }
}

fn or_default<T: Default>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<T> {
    optional(v, key, read).map(Option::unwrap_or_default)
}

fn list<T>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    v.get(key)?.as_array()?.iter().map(read).collect()
}
