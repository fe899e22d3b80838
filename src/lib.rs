//! Kontaktpunkt's browser app. Layers: `store` (the one reducer over the core's model),
//! `browser` and `storage` (clock, language, links, files, localStorage: the only places that
//! touch web APIs directly),
//! `format` (how numbers and dates read), `hooks` (host-page messages), `components` (Yew
//! function components, grouped by view, that render the store and reach it through its verbs),
//! `widget` (the self-check widget's own small app, a second binary), `rate` (the rater's page
//! of a rating round, a third).

pub mod app;
pub mod browser;
pub mod components;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod offline;
pub mod rate;
pub mod storage;
pub mod store;
pub mod widget;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
