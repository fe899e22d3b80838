use yew::prelude::*;

use crate::store::{use_store, StoreExt, View};

/// The views of the workspace. Buttons, not links: the URL fragment belongs to share links.
#[component]
pub fn Nav() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let label = |v: View| match v {
        View::Inventory => texts.shell.view_inventory,
        View::Journey => texts.shell.view_journey,
        View::Matrix => texts.shell.view_matrix,
        View::Gaps => texts.shell.view_gaps,
        View::Indices => texts.shell.view_indices,
        View::Lists => texts.shell.view_lists,
        View::Measures => texts.shell.view_measures,
        View::Tracking => texts.shell.view_tracking,
        View::Kpis => texts.shell.view_kpis,
        View::Report => texts.shell.view_report,
        View::Rounds => texts.shell.view_rounds,
        View::Share => texts.shell.view_share,
        View::Models => texts.shell.view_models,
        View::SelfCheck => kontaktpunkt_core::selfcheck::texts(store.lang).model_title,
    };
    html! {
        <nav class="view-nav" aria-label={texts.shell.view_nav}>
            for view in View::ALL {
                <button
                    type="button"
                    class="view-tab"
                    aria-current={(store.view == view).then_some("page")}
                    onclick={{
                        let store = store.clone();
                        Callback::from(move |_| store.show(view))
                    }}
                >{ label(view) }</button>
            }
        </nav>
    }
}
