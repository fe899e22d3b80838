//! Kontaktpunkt's browser app. Layers: `store` (the one reducer over the core's model),
//! `browser` and `storage` (clock, language, links, files, clipboard, printing, localStorage),
//! `format` (how numbers and dates read), `hooks` (the effects of the app root: autosave, other
//! tabs, links in the address, keys, host-page messages), `components` (Yew function
//! components, grouped by view, that render the store and reach it through its verbs),
//! `widget` (the self-check widget's own small app, a second binary), `rate` (the rater's page
//! of a rating round, a third).
//!
//! # Where web APIs are used
//! `browser.rs` and `storage.rs` hold what several places need. Besides them, web APIs are
//! used directly where one place needs its own: `embed.rs` (postMessage, the iframe's size) and
//! `offline.rs` (the service worker), `sync.rs` (`BroadcastChannel` and the sync worker),
//! `round_live.rs` (the sync worker for a rating round's room); the hooks (`storage` events, `hashchange`, key presses,
//! leaving the page, timers); and in components: reading inputs and files
//! (`components/mod.rs`, `share/`), the saved models' dates and the reload after wiping
//! everything (`share/`), the chart export's canvas and downloads (`charts/export/`), the
//! rows-on-demand observer (`widgets/rows_on_demand.rs`), focus in dialogs
//! (`shell/keyboard_help.rs`, `plan/measure_editor.rs`), and the slides' keys
//! (`present/`).

pub mod app;
pub mod browser;
pub mod components;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod live;
pub mod offline;
pub mod rate;
pub mod round_live;
pub mod storage;
pub mod store;
pub mod sync;
pub mod widget;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
