//! Checks of the addresses in the options (the call to action's link, the host page's
//! origin) and the query's percent-encoding.

use super::contact::Contact;
use super::options::{EmbedConfig, MAX_CTA_URL_CHARS};

/// Longest host name of an origin (DNS limit).
const MAX_HOST_CHARS: usize = 253;

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
/// brings the prospect's answers along. The contact details the prospect sent go along too:
/// as `name=`, `company=`, `email=` on a web address, as lines of the mail's body (each with its
/// label from `labels`: name, company, e-mail) on a `mailto:`. `None` without a configured URL.
pub fn cta_href(
    config: &EmbedConfig,
    result_link: &str,
    contact: Option<&Contact>,
    labels: [&str; 3],
) -> Option<String> {
    let url = config.cta_url.as_deref()?;
    let fields = contact.map(Contact::fields).unwrap_or_default();
    if !config.cta_with_result && fields.is_empty() {
        return Some(url.to_string());
    }
    let is_mail = url
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"));
    let (base, fragment) = match url.split_once('#') {
        Some((base, fragment)) if !is_mail => (base, Some(fragment)),
        _ => (url, None),
    };
    let mut params: Vec<(&str, String)> = Vec::new();
    if is_mail {
        let label = |key: &str| match key {
            "name" => labels[0],
            "company" => labels[1],
            _ => labels[2],
        };
        let mut body: Vec<String> = fields
            .iter()
            .map(|(key, value)| format!("{}: {value}", label(key)))
            .collect();
        if config.cta_with_result {
            if !body.is_empty() {
                body.push(String::new());
            }
            body.push(result_link.to_string());
        }
        params.push(("body", body.join("\r\n")));
    } else {
        if config.cta_with_result {
            params.push((CTA_RESULT_PARAM, result_link.to_string()));
        }
        params.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
    }
    let mut out = base.to_string();
    for (i, (key, value)) in params.iter().enumerate() {
        let join = if i == 0 && !base.contains('?') {
            '?'
        } else {
            '&'
        };
        out.push_str(&format!("{join}{key}={}", percent_encode(value)));
    }
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
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    // The host ends after a bracketed IPv6 address's `]`, else at the port's `:`. Written
    // with few string helpers: the widget reads the origin, and its download is counted.
    let host_end = match authority.strip_prefix('[') {
        Some(inside) => {
            let end = inside.find(']')?;
            let address = inside.get(..end)?;
            let plain = address
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
            if address.is_empty() || !plain {
                return None;
            }
            end + 2
        }
        None => authority.find(':').unwrap_or(authority.len()),
    };
    let (host, port) = authority.split_at_checked(host_end)?;
    if !host.starts_with('[') && !valid_host(host) {
        return None;
    }
    let port = match port {
        "" => None,
        p => {
            let digits = p.strip_prefix(':')?;
            if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let n = digits
                .bytes()
                .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
            if !(1..=65_535).contains(&n) {
                return None;
            }
            Some(n)
        }
    };
    Some(match port {
        Some(n) if n != default_port => format!("{scheme}://{host}:{n}"),
        _ => format!("{scheme}://{host}"),
    })
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
