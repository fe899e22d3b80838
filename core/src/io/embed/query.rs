//! Reading the options from the iframe's query string, and writing them back for the embed-code
//! generator. Every problem is an [`EmbedWarning`]; reading never fails.

use std::fmt;

use crate::locale::Lang;

use super::colour::parse_accent;
use super::contact::MAX_CONSENT_CHARS;
use super::json::json_string;
use super::options::{
    EmbedConfig, Mode, Param, MAX_CTA_TEXT_CHARS, MAX_CTA_URL_CHARS, MAX_TITLE_CHARS,
};
use super::url::{parse_cta_url, parse_origin, percent_decode, percent_encode};

/// Longest query string looked at, in bytes; a longer one is ignored as a whole.
pub const MAX_QUERY: usize = 8 * 1024;
/// Longest key or value echoed in a warning, in characters.
const MAX_ECHO_CHARS: usize = 40;

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

impl EmbedConfig {
    /// Same as [`parse_query`].
    pub fn from_query(query: &str) -> (EmbedConfig, Vec<EmbedWarning>) {
        parse_query(query)
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
        if self.contact_fields {
            pairs.push((Param::Contact, "1".into()));
        }
        if let Some(consent) = &self.consent_text {
            pairs.push((Param::Consent, consent.clone()));
        }
        pairs
            .iter()
            .map(|(p, v)| format!("{}={}", p.key(), percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
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
        Param::Contact => config.contact_fields = parse_flag(value).ok_or_else(invalid)?,
        Param::Consent => {
            config.consent_text = Some(check_text(param, value, MAX_CONSENT_CHARS)?);
        }
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

/// At most [`MAX_ECHO_CHARS`] characters, with `…` when cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_ECHO_CHARS {
        return text.to_string();
    }
    let mut s: String = text.chars().take(MAX_ECHO_CHARS).collect();
    s.push('…');
    s
}
