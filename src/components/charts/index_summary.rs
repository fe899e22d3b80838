use kontaktpunkt_core::figures::analysis::{
    is_lovepoint, is_painpoint, journey_index, key_touchpoints,
};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::format::format_index;
use crate::store::ModelRef;

#[derive(Properties, PartialEq)]
pub struct IndexSummaryProps {
    pub model: ModelRef,
    pub lang: Lang,
}

/// The headline figures: experience index Ist and Soll of the whole journey.
#[component]
pub fn IndexSummary(props: &IndexSummaryProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let journey = journey_index(model);
    let keys = key_touchpoints(model).len();
    let love = model.touchpoints.iter().filter(|t| is_lovepoint(t)).count();
    let pain = model.touchpoints.iter().filter(|t| is_painpoint(t)).count();
    html! {
        <div class="figures" role="group" aria-label={texts.common.experience_index}>
            <div class="figure" data-figure="index-ist">
                <span class="figure-label">{ texts.common.experience_index }{ " · " }{ texts.common.ist }</span>
                <span class="figure-value">{ format_index(props.lang, journey.ist, texts.common.no_data) }</span>
            </div>
            <div class="figure" data-figure="index-soll">
                <span class="figure-label">{ texts.common.experience_index }{ " · " }{ texts.common.soll }</span>
                <span class="figure-value">{ format_index(props.lang, journey.soll, texts.common.no_data) }</span>
            </div>
            <div class="figure" data-figure="key-count">
                <span class="figure-label">{ texts.charts.key_touchpoints }</span>
                <span class="figure-value">{ keys }</span>
            </div>
            <div class="figure" data-figure="lovepoints">
                <span class="figure-label">{ texts.common.lovepoints }</span>
                <span class="figure-value">{ love }</span>
            </div>
            <div class="figure" data-figure="painpoints">
                <span class="figure-label">{ texts.common.painpoints }</span>
                <span class="figure-value">{ pain }</span>
            </div>
            <p class="figure-help">{ texts.charts.experience_index_help }</p>
        </div>
    }
}
