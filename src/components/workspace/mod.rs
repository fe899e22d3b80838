pub mod inventory;
pub mod library_picker;
pub mod list_editor;
pub mod row_chunk;
pub mod touchpoint_editor;
pub mod touchpoint_row;
