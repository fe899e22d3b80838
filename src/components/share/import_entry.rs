//! The app's side of the spreadsheet import: a button in "Models & files" opens the import
//! view, a view of the on-demand views module (reading, previewing and mapping a file, none of
//! it in the app's first load; fetched on the first click), which ends in an `ImportCommand`. The app reads it with its checked reader, asks before a replace
//! (naming what goes) and runs it through its store: one step, undone as one.

use std::rc::Rc;

use kontaktpunkt_core::io::import_command::{
    import_change, removed_by, ImportChange, ImportCommand, ImportCommandError, ImportMode,
};
use kontaktpunkt_core::text::import::removed_text;
use kontaktpunkt_core::text::import_entry::{command_error_text, texts};
use kontaktpunkt_core::views::ModuleKind;
use kontaktpunkt_core::Model;
use yew::prelude::*;

use crate::components::shell::module_view::ModuleView;
use crate::components::widgets::confirm_dialog::ConfirmDialog;
use crate::store::{use_store, StoreExt};

/// A replace waiting for the user's word.
struct Pending {
    mode: ImportMode,
    model: Box<Model>,
}

#[component]
pub fn ImportEntry() -> Html {
    let store = use_store();
    let lang = store.lang;
    let t = texts(lang);
    let open = use_state(|| false);
    let pending = use_state(|| None::<Rc<Pending>>);
    let error = use_state(|| None::<ImportCommandError>);
    let button = use_node_ref();

    let close = {
        let (open, pending) = (open.clone(), pending.clone());
        move || {
            pending.set(None);
            open.set(false);
        }
    };
    // Runs an import on the current model; a refusal leaves the import open, with why.
    let run = {
        let (store, error, close) = (store.clone(), error.clone(), close.clone());
        move |mode: ImportMode, model: Box<Model>| {
            match import_change(mode, model, store.model()) {
                Ok(ImportChange::Open(model)) => store.keep_copy(*model, store.blank_current()),
                Ok(ImportChange::Act(action)) => store.act(action),
                Err(e) => return error.set(Some(e)),
            }
            close();
        }
    };
    let on_command = {
        let (pending, error, close, run) =
            (pending.clone(), error.clone(), close.clone(), run.clone());
        Callback::from(move |json: String| {
            error.set(None);
            match ImportCommand::read(&json) {
                Ok(ImportCommand::Close) => close(),
                Ok(ImportCommand::Import { mode, model }) if mode.replaces() => {
                    pending.set(Some(Rc::new(Pending { mode, model })));
                }
                Ok(ImportCommand::Import { mode, model }) => run(mode, model),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let confirm = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = pending.as_ref() {
                run(p.mode, p.model.clone());
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    // The button opens the import and closes it again (also when the module could not load).
    let toggle = {
        let (open, error) = (open.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            if *open {
                close();
            } else {
                open.set(true);
            }
        })
    };
    // Back on the button when the import closes, so that the keyboard stays where it was.
    {
        let button = button.clone();
        use_effect_with(*open, move |open| {
            if !*open {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }

    html! {
        <div class="import-entry">
            <button ref={button} type="button" class="button-quiet" aria-expanded={open.to_string()}
                onclick={toggle}>{ t.open }</button>
            if *open {
                // Inert while the app asks: a choice changed behind the question would not be
                // the one it names.
                <div class="import-view" inert={pending.is_some()}>
                    <ModuleView view={ModuleKind::Import} on_command={on_command} />
                </div>
            }
            if let Some(p) = pending.as_ref() {
                <ConfirmDialog question_above=true name={t.target_replace}
                    question={match removed_by(p.mode, store.model()) {
                        Some(removed) => format!("{} {}", removed_text(&removed, lang), t.replace_confirm),
                        None => t.replace_confirm.to_string(),
                    }}
                    confirm={format!("{} ({})", lang.texts().shell.confirm_replace, p.model.touchpoints.len())}
                    on_confirm={confirm} cancel={lang.texts().common.cancel} on_cancel={cancel} />
            }
            if let Some(e) = error.as_ref() {
                <p class="csv-errors" role="alert">{ command_error_text(e, lang) }</p>
            }
        </div>
    }
}
