//! Replacing the touchpoints while keeping the plan: when a consultant re-imports the client's
//! updated list, the measures, snapshots (baselines), KPIs and the cycle of the current model
//! stay, and follow the touchpoints by name. What cannot follow is reported, never dropped
//! without a word; what a full replace removes is counted for its confirmation.

use std::rc::Rc;

use crate::domain::error::ModelError;
use crate::domain::model::{
    Category, Id, Model, RoundRecord, DEFAULT_OWNERS, DEFAULT_STAGES, MAX_LIST_ITEMS,
};
use crate::domain::validate::restore;

/// What a replace removes from the current model, for its confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    pub touchpoints: usize,
    pub measures: usize,
    pub snapshots: usize,
    /// NPS and referral periods, and the loyalty and funnel figures when any is set.
    pub kpi_figures: usize,
    /// Cycle notes that hold text.
    pub cycle_notes: usize,
    /// Stages and owners the user added or renamed (not the defaults).
    pub own_entries: usize,
}

impl Removed {
    /// What replacing `current` removes: everything but title and company when `keep_plan` is
    /// false, only the touchpoints and the lists when it is true.
    pub fn of(current: &Model, keep_plan: bool) -> Self {
        let own = |list: &[Category], defaults: &[(&str, &str, &str)]| {
            list.iter()
                .filter(|c| {
                    !defaults
                        .iter()
                        .any(|(key, de, en)| c.key == *key && (c.name == *de || c.name == *en))
                })
                .count()
        };
        let mut removed = Removed {
            touchpoints: current.touchpoints.len(),
            own_entries: own(&current.stages, &DEFAULT_STAGES)
                + own(&current.owners, &DEFAULT_OWNERS),
            ..Removed::default()
        };
        if !keep_plan {
            let k = &current.kpis;
            removed.measures = current.measures.len();
            removed.snapshots = current.snapshots.len();
            removed.kpi_figures = k.nps.len()
                + k.referrals.len()
                + usize::from(k.loyalty != Default::default())
                + usize::from(k.funnel != Default::default());
            removed.cycle_notes = current
                .cycle
                .notes
                .iter()
                .filter(|n| !n.trim().is_empty())
                .count();
        }
        removed
    }
}

/// What could not follow the touchpoints by name when the plan is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CarryReport {
    pub measures: usize,
    pub snapshots: usize,
    /// Names of current touchpoints that measures link or snapshots rate and the new list
    /// does not hold, in order of first mention: measures lose these links, snapshots keep
    /// them by name only.
    pub unmatched: Vec<String>,
    /// How many links of measures to touchpoints go with them.
    pub dropped_links: usize,
}

