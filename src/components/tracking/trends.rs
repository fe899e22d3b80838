//! The experience index across snapshots and today (`tracking::trend`), and one touchpoint's
//! Ist and Soll on the same points (`tracking::touchpoint_trend`).

use kontaktpunkt_core::domain::model::{Experience, Id, Model};
use kontaktpunkt_core::figures::tracking::{touchpoint_trend, trend};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::charts::trend_chart::{Line, TrendChart};
use crate::components::event_value;
use crate::format::{date_text, format_index, signed};
use crate::store::ModelRef;

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    pub model: ModelRef,
    pub lang: Lang,
}

/// Labels of the trend's points: each snapshot's date (and label), then "today".
fn x_labels(model: &Model, lang: Lang) -> Vec<String> {
    trend(model)
        .iter()
        .map(|p| match &p.date {
            Some(d) if p.label.is_empty() => date_text(lang, d),
            Some(d) => format!("{} {}", date_text(lang, d), p.label),
            None => lang.texts().today.to_string(),
        })
        .collect()
}

/// 0, 25, 50, 75, 100 for an index axis.
pub fn index_ticks() -> Vec<(f64, String)> {
    (0..=4)
        .map(|i| (f64::from(i) * 25.0, (i * 25).to_string()))
        .collect()
}

#[component]
pub fn IndexTrend(props: &TrendProps) -> Html {
    let texts = props.lang.texts();
    let points = trend(&props.model);
    let line = |name: &str, class: &'static str, values: Vec<Option<f64>>| Line {
        name: name.to_string(),
        class,
        texts: values
            .iter()
            .map(|v| format_index(*v, texts.no_data))
            .collect(),
        values,
    };
    let lines = vec![
        line(
            texts.ist,
            "ist",
            points.iter().map(|p| p.ist_index).collect(),
        ),
        line(
            texts.soll,
            "soll",
            points.iter().map(|p| p.soll_index).collect(),
        ),
    ];
    html! {
        <figure class="trend keep-together" data-trend-points={points.len().to_string()}>
            <figcaption>{ texts.trend_index }</figcaption>
            <ul class="chart-legend">
                <li class="legend-ist">{ texts.ist }</li>
                <li class="legend-soll">{ texts.soll }</li>
            </ul>
            <TrendChart label={texts.trend_index} x_labels={x_labels(&props.model, props.lang)} {lines}
                domain={(0.0, 100.0)} ticks={index_ticks()} class="index-trend" />
        </figure>
    }
}

/// Pick a touchpoint, see its Ist and Soll at each snapshot and today.
#[component]
pub fn TouchpointTrend(props: &TrendProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let chosen = use_state(|| None::<Id>);
    let id = chosen
        .filter(|id| model.touchpoint(*id).is_some())
        .or_else(|| model.touchpoints.first().map(|t| t.id));
    let Some(id) = id else {
        return Html::default();
    };
    let points = touchpoint_trend(model, id);
    let as_value = |e: Option<Experience>| e.map(|e| f64::from(e.value()));
    let as_text = |e: Option<Experience>| {
        e.map_or_else(
            || texts.not_rated.to_string(),
            |e| format!("{} {}", signed(e.value()), texts.experience(e)),
        )
    };
    let lines = vec![
        Line {
            name: texts.ist.to_string(),
            class: "ist",
            values: points.iter().map(|p| as_value(p.ist)).collect(),
            texts: points.iter().map(|p| as_text(p.ist)).collect(),
        },
        Line {
            name: texts.soll.to_string(),
            class: "soll",
            values: points.iter().map(|p| as_value(p.soll)).collect(),
            texts: points.iter().map(|p| as_text(p.soll)).collect(),
        },
    ];
    let ticks: Vec<(f64, String)> = Experience::ALL
        .iter()
        .map(|e| {
            (
                f64::from(e.value()),
                format!("{} {}", signed(e.value()), texts.experience(*e)),
            )
        })
        .collect();
    let name = model
        .touchpoint(id)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    html! {
        <figure class="trend keep-together">
            <figcaption>
                <label for="trend-touchpoint">{ texts.trend_touchpoint }</label>{ " " }
                <select id="trend-touchpoint" onchange={{ let c = chosen.clone(); Callback::from(move |e: Event| c.set(event_value(&e).parse().ok())) }}>
                    for tp in model.touchpoints.iter() {
                        <option value={tp.id.to_string()} selected={tp.id == id}>{ &tp.name }</option>
                    }
                </select>
            </figcaption>
            <TrendChart label={format!("{}: {name}", texts.trend_touchpoint)} x_labels={x_labels(model, props.lang)} {lines}
                domain={(-2.0, 2.0)} {ticks} class="touchpoint-trend" />
        </figure>
    }
}
