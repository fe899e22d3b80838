//! The embedded widget's options, read from its iframe's query string: outside input like the
//! share links and files of the rest of this layer. The messages the widget posts and the embed
//! code the generator gives are the self-check's (`selfcheck::embed`).
//!
//! # Query parameters
//! The iframe's URL carries the configuration, e.g.
//! `https://app.example/?mode=selfcheck&lang=de&accent=%230a7d5a&cta=Termin%20buchen&cta_url=https%3A%2F%2Fberatung.example%2Ftermin&origin=https%3A%2F%2Fberatung.example`.
//! Keys are lowercase and case-sensitive; values are percent-encoded (`+` is a space).
//!
//! | key | values | default | field |
//! |---|---|---|---|
//! | `mode` | `selfcheck` (also `self-check`), `workspace`, `view` (read-only) | `selfcheck` | [`EmbedConfig::mode`] |
//! | `lang` | `de`, `en` (a tag such as `de-AT` counts by its language) | the browser's | [`EmbedConfig::lang`] |
//! | `accent` | hex colour `#rgb` or `#rrggbb`; write `#` as `%23` or leave it out (`accent=0a7d5a`) | the app's | [`EmbedConfig::accent`], normalised to lowercase `#rrggbb` |
//! | `title` | text, at most 80 characters | the app's | [`EmbedConfig::title`] |
//! | `cta` | call-to-action text, at most 80 characters | the self-check's `cta_default` text | [`EmbedConfig::cta_text`] |
//! | `cta_url` | `https:`, `http:` or `mailto:` URL, at most 500 characters | none: no call-to-action button | [`EmbedConfig::cta_url`] |
//! | `compact` | `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`; bare `compact` = on | off | [`EmbedConfig::compact`]: less chrome (no header, no footer) |
//! | `origin` | the host page's origin `https://host[:port]` (or `http:`), no path | none: no messages are posted | [`EmbedConfig::host_origin`] |
//! | `free_text` | as `compact` | off | [`EmbedConfig::share_free_text`]: include content in `completed` |
//! | `cta_result` | as `compact` | off | [`EmbedConfig::cta_with_result`]: the call-to-action link carries the result link ([`cta_href`]) |
//! | `contact` | as `compact` | off | [`EmbedConfig::contact_fields`]: the result page offers contact fields ([`Contact`]) |
//! | `consent` | the consent sentence beside the contact fields' box, at most 300 characters | the self-check's own | [`EmbedConfig::consent_text`] |
//!
//! Text values are trimmed and must not hold control characters. Every unknown key, repeated
//! key (the first one counts), undecodable pair and bad value is ignored and reported as an
//! [`EmbedWarning`], whose `Display` is an English line for `console.warn`. Parsing never
//! fails: the widget always starts, with defaults where the query was wrong.
//!
//!
//! # Files
//! [`options`] holds the types, [`query`] reads and writes the query, [`url`] checks the
//! addresses (call to action, host origin) and the percent-encoding, [`colour`] the accent.

pub mod colour;
pub mod contact;
pub mod json;
pub mod options;
pub mod query;
pub mod url;

pub use colour::{parse_accent, srgb_to_linear};
pub use contact::{Contact, ContactError, MAX_CONSENT_CHARS, MAX_CONTACT_CHARS, MAX_EMAIL_CHARS};
pub use json::json_string;
pub use options::{
    EmbedConfig, Mode, Param, MAX_CTA_TEXT_CHARS, MAX_CTA_URL_CHARS, MAX_TITLE_CHARS,
};
pub use query::{
    parse_flag, parse_lang, parse_query, view_address, EmbedWarning, MAX_QUERY, VIEW_PARAM,
};
pub use url::{
    cta_href, origin_allowed, parse_cta_url, parse_origin, percent_decode, percent_encode,
    CTA_RESULT_PARAM,
};
