use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::charts::gap_chart::GapChart;
use crate::components::charts::index_summary::IndexSummary;
use crate::components::charts::journey_chart::JourneyChart;
use crate::components::widgets::confirm_dialog::ConfirmDialog;
use crate::store::{use_store, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct IncomingViewProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// Which arrival the model is: the confirmation replaces with this one only.
    pub arrival: u32,
    /// An embedded read-only view: no ways to take the model over.
    #[prop_or_default]
    pub read_only: bool,
}

/// A model from a link or file, read-only, with the two ways to take it over.
#[component]
pub fn IncomingView(props: &IncomingViewProps) -> Html {
    let store = use_store();
    let texts = props.lang.texts();
    let confirming = use_state(|| false);
    let model = &props.model;
    let keep = {
        let (store, model) = (store.clone(), model.clone());
        Callback::from(move |_: MouseEvent| {
            store.keep_copy((*model.0).clone(), store.blank_current())
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let arrival = props.arrival;
    let replace = store.on(move |s| s.replace_with_incoming(arrival));
    let close = store.on(|s| s.close_incoming());
    let title = texts.common.model_name(model);
    html! {
        <div class="incoming">
            <section class="incoming-banner" aria-labelledby="incoming-title">
                <h1 id="incoming-title">{ texts.shell.incoming_title }{ ": " }<bdi>{ title }</bdi></h1>
                if !props.read_only {
                    <p>{ texts.shell.incoming_body }</p>
                }
                <p class="incoming-count">{ texts.common.touchpoint_count(model.touchpoints.len()) }</p>
                <div class="actions actions-left" hidden={props.read_only}>
                    <button type="button" class="button-primary" onclick={keep}>{ texts.shell.keep_copy }</button>
                    <button type="button" class="button-quiet" onclick={ask}>{ texts.shell.replace_current }</button>
                    <button type="button" class="button-quiet" onclick={close}>{ texts.shell.discard }</button>
                </div>
                if *confirming {
                    <ConfirmDialog question={texts.shell.replace_confirm} question_above=true
                        confirm={texts.shell.confirm_replace} on_confirm={replace}
                        cancel={texts.common.cancel} on_cancel={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }} />
                }
            </section>
            <IndexSummary model={model.clone()} lang={props.lang} />
            <JourneyChart model={model.clone()} lang={props.lang} />
            <GapChart model={model.clone()} lang={props.lang} />
        </div>
    }
}
