//! Touchpoints as CSV in the fixtures' column layout (see `tests/fixtures/README.md`).
//! Import reports every bad line with its number and changes nothing by itself: the caller
//! shows the preview and applies it only on the user's word.

use serde::Deserialize;

use crate::error::ModelError;
use crate::model::{
    Category, Channel, Contact, Experience, Factors, Flags, Importance, Model, Touchpoint,
    MAX_LIST_ITEMS, MAX_TOUCHPOINTS,
};
use crate::validate::{check_list, check_name, restore};

pub const HEADER: [&str; 14] = [
    "name",
    "stage",
    "contact",
    "channel",
    "owner",
    "importance",
    "ist",
    "soll",
    "entry",
    "exit",
    "moment_of_truth",
    "disappointment_factors",
    "okay_factors",
    "delight_factors",
];

const FACTOR_SEPARATOR: &str = " | ";

#[derive(Deserialize)]
struct Row {
    name: String,
    stage: String,
    contact: String,
    channel: String,
    owner: String,
    importance: String,
    ist: String,
    soll: String,
    entry: String,
    exit: String,
    moment_of_truth: String,
    disappointment_factors: String,
    okay_factors: String,
    delight_factors: String,
}

/// Why one line of a CSV file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// The line does not have the fixture columns (the parser's words).
    Format(String),
    Field {
        column: &'static str,
        value: String,
    },
    Model(ModelError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvLineError {
    /// 1-based line number in the file.
    pub line: u64,
    pub problem: CsvProblem,
}

/// The result of reading a CSV file against a model: the model as it would be after the
/// import, how many touchpoints it adds, and every bad line.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvImport {
    pub model: Model,
    pub added: usize,
    pub new_owners: Vec<String>,
    pub errors: Vec<CsvLineError>,
}

/// Reads `text` and appends its good lines to a copy of `base`.
pub fn import_csv(base: &Model, text: &str) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut model = base.clone();
    let mut errors = Vec::new();
    let mut new_owners = Vec::new();
    let mut added = 0;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            errors.push(CsvLineError {
                line: 1,
                problem: CsvProblem::Format(e.to_string()),
            });
            return CsvImport {
                model,
                added,
                new_owners,
                errors,
            };
        }
    };
    for result in reader.records() {
        let parsed = result.and_then(|record| {
            let line = record.position().map_or(0, |p| p.line());
            record
                .deserialize::<Row>(Some(&headers))
                .map(|row| (line, row))
        });
        let (line, row) = match parsed {
            Ok(ok) => ok,
            Err(e) => {
                errors.push(CsvLineError {
                    line: e.position().map_or(0, |p| p.line()),
                    problem: CsvProblem::Format(e.to_string()),
                });
                continue;
            }
        };
        if model.touchpoints.len() >= MAX_TOUCHPOINTS {
            errors.push(CsvLineError {
                line,
                problem: CsvProblem::Model(ModelError::TooManyItems {
                    max: MAX_TOUCHPOINTS,
                }),
            });
            continue;
        }
        match touchpoint_from_row(&mut model, row, &mut new_owners) {
            Ok(tp) => {
                model.touchpoints.push(tp);
                added += 1;
            }
            Err(problem) => errors.push(CsvLineError { line, problem }),
        }
    }
    CsvImport {
        model,
        added,
        new_owners,
        errors,
    }
}

fn field_error(column: &'static str, value: &str) -> CsvProblem {
    CsvProblem::Field {
        column,
        value: value.chars().take(40).collect(),
    }
}

fn find_key(list: &[Category], value: &str) -> Option<String> {
    let v = value.trim().to_lowercase();
    list.iter()
        .find(|c| c.key == v || c.name.to_lowercase() == v)
        .map(|c| c.key.clone())
}

