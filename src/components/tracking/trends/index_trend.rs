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
