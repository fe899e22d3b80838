use super::*;

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
            || texts.common.not_rated.to_string(),
            |e| format!("{} {}", signed(e.value()), texts.experience(e)),
        )
    };
    let lines = vec![
        Line {
            name: texts.common.ist.to_string(),
            class: "ist",
            values: points.iter().map(|p| as_value(p.ist)).collect(),
            texts: points.iter().map(|p| as_text(p.ist)).collect(),
        },
        Line {
            name: texts.common.soll.to_string(),
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
                <label for="trend-touchpoint">{ texts.tracking.trend_touchpoint }</label>{ " " }
                <select id="trend-touchpoint" onchange={{ let c = chosen.clone(); Callback::from(move |e: Event| c.set(event_value(&e).parse().ok())) }}>
                    for tp in model.touchpoints.iter() {
                        <option value={tp.id.to_string()} selected={tp.id == id}>{ &tp.name }</option>
                    }
                </select>
            </figcaption>
            <TrendChart label={format!("{}: {name}", texts.tracking.trend_touchpoint)} x_labels={x_labels(model, props.lang)} {lines}
                domain={(-2.0, 2.0)} {ticks} class="touchpoint-trend" kind="touchpoint-trend" />
        </figure>
    }
}
