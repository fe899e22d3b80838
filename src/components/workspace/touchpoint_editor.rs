use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::domain::model::{Channel, Contact, Decision, FactorKind, Flag, Touchpoint};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::widgets::draft_input::DraftInput;
use crate::components::{event_checked, event_value};
use crate::store::{Dispatcher, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct TouchpointEditorProps {
    pub touchpoint: Touchpoint,
    pub model: ModelRef,
    pub lang: Lang,
    pub dispatcher: Dispatcher,
}

/// Every attribute of one touchpoint. Text fields apply on change (leaving the field or Enter).
#[component]
pub fn TouchpointEditor(props: &TouchpointEditorProps) -> Html {
    let texts = props.lang.texts();
    let tp = &props.touchpoint;
    let id = tp.id;
    let d = &props.dispatcher;
    let field = |name: &str| format!("tp-{id}-{name}");
    let on_text = |f: fn(String) -> TouchpointEdit| {
        d.callback(move |e: Event| Action::EditTouchpoint(id, f(event_value(&e))))
    };
    let edit_text = |f: fn(String) -> TouchpointEdit| {
        d.callback(move |text: String| Action::EditTouchpoint(id, f(text)))
    };
    let close = {
        let d = d.clone();
        Callback::from(move |_| d.open(None))
    };
    let select = |label: &str, name: &str, options: Html, onchange: Callback<Event>| {
        html! {
            <div class="field">
                <label for={field(name)}>{ label }</label>
                <select id={field(name)} onchange={onchange}>{ options }</select>
            </div>
        }
    };
    // (key, word) of every value of an enum, the current one selected.
    let enum_options = |all: &[(&'static str, &'static str)], current: &str| {
        all.iter()
            .map(|(key, word)| html! { <option value={*key} selected={*key == current}>{ *word }</option> })
            .collect::<Html>()
    };
    let contact_options: Vec<_> = Contact::ALL
        .iter()
        .map(|v| (v.key(), texts.contact(*v)))
        .collect();
    let channel_options: Vec<_> = Channel::ALL
        .iter()
        .map(|v| (v.key(), texts.channel(*v)))
        .collect();
    let decision_options: Vec<_> = Decision::ALL
        .iter()
        .map(|v| (v.key(), texts.decision(*v)))
        .collect();
    let model = &props.model;

    // Escape closes the editor and gives the focus back to the row it was opened from.
    let on_key = {
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                d.open(None);
                crate::browser::focus_first(&format!("#tp-{id} .tp-name"));
            }
        })
    };
    html! {
        <section class="tp-editor" aria-labelledby={field("heading")} onkeydown={on_key}>
            // Names the editor for screen readers and puts the factor lists' h3 under an h2.
            <h2 id={field("heading")} class="visually-hidden">{ format!("{}: {}", texts.common.edit, tp.name) }</h2>
            <div class="field field-wide">
                <label for={field("name")}>{ texts.common.name }</label>
                <DraftInput id={field("name")} value={tp.name.clone()} required=true
                    on_commit={edit_text(TouchpointEdit::Name)} />
            </div>
            <div class="field field-wide">
                <label for={field("description")}>{ texts.common.description }</label>
                <DraftInput id={field("description")} rows={2} value={tp.description.clone()}
                    on_commit={edit_text(TouchpointEdit::Description)} />
            </div>
            <div class="field-row">
                { select(texts.common.stage, "stage", model.stages.iter().map(|s| html! {
                    <option value={s.key.clone()} selected={s.key == tp.stage}>{ &s.name }</option>
                }).collect::<Html>(), on_text(TouchpointEdit::Stage)) }
                { select(texts.common.owner, "owner", html! {
                    <>
                        <option value="" selected={tp.owner.is_none()}>{ texts.common.no_owner }</option>
                        for o in model.owners.iter() {
                            <option value={o.key.clone()} selected={tp.owner.as_deref() == Some(o.key.as_str())}>{ &o.name }</option>
                        }
                    </>
                }, on_text(|v| TouchpointEdit::Owner((!v.is_empty()).then_some(v)))) }
                { select(texts.common.contact_label, "contact",
                    enum_options(&contact_options, tp.contact.key()),
                    d.callback(move |e: Event| Action::EditTouchpoint(id, TouchpointEdit::Contact(
                        Contact::from_key(&event_value(&e)).unwrap_or_default())))) }
                { select(texts.common.channel_label, "channel",
                    enum_options(&channel_options, tp.channel.key()),
                    d.callback(move |e: Event| Action::EditTouchpoint(id, TouchpointEdit::Channel(
                        Channel::from_key(&event_value(&e)).unwrap_or_default())))) }
                { select(texts.workspace.decision_label, "decision",
                    enum_options(&decision_options, tp.decision.key()),
                    d.callback(move |e: Event| Action::EditTouchpoint(id, TouchpointEdit::Decision(
                        Decision::from_key(&event_value(&e)).unwrap_or_default())))) }
            </div>
            <fieldset class="flags">
                <legend>{ texts.workspace.flags }</legend>
                for flag in Flag::ALL.iter().copied() {
                    <label class="check">
                        <input type="checkbox" checked={tp.flags.get(flag)}
                            onchange={d.callback(move |e: Event| Action::EditTouchpoint(id, TouchpointEdit::Flag(flag, event_checked(&e))))} />
                        { texts.flag(flag) }
                    </label>
                }
            </fieldset>
            <div class="factors">
                for kind in FactorKind::ALL.iter().copied() {
                    <FactorList {kind} touchpoint={tp.clone()} lang={props.lang} dispatcher={d.clone()} />
                }
            </div>
            <button type="button" class="button-quiet" onclick={close}>{ texts.common.close }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FactorListProps {
    kind: FactorKind,
    touchpoint: Touchpoint,
    lang: Lang,
    dispatcher: Dispatcher,
}

/// One factor list (disappointment, okay or delight) with an add field.
#[component]
fn FactorList(props: &FactorListProps) -> Html {
    let texts = props.lang.texts();
    let (kind, id) = (props.kind, props.touchpoint.id);
    let d = &props.dispatcher;
    let draft = use_state(String::new);
    let input_id = format!("tp-{id}-factor-{}", kind.key());
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(event_value(&e)))
    };
    let on_submit = {
        let (draft, d) = (draft.clone(), d.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !draft.trim().is_empty() {
                d.act(Action::EditTouchpoint(
                    id,
                    TouchpointEdit::AddFactor(kind, (*draft).clone()),
                ));
                draft.set(String::new());
            }
        })
    };
    let list = props.touchpoint.factors.list(kind);
    html! {
        <div class={classes!("factor-list", format!("factor-{}", kind.key()))}>
            <h3>{ texts.factor(kind) }</h3>
            <ul>
                for (i, text) in list.iter().enumerate() {
                    <li>
                        { text }
                        <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.remove, text)}
                            onclick={d.callback(move |_: MouseEvent| Action::EditTouchpoint(id, TouchpointEdit::RemoveFactor(kind, i)))}>{ "✕" }</button>
                    </li>
                }
            </ul>
            <form class="inline-form" onsubmit={on_submit}>
                <label for={input_id.clone()} class="visually-hidden">{ format!("{}: {}", texts.workspace.add_factor, texts.factor(kind)) }</label>
                <input id={input_id} type="text" value={(*draft).clone()} oninput={on_input} placeholder={texts.workspace.factor_placeholder} />
                <button type="submit" class="button-quiet">{ texts.common.add }</button>
            </form>
        </div>
    }
}
