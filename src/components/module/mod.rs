//! The views module's host: the views that are not needed on the app's first screen (the
//! rating round view, the report, the presentation, the KPIs, tracking, the measures), built as one wasm of their own
//! (`src/bin/views.rs`, `views/index.html`) that the app loads the first time one of them opens
//! (`components::shell::module_view`). The contract is `kontaktpunkt_core::views`: which views
//! there are and what they may ask the app.
//!
//! The interface, as `static/views.js` calls it:
//! - `mount(view, element, lang, model, send)`: renders the view named `view`
//!   (`ModuleKind::key`) into `element`, with the app's language tag and its model as JSON;
//!   `send` is called with each command (JSON, `ModuleCommand`). False if the view or the model
//!   does not read. One view is mounted at a time; a new mount replaces the old.
//! - `update(lang, model)`: the app's language or model changed.
//! - `unmount()`: the view closed.
//!
//! What a view reads: the props of [`ModuleRoot`]; the components it shares with the app find
//! the language and the model through `store::use_reading` (a [`Reading`] given here) and send
//! through `store::use_dispatcher` (here a [`Dispatcher`] that turns what a view may ask into
//! commands, `ViewCommand`, and drops the rest). A new view is one `ModuleKind` and one arm in
//! [`ModuleRoot`].

use std::cell::RefCell;
use std::rc::Rc;

use kontaktpunkt_core::views::command::{FigureCommand, ViewCommand};
use kontaktpunkt_core::views::ModuleKind;
use kontaktpunkt_core::{Lang, Model};
use yew::prelude::*;

use crate::components::kpis::kpi_view::KpiView;
use crate::components::plan::measures_view::MeasuresView;
use crate::components::present::Presentation;
use crate::components::report::report_view::ReportView;
use crate::components::rounds::host::RoundsRoot;
use crate::components::share::spreadsheet_import::SpreadsheetImport;
use crate::components::tracking::tracking_view::TrackingView;
use crate::store::{Dispatcher, ModelRef, Msg, Reading};

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

/// The store's messages the shared components send, as commands for the app: opening a
/// touchpoint, the ratings and the KPI and tracking changes a view may make; anything else
/// stays unsent (the app's reader would refuse it from the wrong view anyway).
fn forward(send: Callback<String>) -> Dispatcher {
    Dispatcher::new(move |msg| {
        let json = match msg {
            Msg::Open(Some(touchpoint)) => Some(ViewCommand::Open { touchpoint }.to_json()),
            Msg::Do(action, _) => ViewCommand::from_action(&action)
                .map(|c| c.to_json())
                .or_else(|| FigureCommand::from_action(&action).map(|c| c.to_json())),
            _ => None,
        };
        if let Some(json) = json {
            send.emit(json);
        }
    })
}

/// The mounted view, inside the app's element.
#[component]
pub fn ModuleRoot(props: &ModuleRootProps) -> Html {
    let dispatcher = use_memo((), {
        let send = props.send.clone();
        move |()| forward(send)
    });
    let (lang, send) = (props.lang, props.send.clone());
    let model = ModelRef(props.model.clone());
    let view = match props.view {
        ModuleKind::Rounds => {
            let model = props.model.clone();
            html! { <RoundsRoot {lang} {model} {send} /> }
        }
        // The import reads no store: its props and its commands, which the app reads itself.
        ModuleKind::Import => {
            let model = props.model.clone();
            html! { <SpreadsheetImport {lang} {model} {send} /> }
        }
        ModuleKind::Report => html! { <ReportView model={model.clone()} {lang} /> },
        ModuleKind::Present => {
            let close = Callback::from(move |()| send.emit(ViewCommand::Close {}.to_json()));
            html! { <Presentation model={model.clone()} {lang} on_close={close} /> }
        }
        ModuleKind::Kpis => html! { <KpiView /> },
        ModuleKind::Tracking => html! { <TrackingView /> },
        ModuleKind::Measures => html! { <MeasuresView /> },
    };
    let reading = Reading { lang, model };
    html! {
        <ContextProvider<Dispatcher> context={(*dispatcher).clone()}>
            <ContextProvider<Reading> context={reading}>
                { view }
            </ContextProvider<Reading>>
        </ContextProvider<Dispatcher>>
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
    use yew::Callback;

    use super::forward;
    use crate::store::{Msg, StoreExt};

    #[test]
    fn the_module_sends_the_app_only_what_a_view_may_ask() {
        let sent = Rc::new(RefCell::new(Vec::<String>::new()));
        let dispatcher = forward({
            let sent = sent.clone();
            Callback::from(move |json| sent.borrow_mut().push(json))
        });
        dispatcher.open(Some(3));
        // As `act` sends them, with the time (the browser's clock is not here).
        let act = |action| dispatcher.send(Msg::Do(action, 0.0));
        act(Action::EditTouchpoint(3, TouchpointEdit::Soll(Some(-2))));
        act(Action::SetCycleStep(6));
        act(Action::AddMeasure("Guest checkout".into()));
        // Not a view's to ask: a deletion, undo, closing the editor.
        act(Action::DeleteTouchpoint(3));
        dispatcher.send(Msg::Undo);
        dispatcher.open(None);
        assert_eq!(
            *sent.borrow(),
            [
                r#"{"do":"open","touchpoint":3}"#,
                r#"{"do":"soll","touchpoint":3,"value":-2}"#,
                r#"{"do":"cycle_step","step":6}"#,
                r#"{"do":"measure_add","title":"Guest checkout"}"#,
            ]
        );
    }
}
