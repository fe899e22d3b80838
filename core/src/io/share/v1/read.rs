//! Format-1 JSON → model. Checks shapes and codes; the invariants across the model (unique
//! ids, known references, text lengths) are left to `validate::restore`, which runs next.
//! What a link could multiply is checked here, while reading: the length of every list
//! before it is built, the length of each factor text, and the bytes all references to
//! factor texts expand to (`limits::MAX_FACTOR_TEXT_BYTES`).

use serde_json::Value;

use super::{col, later, DEFAULT_CATEGORIES, ENTRY, EXIT, MIDDLE, MOMENT_OF_TRUTH};
use crate::domain::error::{Malformation, ModelError};
use crate::domain::limits::{TextBudget, MAX_FACTOR_TEXT_BYTES};
use crate::domain::model::{
    Category, Channel, Contact, Decision, Effort, Experience, Factors, Flags, Id, Importance, Kpis,
    LoyaltyCounts, Measure, MeasureStatus, Meta, Model, NpsPeriod, ReferralPeriod, Scenarios,
    Touchpoint, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_SNAPSHOTS, MAX_TOUCHPOINTS, SCHEMA_VERSION,
};
use crate::domain::validate::check_text;
use crate::io::share::json::{array, column, int, malformed, number, string, u32, uint};

/// Parses format-1 JSON. The result still has to pass `validate::restore`.
pub fn from_json(bytes: &[u8]) -> Result<Model, ModelError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| ModelError::Malformed(Malformation::of_json(&e)))?;
    from_value(&value)
}

fn from_value(v: &Value) -> Result<Model, ModelError> {
    let top = record(Some(v), "link", 11)?;
    let stages = categories(top.get(1), "stages")?;
    let owners = categories(top.get(2), "owners")?;
    let strings = bounded(top.get(4), "strings", MAX_FACTOR_TEXT_BYTES)?
        .iter()
        .map(|s| {
            let text = string(Some(s), "strings")?;
            check_text(&text, MAX_NAME_CHARS)?;
            Ok(text)
        })
        .collect::<Result<Vec<_>, ModelError>>()?;
    let touchpoints = touchpoints(top.get(3), &stages, &owners, &strings)?;
    let measures = bounded(top.get(6), "measures", MAX_TOUCHPOINTS)?
        .iter()
        .map(|m| measure(m, &owners))
        .collect::<Result<_, _>>()?;
    Ok(Model {
        version: SCHEMA_VERSION,
        meta: meta(top.get(5))?,
        stages,
        owners,
        touchpoints: touchpoints.into(),
        measures,
        kpis: Kpis {
            funnel: later::read_funnel(top.get(10))?,
            ..kpis(top.get(7))?
        },
        snapshots: later::read_snapshots(bounded(top.get(8), "snapshots", MAX_SNAPSHOTS)?)?,
        cycle: later::read_cycle(top.get(9))?,
        next_id: u32(top.first(), "next_id")?.into(),
        // Round figures stay with the saved model; a link does not carry them.
        round_records: Vec::new(),
        // Links never carry rating rounds: the answers are the raters', not the receiver's.
        rounds: Vec::new(),
    })
}

/// A list of at most `max` entries, measured before anything is built from it.
pub(super) fn bounded<'a>(
    v: Option<&'a Value>,
    what: &str,
    max: usize,
) -> Result<&'a [Value], ModelError> {
    let items = array(v, what)?;
    if items.len() > max {
        return Err(ModelError::TooManyItems { max });
    }
    Ok(items)
}

/// A positional record of at most `len` elements; missing is empty.
pub(super) fn record<'a>(
    v: Option<&'a Value>,
    what: &str,
    len: usize,
) -> Result<&'a [Value], ModelError> {
    let items = array(v, what)?;
    if items.len() > len {
        return Err(malformed(what, &format!("at most {len} elements")));
    }
    Ok(items)
}

fn categories(v: Option<&Value>, what: &str) -> Result<Vec<Category>, ModelError> {
    bounded(v, what, MAX_LIST_ITEMS)?
        .iter()
        .map(|c| match c {
            Value::Number(_) => {
                let i = uint(Some(c), what, 0)?;
                usize::try_from(i)
                    .ok()
                    .and_then(|i| DEFAULT_CATEGORIES.get(i))
                    .map(|(key, name)| Category {
                        key: (*key).to_string(),
                        name: (*name).to_string(),
                    })
                    .ok_or_else(|| malformed(what, "an index of a default category"))
            }
            _ => {
                let pair = record(Some(c), what, 2)?;
                Ok(Category {
                    key: string(pair.first(), what)?,
                    name: string(pair.get(1), what)?,
                })
            }
        })
        .collect()
}

