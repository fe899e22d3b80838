use kontaktpunkt_core::{Lang, ModelError};
use yew::prelude::*;

use crate::store::{use_store, Saving, StoreExt, View};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Opens the presentation mode; where set, the bar offers it.
    #[prop_or_default]
    pub on_present: Option<Callback<()>>,
}

/// The id of the button that opens the presentation: the focus returns to it.
pub const PRESENT_BUTTON: &str = "present-open";

/// The app bar: product name, undo/redo, presentation, save state and language switch.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let on_lang = {
        let store = store.clone();
        Callback::from(move |lang: Lang| store.set_lang(lang))
    };
    html! {
        <header class="app-header">
            <a class="skip-link" href="#main">{ texts.shell.view_inventory }</a>
            <div class="brand">
                <span class="brand-name">{ texts.shell.app_title }</span>
                <span class="brand-tagline">{ texts.shell.tagline }</span>
            </div>
            <div class="header-tools">
                <button type="button" class="header-button" onclick={store.on(|s| s.undo())}
                    disabled={!store.history.can_undo()} aria-keyshortcuts="Control+Z"
                    title={format!("{} (Ctrl+Z)", texts.shell.undo)}>{ "↶ " }{ texts.shell.undo }</button>
                <button type="button" class="header-button" onclick={store.on(|s| s.redo())}
                    disabled={!store.history.can_redo()} aria-keyshortcuts="Control+Shift+Z"
                    title={format!("{} (Ctrl+Shift+Z)", texts.shell.redo)}>{ "↷ " }{ texts.shell.redo }</button>
                if let Some(present) = props.on_present.clone() {
                    // Full screen is asked for in the click itself: browsers allow it only then.
                    <button type="button" id={PRESENT_BUTTON} class="header-button"
                        onclick={present.reform(|_: MouseEvent| crate::browser::enter_full_screen())}>
                        { "▶ " }{ texts.slides.present }
                    </button>
                }
                <crate::components::share::live_panel::LiveBadge />
                <span class={classes!("save-state", (store.saving == Saving::Failed).then_some("save-failed"))}
                    role="status">
                    { if store.saving == Saving::Saved { texts.shell.saved } else { "" } }
                </span>
                <div class="lang-switch" role="group" aria-label={texts.shell.language}>
                    for lang in Lang::ALL {
                        <button
                            type="button"
                            class="lang-button"
                            lang={lang.code()}
                            aria-pressed={(lang == store.lang).to_string()}
                            onclick={on_lang.reform(move |_| lang)}
                        >
                            { lang.texts().shell.lang_name }
                        </button>
                    }
                </div>
            </div>
            if store.storage_denied {
                <p class="storage-warning storage-denied" role="alert">
                    { texts.shell.storage_denied }{ " " }
                    <button type="button" class="button-quiet" onclick={store.on(|s| s.show(View::Models))}>
                        { texts.shell.storage_denied_file }
                    </button>
                    { " " }
                    <button type="button" class="button-quiet" onclick={store.on(|s| s.show(View::Share))}>
                        { texts.shell.storage_denied_link }
                    </button>
                </p>
            } else if let Some(e) = &store.save_blocked {
                <p class="storage-warning save-blocked" role="alert">
                    { blocked_text(e, store.lang) }{ " " }
                    <button type="button" class="button-quiet" onclick={Callback::from(|_: MouseEvent| crate::browser::reload())}>
                        { texts.shell.reload }
                    </button>
                </p>
            } else if store.saving == Saving::Failed {
                <p class="storage-warning" role="alert">{ texts.shell.storage_failed }</p>
            }
        </header>
    }
}

/// Why this tab stopped saving the current model: a newer version's save, or another form
/// it cannot read.
fn blocked_text(e: &ModelError, lang: Lang) -> String {
    let texts = lang.texts();
    match e {
        ModelError::UnsupportedVersion(_) => texts.shell.newer_elsewhere.to_string(),
        other => format!(
            "{} {}",
            texts.shell.unreadable_elsewhere,
            texts.error(other)
        ),
    }
}
