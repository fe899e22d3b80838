//! Touchpoints as CSV. The export and [`import_csv`] keep the fixtures' column layout (see
//! `tests/fixtures/README.md`); [`import`] reads spreadsheets as people keep them, through a
//! column mapping. Import reports every bad line with its number and changes nothing by
//! itself: the caller shows the preview and applies it only on the user's word.

pub mod encoding;
pub mod export;
pub mod import;
mod records;

use records::{detect_delimiter, read_records, write_record, Record};

use crate::domain::error::ModelError;
use crate::domain::model::{
    Category, Channel, Contact, Experience, Factors, Flags, Importance, Model, Touchpoint,
    MAX_LIST_ITEMS, MAX_TOUCHPOINTS,
};
use crate::domain::validate::{check_list, check_name, restore};
use crate::locale::Lang;

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

pub(crate) const FACTOR_SEPARATOR: &str = " | ";

/// One data line's fields, in `HEADER` order.
struct Row<'a>([&'a str; 14]);

impl<'a> Row<'a> {
    fn get(&self, column: &str) -> &'a str {
        HEADER
            .iter()
            .position(|c| *c == column)
            .and_then(|i| self.0.get(i).copied())
            .unwrap_or_default()
    }
}

/// Why one line of a CSV file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// A quoted field is never closed; nothing after its line can be read.
    UnclosedQuote,
    /// The line has another number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// The header lacks these columns of the layout; no line is read.
    MissingColumns(Vec<&'static str>),
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

/// Reads `text` (comma- or semicolon-separated, columns in any order, names in any case) and
/// appends its good lines to a copy of `base`.
pub fn import_csv(base: &Model, text: &str) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut import = CsvImport {
        model: base.clone(),
        added: 0,
        new_owners: Vec::new(),
        errors: Vec::new(),
    };
    let mut records = read_records(text, detect_delimiter(text)).into_iter();
    let header = match records.next() {
        None => return import,
        Some(Err(e)) => {
            import.report(e.line, CsvProblem::UnclosedQuote);
            return import;
        }
        Some(Ok(header)) => header,
    };
    let columns = match column_positions(&header) {
        Ok(columns) => columns,
        Err(missing) => {
            import.report(header.line, CsvProblem::MissingColumns(missing));
            return import;
        }
    };
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                import.report(e.line, CsvProblem::UnclosedQuote);
                continue;
            }
        };
        if record.fields.len() != header.fields.len() {
            let problem = CsvProblem::FieldCount {
                expected: header.fields.len(),
                found: record.fields.len(),
            };
            import.report(record.line, problem);
            continue;
        }
        if import.model.touchpoints.len() >= MAX_TOUCHPOINTS {
            let problem = CsvProblem::Model(ModelError::TooManyItems {
                max: MAX_TOUCHPOINTS,
            });
            import.report(record.line, problem);
            continue;
        }
        let row = Row(columns.map(|i| record.fields.get(i).map_or("", String::as_str)));
        let row = Row(row.0.map(unescape_formula));
        match touchpoint_from_row(&mut import.model, &row, &mut import.new_owners) {
            Ok(tp) => {
                import.model.touchpoints.push(tp);
                import.added += 1;
            }
            Err(problem) => import.report(record.line, problem),
        }
    }
    // The one gate, also for what an import adds: the preview shows its refusal.
    if import.added > 0 {
        if let Err(e) = restore(import.model.clone()) {
            import.model = base.clone();
            import.added = 0;
            import.new_owners.clear();
            import.report(0, CsvProblem::Model(e));
        }
    }
    import
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV
/// injection): a field starting with one of them is written with a leading apostrophe.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a field needs the apostrophe: it starts with a formula character, or it has white
/// space at either end that a reader would trim, or it starts with an apostrophe that the
/// reader would otherwise take for the export's own.
fn needs_apostrophe(field: &str) -> bool {
    let mut chars = field.chars();
    let opens = match chars.next() {
        None => false,
        Some('\'') => chars.next().is_some_and(opens_verbatim),
        Some(c) => FORMULA_STARTS.contains(&c) || c.is_whitespace(),
    };
    opens || field.ends_with(char::is_whitespace)
}

/// What may follow the export's apostrophe: a formula character, white space or another
/// apostrophe.
fn opens_verbatim(c: char) -> bool {
    FORMULA_STARTS.contains(&c) || c.is_whitespace() || c == '\''
}

/// A field as a spreadsheet will show it but not evaluate it, with its white space kept:
/// `'` before it when [`needs_apostrophe`] says so.
pub(crate) fn escape_formula(field: &str) -> std::borrow::Cow<'_, str> {
    if needs_apostrophe(field) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

