//! The report cover's fields of the model: the consultancy's name and its logo, an image file
//! the user picks, kept with the model as a data URL (checked by the core's one gate).

use gloo::file::callbacks::{read_as_data_url, FileReader};
use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::{LOGO_TYPES, MAX_LOGO_BYTES};
use kontaktpunkt_core::ModelError;
use yew::prelude::*;

use crate::components::event_file;
use crate::components::widgets::draft_input::DraftInput;
use crate::store::{use_store, AppError, Notice, StoreExt};

#[component]
pub fn CoverFields() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    // The reader must live until it has called back.
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_logo = {
        let (store, reader) = (store.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let Some(file) = event_file(&e) else {
                return;
            };
            // Refused before reading: a large file is not loaded into memory at all.
            if !LOGO_TYPES.contains(&file.raw_mime_type().as_str()) {
                store.fail(AppError::Model(ModelError::LogoType));
                return;
            }
            if file.size() > MAX_LOGO_BYTES as u64 {
                store.fail(AppError::Model(ModelError::LogoTooLarge {
                    max: MAX_LOGO_BYTES,
                }));
                return;
            }
            let store = store.clone();
            *reader.borrow_mut() = Some(read_as_data_url(&file, move |result| match result {
                Ok(url) => store.act(Action::SetLogo(Some(url))),
                Err(_) => store.notify(Notice::FileUnreadable),
            }));
        })
    };
    let t = texts.share;
    html! {
        <section class="panel" aria-labelledby="cover-title">
            <h2 id="cover-title">{ t.cover_title }</h2>
            <div class="field-row">
                <div class="field">
                    <label for="model-consultancy">{ t.consultancy }</label>
                    <DraftInput id="model-consultancy" value={model.meta.consultancy.clone()}
                        on_commit={store.callback(Action::SetConsultancy)} />
                </div>
                <div class="field file-field">
                    <label for="model-logo">{ t.logo }</label>
                    <input id="model-logo" type="file" accept={LOGO_TYPES.join(",")} onchange={on_logo}
                        aria-describedby="logo-help" />
                    <p id="logo-help" class="field-help">{ t.logo_help }</p>
                </div>
            </div>
            if let Some(logo) = model.meta.logo.clone() {
                <div class="logo-preview">
                    <img src={logo} alt={t.logo_preview} />
                    <button type="button" class="button-quiet" onclick={store.callback(|_: MouseEvent| Action::SetLogo(None))}>{ t.remove_logo }</button>
                </div>
            }
        </section>
    }
}
