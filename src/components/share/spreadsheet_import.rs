//! The spreadsheet import: read a file's bytes (an Excel workbook is read by the core, a text
//! file is decoded in the browser), map each column, preview the first rows as they will be
//! imported, choose where they go. It changes nothing itself: it ends in an
//! [`ImportCommand`] (JSON) to the app, which asks before a replace and runs it through its
//! store. A view of the on-demand views module, so none of it is in the app's first load.

use std::rc::Rc;

use gloo::file::callbacks::{read_as_bytes, FileReader};
use kontaktpunkt_core::io::csv_io::import::{
    read_source, read_workbook, title_from_file_name, ColumnMapping, ColumnTarget, Field,
    ImportError, ImportSource, ImportTarget, Imported,
};
use kontaktpunkt_core::io::import_command::{ImportCommand, ImportMode};
use kontaktpunkt_core::io::xlsx::looks_like_workbook;
use kontaktpunkt_core::text::import::{
    carried_text, default_text, import_texts, import_words, problem_text, removed_text,
    target_label,
};
use kontaktpunkt_core::text::import_entry;
use kontaktpunkt_core::{Action, Lang, Model};
use yew::prelude::*;

use crate::browser;
use crate::components::{event_file, event_value};

/// A file read and split, with the mapping the user is working on.
#[derive(Clone, PartialEq)]
struct Loaded {
    source: ImportSource,
    file_name: String,
    mapping: ColumnMapping,
    /// A workbook's bytes, read again when another sheet is chosen.
    workbook: Option<Rc<Vec<u8>>>,
}

impl Loaded {
    /// A source with its header found and the mapping its header suggests.
    fn new(mut source: ImportSource, file_name: String, workbook: Option<Rc<Vec<u8>>>) -> Self {
        let words = import_words();
        source.find_header(&words);
        let mapping = source.guess_mapping(&words);
        Loaded {
            source,
            file_name,
            mapping,
            workbook,
        }
    }
}

/// Where the import goes, as the radio buttons choose it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    New,
    Add,
    Replace,
}

fn target_value(t: ColumnTarget) -> String {
    match t {
        ColumnTarget::Ignore => "ignore".into(),
        ColumnTarget::Description => "description".into(),
        ColumnTarget::Field(f) => f.key().into(),
    }
}

fn target_from_value(v: &str) -> ColumnTarget {
    match v {
        "description" => ColumnTarget::Description,
        _ => Field::ALL
            .into_iter()
            .find(|f| f.key() == v)
            .map_or(ColumnTarget::Ignore, ColumnTarget::Field),
    }
}

fn all_targets() -> Vec<ColumnTarget> {
    let mut all = vec![ColumnTarget::Ignore, ColumnTarget::Description];
    all.extend(Field::ALL.into_iter().map(ColumnTarget::Field));
    all
}

#[derive(Properties, Clone)]
pub struct SpreadsheetImportProps {
    pub lang: Lang,
    /// The app's current model: the preview builds on it.
    pub model: Rc<Model>,
    /// Gets each [`ImportCommand`] as JSON.
    pub send: Callback<String>,
}

impl PartialEq for SpreadsheetImportProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.model, &other.model)
    }
}

/// Why a file gives no preview.
#[derive(Clone, PartialEq)]
enum ReadFailure {
    /// The browser could not read its bytes or decode its text.
    Unreadable,
    Import(ImportError),
}