/// The text the export wrote behind its apostrophe, exactly (white space kept), or `None`
/// for a field the export did not guard. An apostrophe before anything else stays
/// (`'s Hertogenbosch`) unless the field ends in white space, which only the export keeps.
pub(crate) fn verbatim(field: &str) -> Option<&str> {
    let rest = field.strip_prefix('\'')?;
    (rest.starts_with(opens_verbatim) || rest.ends_with(char::is_whitespace)).then_some(rest)
}

/// The inverse of [`escape_formula`] for the fixture layout, which trims what it reads.
fn unescape_formula(field: &str) -> &str {
    verbatim(field).unwrap_or(field)
}

impl CsvImport {
    fn report(&mut self, line: u64, problem: CsvProblem) {
        self.errors.push(CsvLineError { line, problem });
    }
}

/// Where each `HEADER` column is in the file, or the columns it lacks.
fn column_positions(header: &Record) -> Result<[usize; 14], Vec<&'static str>> {
    let names: Vec<String> = header
        .fields
        .iter()
        .map(|f| f.trim().to_ascii_lowercase())
        .collect();
    let found = HEADER.map(|column| names.iter().position(|n| n == column));
    let missing: Vec<&'static str> = HEADER
        .iter()
        .zip(found)
        .filter(|(_, at)| at.is_none())
        .map(|(column, _)| *column)
        .collect();
    if missing.is_empty() {
        Ok(found.map(|at| at.unwrap_or_default()))
    } else {
        Err(missing)
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
    row: &Row,
    new_owners: &mut Vec<String>,
) -> Result<Touchpoint, CsvProblem> {
    check_name(row.get("name")).map_err(CsvProblem::Model)?;
    let stage = find_key(&model.stages, row.get("stage"))
        .ok_or_else(|| field_error("stage", row.get("stage")))?;
    let contact = Contact::from_key(row.get("contact").trim())
        .ok_or_else(|| field_error("contact", row.get("contact")))?;
    let channel = Channel::from_key(row.get("channel").trim())
        .ok_or_else(|| field_error("channel", row.get("channel")))?;
    let importance = row
        .get("importance")
        .trim()
        .parse::<u8>()
        .ok()
        .and_then(|v| Importance::new(v).ok())
        .ok_or_else(|| field_error("importance", row.get("importance")))?;
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
    let ist = rating("ist", row.get("ist"))?;
    let soll = rating("soll", row.get("soll"))?;
    let flag = |column: &'static str, text: &str| match text.trim() {
        "1" => Ok(true),
        "0" | "" => Ok(false),
        other => Err(field_error(column, other)),
    };
    let flags = Flags {
        entry: flag("entry", row.get("entry"))?,
        exit: flag("exit", row.get("exit"))?,
        moment_of_truth: flag("moment_of_truth", row.get("moment_of_truth"))?,
    };
    let factors = Factors {
        disappointment: split_factors(row.get("disappointment_factors")),
        okay: split_factors(row.get("okay_factors")),
        delight: split_factors(row.get("delight_factors")),
    };
    for list in [&factors.disappointment, &factors.okay, &factors.delight] {
        check_list(list).map_err(CsvProblem::Model)?;
    }
    let owner = owner_key(model, row.get("owner").trim(), new_owners).map_err(CsvProblem::Model)?;
    // The reducer's allocator: refuses when the ids are used up instead of handing out the
    // last one again (a model from a link may carry next_id 2^32 − 1).
    let id = model.take_id().map_err(CsvProblem::Model)?;
    let tp = Touchpoint {
        id,
        name: row.get("name").trim().to_string(),
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

/// The separator a spreadsheet program in `lang`'s locales opens by double-click: Excel in
/// German reads `;` (the comma is the decimal mark there), in English `,`.
pub fn spreadsheet_delimiter(lang: Lang) -> char {
    lang.pick(';', ',')
}

/// The model's touchpoints as CSV in the fixture layout; stages by key, owners by name.
/// Starts with a byte order mark so that spreadsheet programs read umlauts right.
pub fn export_csv(model: &Model, delimiter: char) -> String {
    let mut out = String::from("\u{feff}");
    write_record(&mut out, HEADER, delimiter);
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
        // Texts that may come from anyone (a shared link) are neutralised; the numbers and
        // keys the app writes itself are not, so that a spreadsheet still reads −1 as a number.
        let record = record
            .iter()
            .enumerate()
            .map(|(i, f)| match i {
                0 | 1 | 4 | 11..=13 => escape_formula(f),
                _ => std::borrow::Cow::Borrowed(*f),
            })
            .collect::<Vec<_>>();
        write_record(&mut out, record.iter().map(|f| f.as_ref()), delimiter);
    }
    out
}

/// A model of `lang`'s defaults holding the touchpoints of a CSV; all lines must be good.
pub fn model_from_csv(lang: Lang, text: &str) -> Result<Model, Vec<CsvLineError>> {
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
