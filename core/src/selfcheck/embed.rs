//! Embedding in other websites: the widget's configuration from its iframe's query string,
//! and the messages it posts to the host page.
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
//! | `cta` | call-to-action text, at most 80 characters | [`crate::selfcheck::SelfCheckTexts::cta_default`] | [`EmbedConfig::cta_text`] |
//! | `cta_url` | `https:`, `http:` or `mailto:` URL, at most 500 characters | none: no call-to-action button | [`EmbedConfig::cta_url`] |
//! | `compact` | `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`; bare `compact` = on | off | [`EmbedConfig::compact`]: less chrome (no header, no footer) |
//! | `origin` | the host page's origin `https://host[:port]` (or `http:`), no path | none: no messages are posted | [`EmbedConfig::host_origin`] |
//! | `free_text` | as `compact` | off | [`EmbedConfig::share_free_text`]: include content in `completed` |
//! | `cta_result` | as `compact` | off | [`EmbedConfig::cta_with_result`]: the call-to-action link carries the result link ([`cta_href`]) |
//!
//! Text values are trimmed and must not hold control characters. Every unknown key, repeated
//! key (the first one counts), undecodable pair and bad value is ignored and reported as an
//! [`EmbedWarning`], whose `Display` is an English line for `console.warn`. Parsing never
//! fails: the widget always starts, with defaults where the query was wrong.
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
//! - `{"source":"kontaktpunkt","type":"completed","score":56,"factors":[{"key":"goals","level":3},…],
//!   "index_ist":43.8,"index_soll":81.3,"top_gaps":["silos","wow","tracking"]}`, plus
//!   `"touchpoints":[{"name":"Website","importance":4,"ist":-1,"soll":1},…]` only when the host
//!   opted in with `free_text`. See [`completed_message`].

use std::fmt;

use serde::Serialize;

use crate::locale::Lang;
use crate::selfcheck::SelfCheckResult;

/// The namespace marker of every widget message (field `source`).
pub const MESSAGE_SOURCE: &str = "kontaktpunkt";
/// Prefix of the host page's DOM event names: `kontaktpunkt:ready` etc.
pub const EVENT_PREFIX: &str = "kontaktpunkt:";
/// Longest query string looked at, in bytes; a longer one is ignored as a whole.
pub const MAX_QUERY: usize = 8 * 1024;
pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_CTA_TEXT_CHARS: usize = 80;
pub const MAX_CTA_URL_CHARS: usize = 500;
/// Largest height a resize message reports, in CSS pixels.
pub const MAX_HEIGHT: u32 = 100_000;
/// Longest key or value echoed in a warning, in characters.
const MAX_ECHO_CHARS: usize = 40;
/// Longest host name of an origin (DNS limit).
const MAX_HOST_CHARS: usize = 253;

/// What the embedded app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The guided self-check for prospects.
    #[default]
    SelfCheck,
    /// The full workspace.
    Workspace,
    /// A read-only view of a model (e.g. from a share link in the fragment).
    View,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::SelfCheck, Mode::Workspace, Mode::View];

    /// The query value: `selfcheck`, `workspace`, `view`.
    pub fn key(self) -> &'static str {
        match self {
            Mode::SelfCheck => "selfcheck",
            Mode::Workspace => "workspace",
            Mode::View => "view",
        }
    }

    /// Reads a query value, ASCII case-insensitively; `self-check` is an alias.
    pub fn from_value(value: &str) -> Option<Mode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "selfcheck" | "self-check" => Some(Mode::SelfCheck),
            "workspace" => Some(Mode::Workspace),
            "view" => Some(Mode::View),
            _ => None,
        }
    }
}

/// The query parameters the widget knows (see the module docs' table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    Mode,
    Lang,
    Accent,
    Title,
    Cta,
    CtaUrl,
    Compact,
    Origin,
    FreeText,
    CtaResult,
}

