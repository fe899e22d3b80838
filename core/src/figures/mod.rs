//! The figures layer: everything computed from a model (analysis, plan, tracking and KPI
//! figures, chart geometry, filter and grouping). It uses only the domain and locale layers.

pub mod analysis;
pub mod chart;
pub mod filter;
pub mod kpis;
pub mod plan;
pub mod tracking;
