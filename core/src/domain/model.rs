//! The touchpoint model: every attribute of the method, with validated value types.
//!
//! Value types (`Experience`, `Importance`, `Effort`) reject out-of-range numbers when they are
//! built or deserialised, so a model that exists is a model whose numbers are in range.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::domain::error::ModelError;
use crate::domain::shared::{Keyed, List};
use crate::locale::Lang;

pub use crate::domain::kpis::{Competitor, Funnel, FunnelFigures, FunnelStage};
pub use crate::domain::round_record::{RatedTouchpoint, RoundRecord};
pub use crate::domain::tracking::{CycleStep, CycleTracker, Snapshot, SnapshotRating};

/// The schema version this build writes. Older versions are migrated on load.
pub const SCHEMA_VERSION: u32 = 1;

pub const MAX_NAME_CHARS: usize = 200;
/// Largest logo image kept with a model, in bytes (200 KiB): a cover's logo, not a photo.
pub const MAX_LOGO_BYTES: usize = 200 * 1024;
/// The image types a logo may have; each shows in an `<img>` without running anything.
pub const LOGO_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/svg+xml", "image/webp"];
pub const MAX_TEXT_CHARS: usize = 4_000;
pub const MAX_TOUCHPOINTS: usize = 5_000;
pub const MAX_LIST_ITEMS: usize = 200;
/// Most snapshots (baselines) one model keeps.
pub const MAX_SNAPSHOTS: usize = 200;

pub type Id = u64;

// Ids from replica blocks (`domain::ids`, which explains them); here because validation
// needs them too.
/// The largest id a model may hold: exact as a JavaScript number (below 2^52).
pub const MAX_ID: Id = (1 << 52) - 1;

/// Bits of the counter within a replica's block.
pub const COUNTER_BITS: u32 = 20;

/// The block an id belongs to (0: the ids of old models and links).
pub fn block(id: Id) -> u64 {
    id >> COUNTER_BITS
}

/// The first id of a replica's block.
pub fn block_start(replica: u32) -> Id {
    (Id::from(replica) << COUNTER_BITS) | 1
}

/// Experience on the method's five-step scale, -2 (strongly disappointing) ..= +2 (delightful).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i8", into = "i8")]
pub struct Experience(i8);

impl Experience {
    pub const MIN: i8 = -2;
    pub const MAX: i8 = 2;
    pub const ALL: [Experience; 5] = [
        Experience(-2),
        Experience(-1),
        Experience(0),
        Experience(1),
        Experience(2),
    ];

    pub fn new(value: i8) -> Result<Self, ModelError> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Self(value))
        } else {
            Err(ModelError::InvalidRating(value.into()))
        }
    }

    pub fn value(self) -> i8 {
        self.0
    }
}

