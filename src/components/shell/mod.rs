pub mod error_banner;
pub mod header;
pub mod incoming_view;
pub mod keyboard_help;
pub mod nav;
pub mod update_prompt;
