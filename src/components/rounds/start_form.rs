use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::rounds::kept::start_live;
use kontaktpunkt_core::rounds::round::groups_from_owners;
use kontaktpunkt_core::rounds::{
    GroupKind, MinGroupSize, Questions, RaterGroup, Round, RoundChoices, RoundId, Selection,
};
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::browser;
use crate::components::rounds::host::use_store;
use crate::components::{event_checked, event_value};
use crate::round_live::new_room;

#[derive(Properties, PartialEq)]
pub struct StartFormProps {
    /// The round was started (and is the latest).
    pub on_started: Callback<()>,
    /// Back to the rounds there are; `None` while there is none.
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

/// Which touchpoints, as the form holds it.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    All,
    Stage,
    Key,
    Picked,
}

/// The form's values until the round is started.
#[derive(Clone, PartialEq)]
struct Draft {
    which: Which,
    stage: String,
    picked: Vec<Id>,
    questions: Questions,
    descriptions: bool,
    groups: Vec<RaterGroup>,
    new_group: String,
    new_kind: GroupKind,
    min5: bool,
    closes: String,
    note: String,
    reply_to: String,
}

impl Draft {
    fn choices(&self) -> RoundChoices {
        let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        RoundChoices {
            selection: match self.which {
                Which::All => Selection::All,
                Which::Stage => Selection::Stage(self.stage.clone()),
                Which::Key => Selection::Key,
                Which::Picked => Selection::Ids(self.picked.clone()),
            },
            questions: self.questions,
            descriptions: self.descriptions,
            groups: self.groups.clone(),
            min_group: if self.min5 {
                MinGroupSize::Five
            } else {
                MinGroupSize::Three
            },
            closes: optional(&self.closes),
            note: self.note.trim().to_string(),
            reply_to: optional(&self.reply_to),
        }
    }
}

