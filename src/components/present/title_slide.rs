//! The first slide: the model's name, the client and the consultancy, as the room sees them
//! before the figures.

use yew::prelude::*;

use crate::browser;
use crate::components::charts::chart_kit::ChartProps;
use crate::format::date_text;

#[component]
pub fn TitleSlide(props: &ChartProps) -> Html {
    let (lang, texts) = (props.lang, props.lang.texts());
    let model = &props.model;
    let meta = &model.meta;
    html! {
        <section class="title-slide" aria-labelledby="slide-title">
            if let Some(logo) = meta.logo.clone() {
                <img class="report-logo" src={logo}
                    alt={format!("{} {}", texts.report.logo_alt, if meta.consultancy.is_empty() { meta.company.as_str() } else { meta.consultancy.as_str() })} />
            }
            <p class="report-kind">{ texts.slides.title_kind }</p>
            <h1 id="slide-title">{ texts.common.model_name(model) }</h1>
            <dl class="report-meta">
                if !meta.company.is_empty() {
                    <div><dt>{ texts.report.for_company }</dt><dd data-meta="company">{ &meta.company }</dd></div>
                }
                if !meta.consultancy.is_empty() {
                    <div><dt>{ texts.report.prepared_by }</dt><dd data-meta="consultancy">{ &meta.consultancy }</dd></div>
                }
                <div><dt>{ texts.common.date }</dt><dd>{ date_text(lang, &browser::today()) }</dd></div>
            </dl>
        </section>
    }
}