/// `incoming`'s touchpoints, stages and owners with `current`'s title, measures, snapshots,
/// KPIs and cycle: links follow the touchpoints by name (the first touchpoint of that name
/// not yet taken, exactly, then ignoring case and surrounding spaces). The new touchpoints get
/// ids after every id `current` used, so a snapshot's rating of a touchpoint that is gone
/// never names a new one. A measure's owner missing from the new list is added to it.
pub fn keep_plan(current: &Model, incoming: Model) -> Result<(Model, CarryReport), ModelError> {
    let mut next = incoming;
    next.meta = current.meta.clone();
    // Collected answers are kept; their touchpoints are the old ids, which "take the
    // medians" no longer finds in the new list.
    next.rounds = current.rounds.clone();
    next.next_id = next.next_id.max(current.next_id);
    let mut fresh = Vec::with_capacity(next.touchpoints.len());
    for _ in 0..next.touchpoints.len() {
        fresh.push(next.take_id()?);
    }
    for (tp, id) in next.touchpoints.iter_mut().zip(&fresh) {
        tp.id = *id;
    }
    // Searched in order rather than hashed: at most a few hundred touchpoints, and the maps'
    // code of their own cost wasm bytes on every first load.
    let folded: Vec<(String, Id)> = next
        .touchpoints
        .iter()
        .map(|tp| (fold(&tp.name), tp.id))
        .collect();
    // Old id → new id, one new touchpoint per old one.
    let mut map: Vec<(Id, Id)> = Vec::new();
    let new_of = |map: &[(Id, Id)], old: &Id| map.iter().find(|(o, _)| o == old).map(|(_, n)| *n);
    let mut taken: Vec<Id> = Vec::new();
    let exact = |name: &str, taken: &[Id]| {
        next.touchpoints
            .iter()
            .find(|t| t.name == name && !taken.contains(&t.id))
            .map(|t| t.id)
    };
    for old in current.touchpoints.iter() {
        if let Some(id) = exact(&old.name, &taken) {
            map.push((old.id, id));
            taken.push(id);
        }
    }
    for old in current.touchpoints.iter() {
        if new_of(&map, &old.id).is_some() {
            continue;
        }
        let name = fold(&old.name);
        let candidate = folded
            .iter()
            .find(|(n, id)| *n == name && !taken.contains(id))
            .map(|(_, id)| *id);
        if let Some(id) = candidate {
            map.push((old.id, id));
            taken.push(id);
        }
    }
    let mut report = CarryReport {
        measures: current.measures.len(),
        snapshots: current.snapshots.len(),
        ..CarryReport::default()
    };
    fn unmatched(name: &str, report: &mut CarryReport) {
        if !report.unmatched.iter().any(|n| n == name) {
            report.unmatched.push(name.to_string());
        }
    }
    let mut measures = current.measures.clone();
    for m in measures.iter_mut() {
        let mut links = Vec::with_capacity(m.touchpoints.len());
        for old in &m.touchpoints {
            match new_of(&map, old) {
                Some(new) => links.push(new),
                None => {
                    report.dropped_links += 1;
                    let name = current.touchpoint(*old).map_or("", |t| t.name.as_str());
                    unmatched(name, &mut report);
                }
            }
        }
        m.touchpoints = links;
        if let Some(key) = m.owner.clone() {
            m.owner = Some(owner_in(&mut next, current, &key)?);
        }
    }
    let mut snapshots = current.snapshots.clone();
    for s in snapshots.iter_mut() {
        let ratings: Vec<_> = s
            .ratings
            .iter()
            .map(|r| {
                let mut r = r.clone();
                match new_of(&map, &r.touchpoint) {
                    Some(new) => r.touchpoint = new,
                    None => unmatched(&r.name, &mut report),
                }
                r
            })
            .collect();
        s.ratings = Rc::from(ratings);
    }
    // Rounds' figures follow by name too; one that is gone keeps its old id, which no new
    // touchpoint has, so it shows in the report and draws no whisker.
    next.round_records = current
        .round_records
        .iter()
        .map(|r| {
            let mut r = RoundRecord::clone(r);
            for t in &mut r.touchpoints {
                if let Some(new) = new_of(&map, &t.touchpoint) {
                    t.touchpoint = new;
                }
            }
            Rc::new(r)
        })
        .collect();
    next.measures = measures;
    next.snapshots = snapshots;
    next.kpis = current.kpis.clone();
    next.cycle = current.cycle.clone();
    Ok((restore(next)?, report))
}

fn fold(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The key in `next` of the owner `key` names in `current`: the entry of the same name (any
/// case), else the same default owner in the other language, else the owner added to `next`'s list.
fn owner_in(next: &mut Model, current: &Model, key: &str) -> Result<String, ModelError> {
    let name = current.owner_name(key);
    let found = next
        .owners
        .iter()
        .find(|o| fold(&o.name) == fold(name))
        .or_else(|| {
            let default = DEFAULT_OWNERS.iter().any(|(k, _, _)| *k == key);
            next.owners.iter().find(|o| default && o.key == key)
        });
    if let Some(o) = found {
        return Ok(o.key.clone());
    }
    if next.owners.len() >= MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    let key = format!("owner-{}", next.take_id()?);
    next.owners.push(Category {
        key: key.clone(),
        name: name.to_string(),
    });
    Ok(key)
}
