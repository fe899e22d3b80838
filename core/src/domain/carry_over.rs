//! Replacing the touchpoints while keeping the plan: when a consultant re-imports the client's
//! updated list, the measures, snapshots (baselines), KPIs and the cycle of the current model
//! stay, and follow the touchpoints by name. What cannot follow is reported, never dropped
//! without a word; what a full replace removes is counted for its confirmation.

use std::collections::HashMap;
use std::rc::Rc;

use crate::domain::error::ModelError;
use crate::domain::model::{Category, Id, Model, DEFAULT_OWNERS, DEFAULT_STAGES, MAX_LIST_ITEMS};
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
    next.next_id = next.next_id.max(current.next_id);
    let mut by_name: HashMap<String, Vec<Id>> = HashMap::new();
    let mut fresh = Vec::with_capacity(next.touchpoints.len());
    for _ in 0..next.touchpoints.len() {
        fresh.push(next.take_id()?);
    }
    for (tp, id) in next.touchpoints.iter_mut().zip(&fresh) {
        tp.id = *id;
    }
    for tp in next.touchpoints.iter() {
        by_name.entry(fold(&tp.name)).or_default().push(tp.id);
    }
    // Old id → new id, one new touchpoint per old one.
    let mut map: HashMap<Id, Id> = HashMap::new();
    let mut taken: Vec<Id> = Vec::new();
    let exact = |name: &str, taken: &[Id]| {
        next.touchpoints
            .iter()
            .find(|t| t.name == name && !taken.contains(&t.id))
            .map(|t| t.id)
    };
    for old in current.touchpoints.iter() {
        if let Some(id) = exact(&old.name, &taken) {
            map.insert(old.id, id);
            taken.push(id);
        }
    }
    for old in current.touchpoints.iter() {
        if map.contains_key(&old.id) {
            continue;
        }
        let candidate = by_name
            .get(&fold(&old.name))
            .and_then(|ids| ids.iter().find(|id| !taken.contains(id)).copied());
        if let Some(id) = candidate {
            map.insert(old.id, id);
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
            match map.get(old) {
                Some(new) => links.push(*new),
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
                match map.get(&r.touchpoint) {
                    Some(new) => r.touchpoint = *new,
                    None => unmatched(&r.name, &mut report),
                }
                r
            })
            .collect();
        s.ratings = Rc::from(ratings);
    }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::action::{Action, MeasureEdit, NewTouchpoint};
    use crate::domain::history::History;
    use crate::domain::model::Touchpoint;
    use crate::locale::Lang;

    fn added(model: &Model, names: &[&str]) -> Model {
        let list = names
            .iter()
            .map(|n| NewTouchpoint {
                name: n.to_string(),
                stage: "awareness".into(),
                contact: Default::default(),
                channel: Default::default(),
            })
            .collect();
        model.apply(Action::AddTouchpoints(list), 1.0).unwrap()
    }

    fn id_of(model: &Model, name: &str) -> Id {
        model
            .touchpoints
            .iter()
            .find(|t| t.name == name)
            .unwrap()
            .id
    }

    /// A model with three touchpoints, a measure on two of them owned by Sales, a snapshot
    /// and an NPS period.
    fn planned() -> Model {
        let mut m = added(&Model::new(Lang::En), &["Hotline", "Invoice", "Website"]);
        m.meta.title = "Müller".into();
        let links = vec![id_of(&m, "Hotline"), id_of(&m, "Invoice")];
        m = m
            .apply(Action::AddMeasure("Call back".into()), 2.0)
            .unwrap();
        let measure = m.measures[0].id;
        for edit in [
            MeasureEdit::Touchpoints(links),
            MeasureEdit::Owner(Some("sales".into())),
        ] {
            m = m.apply(Action::EditMeasure(measure, edit), 3.0).unwrap();
        }
        m = m
            .apply(
                Action::TakeSnapshot {
                    date: "2026-03-01".into(),
                    label: "Baseline".into(),
                },
                4.0,
            )
            .unwrap();
        m.kpis.nps.push(Default::default());
        m
    }

    /// The client's updated list in German: the hotline renamed in case, the invoice gone,
    /// a new touchpoint.
    fn updated() -> Model {
        added(&Model::new(Lang::De), &["Website", "HOTLINE ", "Messe"])
    }

    #[test]
    fn measures_and_snapshots_follow_the_touchpoints_by_name_and_say_what_could_not() {
        let current = planned();
        let (next, report) = keep_plan(&current, updated()).unwrap();
        assert_eq!(next.touchpoints.len(), 3);
        assert_eq!(next.meta.title, "Müller");
        assert_eq!(next.kpis, current.kpis);
        let hotline = id_of(&next, "HOTLINE");
        assert_eq!(next.measures[0].touchpoints, vec![hotline]);
        assert_eq!(
            next.owner_name(next.measures[0].owner.as_deref().unwrap()),
            "Vertrieb"
        );
        let ratings = &next.snapshots[0].ratings;
        assert_eq!(ratings.len(), 3);
        assert_eq!(ratings[0].touchpoint, hotline);
        let website = ratings.iter().find(|r| r.name == "Website").unwrap();
        assert_eq!(website.touchpoint, id_of(&next, "Website"));
        let invoice = ratings.iter().find(|r| r.name == "Invoice").unwrap();
        assert!(
            next.touchpoint(invoice.touchpoint).is_none(),
            "a rating of a touchpoint that is gone names none of the new ones"
        );
        assert_eq!(report.unmatched, vec!["Invoice".to_string()]);
        assert_eq!(report.dropped_links, 1);
        assert_eq!((report.measures, report.snapshots), (1, 1));
        assert!(next
            .touchpoints
            .iter()
            .all(|t: &Touchpoint| t.id >= current.next_id));
    }

    #[test]
    fn a_missing_owner_is_added_and_the_action_is_one_undoable_step() {
        let mut current = planned();
        current = current
            .apply(
                Action::AddCategory(
                    crate::domain::action::ListKind::Owners,
                    "Innendienst".into(),
                ),
                5.0,
            )
            .unwrap();
        let key = current.owners.last().unwrap().key.clone();
        let measure = current.measures[0].id;
        current = current
            .apply(
                Action::EditMeasure(measure, MeasureEdit::Owner(Some(key))),
                6.0,
            )
            .unwrap();
        let mut history = History::new(current.clone());
        history
            .apply(Action::ReplaceTouchpoints(Box::new(updated())), 7.0)
            .unwrap();
        let next = history.current.clone();
        let owner = next.measures[0].owner.as_deref().unwrap();
        assert_eq!(next.owner_name(owner), "Innendienst");
        assert_eq!(next.snapshots.len(), 1);
        assert!(history.undo());
        assert_eq!(*history.current, current);
    }

    #[test]
    fn the_confirmation_counts_what_goes() {
        let current = planned();
        let all = Removed::of(&current, false);
        assert_eq!(
            all,
            Removed {
                touchpoints: 3,
                measures: 1,
                snapshots: 1,
                kpi_figures: 1,
                cycle_notes: 0,
                own_entries: 0,
            }
        );
        let kept = Removed::of(&current, true);
        assert_eq!((kept.touchpoints, kept.measures, kept.snapshots), (3, 0, 0));
    }
}
