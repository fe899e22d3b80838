//! The one gate every model from outside passes (link, file, storage): migrate, repair what is
//! safe to repair, reject the rest with a typed error.

use std::collections::HashSet;
use std::rc::Rc;

use crate::domain::error::{Malformation, ModelError};
use crate::domain::limits::{
    check_json_values, MAX_ANSWERS, MAX_ANSWER_LINK, MAX_KEPT_ROUNDS, MAX_MODEL_JSON_BYTES,
    MAX_MODEL_JSON_VALUES, MAX_ROUND_LINK,
};
use crate::domain::model::{
    block, Category, Id, KeptRound, Model, Snapshot, LOGO_TYPES, MAX_ID, MAX_LIST_ITEMS,
    MAX_LOGO_BYTES, MAX_NAME_CHARS, MAX_SNAPSHOTS, MAX_TEXT_CHARS, MAX_TOUCHPOINTS, SCHEMA_VERSION,
};
use crate::domain::round_record::{RatedSpread, RoundRecord, MAX_ROUND_RECORDS};
use crate::domain::shared::List;

/// Parses a model from JSON text and passes it through [`restore`].
/// Bounded: text longer than `limits::MAX_MODEL_JSON_BYTES` or holding more than
/// `limits::MAX_MODEL_JSON_VALUES` values is refused before it is parsed.
pub fn model_from_json(text: &str) -> Result<Model, ModelError> {
    if text.len() > MAX_MODEL_JSON_BYTES {
        return Err(ModelError::TooMuchText {
            max: MAX_MODEL_JSON_BYTES,
        });
    }
    check_json_values(text.as_bytes(), MAX_MODEL_JSON_VALUES)?;
    // A model this version can read parses at once: every range is checked by its type, and
    // `restore` refuses a newer version. Only text that fails is read again as a tree, to
    // name what is wrong in a typed error; the tree is the slower half of a model's start.
    match serde_json::from_str::<Model>(text) {
        Ok(model) => restore(model),
        Err(error) => Err(explain_failure(text, error)),
    }
}

/// Why a model's text does not parse: a newer version, a number out of range, or else
/// serde's own message.
fn explain_failure(text: &str, error: serde_json::Error) -> ModelError {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return ModelError::Malformed(Malformation::of_json(&e)),
    };
    let Some(version) = value.get("version").and_then(serde_json::Value::as_u64) else {
        return ModelError::Malformed(Malformation::shape(
            "version",
            "missing field `version`".into(),
        ));
    };
    if version > u64::from(SCHEMA_VERSION) {
        return ModelError::UnsupportedVersion(u32::try_from(version).unwrap_or(u32::MAX));
    }
    // Version 1 is the first schema: nothing to migrate yet. Later versions add a
    // `migrate_vN` step before the typed parse, so old links and files open forever.
    match probe_ranges(&value) {
        Err(e) => e,
        Ok(()) => ModelError::Malformed(Malformation::of_json(&error)),
    }
}

/// Finds out-of-range numbers before serde does, so they come back as typed errors that the
/// UI can word in the user's language (serde only reports them as English text).
fn probe_ranges(value: &serde_json::Value) -> Result<(), ModelError> {
    let items = |key: &str| {
        value
            .get(key)
            .and_then(serde_json::Value::as_array)
            .map(|a| a.as_slice())
            .unwrap_or_default()
    };
    let int = |v: &serde_json::Value, key: &str| v.get(key).and_then(serde_json::Value::as_i64);
    for tp in items("touchpoints") {
        check_rating_ranges(tp)?;
    }
    for snapshot in items("snapshots") {
        let ratings = snapshot
            .get("ratings")
            .and_then(serde_json::Value::as_array);
        for r in ratings.map(|a| a.as_slice()).unwrap_or_default() {
            check_rating_ranges(r)?;
        }
    }
    if let Some(v) = value
        .get("cycle")
        .and_then(|c| int(c, "current_step"))
        .filter(|v| !(1..=8).contains(v))
    {
        return Err(ModelError::InvalidCycleStep(v));
    }
    for m in items("measures") {
        if let Some(v) = int(m, "effort").filter(|v| !(1..=5).contains(v)) {
            return Err(ModelError::InvalidEffort(v));
        }
        if let Some(expected) = m.get("expected") {
            for key in ["best", "realistic", "worst"] {
                if let Some(v) = int(expected, key).filter(|v| !(-2..=2).contains(v)) {
                    return Err(ModelError::InvalidRating(v));
                }
            }
        }
    }
    Ok(())
}

