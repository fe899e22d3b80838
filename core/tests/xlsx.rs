#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Excel workbooks in: small `.xlsx` files this test writes itself (a zip writer below, stored
//! or deflated entries), read into the same mapping and preview as CSV; hostile files refused
//! with a typed error, never a panic, never unbounded.

use kontaktpunkt_core::domain::limits::{
    MAX_SHEET_CELLS, MAX_SHEET_TEXT_BYTES, MAX_WORKBOOK_PART_BYTES,
};
use kontaktpunkt_core::io::csv_io::import::{
    read_workbook, ColumnTarget, Field, ImportError, ImportProblem, ImportSource, ImportTarget,
};
use kontaktpunkt_core::io::xlsx::{default_sheet_rows, looks_like_workbook, SheetRow, XlsxError};
use kontaktpunkt_core::text::import::{import_words, problem_text};
use kontaktpunkt_core::{Lang, Model};

// --- a tiny zip writer (APPNOTE.TXT): local headers, central directory, end record ----------

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip of `(name, content)` entries, deflated when `deflate`, else stored.
fn zip(entries: &[(&str, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in entries {
        let (method, data): (u16, Vec<u8>) = if deflate {
            (8, miniz_oxide::deflate::compress_to_vec(content, 6))
        } else {
            (0, content.clone())
        };
        let offset = u32::try_from(out.len()).unwrap();
        let fixed = |sig: &[u8]| {
            let mut h = sig.to_vec();
            h.extend_from_slice(&20u16.to_le_bytes()); // version needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&[0, 0, 0x21, 0]); // time, date
            h.extend_from_slice(&crc32(content).to_le_bytes());
            h.extend_from_slice(&u32::try_from(data.len()).unwrap().to_le_bytes());
            h.extend_from_slice(&u32::try_from(content.len()).unwrap().to_le_bytes());
            h.extend_from_slice(&u16::try_from(name.len()).unwrap().to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            h
        };
        out.extend(fixed(b"PK\x03\x04"));
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&data);
        directory.extend_from_slice(b"PK\x01\x02");
        directory.extend_from_slice(&20u16.to_le_bytes()); // version made by
        directory.extend(fixed(b"")); // the local header's fields
        directory.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        directory.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(entries.len()).unwrap().to_le_bytes();
    let at = u32::try_from(out.len()).unwrap();
    out.extend_from_slice(&directory);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count);
    out.extend_from_slice(&count);
    out.extend_from_slice(&u32::try_from(directory.len()).unwrap().to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kontaktpunkte" sheetId="1" r:id="rId1"/></sheets></workbook>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;

fn sst(strings: &[&str]) -> String {
    let items: String = strings.iter().map(|s| format!("<si>{s}</si>")).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{0}" uniqueCount="{0}">{items}</sst>"#,
        strings.len()
    )
}

fn worksheet(rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F4"/><sheetData>{rows}</sheetData></worksheet>"#
    )
}

/// A workbook of one sheet with these shared strings.
fn workbook(strings: &[&str], rows: &str, deflate: bool) -> Vec<u8> {
    zip(
        &[
            ("[Content_Types].xml", b"<Types/>".to_vec()),
            ("xl/workbook.xml", WORKBOOK.into()),
            ("xl/_rels/workbook.xml.rels", RELS.into()),
            ("xl/sharedStrings.xml", sst(strings).into_bytes()),
            ("xl/worksheets/sheet1.xml", worksheet(rows).into_bytes()),
        ],
        deflate,
    )
}

fn workbook_error(bytes: &[u8]) -> XlsxError {
    match read_workbook(bytes, None) {
        Err(ImportError {
            line: 0,
            problem: ImportProblem::Workbook(e),
        }) => e,
        other => panic!("expected a workbook error, got {other:?}"),
    }
}

// --- what is read -----------------------------------------------------------------------

/// Header in row 1; shared strings with a rich-text run, an entity and a phonetic run; a
/// gap (no cell in column C of row 3); numbers, an inline string, a boolean, a formula.
const STRINGS: [&str; 9] = [
    "<t>Kontaktpunkt</t>",
    "<t>Phase</t>",
    "<t>Bedeutung</t>",
    "<t>Ist</t>",
    "<t>Bemerkung</t>",
    "<r><rPr><b/></rPr><t>Auftrags</t></r><r><t xml:space=\"preserve\">bestätigung</t></r><rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh>",
    "<t>Kauf</t>",
    "<t>Gr&#246;&#xDF;ter Hebel &amp; &lt;Workshop&gt;</t>",
    "<t>Zeile 1_x000D_\nZeile 2</t>",
];

const ROWS: &str = r#"<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2"><v>5</v></c><c r="D2"><f>-1</f><v>-1</v></c><c r="E2" t="s"><v>7</v></c><c r="F2" s="3"/></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>Messestand für Süd</t></is></c><c r="B3" t="inlineStr"><is><r><t>Aufmerk</t></r><r><t>samkeit</t></r></is></c><c r="D3" t="str"><f>A1&amp;""</f><v>1</v></c><c r="E3" t="s"><v>8</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Kundenportal</t></is></c><c r="C5" t="n"><v>2.0</v></c><c r="E5" t="b"><v>1</v></c></row>
<row r="6"><c r="A6" s="2"/><c r="B6" t="s" s="2"><v>99999</v></c></row>"#;

#[test]
fn shared_and_inline_strings_numbers_gaps_and_entities_are_read() {
    for deflate in [false, true] {
        let bytes = workbook(
            &STRINGS,
            ROWS.split("<row r=\"6\"").next().unwrap(),
            deflate,
        );
        assert!(looks_like_workbook(&bytes));
        let rows = default_sheet_rows(&bytes).unwrap();
        let cells = |row: &SheetRow| row.cells.clone();
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows.iter().map(|r| r.number).collect::<Vec<_>>(),
            [1, 2, 3, 5]
        );
        assert_eq!(
            cells(&rows[1]),
            [
                "Auftragsbestätigung",
                "Kauf",
                "5",
                "-1",
                "Größter Hebel & <Workshop>"
            ]
        );
        // Column C of row 3 is a gap; D3 is a formula's cached text.
        assert_eq!(
            rows[2].cells[..4],
            ["Messestand für Süd", "Aufmerksamkeit", "", "1"]
        );
        // Trailing empty styled cells do not widen a row; a boolean is TRUE.
        assert_eq!(cells(&rows[3]), ["Kundenportal", "", "2.0", "", "TRUE"]);
    }
}

#[test]
fn excel_escapes_and_control_characters_in_strings_are_decoded() {
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>8</v></c></row>"#;
    let bytes = workbook(&STRINGS, rows, true);
    let rows = default_sheet_rows(&bytes).unwrap();
    assert_eq!(rows[1].cells, ["Zeile 1\r\nZeile 2"]);
}

#[test]
fn a_workbook_goes_through_the_same_mapping_and_preview_as_csv() {
    let bytes = workbook(&STRINGS, ROWS.split("<row r=\"6\"").next().unwrap(), true);
    let source: ImportSource = read_workbook(&bytes, None).unwrap();
    assert_eq!(
        source.columns,
        ["Kontaktpunkt", "Phase", "Bedeutung", "Ist", "Bemerkung"]
    );
    let words = import_words();
    let mapping = source.guess_mapping(&words);
    use ColumnTarget::Field as F;
    assert_eq!(
        mapping.targets(),
        &[
            F(Field::Name),
            F(Field::Stage),
            F(Field::Importance),
            F(Field::Ist),
            ColumnTarget::Description
        ]
    );
    let current = Model::new(Lang::De);
    let target = ImportTarget::NewModel {
        title: "Kontaktpunkte".into(),
    };
    let preview = source.preview(&mapping, target, &current, Lang::De, &words);
    // Row 5 has TRUE in the description column: a text like any other.
    assert_eq!(preview.error_count(), 0, "{:?}", preview.errors);
    assert_eq!(preview.added, 3);
    let tp = &preview.model.touchpoints;
    assert_eq!(tp[0].name, "Auftragsbestätigung");
    assert_eq!(preview.model.stage_name(&tp[0].stage), "Kauf");
    assert_eq!(tp[0].importance.value(), 5);
    assert_eq!(tp[0].ist.map(|e| e.value()), Some(-1));
    assert_eq!(tp[0].description, "Größter Hebel & <Workshop>");
    assert_eq!(tp[1].name, "Messestand für Süd");
    assert_eq!(preview.model.stage_name(&tp[1].stage), "Aufmerksamkeit");
    assert_eq!(tp[1].ist.map(|e| e.value()), Some(1));
    assert_eq!(tp[2].importance.value(), 2, "2.0 is importance 2");
    assert_eq!(preview.sample[0][0], "Auftragsbestätigung");
}

#[test]
fn errors_name_the_sheet_row_and_cells_right_of_the_header_are_a_column_without_header() {
    let rows = r#"<row r="3"><c r="A3" t="inlineStr"><is><t>Name</t></is></c><c r="B3" t="inlineStr"><is><t>Ist</t></is></c></row>
<row r="7"><c r="A7" t="inlineStr"><is><t>Hotline</t></is></c><c r="B7" t="inlineStr"><is><t>sehr gemischt</t></is></c><c r="D7"><v>42</v></c></row>"#;
    let source = read_workbook(&workbook(&[], rows, true), None).unwrap();
    assert_eq!(source.columns, ["Name", "Ist", "", ""]);
    let words = import_words();
    let mapping = source.guess_mapping(&words);
    let preview = source.preview(
        &mapping,
        ImportTarget::Add,
        &Model::new(Lang::En),
        Lang::En,
        &words,
    );
    assert_eq!(preview.errors.len(), 1);
    assert_eq!(preview.errors[0].line, 7, "the sheet's row number");
}

#[test]
fn the_first_visible_sheet_is_read_by_the_workbook_and_its_relationships() {
    let workbook_xml = r#"<x:workbook xmlns:x="main" xmlns:r="rels"><x:sheets><x:sheet name="Hilfe" sheetId="1" state="hidden" r:id="rId7"/><x:sheet name="Liste" sheetId="2" r:id="rId3"/></x:sheets></x:workbook>"#;
    let rels = r#"<Relationships><Relationship Id="rId7" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="x/worksheet" Target="/xl/worksheets/liste.xml"/></Relationships>"#;
    let sheet = |name: &str| {
        worksheet(&format!(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{name}</t></is></c></row>"#
        ))
        .into_bytes()
    };
    let bytes = zip(
        &[
            ("xl/workbook.xml", workbook_xml.into()),
            ("xl/_rels/workbook.xml.rels", rels.into()),
            ("xl/worksheets/sheet1.xml", sheet("hidden")),
            ("XL/Worksheets/Liste.xml", sheet("visible")),
        ],
        true,
    );
    assert_eq!(default_sheet_rows(&bytes).unwrap()[0].cells, ["visible"]);
    // Without workbook.xml: sheet1.xml.
    let bytes = zip(&[("xl/worksheets/sheet1.xml", sheet("first"))], false);
    assert_eq!(default_sheet_rows(&bytes).unwrap()[0].cells, ["first"]);
}

// --- what is refused ----------------------------------------------------------------------

#[test]
fn files_that_are_not_workbooks_are_refused_with_a_typed_error() {
    assert!(!looks_like_workbook(b"name;stage\r\n"));
    let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 the rest of an old .xls";
    assert!(looks_like_workbook(ole));
    assert_eq!(workbook_error(ole), XlsxError::OldOrProtected);
    assert_eq!(
        workbook_error(b"PK\x03\x04garbage"),
        XlsxError::NotAWorkbook
    );
    assert_eq!(workbook_error(b""), XlsxError::NotAWorkbook);
    let no_sheet = zip(&[("word/document.xml", b"<w:document/>".to_vec())], true);
    assert_eq!(workbook_error(&no_sheet), XlsxError::NoSheet);
    // A sheet without rows: nothing to import.
    let empty = workbook(&[], "", true);
    assert!(matches!(
        read_workbook(&empty, None),
        Err(ImportError {
            problem: ImportProblem::Empty,
            ..
        })
    ));
    // A shared string index past the list.
    let bad_index = workbook(
        &STRINGS[..1],
        &ROWS[ROWS.find("<row r=\"6\"").unwrap()..],
        true,
    );
    assert_eq!(workbook_error(&bad_index), XlsxError::Damaged);
    // Broken XML.
    let broken = zip(
        &[("xl/worksheets/sheet1.xml", b"<worksheet><row".to_vec())],
        true,
    );
    assert_eq!(workbook_error(&broken), XlsxError::Damaged);
    // A DTD (which could declare entities) is refused.
    let dtd = zip(
        &[(
            "xl/worksheets/sheet1.xml",
            b"<!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>".to_vec(),
        )],
        true,
    );
    assert_eq!(workbook_error(&dtd), XlsxError::Damaged);
}

#[test]
fn every_cut_and_every_flipped_byte_gives_rows_or_an_error_never_a_panic() {
    for deflate in [false, true] {
        let bytes = workbook(&STRINGS, ROWS, deflate);
        for len in 0..bytes.len() {
            let _ = read_workbook(&bytes[..len], None);
        }
        for i in 0..bytes.len() {
            for bit in [0x01, 0x10, 0x80] {
                let mut mutated = bytes.clone();
                mutated[i] ^= bit;
                let _ = read_workbook(&mutated, None);
            }
        }
    }
    // Pseudo-random garbage behind a zip signature and an end record.
    let mut seed: u32 = 7;
    for _ in 0..2000 {
        let mut bytes = b"PK\x03\x04".to_vec();
        for _ in 0..200 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            bytes.push((seed >> 16) as u8);
        }
        bytes.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0\x2e\0\0\0\x04\0\0\0\0\0");
        let _ = read_workbook(&bytes, None);
    }
}