impl Param {
    pub const ALL: [Param; 10] = [
        Param::Mode,
        Param::Lang,
        Param::Accent,
        Param::Title,
        Param::Cta,
        Param::CtaUrl,
        Param::Compact,
        Param::Origin,
        Param::FreeText,
        Param::CtaResult,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Param::Mode => "mode",
            Param::Lang => "lang",
            Param::Accent => "accent",
            Param::Title => "title",
            Param::Cta => "cta",
            Param::CtaUrl => "cta_url",
            Param::Compact => "compact",
            Param::Origin => "origin",
            Param::FreeText => "free_text",
            Param::CtaResult => "cta_result",
        }
    }

    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.key() == key)
    }

    /// What a good value looks like, in English, for the warnings.
    pub fn expected(self) -> &'static str {
        match self {
            Param::Mode => "selfcheck, workspace or view",
            Param::Lang => "de or en",
            Param::Accent => "a hex colour #rgb or #rrggbb (write # as %23, or leave it out)",
            Param::Title | Param::Cta => "text without control characters",
            Param::CtaUrl => "an https:, http: or mailto: URL",
            Param::Compact | Param::FreeText | Param::CtaResult => {
                "1, true, yes, on, 0, false, no or off"
            }
            Param::Origin => "an origin scheme://host[:port] with http or https and no path",
        }
    }

    fn is_flag(self) -> bool {
        matches!(self, Param::Compact | Param::FreeText | Param::CtaResult)
    }
}

/// The widget's configuration. `Default` is what an empty query gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub mode: Mode,
    /// `None`: the UI picks the language as usual (browser, stored choice).
    pub lang: Option<Lang>,
    /// Lowercase `#rrggbb`.
    pub accent: Option<String>,
    /// At most [`MAX_TITLE_CHARS`] characters, trimmed.
    pub title: Option<String>,
    /// At most [`MAX_CTA_TEXT_CHARS`] characters, trimmed.
    pub cta_text: Option<String>,
    /// An `https:`, `http:` or `mailto:` URL of at most [`MAX_CTA_URL_CHARS`] characters.
    pub cta_url: Option<String>,
    /// Less chrome: no header and footer, tighter spacing.
    pub compact: bool,
    /// The host page's origin, normalised: lowercase `scheme://host[:port]`, default port
    /// dropped. Messages go only here.
    pub host_origin: Option<String>,
    /// The host opted in to content (touchpoint names and ratings) in `completed`.
    pub share_free_text: bool,
    /// The call to action carries the result link (see [`cta_href`]), so the prospect's
    /// answers reach the consultant with the contact request, without a server.
    pub cta_with_result: bool,
}

impl EmbedConfig {
    /// Same as [`parse_query`].
    pub fn from_query(query: &str) -> (EmbedConfig, Vec<EmbedWarning>) {
        parse_query(query)
    }

    /// Where `postMessage` may send: the configured host origin. `None`: post nothing.
    pub fn target_origin(&self) -> Option<&str> {
        self.host_origin.as_deref()
    }

