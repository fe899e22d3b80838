use yew::prelude::*;

use crate::components::widgets::confirm_dialog::ConfirmDialog;
use crate::storage::Entry;
use crate::store::{use_store, StoreExt};

/// The saved models: each with its name, company, size and last change; open, delete (after
/// asking), and start a new one with a title of its own.
#[component]
pub fn SavedModels() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let lang = store.lang;
    let deleting = use_state(|| None::<String>);
    let naming = use_state(|| false);
    let new_title = use_state(String::new);

    let create = {
        let (store, naming, new_title) = (store.clone(), naming.clone(), new_title.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.new_model(lang, new_title.trim().to_string(), store.blank_current());
            new_title.set(String::new());
            naming.set(false);
        })
    };
    let confirm_delete = {
        let (store, deleting) = (store.clone(), deleting.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = (*deleting).clone() {
                store.delete_saved(&id);
            }
            deleting.set(None);
        })
    };
    let entry_name = |entry: &Entry| {
        if entry.name.is_empty() {
            texts.common.untitled.to_string()
        } else {
            entry.name.clone()
        }
    };

    html! {
        <section class="panel" aria-labelledby="models-title">
            <h2 id="models-title">{ texts.share.models_title }</h2>
            <ul class="model-list">
                for entry in store.saved.iter() {
                    <li key={entry.id.clone()} class="model-entry">
                        <span class="model-name">{ entry_name(entry) }</span>
                        if !entry.company.is_empty() && entry.company != entry.name {
                            <span class="model-company">{ entry.company.clone() }</span>
                        }
                        <span class="model-size">{ texts.common.touchpoint_count(entry.touchpoints) }</span>
                        if entry.updated > 0.0 {
                            <span class="model-updated">{ texts.share.updated(&date_text(entry.updated)) }</span>
                        }
                        if entry.id == store.current_id {
                            <span class="badge">{ texts.share.current_model }</span>
                        } else {
                            <button type="button" class="button-quiet"
                                onclick={{ let (store, id) = (store.clone(), entry.id.clone()); Callback::from(move |_: MouseEvent| store.switch_to(&id, lang)) }}
                                aria-label={format!("{}: {}", texts.share.open_model, entry_name(entry))}>{ texts.share.open_model }</button>
                            <button type="button" class="icon-button icon-danger"
                                aria-label={format!("{}: {}", texts.common.delete, entry_name(entry))}
                                onclick={{ let (d, id) = (deleting.clone(), entry.id.clone()); Callback::from(move |_| d.set(Some(id.clone()))) }}>{ "✕" }</button>
                        }
                        if deleting.as_deref() == Some(entry.id.as_str()) {
                            <ConfirmDialog question={texts.share.delete_model_confirm}
                                confirm={texts.common.delete} on_confirm={confirm_delete.clone()}
                                cancel={texts.common.cancel} on_cancel={{ let d = deleting.clone(); Callback::from(move |_| d.set(None)) }} />
                        }
                    </li>
                }
            </ul>
            if *naming {
                <form class="new-model" onsubmit={create}>
                    <div class="field">
                        <label for="new-model-title">{ texts.share.new_model_title }</label>
                        <input id="new-model-title" type="text" autofocus=true value={(*new_title).clone()}
                            placeholder={texts.share.new_model_hint}
                            oninput={{ let t = new_title.clone(); Callback::from(move |e: InputEvent| t.set(crate::components::event_value(&e))) }} />
                    </div>
                    <button type="submit" class="button-primary">{ texts.share.create_model }</button>
                    <button type="button" class="button-quiet" onclick={{ let n = naming.clone(); Callback::from(move |_| n.set(false)) }}>{ texts.common.cancel }</button>
                </form>
            } else {
                <button type="button" class="button-quiet" onclick={{ let n = naming.clone(); Callback::from(move |_| n.set(true)) }}>{ texts.share.new_model }</button>
            }
        </section>
    }
}

/// A stored time (ms since the epoch) as the date reads in ISO form: 2026-12-03.
fn date_text(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    date.to_iso_string()
        .as_string()
        .map(|s| s.chars().take(10).collect())
        .unwrap_or_default()
}
