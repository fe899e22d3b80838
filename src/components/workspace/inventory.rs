use kontaktpunkt_core::domain::action::{Action, NewTouchpoint};
use kontaktpunkt_core::domain::model::{Channel, Contact, Decision, Experience, Flag, Id};
use kontaktpunkt_core::figures::analysis::key_touchpoints;
use kontaktpunkt_core::figures::filter::{grouped, Filter, Group, GroupBy};
use kontaktpunkt_core::io::demo::demo_model;
use yew::prelude::*;

use crate::browser;
use crate::components::charts::index_summary::IndexSummary;
use crate::components::event_value;
use crate::components::widgets::rows_on_demand::use_rows_on_demand;
use crate::components::workspace::library_picker::LibraryPicker;
use crate::components::workspace::row_chunk::{RowChunk, RowNames, ROWS_PER_RUN};
use crate::store::{use_dispatcher, use_store, StoreExt};

/// The workshop screen: figures, search and filters, the touchpoint list with quick rating.
#[component]
pub fn Inventory() -> Html {
    let store = use_store();
    let lang = store.lang;
    let texts = lang.texts();
    let model = store.model_ref();
    let library_open = use_state(|| false);
    // Per run of rows (one chunk of the list), a bit for each key touchpoint: a run compares
    // one number to learn whether its key marks changed.
    let key_bits = use_memo(model.clone(), |m| {
        let mut bits = vec![0u64; m.touchpoints.len().div_ceil(ROWS_PER_RUN)];
        for id in key_touchpoints(m) {
            if let Some(i) = m.touchpoints.position_of(id) {
                if let Some(run) = bits.get_mut(i / ROWS_PER_RUN) {
                    *run |= 1 << (i % ROWS_PER_RUN);
                }
            }
        }
        bits
    });
    // Filtered and grouped once per model version, filter and language, not on every render.
    let groups = use_memo(
        (model.clone(), store.filter.clone(), store.group_by, lang),
        |(model, filter, by, lang)| grouped(model, filter, *by, lang.texts()),
    );
    let groups: &[Group] = &groups;
    let shown: usize = groups.iter().map(|g| g.members.len()).sum();
    // Position in the shown list: the open row (e.g. opened from a chart) is always rendered,
    // and so is a touchpoint just added, which gets the focus on its first rating so that
    // rating goes on by keyboard.
    let position_of = |id: Id| {
        groups
            .iter()
            .flat_map(|g| g.members.iter())
            .position(|&i| model.touchpoints.get(i).is_some_and(|tp| tp.id == id))
    };
    let open_at = store.open.and_then(position_of);
    let focus_new = use_state(|| None::<Id>);
    let new_at = (*focus_new).and_then(position_of);
    let at_least = open_at.max(new_at).map_or(0, |p| p + 1);
    let (rendered, more_marker) =
        use_rows_on_demand(shown, at_least, (store.filter.clone(), store.group_by));
    {
        let focus_new = focus_new.clone();
        let present = new_at.is_some();
        use_effect_with((*focus_new, present), move |(id, present)| {
            if let (Some(id), true) = (*id, *present) {
                browser::focus_first_rating(id);
                focus_new.set(None);
            }
        });
    }
    // Each group with how many of its rows to render; groups after the last rendered row wait.
    let mut left = rendered;
    let groups: Vec<_> = groups
        .iter()
        .filter_map(|group| {
            let before = left;
            let take = left.min(group.members.len());
            left -= take;
            (before > 0).then_some((group, take))
        })
        .collect();
    let dispatcher = use_dispatcher();
    let count = model.touchpoints.len();
    let names = use_memo(model.clone(), |m| {
        let named = |list: &[kontaktpunkt_core::domain::model::Category]| {
            list.iter()
                .map(|c| (c.key.clone(), AttrValue::from(c.name.clone())))
                .collect()
        };
        RowNames {
            stages: named(&m.stages),
            owners: named(&m.owners),
        }
    });
    let open_index = store.open.and_then(|id| model.touchpoints.position_of(id));
    let last = count.checked_sub(1);

    let open_library = {
        let library_open = library_open.clone();
        Callback::from(move |_: MouseEvent| library_open.set(true))
    };
    let close_library = {
        let library_open = library_open.clone();
        Callback::from(move |_| library_open.set(false))
    };
    let on_demo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.act(Action::Replace(Box::new(demo_model(store.lang))))
        })
    };
    let undo_notice = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.undo())
    };
    let dismiss_notice = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dismiss_notice())
    };

    html! {
        <div class="inventory">
            if count == 0 {
                <section class="empty-state" aria-labelledby="empty-title">
                    <h1 id="empty-title">{ texts.workspace.empty_title }</h1>
                    <p>{ texts.workspace.empty_body }</p>
                    <div class="actions">
                        <button type="button" class="button-primary" onclick={open_library.clone()}>{ texts.workspace.pick_library }</button>
                        <button type="button" class="button-quiet" onclick={on_demo}>{ texts.workspace.load_demo }</button>
                    </div>
                </section>
            } else {
                <h1 class="model-title">{
                    model.name_from_content().unwrap_or_else(|| texts.shell.view_inventory.to_string())
                }</h1>
                <IndexSummary model={model.clone()} {lang} />
            }
            if let Some(notice) = store.notice.clone() {
                <div class="notice" role="status">
                    <span>{ notice.text(store.lang) }</span>
                    if notice.undoable() {
                        <button type="button" class="button-quiet" onclick={undo_notice}>{ texts.shell.undo }</button>
                    }
                    <button type="button" class="icon-button" aria-label={texts.common.dismiss} onclick={dismiss_notice}>{ "✕" }</button>
                </div>
            }
            <AddTouchpoint on_added={{
                let focus_new = focus_new.clone();
                Callback::from(move |id: Id| focus_new.set(Some(id)))
            }} />
            <div class="actions actions-left">
                if count > 0 {
                    <button type="button" class="button-quiet" onclick={open_library}>{ texts.workspace.library_open }</button>
                }
            </div>
            if *library_open {
                <LibraryPicker on_close={close_library} />
            }
            if count > 0 {
                <FilterBar />
                <ScaleLegend />
                <p class="list-count" role="status">{ texts.workspace.shown_of(shown, count) }</p>
                if shown == 0 {
                    <p class="no-matches">{ texts.workspace.no_matches }</p>
                }
                for (group, take) in groups {
                    <section class="tp-group" key={group.key.clone()} aria-label={(!group.label.is_empty()).then(|| group.label.clone())}>
                        if store.group_by != GroupBy::None {
                            <h2 class="group-title">{ &group.label }{ format!(" ({})", group.members.len()) }</h2>
                        }
                        <div class="tp-list">
                            // Runs by position in the model, not in the list: a search or a
                            // filter never moves a row from one run to another.
                            for members in group.members[..take].chunk_by(|a, b| a / ROWS_PER_RUN == b / ROWS_PER_RUN) {
                                {{
                                    let run = members.first().map_or(0, |i| i / ROWS_PER_RUN);
                                    let in_run = |i: &usize| i / ROWS_PER_RUN == run;
                                    let holds_open = open_index.is_some_and(|i| in_run(&i));
                                    html! {
                                        <RowChunk key={run} {run}
                                            touchpoints={model.touchpoints.clone()}
                                            members={members.to_vec()}
                                            key_bits={key_bits.get(run).copied().unwrap_or_default()}
                                            names={names.clone()}
                                            open={store.open.filter(|_| holds_open)}
                                            last={last.filter(in_run)}
                                            {lang}
                                            dispatcher={dispatcher.clone()}
                                            model={holds_open.then(|| model.clone())} />
                                    }
                                }}
                            }
                        </div>
                    </section>
                }
                if rendered < shown {
                    <div class="rows-more" ref={more_marker} aria-hidden="true"></div>
                }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AddTouchpointProps {
    /// The new touchpoint's id, once it is asked for.
    on_added: Callback<Id>,
}

/// Name and stage of a new touchpoint; Enter adds it and hands the focus to its ratings
/// (`N` brings it back here for the next one).
#[component]
fn AddTouchpoint(props: &AddTouchpointProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let name = use_state(String::new);
    let stage = use_state(|| {
        model
            .stages
            .first()
            .map(|s| s.key.clone())
            .unwrap_or_default()
    });
    // A deleted stage must not stay selected.
    let stage_key = if model.stage(&stage).is_some() {
        (*stage).clone()
    } else {
        model
            .stages
            .first()
            .map(|s| s.key.clone())
            .unwrap_or_default()
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(event_value(&e)))
    };
    let on_stage = {
        let stage = stage.clone();
        Callback::from(move |e: Event| stage.set(event_value(&e)))
    };
    let on_submit = {
        let (store, name, stage_key) = (store.clone(), name.clone(), stage_key.clone());
        let (on_added, next_id) = (props.on_added.clone(), store.next_id());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !name.trim().is_empty() {
                on_added.emit(next_id);
            }
            store.act(Action::AddTouchpoint(NewTouchpoint {
                name: (*name).clone(),
                stage: stage_key.clone(),
                contact: Contact::Direct,
                channel: Channel::Online,
            }));
            if !name.trim().is_empty() {
                name.set(String::new());
            }
        })
    };
    html! {
        <form class="add-form" onsubmit={on_submit} aria-label={texts.workspace.add_touchpoint}>
            <div class="field">
                <label for="new-name">{ texts.workspace.add_touchpoint }</label>
                <input id="new-name" type="text" value={(*name).clone()} oninput={on_name} autocomplete="off" />
            </div>
            <div class="field">
                <label for="new-stage">{ texts.common.stage }</label>
                <select id="new-stage" onchange={on_stage}>
                    for s in model.stages.iter() {
                        <option value={s.key.clone()} selected={s.key == stage_key}>{ &s.name }</option>
                    }
                </select>
            </div>
            <button type="submit" class="button-primary">{ texts.common.add }</button>
        </form>
    }
}

