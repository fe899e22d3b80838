//! Hooks that tie the app to the browser (host-page messages, new versions, view addresses,
//! keyboard shortcuts); no rendering here.

pub mod update_watch;
pub mod view_address;
pub mod widget_messages;
pub mod workshop_keys;
