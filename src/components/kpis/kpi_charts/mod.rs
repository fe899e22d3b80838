//! The KPIs as tables and charts, for the KPI view and the report: NPS and referral rate per
//! period (`kpis::nps_history`, `referral_history`), loyalty segments
//! (`analysis::loyalty_shares`) and the brand funnel (`kpis::funnel_rates`).

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::LoyaltySegment;
use kontaktpunkt_core::figures::analysis::loyalty_shares;
use kontaktpunkt_core::figures::kpis::Competitor;
use kontaktpunkt_core::figures::kpis::{funnel_rates, nps_history, referral_history, FunnelStage};
use kontaktpunkt_core::{Lang, Texts};
use yew::prelude::*;

use crate::components::charts::bar_chart::{Bar, BarChart, BarGroup};
use crate::components::charts::trend_chart::{index_ticks, Line, TrendChart};
use crate::components::{scroll_wrap, table_head};
use crate::format::{percent, signed_number};
use crate::store::{use_dispatcher, ModelRef, StoreExt};

mod funnel_chart;
mod loyalty_chart;
mod nps_history;
mod referral_history;

pub use funnel_chart::FunnelChart;
pub use loyalty_chart::LoyaltyChart;
pub use nps_history::NpsHistory;
pub use referral_history::ReferralHistory;

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
        || lang.texts().common.no_data.to_string(),
        |v| signed_number(lang, v, 0),
    )
}

fn rate_text(lang: Lang, rate: Option<f64>) -> String {
    rate.map_or_else(
        || lang.texts().common.no_data.to_string(),
        |r| percent(lang, r),
    )
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

/// The funnel tables' columns: stage, ours, and the competitor's when there is one.
pub fn funnel_columns<'a>(texts: &'a Texts, competitor: Option<&'a Competitor>) -> Vec<&'a str> {
    let mut columns = vec![texts.kpis.funnel_step, texts.kpis.ours];
    columns.extend(competitor.map(|c| c.name.as_str()));
    columns
}
