//! Model → format-1 JSON.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::{col, later, DEFAULT_CATEGORIES, ENTRY, EXIT, MIDDLE, MOMENT_OF_TRUTH};
use crate::domain::model::{
    Category, Channel, Contact, Decision, Experience, FactorKind, Id, Kpis, Measure, MeasureStatus,
    Meta, Model, Touchpoint,
};
use crate::io::share::json::{time, trim, trim_record};

/// The model as format-1 JSON text.
pub fn to_json(model: &Model) -> String {
    to_value(model).to_string()
}

/// The model as a format-1 JSON value. Its ids are below 2^32 (a model with ids from
/// replica blocks, `domain::ids`, is written renumbered: the link opens as a copy).
pub fn to_value(model: &Model) -> Value {
    let compact;
    let model = if model.has_compact_ids() {
        model
    } else {
        compact = model.with_compact_ids();
        &compact
    };
    let mut strings = Strings::default();
    let touchpoints = touchpoints(model, &mut strings);
    let owners = owner_codes(model);
    let record = vec![
        json!(model.next_id),
        categories(&model.stages),
        categories(&model.owners),
        touchpoints,
        Value::from(strings.list),
        meta(&model.meta),
        Value::Array(model.measures.iter().map(|m| measure(m, &owners)).collect()),
        kpis(&model.kpis),
        later::write_snapshots(&model.snapshots),
        later::write_cycle(&model.cycle),
        later::write_funnel(&model.kpis.funnel),
    ];
    trim_record(
        record,
        &[
            json!(null),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
            json!([]),
        ],
    )
}

/// The factor texts, each once, in order of first use.
#[derive(Default)]
struct Strings {
    list: Vec<String>,
    index: HashMap<String, usize>,
}

impl Strings {
    fn code(&mut self, text: &str) -> Value {
        let next = self.list.len();
        let i = *self.index.entry(text.to_string()).or_insert(next);
        if i == next {
            self.list.push(text.to_string());
        }
        Value::from(i)
    }
}

fn categories(list: &[Category]) -> Value {
    Value::Array(
        list.iter()
            .map(|c| {
                DEFAULT_CATEGORIES
                    .iter()
                    .position(|(key, name)| c.key == *key && c.name == *name)
                    .map_or_else(|| json!([c.key, c.name]), Value::from)
            })
            .collect(),
    )
}

/// Owner key → its code: 1 + position in the owner list (0 is "no owner").
fn owner_codes(model: &Model) -> HashMap<&str, usize> {
    let mut codes = HashMap::new();
    for (i, o) in model.owners.iter().enumerate() {
        codes.entry(o.key.as_str()).or_insert(i + 1);
    }
    codes
}

fn owner_code(owner: Option<&String>, codes: &HashMap<&str, usize>) -> Value {
    Value::from(
        owner
            .and_then(|k| codes.get(k.as_str()).copied())
            .unwrap_or(0),
    )
}

pub(super) fn rating(r: Option<Experience>) -> Value {
    Value::from(r.map_or(0, |r| i64::from(r.value()) + 3))
}

fn touchpoints(model: &Model, strings: &mut Strings) -> Value {
    let tps = &model.touchpoints;
    let stages: HashMap<&str, usize> = model
        .stages
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.key.as_str(), i))
        .collect();
    let owners = owner_codes(model);
    let column = |f: &dyn Fn(&Touchpoint) -> Value, default: Value| {
        trim(tps.iter().map(f).collect(), &default)
    };
    let mut prev: i64 = 0;
    let ids = tps
        .iter()
        .map(|t| {
            let id = link_id(t.id);
            let delta = id - prev - 1;
            prev = id;
            Value::from(delta)
        })
        .collect();
    let mut columns = vec![Value::Null; col::COUNT];
    columns[col::NAME] = column(&|t| Value::from(t.name.as_str()), Value::Null);
    columns[col::ID] = trim(ids, &json!(0));
    columns[col::STAGE] = column(
        &|t| Value::from(stages.get(t.stage.as_str()).copied().unwrap_or(0)),
        json!(0),
    );
    columns[col::OWNER] = column(&|t| owner_code(t.owner.as_ref(), &owners), json!(0));
    columns[col::CONTACT] = column(&|t| Value::from(contact(t.contact)), json!(0));
    columns[col::CHANNEL] = column(&|t| Value::from(channel(t.channel)), json!(0));
    columns[col::IMPORTANCE] = column(&|t| Value::from(t.importance.value()), json!(MIDDLE));
    columns[col::IST] = column(&|t| rating(t.ist), json!(0));
    columns[col::SOLL] = column(&|t| rating(t.soll), json!(0));
    columns[col::FLAGS] = column(&|t| Value::from(flags(t)), json!(0));
    columns[col::DECISION] = column(&|t| Value::from(decision(t.decision)), json!(0));
    let kinds = [
        FactorKind::Disappointment,
        FactorKind::Okay,
        FactorKind::Delight,
    ];
    for (k, kind) in kinds.into_iter().enumerate() {
        let lists = tps
            .iter()
            .map(|t| {
                t.factors
                    .list(kind)
                    .iter()
                    .map(|f| strings.code(f))
                    .collect()
            })
            .collect();
        columns[col::FACTORS + k] = trim(lists, &json!([]));
    }
    columns[col::DESCRIPTION] = column(&|t| Value::from(t.description.as_str()), json!(""));
    trim(columns, &json!([]))
}