/// What the consultant chooses before the round link exists. Nothing changes in the model
/// until "Start the round".
#[component]
pub fn StartForm(props: &StartFormProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let t = rounds_texts(store.lang);
    let model = store.model_ref();
    let draft = {
        let model = model.clone();
        use_state(move || Draft {
            which: Which::All,
            stage: model
                .stages
                .first()
                .map(|s| s.key.clone())
                .unwrap_or_default(),
            picked: Vec::new(),
            questions: Questions {
                importance: true,
                ist: true,
                soll: false,
                comment: false,
            },
            descriptions: false,
            groups: groups_from_owners(&model),
            new_group: String::new(),
            new_kind: GroupKind::Customer,
            min5: false,
            closes: String::new(),
            note: String::new(),
            reply_to: String::new(),
        })
    };
    // A change of the draft from an event's value (text) or tick (checked).
    let on_text = |f: fn(&mut Draft, String)| edit(&draft, event_value, f);
    let on_tick = |f: fn(&mut Draft, bool)| edit(&draft, event_checked, f);
    let which = |w: Which, label: &str| {
        let pick = {
            let draft = draft.clone();
            Callback::from(move |_: Event| {
                let mut next = (*draft).clone();
                next.which = w;
                draft.set(next);
            })
        };
        html! {
            <label class="check"><input type="radio" name="round-which" checked={draft.which == w} onchange={pick} />{ label.to_string() }</label>
        }
    };
    let pick_tp = |id: Id| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut next = (*draft).clone();
            next.picked.retain(|p| *p != id);
            if event_checked(&e) {
                next.picked.push(id);
            }
            draft.set(next);
        })
    };
    let remove_group = |i: usize| {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*draft).clone();
            next.groups.remove(i);
            draft.set(next);
        })
    };
    let type_group = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*draft).clone();
            next.new_group = event_value(&e);
            draft.set(next);
        })
    };
    let add_group = {
        let draft = draft.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = (*draft).clone();
            let name = next.new_group.trim().to_string();
            if !name.is_empty() {
                next.groups.push(RaterGroup {
                    name,
                    kind: next.new_kind,
                });
                next.new_group.clear();
                draft.set(next);
            }
        })
    };
    let begin = {
        let (store, draft, model, done) = (
            store.clone(),
            draft.clone(),
            model.clone(),
            props.on_started.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let id = RoundId(browser::random_id());
            match Round::from_model(&model, draft.choices(), id)
                .and_then(|r| start_live(&r, new_room().as_ref()))
            {
                Ok(action) => {
                    store.act(action);
                    done.emit(());
                }
                Err(e) => store.fail(e),
            }
        })
    };
    let kind_text = |k: GroupKind| match k {
        GroupKind::Internal => t.internal,
        GroupKind::Customer => t.customer,
    };
    html! {
        <section class="round-start" aria-labelledby="round-start-title">
            <h1 id="round-start-title">{ t.start_title }</h1>
            <p>{ t.start_help }</p>
            <fieldset>
                <legend>{ t.which }</legend>
                { which(Which::All, t.which_all) }
                { which(Which::Stage, t.which_stage) }
                { which(Which::Key, t.which_key) }
                { which(Which::Picked, t.which_picked) }
                if draft.which == Which::Stage {
                    { field("round-stage", texts.common.stage, html! {
                        <select id="round-stage" onchange={on_text(|d, v| d.stage = v)}>
                            for s in model.stages.iter() {
                                <option value={s.key.clone()} selected={s.key == draft.stage}>{ &s.name }</option>
                            }
                        </select>
                    }) }
                }
                if draft.which == Which::Picked {
                    <div class="round-picks">
                        for tp in model.touchpoints.iter() {
                            { check(&tp.name, draft.picked.contains(&tp.id), pick_tp(tp.id)) }
                        }
                    </div>
                }
            </fieldset>
            <fieldset>
                <legend>{ t.questions }</legend>
                { check(t.ask_importance, draft.questions.importance, on_tick(|d, on| d.questions.importance = on)) }
                { check(t.ask_ist, draft.questions.ist, on_tick(|d, on| d.questions.ist = on)) }
                { check(t.ask_soll, draft.questions.soll, on_tick(|d, on| d.questions.soll = on)) }
                { check(t.ask_comment, draft.questions.comment, on_tick(|d, on| d.questions.comment = on)) }
                { check(t.descriptions, draft.descriptions, on_tick(|d, on| d.descriptions = on)) }
            </fieldset>
            <fieldset>
                <legend>{ t.groups }</legend>
                <ul class="round-groups">
                    for (i, g) in draft.groups.iter().enumerate() {
                        <li>
                            { format!("{} ({})", g.name, kind_text(g.kind)) }
                            <button type="button" class="button-quiet" onclick={remove_group(i)}
                                aria-label={format!("{}: {}", t.remove_group, g.name)}>{ t.remove_group }</button>
                        </li>
                    }
                </ul>
                <form class="actions actions-left" onsubmit={add_group}>
                    { field("round-new-group", t.new_group, html! {
                        <input id="round-new-group" type="text" value={draft.new_group.clone()} oninput={type_group} />
                    }) }
                    { field("round-new-kind", t.kind, choice("round-new-kind", &[("customer", t.customer), ("internal", t.internal)],
                        if draft.new_kind == GroupKind::Internal { "internal" } else { "customer" },
                        on_text(|d, v| d.new_kind = if v == "internal" { GroupKind::Internal } else { GroupKind::Customer }))) }
                    <button type="submit" class="button-quiet">{ texts.common.add }</button>
                </form>
                { field("round-min", t.min_group, choice("round-min", &[("3", t.raters_3), ("5", t.raters_5)],
                    if draft.min5 { "5" } else { "3" }, on_text(|d, v| d.min5 = v == "5"))) }
            </fieldset>
            { field("round-closes", t.closes, html! {
                <input id="round-closes" type="date" value={draft.closes.clone()} onchange={on_text(|d, v| d.closes = v)} />
            }) }
            { field("round-note", t.note, html! {
                <textarea id="round-note" rows="2" value={draft.note.clone()} onchange={on_text(|d, v| d.note = v)} />
            }) }
            { field("round-reply", t.reply_to, html! {
                <input id="round-reply" type="email" value={draft.reply_to.clone()} onchange={on_text(|d, v| d.reply_to = v)} />
            }) }
            <div class="actions actions-left">
                <button type="button" class="button-primary" onclick={begin}>{ t.start }</button>
                if let Some(cancel) = props.on_cancel.clone() {
                    <button type="button" class="button-quiet" onclick={Callback::from(move |_| cancel.emit(()))}>{ texts.common.cancel }</button>
                }
            </div>
        </section>
    }
}

/// A callback that sets the draft's field `f` to what `read` takes from the event.
fn edit<V: 'static>(
    draft: &UseStateHandle<Draft>,
    read: fn(&Event) -> V,
    f: fn(&mut Draft, V),
) -> Callback<Event> {
    let draft = draft.clone();
    Callback::from(move |e: Event| {
        let mut next = (*draft).clone();
        f(&mut next, read(&e));
        draft.set(next);
    })
}

/// A labelled control: one template for every field of the form.
fn field(id: &'static str, label: &str, control: Html) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label.to_string() }</label>
            { control }
        </div>
    }
}

/// A ticked or unticked box with its label.
fn check(label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="check"><input type="checkbox" {checked} {onchange} />{ label.to_string() }</label>
    }
}

/// A choice of (value, text) options with `value` chosen.
fn choice(
    id: &'static str,
    options: &[(&'static str, &str)],
    value: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <select {id} {onchange}>
            for (v, text) in options.iter() {
                <option value={*v} selected={*v == value}>{ text.to_string() }</option>
            }
        </select>
    }
}
