//! Every figure the product shows, as plain functions of the model (see DOMAIN: "Figures").
//! Figures that can have no data return `None` instead of NaN or a made-up zero.

pub use crate::domain::kpis::{nps_counts, parse_nps_answers, BadAnswer};
use crate::domain::model::{
    Channel, Experience, Id, Importance, LoyaltyCounts, Measure, Model, Touchpoint,
};

/// Gap = Soll − Ist; positive means work to do. `None` until both are rated.
pub fn gap(tp: &Touchpoint) -> Option<i8> {
    Some(tp.soll?.value() - tp.ist?.value())
}

/// Priority = importance × max(gap, 0), 0..=20.
pub fn priority(tp: &Touchpoint) -> u8 {
    let gap = gap(tp).unwrap_or(0).max(0) as u8;
    tp.importance.value() * gap
}

/// The touchpoints sorted by priority (highest first; ties keep the model's order).
pub fn by_priority(model: &Model) -> Vec<&Touchpoint> {
    // Priorities are small whole numbers (importance 5 × gap 4 at most): one bucket per value,
    // filled in model order, is the stable sort in one pass. Every edit runs this over the
    // whole model (the key touchpoints), so it stays linear at 2,000 touchpoints.
    let mut buckets: Vec<Vec<&Touchpoint>> = Vec::new();
    for tp in model.touchpoints.iter() {
        let p = usize::from(priority(tp));
        if buckets.len() <= p {
            buckets.resize_with(p + 1, Vec::new);
        }
        buckets[p].push(tp);
    }
    buckets.into_iter().rev().flatten().collect()
}

/// Share of the total priority a key-touchpoint prefix must hold (Pareto).
pub const KEY_SHARE: f64 = 0.8;

/// Key touchpoints: the smallest prefix of [`by_priority`] that holds ≥ 80 % of the total
/// priority. Empty when no touchpoint has a positive priority.
pub fn key_touchpoints(model: &Model) -> Vec<Id> {
    let sorted = by_priority(model);
    let total: u32 = sorted.iter().map(|tp| u32::from(priority(tp))).sum();
    let mut keys = Vec::new();
    let mut sum = 0u32;
    for tp in sorted {
        // Integer form of sum / total >= 0.8, free of rounding.
        if total == 0 || sum * 5 >= total * 4 {
            break;
        }
        sum += u32::from(priority(tp));
        keys.push(tp.id);
    }
    keys
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Ist,
    Soll,
}

fn rating(tp: &Touchpoint, which: Which) -> Option<Experience> {
    match which {
        Which::Ist => tp.ist,
        Which::Soll => tp.soll,
    }
}

/// Experience index 0..100: Σ importance·rating / Σ importance over the rated touchpoints,
/// mapped from -2..+2 by (x + 2) / 4 · 100. `None` when nothing is rated.
pub fn experience_index<'a>(
    touchpoints: impl IntoIterator<Item = &'a Touchpoint>,
    which: Which,
) -> Option<f64> {
    weighted_index(
        touchpoints
            .into_iter()
            .map(|tp| (tp.importance, rating(tp, which))),
    )
}

/// The experience index of (importance, rating) pairs; unrated pairs are left out. The one
/// formula behind [`experience_index`], snapshots and projections.
pub fn weighted_index(
    items: impl IntoIterator<Item = (Importance, Option<Experience>)>,
) -> Option<f64> {
    let (weighted, weights) = items
        .into_iter()
        .filter_map(|(importance, rating)| {
            let w = f64::from(importance.value());
            rating.map(|r| (w * f64::from(r.value()), w))
        })
        .fold((0.0, 0.0), |(s, w), (x, y)| (s + x, w + y));
    (weights > 0.0).then(|| to_index(weighted / weights))
}

/// Maps a mean rating on -2..+2 to 0..100.
pub fn to_index(mean_rating: f64) -> f64 {
    (mean_rating + 2.0) / 4.0 * 100.0
}

/// Ist and Soll index of one group of touchpoints.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupIndex {
    pub key: String,
    pub name: String,
    pub count: usize,
    pub ist: Option<f64>,
    pub soll: Option<f64>,
}

fn group_index<'a>(
    key: String,
    name: String,
    members: impl Iterator<Item = &'a Touchpoint> + Clone,
) -> GroupIndex {
    GroupIndex {
        key,
        name,
        count: members.clone().count(),
        ist: experience_index(members.clone(), Which::Ist),
        soll: experience_index(members, Which::Soll),
    }
}

/// The index of the whole journey.
pub fn journey_index(model: &Model) -> GroupIndex {
    group_index(String::new(), String::new(), model.touchpoints.iter())
}

/// One entry per stage, in the model's stage order; stages without touchpoints included.
pub fn index_by_stage(model: &Model) -> Vec<GroupIndex> {
    model
        .stages
        .iter()
        .map(|s| {
            let members = model.touchpoints.iter().filter(|tp| tp.stage == s.key);
            group_index(s.key.clone(), s.name.clone(), members)
        })
        .collect()
}