fn touchpoints(
    v: Option<&Value>,
    stages: &[Category],
    owners: &[Category],
    strings: &[String],
) -> Result<Vec<Touchpoint>, ModelError> {
    let cols = record(v, "touchpoints", col::COUNT)?;
    let names = array(cols.get(col::NAME), "names")?;
    let n = names.len();
    if n > MAX_TOUCHPOINTS {
        return Err(ModelError::TooManyItems {
            max: MAX_TOUCHPOINTS,
        });
    }
    let c = |i: usize, what: &str| column(cols.get(i), what, n);
    let (ids, stage, owner) = (
        c(col::ID, "ids")?,
        c(col::STAGE, "stage")?,
        c(col::OWNER, "owner")?,
    );
    let (contact, channel) = (c(col::CONTACT, "contact")?, c(col::CHANNEL, "channel")?);
    let importance = c(col::IMPORTANCE, "importance")?;
    let (ist, soll) = (c(col::IST, "ist")?, c(col::SOLL, "soll")?);
    let (flags, decision) = (c(col::FLAGS, "flags")?, c(col::DECISION, "decision")?);
    let factors = [
        c(col::FACTORS, "disappointment")?,
        c(col::FACTORS + 1, "okay")?,
        c(col::FACTORS + 2, "delight")?,
    ];
    let description = c(col::DESCRIPTION, "description")?;

    let mut prev: i64 = 0;
    let mut out = Vec::with_capacity(n);
    let mut budget = TextBudget::new(MAX_FACTOR_TEXT_BYTES);
    for (i, name) in names.iter().enumerate() {
        let delta = int(ids.get(i), "ids")?;
        let id = prev
            .checked_add(1)
            .and_then(|p| p.checked_add(delta))
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| malformed("ids", "ids from 0 to 2^32 - 1"))?;
        prev = i64::from(id);
        let id = Id::from(id);
        let stage_index = uint(stage.get(i), "stage", 0)?;
        let stage = usize::try_from(stage_index)
            .ok()
            .and_then(|s| stages.get(s))
            .ok_or_else(|| ModelError::UnknownStage(format!("#{stage_index}")))?;
        let [d, o, l] = &factors;
        out.push(Touchpoint {
            id,
            name: string(Some(name), "names")?,
            description: string(description.get(i), "description")?,
            stage: stage.key.clone(),
            contact: contact_of(uint(contact.get(i), "contact", 0)?)?,
            channel: channel_of(uint(channel.get(i), "channel", 0)?)?,
            owner: owner_of(uint(owner.get(i), "owner", 0)?, owners)?,
            importance: importance_of(uint(importance.get(i), "importance", MIDDLE)?)?,
            ist: rating(uint(ist.get(i), "ist", 0)?)?,
            soll: rating(uint(soll.get(i), "soll", 0)?)?,
            factors: Factors {
                disappointment: factor_list(d.get(i), strings, &mut budget)?,
                okay: factor_list(o.get(i), strings, &mut budget)?,
                delight: factor_list(l.get(i), strings, &mut budget)?,
            },
            flags: flags_of(uint(flags.get(i), "flags", 0)?)?,
            decision: decision_of(uint(decision.get(i), "decision", 0)?)?,
        });
    }
    Ok(out)
}

/// One touchpoint's list of factors: at most `MAX_LIST_ITEMS` indexes, each text copied only
/// once the budget holds it.
fn factor_list(
    v: Option<&Value>,
    strings: &[String],
    budget: &mut TextBudget,
) -> Result<Vec<String>, ModelError> {
    bounded(v, "factors", MAX_LIST_ITEMS)?
        .iter()
        .map(|i| {
            let i = uint(Some(i), "factors", 0)?;
            let text = usize::try_from(i)
                .ok()
                .and_then(|i| strings.get(i))
                .ok_or_else(|| malformed("factors", "an index into strings"))?;
            budget.spend(text.len())?;
            Ok(text.clone())
        })
        .collect()
}

/// Owner code: 0 is no owner, `k` the `k`-th owner (1-based).
fn owner_of(code: u64, owners: &[Category]) -> Result<Option<String>, ModelError> {
    if code == 0 {
        return Ok(None);
    }
    usize::try_from(code - 1)
        .ok()
        .and_then(|i| owners.get(i))
        .map(|o| Some(o.key.clone()))
        .ok_or_else(|| ModelError::UnknownOwner(format!("#{code}")))
}

/// Rating code: 0 is not rated, 1..=5 are -2..=+2.
pub(super) fn rating(code: u64) -> Result<Option<Experience>, ModelError> {
    if code == 0 {
        return Ok(None);
    }
    let value = i64::try_from(code).map_or(i64::MAX, |c| c - 3);
    i8::try_from(value)
        .map_err(|_| ModelError::InvalidRating(value))
        .and_then(Experience::new)
        .map(Some)
}

pub(super) fn importance_of(code: u64) -> Result<Importance, ModelError> {
    u8::try_from(code)
        .map_err(|_| ModelError::InvalidImportance(i64::try_from(code).unwrap_or(i64::MAX)))
        .and_then(Importance::new)
}

fn effort_of(code: u64) -> Result<Effort, ModelError> {
    u8::try_from(code)
        .map_err(|_| ModelError::InvalidEffort(i64::try_from(code).unwrap_or(i64::MAX)))
        .and_then(Effort::new)
}

