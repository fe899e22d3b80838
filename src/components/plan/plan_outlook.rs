//! What the plan promises and what it misses: the projected experience index per scenario
//! beside Ist and Soll (`plan::outlook`), and the touchpoint decisions the plan does not
//! reflect yet (`plan::plan_warnings`).

use kontaktpunkt_core::domain::model::Scenario;
use kontaktpunkt_core::figures::plan::{outlook, plan_warnings, PlanWarning};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::charts::bar_chart::{Bar, BarChart, BarGroup};
use crate::format::format_index;
use crate::store::{use_dispatcher, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub model: ModelRef,
    pub lang: Lang,
}

#[component]
pub fn PlanOutlook(props: &PlanProps) -> Html {
    let texts = props.lang.texts();
    let o = outlook(&props.model);
    let rows = [
        ("ist", texts.common.ist, o.ist),
        ("soll", texts.common.soll, o.soll),
        ("best", texts.scenario(Scenario::Best), o.best),
        (
            "realistic",
            texts.scenario(Scenario::Realistic),
            o.realistic,
        ),
        ("worst", texts.scenario(Scenario::Worst), o.worst),
    ];
    let groups: Vec<BarGroup> = rows
        .iter()
        .map(|(key, name, value)| {
            let text = format_index(props.lang, *value, texts.common.no_data);
            BarGroup {
                label: name.to_string(),
                bars: vec![Bar {
                    series: key,
                    value: *value,
                    label: format!("{}: {name} {text}", texts.common.experience_index),
                    text,
                }],
            }
        })
        .collect();
    html! {
        <section class="plan-outlook keep-together" aria-labelledby="outlook-title">
            <h2 id="outlook-title">{ texts.plan.projection_title }</h2>
            <p class="chart-help">{ texts.plan.projection_help }</p>
            <div class="figures">
                for (key, name, value) in rows {
                    <div class="figure" data-figure={format!("outlook-{key}")}>
                        <span class="figure-label">{ name }</span>
                        <span class="figure-value">{ format_index(props.lang, value, texts.common.no_data) }</span>
                    </div>
                }
            </div>
            <BarChart label={texts.plan.projection_title} {groups} max={100.0} class="outlook-chart" kind="projection" />
        </section>
    }
}

/// New touchpoints without a measure, retired ones still rated important.
#[component]
pub fn PlanWarnings(props: &PlanProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let warnings = plan_warnings(&props.model);
    if warnings.is_empty() {
        return Html::default();
    }
    html! {
        <section class="plan-warnings keep-together" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{ texts.plan.plan_warnings_title }{ format!(" ({})", warnings.len()) }</h2>
            <ul>
                for w in warnings {
                    {{
                        let (id, why) = match w {
                            PlanWarning::NewWithoutMeasure(id) => (id, texts.plan.warn_new_without_measure),
                            PlanWarning::RetireStillImportant(id) => (id, texts.plan.warn_retire_important),
                        };
                        let name = props.model.touchpoint(id).map(|t| t.name.clone()).unwrap_or_default();
                        let d = store.clone();
                        html! {
                            <li>
                                <button type="button" class="link-button" onclick={Callback::from(move |_| d.open(Some(id)))}>{ name }</button>
                                { ": " }{ why }
                            </li>
                        }
                    }}
                }
            </ul>
        </section>
    }
}
