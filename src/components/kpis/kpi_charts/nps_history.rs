use super::*;

#[component]
pub fn NpsHistory(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let history = nps_history(&props.model);
    if history.is_empty() {
        return html! { <p>{ texts.kpis.no_periods }</p> };
    }
    let line = history_line(texts.kpis.nps, &history, 1.0, |v| nps_text(props.lang, v));
    let ticks = [-100, -50, 0, 50, 100]
        .map(|v| (f64::from(v), signed_number(props.lang, f64::from(v), 0)))
        .to_vec();
    html! {
        <div class="kpi-history keep-together">
            { scroll_wrap(texts.kpis.nps_title, html! {
                <table class="nps-table">
                    { table_head(&[texts.kpis.period, texts.kpis.promoters, texts.kpis.passives, texts.kpis.detractors, texts.kpis.nps], props.editable.then_some(texts.common.delete)) }
                    <tbody>
                        for (i, (p, (period, nps))) in props.model.kpis.nps.iter().zip(history.iter()).enumerate() {
                            <tr data-period={period.to_string()}>
                                <th scope="row">{ *period }</th>
                                <td>{ p.promoters }</td>
                                <td>{ p.passives }</td>
                                <td>{ p.detractors }</td>
                                <td class="nps-value">{ nps_text(props.lang, *nps) }</td>
                                if props.editable {
                                    <td>{ delete_button(format!("{}: {period}", texts.common.delete), store.callback(move |_: MouseEvent| Action::DeleteNpsPeriod(i))) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
            <TrendChart label={texts.kpis.nps_title} x_labels={periods(&history)}
                lines={vec![line]} domain={(-100.0, 100.0)} {ticks} class="nps-chart" kind="nps" />
        </div>
    }
}
