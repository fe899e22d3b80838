pub mod report_view;
