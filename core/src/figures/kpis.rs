//! The KPI figures: NPS and referral rate per period, the funnel's conversion rates. The
//! stored KPI types are defined in [`crate::domain::kpis`] and re-exported here.

use crate::domain::model::Model;
use crate::figures::analysis::{nps, referral_rate};

pub use crate::domain::kpis::*;

/// NPS of every period, in the stored order; `None` for a period without answers.
pub fn nps_history(model: &Model) -> Vec<(&str, Option<f64>)> {
    model
        .kpis
        .nps
        .iter()
        .map(|p| {
            (
                p.period.as_str(),
                nps(p.promoters, p.passives, p.detractors),
            )
        })
        .collect()
}

/// Referral rate (0..=1) of every period, in the stored order.
pub fn referral_history(model: &Model) -> Vec<(&str, Option<f64>)> {
    model
        .kpis
        .referrals
        .iter()
        .map(|p| {
            (
                p.period.as_str(),
                referral_rate(p.referred, p.new_customers),
            )
        })
        .collect()
}

/// Conversion from each funnel stage to the next (awareness → consideration, …,
/// loyalty → referral) as next ÷ previous. `None` where either figure is missing or the
/// previous one is 0. Above 1 when the figures grow, which the funnel does not forbid.
pub fn funnel_rates(figures: &FunnelFigures) -> [Option<f64>; 4] {
    std::array::from_fn(|i| {
        let (from, to) = (figures[i]?, figures[i + 1]?);
        (from > 0).then(|| f64::from(to) / f64::from(from))
    })
}
