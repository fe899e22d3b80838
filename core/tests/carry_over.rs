//! Replacing the touchpoints while keeping the plan (domain::carry_over): measures and
//! snapshots follow the touchpoints by name, and the confirmation counts what goes.

#![allow(clippy::unwrap_used)]
use kontaktpunkt_core::domain::action::{Action, MeasureEdit, NewTouchpoint};
use kontaktpunkt_core::domain::carry_over::*;
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::Touchpoint;
use kontaktpunkt_core::domain::model::{Id, Model};
use kontaktpunkt_core::locale::Lang;

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
                kontaktpunkt_core::domain::action::ListKind::Owners,
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
