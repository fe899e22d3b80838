use super::*;
use crate::components::charts::export::LegendLine;

#[component]
pub fn FunnelChart(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let funnel = &props.model.kpis.funnel;
    let competitor = funnel.competitor.as_ref();
    let max = funnel
        .ours
        .iter()
        .chain(competitor.iter().flat_map(|c| c.figures.iter()))
        .flatten()
        .max()
        .copied()
        .unwrap_or(0);
    if max == 0 {
        return html! { <p>{ texts.common.no_data }</p> };
    }
    let bar = |series: &'static str, who: &str, stage: &str, value: Option<u32>| {
        let text = value.map_or_else(|| texts.common.no_data.to_string(), |v| v.to_string());
        Bar {
            series,
            value: value.map(f64::from),
            label: format!("{stage} · {who}: {text}"),
            text: format!("{who}: {text}"),
        }
    };
    let groups: Vec<BarGroup> = FunnelStage::ALL
        .iter()
        .map(|s| {
            let stage = texts.funnel_stage(*s);
            let mut bars = vec![bar("ours", texts.kpis.ours, stage, funnel.ours[s.index()])];
            if let Some(c) = competitor {
                bars.push(bar("competitor", &c.name, stage, c.figures[s.index()]));
            }
            BarGroup {
                label: stage.to_string(),
                bars,
            }
        })
        .collect();
    let legend: Vec<LegendLine> =
        std::iter::once(LegendLine::swatch(".barset-ours .bar", texts.kpis.ours))
            .chain(competitor.map(|c| LegendLine::swatch(".barset-competitor .bar", &c.name)))
            .collect();
    let ours_rates = funnel_rates(&funnel.ours);
    let their_rates = competitor.map(|c| funnel_rates(&c.figures));
    html! {
        <div class="funnel keep-together">
            <BarChart label={texts.kpis.funnel_title} {groups} max={f64::from(max)} class="funnel-chart" kind="funnel" {legend} />
            { scroll_wrap(texts.kpis.conversion, html! {
                <table class="funnel-rates">
                    <caption>{ texts.kpis.conversion }</caption>
                    { table_head(&funnel_columns(texts, competitor), None) }
                    <tbody>
                        for (i, (rate, step)) in ours_rates.iter().zip(FunnelStage::ALL.windows(2)).enumerate() {
                            <tr>
                                <th scope="row">{ format!("{} → {}", texts.funnel_stage(step[0]), texts.funnel_stage(step[1])) }</th>
                                <td>{ rate_text(props.lang, *rate) }</td>
                                if let Some(theirs) = their_rates { <td>{ rate_text(props.lang, theirs[i]) }</td> }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
        </div>
    }
}