    /// Black or white, whichever reads better on the accent colour (WCAG contrast);
    /// `None` without an accent.
    pub fn accent_text_colour(&self) -> Option<&'static str> {
        let (r, g, b) = hex_rgb(self.accent.as_deref()?)?;
        let l =
            0.2126 * srgb_to_linear(r) + 0.7152 * srgb_to_linear(g) + 0.0722 * srgb_to_linear(b);
        let on_white = 1.05 / (l + 0.05);
        let on_black = (l + 0.05) / 0.05;
        Some(if on_white >= on_black {
            "#ffffff"
        } else {
            "#000000"
        })
    }

    /// The query string (without `?`) that [`parse_query`] reads back into this config,
    /// for an "embed code" generator. Only values that differ from the default are written,
    /// in the order of [`Param::ALL`]; values are percent-encoded.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(Param, String)> = Vec::new();
        if self.mode != Mode::default() {
            pairs.push((Param::Mode, self.mode.key().to_string()));
        }
        if let Some(lang) = self.lang {
            pairs.push((Param::Lang, lang.code().to_string()));
        }
        let texts = [
            (Param::Accent, &self.accent),
            (Param::Title, &self.title),
            (Param::Cta, &self.cta_text),
            (Param::CtaUrl, &self.cta_url),
        ];
        for (param, value) in texts {
            if let Some(v) = value {
                pairs.push((param, v.clone()));
            }
        }
        if self.compact {
            pairs.push((Param::Compact, "1".into()));
        }
        if let Some(origin) = &self.host_origin {
            pairs.push((Param::Origin, origin.clone()));
        }
        if self.share_free_text {
            pairs.push((Param::FreeText, "1".into()));
        }
        if self.cta_with_result {
            pairs.push((Param::CtaResult, "1".into()));
        }
        pairs
            .iter()
            .map(|(p, v)| format!("{}={}", p.key(), percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Why part of the query was ignored. `Display` is one English line for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedWarning {
    /// The query is longer than [`MAX_QUERY`] bytes: all of it is ignored.
    QueryTooLong { max: usize },
    /// A `key=value` pair that is not valid percent-encoded UTF-8 (shortened).
    BadEncoding { raw: String },
    /// A key the widget does not know (shortened).
    UnknownParam { key: String },
    /// A key given again; the first one counts.
    Duplicate { param: Param },
    /// A key without a value where one is needed.
    Empty { param: Param },
    /// A text longer than its limit, in characters.
    TooLong { param: Param, max: usize },
    /// A value that is not allowed (shortened).
    Invalid { param: Param, value: String },
}

impl fmt::Display for EmbedWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Kontaktpunkt embed: ")?;
        match self {
            EmbedWarning::QueryTooLong { max } => write!(
                f,
                "the query string is longer than {max} bytes; all parameters are ignored"
            ),
            EmbedWarning::BadEncoding { raw } => {
                // Quoted as JSON, not `{:?}`: Debug's escaping tables would weigh on the widget.
                write!(
                    f,
                    "ignoring {}: not valid percent-encoded UTF-8",
                    json_string(raw)
                )
            }
            EmbedWarning::UnknownParam { key } => {
                let known: Vec<&str> = Param::ALL.iter().map(|p| p.key()).collect();
                write!(
                    f,
                    "ignoring unknown parameter {}; known are {}",
                    json_string(key),
                    known.join(", ")
                )
            }
            EmbedWarning::Duplicate { param } => write!(
                f,
                "ignoring repeated parameter \"{}\"; the first one counts",
                param.key()
            ),
            EmbedWarning::Empty { param } => write!(
                f,
                "ignoring empty parameter \"{}\"; expected {}",
                param.key(),
                param.expected()
            ),
            EmbedWarning::TooLong { param, max } => write!(
                f,
                "ignoring \"{}\": longer than {max} characters",
                param.key()
            ),
            EmbedWarning::Invalid { param, value } => write!(
                f,
                "ignoring {}={}; expected {}",
                param.key(),
                json_string(value),
                param.expected()
            ),
        }
    }
}

/// The query key of a view's own address in the app (`?view=matrix`), which is not an embed.
pub const VIEW_PARAM: &str = "view";

/// The view named by a query that is a view's address and nothing else (`?view=matrix`);
/// `None` for any other query, which is an embed's configuration. The value is the view's key,
/// unchecked (the app knows its views).
pub fn view_address(query: &str) -> Option<&str> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let (key, value) = query.split_once('=')?;
    (key == VIEW_PARAM && !value.is_empty() && !value.contains(['&', '=', ';'])).then_some(value)
}

/// Reads the widget's configuration from a query string (with or without the leading `?`).
/// Never fails: whatever is wrong is left at its default and reported, in query order.
pub fn parse_query(query: &str) -> (EmbedConfig, Vec<EmbedWarning>) {
    let mut config = EmbedConfig::default();
    let mut warnings = Vec::new();
    if query.len() > MAX_QUERY {
        warnings.push(EmbedWarning::QueryTooLong { max: MAX_QUERY });
        return (config, warnings);
    }
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut seen: Vec<Param> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            warnings.push(EmbedWarning::BadEncoding { raw: shorten(pair) });
            continue;
        };
        let Some(param) = Param::from_key(&key) else {
            warnings.push(EmbedWarning::UnknownParam { key: shorten(&key) });
            continue;
        };
        if seen.contains(&param) {
            warnings.push(EmbedWarning::Duplicate { param });
            continue;
        }
        seen.push(param);
        if let Err(w) = apply(&mut config, param, value.trim()) {
            warnings.push(w);
        }
    }
    (config, warnings)
}

