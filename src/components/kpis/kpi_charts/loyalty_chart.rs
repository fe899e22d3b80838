use super::*;

#[component]
pub fn LoyaltyChart(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let Some(shares) = loyalty_shares(&props.model.kpis.loyalty) else {
        return html! { <p>{ texts.common.no_data }</p> };
    };
    let groups: Vec<BarGroup> = LoyaltySegment::ALL
        .iter()
        .zip(shares)
        .map(|(segment, share)| {
            let name = texts.loyalty_segment(*segment);
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
    html! { <BarChart label={texts.kpis.loyalty_title} {groups} max={1.0} class="loyalty-chart" kind="loyalty" /> }
}
