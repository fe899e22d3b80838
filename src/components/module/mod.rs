//! The views module's host: the views that are not needed on the app's first screen, built as
//! one wasm of their own (`src/bin/views.rs`, `views/index.html`) that the app loads the first
//! time one of them opens (`components::shell::module_view`). The contract is
//! `kontaktpunkt_core::views`: which views there are and what they may ask the app.
//!
//! The interface, as `static/views.js` calls it:
//! - `mount(view, element, lang, model, send)`: renders the view named `view`
//!   (`ModuleKind::key`) into `element`, with the app's language tag and its model as JSON;
//!   `send` is called with each command (JSON, `ModuleCommand`). False if the view or the model
//!   does not read. One view is mounted at a time; a new mount replaces the old.
//! - `update(lang, model)`: the app's language or model changed.
//! - `unmount()`: the view closed.
//!
//! A view reads only the props of [`ModuleRoot`] and sends only through `send`; a new view is
//! one arm in [`ModuleRoot`] and one `ModuleKind`.

use std::cell::RefCell;
use std::rc::Rc;

use kontaktpunkt_core::views::ModuleKind;
use kontaktpunkt_core::{Lang, Model};
use yew::prelude::*;

use crate::components::rounds::host::RoundsRoot;
use crate::components::share::spreadsheet_import::SpreadsheetImport;

#[derive(Properties, Clone)]
pub struct ModuleRootProps {
    pub view: ModuleKind,
    pub lang: Lang,
    pub model: Rc<Model>,
    /// Each command for the app, as JSON.
    pub send: Callback<String>,
}

impl PartialEq for ModuleRootProps {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view && self.lang == other.lang && Rc::ptr_eq(&self.model, &other.model)
    }
}

/// The mounted view, inside the app's element.
#[component]
pub fn ModuleRoot(props: &ModuleRootProps) -> Html {
    let (lang, model, send) = (props.lang, props.model.clone(), props.send.clone());
    match props.view {
        ModuleKind::Rounds => html! { <RoundsRoot {lang} {model} {send} /> },
        ModuleKind::Import => html! { <SpreadsheetImport {lang} {model} {send} /> },
    }
}

struct Mounted {
    handle: yew::AppHandle<ModuleRoot>,
    view: ModuleKind,
    send: Callback<String>,
}

thread_local! {
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

fn read(lang: &str, model: &str) -> Option<(Lang, Rc<Model>)> {
    let model: Model = serde_json::from_str(model).ok()?;
    Some((Lang::from_tag(lang), Rc::new(model)))
}

/// Renders the view `view` into `element`; `send` gets each command as JSON. False if the view
/// is not one the module hosts or the model did not read (the app sent something else).
pub fn mount(
    view: &str,
    element: web_sys::Element,
    lang: &str,
    model: &str,
    send: Callback<String>,
) -> bool {
    unmount();
    let (Some(view), Some((lang, model))) = (ModuleKind::from_key(view), read(lang, model)) else {
        return false;
    };
    let props = ModuleRootProps {
        view,
        lang,
        model,
        send: send.clone(),
    };
    let handle = yew::Renderer::<ModuleRoot>::with_root_and_props(element, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(Mounted { handle, view, send }));
    true
}

/// The app's model or language changed.
pub fn update(lang: &str, model: &str) -> bool {
    let Some((lang, model)) = read(lang, model) else {
        return false;
    };
    MOUNTED.with(|m| {
        if let Some(mounted) = m.borrow_mut().as_mut() {
            mounted.handle.update(ModuleRootProps {
                view: mounted.view,
                lang,
                model,
                send: mounted.send.clone(),
            });
        }
    });
    true
}

/// The view closed.
pub fn unmount() {
    if let Some(mounted) = MOUNTED.with(|m| m.borrow_mut().take()) {
        mounted.handle.destroy();
    }
}