impl TryFrom<i8> for Experience {
    type Error = ModelError;
    fn try_from(value: i8) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Experience> for i8 {
    fn from(e: Experience) -> i8 {
        e.0
    }
}

/// A whole number in a fixed range, checked when built and when deserialised, so a value
/// that exists is in range. `value()` gives the number, `Default` the given default.
macro_rules! bounded_u8 {
    ($(#[$doc:meta])* $name:ident, $min:literal ..= $max:literal, default $default:literal, $error:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "u8", into = "u8")]
        pub struct $name(u8);

        impl $name {
            pub fn new(value: u8) -> Result<Self, ModelError> {
                if ($min..=$max).contains(&value) {
                    Ok(Self(value))
                } else {
                    Err(ModelError::$error(value.into()))
                }
            }

            pub fn value(self) -> u8 {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self($default)
            }
        }

        impl TryFrom<u8> for $name {
            type Error = ModelError;
            fn try_from(value: u8) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl From<$name> for u8 {
            fn from(v: $name) -> u8 {
                v.0
            }
        }
    };
}
pub(crate) use bounded_u8;

bounded_u8!(
    /// Importance of a touchpoint for the decision and for loyalty, 1 ..= 5.
    Importance, 1 ..= 5, default 3, InvalidImportance
);

bounded_u8!(
    /// Effort of a measure, 1 (trivial) ..= 5 (large project).
    Effort, 1 ..= 5, default 3, InvalidEffort
);

impl Importance {
    /// The scale from 1 to 5.
    pub const ALL: [Importance; 5] = [
        Importance(1),
        Importance(2),
        Importance(3),
        Importance(4),
        Importance(5),
    ];
}

impl Effort {
    /// The scale from 1 to 5.
    pub const ALL: [Effort; 5] = [Effort(1), Effort(2), Effort(3), Effort(4), Effort(5)];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Contact {
    /// Unmittelbar: the company steers it (ad, website, hotline, invoice...).
    #[default]
    Direct,
    /// Mittelbar: others speak about the company (review portals, referrals, press...).
    Indirect,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    #[default]
    Online,
    Offline,
    Both,
}

/// Stable lowercase keys of the small enums, as in CSV files and links' JSON.
macro_rules! keyed_enum {
    ($ty:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($ty::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$ty> {
                match key { $($key => Some($ty::$variant),)+ _ => None }
            }
        }
    };
}

keyed_enum!(Contact { Direct => "direct", Indirect => "indirect" });
keyed_enum!(Channel { Online => "online", Offline => "offline", Both => "both" });
keyed_enum!(Decision { Keep => "keep", Optimise => "optimise", New => "new", Retire => "retire" });
keyed_enum!(Flag { Entry => "entry", Exit => "exit", MomentOfTruth => "moment_of_truth" });
keyed_enum!(FactorKind { Disappointment => "disappointment", Okay => "okay", Delight => "delight" });
keyed_enum!(MeasureStatus {
    Idea => "idea", Planned => "planned", InProgress => "in_progress", Done => "done",
    Dropped => "dropped",
});
keyed_enum!(Scenario { Best => "best", Realistic => "realistic", Worst => "worst" });

pub(crate) use keyed_enum;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    #[default]
    Keep,
    Optimise,
    New,
    Retire,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactorKind {
    Disappointment,
    Okay,
    Delight,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Entry,
    Exit,
    MomentOfTruth,
}

/// Schüller's analysis of a moment of truth: what disappoints, what is okay, what delights.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Factors {
    pub disappointment: Vec<String>,
    pub okay: Vec<String>,
    pub delight: Vec<String>,
}

impl Factors {
    pub fn list(&self, kind: FactorKind) -> &Vec<String> {
        match kind {
            FactorKind::Disappointment => &self.disappointment,
            FactorKind::Okay => &self.okay,
            FactorKind::Delight => &self.delight,
        }
    }

    pub fn list_mut(&mut self, kind: FactorKind) -> &mut Vec<String> {
        match kind {
            FactorKind::Disappointment => &mut self.disappointment,
            FactorKind::Okay => &mut self.okay,
            FactorKind::Delight => &mut self.delight,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Flags {
    pub entry: bool,
    pub exit: bool,
    pub moment_of_truth: bool,
}

impl Flags {
    pub fn get(&self, flag: Flag) -> bool {
        match flag {
            Flag::Entry => self.entry,
            Flag::Exit => self.exit,
            Flag::MomentOfTruth => self.moment_of_truth,
        }
    }

    pub fn set(&mut self, flag: Flag, on: bool) {
        match flag {
            Flag::Entry => self.entry = on,
            Flag::Exit => self.exit = on,
            Flag::MomentOfTruth => self.moment_of_truth = on,
        }
    }
}

/// A named entry of an editable list (journey stages, owners). `key` is stable across renames.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub key: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Key of a journey stage of the model.
    pub stage: String,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub channel: Channel,
    /// Key of an owner of the model; `None` is a touchpoint nobody is responsible for.
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub importance: Importance,
    /// Today's experience; `None` until rated.
    #[serde(default)]
    pub ist: Option<Experience>,
    /// The target experience; `None` until defined.
    #[serde(default)]
    pub soll: Option<Experience>,
    #[serde(default)]
    pub factors: Factors,
    #[serde(default)]
    pub flags: Flags,
    #[serde(default)]
    pub decision: Decision,
}

impl Keyed for Touchpoint {
    fn key(&self) -> Id {
        self.id
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    #[default]
    Idea,
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl MeasureStatus {
    /// Done or dropped: nothing left to do, so never overdue.
    pub fn is_closed(self) -> bool {
        matches!(self, MeasureStatus::Done | MeasureStatus::Dropped)
    }

    /// Planned, in progress or done: the measures a projection counts on. An idea is not
    /// decided yet, a dropped measure will not happen.
    pub fn is_committed(self) -> bool {
        matches!(
            self,
            MeasureStatus::Planned | MeasureStatus::InProgress | MeasureStatus::Done
        )
    }
}

/// One of the three scenarios of a measure's expected effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scenario {
    Best,
    Realistic,
    Worst,
}

/// Expected Ist of the linked touchpoints after the measure, per scenario.
/// `realistic` is "the expected Ist after the measure" of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenarios {
    pub best: Option<Experience>,
    pub realistic: Option<Experience>,
    pub worst: Option<Experience>,
}

impl Scenarios {
    pub fn get(&self, scenario: Scenario) -> Option<Experience> {
        match scenario {
            Scenario::Best => self.best,
            Scenario::Realistic => self.realistic,
            Scenario::Worst => self.worst,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub touchpoints: Vec<Id>,
    #[serde(default)]
    pub owner: Option<String>,
    /// ISO date `YYYY-MM-DD`.
    #[serde(default)]
    pub due: Option<String>,
    #[serde(default)]
    pub effort: Effort,
    #[serde(default)]
    pub status: MeasureStatus,
    #[serde(default)]
    pub expected: Scenarios,
}

impl Keyed for Measure {
    fn key(&self) -> Id {
        self.id
    }
}

/// NPS answers of one period, as counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NpsPeriod {
    pub period: String,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
}

/// New customers of one period, and how many of them came through a referral.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferralPeriod {
    pub period: String,
    pub referred: u32,
    pub new_customers: u32,
}

/// Schüller's six loyalty segments, in the order of [`LoyaltyCounts::to_array`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoyaltySegment {
    Saboteurs,
    Disloyal,
    Lost,
    ConditionallyLoyal,
    FullyLoyal,
    Fans,
}

impl LoyaltySegment {
    /// Every segment in [`LoyaltyCounts::to_array`] order.
    pub const ALL: [LoyaltySegment; 6] = [
        LoyaltySegment::Saboteurs,
        LoyaltySegment::Disloyal,
        LoyaltySegment::Lost,
        LoyaltySegment::ConditionallyLoyal,
        LoyaltySegment::FullyLoyal,
        LoyaltySegment::Fans,
    ];
}

/// Customer counts in Schüller's six loyalty segments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoyaltyCounts {
    pub saboteurs: u32,
    pub disloyal: u32,
    pub lost: u32,
    pub conditionally_loyal: u32,
    pub fully_loyal: u32,
    pub fans: u32,
}

impl LoyaltyCounts {
    /// The counts in segment order: saboteurs, disloyal, lost, conditionally loyal, fully
    /// loyal, fans (the order of [`LoyaltySegment::ALL`]).
    pub fn to_array(&self) -> [u32; 6] {
        [
            self.saboteurs,
            self.disloyal,
            self.lost,
            self.conditionally_loyal,
            self.fully_loyal,
            self.fans,
        ]
    }

    /// The counts from an array in [`LoyaltyCounts::to_array`] order.
    pub fn from_array(c: [u32; 6]) -> Self {
        let [saboteurs, disloyal, lost, conditionally_loyal, fully_loyal, fans] = c;
        Self {
            saboteurs,
            disloyal,
            lost,
            conditionally_loyal,
            fully_loyal,
            fans,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kpis {
    pub nps: Vec<NpsPeriod>,
    pub referrals: Vec<ReferralPeriod>,
    pub loyalty: LoyaltyCounts,
    /// The brand funnel, ours and optionally one competitor's.
    pub funnel: Funnel,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    pub title: String,
    pub company: String,
    /// Milliseconds since the Unix epoch; 0 when unknown.
    pub created: f64,
    pub updated: f64,
    /// The consultancy's name, on the report's cover.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub consultancy: String,
    /// The consultancy's logo as a data URL (`data:image/png;base64,…`) of at most
    /// [`MAX_LOGO_BYTES`]: kept with the model and in its file, left out of share links,
    /// which it would make too long. Shared, not copied: every edit clones the meta, and the
    /// undo history keeps a model per step (serde writes and reads it as the plain string).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<Rc<str>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub version: u32,
    #[serde(default)]
    pub meta: Meta,
    pub stages: Vec<Category>,
    pub owners: Vec<Category>,
    #[serde(default)]
    pub touchpoints: List<Touchpoint>,
    #[serde(default)]
    pub measures: List<Measure>,
    #[serde(default)]
    pub kpis: Kpis,
    /// Dated copies of the ratings (baselines), in the order they were taken.
    #[serde(default)]
    pub snapshots: List<Snapshot>,
    /// Where the team stands in the eight-step cycle.
    #[serde(default)]
    pub cycle: CycleTracker,
    /// Next free id for touchpoints, measures and snapshots.
    #[serde(default)]
    pub next_id: Id,
    /// The rating rounds whose medians were taken, oldest first (`round_record`). Left out
    /// of the JSON while empty, so a model without rounds is written as before; shared, as
    /// the undo history keeps a model per step.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::domain::round_record::read_round_records"
    )]
    pub round_records: Vec<Rc<RoundRecord>>,
    /// The rating rounds started from this model, oldest first, each with the answers
    /// collected so far. Left out of share links; absent from the JSON while there are none,
    /// so models without rounds are stored as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Rc<KeptRound>>,
}

/// A rating round as the model keeps it: its round link and one return link per rater, the
/// formats of `docs/rating-rounds.md`, read by `rounds::kept`. Shared, not copied: the undo
/// history keeps a model per step, and answers are only added when the consultant confirms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptRound {
    /// The round link's fragment, `kr1.…`: what the raters were sent.
    pub link: String,
    /// The answers collected so far, one return link (`ka1.…`) per rater.
    #[serde(default)]
    pub answers: Vec<String>,
}

/// The default journey stages: key, German name, English name.
pub const DEFAULT_STAGES: [(&str, &str, &str); 5] = [
    ("awareness", "Aufmerksamkeit", "Awareness"),
    ("information", "Information", "Information"),
    ("purchase", "Kauf", "Purchase"),
    ("usage", "Nutzung & Service", "Usage & Service"),
    ("loyalty", "Bindung & Empfehlung", "Loyalty & Referral"),
];

/// The default owners (departments): key, German name, English name.
pub const DEFAULT_OWNERS: [(&str, &str, &str); 7] = [
    ("marketing", "Marketing", "Marketing"),
    ("sales", "Vertrieb", "Sales"),
    ("service", "Service", "Service"),
    ("logistics", "Logistik", "Logistics"),
    ("billing", "Buchhaltung", "Billing"),
    ("product", "Produkt", "Product"),
    ("management", "Geschäftsführung", "Management"),
];

/// A default category's name in `lang`: the one place these tuples are read by language.
fn default_name(entry: &(&'static str, &'static str, &'static str), lang: Lang) -> &'static str {
    lang.pick(entry.1, entry.2)
}

/// The default stages as (key, name in `lang`), in journey order.
pub fn default_stages(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    DEFAULT_STAGES
        .iter()
        .map(move |e| (e.0, default_name(e, lang)))
}

fn categories(
    defaults: &[(&'static str, &'static str, &'static str)],
    lang: Lang,
) -> Vec<Category> {
    defaults
        .iter()
        .map(|e| Category {
            key: e.0.to_string(),
            name: default_name(e, lang).to_string(),
        })
        .collect()
}

impl Model {
    /// An empty model with the default stages and owners named in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            version: SCHEMA_VERSION,
            meta: Meta::default(),
            stages: categories(&DEFAULT_STAGES, lang),
            owners: categories(&DEFAULT_OWNERS, lang),
            touchpoints: List::new(),
            measures: List::new(),
            kpis: Kpis::default(),
            snapshots: List::new(),
            cycle: CycleTracker::default(),
            next_id: 1,
            round_records: Vec::new(),
            rounds: Vec::new(),
        }
    }

    pub fn touchpoint(&self, id: Id) -> Option<&Touchpoint> {
        self.touchpoints.find(id)
    }

    pub fn measure(&self, id: Id) -> Option<&Measure> {
        self.measures.find(id)
    }

    pub fn snapshot(&self, id: Id) -> Option<&Snapshot> {
        self.snapshots.find(id)
    }

    /// The figures of the latest round whose medians this touchpoint took: what its
    /// whiskers show.
    pub fn rated(&self, id: Id) -> Option<&RatedTouchpoint> {
        self.round_records
            .iter()
            .rev()
            .find_map(|r| r.touchpoints.iter().find(|t| t.taken && t.touchpoint == id))
    }

    pub fn stage(&self, key: &str) -> Option<&Category> {
        self.stages.iter().find(|s| s.key == key)
    }

    pub fn owner(&self, key: &str) -> Option<&Category> {
        self.owners.iter().find(|o| o.key == key)
    }

    pub fn stage_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.stage(key).map_or(key, |s| s.name.as_str())
    }

    pub fn owner_name<'a>(&'a self, key: &'a str) -> &'a str {
        self.owner(key).map_or(key, |o| o.name.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.touchpoints.is_empty() && self.measures.is_empty()
    }

    /// Nothing a user entered: no title or company, no touchpoints, measures, KPIs or
    /// baselines. Such a model may be reused instead of leaving an empty one behind.
    pub fn is_blank(&self) -> bool {
        self.is_empty()
            && self.snapshots.is_empty()
            && self.meta.title.trim().is_empty()
            && self.meta.company.trim().is_empty()
            && self.kpis == Kpis::default()
    }

    /// What to call the model: its title; without one, its company; without that, its first
    /// touchpoints ("Website, Hotline …"). `None` for a model with nothing to name it by.
    pub fn name_from_content(&self) -> Option<String> {
        const NAMED: usize = 2;
        let given = [&self.meta.title, &self.meta.company]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty());
        if let Some(name) = given {
            return Some(name.to_string());
        }
        let names: Vec<&str> = self
            .touchpoints
            .iter()
            .map(|t| t.name.trim())
            .filter(|n| !n.is_empty())
            .take(NAMED + 1)
            .collect();
        match names.len() {
            0 => None,
            n if n <= NAMED => Some(names.join(", ")),
            _ => Some(format!("{} …", names[..NAMED].join(", "))),
        }
    }
}
