use yew::prelude::*;

use crate::components::shell::export_damaged::ExportDamaged;
use crate::store::{use_store, AppError, StoreExt};

/// Shows the last refused change in the user's language until dismissed.
#[component]
pub fn ErrorBanner() -> Html {
    let store = use_store();
    let Some(error) = store.error.clone() else {
        return html! { <div role="status" class="visually-hidden"></div> };
    };
    let texts = store.lang.texts();
    let on_dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dismiss_error())
    };
    html! {
        <div class="error-banner" role="alert">
            <strong>{ texts.shell.error_title }{ ": " }</strong>
            <span class="error-text">{ error.text(store.lang) }</span>
            if let AppError::Damaged(damage) = &error {
                <ExportDamaged damage={damage.clone()} />
            }
            <button type="button" class="button-quiet" onclick={on_dismiss}>{ texts.common.dismiss }</button>
        </div>
    }
}
