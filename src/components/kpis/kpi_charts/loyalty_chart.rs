use super::*;

#[component]
pub fn LoyaltyChart(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let Some(shares) = loyalty_shares(&props.model.kpis.loyalty) else {
        return html! { <p>{ texts.no_data }</p> };
    };
    let groups: Vec<BarGroup> = texts
        .loyalty_segments
        .iter()
        .zip(shares)
        .map(|(name, share)| {
            let text = percent(props.lang, share);
            BarGroup {
                label: name.to_string(),
                bars: vec![Bar {
                    series: "kpi",
                    value: Some(share),
                    label: format!("{name}: {text}"),
                    text,
                }],
            }
        })
        .collect();
    html! { <BarChart label={texts.loyalty_title} {groups} max={1.0} class="loyalty-chart" /> }
}
