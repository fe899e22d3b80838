use yew::prelude::*;

use crate::store::{use_store, StoreExt, View};

/// The views of the workspace. Buttons, not links: the URL fragment belongs to share links.
#[component]
pub fn Nav() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let label = |v: View| match v {
        View::Inventory => texts.view_inventory,
        View::Journey => texts.view_journey,
        View::Matrix => texts.view_matrix,
        View::Gaps => texts.view_gaps,
        View::Indices => texts.view_indices,
        View::Lists => texts.view_lists,
        View::Measures => texts.view_measures,
        View::Tracking => texts.view_tracking,
        View::Kpis => texts.view_kpis,
        View::Report => texts.view_report,
        View::Share => texts.view_share,
        View::Models => texts.view_models,
        View::SelfCheck => kontaktpunkt_core::selfcheck::texts(store.lang).model_title,
    };
    html! {
        <nav class="view-nav" aria-label={texts.view_nav}>
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
