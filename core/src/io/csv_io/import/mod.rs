//! Spreadsheets in: a CSV file or an Excel workbook as people keep it (German or English headers with their
//! synonyms, the app's own words as values, comma, semicolon or tab) read through a
//! [`ColumnMapping`] the user can change, previewed before anything is imported.
//!
//! The steps: [`read_source`] splits the text into a header and records ([`read_workbook`]
//! takes them from a workbook's first sheet);
//! [`ImportSource::guess_mapping`] proposes a target for every column;
//! [`ImportSource::preview`] builds the model as it will be after the import, with the first
//! rows, the defaults that apply, the stages and owners to be created and every bad line;
//! [`ImportPreview::into_import`] turns it into a new model or into one undoable
//! [`Action`]. `docs/import.md` lists the recognised headers and words.

pub mod headers;
mod values;

use super::records::{detect_delimiter, read_records, verbatim, Record};
use crate::domain::action::Action;
use crate::domain::carry_over::{self, CarryReport, Removed};
use crate::domain::error::ModelError;
use crate::domain::model::{
    Category, Decision, Factors, Flags, Importance, Model, Touchpoint, DEFAULT_OWNERS,
    DEFAULT_STAGES, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_TOUCHPOINTS,
};
use crate::domain::validate::{check_list, check_name, check_text, restore};
use crate::io::xlsx::{sheet_rows_of, Sheets, XlsxError};
use crate::locale::Lang;

/// How many imported touchpoints the preview shows.
pub const PREVIEW_ROWS: usize = 10;
/// How many bad lines the preview lists; the rest are counted.
pub const LISTED_ERRORS: usize = 50;

/// A touchpoint attribute a column can fill (the description, which several columns may
/// fill together, is [`ColumnTarget::Description`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Stage,
    Contact,
    Channel,
    Owner,
    Importance,
    Ist,
    Soll,
    Entry,
    Exit,
    MomentOfTruth,
    DisappointmentFactors,
    OkayFactors,
    DelightFactors,
    Decision,
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::Name,
        Field::Stage,
        Field::Contact,
        Field::Channel,
        Field::Owner,
        Field::Importance,
        Field::Ist,
        Field::Soll,
        Field::Entry,
        Field::Exit,
        Field::MomentOfTruth,
        Field::DisappointmentFactors,
        Field::OkayFactors,
        Field::DelightFactors,
        Field::Decision,
    ];

    /// The column name of the export (`HEADER`); `decision` is read but not written.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Stage => "stage",
            Field::Contact => "contact",
            Field::Channel => "channel",
            Field::Owner => "owner",
            Field::Importance => "importance",
            Field::Ist => "ist",
            Field::Soll => "soll",
            Field::Entry => "entry",
            Field::Exit => "exit",
            Field::MomentOfTruth => "moment_of_truth",
            Field::DisappointmentFactors => "disappointment_factors",
            Field::OkayFactors => "okay_factors",
            Field::DelightFactors => "delight_factors",
            Field::Decision => "decision",
        }
    }
}

/// Where one column of the file goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnTarget {
    /// Fills this field; each field takes at most one column.
    Field(Field),
    /// Goes into the description; several columns are joined, each under its header.
    Description,
    /// Not imported.
    Ignore,
}

/// One target per column of the file, by position. Only [`Field::Name`] is required;
/// every field without a column takes its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnMapping(Vec<ColumnTarget>);

impl ColumnMapping {
    /// `columns` columns, none imported.
    pub fn ignoring(columns: usize) -> Self {
        Self(vec![ColumnTarget::Ignore; columns])
    }

    pub fn targets(&self) -> &[ColumnTarget] {
        &self.0
    }

    /// The target of a column; a column the file does not have is ignored.
    pub fn get(&self, column: usize) -> ColumnTarget {
        self.0.get(column).copied().unwrap_or(ColumnTarget::Ignore)
    }

    /// Sends a column to a target. A field has one column: the column that had it before is
    /// ignored from now on. A column the file does not have changes nothing.
    pub fn set(&mut self, column: usize, target: ColumnTarget) {
        if column >= self.0.len() {
            return;
        }
        if let ColumnTarget::Field(f) = target {
            if let Some(before) = self.column_of(f) {
                self.0[before] = ColumnTarget::Ignore;
            }
        }
        self.0[column] = target;
    }

