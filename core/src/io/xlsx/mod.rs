//! Excel workbooks (`.xlsx`, Office Open XML) read as rows of cell text, for the spreadsheet
//! import (`io::csv_io::import::read_workbook`), which maps and previews them like a CSV file.
//!
//! What is read: one sheet, by default the one the workbook was saved with in front (the
//! `activeTab` of `xl/workbook.xml`'s first `workbookView`; the first sheet not hidden when
//! that one is hidden or not named), or the one the user chooses among the visible sheets
//! (`xl/_rels/workbook.xml.rels` gives their parts; `xl/worksheets/sheet1.xml` when the
//! workbook does not say); shared strings with their rich-text runs (phonetic runs left out), inline
//! strings, numbers as stored, booleans as `TRUE`/`FALSE`, error values as their text, and a
//! formula's cached value. Cell references place each cell (`C7`: third column, row 7), so a
//! gap is an empty cell; a row number is the line number of the import's messages. Number
//! formats are not applied (a date is its serial number).
//!
//! Hand-written on purpose, like the CSV reader: the zip directory and the few XML elements
//! of these parts are a few kilobytes of wasm, and the inflater is the one share links already
//! carry (`io::inflate`), where `calamine` or `zip` with `quick-xml` bring their own
//! inflater and XML reader (measurements in `docs/import.md`).
//!
//! Hostile input cannot make it panic or grow without bound: every part is capped when it is
//! inflated, the cells a sheet gives (gaps included) and their text are budgeted
//! ([`crate::domain::limits`]), and every failure is an [`XlsxError`].

mod error;
mod xml;
mod zip;

use std::borrow::Cow;

use crate::domain::limits::{
    TextBudget, MAX_SHEET_CELLS, MAX_SHEET_TEXT_BYTES, MAX_WORKBOOK_PART_BYTES,
};
use xml::{attr, Event, Reader};
use zip::Archive;

pub use error::XlsxError;

/// One row of the sheet that holds a value: its number (1-based, as Excel shows it) and its
/// cells from column A on, empty where the sheet has none; trailing empty cells left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    pub number: u64,
    pub cells: Vec<String>,
}

/// The first bytes of a zip archive (an `.xlsx`) or of an OLE compound file (an `.xls`, or a
/// password-protected `.xlsx`): no text file starts with them.
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") || bytes.starts_with(OLE)
}

const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The sheets a workbook offers (the visible ones; all when none is) and which is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheets {
    /// The sheets' names, in the workbook's order.
    pub names: Vec<String>,
    /// The position in `names` of the sheet whose rows were read.
    pub chosen: usize,
}

/// The rows of the sheet the workbook has in front (see the module's doc), in order.
pub fn default_sheet_rows(bytes: &[u8]) -> Result<Vec<SheetRow>, XlsxError> {
    sheet_rows_of(bytes, None).map(|(_, rows)| rows)
}

/// The sheets of the workbook and the rows of the one at `choice` (a position in
/// [`Sheets::names`]), or of the one in front when `choice` is `None` or out of range.
pub fn sheet_rows_of(
    bytes: &[u8],
    choice: Option<usize>,
) -> Result<(Sheets, Vec<SheetRow>), XlsxError> {
    if bytes.starts_with(OLE) {
        return Err(XlsxError::OldOrProtected);
    }
    let archive = Archive::open(bytes)?;
    let rels = match part(&archive, "xl/_rels/workbook.xml.rels")? {
        Some(text) => relationships(&text)?,
        None => Vec::new(),
    };
    let target = |id: &str| {
        rels.iter()
            .find(|r| r.id == id)
            .map(|r| resolve("xl/", &r.target))
            .filter(|path| archive.has(path))
    };
    let listed = match part(&archive, "xl/workbook.xml")? {
        Some(text) => sheet_list(&text)?,
        None => SheetList::default(),
    };
    let mut sheets: Vec<(String, String)> = listed
        .offered()
        .filter_map(|s| target(&s.id).map(|path| (s.name.clone(), path)))
        .collect();
    if sheets.is_empty() && archive.has("xl/worksheets/sheet1.xml") {
        sheets.push((String::new(), "xl/worksheets/sheet1.xml".to_string()));
    }
    let in_front = listed
        .active_id()
        .and_then(|id| {
            sheets
                .iter()
                .position(|(_, p)| target(id).as_ref() == Some(p))
        })
        .unwrap_or(0);
    let chosen = choice.filter(|c| *c < sheets.len()).unwrap_or(in_front);
    let sheet = sheets
        .get(chosen)
        .map(|(_, path)| path.clone())
        .ok_or(XlsxError::NoSheet)?;
    let strings_path = rels
        .iter()
        .find(|r| r.kind.ends_with("/sharedStrings"))
        .map_or_else(
            || "xl/sharedStrings.xml".to_string(),
            |r| resolve("xl/", &r.target),
        );
    let strings = match part(&archive, &strings_path)? {
        Some(text) => shared_strings(&text)?,
        None => Vec::new(),
    };
    let text = part(&archive, &sheet)?.ok_or(XlsxError::NoSheet)?;
    let rows = sheet_rows(&text, &strings)?;
    let names = sheets.into_iter().map(|(name, _)| name).collect();
    Ok((Sheets { names, chosen }, rows))
}

