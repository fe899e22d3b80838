pub mod cover_fields;
pub mod embed_generator;
pub mod link_actions;
pub mod models_panel;
pub mod qr_code;
pub mod saved_models;
pub mod share_panel;
pub mod spreadsheet_import;
