//! The measures of the plan as a status board or a table, in plan order (`plan::
//! measures_in_plan_order`): quick wins first and flagged, overdue measures highlighted.

use std::collections::HashSet;

use kontaktpunkt_core::domain::model::{Id, Measure, Model, Scenario};
use kontaktpunkt_core::figures::plan::{by_status, PlannedMeasure};
use kontaktpunkt_core::{Lang, Texts};
use yew::prelude::*;

use crate::components::{scroll_wrap, table_head};
use crate::format::{date_text, signed};
use crate::store::ModelRef;

#[derive(Properties, PartialEq)]
pub struct MeasureListProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// The measures to show, in plan order (already filtered by owner).
    pub plan: Vec<PlannedMeasure>,
    /// Today as `YYYY-MM-DD`, for the board's columns.
    pub today: AttrValue,
    /// Offers an edit button per measure when set.
    #[prop_or_default]
    pub on_edit: Option<Callback<Id>>,
}

/// The owner's name, or "no owner".
pub fn owner_text(model: &Model, owner: Option<&str>, texts: &Texts) -> String {
    owner.map_or_else(
        || texts.no_owner.to_string(),
        |key| model.owner_name(key).to_string(),
    )
}

/// The names of the measure's touchpoints, comma-separated.
fn touchpoint_names(model: &Model, measure: &Measure) -> String {
    measure
        .touchpoints
        .iter()
        .filter_map(|id| model.touchpoint(*id))
        .map(|tp| tp.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Expected Ist per scenario: "+2 / +1 / 0", with "–" where not set.
fn scenarios_text(measure: &Measure) -> String {
    [Scenario::Best, Scenario::Realistic, Scenario::Worst]
        .iter()
        .map(|s| {
            measure
                .expected
                .get(*s)
                .map_or_else(|| "–".to_string(), |e| signed(e.value()))
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

fn badges(p: &PlannedMeasure, texts: &Texts) -> Html {
    html! {
        <>
            if p.quick_win { <span class="badge badge-quick-win">{ texts.quick_win }</span> }
            if p.overdue { <span class="badge badge-overdue">{ texts.overdue }</span> }
        </>
    }
}

fn edit_button(on_edit: &Option<Callback<Id>>, measure: &Measure, texts: &Texts) -> Html {
    let Some(on_edit) = on_edit.clone() else {
        return Html::default();
    };
    let id = measure.id;
    html! {
        <button type="button" class="button-quiet no-print" aria-label={format!("{}: {}", texts.edit, measure.title)}
            onclick={Callback::from(move |_: MouseEvent| on_edit.emit(id))}>{ texts.edit }</button>
    }
}

fn due_text(measure: &Measure, lang: Lang) -> String {
    measure
        .due
        .as_deref()
        .map_or_else(|| "–".to_string(), |d| date_text(lang, d))
}

/// One column per status, each with its measures' cards.
#[component]
pub fn MeasureBoard(props: &MeasureListProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let shown: HashSet<Id> = props.plan.iter().map(|p| p.id).collect();
    html! {
        <div class="measure-board">
            for (status, column) in by_status(model, &props.today) {
                {{
                    let cards: Vec<PlannedMeasure> = column.into_iter().filter(|p| shown.contains(&p.id)).collect();
                    let title_id = format!("status-{}", status.key());
                    html! {
                        <section class="board-column" aria-labelledby={title_id.clone()} data-status={status.key()}>
                            <h3 id={title_id}>{ texts.measure_status(status) }{ format!(" ({})", cards.len()) }</h3>
                            for p in cards.iter() {
                                if let Some(m) = model.measure(p.id) {
                                    <article key={m.id} class={classes!("measure-card", p.overdue.then_some("is-overdue"))} data-measure={m.id.to_string()}>
                                        <h4 class="measure-title">{ &m.title }</h4>
                                        <div class="badges">{ badges(p, texts) }</div>
                                        <dl class="measure-facts">
                                            <div><dt>{ texts.owner }</dt><dd>{ owner_text(model, m.owner.as_deref(), texts) }</dd></div>
                                            <div><dt>{ texts.due }</dt><dd>{ due_text(m, props.lang) }</dd></div>
                                            <div><dt>{ texts.effort }</dt><dd>{ m.effort.value() }</dd></div>
                                            <div><dt>{ texts.touchpoints }</dt><dd>{ touchpoint_names(model, m) }</dd></div>
                                        </dl>
                                        { edit_button(&props.on_edit, m, texts) }
                                    </article>
                                }
                            }
                        </section>
                    }
                }}
            }
        </div>
    }
}

/// The plan as one table in plan order: what the report prints.
#[component]
pub fn MeasureTable(props: &MeasureListProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    html! {
        { scroll_wrap(texts.plan_list_title, html! {
            <table class="measure-table">
                { table_head(&[texts.measure_title, texts.status, texts.owner, texts.due, texts.effort, texts.touchpoints, texts.expected_short],
                    props.on_edit.is_some().then_some(texts.edit)) }
                <tbody>
                    for p in props.plan.iter() {
                        if let Some(m) = model.measure(p.id) {
                            <tr key={m.id} class={classes!(p.overdue.then_some("is-overdue"))} data-measure={m.id.to_string()}>
                                <th scope="row"><span class="measure-title">{ &m.title }</span>{ " " }{ badges(p, texts) }</th>
                                <td>{ texts.measure_status(m.status) }</td>
                                <td>{ owner_text(model, m.owner.as_deref(), texts) }</td>
                                <td>{ due_text(m, props.lang) }</td>
                                <td>{ m.effort.value() }</td>
                                <td>{ touchpoint_names(model, m) }</td>
                                <td class="nowrap">{ scenarios_text(m) }</td>
                                if props.on_edit.is_some() { <td>{ edit_button(&props.on_edit, m, texts) }</td> }
                            </tr>
                        }
                    }
                </tbody>
            </table>
        }) }
    }
}
