use yew::prelude::*;

use crate::offline;
use crate::store::use_store;

/// "A new version is ready — Reload to update", shown only when a new version of the app has
/// been downloaded and waits (`offline` tells the store). The switch happens only on the user's click, so
/// an update never lands in the middle of their work.
#[component]
pub fn UpdatePrompt() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let (message, action) = (texts.shell.update_ready, texts.shell.update_reload);
    // The live region is always there, so screen readers announce the prompt when it appears.
    html! {
        <div class="update-prompt-region" role="status">
            if store.update_ready {
                <div class="update-prompt">
                    <span>{ message }</span>
                    <button type="button" class="button-primary"
                        onclick={Callback::from(|_: MouseEvent| offline::apply_update())}>
                        { action }
                    </button>
                </div>
            }
        </div>
    }
}