/// Sets one parameter, or says why not.
fn apply(config: &mut EmbedConfig, param: Param, value: &str) -> Result<(), EmbedWarning> {
    if value.is_empty() && !param.is_flag() {
        return Err(EmbedWarning::Empty { param });
    }
    let invalid = || EmbedWarning::Invalid {
        param,
        value: shorten(value),
    };
    match param {
        Param::Mode => config.mode = Mode::from_value(value).ok_or_else(invalid)?,
        Param::Lang => config.lang = Some(parse_lang(value).ok_or_else(invalid)?),
        Param::Accent => config.accent = Some(parse_accent(value).ok_or_else(invalid)?),
        Param::Title => config.title = Some(check_text(param, value, MAX_TITLE_CHARS)?),
        Param::Cta => config.cta_text = Some(check_text(param, value, MAX_CTA_TEXT_CHARS)?),
        Param::CtaUrl => {
            if value.chars().count() > MAX_CTA_URL_CHARS {
                return Err(EmbedWarning::TooLong {
                    param,
                    max: MAX_CTA_URL_CHARS,
                });
            }
            config.cta_url = Some(parse_cta_url(value).ok_or_else(invalid)?);
        }
        Param::Compact => config.compact = parse_flag(value).ok_or_else(invalid)?,
        Param::Origin => config.host_origin = Some(parse_origin(value).ok_or_else(invalid)?),
        Param::FreeText => config.share_free_text = parse_flag(value).ok_or_else(invalid)?,
        Param::CtaResult => config.cta_with_result = parse_flag(value).ok_or_else(invalid)?,
    }
    Ok(())
}

fn check_text(param: Param, value: &str, max: usize) -> Result<String, EmbedWarning> {
    if value.chars().count() > max {
        return Err(EmbedWarning::TooLong { param, max });
    }
    if value.chars().any(char::is_control) {
        return Err(EmbedWarning::Invalid {
            param,
            value: shorten(value),
        });
    }
    Ok(value.to_string())
}

/// `de` or `en`, or a language tag whose language is one of them (`de-AT`, `en_GB`).
pub fn parse_lang(value: &str) -> Option<Lang> {
    let primary = value.trim().split(['-', '_']).next().unwrap_or_default();
    Lang::from_code(&primary.to_ascii_lowercase())
}

/// A flag: empty, `1`, `true`, `yes`, `on` are on; `0`, `false`, `no`, `off` are off
/// (ASCII case-insensitive).
pub fn parse_flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// A hex colour `#rgb` or `#rrggbb`, the `#` optional, as lowercase `#rrggbb`.
pub fn parse_accent(value: &str) -> Option<String> {
    let hex = value.trim();
    let hex = hex.strip_prefix('#').unwrap_or(hex);
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        3 => Some(hex.chars().fold(String::from("#"), |mut s, c| {
            s.push(c);
            s.push(c);
            s
        })),
        6 => Some(format!("#{hex}")),
        _ => None,
    }
}

/// An sRGB channel as linear light (WCAG's relative luminance).
pub fn srgb_to_linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// `x.powf(2.4)` for `x` in 0.09 ..= 1 without `powf`: libm's `pow` alone is about 1 KB of
/// the widget's gzip budget. `x^2.4 = x² · y` with `y = x^0.4`, the root of `y⁵ = x²`, found
/// by Newton's method from `√x` (above the root, so it falls monotonically onto it).
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut y = x.sqrt();
    for _ in 0..8 {
        let y4 = (y * y) * (y * y);
        y = (4.0 * y + square / y4) / 5.0;
    }
    square * y
}

fn hex_rgb(colour: &str) -> Option<(u8, u8, u8)> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// A call-to-action link: `https://…`, `http://…` (with a host) or `mailto:…`, the scheme
/// ASCII case-insensitive; no whitespace, control characters or `<>"\`. Anything else,
/// `javascript:` and `data:` above all, is refused. Returned trimmed, otherwise unchanged.
pub fn parse_cta_url(value: &str) -> Option<String> {
    let url = value.trim();
    if url.is_empty()
        || url.chars().count() > MAX_CTA_URL_CHARS
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\'))
    {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" => {
            let host = rest.strip_prefix("//")?;
            let first = host.chars().next()?;
            (!matches!(first, '/' | '?' | '#' | '@' | ':')).then(|| url.to_string())
        }
        "mailto" => (!rest.is_empty()).then(|| url.to_string()),
        _ => None,
    }
}

/// The query parameter that carries the result link on the call to action's URL.
pub const CTA_RESULT_PARAM: &str = "kontaktpunkt";

