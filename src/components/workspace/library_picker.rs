use std::collections::BTreeSet;

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::library::{Audience, STARTER_LIBRARY};
use yew::prelude::*;

use crate::components::event_checked;
use crate::store::{use_store, StoreExt};

#[derive(Properties, PartialEq)]
pub struct LibraryPickerProps {
    pub on_close: Callback<()>,
}

/// The starter library as checkboxes, grouped by stage; adds the ticked ones as one step.
#[component]
pub fn LibraryPicker(props: &LibraryPickerProps) -> Html {
    let store = use_store();
    let lang = store.lang;
    let texts = lang.texts();
    let model = store.model_ref();
    let picked = use_state(BTreeSet::<usize>::new);
    let present = |name: &str| {
        model
            .touchpoints
            .iter()
            .any(|t| t.name.eq_ignore_ascii_case(name))
    };
    let fallback = model
        .stages
        .first()
        .map(|s| s.key.clone())
        .unwrap_or_default();
    let on_add = {
        let (store, picked, on_close, model) = (
            store.clone(),
            picked.clone(),
            props.on_close.clone(),
            model.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let list = picked
                .iter()
                .filter_map(|i| STARTER_LIBRARY.get(*i))
                .map(|s| s.to_new(lang, model.stage(s.stage).is_some(), &fallback))
                .collect::<Vec<_>>();
            if !list.is_empty() {
                store.act(Action::AddTouchpoints(list));
            }
            on_close.emit(());
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    // The list opens below the fold on most screens: bring it to the user, ready to tick.
    use_effect_with((), |_| {
        crate::browser::focus_first(".library input[type=checkbox]");
    });

    let stages: Vec<&str> = kontaktpunkt_core::domain::model::DEFAULT_STAGES
        .iter()
        .map(|s| s.0)
        .collect();
    html! {
        <section class="library" aria-labelledby="library-title">
            <h2 id="library-title">{ texts.workspace.library_title }</h2>
            <p>{ texts.workspace.library_intro }</p>
            <form onsubmit={on_add}>
                for stage in stages {
                    <fieldset class="library-stage">
                        <legend>{ model.stage(stage).map_or(stage, |s| s.name.as_str()) }</legend>
                        for (i, item) in STARTER_LIBRARY.iter().enumerate().filter(|(_, s)| s.stage == stage) {
                            {{
                                let name = item.name(lang);
                                let toggle = {
                                    let picked = picked.clone();
                                    Callback::from(move |e: Event| {
                                        let mut next = (*picked).clone();
                                        if event_checked(&e) { next.insert(i); } else { next.remove(&i); }
                                        picked.set(next);
                                    })
                                };
                                let audience = match item.audience { Audience::B2b => " · B2B", Audience::B2c => " · B2C", Audience::Both => "" };
                                html! {
                                    <label class="check library-item">
                                        <input type="checkbox" checked={picked.contains(&i)} onchange={toggle} />
                                        { name }
                                        <span class="library-meta">{ format!(" ({}, {}{audience})", texts.contact(item.contact), texts.channel(item.channel)) }</span>
                                        if present(name) { <span class="badge">{ texts.workspace.library_present }</span> }
                                    </label>
                                }
                            }}
                        }
                    </fieldset>
                }
                <div class="actions actions-left library-actions">
                    <button type="submit" class="button-primary" disabled={picked.is_empty()}>
                        { format!("{} ({})", texts.workspace.library_add, picked.len()) }
                    </button>
                    <button type="button" class="button-quiet" onclick={cancel}>{ texts.common.cancel }</button>
                </div>
            </form>
        </section>
    }
}
