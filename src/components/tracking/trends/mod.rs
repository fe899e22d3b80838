//! The experience index across snapshots and today (`tracking::trend`), and one touchpoint's
//! Ist and Soll on the same points (`tracking::touchpoint_trend`).

use kontaktpunkt_core::domain::model::{Experience, Id, Model};
use kontaktpunkt_core::figures::tracking::{touchpoint_trend, trend};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::charts::trend_chart::{index_ticks, Line, TrendChart};
use crate::components::event_value;
use crate::format::{date_text, format_index, signed};
use crate::store::ModelRef;

mod index_trend;
mod touchpoint_trend;

pub use index_trend::IndexTrend;
pub use touchpoint_trend::TouchpointTrend;

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    pub model: ModelRef,
    pub lang: Lang,
}

/// Labels of the trend's points: each snapshot's date (and label), then "today".
fn x_labels(model: &Model, lang: Lang) -> Vec<String> {
    trend(model)
        .iter()
        .map(|p| match &p.date {
            Some(d) if p.label.is_empty() => date_text(lang, d),
            Some(d) => format!("{} {}", date_text(lang, d), p.label),
            None => lang.texts().tracking.today.to_string(),
        })
        .collect()
}
