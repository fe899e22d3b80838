use gloo::file::callbacks::{read_as_text, FileReader};
use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::text::import::spreadsheet_csv;
use kontaktpunkt_core::Model;
use yew::prelude::*;

use crate::components::event_file;
use crate::components::widgets::confirm_dialog::ConfirmDialog;

use crate::browser;
use crate::components::share::cover_fields::CoverFields;
use crate::components::share::import_entry::ImportEntry;
use crate::components::share::saved_models::SavedModels;
use crate::components::widgets::draft_input::DraftInput;
use crate::storage;
use crate::store::{use_store, AppError, Notice, StoreExt};

/// Saved models (switch, create, delete), the current model's title, and files in and out.
#[component]
pub fn ModelsPanel() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let lang = store.lang;
    let wiping = use_state(|| false);

    let wipe = {
        let wiping = wiping.clone();
        Callback::from(move |_: MouseEvent| {
            storage::stop_writing();
            storage::delete_everything();
            wiping.set(false);
            browser::reload();
        })
    };
    let export_json = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            let text = serde_json::to_string_pretty(&*model.0).unwrap_or_default();
            browser::download(&file_name(&model, "json"), "application/json", &text);
        })
    };
    let export_csv_cb = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                &file_name(&model, "csv"),
                "text/csv;charset=utf-8",
                &spreadsheet_csv(&model, lang),
            );
        })
    };
    let damaged = store.damaged.clone();
    let export_damaged = {
        let damaged = damaged.clone();
        Callback::from(move |_: MouseEvent| {
            let text = serde_json::to_string_pretty(&*damaged).unwrap_or_default();
            browser::download("kontaktpunkt-damaged.json", "application/json", &text);
        })
    };

    html! {
        <div class="models-panel">
            <section class="panel" aria-labelledby="current-title">
                <h1 id="current-title">{ texts.share.model_title_label }</h1>
                <div class="field-row">
                    <div class="field">
                        <label for="model-title">{ texts.share.model_title_label }</label>
                        <DraftInput id="model-title" value={model.meta.title.clone()}
                            on_commit={store.callback(Action::SetTitle)} />
                    </div>
                    <div class="field">
                        <label for="model-company">{ texts.share.company }</label>
                        <DraftInput id="model-company" value={model.meta.company.clone()}
                            on_commit={store.callback(Action::SetCompany)} />
                    </div>
                </div>
            </section>
            <CoverFields />
            <SavedModels />
            <section class="panel" aria-labelledby="files-title">
                <h2 id="files-title">{ texts.share.files_title }</h2>
                <div class="actions actions-left">
                    <button type="button" class="button-quiet" onclick={export_json}>{ texts.share.export_json }</button>
                    <button type="button" class="button-quiet" onclick={export_csv_cb}>{ texts.share.export_csv }</button>
                </div>
                <FileInput id="import-json" label={texts.share.import_json} accept=".json,application/json"
                    on_text={{
                        let store = store.clone();
                        Callback::from(move |text: String| match model_from_json(&text) {
                            Ok(m) => store.look_at(m),
                            Err(e) => store.fail(AppError::Model(e)),
                        })
                    }} on_unreadable={store.on(|s| s.notify(Notice::FileUnreadable))} />
                <ImportEntry />
            </section>
            if !damaged.is_empty() {
                <section class="panel" aria-labelledby="damaged-title">
                    <h2 id="damaged-title">{ texts.share.damaged_title }{ format!(" ({})", damaged.len()) }</h2>
                    <p>{ texts.share.damaged_body }</p>
                    <button type="button" class="button-quiet" onclick={export_damaged}>{ texts.share.export_raw }</button>
                </section>
            }
            <section class="panel" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ texts.share.delete_all }</h2>
                if *wiping {
                    <ConfirmDialog question={texts.share.delete_all_confirm} name={texts.share.delete_all} question_above=true
                        confirm={texts.share.delete_all} on_confirm={wipe}
                        cancel={texts.common.cancel} on_cancel={{ let w = wiping.clone(); Callback::from(move |_| w.set(false)) }} />
                } else {
                    <button type="button" class="button-quiet icon-danger" onclick={{ let w = wiping.clone(); Callback::from(move |_| w.set(true)) }}>{ texts.share.delete_all }</button>
                }
            </section>
        </div>
    }
}

/// `kontaktpunkt-<title>.<ext>`.
fn file_name(model: &Model, ext: &str) -> String {
    kontaktpunkt_core::io::file_name::file_name(&model.meta.title, &[], ext)
}

#[derive(Properties, PartialEq)]
pub struct FileInputProps {
    pub id: &'static str,
    pub label: &'static str,
    pub accept: &'static str,
    pub on_text: Callback<String>,
    /// The file could not be read as text (a callback, not the store: the rating round view,
    /// its own wasm, has no app store).
    pub on_unreadable: Callback<()>,
}

/// A file picker that hands the chosen file's text to `on_text`.
#[component]
pub fn FileInput(props: &FileInputProps) -> Html {
    // The reader must live until it has called back.
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_change = {
        let (on_text, reader, failed) = (
            props.on_text.clone(),
            reader.clone(),
            props.on_unreadable.clone(),
        );
        Callback::from(move |e: Event| {
            let Some(file) = event_file(&e) else {
                return;
            };
            let (on_text, failed) = (on_text.clone(), failed.clone());
            *reader.borrow_mut() = Some(read_as_text(&file, move |result| match result {
                Ok(text) => on_text.emit(text),
                Err(_) => failed.emit(()),
            }));
        })
    };
    html! {
        <div class="field file-field">
            <label for={props.id}>{ props.label }</label>
            <input id={props.id} type="file" accept={props.accept} onchange={on_change} />
        </div>
    }
}
