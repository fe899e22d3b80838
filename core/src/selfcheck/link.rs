//! Result links: a whole self-check in a short, readable URL fragment, `#sc1.…`.
//!
//! The workspace's share links (`#kp1.…`, [`crate::io::share`]) carry a model; a self-check result
//! also needs the eight answers, so it has its own tiny format. The UI routes by prefix:
//! [`is_link`] first, else [`crate::io::share::decode`].
//!
//! # Format `sc1`
//! `sc1.<answers>` or `sc1.<answers>.<touchpoint>,<touchpoint>,…`
//! - `<answers>`: 8 characters in [`super::Factor::ALL`] order, each a level `0`..`4`, or `_`
//!   for "not answered".
//! - `<touchpoint>`: `<library index>-<importance><ist><soll>`: the decimal index into the
//!   starter library, then one digit each: importance `1`..`5`, Ist and Soll as rating + 2
//!   (`0` = −2 … `4` = +2) or `_` for "not rated".
//!
//! Example: `sc1.3120_442.10-413,22-52_` = answers 3,1,2,0,–,4,4,2; library entry 10 with
//! importance 4, Ist −1, Soll +1; entry 22 with importance 5, Ist 0, Soll not rated.
//! A decoded self-check stands on the result (or on the first step that is not complete).

use super::{RawQuickTouchpoint, RawSelfCheck, SelfCheck, SelfCheckError, Step};

/// The prefix of the format this build writes.
pub const PREFIX: &str = "sc1.";
/// Longest fragment [`decode`] looks at, in bytes (a full link is about 110).
pub const MAX_LINK: usize = 512;
/// Longest library index in digits.
const MAX_INDEX_DIGITS: usize = 4;

/// The self-check as a fragment (without the `#`).
pub fn encode(check: &SelfCheck) -> String {
    let answers: String = check
        .answers()
        .iter()
        .map(|a| a.map_or('_', |l| char::from(b'0' + l.min(9))))
        .collect();
    let mut out = format!("{PREFIX}{answers}");
    let tps: Vec<String> = check
        .touchpoints()
        .iter()
        .map(|t| {
            format!(
                "{}-{}{}{}",
                t.library_index,
                t.importance,
                rating_char(t.ist),
                rating_char(t.soll)
            )
        })
        .collect();
    if !tps.is_empty() {
        out.push('.');
        out.push_str(&tps.join(","));
    }
    out
}

fn rating_char(r: Option<i8>) -> char {
    r.and_then(|v| u8::try_from(i16::from(v) + 2).ok())
        .map_or('_', |d| char::from(b'0' + d.min(9)))
}

/// The part after the first `#`, trimmed (or the whole text when there is no `#`).
fn fragment_of(text: &str) -> &str {
    let text = text.trim();
    text.split_once('#').map_or(text, |(_, after)| after).trim()
}