    /// The column that fills `field`, if any.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|t| *t == ColumnTarget::Field(field))
    }

    pub fn has_name(&self) -> bool {
        self.column_of(Field::Name).is_some()
    }

    /// The fields no column fills, which take their defaults (the name never does).
    pub fn defaults(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| *f != Field::Name && self.column_of(*f).is_none())
            .collect()
    }
}

/// The app's own words in one language, from the text catalogue (the text layer fills it:
/// `text::import_words`), so that a file can use the words the app shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWords {
    /// The app's labels of columns ("Phase", "Wichtigkeit", "Entry point" …).
    pub labels: Vec<(ColumnTarget, &'static str)>,
    /// direct, indirect
    pub contact: [&'static str; 2],
    /// online, offline, both
    pub channel: [&'static str; 3],
    /// The importance scale, 1 first.
    pub importance: [&'static str; 5],
    /// The experience scale, −2 first.
    pub experience: [&'static str; 5],
    /// keep, optimise, new, retire
    pub decision: [&'static str; 4],
    /// A flag set and not set.
    pub yes_no: [&'static str; 2],
}

/// Why a file or one of its lines cannot be imported. Worded by the text layer
/// (`Texts::import_problem`) with the file's own column names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// No header line: the file is empty.
    Empty,
    /// A quoted field is never closed; nothing after its line can be read.
    UnclosedQuote,
    /// More fields with text than the header has columns.
    TooManyFields { expected: usize, found: usize },
    /// No column is mapped to the name, the one column an import needs.
    NoNameColumn,
    /// A value the field does not know. `column` is the header as in the file (may be
    /// empty), `index` its 0-based position.
    Value {
        column: String,
        index: usize,
        field: Field,
        value: String,
    },
    /// A value the model refuses (an empty or too long name, too many touchpoints …).
    Model(ModelError),
    /// An Excel workbook that cannot be read.
    Workbook(XlsxError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line number in the file; 0 for the file as a whole.
    pub line: u64,
    pub problem: ImportProblem,
}

/// A CSV file or a sheet split into its header and records, not yet interpreted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSource {
    /// The header's cells as the file has them (trimmed).
    pub columns: Vec<String>,
    /// The CSV file's separator; a tab for a workbook.
    pub delimiter: char,
    /// A workbook's sheets and the one read; `None` for a text file.
    pub sheets: Option<Sheets>,
    /// Every non-empty record, the header among them.
    rows: Vec<Record>,
    /// The position of the header in `rows`.
    header: usize,
    /// The line of a quote that is never closed: the records stop before it.
    unclosed_at: Option<u64>,
}

/// How many rows from the top may be the header: a title, a date and blank rows above it
/// are common, a header further down is not.
pub const HEADER_CANDIDATES: usize = 20;

/// Splits `text` (BOM, `sep=` line, comma, semicolon or tab, quoted line breaks, CRLF) into
/// records; the first is the header until [`ImportSource::find_header`] or
/// [`ImportSource::set_header`] says otherwise. Fails only when there is no record at all.
pub fn read_source(text: &str) -> Result<ImportSource, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (text, delimiter, skipped) = match excel_separator_line(text) {
        Some((delimiter, rest)) => (rest, delimiter, 1),
        None => (text, detect_delimiter(text), 0),
    };
    let mut rows = Vec::new();
    let mut unclosed_at = None;
    for record in read_records(text, delimiter) {
        match record {
            Ok(mut record) => {
                record.line += skipped;
                rows.push(record);
            }
            Err(e) => unclosed_at = Some(e.line + skipped),
        }
    }
    if rows.is_empty() {
        let problem = match unclosed_at {
            Some(_) => ImportProblem::UnclosedQuote,
            None => ImportProblem::Empty,
        };
        return Err(ImportError {
            line: unclosed_at.unwrap_or(0),
            problem,
        });
    }
    Ok(ImportSource::of_rows(rows, delimiter, None, unclosed_at))
}

/// A sheet of an Excel workbook (`.xlsx`, see [`crate::io::xlsx`]) as records: `sheet` is a
/// position in [`Sheets::names`], `None` the sheet the workbook has in front. Each row's
/// number is its line. A cell right of the header's last one is in a column without a header
/// (not an error, as in a CSV file): the header is widened to the widest row.
pub fn read_workbook(bytes: &[u8], sheet: Option<usize>) -> Result<ImportSource, ImportError> {
    let whole_file = |problem| ImportError { line: 0, problem };
    let (sheets, rows) =
        sheet_rows_of(bytes, sheet).map_err(|e| whole_file(ImportProblem::Workbook(e)))?;
    let rows: Vec<Record> = rows
        .into_iter()
        .map(|row| Record {
            line: row.number,
            fields: row.cells,
        })
        .collect();
    if rows.is_empty() {
        return Err(whole_file(ImportProblem::Empty));
    }
    Ok(ImportSource::of_rows(rows, '\t', Some(sheets), None))
}

/// Excel's `sep=;` first line, which names the separator and is not the header.
fn excel_separator_line(text: &str) -> Option<(char, &str)> {
    let first = text.lines().next()?;
    let rest = first
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))?;
    let mut chars = rest.chars();
    let delimiter = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let after = text[first.len()..]
        .strip_prefix("\r\n")
        .or_else(|| text[first.len()..].strip_prefix(['\n', '\r']))
        .unwrap_or("");
    Some((delimiter, after))
}

/// Where an import goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportTarget {
    /// A new model of the default stages and owners, with this title (see
    /// [`title_from_file_name`]).
    NewModel { title: String },
    /// Appended to the current model.
    Add,
    /// Instead of the current model's content: its title and company stay, its touchpoints,
    /// measures, figures and lists are replaced by a fresh model holding the file's rows.
    Replace,
    /// Instead of the current touchpoints and lists, keeping the measures, snapshots, KPIs
    /// and cycle, which follow the touchpoints by name ([`Action::ReplaceTouchpoints`]).
    ReplaceTouchpoints,
}

/// What a confirmed import does.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// Open this as a model of its own.
    NewModel(Box<Model>),
    /// Apply this to the current model: one step, undone as one.
    Change(Action),
}

