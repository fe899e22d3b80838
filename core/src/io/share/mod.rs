//! Share links: the whole model in the URL fragment, `#kp1.<payload>`.
//!
//! The payload is the model's compact JSON form (see [`v1`]), compressed with raw DEFLATE
//! (RFC 1951, no zlib header) and written in base64url without padding. The prefix names the
//! codec and the link format's version; every released version keeps its decoder here, so a
//! link once shared opens forever. `docs/share-format.md` describes the format for other tools.
//!
//! Decoding never panics and its work is bounded: the fragment is capped before anything
//! else, inflating is capped, the JSON's values are counted before they are parsed, every
//! list is measured before it is built and the factor texts it expands to are budgeted
//! ([`limits`]); the decoded model passes [`crate::domain::validate::restore`], the one gate.

mod error;
mod json;
pub use crate::domain::limits;
pub mod v1;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::domain::model::Model;
use crate::domain::validate::restore;
use crate::io::inflate::{inflate_exact, InflateError};

pub use error::ShareError;

/// Names the codec; the link format's version follows: `kp1`.
pub const CODEC: &str = "kp";
/// The link format this build writes.
pub const LINK_VERSION: u32 = 1;
/// Longest fragment (`kp1.…`, without `#`, address or surrounding white space), in bytes
/// (64 KiB): the one limit of writer and reader. `decode` also refuses a link whose model
/// this app would write longer, so that what opens can be shared again.
pub const MAX_FRAGMENT: usize = 64 * 1024;
/// Longest input `decode` looks at at all, checked before anything else: the fragment plus
/// room for an address and white space around it.
pub const MAX_INPUT: usize = 2 * MAX_FRAGMENT;
/// Compact JSON up to this length always packs into a fragment within [`MAX_FRAGMENT`]
/// (DEFLATE adds at most 5 bytes per 16 KiB block and a few more, base64 4/3 of that), so
/// `decode` only compresses a larger model again to measure it.
const SURELY_SHAREABLE_JSON: usize = 48_000;
/// Largest inflated payload `decode` accepts, in bytes (4 MiB).
pub const MAX_INFLATED: usize = 4 * 1024 * 1024;
/// miniz_oxide's best (slowest) compression level.
const LEVEL: u8 = 10;
/// Longest prefix before the `.` that is still reported by name.
const MAX_PREFIX: usize = 16;

/// The model as a share-link fragment (without the `#`), in the current link format.
pub fn encode(model: &Model) -> String {
    let json = v1::to_json(model);
    format!("{CODEC}{LINK_VERSION}.{}", pack(json.as_bytes()))
}

/// Like [`encode`], but refuses a model whose link [`decode`] would refuse: too long, too
/// large unpacked, too many values, too much factor text, or a model the gate refuses. It
/// reads its own fragment back with [`decode`], so what it accepts, `decode` accepts, by
/// construction (one set of limits, [`limits`]).
pub fn encode_checked(model: &Model) -> Result<String, ShareError> {
    let fragment = encode(model);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong { max: MAX_FRAGMENT });
    }
    read(&fragment)?;
    Ok(fragment)
}

/// The baseline for the link-length benchmark: the model's ordinary JSON with field names,
/// compressed the same way. Not a link format: [`decode`] does not read it.
pub fn naive_encode(model: &Model) -> String {
    let json = serde_json::to_string(model).unwrap_or_default();
    pack(json.as_bytes())
}

/// Reads a share link: the fragment with or without its `#`, or a whole URL; white space
/// around it, typed or percent-encoded (`%20`), is ignored. A model this app could not
/// share again ([`encode_checked`]) is refused as too long.
pub fn decode(fragment: &str) -> Result<Model, ShareError> {
    let model = read(fragment)?;
    if v1::to_json(&model).len() > SURELY_SHAREABLE_JSON && encode(&model).len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong { max: MAX_FRAGMENT });
    }
    Ok(model)
}

/// [`decode`] without the check that the model can be written again.
fn read(input: &str) -> Result<Model, ShareError> {
    if input.len() > MAX_INPUT {
        return Err(ShareError::TooLong { max: MAX_FRAGMENT });
    }
    let text = trim_white(input);
    let text = trim_white(text.split_once('#').map_or(text, |(_, after)| after));
    if text.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong { max: MAX_FRAGMENT });
    }
    let (prefix, payload) = split_link(text)?;
    let version = link_version(prefix)?;
    let json = unpack(payload)?;
    limits::check_json_values(&json, limits::MAX_LINK_JSON_VALUES)?;
    let model = match version {
        1 => v1::from_json(&json)?,
        // A later format adds its arm here; older ones keep theirs and migrate forward.
        _ => return Err(ShareError::NewerVersion(version)),
    };
    Ok(restore(model)?)
}

