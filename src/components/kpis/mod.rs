pub mod kpi_charts;
pub mod kpi_forms;
pub mod kpi_view;