/// One entry per owner, then one with the empty key for touchpoints without an owner
/// (only when there are such touchpoints).
pub fn index_by_owner(model: &Model) -> Vec<GroupIndex> {
    let mut out: Vec<GroupIndex> = model
        .owners
        .iter()
        .map(|o| {
            let members = model
                .touchpoints
                .iter()
                .filter(|tp| tp.owner.as_deref() == Some(o.key.as_str()));
            group_index(o.key.clone(), o.name.clone(), members)
        })
        .collect();
    let unowned = model.touchpoints.iter().filter(|tp| tp.owner.is_none());
    if unowned.clone().next().is_some() {
        out.push(group_index(String::new(), String::new(), unowned));
    }
    out
}

/// One entry per channel (online, offline, both); `key` is the channel's serde name.
pub fn index_by_channel(model: &Model) -> Vec<(Channel, GroupIndex)> {
    Channel::ALL
        .iter()
        .map(|c| {
            let members = model.touchpoints.iter().filter(|tp| tp.channel == *c);
            (*c, group_index(c.key().to_string(), String::new(), members))
        })
        .collect()
}

/// Importance at or above this counts as high in the importance-performance matrix.
pub const HIGH_IMPORTANCE: u8 = 3;
/// Ist above this ("okay") counts as high performance: the method's goal is beyond okay.
pub const OKAY: i8 = 0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High importance, low Ist.
    FixFirst,
    /// High importance, high Ist (lovepoints live here).
    KeepItUp,
    /// Low importance, low Ist.
    LowPriority,
    /// Low importance, high Ist.
    PossibleOverkill,
}

/// The importance-performance quadrant; `None` until Ist is rated.
pub fn quadrant(tp: &Touchpoint) -> Option<Quadrant> {
    let high_importance = tp.importance.value() >= HIGH_IMPORTANCE;
    let high_ist = tp.ist?.value() > OKAY;
    Some(match (high_importance, high_ist) {
        (true, false) => Quadrant::FixFirst,
        (true, true) => Quadrant::KeepItUp,
        (false, false) => Quadrant::LowPriority,
        (false, true) => Quadrant::PossibleOverkill,
    })
}

/// Lovepoint: Ist ≥ +1 and importance ≥ 4.
pub fn is_lovepoint(tp: &Touchpoint) -> bool {
    tp.ist.is_some_and(|r| r.value() >= 1) && tp.importance.value() >= 4
}

/// Painpoint: Ist ≤ −1 and importance ≥ 3.
pub fn is_painpoint(tp: &Touchpoint) -> bool {
    tp.ist.is_some_and(|r| r.value() <= -1) && tp.importance.value() >= 3
}

/// Quick win: effort ≤ 2 on at least one key touchpoint.
pub fn is_quick_win(measure: &Measure, key_touchpoints: &[Id]) -> bool {
    measure.effort.value() <= 2
        && measure
            .touchpoints
            .iter()
            .any(|t| key_touchpoints.contains(t))
}

/// NPS = % promoters − % detractors, −100..=+100; `None` with no answers.
pub fn nps(promoters: u32, passives: u32, detractors: u32) -> Option<f64> {
    let total = f64::from(promoters) + f64::from(passives) + f64::from(detractors);
    (total > 0.0).then(|| (f64::from(promoters) - f64::from(detractors)) / total * 100.0)
}

/// Referral rate = new customers won by referral ÷ all new customers, as 0..=1.
/// `None` when there were no new customers or the counts are inconsistent.
pub fn referral_rate(referred: u32, new_customers: u32) -> Option<f64> {
    (new_customers > 0 && referred <= new_customers)
        .then(|| f64::from(referred) / f64::from(new_customers))
}

/// Shares (0..=1) of the six loyalty segments, in the order saboteurs, disloyal, lost,
/// conditionally loyal, fully loyal, fans. `None` with no customers counted.
pub fn loyalty_shares(c: &LoyaltyCounts) -> Option<[f64; 6]> {
    let counts = c.to_array();
    let total: f64 = counts.iter().map(|n| f64::from(*n)).sum();
    (total > 0.0).then(|| counts.map(|n| f64::from(n) / total))
}

/// Every figure of a model at once: what the overview and the benchmark compute.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub journey: GroupIndex,
    pub by_stage: Vec<GroupIndex>,
    pub by_owner: Vec<GroupIndex>,
    pub by_channel: Vec<(Channel, GroupIndex)>,
    pub key_touchpoints: Vec<Id>,
    pub lovepoints: Vec<Id>,
    pub painpoints: Vec<Id>,
    pub quick_wins: Vec<Id>,
}

pub fn summary(model: &Model) -> Summary {
    let keys = key_touchpoints(model);
    let ids = |pred: fn(&Touchpoint) -> bool| {
        model
            .touchpoints
            .iter()
            .filter(|t| pred(t))
            .map(|t| t.id)
            .collect()
    };
    Summary {
        journey: journey_index(model),
        by_stage: index_by_stage(model),
        by_owner: index_by_owner(model),
        by_channel: index_by_channel(model),
        lovepoints: ids(is_lovepoint),
        painpoints: ids(is_painpoint),
        quick_wins: model
            .measures
            .iter()
            .filter(|m| is_quick_win(m, &keys))
            .map(|m| m.id)
            .collect(),
        key_touchpoints: keys,
    }
}