#[test]
fn a_zip_bomb_is_refused_at_the_cap() {
    // 17 MiB of one repeated row, deflated to a few kilobytes.
    let row = r#"<row><c t="inlineStr"><is><t>x</t></is></c></row>"#;
    let rows = row.repeat(MAX_WORKBOOK_PART_BYTES / row.len() + 1);
    let bytes = workbook(&[], &rows, true);
    assert!(
        bytes.len() < MAX_WORKBOOK_PART_BYTES / 100,
        "{}",
        bytes.len()
    );
    assert_eq!(
        workbook_error(&bytes),
        XlsxError::TooLarge {
            max: MAX_WORKBOOK_PART_BYTES
        }
    );
}

#[test]
fn cells_in_far_columns_and_repeated_long_strings_are_budgeted() {
    // Each row's one cell in column XFD fills 16,383 empty cells before it.
    let rows: String = (1..=80)
        .map(|r| format!(r#"<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>"#))
        .collect();
    assert_eq!(
        workbook_error(&workbook(&[], &rows, true)),
        XlsxError::TooManyCells {
            max: MAX_SHEET_CELLS
        }
    );
    // A 1 MiB shared string referenced by 17 cells expands past the text budget.
    let long = format!("<t>{}</t>", "a".repeat(1024 * 1024));
    let cells: String = (0..=MAX_SHEET_TEXT_BYTES / (1024 * 1024))
        .map(|_| r#"<c t="s"><v>0</v></c>"#)
        .collect();
    let rows = format!("<row>{cells}</row>");
    assert_eq!(
        workbook_error(&workbook(&[&long], &rows, true)),
        XlsxError::TooMuchText {
            max: MAX_SHEET_TEXT_BYTES
        }
    );
}

#[test]
fn every_workbook_error_has_a_text_in_both_languages() {
    let all = [
        XlsxError::NotAWorkbook,
        XlsxError::OldOrProtected,
        XlsxError::Damaged,
        XlsxError::NoSheet,
        XlsxError::TooLarge {
            max: MAX_WORKBOOK_PART_BYTES,
        },
        XlsxError::TooManyCells {
            max: MAX_SHEET_CELLS,
        },
        XlsxError::TooMuchText {
            max: MAX_SHEET_TEXT_BYTES,
        },
    ];
    for e in all {
        let de = problem_text(&ImportProblem::Workbook(e), Lang::De);
        let en = problem_text(&ImportProblem::Workbook(e), Lang::En);
        assert!(!de.is_empty() && !en.is_empty() && de != en, "{e:?}");
    }
    assert!(problem_text(
        &ImportProblem::Workbook(XlsxError::TooLarge {
            max: MAX_WORKBOOK_PART_BYTES
        }),
        Lang::De
    )
    .contains("16 MB"));
}

/// An inline-string cell.
fn cell(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// Rows of inline strings from row `first` on; an empty row is left out as Excel does.
fn inline_rows(first: u32, rows: &[&[&str]]) -> String {
    let mut out = String::new();
    for (n, cells) in (first..).zip(rows) {
        if cells.is_empty() {
            continue;
        }
        out.push_str(&format!(r#"<row r="{n}">"#));
        for (col, text) in (b'A'..).zip(cells.iter()) {
            out.push_str(&cell(&format!("{}{n}", char::from(col)), text));
        }
        out.push_str("</row>");
    }
    out
}

/// A workbook of two sheets, a cover and a list; `active` is the tab Excel saved in front.
fn cover_and_list(active: Option<u8>, list_rows: &str) -> Vec<u8> {
    let view = active.map_or(String::new(), |tab| {
        format!(r#"<bookViews><workbookView xWindow="0" activeTab="{tab}"/></bookViews>"#)
    });
    let workbook_xml = format!(
        r#"<workbook xmlns:r="rels">{view}<sheets><sheet name="Deckblatt" sheetId="1" r:id="rId1"/><sheet name="Liste" sheetId="2" r:id="rId2"/></sheets></workbook>"#
    );
    let rels = r#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#;
    let cover = inline_rows(
        1,
        &[&["Touchpoint-Analyse Müller GmbH"], &["Stand März 2026"]],
    );
    zip(
        &[
            ("xl/workbook.xml", workbook_xml.into_bytes()),
            ("xl/_rels/workbook.xml.rels", rels.as_bytes().to_vec()),
            ("xl/worksheets/sheet1.xml", worksheet(&cover).into_bytes()),
            (
                "xl/worksheets/sheet2.xml",
                worksheet(list_rows).into_bytes(),
            ),
        ],
        true,
    )
}

const LIST: [&[&str]; 4] = [
    &["Kontaktpunkt", "Phase", "Verantwortlich"],
    &[
        "Anzeige in der Süddeutschen",
        "Aufmerksamkeit",
        "Geschäftsführung",
    ],
    &["Beratungsgespräch", "Kauf", "Innendienst"],
    &["Rückruf", "Nutzung & Service", "Vertrieb"],
];

fn imported(
    source: &ImportSource,
    lang: Lang,
) -> kontaktpunkt_core::io::csv_io::import::ImportPreview {
    let words = import_words();
    let target = ImportTarget::NewModel {
        title: "Liste".into(),
    };
    source.preview(
        &source.guess_mapping(&words),
        target,
        &Model::new(lang),
        lang,
        &words,
    )
}

#[test]
fn the_sheet_in_front_is_read_and_every_sheet_can_be_chosen() {
    let bytes = cover_and_list(Some(1), &inline_rows(1, &LIST));
    let source = read_workbook(&bytes, None).unwrap();
    let sheets = source.sheets.clone().unwrap();
    assert_eq!(sheets.names, ["Deckblatt", "Liste"]);
    assert_eq!(sheets.chosen, 1, "the active tab");
    let preview = imported(&source, Lang::De);
    assert_eq!(preview.added, 3);
    assert_eq!(
        preview.model.touchpoints[0].name,
        "Anzeige in der Süddeutschen"
    );
    // The cover chosen by hand; an index past the sheets is the one in front.
    let cover = read_workbook(&bytes, Some(0)).unwrap();
    assert_eq!(cover.columns, ["Touchpoint-Analyse Müller GmbH"]);
    assert_eq!(
        read_workbook(&bytes, Some(9))
            .unwrap()
            .sheets
            .unwrap()
            .chosen,
        1
    );
    // Without a workbook view: the first sheet, as before.
    let first = read_workbook(&cover_and_list(None, &inline_rows(1, &LIST)), None).unwrap();
    assert_eq!(first.sheets.unwrap().chosen, 0);
}

#[test]
fn a_title_row_and_a_blank_row_above_the_header_are_skipped() {
    let mut rows = vec![
        &["Touchpoint-Liste Müller GmbH, Stand März 2026"][..],
        &[][..],
    ];
    rows.extend(LIST);
    let bytes = cover_and_list(Some(1), &inline_rows(1, &rows));
    let mut source = read_workbook(&bytes, None).unwrap();
    assert_eq!(source.find_header(&import_words()), 1);
    assert_eq!(source.columns, ["Kontaktpunkt", "Phase", "Verantwortlich"]);
    assert_eq!(
        source.header_candidates()[1].0,
        3,
        "the header's row number"
    );
    let preview = imported(&source, Lang::De);
    assert_eq!(preview.error_count(), 0, "{:?}", preview.errors);
    assert_eq!(preview.added, 3);
    // The header chosen by hand.
    source.set_header(0);
    assert_eq!(
        source.columns,
        ["Touchpoint-Liste Müller GmbH, Stand März 2026", "", ""]
    );
    assert_eq!(source.record_count(), 4);
}

#[test]
fn a_german_list_keeps_its_german_names_with_the_english_interface() {
    let source = read_workbook(&cover_and_list(Some(1), &inline_rows(1, &LIST)), None).unwrap();
    let preview = imported(&source, Lang::En);
    let m = &preview.model;
    let stage = |i: usize| m.stage_name(&m.touchpoints[i].stage).to_string();
    let owner = |i: usize| {
        m.owner_name(m.touchpoints[i].owner.as_deref().unwrap())
            .to_string()
    };
    assert_eq!(
        [stage(0), stage(1), stage(2)],
        ["Aufmerksamkeit", "Kauf", "Nutzung & Service"]
    );
    assert_eq!(
        [owner(0), owner(1), owner(2)],
        ["Geschäftsführung", "Innendienst", "Vertrieb"]
    );
    assert!(
        m.stages
            .iter()
            .chain(&m.owners)
            .all(|c| c.name != "Sales" && c.name != "Awareness"),
        "no English default beside the German ones"
    );
}