/// A part as text (a workbook's XML is UTF-8), or `None` when the archive has no such part.
fn part(archive: &Archive, name: &str) -> Result<Option<String>, XlsxError> {
    match archive.read(name, MAX_WORKBOOK_PART_BYTES)? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| XlsxError::Damaged),
    }
}

/// A relationship target relative to `dir` (or absolute, from the package root) as a zip name.
fn resolve(dir: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{dir}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

struct Relationship {
    id: String,
    target: String,
    kind: String,
}

fn events(text: &str) -> impl Iterator<Item = Result<Event<'_>, XlsxError>> {
    Reader::new(text).map(|e| e.map_err(|_| XlsxError::Damaged))
}

fn relationships(text: &str) -> Result<Vec<Relationship>, XlsxError> {
    let mut out = Vec::new();
    for event in events(text) {
        if let Event::Open {
            name: "Relationship",
            attrs,
            ..
        } = event?
        {
            let get = |key| attr(attrs, key).map(Cow::into_owned).unwrap_or_default();
            if out.len() >= crate::domain::limits::MAX_ZIP_ENTRIES {
                return Err(XlsxError::Damaged);
            }
            out.push(Relationship {
                id: get("Id"),
                target: get("Target"),
                kind: get("Type"),
            });
        }
    }
    Ok(out)
}

/// One `<sheet>` of `xl/workbook.xml`.
struct ListedSheet {
    name: String,
    id: String,
    hidden: bool,
}

/// The sheets a workbook lists and the position of the one in front (`activeTab`).
#[derive(Default)]
struct SheetList {
    sheets: Vec<ListedSheet>,
    active_tab: usize,
}

impl SheetList {
    /// The visible sheets, or every sheet when all are hidden.
    fn offered(&self) -> impl Iterator<Item = &ListedSheet> {
        let any_visible = self.sheets.iter().any(|s| !s.hidden);
        self.sheets
            .iter()
            .filter(move |s| !any_visible || !s.hidden)
    }

    /// The relationship id of the sheet in front, when it is one of those offered.
    fn active_id(&self) -> Option<&str> {
        let any_visible = self.sheets.iter().any(|s| !s.hidden);
        self.sheets
            .get(self.active_tab)
            .filter(|s| !any_visible || !s.hidden)
            .map(|s| s.id.as_str())
    }
}

fn sheet_list(text: &str) -> Result<SheetList, XlsxError> {
    let mut list = SheetList::default();
    let mut seen_view = false;
    for event in events(text) {
        match event? {
            Event::Open {
                name: "sheet",
                attrs,
                ..
            } => {
                let Some(id) = attr(attrs, "id") else {
                    continue;
                };
                if list.sheets.len() >= crate::domain::limits::MAX_ZIP_ENTRIES {
                    return Err(XlsxError::Damaged);
                }
                list.sheets.push(ListedSheet {
                    name: attr(attrs, "name").map(Cow::into_owned).unwrap_or_default(),
                    id: id.into_owned(),
                    hidden: attr(attrs, "state").is_some_and(|s| s != "visible"),
                });
            }
            Event::Open {
                name: "workbookView",
                attrs,
                ..
            } if !seen_view => {
                seen_view = true;
                list.active_tab = attr(attrs, "activeTab")
                    .and_then(|t| t.trim().parse().ok())
                    .unwrap_or(0);
            }
            _ => {}
        }
    }
    Ok(list)
}