/// Importance, Ist and Soll of a touchpoint or a snapshot rating.
fn check_rating_ranges(item: &serde_json::Value) -> Result<(), ModelError> {
    let int = |key: &str| item.get(key).and_then(serde_json::Value::as_i64);
    if let Some(v) = int("importance").filter(|v| !(1..=5).contains(v)) {
        return Err(ModelError::InvalidImportance(v));
    }
    for key in ["ist", "soll"] {
        if let Some(v) = int(key).filter(|v| !(-2..=2).contains(v)) {
            return Err(ModelError::InvalidRating(v));
        }
    }
    Ok(())
}

/// Checks every invariant of a model and repairs `next_id`. Never panics.
pub fn restore(mut model: Model) -> Result<Model, ModelError> {
    if model.version > SCHEMA_VERSION {
        return Err(ModelError::UnsupportedVersion(model.version));
    }
    model.version = SCHEMA_VERSION;
    check_text(&model.meta.title, MAX_NAME_CHARS)?;
    check_text(&model.meta.company, MAX_NAME_CHARS)?;
    check_text(&model.meta.consultancy, MAX_NAME_CHARS)?;
    if let Some(logo) = &model.meta.logo {
        check_logo(logo)?;
    }
    if model.stages.is_empty() {
        return Err(ModelError::LastStage);
    }
    check_categories(&model.stages, ModelError::DuplicateStage)?;
    check_categories(&model.owners, ModelError::DuplicateOwner)?;
    if model.touchpoints.len() > MAX_TOUCHPOINTS || model.measures.len() > MAX_TOUCHPOINTS {
        return Err(ModelError::TooManyItems {
            max: MAX_TOUCHPOINTS,
        });
    }

    let mut ids = HashSet::new();
    for tp in &model.touchpoints {
        if !ids.insert(tp.id) {
            return Err(ModelError::DuplicateId(tp.id));
        }
        check_name(&tp.name)?;
        check_text(&tp.description, MAX_TEXT_CHARS)?;
        if model.stage(&tp.stage).is_none() {
            return Err(ModelError::UnknownStage(tp.stage.clone()));
        }
        if let Some(owner) = &tp.owner {
            if model.owner(owner).is_none() {
                return Err(ModelError::UnknownOwner(owner.clone()));
            }
        }
        for list in [
            &tp.factors.disappointment,
            &tp.factors.okay,
            &tp.factors.delight,
        ] {
            check_list(list)?;
        }
    }
    // A set, not a scan per reference: a crafted link may hold many references.
    let touchpoint_ids = ids.clone();
    for m in &model.measures {
        if !ids.insert(m.id) {
            return Err(ModelError::DuplicateId(m.id));
        }
        check_name(&m.title)?;
        check_text(&m.description, MAX_TEXT_CHARS)?;
        if let Some(id) = m
            .touchpoints
            .iter()
            .find(|id| !touchpoint_ids.contains(*id))
        {
            return Err(ModelError::UnknownTouchpoint(*id));
        }
        let mut linked = HashSet::new();
        if let Some(id) = m.touchpoints.iter().find(|id| !linked.insert(**id)) {
            return Err(ModelError::DuplicateLink {
                measure: m.id,
                touchpoint: *id,
            });
        }
        if let Some(owner) = &m.owner {
            if model.owner(owner).is_none() {
                return Err(ModelError::UnknownOwner(owner.clone()));
            }
        }
        if let Some(due) = &m.due {
            check_date(due)?;
        }
    }
    check_periods(model.kpis.nps.iter().map(|p| p.period.as_str()))?;
    check_periods(model.kpis.referrals.iter().map(|p| p.period.as_str()))?;
    for p in &model.kpis.referrals {
        if p.referred > p.new_customers {
            return Err(ModelError::ReferredExceedsNew {
                referred: p.referred,
                new_customers: p.new_customers,
            });
        }
    }
    if let Some(c) = &model.kpis.funnel.competitor {
        check_name(&c.name)?;
    }
    check_snapshots(&model.snapshots, &mut ids)?;
    check_rounds(&model.round_records)?;
    check_kept_rounds(&model.rounds)?;
    for note in &model.cycle.notes {
        check_text(note, MAX_TEXT_CHARS)?;
    }
    if let Some(field) = [("next_id", model.next_id)]
        .into_iter()
        .chain(ids.iter().map(|&id| ("id", id)))
        .find(|&(_, id)| id > MAX_ID)
        .map(|(field, _)| field)
    {
        return Err(ModelError::Malformed(Malformation::shape(
            field,
            "an id past 2^52".into(),
        )));
    }
    // Past every id of the block the counter hands out from (`domain::ids`): another copy's
    // block is that copy's to fill.
    let own = block(model.next_id);
    let max_id = ids
        .into_iter()
        .filter(|&id| block(id) == own)
        .max()
        .unwrap_or(0);
    model.next_id = model.next_id.max(max_id.saturating_add(1));
    Ok(model)
}