/// Everything the user sees before confirming, and the model the import will produce.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// The header's cells as in the file.
    pub columns: Vec<String>,
    pub mapping: ColumnMapping,
    pub target: ImportTarget,
    /// The first records as the file has them (decoded text, before interpretation).
    pub sample: Vec<Vec<String>>,
    /// The first touchpoints as they will be imported (up to [`PREVIEW_ROWS`]); their stage
    /// and owner keys are the ones of `model`.
    pub rows: Vec<Touchpoint>,
    /// How many touchpoints the import adds.
    pub added: usize,
    /// The fields that no column fills and take their defaults.
    pub defaults: Vec<Field>,
    /// Stage names the import creates, in order of first use.
    pub new_stages: Vec<String>,
    /// Owner names the import creates, in order of first use.
    pub new_owners: Vec<String>,
    /// The first [`LISTED_ERRORS`] bad lines, in file order.
    pub errors: Vec<ImportError>,
    /// How many more bad lines there are.
    pub more_errors: usize,
    /// The model as it will be after the import; with
    /// [`ImportTarget::ReplaceTouchpoints`] before the plan is carried over.
    pub model: Model,
    /// What replacing removes from the current model (`None` when adding or opening anew).
    pub removed: Option<Removed>,
    /// With [`ImportTarget::ReplaceTouchpoints`]: what of the plan cannot follow by name.
    pub carried: Option<CarryReport>,
}

impl ImportPreview {
    /// The import on the user's word: `None` when it adds nothing.
    pub fn into_import(self) -> Option<Imported> {
        if self.added == 0 {
            return None;
        }
        Some(match self.target {
            ImportTarget::NewModel { .. } => Imported::NewModel(Box::new(self.model)),
            ImportTarget::Add | ImportTarget::Replace => {
                Imported::Change(Action::Replace(Box::new(self.model)))
            }
            ImportTarget::ReplaceTouchpoints => {
                Imported::Change(Action::ReplaceTouchpoints(Box::new(self.model)))
            }
        })
    }