/// Whether `text` (a fragment with or without `#`, or a whole URL) is a self-check link of
/// any version: `sc<digits>.`.
pub fn is_link(text: &str) -> bool {
    let fragment = fragment_of(text);
    fragment
        .strip_prefix("sc")
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(digits, _)| {
            !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Reads a result link: the fragment with or without its `#`, or a whole URL. Syntax errors
/// are [`SelfCheckError::BadLink`], out-of-range values their typed errors. Never panics.
pub fn decode(text: &str) -> Result<SelfCheck, SelfCheckError> {
    if text.len() > MAX_LINK {
        return Err(SelfCheckError::TooLong { max: MAX_LINK });
    }
    decode_at(fragment_of(text), Step::Result.index() as u64)
}

/// A link's fragment as a self-check standing on `step` (or the first open step before it).
fn decode_at(fragment: &str, step: u64) -> Result<SelfCheck, SelfCheckError> {
    if !is_link(fragment) {
        return Err(SelfCheckError::NotALink);
    }
    let Some(body) = fragment.strip_prefix(PREFIX) else {
        // `sc<n>.` with another n: newer if it is a number above 1.
        let version = fragment
            .get(2..)
            .and_then(|rest| rest.split_once('.'))
            .and_then(|(digits, _)| decimal(digits))
            .unwrap_or(0);
        return Err(if version > 1 {
            SelfCheckError::NewerVersion(version)
        } else {
            SelfCheckError::NotALink
        });
    };
    let (answers_part, tps_part) = match body.split_once('.') {
        Some((a, t)) => (a, Some(t)),
        None => (body, None),
    };
    let answers = parse_answers(answers_part).ok_or(SelfCheckError::BadLink)?;
    let touchpoints = match tps_part {
        None => Vec::new(),
        Some(part) => part
            .split(',')
            .map(parse_touchpoint)
            .collect::<Option<Vec<_>>>()
            .ok_or(SelfCheckError::BadLink)?,
    };
    let raw = RawSelfCheck::new(answers, touchpoints, step);
    SelfCheck::try_from(raw)
}

/// Separates the link from the step in the stored form.
const STEP_MARK: char = '@';
/// Longest step number in the stored form, in digits.
const MAX_STEP_DIGITS: usize = 3;

/// The stored form for `localStorage`: the result link and the step the prospect stands on,
/// `sc1.<answers>[.<touchpoints>]@<step>`. The widget stores this instead of JSON, so its
/// build needs no JSON reader; read it back with [`restore`].
pub fn to_stored(check: &SelfCheck) -> String {
    format!("{}{STEP_MARK}{}", encode(check), check.step_index())
}

/// Reads the stored form of [`to_stored`] as strictly as a link; a step beyond what is
/// answered is moved back to the first open step. Never panics.
pub fn restore(text: &str) -> Result<SelfCheck, SelfCheckError> {
    if text.len() > MAX_LINK {
        return Err(SelfCheckError::TooLong { max: MAX_LINK });
    }
    let (link, step) = text.rsplit_once(STEP_MARK).ok_or(SelfCheckError::BadLink)?;
    if step.is_empty() || step.len() > MAX_STEP_DIGITS || !step.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(SelfCheckError::BadLink);
    }
    let step = decimal(step).ok_or(SelfCheckError::BadLink)?;
    decode_at(link.trim(), step)
}

/// A number of ASCII digits only (no sign), `None` if empty or too large. By hand rather than
/// `str::parse`, whose generic reader would be the widget's only one.
fn decimal(digits: &str) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0u64, |n, b| {
        let d = b.checked_sub(b'0').filter(|d| *d <= 9)?;
        n.checked_mul(10)?.checked_add(u64::from(d))
    })
}

fn parse_answers(part: &str) -> Option<Vec<Option<i64>>> {
    if part.len() != 8 {
        return None;
    }
    part.bytes().map(digit_or_none).collect()
}

/// `Some(None)` for `_`, `Some(Some(d))` for a digit, `None` for anything else.
fn digit_or_none(b: u8) -> Option<Option<i64>> {
    match b {
        b'_' => Some(None),
        b'0'..=b'9' => Some(Some(i64::from(b - b'0'))),
        _ => None,
    }
}

fn parse_touchpoint(token: &str) -> Option<RawQuickTouchpoint> {
    let (index, ratings) = token.split_once('-')?;
    if index.is_empty()
        || index.len() > MAX_INDEX_DIGITS
        || !index.bytes().all(|b| b.is_ascii_digit())
        || (index.len() > 1 && index.starts_with('0'))
    {
        return None;
    }
    let library_index = decimal(index)?;
    let &[imp, ist, soll] = ratings.as_bytes() else {
        return None;
    };
    let importance = digit_or_none(imp)??;
    let ist = digit_or_none(ist)?.map(|d| d - 2);
    let soll = digit_or_none(soll)?.map(|d| d - 2);
    Some(RawQuickTouchpoint::new(
        library_index,
        importance,
        ist,
        soll,
    ))
}