/// Snapshots: ids unique among all ids, valid dates, bounded texts, each touchpoint at most
/// once per snapshot. Touchpoints they name need not exist any more.
fn check_snapshots(snapshots: &List<Snapshot>, ids: &mut HashSet<Id>) -> Result<(), ModelError> {
    if snapshots.len() > MAX_SNAPSHOTS {
        return Err(ModelError::TooManyItems { max: MAX_SNAPSHOTS });
    }
    for s in snapshots {
        if !ids.insert(s.id) {
            return Err(ModelError::DuplicateId(s.id));
        }
        check_date(&s.date)?;
        check_text(&s.label, MAX_NAME_CHARS)?;
        if s.ratings.len() > MAX_TOUCHPOINTS {
            return Err(ModelError::TooManyItems {
                max: MAX_TOUCHPOINTS,
            });
        }
        let mut seen = HashSet::new();
        for r in s.ratings.iter() {
            if !seen.insert(r.touchpoint) {
                return Err(ModelError::DuplicateId(r.touchpoint));
            }
            check_name(&r.name)?;
        }
    }
    Ok(())
}

/// The rounds' records: at most [`MAX_ROUND_RECORDS`], each round once, each plausible.
fn check_rounds(rounds: &[Rc<RoundRecord>]) -> Result<(), ModelError> {
    if rounds.len() > MAX_ROUND_RECORDS {
        return Err(ModelError::TooManyItems {
            max: MAX_ROUND_RECORDS,
        });
    }
    for (i, r) in rounds.iter().enumerate() {
        // At most 50: a scan costs less code than a set.
        if rounds[..i].iter().any(|o| o.round == r.round) {
            return Err(ModelError::ImplausibleRound(r.round.clone()));
        }
        check_round(r)?;
    }
    Ok(())
}