    pub fn error_count(&self) -> usize {
        self.errors.len() + self.more_errors
    }

    fn report(&mut self, line: u64, problem: ImportProblem) {
        if self.errors.len() < LISTED_ERRORS {
            self.errors.push(ImportError { line, problem });
        } else {
            self.more_errors += 1;
        }
    }
}

/// A model title from a file name: the name without its folder and extension.
pub fn title_from_file_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem,
        _ => base,
    };
    stem.trim().chars().take(MAX_NAME_CHARS).collect()
}

/// How many raw records the preview shows.
const SAMPLE_ROWS: usize = 5;

impl ImportSource {
    fn of_rows(
        rows: Vec<Record>,
        delimiter: char,
        sheets: Option<Sheets>,
        unclosed_at: Option<u64>,
    ) -> Self {
        let mut source = ImportSource {
            columns: Vec::new(),
            delimiter,
            sheets,
            rows,
            header: 0,
            unclosed_at,
        };
        source.set_header(0);
        source
    }

    /// Makes the record at `index` (a position in [`ImportSource::header_candidates`]) the
    /// header; the records above it are left out. An index past the rows changes nothing.
    pub fn set_header(&mut self, index: usize) {
        let Some(header) = self.rows.get(index) else {
            return;
        };
        self.header = index;
        self.columns = header.fields.iter().map(|f| f.trim().to_string()).collect();
        if self.sheets.is_some() {
            let widest = self.records().iter().map(|r| r.fields.len()).max();
            if let Some(widest) = widest.filter(|w| *w > self.columns.len()) {
                self.columns.resize(widest, String::new());
            }
        }
    }

    /// Makes the first row that names known columns the header (see `docs/import.md`): the
    /// first of the top rows in which two cells or more name a column, else the first in which
    /// one does, else the first row. Returns its position.
    pub fn find_header(&mut self, words: &[ImportWords]) -> usize {
        let known = |r: &Record| {
            r.fields
                .iter()
                .filter(|f| headers::recognise(f, words).is_some())
                .count()
        };
        let top = &self.rows[..self.rows.len().min(HEADER_CANDIDATES)];
        let found = top
            .iter()
            .position(|r| known(r) >= 2)
            .or_else(|| top.iter().position(|r| known(r) >= 1))
            .unwrap_or(0);
        self.set_header(found);
        found
    }

    /// The rows that may be chosen as the header: line number and the row's cells joined.
    pub fn header_candidates(&self) -> Vec<(u64, String)> {
        self.rows
            .iter()
            .take(HEADER_CANDIDATES)
            .map(|r| {
                let cells: Vec<&str> = r
                    .fields
                    .iter()
                    .map(|f| f.trim())
                    .filter(|f| !f.is_empty())
                    .collect();
                (r.line, cells.join(" · ").chars().take(80).collect())
            })
            .collect()
    }

    /// The position of the header row among [`ImportSource::header_candidates`].
    pub fn header_index(&self) -> usize {
        self.header
    }

    fn header_line(&self) -> u64 {
        self.rows.get(self.header).map_or(0, |r| r.line)
    }

    fn records(&self) -> &[Record] {
        self.rows.get(self.header + 1..).unwrap_or_default()
    }

    /// The mapping the header suggests (see `docs/import.md`).
    pub fn guess_mapping(&self, words: &[ImportWords]) -> ColumnMapping {
        headers::guess(&self.columns, words)
    }

    /// How many records follow the header.
    pub fn record_count(&self) -> usize {
        self.records().len()
    }

    /// The model the import starts from for `target`.
    pub fn base(target: &ImportTarget, current: &Model, lang: Lang) -> Model {
        match target {
            ImportTarget::Add => current.clone(),
            ImportTarget::Replace | ImportTarget::ReplaceTouchpoints => {
                let mut model = Model::new(lang);
                model.meta = current.meta.clone();
                model
            }
            ImportTarget::NewModel { title } => {
                let mut model = Model::new(lang);
                model.meta.title = title.clone();
                model
            }
        }
    }