/// Where the call to action leads: the configured URL, and with
/// [`EmbedConfig::cta_with_result`] the result link added as a parameter (`kontaktpunkt=` on a
/// web address, before its `#fragment`; the mail's `body=` on a `mailto:`), so "Book a call"
/// brings the prospect's answers along. `None` without a configured URL.
pub fn cta_href(config: &EmbedConfig, result_link: &str) -> Option<String> {
    let url = config.cta_url.as_deref()?;
    if !config.cta_with_result {
        return Some(url.to_string());
    }
    let is_mail = url
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"));
    let (base, fragment) = match url.split_once('#') {
        Some((base, fragment)) if !is_mail => (base, Some(fragment)),
        _ => (url, None),
    };
    let key = if is_mail { "body" } else { CTA_RESULT_PARAM };
    let join = if base.contains('?') { '&' } else { '?' };
    let mut out = format!("{base}{join}{key}={}", percent_encode(result_link));
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    Some(out)
}

/// An origin as browsers write it in `MessageEvent.origin`: `https://host[:port]` or
/// `http://host[:port]`, host a DNS name, IPv4 address or bracketed IPv6 address. Returned
/// lowercase, with one trailing `/` and a default port (443, 80) dropped. No path, query,
/// fragment, user info or wildcard; `null` is refused.
pub fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim().to_ascii_lowercase();
    let (scheme, rest) = value.split_once("://")?;
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = if let Some(after) = authority.strip_prefix('[') {
        let (inside, tail) = after.split_once(']')?;
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        let port = match tail {
            "" => None,
            t => Some(t.strip_prefix(':')?),
        };
        (format!("[{inside}]"), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if !valid_host(host) {
            return None;
        }
        (host.to_string(), port)
    };
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) => {
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: u32 = p.parse().ok()?;
            if !(1..=65_535).contains(&n) {
                return None;
            }
            let p = n.to_string();
            Some(if p == default_port {
                format!("{scheme}://{host}")
            } else {
                format!("{scheme}://{host}:{p}")
            })
        }
    }
}

/// A DNS name or IPv4 address: dot-separated labels of `a-z`, `0-9` and `-` (not at a
/// label's ends), each 1 ..= 63 long.
fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= MAX_HOST_CHARS
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// Whether a message from `origin` (a `MessageEvent.origin`) may be read: only from the
/// configured host origin. Without one, nothing is accepted.
pub fn origin_allowed(config: &EmbedConfig, origin: &str) -> bool {
    match (&config.host_origin, parse_origin(origin)) {
        (Some(host), Some(origin)) => *host == origin,
        _ => false,
    }
}

/// Decodes a query component: `+` is a space, `%XX` a byte; the bytes must be UTF-8.
/// `None` for a `%` without two hex digits or for invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes a query component: everything but `A-Z a-z 0-9 - . _ ~` as `%XX` (uppercase hex,
/// UTF-8 bytes; a space is `%20`).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// At most [`MAX_ECHO_CHARS`] characters, with `…` when cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_ECHO_CHARS {
        return text.to_string();
    }
    let mut s: String = text.chars().take(MAX_ECHO_CHARS).collect();
    s.push('…');
    s
}

/// A factor and its level in `completed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FactorLevel {
    /// [`crate::selfcheck::Factor::key`].
    pub key: String,
    /// 0 ..= 4; `null` when not answered.
    pub level: Option<u8>,
}

/// A picked touchpoint in `completed` (only with the host's opt-in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedTouchpoint {
    /// The starter-library name in the widget's language.
    pub name: String,
    pub importance: u8,
    pub ist: Option<i8>,
    pub soll: Option<i8>,
}

/// A message from the widget to the host page; see the module docs for the JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WidgetMessage {
    /// The widget has started.
    Ready,
    /// The content's height changed, in CSS pixels.
    Resize { height: u32 },
    /// The self-check's result page was reached.
    Completed {
        /// Maturity 0 ..= 100; `null` when nothing is answered.
        score: Option<u8>,
        /// All eight factors in order.
        factors: Vec<FactorLevel>,
        /// Experience index 0 ..= 100, one decimal; `null` when nothing is rated.
        index_ist: Option<f64>,
        index_soll: Option<f64>,
        /// Factor keys of the (up to) three biggest gaps, biggest first.
        top_gaps: Vec<String>,
        /// The picked touchpoints: only when the host opted in (`free_text`); left out of
        /// the JSON otherwise.
        #[serde(skip_serializing_if = "Option::is_none")]
        touchpoints: Option<Vec<SharedTouchpoint>>,
    },
}

