pub mod measure_editor;
pub mod measure_list;
pub mod measures_view;
pub mod plan_outlook;
