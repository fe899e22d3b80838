use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::rounds::take::take_medians;
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::components::event_checked;
use crate::components::rounds::host::RoundsStore;
use crate::components::rounds::OpenRound;

/// "Take the medians": Ist (and importance, if ticked) of all or the `ticked` touchpoints
/// (model ids), one undoable step.
pub fn take_bar(
    store: &RoundsStore,
    opened: &OpenRound,
    ticked: Vec<Id>,
    importance: &UseStateHandle<bool>,
) -> Html {
    let t = rounds_texts(store.lang);
    let take = |only: Option<Vec<Id>>| {
        let (store, opened, importance) = (store.clone(), opened.clone(), importance.clone());
        Callback::from(move |_: MouseEvent| {
            let model = store.model_ref();
            let action = take_medians(
                &model,
                &opened.round,
                &opened.figures,
                only.as_deref(),
                *importance,
            );
            store.act(action);
        })
    };
    let toggle = {
        let importance = importance.clone();
        Callback::from(move |e: Event| importance.set(event_checked(&e)))
    };
    html! {
        <div class="take-bar">
            <h3>{ t.take_title }</h3>
            <p class="chart-help">{ t.take_help }</p>
            if opened.round.questions.importance {
                <label class="check"><input type="checkbox" checked={**importance} onchange={toggle} />{ t.take_importance }</label>
            }
            <div class="actions actions-left">
                <button type="button" class="button-primary" onclick={take(None)}>{ t.take_all }</button>
                if !ticked.is_empty() {
                    <button type="button" class="button-quiet" onclick={take(Some(ticked.clone()))}>{ t.take_ticked(ticked.len()) }</button>
                }
            </div>
        </div>
    }
}
