//! The page's frame: layout, header, navigation, banners and incoming links.

pub mod error_banner;
pub mod export_damaged;
pub mod header;
pub mod incoming_view;
pub mod keyboard_help;
pub mod module_view;
pub mod nav;
pub mod page;
pub mod update_prompt;
