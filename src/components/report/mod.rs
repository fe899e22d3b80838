pub mod report_tables;
pub mod report_view;
