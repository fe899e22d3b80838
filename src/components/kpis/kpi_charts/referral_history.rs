use super::*;

#[component]
pub fn ReferralHistory(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let history = referral_history(&props.model);
    if history.is_empty() {
        return html! { <p>{ texts.kpis.no_periods }</p> };
    }
    let line = history_line(texts.kpis.referral_rate, &history, 100.0, |v| {
        rate_text(props.lang, v)
    });
    let ticks = index_ticks()
        .into_iter()
        .map(|(v, _)| (v, percent(props.lang, v / 100.0)))
        .collect::<Vec<_>>();
    html! {
        <div class="kpi-history keep-together">
            { scroll_wrap(texts.kpis.referral_title, html! {
                <table class="referral-table">
                    { table_head(&[texts.kpis.period, texts.kpis.referred, texts.kpis.new_customers, texts.kpis.referral_rate], props.editable.then_some(texts.common.delete)) }
                    <tbody>
                        for (i, (p, (period, rate))) in props.model.kpis.referrals.iter().zip(history.iter()).enumerate() {
                            <tr data-period={period.to_string()}>
                                <th scope="row">{ *period }</th>
                                <td>{ p.referred }</td>
                                <td>{ p.new_customers }</td>
                                <td>{ rate_text(props.lang, *rate) }</td>
                                if props.editable {
                                    <td>{ delete_button(format!("{}: {period}", texts.common.delete), store.callback(move |_: MouseEvent| Action::DeleteReferralPeriod(i))) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
            <TrendChart label={texts.kpis.referral_title} x_labels={periods(&history)}
                lines={vec![line]} domain={(0.0, 100.0)} {ticks} class="referral-chart" kind="referrals" />
        </div>
    }
}