/// One round's record as "take the medians" writes it: a 128-bit id in hex, minimum group 3
/// or 5, bounded names and lists, each touchpoint once, and figures that can come from
/// ratings on their scales (`ImplausibleRound` names the round, group or touchpoint).
pub fn check_round(r: &RoundRecord) -> Result<(), ModelError> {
    let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    if r.round.len() != 32 || !r.round.bytes().all(hex) || !matches!(r.min_group, 3 | 5) {
        return Err(ModelError::ImplausibleRound(
            r.round.chars().take(40).collect(),
        ));
    }
    if r.groups.len() > MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    let mut counted: u64 = 0;
    for g in &r.groups {
        check_name(&g.name)?;
        if let Some(n) = g.raters {
            if n < u32::from(r.min_group) {
                return Err(ModelError::ImplausibleRound(g.name.clone()));
            }
            counted += u64::from(n);
        }
    }
    if counted > u64::from(r.raters) {
        return Err(ModelError::ImplausibleRound(r.round.clone()));
    }
    if r.touchpoints.len() > MAX_TOUCHPOINTS {
        return Err(ModelError::TooManyItems {
            max: MAX_TOUCHPOINTS,
        });
    }
    let mut ids = HashSet::new();
    for t in &r.touchpoints {
        if t.touchpoint > MAX_ID {
            return Err(ModelError::Malformed(Malformation::shape(
                "touchpoint",
                "an id past 2^52".into(),
            )));
        }
        if !ids.insert(t.touchpoint) {
            return Err(ModelError::DuplicateId(t.touchpoint));
        }
        check_name(&t.name)?;
        let ist = t.ist.is_none_or(|s| plausible(&s, -2, r.raters));
        let importance = t.importance.is_none_or(|s| plausible(&s, 1, r.raters));
        if !ist || !importance || t.not_experienced > r.raters {
            return Err(ModelError::ImplausibleRound(t.name.clone()));
        }
    }
    Ok(())
}

/// The kept rating rounds: at most [`MAX_KEPT_ROUNDS`], each once. Only the links' shape is
/// checked here; `rounds::kept::open` reads them and says what is wrong with a damaged one.
fn check_kept_rounds(rounds: &[std::rc::Rc<KeptRound>]) -> Result<(), ModelError> {
    if rounds.len() > MAX_KEPT_ROUNDS {
        return Err(ModelError::TooManyItems {
            max: MAX_KEPT_ROUNDS,
        });
    }
    for (i, round) in rounds.iter().enumerate() {
        check_kept_round(round)?;
        if rounds[..i].iter().any(|r| r.link == round.link) {
            return Err(ModelError::DuplicateRound);
        }
    }
    Ok(())
}

/// Figures of 1 ..= `raters` ratings on a five-step scale from `lowest`: min ≤ median, mean
/// ≤ max on the scale, the median a whole or half step, AD_Md at most the range.
fn plausible(s: &RatedSpread, lowest: i8, raters: u32) -> bool {
    let on_scale = (lowest..=lowest + 4).contains(&s.min) && (lowest..=lowest + 4).contains(&s.max);
    let (min, max) = (f64::from(s.min), f64::from(s.max));
    let within = |v: f64| v.is_finite() && min <= v && v <= max;
    (1..=raters).contains(&s.n)
        && on_scale
        && within(s.median)
        && within(s.mean)
        && (s.median * 2.0).fract() == 0.0
        && s.ad_md.is_finite()
        && (0.0..=max - min).contains(&s.ad_md)
}

/// One kept round: its link and at most [`MAX_ANSWERS`] return links, each of its kind.
pub fn check_kept_round(round: &KeptRound) -> Result<(), ModelError> {
    check_round_link(&round.link, "kr", MAX_ROUND_LINK)?;
    if round.answers.len() > MAX_ANSWERS {
        return Err(ModelError::TooManyItems { max: MAX_ANSWERS });
    }
    round
        .answers
        .iter()
        .try_for_each(|a| check_round_link(a, "ka", MAX_ANSWER_LINK))
}

/// `<codec><digits>.<base64url>` of at most `max` bytes; a round link (`kr`) may end in a live
/// part `.ks<digits>.<base64url>.<base64url>` (`rounds::link::live_part` reads it).
fn check_round_link(link: &str, codec: &str, max: usize) -> Result<(), ModelError> {
    let mut parts = link.split('.');
    let shaped = link.len() <= max
        && parts.next().is_some_and(|prefix| versioned(prefix, codec))
        && parts.next().is_some_and(base64url)
        && match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (None, ..) => true,
            (Some(live), Some(room), Some(key), None) => {
                codec == "kr" && versioned(live, "ks") && base64url(room) && base64url(key)
            }
            _ => false,
        };
    if shaped {
        Ok(())
    } else {
        Err(ModelError::BadRoundLink)
    }
}

