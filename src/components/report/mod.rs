pub mod report_method;
pub mod report_round;
pub mod report_tables;
pub mod report_view;
