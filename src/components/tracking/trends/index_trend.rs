use super::*;

#[component]
pub fn IndexTrend(props: &TrendProps) -> Html {
    let texts = props.lang.texts();
    let points = trend(&props.model);
    let line = |name: &str, class: &'static str, values: Vec<Option<f64>>| Line {
        name: name.to_string(),
        class,
        texts: values
            .iter()
            .map(|v| format_index(props.lang, *v, texts.common.no_data))
            .collect(),
        values,
    };
    let lines = vec![
        line(
            texts.common.ist,
            "ist",
            points.iter().map(|p| p.ist_index).collect(),
        ),
        line(
            texts.common.soll,
            "soll",
            points.iter().map(|p| p.soll_index).collect(),
        ),
    ];
    html! {
        <figure class="trend keep-together" data-trend-points={points.len().to_string()}>
            <figcaption>{ texts.tracking.trend_index }</figcaption>
            <ul class="chart-legend">
                <li class="legend-ist">{ texts.common.ist }</li>
                <li class="legend-soll">{ texts.common.soll }</li>
            </ul>
            <TrendChart label={texts.tracking.trend_index} x_labels={x_labels(&props.model, props.lang)} {lines}
                domain={(0.0, 100.0)} ticks={index_ticks()} class="index-trend" kind="index-trend" />
        </figure>
    }
}