    /// The language of the default stage and owner names the file's cells use, when they use
    /// more of one language's than of the other's: a new model starts with those, so that a
    /// German list keeps its German names whatever the interface's language.
    fn names_lang(&self, mapping: &ColumnMapping) -> Option<Lang> {
        let (mut de, mut en) = (0usize, 0usize);
        let lists = [
            (Field::Stage, &DEFAULT_STAGES[..]),
            (Field::Owner, &DEFAULT_OWNERS[..]),
        ];
        for (field, defaults) in lists {
            let Some(column) = mapping.column_of(field) else {
                continue;
            };
            for record in self.records() {
                let cell = record.fields.get(column).map_or("", |f| f.trim());
                let lower = cell.to_lowercase();
                for (_, d, e) in defaults.iter().filter(|(_, d, e)| d != e) {
                    de += usize::from(d.to_lowercase() == lower);
                    en += usize::from(e.to_lowercase() == lower);
                }
            }
        }
        match de.cmp(&en) {
            std::cmp::Ordering::Greater => Some(Lang::De),
            std::cmp::Ordering::Less => Some(Lang::En),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// Reads every record through `mapping` into the model `target` starts from. Bad lines
    /// are reported and left out; the good ones are imported on confirmation.
    pub fn preview(
        &self,
        mapping: &ColumnMapping,
        target: ImportTarget,
        current: &Model,
        lang: Lang,
        words: &[ImportWords],
    ) -> ImportPreview {
        let fresh = !matches!(target, ImportTarget::Add);
        let base = if fresh {
            Self::base(&target, current, self.names_lang(mapping).unwrap_or(lang))
        } else {
            Self::base(&target, current, lang)
        };
        let mut spelling = Spelling {
            fresh,
            written: Vec::new(),
        };
        let mut preview = ImportPreview {
            columns: self.columns.clone(),
            mapping: mapping.clone(),
            target,
            sample: self
                .records()
                .iter()
                .take(SAMPLE_ROWS)
                .map(|r| r.fields.clone())
                .collect(),
            rows: Vec::new(),
            added: 0,
            defaults: mapping.defaults(),
            new_stages: Vec::new(),
            new_owners: Vec::new(),
            errors: Vec::new(),
            more_errors: 0,
            model: base.clone(),
            removed: None,
            carried: None,
        };
        if !mapping.has_name() {
            preview.report(self.header_line(), ImportProblem::NoNameColumn);
            return preview;
        }
        let mut model = base.clone();
        for record in self.records() {
            if record.fields.iter().all(|f| f.trim().is_empty()) {
                // Spreadsheets save rows of nothing but separators below the data.
                continue;
            }
            let extra = record.fields.iter().skip(self.columns.len());
            let found = record.fields.len();
            if found > self.columns.len() && extra.clone().any(|f| !f.trim().is_empty()) {
                let problem = ImportProblem::TooManyFields {
                    expected: self.columns.len(),
                    found,
                };
                preview.report(record.line, problem);
                continue;
            }
            if model.touchpoints.len() >= MAX_TOUCHPOINTS {
                let problem = ImportProblem::Model(ModelError::TooManyItems {
                    max: MAX_TOUCHPOINTS,
                });
                preview.report(record.line, problem);
                continue;
            }
            let row = RowReader {
                source: self,
                mapping,
                record,
                words,
            };
            match row.touchpoint(&mut model, &mut preview, &mut spelling) {
                Ok(tp) => {
                    if preview.rows.len() < PREVIEW_ROWS {
                        preview.rows.push(tp.clone());
                    }
                    model.touchpoints.push(tp);
                    preview.added += 1;
                }
                Err(problem) => preview.report(record.line, problem),
            }
        }
        if let Some(line) = self.unclosed_at {
            preview.report(line, ImportProblem::UnclosedQuote);
        }
        // The one gate, also for what an import adds: the preview shows its refusal.
        let keep_plan = preview.target == ImportTarget::ReplaceTouchpoints;
        let checked = restore(model).and_then(|model| {
            if keep_plan {
                preview.carried = Some(carry_over::keep_plan(current, model.clone())?.1);
            }
            Ok(model)
        });
        if matches!(
            preview.target,
            ImportTarget::Replace | ImportTarget::ReplaceTouchpoints
        ) {
            preview.removed = Some(Removed::of(current, keep_plan));
        }
        match checked {
            Ok(model) => preview.model = model,
            Err(e) => {
                preview.model = base;
                preview.added = 0;
                preview.rows.clear();
                preview.new_stages.clear();
                preview.new_owners.clear();
                preview.report(0, ImportProblem::Model(e));
            }
        }
        preview
    }
}

/// One record read through the mapping.
struct RowReader<'a> {
    source: &'a ImportSource,
    mapping: &'a ColumnMapping,
    record: &'a Record,
    words: &'a [ImportWords],
}

impl RowReader<'_> {
    /// A cell's text: behind the export's apostrophe exactly as written, otherwise trimmed
    /// (an apostrophe a person typed before a formula character is dropped as well).
    fn cell(&self, column: usize) -> &str {
        let text = self.record.fields.get(column).map_or("", String::as_str);
        verbatim(text)
            .or_else(|| verbatim(text.trim()).map(str::trim))
            .unwrap_or_else(|| text.trim())
    }

