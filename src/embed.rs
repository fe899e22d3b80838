//! The app as a widget in another site's iframe: configuration from the query string, theme,
//! and messages to the host page (only to the origin it was configured with).

use gloo::events::EventListener;
use kontaktpunkt_core::selfcheck::embed::{parse_query, view_address, EmbedConfig, WidgetMessage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The configuration when the page was opened with a query string (an embed), else `None`.
/// Bad values are ignored with a console warning each, never a broken widget.
pub fn config_from_location() -> Option<EmbedConfig> {
    let search = web_sys::window()?.location().search().ok()?;
    let query = search.trim_start_matches('?');
    if query.is_empty() || view_address(query).is_some() {
        return None;
    }
    let (config, warnings) = parse_query(query);
    for warning in warnings {
        gloo::console::warn!(warning.to_string());
    }
    Some(config)
}

/// Sets the host's accent colour as the theme's custom properties.
pub fn apply_theme(config: &EmbedConfig) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    if let Some(accent) = &config.accent {
        let _ = style.set_property("--accent", accent);
    }
    if let Some(text) = config.accent_text_colour() {
        let _ = style.set_property("--accent-contrast", text);
    }
    if config.compact {
        let _ = root.class_list().add_1("compact");
    }
}

/// Posts a message to the host page, only to the configured origin; without one, nothing.
pub fn post(config: &EmbedConfig, message: &WidgetMessage) {
    let Some(origin) = config.target_origin() else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if let Ok(data) = js_sys::JSON::parse(&message.to_json()) {
        let _ = parent.post_message(&data, origin);
    }
}

/// Reports the page's height to the host whenever it changes, so the iframe needs no
/// scrollbar. Returns what keeps the observer alive.
pub fn watch_height(
    config: EmbedConfig,
) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let measured = body.clone();
    let last = std::cell::Cell::new(0u32);
    let callback = Closure::<dyn FnMut()>::new(move || {
        // The body's own height, not the viewport's: the widget may shrink as well as grow.
        let height = measured.scroll_height().max(0) as u32;
        if height != last.get() {
            last.set(height);
            post(&config, &WidgetMessage::resize(f64::from(height)));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some((observer, callback))
}

/// Logs messages from other origins as ignored: the widget takes no commands from a host.
pub fn ignore_foreign_messages(config: EmbedConfig) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() {
            if !kontaktpunkt_core::selfcheck::embed::origin_allowed(&config, &event.origin()) {
                gloo::console::debug!("Kontaktpunkt: ignored a message from", event.origin());
            }
        }
    }))
}
