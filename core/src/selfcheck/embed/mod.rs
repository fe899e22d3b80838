//! Embedding in other websites: the messages the widget posts to the host page and the embed
//! code the workspace's generator gives. The widget's options and their checks are outside
//! input and live with the other readers of it, in [`crate::io::embed`]; they are re-exported
//! here so an embed's whole surface is one path.
//!
//! # Messages
//! The widget posts JSON strings with [`WidgetMessage::to_json`], always tagged with
//! `"source":"kontaktpunkt"` and a `type`, and **only** to [`EmbedConfig::target_origin`]
//! (never to `*`; with no `origin` configured it posts nothing). It accepts incoming messages
//! only when [`origin_allowed`]. `embed.js` re-dispatches each message on the host page as a
//! DOM `CustomEvent` named `kontaktpunkt:<type>` ([`WidgetMessage::event_name`]) with the
//! parsed object as `detail`:
//!
//! - `{"source":"kontaktpunkt","type":"ready"}`: the widget has started.
//! - `{"source":"kontaktpunkt","type":"resize","height":812}`: content height in CSS pixels.
//! - `{"source":"kontaktpunkt","type":"scroll"}`: the step changed; `embed.js` brings the
//!   frame's top into view.
//! - `{"source":"kontaktpunkt","type":"completed","score":56,"factors":[{"key":"goals","level":3},…],
//!   "index_ist":44,"index_soll":81,"top_gaps":["silos","wow","tracking"]}`, plus
//!   `"touchpoints":[{"name":"Website","importance":4,"ist":-1,"soll":1},…]` only when the host
//!   opted in with `free_text`, and `"contact":{"name":…,"company":…,"email":…}` only when the
//!   host switched on `contact` and the prospect sent the details (a second `completed`). See
//!   [`completed_message`]. Every figure is as the page shows it ([`figure_as_shown`]): whole
//!   numbers.

mod message;
mod snippet;

pub use crate::io::embed::*;
pub use message::{
    completed_message, figure_as_shown, FactorLevel, SharedContact, SharedTouchpoint,
    WidgetMessage, EVENT_PREFIX, MAX_HEIGHT, MESSAGE_SOURCE,
};
pub use snippet::{
    embed_src, iframe_snippet, script_snippet, SnippetError, MAX_SNIPPET_LINK_CHARS, WIDGET_FOLDER,
};