impl WidgetMessage {
    /// A resize message from a measured height: rounded up, clamped to 0 ..= [`MAX_HEIGHT`]
    /// (NaN counts as 0).
    pub fn resize(height: f64) -> WidgetMessage {
        let h = if height.is_nan() {
            0.0
        } else {
            height.ceil().clamp(0.0, f64::from(MAX_HEIGHT))
        };
        // In 0 ..= MAX_HEIGHT after the clamp, so the cast is exact.
        WidgetMessage::Resize { height: h as u32 }
    }

    /// The `type` field: `ready`, `resize`, `completed`.
    pub fn kind(&self) -> &'static str {
        match self {
            WidgetMessage::Ready => "ready",
            WidgetMessage::Resize { .. } => "resize",
            WidgetMessage::Completed { .. } => "completed",
        }
    }

    /// The host page's DOM event name: `kontaktpunkt:<type>`.
    pub fn event_name(&self) -> String {
        format!("{EVENT_PREFIX}{}", self.kind())
    }

    /// The JSON string to post: the object of the module docs, `source` first, then `type`
    /// and the fields in their declared order, exactly as serde_json writes this type
    /// (core/tests/embed.rs compares both). Written by hand because serde_json would be about
    /// 8 KB gzip of the self-check widget's build, which reads no other JSON.
    pub fn to_json(&self) -> String {
        let mut out = format!(
            "{{\"source\":{},\"type\":\"{}\"",
            json_string(MESSAGE_SOURCE),
            self.kind()
        );
        match self {
            WidgetMessage::Ready => {}
            WidgetMessage::Resize { height } => out.push_str(&format!(",\"height\":{height}")),
            WidgetMessage::Completed {
                score,
                factors,
                index_ist,
                index_soll,
                top_gaps,
                touchpoints,
            } => {
                out.push_str(&format!(",\"score\":{}", json_option(*score)));
                let factors: Vec<String> = factors
                    .iter()
                    .map(|f| {
                        format!(
                            "{{\"key\":{},\"level\":{}}}",
                            json_string(&f.key),
                            json_option(f.level)
                        )
                    })
                    .collect();
                out.push_str(&format!(",\"factors\":[{}]", factors.join(",")));
                out.push_str(&format!(",\"index_ist\":{}", json_tenths(*index_ist)));
                out.push_str(&format!(",\"index_soll\":{}", json_tenths(*index_soll)));
                let gaps: Vec<String> = top_gaps.iter().map(|g| json_string(g)).collect();
                out.push_str(&format!(",\"top_gaps\":[{}]", gaps.join(",")));
                if let Some(touchpoints) = touchpoints {
                    let items: Vec<String> = touchpoints
                        .iter()
                        .map(|t| {
                            format!(
                                "{{\"name\":{},\"importance\":{},\"ist\":{},\"soll\":{}}}",
                                json_string(&t.name),
                                t.importance,
                                json_option(t.ist),
                                json_option(t.soll)
                            )
                        })
                        .collect();
                    out.push_str(&format!(",\"touchpoints\":[{}]", items.join(",")));
                }
            }
        }
        out.push('}');
        out
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped as serde_json
/// escapes them.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_option<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "null".to_string(), |v| v.to_string())
}

/// A value of one decimal (the indices of `completed`) as serde_json writes it: `43.8`,
/// `50.0`, without float formatting.
fn json_tenths(value: Option<f64>) -> String {
    value.map_or_else(
        || "null".to_string(),
        |v| {
            // Saturating cast; indices are 0 ..= 100.
            let tenths = (v * 10.0).round() as i64;
            let sign = if tenths < 0 { "-" } else { "" };
            let abs = tenths.unsigned_abs();
            format!("{sign}{}.{}", abs / 10, abs % 10)
        },
    )
}