#[component]
pub fn SpreadsheetImport(props: &SpreadsheetImportProps) -> Html {
    let lang = props.lang;
    let texts = lang.texts();
    let it = import_texts(lang);
    let entry = import_entry::texts(lang);
    let loaded = use_state(|| None::<Loaded>);
    let read_error = use_state(|| None::<ReadFailure>);
    let place = use_state(|| Where::Add);
    let keep_plan = use_state(|| false);
    let reader = use_mut_ref(|| None::<FileReader>);
    let file_input = use_node_ref();
    // The view opens on the user's click: the keyboard goes on to the file's choice.
    {
        let file_input = file_input.clone();
        use_effect_with((), move |()| {
            if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        });
    }

    let on_change = {
        let (loaded, read_error, reader) = (loaded.clone(), read_error.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let Some(file) = event_file(&e) else {
                return;
            };
            let file_name = file.name();
            let (loaded, read_error) = (loaded.clone(), read_error.clone());
            *reader.borrow_mut() = Some(read_as_bytes(&file, move |result| {
                let read = result.ok().and_then(|bytes| {
                    if looks_like_workbook(&bytes) {
                        Some((read_workbook(&bytes, None), Some(Rc::new(bytes))))
                    } else {
                        browser::decode_text(&bytes).map(|text| (read_source(&text), None))
                    }
                });
                match read {
                    Some((Ok(source), workbook)) => {
                        read_error.set(None);
                        loaded.set(Some(Loaded::new(source, file_name, workbook)));
                    }
                    Some((Err(e), _)) => {
                        loaded.set(None);
                        read_error.set(Some(ReadFailure::Import(e)));
                    }
                    None => {
                        loaded.set(None);
                        read_error.set(Some(ReadFailure::Unreadable));
                    }
                }
            }));
        })
    };
    let close = {
        let send = props.send.clone();
        Callback::from(move |_: MouseEvent| send.emit(ImportCommand::Close.write()))
    };

    let hint = html! { <p class="hint">{ it.xlsx_hint }</p> };
    let file_field = html! {
        <div class="field file-field">
            <label for="import-sheet">{ it.choose_file }</label>
            <input ref={file_input} id="import-sheet" type="file"
                accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain,text/tab-separated-values"
                onchange={on_change} />
        </div>
    };
    let error_line = |e: &ImportError| {
        if e.line == 0 {
            problem_text(&e.problem, lang)
        } else {
            format!("{} {}: {}", it.line, e.line, problem_text(&e.problem, lang))
        }
    };

    let Some(l) = (*loaded).clone() else {
        return html! {
            <div class="sheet-import" role="region" aria-label={it.title}>
                <h3>{ it.title }</h3>
                { file_field }
                { hint }
                if let Some(failure) = (*read_error).as_ref() {
                    <p class="csv-errors" role="alert">{ match failure {
                        ReadFailure::Import(e) => error_line(e),
                        ReadFailure::Unreadable => texts.shell.file_unreadable.to_string(),
                    } }</p>
                }
            </div>
        };
    };

    let target = match *place {
        Where::New => ImportTarget::NewModel {
            title: title_from_file_name(&l.file_name),
        },
        Where::Add => ImportTarget::Add,
        Where::Replace if *keep_plan => ImportTarget::ReplaceTouchpoints,
        Where::Replace => ImportTarget::Replace,
    };
    let preview = l
        .source
        .preview(&l.mapping, target, &props.model, lang, &import_words());
    let m = &preview.model;

    let set_target = |column: usize| {
        let loaded = loaded.clone();
        Callback::from(move |e: Event| {
            if let Some(mut l) = (*loaded).clone() {
                l.mapping.set(column, target_from_value(&event_value(&e)));
                loaded.set(Some(l));
            }
        })
    };
    let choose_sheet = {
        let (loaded, read_error) = (loaded.clone(), read_error.clone());
        Callback::from(move |e: Event| {
            let Some(l) = (*loaded).clone() else {
                return;
            };
            let (Some(bytes), Ok(sheet)) = (l.workbook.clone(), event_value(&e).parse()) else {
                return;
            };
            match read_workbook(&bytes, Some(sheet)) {
                Ok(source) => loaded.set(Some(Loaded::new(source, l.file_name, Some(bytes)))),
                Err(e) => {
                    loaded.set(None);
                    read_error.set(Some(ReadFailure::Import(e)));
                }
            }
        })
    };
    let choose_header = {
        let loaded = loaded.clone();
        Callback::from(move |e: Event| {
            let (Some(mut l), Ok(row)) = ((*loaded).clone(), event_value(&e).parse()) else {
                return;
            };
            l.source.set_header(row);
            l.mapping = l.source.guess_mapping(&import_words());
            loaded.set(Some(l));
        })
    };
    let choose = |w: Where| {
        let place = place.clone();
        Callback::from(move |_: Event| place.set(w))
    };
    let toggle_keep = {
        let keep_plan = keep_plan.clone();
        Callback::from(move |_: Event| keep_plan.set(!*keep_plan))
    };
    // The app runs the import (asking first before a replace) and closes this view.
    let confirm = {
        let (send, preview) = (props.send.clone(), preview.clone());
        let mode = match *place {
            Where::New => ImportMode::NewModel,
            Where::Add => ImportMode::Add,
            Where::Replace if *keep_plan => ImportMode::ReplaceKeepingPlan,
            Where::Replace => ImportMode::Replace,
        };
        Callback::from(move |_: MouseEvent| {
            let model = match preview.clone().into_import() {
                Some(Imported::NewModel(model)) => model,
                Some(Imported::Change(
                    Action::Replace(model) | Action::ReplaceTouchpoints(model),
                )) => model,
                _ => return,
            };
            send.emit(ImportCommand::Import { mode, model }.write());
        })
    };
    let cell_name = |t: &kontaktpunkt_core::domain::model::Touchpoint| {
        let rating = |r: Option<kontaktpunkt_core::domain::model::Experience>| {
            r.map_or(texts.common.not_rated.to_string(), |r| {
                format!("{:+}", r.value())
            })
        };
        html! {
            <tr>
                <td>{ t.name.clone() }</td>
                <td>{ m.stage_name(&t.stage).to_string() }</td>
                <td>{ texts.contact(t.contact) }</td>
                <td>{ texts.channel(t.channel) }</td>
                <td>{ t.owner.as_deref().map_or(texts.common.no_owner, |k| m.owner_name(k)).to_string() }</td>
                <td>{ t.importance.value() }</td>
                <td>{ rating(t.ist) }</td>
                <td>{ rating(t.soll) }</td>
                <td>{ t.description.chars().take(80).collect::<String>() }</td>
            </tr>
        }
    };
    let column_label = |i: usize, name: &str| {
        if name.is_empty() {
            format!("{} {}", it.column, i + 1)
        } else {
            name.to_string()
        }
    };
    let radio = |w: Where, label: &'static str| {
        html! {
            <label class="check">
                <input type="radio" name="import-target" checked={*place == w} onchange={choose(w)} />
                { label }
            </label>
        }
    };

    html! {
        <div class="sheet-import csv-preview" role="region" aria-label={it.title}>
            <h3>{ it.title }</h3>
            { file_field }
            <p class="hint">{ l.file_name.clone() }</p>
            <div class="field-row">
                if let Some(sheets) = l.source.sheets.as_ref().filter(|s| s.names.len() > 1) {
                    <div class="field">
                        <label for="import-sheet-choice">{ it.sheet }</label>
                        <select id="import-sheet-choice" onchange={choose_sheet}>
                            for (i, name) in sheets.names.iter().enumerate() {
                                <option value={i.to_string()} selected={i == sheets.chosen}>{ name.clone() }</option>
                            }
                        </select>
                    </div>
                }
                <div class="field">
                    <label for="import-header-row">{ it.header_row }</label>
                    <select id="import-header-row" onchange={choose_header}>
                        for (i, (line, cells)) in l.source.header_candidates().into_iter().enumerate() {
                            <option value={i.to_string()} selected={i == l.source.header_index()}>
                                { format!("{} {line}: {cells}", it.line) }
                            </option>
                        }
                    </select>
                </div>
            </div>
            <div class="table-scroll">
                <table class="sheet-mapping">
                    <caption>{ it.sample }</caption>
                    <thead>
                        <tr>
                            for (i, name) in l.source.columns.iter().enumerate() {
                                <th scope="col">
                                    <span>{ column_label(i, name) }</span>
                                    <label class="visually-hidden" for={format!("map-{i}")}>
                                        { format!("{} {}: {}", it.column, column_label(i, name), it.maps_to) }
                                    </label>
                                    <select id={format!("map-{i}")} onchange={set_target(i)}>
                                        for t in all_targets() {
                                            <option value={target_value(t)} selected={l.mapping.get(i) == t}>
                                                { target_label(t, lang) }
                                            </option>
                                        }
                                    </select>
                                </th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for row in preview.sample.iter() {
                            <tr>
                                for i in 0..l.source.columns.len() {
                                    <td>{ row.get(i).cloned().unwrap_or_default() }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            if !preview.rows.is_empty() {
                <div class="table-scroll">
                    <table class="sheet-rows">
                        <caption>{ it.as_imported }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ texts.common.name }</th>
                                <th scope="col">{ texts.common.stage }</th>
                                <th scope="col">{ texts.common.contact_label }</th>
                                <th scope="col">{ texts.common.channel_label }</th>
                                <th scope="col">{ texts.common.owner }</th>
                                <th scope="col">{ texts.common.importance }</th>
                                <th scope="col">{ texts.common.ist }</th>
                                <th scope="col">{ texts.common.soll }</th>
                                <th scope="col">{ texts.common.description }</th>
                            </tr>
                        </thead>
                        <tbody>
                            for t in preview.rows.iter() { { cell_name(t) } }
                        </tbody>
                    </table>
                </div>
            }
            if !preview.defaults.is_empty() {
                <p>{ it.defaults }</p>
                <ul class="sheet-defaults">
                    for f in preview.defaults.iter() { <li>{ default_text(*f, lang) }</li> }
                </ul>
            }
            if !preview.new_stages.is_empty() {
                <p>{ it.new_stages }{ " " }{ preview.new_stages.join(", ") }</p>
            }
            if !preview.new_owners.is_empty() {
                <p>{ it.new_owners }{ " " }{ preview.new_owners.join(", ") }</p>
            }
            if !preview.errors.is_empty() {
                <p>{ it.errors }</p>
                <ul class="csv-errors">
                    for e in preview.errors.iter() { <li>{ error_line(e) }</li> }
                    if preview.more_errors > 0 {
                        <li>{ format!("{} {}", it.more_errors, preview.more_errors) }</li>
                    }
                </ul>
            }
            <fieldset class="sheet-target">
                <legend>{ it.target }</legend>
                { radio(Where::New, it.target_new) }
                { radio(Where::Add, it.target_add) }
                { radio(Where::Replace, entry.target_replace) }
            </fieldset>
            if *place == Where::Replace {
                <label class="check">
                    <input type="checkbox" checked={*keep_plan} onchange={toggle_keep} />
                    { it.keep_plan }
                </label>
                if let Some(removed) = preview.removed.as_ref() {
                    <p class="replace-removes">{ removed_text(removed, lang) }</p>
                }
                if let Some(carried) = preview.carried.as_ref() {
                    <p class="replace-carried">{ carried_text(carried, lang) }</p>
                }
            }
            <p class="csv-summary"><strong>{ preview.added }</strong>{ " " }{ it.will_import }</p>
            <button type="button" class="button-primary" disabled={preview.added == 0} onclick={confirm}>
                { format!("{} ({})", it.confirm, preview.added) }
            </button>
            <button type="button" class="button-quiet" onclick={close}>{ texts.common.cancel }</button>
            { hint }
        </div>
    }
}