fn touchpoint_from_row(
    model: &mut Model,
    row: Row,
    new_owners: &mut Vec<String>,
) -> Result<Touchpoint, CsvProblem> {
    check_name(&row.name).map_err(CsvProblem::Model)?;
    let stage =
        find_key(&model.stages, &row.stage).ok_or_else(|| field_error("stage", &row.stage))?;
    let contact = Contact::from_key(row.contact.trim())
        .ok_or_else(|| field_error("contact", &row.contact))?;
    let channel = Channel::from_key(row.channel.trim())
        .ok_or_else(|| field_error("channel", &row.channel))?;
    let importance = row
        .importance
        .trim()
        .parse::<u8>()
        .ok()
        .and_then(|v| Importance::new(v).ok())
        .ok_or_else(|| field_error("importance", &row.importance))?;
    let rating = |column: &'static str, text: &str| -> Result<Option<Experience>, CsvProblem> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<i8>()
            .ok()
            .and_then(|v| Experience::new(v).ok())
            .map(Some)
            .ok_or_else(|| field_error(column, text))
    };
    let ist = rating("ist", &row.ist)?;
    let soll = rating("soll", &row.soll)?;
    let flag = |column: &'static str, text: &str| match text.trim() {
        "1" => Ok(true),
        "0" | "" => Ok(false),
        other => Err(field_error(column, other)),
    };
    let flags = Flags {
        entry: flag("entry", &row.entry)?,
        exit: flag("exit", &row.exit)?,
        moment_of_truth: flag("moment_of_truth", &row.moment_of_truth)?,
    };
    let factors = Factors {
        disappointment: split_factors(&row.disappointment_factors),
        okay: split_factors(&row.okay_factors),
        delight: split_factors(&row.delight_factors),
    };
    for list in [&factors.disappointment, &factors.okay, &factors.delight] {
        check_list(list).map_err(CsvProblem::Model)?;
    }
    let owner = owner_key(model, row.owner.trim(), new_owners).map_err(CsvProblem::Model)?;
    let id = model.next_id.max(1);
    model.next_id = id.saturating_add(1);
    let tp = Touchpoint {
        id,
        name: row.name.trim().to_string(),
        description: String::new(),
        stage,
        contact,
        channel,
        owner,
        importance,
        ist,
        soll,
        factors,
        flags,
        decision: Default::default(),
    };
    Ok(tp)
}

/// Finds the owner by key or name, or adds it: a CSV names departments freely.
fn owner_key(
    model: &mut Model,
    name: &str,
    new_owners: &mut Vec<String>,
) -> Result<Option<String>, ModelError> {
    if name.is_empty() {
        return Ok(None);
    }
    if let Some(key) = find_key(&model.owners, name) {
        return Ok(Some(key));
    }
    check_name(name)?;
    if model.owners.len() >= MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    let mut n = model.owners.len() + 1;
    let key = loop {
        let k = format!("owner-{n}");
        if model.owner(&k).is_none() {
            break k;
        }
        n += 1;
    };
    model.owners.push(Category {
        key: key.clone(),
        name: name.to_string(),
    });
    new_owners.push(name.to_string());
    Ok(Some(key))
}

fn split_factors(text: &str) -> Vec<String> {
    text.split(FACTOR_SEPARATOR.trim())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// The model's touchpoints as CSV in the fixture layout; stages by key, owners by name.
/// Starts with a byte order mark so that spreadsheet programs read umlauts right.
pub fn export_csv(model: &Model) -> String {
    // CRLF line ends, as RFC 4180 and the fixtures have them.
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; errors would only come from the sink.
    let _ = writer.write_record(HEADER);
    let rating = |r: Option<Experience>| r.map_or(String::new(), |r| r.value().to_string());
    let flag = |b: bool| if b { "1" } else { "0" };
    for tp in &model.touchpoints {
        let owner = tp.owner.as_deref().map_or("", |k| model.owner_name(k));
        let record = [
            tp.name.as_str(),
            tp.stage.as_str(),
            tp.contact.key(),
            tp.channel.key(),
            owner,
            &tp.importance.value().to_string(),
            &rating(tp.ist),
            &rating(tp.soll),
            flag(tp.flags.entry),
            flag(tp.flags.exit),
            flag(tp.flags.moment_of_truth),
            &tp.factors.disappointment.join(FACTOR_SEPARATOR),
            &tp.factors.okay.join(FACTOR_SEPARATOR),
            &tp.factors.delight.join(FACTOR_SEPARATOR),
        ];
        let _ = writer.write_record(record);
    }
    let body = writer
        .into_inner()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    format!("\u{feff}{body}")
}

/// A model of `lang`'s defaults holding the touchpoints of a CSV; all lines must be good.
pub fn model_from_csv(lang: crate::i18n::Lang, text: &str) -> Result<Model, Vec<CsvLineError>> {
    let import = import_csv(&Model::new(lang), text);
    if !import.errors.is_empty() {
        return Err(import.errors);
    }
    restore(import.model).map_err(|e| {
        vec![CsvLineError {
            line: 0,
            problem: CsvProblem::Model(e),
        }]
    })
}
