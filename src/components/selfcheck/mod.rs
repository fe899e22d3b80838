pub mod contact_form;
pub mod selfcheck_result;
pub mod selfcheck_view;