/// `text` without white space around it, typed or percent-encoded as an address bar may
/// leave it (`%20`, `%09`, `%0A`, `%0D`).
fn trim_white(text: &str) -> &str {
    const ENCODED: [&str; 4] = ["%20", "%09", "%0A", "%0D"];
    let mut text = text.trim();
    loop {
        let before = text.len();
        for code in ENCODED {
            let n = code.len();
            if text
                .get(..n)
                .is_some_and(|head| head.eq_ignore_ascii_case(code))
            {
                text = &text[n..];
            }
            let tail = text.len().saturating_sub(n);
            if text
                .get(tail..)
                .is_some_and(|end| end.eq_ignore_ascii_case(code))
            {
                text = &text[..tail];
            }
        }
        text = text.trim();
        if text.len() == before {
            return text;
        }
    }
}

/// A link's prefix and payload: the fragment of `text` (after its first `#`, without white
/// space around it ([`trim_white`]); the whole text without a `#`) split at its first `.`. The prefix is 1 to 16 ASCII letters and
/// digits; otherwise [`ShareError::NotALink`], and [`ShareError::Empty`] for no fragment.
/// Every link of the app (`kp`, and the rating rounds' `kr` and `ka`) is read through it.
pub fn split_link(text: &str) -> Result<(&str, &str), ShareError> {
    let text = trim_white(text);
    let text = trim_white(text.split_once('#').map_or(text, |(_, after)| after));
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let (prefix, payload) = text.split_once('.').ok_or(ShareError::NotALink)?;
    if prefix.is_empty()
        || prefix.len() > MAX_PREFIX
        || !prefix.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(ShareError::NotALink);
    }
    Ok((prefix, payload))
}

/// The version `n` of a prefix `<codec><n>` (`n` ≥ 1 in decimal, no leading zero); `None`
/// when the prefix is not of `codec`.
pub fn codec_version(prefix: &str, codec: &str) -> Option<u32> {
    let digits = prefix.strip_prefix(codec)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.starts_with('0') {
        return None;
    }
    // All digits and no leading zero: only overflow can fail, which is a very new version.
    Some(digits.parse::<u32>().unwrap_or(u32::MAX))
}

/// The version in a prefix `kp<n>`.
fn link_version(prefix: &str) -> Result<u32, ShareError> {
    let version = codec_version(prefix, CODEC)
        .ok_or_else(|| ShareError::UnknownFormat(prefix.to_string()))?;
    if version > LINK_VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    Ok(version)
}

/// Raw DEFLATE at the best level, then base64url without padding: the packing of every
/// link payload the app writes (share links, and the rating rounds' links above this layer).
pub fn pack(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, LEVEL))
}

/// Like [`pack`] with the small DEFLATE writer ([`crate::io::deflate`]): fixed codes or
/// stored, for short payloads written where miniz_oxide's compressor would cost more bytes
/// of wasm than it saves in the link (the rating rounds' return links).
pub fn pack_small(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(crate::io::deflate::deflate(bytes))
}

/// The inverse of [`pack`], capped at [`MAX_INFLATED`] bytes.
fn unpack(payload: &str) -> Result<Vec<u8>, ShareError> {
    unpack_capped(payload, MAX_INFLATED)
}

/// The inverse of [`pack`], capped at `max` bytes inflated. Fails only with
/// [`ShareError::BadBase64`], [`ShareError::BadCompression`] or [`ShareError::TooLarge`].
pub fn unpack_capped(payload: &str, max: usize) -> Result<Vec<u8>, ShareError> {
    let deflated = URL_SAFE_NO_PAD.decode(payload).map_err(|e| match e {
        // A cut-off link ends mid-quantum: say "incomplete", not "invalid characters".
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol { .. } => {
            ShareError::BadCompression
        }
        _ => ShareError::BadBase64,
    })?;
    inflate_exact(&deflated, max).map_err(|e| match e {
        InflateError::Bad => ShareError::BadCompression,
        InflateError::TooLarge { max } => ShareError::TooLarge { max },
    })
}
