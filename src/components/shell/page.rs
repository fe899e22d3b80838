//! The page's layout: header, navigation and the current view, or one of the whole-page
//! states (a received self-check, a model looked at, an embed, the presentation).

use yew::prelude::*;

use kontaktpunkt_core::selfcheck;
use kontaktpunkt_core::selfcheck::embed::Mode;
use kontaktpunkt_core::views::ModuleKind;

use crate::browser;
use crate::components::charts::{
    gap_chart::GapChart, index_view::IndexView, ipa_chart::IpaChart, journey_chart::JourneyChart,
};
use crate::components::selfcheck::{
    selfcheck_result::{AdviceState, SelfCheckResultView},
    selfcheck_view::SelfCheckView,
};
use crate::components::share::{models_panel::ModelsPanel, share_panel::SharePanel};
use crate::components::shell::keyboard_help::KeyboardHelp;
use crate::components::shell::module_view::ModuleView;
use crate::components::shell::{
    error_banner::ErrorBanner, header::Header, incoming_view::IncomingView, nav::Nav,
};
use crate::components::workspace::{inventory::Inventory, list_editor::ListEditor};
use crate::hooks::focus_return::use_focus_return;
use crate::hooks::workshop_keys::use_workshop_keys;
use crate::store::{use_store, ModelRef, Store, StoreExt, View};

#[component]
pub fn Shell() -> Html {
    let store = use_store();
    let lang = store.lang;
    use_effect_with(lang, |lang| browser::apply_lang(*lang));
    // Built once per language: a new value on every render would render the self-check again.
    let advice = use_memo(lang, |lang| AdviceState::built_in(*lang));
    let help_open = use_state(|| false);
    let presenting = use_state(|| false);
    use_focus_return(*presenting);
    let workspace = store.view != View::SelfCheck
        && store
            .embed
            .as_ref()
            .is_none_or(|e| e.mode == Mode::Workspace);
    use_workshop_keys(workspace && !*presenting, {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(true))
    });
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let model = store.model_ref();
    let view = match store.view {
        View::Inventory => html! { <Inventory /> },
        View::Journey => html! { <JourneyChart model={model} lang={lang} /> },
        View::Matrix => html! { <IpaChart model={model} lang={lang} /> },
        View::Gaps => html! { <GapChart model={model} lang={lang} /> },
        View::Indices => html! { <IndexView model={model} lang={lang} /> },
        View::Lists => html! { <ListEditor /> },
        View::Measures => html! { <ModuleView view={ModuleKind::Measures} /> },
        View::Tracking => html! { <ModuleView view={ModuleKind::Tracking} /> },
        View::Kpis => html! { <ModuleView view={ModuleKind::Kpis} /> },
        View::Report => html! { <ModuleView view={ModuleKind::Report} /> },
        View::Rounds => html! { <ModuleView view={ModuleKind::Rounds} /> },
        View::SelfCheck => {
            html! {
                <SelfCheckView {lang} advice={(*advice).clone()}
                    on_open_in_workspace={open_check(&store)} />
            }
        }
        View::Share => html! { <SharePanel /> },
        View::Models => html! { <ModelsPanel /> },
    };
    let mode = store.embed.as_ref().map(|e| e.mode);
    if let Some(check) = store.received_check.clone() {
        let close = store.on(|s| s.close_received_check());
        // The prospect's answers become the consultant's starter model, beside their work.
        let open = {
            let (store, open) = (store.clone(), open_check(&store));
            Callback::from(move |check| {
                store.close_received_check();
                open.emit(check);
            })
        };
        return html! {
            <>
                <Header />
                <main id="main" class="main" tabindex="-1">
                    <h1>{ selfcheck::texts(lang).title }</h1>
                    <SelfCheckResultView {check} {lang} advice={(*advice).clone()} received=true
                        on_open_in_workspace={open} />
                    <button type="button" class="button-quiet" onclick={close}>{ lang.texts().common.close }</button>
                </main>
            </>
        };
    }
    if store.live_ask.is_some() {
        return html! {
            <>
                <Header />
                <main id="main" class="main" tabindex="-1">
                    <ErrorBanner />
                    <crate::components::share::live_panel::JoinLive />
                </main>
            </>
        };
    }
    if let Some(incoming) = store.incoming.clone() {
        return html! {
            <>
                <Header />
                <main id="main" class="main" tabindex="-1">
                    <ErrorBanner />
                    <IncomingView key={incoming.arrival} model={ModelRef(incoming.model)} {lang}
                        arrival={incoming.arrival} read_only={mode == Some(Mode::View)} />
                </main>
            </>
        };
    }
    match mode {
        Some(Mode::SelfCheck) => {
            return html! {
                <main id="main" class="main widget" tabindex="-1" aria-labelledby="selfcheck-title">
                    <SelfCheckView {lang} advice={(*advice).clone()} embed={store.embed.clone()} />
                </main>
            };
        }
        Some(Mode::View) => {
            return html! {
                <main id="main" class="main widget" tabindex="-1">
                    <ErrorBanner />
                    <p>{ lang.texts().charts.chart_empty }</p>
                </main>
            };
        }
        _ => {}
    }
    if *presenting {
        let presenting = presenting.clone();
        let close = Callback::from(move |()| {
            browser::leave_full_screen();
            presenting.set(false);
        });
        return html! { <ModuleView view={ModuleKind::Present} on_close={close} /> };
    }
    let present = {
        let presenting = presenting.clone();
        Callback::from(move |()| presenting.set(true))
    };
    html! {
        <>
            <Header on_present={present} />
            <Nav />
            <main id="main" class="main" tabindex="-1">
                <ErrorBanner />
                { view }
            </main>
            <KeyboardHelp {lang} open={*help_open} on_close={close_help} />
        </>
    }
}

/// Opens a finished self-check as a starter model beside the user's work.
fn open_check(store: &Store) -> Callback<selfcheck::SelfCheck> {
    let store = store.clone();
    Callback::from(move |check: selfcheck::SelfCheck| {
        // The starter model passes the one gate like every model from outside.
        let lang = store.lang;
        if let Ok(model) = kontaktpunkt_core::domain::validate::restore(check.to_model(lang)) {
            store.look_at(model);
        }
    })
}
