//! Every attribute of one measure. Text fields apply on change (leaving the field or Enter);
//! the reducer checks them, and a refusal shows in the error banner.

use kontaktpunkt_core::domain::action::{Action, MeasureEdit};
use kontaktpunkt_core::domain::model::{Effort, Experience, Id, Measure, MeasureStatus, Scenario};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::widgets::confirm_dialog::ConfirmDialog;
use crate::components::widgets::draft_input::DraftInput;
use crate::components::widgets::rating_input::RatingInput;
use crate::components::{event_checked, event_value};
use crate::format::signed;
use crate::store::{use_dispatcher, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct MeasureEditorProps {
    pub measure: Measure,
    pub model: ModelRef,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[component]
pub fn MeasureEditor(props: &MeasureEditorProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let confirming = use_state(|| false);
    // The editor opens above the list: the keyboard focus follows it to the title.
    let title_ref = use_node_ref();
    {
        let title_ref = title_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = title_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let m = &props.measure;
    let id = m.id;
    let field = |name: &str| format!("measure-{id}-{name}");
    let on_text = |f: fn(String) -> MeasureEdit| {
        store.callback(move |e: Event| Action::EditMeasure(id, f(event_value(&e))))
    };
    let commit = |f: fn(String) -> MeasureEdit| {
        store.callback(move |v: String| Action::EditMeasure(id, f(v)))
    };
    let effort_options: Vec<(i8, &'static str)> = Effort::ALL
        .iter()
        .map(|e| (e.value() as i8, texts.effort_word(*e)))
        .collect();
    let on_delete = {
        let (store, close) = (store.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            store.act(Action::DeleteMeasure(id));
            close.emit(());
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let model = &props.model;
    html! {
        <section class="panel measure-editor" aria-labelledby={field("heading")}>
            <h2 id={field("heading")}>{ texts.plan.edit_measure }{ ": " }{ &m.title }</h2>
            <div class="field field-wide">
                <label for={field("title")}>{ texts.plan.measure_title }</label>
                <DraftInput id={field("title")} input_ref={title_ref} value={m.title.clone()} required=true
                    on_commit={commit(MeasureEdit::Title)} />
            </div>
            <div class="field field-wide">
                <label for={field("description")}>{ texts.plan.measure_description }</label>
                <DraftInput id={field("description")} rows={3} value={m.description.clone()}
                    on_commit={commit(MeasureEdit::Description)} />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for={field("owner")}>{ texts.common.owner }</label>
                    <select id={field("owner")} onchange={on_text(|v| MeasureEdit::Owner(optional(v)))}>
                        <option value="" selected={m.owner.is_none()}>{ texts.common.no_owner }</option>
                        for o in model.owners.iter() {
                            <option value={o.key.clone()} selected={m.owner.as_deref() == Some(o.key.as_str())}>{ &o.name }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for={field("due")}>{ texts.plan.due }</label>
                    <DraftInput id={field("due")} kind="date" value={m.due.clone().unwrap_or_default()}
                        on_commit={commit(|v| MeasureEdit::Due(optional(v)))} />
                </div>
                <div class="field">
                    <label for={field("status")}>{ texts.plan.status }</label>
                    <select id={field("status")} onchange={on_text(|v| MeasureEdit::Status(MeasureStatus::from_key(&v).unwrap_or_default()))}>
                        for s in MeasureStatus::ALL.iter().copied() {
                            <option value={s.key()} selected={s == m.status}>{ texts.measure_status(s) }</option>
                        }
                    </select>
                </div>
                <RatingInput name={field("effort")} legend={texts.plan.effort} options={effort_options}
                    value={Some(m.effort.value() as i8)}
                    on_change={store.callback(move |v: i8| Action::EditMeasure(id, MeasureEdit::Effort(v.unsigned_abs())))} />
            </div>
            <fieldset class="scenarios">
                <legend>{ texts.plan.expected_ist }</legend>
                for s in Scenario::ALL.iter().copied() {
                    <div class="field">
                        <label for={field(s.key())}>{ texts.scenario(s) }</label>
                        <select id={field(s.key())} onchange={store.callback(move |e: Event| Action::EditMeasure(id, scenario_edit(s, event_value(&e).parse().ok())))}>
                            <option value="" selected={m.expected.get(s).is_none()}>{ texts.plan.not_set }</option>
                            for e in Experience::ALL {
                                <option value={e.value().to_string()} selected={m.expected.get(s) == Some(e)}>
                                    { format!("{} {}", signed(e.value()), texts.experience(e)) }
                                </option>
                            }
                        </select>
                    </div>
                }
            </fieldset>
            <TouchpointPicker measure={m.clone()} model={model.clone()} lang={props.lang} />
            <div class="actions actions-left">
                <button type="button" class="button-quiet" onclick={close}>{ texts.common.close }</button>
                if *confirming {
                    <ConfirmDialog question={texts.plan.delete_measure_confirm}
                        confirm={texts.common.delete} on_confirm={on_delete}
                        cancel={texts.common.cancel} on_cancel={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }} />
                } else {
                    <button type="button" class="button-quiet icon-danger" onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(true)) }}>{ texts.common.delete }</button>
                }
            </div>
        </section>
    }
}

/// An empty field clears the value.
fn optional(v: String) -> Option<String> {
    (!v.trim().is_empty()).then_some(v)
}

fn scenario_edit(s: Scenario, v: Option<i8>) -> MeasureEdit {
    match s {
        Scenario::Best => MeasureEdit::Best(v),
        Scenario::Realistic => MeasureEdit::Realistic(v),
        Scenario::Worst => MeasureEdit::Worst(v),
    }
}

#[derive(Properties, PartialEq)]
struct TouchpointPickerProps {
    measure: Measure,
    model: ModelRef,
    lang: Lang,
}

/// The touchpoints a measure works on: a searchable list of checkboxes.
#[component]
fn TouchpointPicker(props: &TouchpointPickerProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let query = use_state(String::new);
    let id = props.measure.id;
    let linked = props.measure.touchpoints.clone();
    let needle = query.trim().to_lowercase();
    let search_id = format!("measure-{id}-tp-search");
    let toggle = |tp: Id| {
        let linked = linked.clone();
        store.callback(move |e: Event| {
            let mut ids: Vec<Id> = linked.iter().copied().filter(|t| *t != tp).collect();
            if event_checked(&e) {
                ids.push(tp);
            }
            Action::EditMeasure(id, MeasureEdit::Touchpoints(ids))
        })
    };
    html! {
        <fieldset class="tp-picker">
            <legend>{ texts.common.touchpoints }{ format!(" ({})", texts.plan.selected_count(linked.len())) }</legend>
            <div class="field">
                <label for={search_id.clone()}>{ texts.plan.filter_touchpoints }</label>
                <input id={search_id} type="search" value={(*query).clone()}
                    oninput={{ let q = query.clone(); Callback::from(move |e: InputEvent| q.set(event_value(&e))) }} />
            </div>
            <ul class="tp-picker-list">
                for tp in props.model.touchpoints.iter().filter(|t| needle.is_empty() || linked.contains(&t.id) || t.name.to_lowercase().contains(&needle)) {
                    <li key={tp.id}>
                        <label class="check">
                            <input type="checkbox" checked={linked.contains(&tp.id)} onchange={toggle(tp.id)} />
                            { &tp.name }
                        </label>
                    </li>
                }
            </ul>
        </fieldset>
    }
}
