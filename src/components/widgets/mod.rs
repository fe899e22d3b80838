pub mod confirm_dialog;
pub mod draft_input;
pub mod rating_input;
pub mod rows_on_demand;