/// `<codec><digits>`.
fn versioned(prefix: &str, codec: &str) -> bool {
    prefix
        .strip_prefix(codec)
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// A non-empty base64url text without padding.
fn base64url(part: &str) -> bool {
    !part.is_empty()
        && part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// KPI periods, as the editor keeps them: at most `MAX_LIST_ITEMS`, bounded names, each name
/// once (ignoring case and surrounding space).
fn check_periods<'a>(periods: impl ExactSizeIterator<Item = &'a str>) -> Result<(), ModelError> {
    if periods.len() > MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    let mut seen = HashSet::new();
    for p in periods {
        check_text(p, MAX_NAME_CHARS)?;
        if !seen.insert(p.trim().to_lowercase()) {
            return Err(ModelError::DuplicatePeriod(p.trim().to_string()));
        }
    }
    Ok(())
}

/// A logo: a base64 data URL of one of [`LOGO_TYPES`], at most [`MAX_LOGO_BYTES`] of image.
pub fn check_logo(url: &str) -> Result<(), ModelError> {
    let (mime, payload) = url
        .strip_prefix("data:")
        .and_then(|rest| rest.split_once(";base64,"))
        .ok_or(ModelError::LogoType)?;
    if !LOGO_TYPES.contains(&mime) {
        return Err(ModelError::LogoType);
    }
    // Four base64 characters hold three bytes; the length is checked before the characters.
    let padding = payload.bytes().rev().take_while(|b| *b == b'=').count();
    if (payload.len() / 4 * 3).saturating_sub(padding) > MAX_LOGO_BYTES {
        return Err(ModelError::LogoTooLarge {
            max: MAX_LOGO_BYTES,
        });
    }
    let base64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if payload.is_empty() || payload.len() % 4 != 0 || !payload.bytes().all(base64) {
        return Err(ModelError::LogoType);
    }
    Ok(())
}

pub fn check_name(name: &str) -> Result<(), ModelError> {
    if name.trim().is_empty() {
        return Err(ModelError::EmptyName);
    }
    check_text(name, MAX_NAME_CHARS)
}

pub fn check_text(text: &str, max: usize) -> Result<(), ModelError> {
    // Byte length bounds the char count from above: cheap first check for huge inputs.
    if text.len() > max && text.chars().count() > max {
        return Err(ModelError::TextTooLong { max });
    }
    Ok(())
}

pub fn check_list(list: &[String]) -> Result<(), ModelError> {
    if list.len() > MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    list.iter().try_for_each(|f| check_name(f))
}

fn check_categories(
    list: &[Category],
    duplicate: fn(String) -> ModelError,
) -> Result<(), ModelError> {
    if list.len() > MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    let mut keys = HashSet::new();
    let mut names = HashSet::new();
    for c in list {
        check_name(&c.name)?;
        check_text(&c.key, MAX_NAME_CHARS)?;
        if !keys.insert(c.key.as_str()) || !names.insert(c.name.trim().to_lowercase()) {
            return Err(duplicate(c.name.clone()));
        }
    }
    Ok(())
}

/// Accepts `YYYY-MM-DD` naming a day of the Gregorian calendar, years 0001 to 9999
/// (`2025-02-31` and year `0000` are refused; `2024-02-29` is a day).
pub fn check_date(date: &str) -> Result<(), ModelError> {
    let bad = || ModelError::InvalidDate(date.chars().take(40).collect());
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if y.len() != 4 || m.len() != 2 || d.len() != 2 || !(digits(y) && digits(m) && digits(d)) {
        return Err(bad());
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return Err(bad());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if y == 0 || !(1..=days).contains(&d) {
        return Err(bad());
    }
    Ok(())
}
