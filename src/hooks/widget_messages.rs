//! The messages a widget sends its host page: `ready` once, then its height as it changes.

use std::rc::Rc;

use kontaktpunkt_core::selfcheck::embed::{EmbedConfig, WidgetMessage};
use yew::prelude::*;

/// Tells the host page the widget is ready and keeps it informed of the page's height.
#[hook]
pub fn use_widget_messages(embed: Option<Rc<EmbedConfig>>) {
    use_effect_with(embed, |embed| {
        let keep = embed.as_ref().map(|config| {
            crate::embed::post(config, &WidgetMessage::Ready);
            (
                crate::embed::watch_height((**config).clone()),
                crate::embed::ignore_foreign_messages((**config).clone()),
            )
        });
        move || drop(keep)
    });
}