fn contact_of(code: u64) -> Result<Contact, ModelError> {
    match code {
        0 => Ok(Contact::Direct),
        1 => Ok(Contact::Indirect),
        _ => Err(malformed("contact", "0 or 1")),
    }
}

fn channel_of(code: u64) -> Result<Channel, ModelError> {
    match code {
        0 => Ok(Channel::Online),
        1 => Ok(Channel::Offline),
        2 => Ok(Channel::Both),
        _ => Err(malformed("channel", "0, 1 or 2")),
    }
}

fn decision_of(code: u64) -> Result<Decision, ModelError> {
    match code {
        0 => Ok(Decision::Keep),
        1 => Ok(Decision::Optimise),
        2 => Ok(Decision::New),
        3 => Ok(Decision::Retire),
        _ => Err(malformed("decision", "0 to 3")),
    }
}

fn status_of(code: u64) -> Result<MeasureStatus, ModelError> {
    match code {
        0 => Ok(MeasureStatus::Idea),
        1 => Ok(MeasureStatus::Planned),
        2 => Ok(MeasureStatus::InProgress),
        3 => Ok(MeasureStatus::Done),
        4 => Ok(MeasureStatus::Dropped),
        _ => Err(malformed("status", "0 to 4")),
    }
}

fn flags_of(bits: u64) -> Result<Flags, ModelError> {
    if bits > ENTRY | EXIT | MOMENT_OF_TRUTH {
        return Err(malformed("flags", "0 to 7"));
    }
    Ok(Flags {
        entry: bits & ENTRY != 0,
        exit: bits & EXIT != 0,
        moment_of_truth: bits & MOMENT_OF_TRUTH != 0,
    })
}

fn meta(v: Option<&Value>) -> Result<Meta, ModelError> {
    let m = record(v, "meta", 5)?;
    Ok(Meta {
        title: string(m.first(), "title")?,
        company: string(m.get(1), "company")?,
        created: number(m.get(2), "created")?,
        updated: number(m.get(3), "updated")?,
        consultancy: string(m.get(4), "consultancy")?,
        // Links never carry the logo (it would make them too long).
        logo: None,
    })
}

fn measure(v: &Value, owners: &[Category]) -> Result<Measure, ModelError> {
    let m = record(Some(v), "measure", 11)?;
    let due = string(m.get(5), "due")?;
    Ok(Measure {
        id: u32(m.first(), "measure id")?.into(),
        title: string(m.get(1), "title")?,
        description: string(m.get(2), "description")?,
        touchpoints: bounded(m.get(3), "measure touchpoints", MAX_TOUCHPOINTS)?
            .iter()
            .map(|id| u32(Some(id), "measure touchpoints").map(Id::from))
            .collect::<Result<_, _>>()?,
        owner: owner_of(uint(m.get(4), "owner", 0)?, owners)?,
        due: (!due.is_empty()).then_some(due),
        effort: effort_of(uint(m.get(6), "effort", MIDDLE)?)?,
        status: status_of(uint(m.get(7), "status", 0)?)?,
        expected: Scenarios {
            best: rating(uint(m.get(8), "best", 0)?)?,
            realistic: rating(uint(m.get(9), "realistic", 0)?)?,
            worst: rating(uint(m.get(10), "worst", 0)?)?,
        },
    })
}

fn kpis(v: Option<&Value>) -> Result<Kpis, ModelError> {
    let k = record(v, "kpis", 3)?;
    let nps = bounded(k.first(), "nps", MAX_LIST_ITEMS)?
        .iter()
        .map(|p| {
            let p = record(Some(p), "nps", 4)?;
            Ok(NpsPeriod {
                period: string(p.first(), "period")?,
                promoters: u32(p.get(1), "promoters")?,
                passives: u32(p.get(2), "passives")?,
                detractors: u32(p.get(3), "detractors")?,
            })
        })
        .collect::<Result<_, ModelError>>()?;
    let referrals = bounded(k.get(1), "referrals", MAX_LIST_ITEMS)?
        .iter()
        .map(|p| {
            let p = record(Some(p), "referrals", 3)?;
            Ok(ReferralPeriod {
                period: string(p.first(), "period")?,
                referred: u32(p.get(1), "referred")?,
                new_customers: u32(p.get(2), "new customers")?,
            })
        })
        .collect::<Result<_, ModelError>>()?;
    let l = record(k.get(2), "loyalty", 6)?;
    Ok(Kpis {
        nps,
        referrals,
        loyalty: LoyaltyCounts {
            saboteurs: u32(l.first(), "saboteurs")?,
            disloyal: u32(l.get(1), "disloyal")?,
            lost: u32(l.get(2), "lost")?,
            conditionally_loyal: u32(l.get(3), "conditionally loyal")?,
            fully_loyal: u32(l.get(4), "fully loyal")?,
            fans: u32(l.get(5), "fans")?,
        },
        funnel: Default::default(),
    })
}
