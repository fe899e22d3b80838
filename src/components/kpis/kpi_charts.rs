//! The KPIs as tables and charts, for the KPI view and the report: NPS and referral rate per
//! period (`kpis::nps_history`, `referral_history`), loyalty segments
//! (`analysis::loyalty_shares`) and the brand funnel (`kpis::funnel_rates`).

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::figures::analysis::loyalty_shares;
use kontaktpunkt_core::figures::kpis::Competitor;
use kontaktpunkt_core::figures::kpis::{funnel_rates, nps_history, referral_history, FunnelStage};
use kontaktpunkt_core::{Lang, Texts};
use yew::prelude::*;

use crate::components::charts::bar_chart::{Bar, BarChart, BarGroup};
use crate::components::charts::trend_chart::{Line, TrendChart};
use crate::components::tracking::trends::index_ticks;
use crate::components::{scroll_wrap, table_head};
use crate::format::{percent, signed_number};
use crate::store::{use_store, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct KpiProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// Offers a delete button per period (the KPI view, not the report).
    #[prop_or_default]
    pub editable: bool,
}

/// An NPS (−100..=+100) as written: +25, −10, 0.
pub fn nps_text(lang: Lang, nps: Option<f64>) -> String {
    nps.map_or_else(
        || lang.texts().no_data.to_string(),
        |v| signed_number(lang, v, 0),
    )
}

fn rate_text(lang: Lang, rate: Option<f64>) -> String {
    rate.map_or_else(|| lang.texts().no_data.to_string(), |r| percent(lang, r))
}

fn delete_button(label: String, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="icon-button icon-danger no-print" aria-label={label} {onclick}>{ "✕" }</button> }
}

/// A KPI's history as one line; `scale` maps a value onto the chart's axis.
fn history_line(
    name: &str,
    history: &[(&str, Option<f64>)],
    scale: f64,
    text: impl Fn(Option<f64>) -> String,
) -> Line {
    Line {
        name: name.to_string(),
        class: "kpi",
        values: history.iter().map(|(_, v)| v.map(|v| v * scale)).collect(),
        texts: history.iter().map(|(_, v)| text(*v)).collect(),
    }
}

fn periods(history: &[(&str, Option<f64>)]) -> Vec<String> {
    history.iter().map(|(p, _)| p.to_string()).collect()
}

#[component]
pub fn NpsHistory(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let store = use_store();
    let history = nps_history(&props.model);
    if history.is_empty() {
        return html! { <p>{ texts.no_periods }</p> };
    }
    let line = history_line(texts.nps, &history, 1.0, |v| nps_text(props.lang, v));
    let ticks = [-100, -50, 0, 50, 100]
        .map(|v| (f64::from(v), signed_number(props.lang, f64::from(v), 0)))
        .to_vec();
    html! {
        <div class="kpi-history keep-together">
            { scroll_wrap(texts.nps_title, html! {
                <table class="nps-table">
                    { table_head(&[texts.period, texts.promoters, texts.passives, texts.detractors, texts.nps], props.editable.then_some(texts.delete)) }
                    <tbody>
                        for (i, (p, (period, nps))) in props.model.kpis.nps.iter().zip(history.iter()).enumerate() {
                            <tr data-period={period.to_string()}>
                                <th scope="row">{ *period }</th>
                                <td>{ p.promoters }</td>
                                <td>{ p.passives }</td>
                                <td>{ p.detractors }</td>
                                <td class="nps-value">{ nps_text(props.lang, *nps) }</td>
                                if props.editable {
                                    <td>{ delete_button(format!("{}: {period}", texts.delete), store.callback(move |_: MouseEvent| Action::DeleteNpsPeriod(i))) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
            <TrendChart label={texts.nps_title} x_labels={periods(&history)}
                lines={vec![line]} domain={(-100.0, 100.0)} {ticks} class="nps-chart" />
        </div>
    }
}

#[component]
pub fn ReferralHistory(props: &KpiProps) -> Html {
    let texts = props.lang.texts();
    let store = use_store();
    let history = referral_history(&props.model);
    if history.is_empty() {
        return html! { <p>{ texts.no_periods }</p> };
    }
    let line = history_line(texts.referral_rate, &history, 100.0, |v| {
        rate_text(props.lang, v)
    });
    let ticks = index_ticks()
        .into_iter()
        .map(|(v, _)| (v, percent(props.lang, v / 100.0)))
        .collect::<Vec<_>>();
    html! {
        <div class="kpi-history keep-together">
            { scroll_wrap(texts.referral_title, html! {
                <table class="referral-table">
                    { table_head(&[texts.period, texts.referred, texts.new_customers, texts.referral_rate], props.editable.then_some(texts.delete)) }
                    <tbody>
                        for (i, (p, (period, rate))) in props.model.kpis.referrals.iter().zip(history.iter()).enumerate() {
                            <tr data-period={period.to_string()}>
                                <th scope="row">{ *period }</th>
                                <td>{ p.referred }</td>
                                <td>{ p.new_customers }</td>
                                <td>{ rate_text(props.lang, *rate) }</td>
                                if props.editable {
                                    <td>{ delete_button(format!("{}: {period}", texts.delete), store.callback(move |_: MouseEvent| Action::DeleteReferralPeriod(i))) }</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
            <TrendChart label={texts.referral_title} x_labels={periods(&history)}
                lines={vec![line]} domain={(0.0, 100.0)} {ticks} class="referral-chart" />
        </div>
    }
}

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

/// The funnel tables' columns: stage, ours, and the competitor's when there is one.
pub fn funnel_columns<'a>(texts: &'a Texts, competitor: Option<&'a Competitor>) -> Vec<&'a str> {
    let mut columns = vec![texts.funnel_step, texts.ours];
    columns.extend(competitor.map(|c| c.name.as_str()));
    columns
}

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
        return html! { <p>{ texts.no_data }</p> };
    }
    let bar = |series: &'static str, who: &str, stage: &str, value: Option<u32>| {
        let text = value.map_or_else(|| texts.no_data.to_string(), |v| v.to_string());
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
            let mut bars = vec![bar("ours", texts.ours, stage, funnel.ours[s.index()])];
            if let Some(c) = competitor {
                bars.push(bar("competitor", &c.name, stage, c.figures[s.index()]));
            }
            BarGroup {
                label: stage.to_string(),
                bars,
            }
        })
        .collect();
    let ours_rates = funnel_rates(&funnel.ours);
    let their_rates = competitor.map(|c| funnel_rates(&c.figures));
    html! {
        <div class="funnel keep-together">
            <BarChart label={texts.funnel_title} {groups} max={f64::from(max)} class="funnel-chart" />
            { scroll_wrap(texts.conversion, html! {
                <table class="funnel-rates">
                    <caption>{ texts.conversion }</caption>
                    { table_head(&funnel_columns(texts, competitor), None) }
                    <tbody>
                        for (i, rate) in ours_rates.iter().enumerate() {
                            <tr>
                                <th scope="row">{ format!("{} → {}", texts.funnel_stages[i], texts.funnel_stages[i + 1]) }</th>
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