    /// The trimmed text of the field's column; empty when no column fills it.
    fn text(&self, field: Field) -> (&str, Option<usize>) {
        match self.mapping.column_of(field) {
            Some(column) => (self.cell(column), Some(column)),
            None => ("", None),
        }
    }

    /// The field's value, its default when the cell is empty or missing, or the problem.
    fn value<T>(
        &self,
        field: Field,
        default: T,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<T, ImportProblem> {
        let (text, column) = self.text(field);
        let Some(column) = column.filter(|_| !text.is_empty()) else {
            return Ok(default);
        };
        parse(text).ok_or_else(|| ImportProblem::Value {
            column: self.source.columns.get(column).cloned().unwrap_or_default(),
            index: column,
            field,
            value: text.chars().take(40).collect(),
        })
    }

    fn description(&self) -> String {
        let columns: Vec<usize> = (0..self.mapping.targets().len())
            .filter(|c| self.mapping.get(*c) == ColumnTarget::Description)
            .collect();
        let labelled = columns.len() > 1;
        columns
            .into_iter()
            .filter_map(|c| {
                let text = self.cell(c);
                if text.is_empty() {
                    None
                } else if labelled {
                    let header = self.source.columns.get(c).map_or("", String::as_str);
                    Some(format!("{header}: {text}"))
                } else {
                    Some(text.to_string())
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn touchpoint(
        &self,
        model: &mut Model,
        preview: &mut ImportPreview,
        spelling: &mut Spelling,
    ) -> Result<Touchpoint, ImportProblem> {
        let words = self.words;
        let model_error = ImportProblem::Model;
        let (name, _) = self.text(Field::Name);
        check_name(name).map_err(model_error)?;
        let description = self.description();
        check_text(&description, MAX_TEXT_CHARS).map_err(model_error)?;
        let contact = self.value(Field::Contact, Default::default(), |t| {
            values::contact(t, words)
        })?;
        let channel = self.value(Field::Channel, Default::default(), |t| {
            values::channel(t, words)
        })?;
        let importance = self.value(Field::Importance, Importance::default(), |t| {
            values::importance(t, words)
        })?;
        let ist = self.value(Field::Ist, None, |t| values::experience(t, words).map(Some))?;
        let soll = self.value(Field::Soll, None, |t| {
            values::experience(t, words).map(Some)
        })?;
        let decision = self.value(Field::Decision, Decision::default(), |t| {
            values::decision(t, words)
        })?;
        let flags = Flags {
            entry: self.value(Field::Entry, false, values::flag)?,
            exit: self.value(Field::Exit, false, values::flag)?,
            moment_of_truth: self.value(Field::MomentOfTruth, false, values::flag)?,
        };
        let factors = Factors {
            disappointment: split_factors(self.text(Field::DisappointmentFactors).0),
            okay: split_factors(self.text(Field::OkayFactors).0),
            delight: split_factors(self.text(Field::DelightFactors).0),
        };
        for list in [&factors.disappointment, &factors.okay, &factors.delight] {
            check_list(list).map_err(model_error)?;
        }
        let (stage_name, _) = self.text(Field::Stage);
        let (owner_name, _) = self.text(Field::Owner);
        // Checked before either list changes, so a refused line creates nothing.
        for name in [stage_name, owner_name]
            .into_iter()
            .filter(|n| !n.is_empty())
        {
            check_name(name).map_err(model_error)?;
        }
        let stage = if stage_name.is_empty() {
            model
                .stages
                .first()
                .map(|s| s.key.clone())
                .ok_or(model_error(ModelError::LastStage))?
        } else {
            category_key(
                model,
                List::Stages,
                stage_name,
                &mut preview.new_stages,
                spelling,
            )
            .map_err(model_error)?
        };
        let owner = if owner_name.is_empty() {
            None
        } else {
            Some(
                category_key(
                    model,
                    List::Owners,
                    owner_name,
                    &mut preview.new_owners,
                    spelling,
                )
                .map_err(model_error)?,
            )
        };
        let id = model.take_id().map_err(model_error)?;
        Ok(Touchpoint {
            id,
            name: name.to_string(),
            description,
            stage,
            contact,
            channel,
            owner,
            importance,
            ist,
            soll,
            factors,
            flags,
            decision,
        })
    }
}

/// Whether the stages and owners are a new model's defaults, which take the file's spelling
/// ("Geschäftsführung" for the English "Management", "KAUF" for "Kauf") the first time a
/// cell names them; the keys so spelled. A current model's entries are never renamed.
struct Spelling {
    fresh: bool,
    written: Vec<String>,
}

#[derive(Clone, Copy)]
enum List {
    Stages,
    Owners,
}

/// The key of the stage or owner a cell names (by key, by name in any case, or by a default
/// name in either language), or a new entry of that name.
fn category_key(
    model: &mut Model,
    list: List,
    name: &str,
    created: &mut Vec<String>,
    spelling: &mut Spelling,
) -> Result<String, ModelError> {
    let (entries, defaults, prefix) = match list {
        List::Stages => (&model.stages, &DEFAULT_STAGES[..], "stage"),
        List::Owners => (&model.owners, &DEFAULT_OWNERS[..], "owner"),
    };
    let lower = name.to_lowercase();
    let folded = headers::fold(name);
    let found = entries
        .iter()
        .find(|c| c.key == name || c.name.to_lowercase() == lower)
        .or_else(|| {
            let default_key = defaults
                .iter()
                .find(|(_, de, en)| de.to_lowercase() == lower || en.to_lowercase() == lower)
                .map(|(key, _, _)| *key);
            default_key.and_then(|key| entries.iter().find(|c| c.key == key))
        })
        .or_else(|| {
            (!folded.is_empty())
                .then(|| entries.iter().find(|c| headers::fold(&c.name) == folded))
                .flatten()
        });
    if let Some(c) = found {
        let key = c.key.clone();
        if spelling.fresh && !spelling.written.contains(&key) {
            let entries = match list {
                List::Stages => &mut model.stages,
                List::Owners => &mut model.owners,
            };
            if let Some(entry) = entries.iter_mut().find(|c| c.key == key) {
                entry.name = name.to_string();
            }
            spelling.written.push(key.clone());
        }
        return Ok(key);
    }
    if entries.len() >= MAX_LIST_ITEMS {
        return Err(ModelError::TooManyItems {
            max: MAX_LIST_ITEMS,
        });
    }
    // Keys from the id counter, as the reducer makes them: a deleted entry's key never
    // comes back.
    let key = format!("{prefix}-{}", model.take_id()?);
    let entry = Category {
        key: key.clone(),
        name: name.to_string(),
    };
    match list {
        List::Stages => model.stages.push(entry),
        List::Owners => model.owners.push(entry),
    }
    created.push(name.to_string());
    spelling.written.push(key.clone());
    Ok(key)
}

/// Factors are separated by `|` (as the export writes them) or by line breaks.
fn split_factors(text: &str) -> Vec<String> {
    text.split(['|', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}