fn flags(t: &Touchpoint) -> u64 {
    let bit = |on: bool, b: u64| if on { b } else { 0 };
    bit(t.flags.entry, ENTRY)
        | bit(t.flags.exit, EXIT)
        | bit(t.flags.moment_of_truth, MOMENT_OF_TRUTH)
}

fn contact(c: Contact) -> u64 {
    match c {
        Contact::Direct => 0,
        Contact::Indirect => 1,
    }
}

fn channel(c: Channel) -> u64 {
    match c {
        Channel::Online => 0,
        Channel::Offline => 1,
        Channel::Both => 2,
    }
}

fn decision(d: Decision) -> u64 {
    match d {
        Decision::Keep => 0,
        Decision::Optimise => 1,
        Decision::New => 2,
        Decision::Retire => 3,
    }
}

fn status(s: MeasureStatus) -> u64 {
    match s {
        MeasureStatus::Idea => 0,
        MeasureStatus::Planned => 1,
        MeasureStatus::InProgress => 2,
        MeasureStatus::Done => 3,
        MeasureStatus::Dropped => 4,
    }
}

fn meta(m: &Meta) -> Value {
    trim_record(
        vec![
            Value::from(m.title.as_str()),
            Value::from(m.company.as_str()),
            time(m.created),
            time(m.updated),
            Value::from(m.consultancy.as_str()),
        ],
        &[json!(""), json!(""), json!(0), json!(0), json!("")],
    )
}

fn measure(m: &Measure, owners: &HashMap<&str, usize>) -> Value {
    trim_record(
        vec![
            Value::from(m.id),
            Value::from(m.title.as_str()),
            Value::from(m.description.as_str()),
            Value::from(m.touchpoints.clone()),
            owner_code(m.owner.as_ref(), owners),
            Value::from(m.due.as_deref().unwrap_or("")),
            Value::from(m.effort.value()),
            Value::from(status(m.status)),
            rating(m.expected.best),
            rating(m.expected.realistic),
            rating(m.expected.worst),
        ],
        &[
            json!(null),
            json!(null),
            json!(""),
            json!([]),
            json!(0),
            json!(""),
            json!(MIDDLE),
            json!(0),
            json!(0),
            json!(0),
            json!(0),
        ],
    )
}

fn kpis(k: &Kpis) -> Value {
    let nps = k
        .nps
        .iter()
        .map(|p| {
            trim_record(
                vec![
                    Value::from(p.period.as_str()),
                    Value::from(p.promoters),
                    Value::from(p.passives),
                    Value::from(p.detractors),
                ],
                &[json!(""), json!(0), json!(0), json!(0)],
            )
        })
        .collect();
    let referrals = k
        .referrals
        .iter()
        .map(|p| {
            trim_record(
                vec![
                    Value::from(p.period.as_str()),
                    Value::from(p.referred),
                    Value::from(p.new_customers),
                ],
                &[json!(""), json!(0), json!(0)],
            )
        })
        .collect();
    let l = &k.loyalty;
    let loyalty = trim(
        [
            l.saboteurs,
            l.disloyal,
            l.lost,
            l.conditionally_loyal,
            l.fully_loyal,
            l.fans,
        ]
        .into_iter()
        .map(Value::from)
        .collect(),
        &json!(0),
    );
    trim_record(
        vec![Value::Array(nps), Value::Array(referrals), loyalty],
        &[json!([]), json!([]), json!([])],
    )
}

/// An id as the link writes it: below 2^32 ([`to_value`] renumbers before).
pub(super) fn link_id(id: Id) -> i64 {
    i64::try_from(id).unwrap_or(i64::MAX)
}
