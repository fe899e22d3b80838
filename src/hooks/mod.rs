//! Hooks that tie the app to the browser (autosave, other tabs, links in the address,
//! host-page messages, new versions, view addresses, keyboard shortcuts, focus); no rendering
//! here.

pub mod autosave;
pub mod focus_return;
pub mod hash_links;
pub mod live_tabs;
pub mod other_tabs;
pub mod undo_keys;
pub mod update_watch;
pub mod view_address;
pub mod widget_messages;
pub mod workshop_keys;
