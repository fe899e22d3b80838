use kontaktpunkt_core::domain::action::{Action, ListKind, OnDelete};
use kontaktpunkt_core::domain::model::Category;
use yew::prelude::*;

use crate::components::event_value;
use crate::components::widgets::draft_input::DraftInput;
use crate::store::{use_store, StoreExt};

/// Both editable lists: journey stages and owners.
#[component]
pub fn ListEditor() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    html! {
        <div class="list-editor">
            <h1 class="list-editor-title">{ texts.shell.view_lists }</h1>
            <CategoryList list={ListKind::Stages} title={texts.workspace.stages} />
            <CategoryList list={ListKind::Owners} title={texts.workspace.owners} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CategoryListProps {
    list: ListKind,
    title: &'static str,
}

/// Add, rename, reorder, delete. Deleting an entry in use asks what happens to its touchpoints.
#[component]
fn CategoryList(props: &CategoryListProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let list = props.list;
    let prefix = match list {
        ListKind::Stages => "stage",
        ListKind::Owners => "owner",
    };
    let entries: &[Category] = model.categories(list);
    let draft = use_state(String::new);
    let deleting = use_state(|| None::<String>);
    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(event_value(&e)))
    };
    let on_add = {
        let (store, draft) = (store.clone(), draft.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.act(Action::AddCategory(list, (*draft).clone()));
            draft.set(String::new());
        })
    };
    let uses = |key: &str| {
        model
            .touchpoints
            .iter()
            .filter(|t| match list {
                ListKind::Stages => t.stage == key,
                ListKind::Owners => t.owner.as_deref() == Some(key),
            })
            .count()
    };
    let last = entries.len().saturating_sub(1);
    // Fields named for what they hold: "Stage name 2", not a list of fields all called "Name".
    let (name_label, new_label) = match list {
        ListKind::Stages => (texts.workspace.stage_name, texts.workspace.new_stage),
        ListKind::Owners => (texts.workspace.owner_name, texts.workspace.new_owner),
    };
    html! {
        <section class="category-list" aria-labelledby={format!("{prefix}-title")}>
            <h2 id={format!("{prefix}-title")}>{ props.title }</h2>
            <ol>
                for (i, c) in entries.iter().enumerate() {
                    {{
                        let key = c.key.clone();
                        let input_id = format!("{prefix}-{}", c.key);
                        let rename = { let key = key.clone(); store.callback(move |name: String| Action::RenameCategory(list, key.clone(), name)) };
                        let up = { let key = key.clone(); store.callback(move |_: MouseEvent| Action::MoveCategory { list, key: key.clone(), to: i.saturating_sub(1) }) };
                        let down = { let key = key.clone(); store.callback(move |_: MouseEvent| Action::MoveCategory { list, key: key.clone(), to: i + 1 }) };
                        let ask = { let (deleting, key) = (deleting.clone(), key.clone()); Callback::from(move |_: MouseEvent| deleting.set(Some(key.clone()))) };
                        let in_use = uses(&c.key);
                        html! {
                            <li key={c.key.clone()} class="category-item">
                                <label for={input_id.clone()} class="visually-hidden">{ format!("{name_label} {}", i + 1) }</label>
                                <DraftInput id={input_id} value={c.name.clone()} on_commit={rename} />
                                <span class="category-uses">{ texts.common.touchpoint_count(in_use) }</span>
                                <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.move_up, c.name)} disabled={i == 0} onclick={up}>{ "↑" }</button>
                                <button type="button" class="icon-button" aria-label={format!("{}: {}", texts.workspace.move_down, c.name)} disabled={i == last} onclick={down}>{ "↓" }</button>
                                <button type="button" class="icon-button icon-danger" aria-label={format!("{}: {}", texts.common.delete, c.name)} onclick={ask}>{ "✕" }</button>
                                if deleting.as_deref() == Some(c.key.as_str()) {
                                    <DeleteChoice {list} entry={c.clone()} {in_use} on_done={{ let deleting = deleting.clone(); Callback::from(move |_| deleting.set(None)) }} />
                                }
                            </li>
                        }
                    }}
                }
            </ol>
            <form class="inline-form" onsubmit={on_add}>
                <label for={format!("{prefix}-new")}>{ new_label }</label>
                <input id={format!("{prefix}-new")} type="text" value={(*draft).clone()} oninput={on_draft} />
                <button type="submit" class="button-quiet">{ texts.common.add }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DeleteChoiceProps {
    list: ListKind,
    entry: Category,
    in_use: usize,
    on_done: Callback<()>,
}

/// The explicit choice of what happens to the touchpoints of an entry being deleted.
#[component]
fn DeleteChoice(props: &DeleteChoiceProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let list = props.list;
    let others: Vec<Category> = model
        .categories(list)
        .iter()
        .filter(|c| c.key != props.entry.key)
        .cloned()
        .collect();
    // "move:<key>", "unassign" or "delete".
    let default_choice = match (list, others.first()) {
        (ListKind::Owners, _) => "unassign".to_string(),
        (ListKind::Stages, Some(c)) => format!("move:{}", c.key),
        (ListKind::Stages, None) => "delete".to_string(),
    };
    let choice = use_state(|| default_choice);
    let on_choice = {
        let choice = choice.clone();
        Callback::from(move |e: Event| choice.set(event_value(&e)))
    };
    let on_confirm = {
        let (store, choice, key, done) = (
            store.clone(),
            choice.clone(),
            props.entry.key.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let on_delete = match choice.as_str() {
                "delete" => OnDelete::DeleteTouchpoints,
                "unassign" => OnDelete::Unassign,
                other => OnDelete::MoveTo(other.trim_start_matches("move:").to_string()),
            };
            store.act(Action::DeleteCategory {
                list,
                key: key.clone(),
                on_delete,
            });
            done.emit(());
        })
    };
    let cancel = props.on_done.reform(|_: MouseEvent| ());
    let select_id = format!("delete-{}", props.entry.key);
    html! {
        <div class="delete-choice" role="group" aria-label={format!("{}: {}", texts.common.delete, props.entry.name)}>
            if props.in_use > 0 {
                <label for={select_id.clone()}>{ texts.workspace.delete_what }{ format!(" ({})", texts.common.touchpoint_count(props.in_use)) }</label>
                <select id={select_id} onchange={on_choice}>
                    for c in others.iter() {
                        <option value={format!("move:{}", c.key)} selected={*choice == format!("move:{}", c.key)}>{ format!("{} {}", texts.workspace.on_delete_move, c.name) }</option>
                    }
                    if list == ListKind::Owners {
                        <option value="unassign" selected={*choice == "unassign"}>{ texts.workspace.on_delete_unassign }</option>
                    }
                    <option value="delete" selected={*choice == "delete"}>{ texts.workspace.on_delete_delete }</option>
                </select>
            }
            <button type="button" class="button-primary button-danger" onclick={on_confirm}>{ texts.workspace.confirm_delete }</button>
            <button type="button" class="button-quiet" onclick={cancel}>{ texts.common.cancel }</button>
        </div>
    }
}