/// Excel writes characters XML cannot hold (a carriage return, control characters) as
/// `_xHHHH_`, and an underscore that would be read so as `_x005F_`.
fn unescape_excel(text: String) -> String {
    if !text.contains("_x") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest
            .get(2..6)
            .filter(|_| rest.get(6..7) == Some("_"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[7..];
            }
            None => {
                out.push('_');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collects the text of `<t>` elements, leaving out phonetic runs (`<rPh>`), as shared
/// strings (`<si>`) and inline strings (`<is>`) hold it.
#[derive(Default)]
struct RichText {
    text: String,
    in_t: bool,
    in_phonetic: bool,
}

impl RichText {
    fn event(&mut self, event: &Event) {
        match event {
            Event::Open {
                name: "t", empty, ..
            } => self.in_t = !empty && !self.in_phonetic,
            Event::Close("t") => self.in_t = false,
            Event::Open {
                name: "rPh", empty, ..
            } => self.in_phonetic = !empty,
            Event::Close("rPh") => self.in_phonetic = false,
            Event::Text(text) if self.in_t => self.text.push_str(text),
            _ => {}
        }
    }

    fn take(&mut self) -> String {
        unescape_excel(std::mem::take(&mut self.text))
    }
}

/// The shared strings (`<sst>`), in order.
fn shared_strings(text: &str) -> Result<Vec<String>, XlsxError> {
    let mut out = Vec::new();
    let mut item: Option<RichText> = None;
    for event in events(text) {
        let event = event?;
        match (&event, item.as_mut()) {
            (
                Event::Open {
                    name: "si", empty, ..
                },
                _,
            ) => {
                if out.len() >= MAX_SHEET_CELLS {
                    return Err(XlsxError::TooManyCells {
                        max: MAX_SHEET_CELLS,
                    });
                }
                if *empty {
                    out.push(String::new());
                } else {
                    item = Some(RichText::default());
                }
            }
            (Event::Close("si"), Some(rich)) => {
                out.push(rich.take());
                item = None;
            }
            (_, Some(rich)) => rich.event(&event),
            _ => {}
        }
    }
    Ok(out)
}

/// `C` → 2 (0-based); `None` past Excel's last column, `XFD`.
fn column_index(letters: &str) -> Option<usize> {
    let mut index: usize = 0;
    for b in letters.bytes() {
        if !b.is_ascii_uppercase() {
            return None;
        }
        index = index * 26 + usize::from(b - b'A') + 1;
        if index > 16_384 {
            return None;
        }
    }
    index.checked_sub(1)
}

/// A cell reference (`C7`) as its 0-based column and its row number.
fn cell_reference(reference: &str) -> Option<(usize, u64)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let column = column_index(&reference[..split].to_ascii_uppercase())?;
    let row = reference[split..].parse().ok()?;
    Some((column, row))
}

/// The cell being read: where it goes, its type, and its value so far.
struct Cell {
    column: usize,
    kind: String,
    value: String,
    in_value: bool,
    inline: Option<RichText>,
}

/// The rows of a worksheet (`<sheetData>`) that hold a value.
fn sheet_rows(text: &str, strings: &[String]) -> Result<Vec<SheetRow>, XlsxError> {
    let mut rows: Vec<SheetRow> = Vec::new();
    let mut row = SheetRow {
        number: 0,
        cells: Vec::new(),
    };
    let mut cell: Option<Cell> = None;
    let mut cells_left = MAX_SHEET_CELLS;
    let mut budget = TextBudget::new(MAX_SHEET_TEXT_BYTES);
    let finish_row = |row: &mut SheetRow, rows: &mut Vec<SheetRow>| {
        while row.cells.last().is_some_and(|c| c.trim().is_empty()) {
            row.cells.pop();
        }
        if !row.cells.is_empty() {
            rows.push(SheetRow {
                number: row.number,
                cells: std::mem::take(&mut row.cells),
            });
        }
    };
    for event in events(text) {
        let event = event?;
        match (&event, cell.as_mut()) {
            (
                Event::Open {
                    name: "row",
                    attrs,
                    empty,
                },
                _,
            ) => {
                finish_row(&mut row, &mut rows);
                row.number = attr(attrs, "r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(row.number.saturating_add(1));
                if *empty {
                    row.cells.clear();
                }
            }
            (Event::Close("row"), _) => finish_row(&mut row, &mut rows),
            (
                Event::Open {
                    name: "c",
                    attrs,
                    empty,
                },
                _,
            ) => {
                let column = attr(attrs, "r")
                    .and_then(|r| cell_reference(&r))
                    .map_or(row.cells.len(), |(column, _)| column);
                if !*empty {
                    cell = Some(Cell {
                        column,
                        kind: attr(attrs, "t").map(Cow::into_owned).unwrap_or_default(),
                        value: String::new(),
                        in_value: false,
                        inline: None,
                    });
                }
            }
            (Event::Close("c"), Some(c)) => {
                let text = cell_text(c, strings)?;
                budget
                    .spend(text.len())
                    .map_err(|_| XlsxError::TooMuchText {
                        max: MAX_SHEET_TEXT_BYTES,
                    })?;
                let needed = (c.column + 1).saturating_sub(row.cells.len());
                cells_left = cells_left
                    .checked_sub(needed)
                    .ok_or(XlsxError::TooManyCells {
                        max: MAX_SHEET_CELLS,
                    })?;
                if needed > 0 {
                    row.cells.resize(c.column + 1, String::new());
                }
                if let Some(slot) = row.cells.get_mut(c.column) {
                    *slot = text;
                }
                cell = None;
            }
            (
                Event::Open {
                    name: "v", empty, ..
                },
                Some(c),
            ) => c.in_value = !empty,
            (Event::Close("v"), Some(c)) => c.in_value = false,
            (Event::Open { name: "is", .. }, Some(c)) => c.inline = Some(RichText::default()),
            (Event::Text(text), Some(c)) if c.in_value => c.value.push_str(text),
            (
                _,
                Some(Cell {
                    inline: Some(rich), ..
                }),
            ) => rich.event(&event),
            _ => {}
        }
    }
    finish_row(&mut row, &mut rows);
    Ok(rows)
}

/// A cell's text by its type: a shared string by index, an inline string, a boolean, or the
/// value as stored (numbers, formula results, error values, ISO dates).
fn cell_text(cell: &mut Cell, strings: &[String]) -> Result<String, XlsxError> {
    Ok(match cell.kind.as_str() {
        "s" => cell
            .value
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|i| strings.get(i))
            .cloned()
            .ok_or(XlsxError::Damaged)?,
        "inlineStr" => cell.inline.as_mut().map(RichText::take).unwrap_or_default(),
        "b" => match cell.value.trim() {
            "1" => "TRUE".into(),
            "0" => "FALSE".into(),
            other => other.into(),
        },
        "str" => unescape_excel(std::mem::take(&mut cell.value)),
        _ => std::mem::take(&mut cell.value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(cell_reference("A1"), Some((0, 1)));
        assert_eq!(cell_reference("C7"), Some((2, 7)));
        assert_eq!(cell_reference("AA10"), Some((26, 10)));
        assert_eq!(cell_reference("XFD1"), Some((16_383, 1)));
        assert_eq!(cell_reference("XFE1"), None);
        assert_eq!(cell_reference("ZZZZZZZZZZZZZZZZ1"), None);
        assert_eq!(cell_reference("7"), None);
    }

    #[test]
    fn paths() {
        assert_eq!(
            resolve("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/", "/xl/worksheets/a.xml"),
            "xl/worksheets/a.xml"
        );
        assert_eq!(resolve("xl/", "../x/./b.xml"), "x/b.xml");
    }

    #[test]
    fn excel_escapes() {
        assert_eq!(unescape_excel("a_x000D_b_x005F_x_x".into()), "a\rb_x_x");
    }
}