/// Words of the rating scale, always in view while rating.
#[component]
fn ScaleLegend() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    html! {
        <dl class="scale-legend" aria-label={texts.workspace.scale}>
            for (i, e) in Experience::ALL.iter().enumerate() {
                <div class={format!("rating-{i}")}>
                    <dt>{ crate::format::signed(e.value()) }</dt>
                    <dd>{ texts.experience(*e) }</dd>
                </div>
            }
        </dl>
    }
}

/// Search, filters and grouping of the inventory.
#[component]
fn FilterBar() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let filter = store.filter.clone();
    let set = |f: fn(&mut Filter, String)| {
        let (store, filter) = (store.clone(), filter.clone());
        Callback::from(move |e: Event| {
            let mut next = filter.clone();
            f(&mut next, event_value(&e));
            store.set_filter(next);
        })
    };
    let on_search = {
        let (store, filter) = (store.clone(), filter.clone());
        Callback::from(move |e: InputEvent| {
            let mut next = filter.clone();
            next.text = event_value(&e);
            store.set_filter(next);
        })
    };
    let on_group = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let by = match event_value(&e).as_str() {
                "stage" => GroupBy::Stage,
                "owner" => GroupBy::Owner,
                "channel" => GroupBy::Channel,
                "contact" => GroupBy::Contact,
                "decision" => GroupBy::Decision,
                _ => GroupBy::None,
            };
            store.set_group_by(by);
        })
    };
    let clear = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.set_filter(Filter::default()))
    };
    // Every option states its selectedness: an option without it would leave the browser's
    // own pick (the first one inserted) in place.
    let any = |none: bool| html! { <option value="" selected={none}>{ texts.workspace.filter_any }</option> };
    let opt = |value: &str, label: &str, selected: bool| {
        html! {
            <option value={value.to_string()} selected={selected}>{ label.to_string() }</option>
        }
    };
    let by = store.group_by;
    html! {
        <div class="filter-bar" role="search">
            <div class="field">
                <label for="f-text">{ texts.workspace.search }</label>
                <input id="f-text" type="search" value={filter.text.clone()} oninput={on_search} placeholder={texts.workspace.search_placeholder} />
            </div>
            <div class="field">
                <label for="f-stage">{ texts.common.stage }</label>
                <select id="f-stage" onchange={set(|f, v| f.stage = (!v.is_empty()).then_some(v))}>
                    { any(filter.stage.is_none()) }
                    for s in model.stages.iter() { { opt(&s.key, &s.name, filter.stage.as_deref() == Some(s.key.as_str())) } }
                </select>
            </div>
            <div class="field">
                <label for="f-owner">{ texts.common.owner }</label>
                <select id="f-owner" onchange={set(|f, v| f.owner = match v.as_str() { "*" => None, "" => Some(String::new()), _ => Some(v) })}>
                    { opt("*", texts.workspace.filter_any, filter.owner.is_none()) }
                    { opt("", texts.common.no_owner, filter.owner.as_deref() == Some("")) }
                    for o in model.owners.iter() { { opt(&o.key, &o.name, filter.owner.as_deref() == Some(o.key.as_str())) } }
                </select>
            </div>
            { enum_filter(("f-channel", texts.common.channel_label, texts.workspace.filter_any), Channel::ALL, filter.channel, |c| (c.key(), texts.channel(c)), set(|f, v| f.channel = Channel::from_key(&v))) }
            { enum_filter(("f-contact", texts.common.contact_label, texts.workspace.filter_any), Contact::ALL, filter.contact, |c| (c.key(), texts.contact(c)), set(|f, v| f.contact = Contact::from_key(&v))) }
            { enum_filter(("f-decision", texts.workspace.decision_label, texts.workspace.filter_any), Decision::ALL, filter.decision, |d| (d.key(), texts.decision(d)), set(|f, v| f.decision = Decision::from_key(&v))) }
            { enum_filter(("f-flag", texts.workspace.flag_label, texts.workspace.filter_any), Flag::ALL, filter.flag, |fl| (fl.key(), texts.flag(fl)), set(|f, v| f.flag = Flag::from_key(&v))) }
            <div class="field">
                <label for="f-group">{ texts.workspace.group_by }</label>
                <select id="f-group" onchange={on_group}>
                    { opt("", texts.workspace.group_none, by == GroupBy::None) }
                    { opt("stage", texts.common.stage, by == GroupBy::Stage) }
                    { opt("owner", texts.common.owner, by == GroupBy::Owner) }
                    { opt("channel", texts.common.channel_label, by == GroupBy::Channel) }
                    { opt("contact", texts.common.contact_label, by == GroupBy::Contact) }
                    { opt("decision", texts.workspace.decision_label, by == GroupBy::Decision) }
                </select>
            </div>
            if filter.is_active() {
                <button type="button" class="button-quiet" onclick={clear}>{ texts.workspace.clear_filter }</button>
            }
        </div>
    }
}

/// A filter on one small enum: "any" first, then each value; `current` is selected.
fn enum_filter<T: Copy + PartialEq>(
    (id, label, any): (&'static str, &'static str, &'static str),
    all: &[T],
    current: Option<T>,
    words: impl Fn(T) -> (&'static str, &'static str),
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                // Every option states its selectedness: an option without it would leave the
                // browser's own pick (the first one inserted) in place.
                <option value="" selected={current.is_none()}>{ any }</option>
                for v in all.iter().copied() {
                    {{
                        let (key, word) = words(v);
                        html! { <option value={key} selected={current == Some(v)}>{ word }</option> }
                    }}
                }
            </select>
        </div>
    }
}
