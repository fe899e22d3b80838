//! Hooks that tie the app to the browser (host-page messages, new versions); no rendering here.

pub mod update_watch;
pub mod widget_messages;