/// The `completed` message for a result: score, all factor levels, the experience index
/// (one decimal) and the top gaps' factor keys. The picked touchpoints' names and ratings
/// count as the user's content: they are included only when
/// [`EmbedConfig::share_free_text`] is set.
pub fn completed_message(result: &SelfCheckResult, config: &EmbedConfig) -> WidgetMessage {
    let one_decimal = |v: f64| (v * 10.0).round() / 10.0;
    WidgetMessage::Completed {
        score: result.maturity,
        factors: result
            .factors
            .iter()
            .map(|(f, level)| FactorLevel {
                key: f.key().to_string(),
                level: *level,
            })
            .collect(),
        index_ist: result.index_ist.map(one_decimal),
        index_soll: result.index_soll.map(one_decimal),
        top_gaps: result
            .top_gaps
            .iter()
            .map(|g| g.factor.key().to_string())
            .collect(),
        touchpoints: config.share_free_text.then(|| {
            result
                .touchpoints
                .iter()
                .map(|t| SharedTouchpoint {
                    name: t.name.to_string(),
                    importance: t.importance,
                    ist: t.ist,
                    soll: t.soll,
                })
                .collect()
        }),
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Longest share link a read-only snippet carries, in characters. Beyond it a snippet is
/// too unwieldy for the text fields of website builders, and the generator says so instead.
pub const MAX_SNIPPET_LINK_CHARS: usize = 8_000;

/// The folder of the self-check widget's own build inside the app's folder.
pub const WIDGET_FOLDER: &str = "widget/";

/// Why the generator gives no code for the read-only view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnippetError {
    /// The model has no share link (it is empty, or too large for any link).
    NoLink,
    /// The model's link is longer than [`MAX_SNIPPET_LINK_CHARS`].
    LinkTooLong { chars: usize },
}

/// What an embed loads: the widget's own small build for the self-check, the app for the
/// workspace and the read-only view; the view carries `model_link` (a share-link fragment,
/// without `#`) so it shows that model.
pub fn embed_src(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let query = config.to_query();
    let mut src = match config.mode {
        // The widget is always the self-check: its query needs no mode.
        Mode::SelfCheck => format!("{app_url}{WIDGET_FOLDER}"),
        Mode::Workspace | Mode::View => app_url.to_string(),
    };
    if !query.is_empty() {
        src.push('?');
        src.push_str(&query);
    }
    if config.mode == Mode::View {
        src.push('#');
        src.push_str(snippet_link(model_link)?);
    }
    Ok(src)
}

fn snippet_link(model_link: Option<&str>) -> Result<&str, SnippetError> {
    let link = model_link
        .filter(|l| !l.is_empty())
        .ok_or(SnippetError::NoLink)?;
    let chars = link.chars().count();
    if chars > MAX_SNIPPET_LINK_CHARS {
        return Err(SnippetError::LinkTooLong { chars });
    }
    Ok(link)
}

/// The recommended embed: `embed.js` with the options as `data-` attributes (it creates a
/// self-sizing iframe that reports to the host page and fills in the host's origin itself).
/// `app_url` is the app's address, ending in `/`; see [`embed_src`] for `model_link`.
pub fn script_snippet(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let mut attrs = vec![format!("src=\"{}embed.js\"", attr_escape(app_url))];
    let mut data = |name: &str, value: &str| {
        attrs.push(format!("data-{name}=\"{}\"", attr_escape(value)));
    };
    data("mode", config.mode.key());
    if let Some(lang) = config.lang {
        data("lang", lang.code());
    }
    let texts = [
        ("accent", &config.accent),
        ("title", &config.title),
        ("cta", &config.cta_text),
        ("cta-url", &config.cta_url),
    ];
    for (name, value) in texts {
        if let Some(v) = value {
            data(name, v);
        }
    }
    if config.compact {
        data("compact", "1");
    }
    if config.share_free_text {
        data("free-text", "1");
    }
    if config.cta_with_result {
        data("cta-result", "1");
    }
    if config.mode == Mode::View {
        data("link", snippet_link(model_link)?);
    }
    Ok(format!("<script async {}></script>", attrs.join(" ")))
}

/// The plain iframe for hosts that allow no scripts: fixed height, no events.
pub fn iframe_snippet(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let src = embed_src(app_url, config, model_link)?;
    Ok(format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" style=\"border:0\"></iframe>",
        attr_escape(&src),
        attr_escape(config.title.as_deref().unwrap_or("Kontaktpunkt"))
    ))
}
