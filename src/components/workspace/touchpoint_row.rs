use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::domain::model::{Flag, Importance, Touchpoint};
use kontaktpunkt_core::figures::analysis::{gap, is_lovepoint, is_painpoint, priority};
use kontaktpunkt_core::Lang;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::rating_input::{scale_options, RatingInput};
use crate::components::workspace::touchpoint_editor::TouchpointEditor;
use crate::format::signed;
use crate::store::{Dispatcher, ModelRef, Notice, StoreExt};

/// A touchpoint as the model shares it: equal when it is the same shared value, so a row
/// whose touchpoint an edit left alone is neither compared field by field nor rendered again.
#[derive(Clone)]
pub struct TouchpointRef(pub Rc<Touchpoint>);

impl PartialEq for TouchpointRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct TouchpointRowProps {
    pub touchpoint: TouchpointRef,
    pub stage_name: AttrValue,
    /// Empty without an owner.
    #[prop_or_default]
    pub owner_name: AttrValue,
    pub lang: Lang,
    pub is_key: bool,
    pub open: bool,
    pub first: bool,
    pub last: bool,
    /// Position in the model's list, for moving.
    pub index: usize,
    pub dispatcher: Dispatcher,
    /// The model, only while the editor is open (it needs stages and owners).
    #[prop_or_default]
    pub model: Option<ModelRef>,
}

/// One touchpoint in the inventory: name, quick rating of importance, Ist and Soll, actions.
#[component]
pub fn TouchpointRow(props: &TouchpointRowProps) -> Html {
    let texts = props.lang.texts();
    let tp: &Touchpoint = &props.touchpoint.0;
    let id = tp.id;
    let d = &props.dispatcher;
    let edit =
        |f: fn(i8) -> TouchpointEdit| d.callback(move |v: i8| Action::EditTouchpoint(id, f(v)));
    let importance_options: Vec<(i8, &'static str)> = Importance::ALL
        .iter()
        .map(|i| (i.value() as i8, texts.importance_word(*i)))
        .collect();
    let toggle = {
        let d = d.clone();
        let open = props.open;
        Callback::from(move |_| d.open((!open).then_some(id)))
    };
    let on_delete = {
        let d = d.clone();
        let name = tp.name.clone();
        Callback::from(move |_| {
            d.act_with_notice(Action::DeleteTouchpoint(id), Notice::Deleted(name.clone()))
        })
    };
    let index = props.index;
    let badges = [
        (props.is_key, "badge-key", texts.common.key_marker),
        (is_lovepoint(tp), "badge-love", texts.common.lovepoint),
        (is_painpoint(tp), "badge-pain", texts.common.painpoint),
        (tp.flags.entry, "badge-flag", texts.flag(Flag::Entry)),
        (tp.flags.exit, "badge-flag", texts.flag(Flag::Exit)),
        (
            tp.flags.moment_of_truth,
            "badge-flag",
            texts.flag(Flag::MomentOfTruth),
        ),
    ];
    html! {
        <li class={classes!("tp-row", props.open.then_some("tp-row-open"))} id={format!("tp-{id}")} data-id={id.to_string()}>
            <div class="tp-head">
                <button type="button" class="tp-name" aria-expanded={props.open.to_string()} onclick={toggle}>
                    { &tp.name }
                    <span class="chevron" aria-hidden="true">{ if props.open { " ▾" } else { " ▸" } }</span>
                </button>
                <span class="chip">{ &props.stage_name }</span>
                if !props.owner_name.is_empty() {
                    <span class="chip chip-owner">{ &props.owner_name }</span>
                }
                for (on, class, text) in badges {
                    if on { <span class={classes!("badge", class)}>{ text }</span> }
                }
                <crate::components::share::live_panel::Editors {id} />
            </div>
            <div class="tp-ratings">
                <RatingInput name={format!("imp-{id}")} legend={texts.common.importance}
                    options={importance_options} value={Some(tp.importance.value() as i8)}
                    on_change={edit(|v| TouchpointEdit::Importance(v as u8))} />
                <RatingInput name={format!("ist-{id}")} legend={texts.common.ist} signed=true
                    options={scale_options(props.lang)} value={tp.ist.map(|r| r.value())}
                    on_change={edit(|v| TouchpointEdit::Ist(Some(v)))} />
                <RatingInput name={format!("soll-{id}")} legend={texts.common.soll} signed=true
                    options={scale_options(props.lang)} value={tp.soll.map(|r| r.value())}
                    on_change={edit(|v| TouchpointEdit::Soll(Some(v)))} />
                <div class="tp-figures">
                    <span class="tp-gap" title={texts.common.gap}>{ texts.common.gap }{ ": " }{ gap(tp).map_or_else(|| "–".to_string(), signed) }</span>
                    <span class="tp-priority" title={texts.common.priority}>{ texts.common.priority }{ ": " }{ priority(tp) }</span>
                </div>
            </div>
            <div class="tp-actions">
                <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.move_up, tp.name)} title={texts.workspace.move_up}
                    disabled={props.first} onclick={d.callback(move |_: MouseEvent| Action::MoveTouchpoint { id, to: index.saturating_sub(1) })}>{ "↑" }</button>
                <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.move_down, tp.name)} title={texts.workspace.move_down}
                    disabled={props.last} onclick={d.callback(move |_: MouseEvent| Action::MoveTouchpoint { id, to: index + 1 })}>{ "↓" }</button>
                <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.duplicate, tp.name)} title={texts.workspace.duplicate}
                    onclick={d.callback(move |_: MouseEvent| Action::DuplicateTouchpoint(id))}>{ copy_icon() }</button>
                <button type="button" class="icon-button icon-danger" aria-label={format!("{}: {}", texts.common.delete, tp.name)} title={texts.common.delete}
                    onclick={on_delete}>{ "✕" }</button>
            </div>
            if let Some(model) = props.model.clone() {
                <TouchpointEditor touchpoint={tp.clone()} model={model} lang={props.lang} dispatcher={d.clone()} />
            }
        </li>
    }
}

/// Two overlapping sheets: not every system font has a "copy" glyph.
fn copy_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="4.5" width="9" height="10" rx="1.5" fill="none" stroke="currentColor" />
            <rect x="5.5" y="1.5" width="9" height="10" rx="1.5" fill="var(--surface)" stroke="currentColor" />
        </svg>
    }
}
