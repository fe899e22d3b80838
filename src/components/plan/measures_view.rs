//! The measures plan: add measures, see them by status or as a table, filter by owner, edit
//! one; the projection and the decisions the plan does not cover yet. A view of the views
//! module (loaded when it opens): it reads the model and sends its changes as commands.

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::figures::plan::{measures_in_plan_order, with_owner};
use yew::prelude::*;

use crate::browser;
use crate::components::plan::measure_editor::MeasureEditor;
use crate::components::plan::measure_list::{MeasureBoard, MeasureTable};
use crate::components::plan::plan_outlook::{PlanOutlook, PlanWarnings};
use crate::components::{event_value, toggle_button};
use crate::store::{use_dispatcher, use_reading, StoreExt};

/// The owner filter's value for "every owner"; "" is "no owner", anything else an owner key.
const ALL_OWNERS: &str = "*";

#[component]
pub fn MeasuresView() -> Html {
    let reading = use_reading();
    let store = use_dispatcher();
    let lang = reading.lang;
    let texts = lang.texts();
    let model = reading.model.clone();
    let draft = use_state(String::new);
    let editing = use_state(|| None::<Id>);
    let as_table = use_state(|| false);
    let owner = use_state(|| ALL_OWNERS.to_string());
    // The measures' ids when one was added: the new one opens once it is in the model (the id
    // is the reducer's, from this tab's block, and the model may come back from the app later).
    let adding = use_mut_ref(|| None::<Vec<Id>>);
    {
        let (adding, editing) = (adding.clone(), editing.clone());
        use_effect_with(model.clone(), move |model| {
            let added = adding.borrow().as_ref().and_then(|before| {
                model
                    .measures
                    .iter()
                    .map(|m| m.id)
                    .find(|id| !before.contains(id))
            });
            if let Some(id) = added {
                adding.borrow_mut().take();
                editing.set(Some(id));
            }
        });
    }
    let today = browser::today();
    let plan = measures_in_plan_order(&model, &today);
    let plan = match owner.as_str() {
        ALL_OWNERS => plan,
        "" => with_owner(&model, &plan, None),
        key => with_owner(&model, &plan, Some(key)),
    };
    let on_add = {
        let (store, draft, model) = (store.clone(), draft.clone(), model.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !draft.trim().is_empty() {
                *adding.borrow_mut() = Some(model.measures.iter().map(|m| m.id).collect());
            }
            store.act(Action::AddMeasure((*draft).clone()));
            draft.set(String::new());
        })
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |id: Id| editing.set(Some(id)))
    };
    let on_close = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let view_toggle = |table: bool| {
        let as_table = as_table.clone();
        Callback::from(move |_: MouseEvent| as_table.set(table))
    };
    let list_props = (model.clone(), plan, today.clone());
    html! {
        <div class="measures-view">
            <section class="panel" aria-labelledby="measures-title">
                <h1 id="measures-title">{ texts.plan.measures_title }</h1>
                <p class="chart-help">{ texts.plan.measures_help }</p>
                <form class="inline-form" onsubmit={on_add}>
                    <label for="measure-new">{ texts.plan.new_measure }</label>
                    <input id="measure-new" type="text" value={(*draft).clone()}
                        oninput={{ let d = draft.clone(); Callback::from(move |e: InputEvent| d.set(event_value(&e))) }} />
                    <button type="submit" class="button-primary">{ texts.common.add }</button>
                </form>
            </section>
            <PlanWarnings model={model.clone()} {lang} />
            if let Some(m) = editing.and_then(|id| model.measure(id)) {
                <MeasureEditor key={m.id} measure={m.clone()} model={model.clone()} {lang} {on_close} />
            }
            <section class="panel" aria-labelledby="plan-title">
                <h2 id="plan-title">{ texts.plan.plan_list_title }{ format!(" ({})", list_props.1.len()) }</h2>
                <div class="toolbar">
                    <div class="toggle-group" role="group" aria-label={texts.plan.plan_layout}>
                        { toggle_button(texts.plan.board, !*as_table, view_toggle(false)) }
                        { toggle_button(texts.plan.table, *as_table, view_toggle(true)) }
                    </div>
                    <div class="field">
                        <label for="measure-owner-filter">{ texts.plan.filter_owner }</label>
                        <select id="measure-owner-filter" onchange={{ let o = owner.clone(); Callback::from(move |e: Event| o.set(event_value(&e))) }}>
                            <option value={ALL_OWNERS} selected={*owner == ALL_OWNERS}>{ texts.plan.all_owners }</option>
                            for o in model.owners.iter() {
                                <option value={o.key.clone()} selected={*owner == o.key}>{ &o.name }</option>
                            }
                            <option value="" selected={owner.is_empty()}>{ texts.common.no_owner }</option>
                        </select>
                    </div>
                </div>
                if model.measures.is_empty() {
                    <p>{ texts.plan.no_measures }</p>
                } else if *as_table {
                    <MeasureTable model={list_props.0} {lang} plan={list_props.1} today={list_props.2} {on_edit} />
                } else {
                    <MeasureBoard model={list_props.0} {lang} plan={list_props.1} today={list_props.2} {on_edit} />
                }
            </section>
            <section class="panel">
                <PlanOutlook {model} {lang} />
            </section>
        </div>
    }
}
