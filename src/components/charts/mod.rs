pub mod bar_chart;
pub mod chart_kit;
pub mod gap_chart;
pub mod index_summary;
pub mod index_view;
pub mod ipa_chart;
pub mod journey_chart;
pub mod trend_chart;
