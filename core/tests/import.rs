#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Spreadsheets in: header and value synonyms in both languages, the mapping, the three
//! targets, encodings and layouts, errors in the user's language.

use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::{Channel, Contact, Decision};
use kontaktpunkt_core::figures::analysis::journey_index;
use kontaktpunkt_core::io::csv_io::encoding::{sniff_encoding, TextEncoding};
use kontaktpunkt_core::io::csv_io::export_csv;
use kontaktpunkt_core::io::csv_io::import::{
    read_source, title_from_file_name, ColumnMapping, ColumnTarget, Field, ImportPreview,
    ImportProblem, ImportSource, ImportTarget, Imported, LISTED_ERRORS, PREVIEW_ROWS,
};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::text::import::{default_text, import_words, problem_text, target_label};
use kontaktpunkt_core::{Lang, Model, ModelError};

// --- test helpers: the browser's TextDecoder, natively -------------------------------------

/// Windows-1252's bytes 0x80 ..= 0x9F; the other bytes are the Unicode code point.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn encode_cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match CP1252_HIGH.iter().position(|h| *h == c) {
            Some(i) => 0x80 + u8::try_from(i).unwrap(),
            None => u8::try_from(u32::from(c)).expect("a Windows-1252 character"),
        })
        .collect()
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

/// As the browser does it: the encoding `sniff_encoding` names, decoded (BOM dropped).
fn decode(bytes: &[u8]) -> String {
    match sniff_encoding(bytes) {
        TextEncoding::Utf8 => String::from_utf8(bytes.to_vec()).unwrap(),
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let le = sniff_encoding(bytes) == TextEncoding::Utf16Le;
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| {
                    if le {
                        u16::from_le_bytes([p[0], p[1]])
                    } else {
                        u16::from_be_bytes([p[0], p[1]])
                    }
                })
                .collect();
            String::from_utf16(&units).unwrap()
        }
        TextEncoding::Windows1252 => decode_cp1252(bytes),
    }
}

fn preview_of(text: &str, target: ImportTarget, current: &Model, lang: Lang) -> ImportPreview {
    let source = read_source(text).unwrap();
    let mapping = source.guess_mapping(&import_words());
    source.preview(&mapping, target, current, lang, &import_words())
}

fn mapping_of(headers: &str) -> ColumnMapping {
    read_source(headers).unwrap().guess_mapping(&import_words())
}

// --- the German Excel file of the issue ----------------------------------------------------

const GERMAN_EXCEL: &str = "Kontaktpunkt;Phase;Art;Kanal;Verantwortlich;Bedeutung (1-5);Ist;Soll;Bemerkung\r\n\
Online-Anzeige;Aufmerksamkeit;unmittelbar;online;Marketing;3;0;1;Kampagne Frühjahr\r\n\
Bewertungsportal;Information;mittelbar;online;Marketing;4;-1;1;\r\n\
Messestand;Aufmerksamkeit;unmittelbar;offline;Vertrieb;2;1;1;\r\n\
Beratungsgespräch;Information;unmittelbar;beides;Vertrieb;5;1;2;\"Termin vor Ort\r\noder per Video\"\r\n\
Auftragsbestätigung;Kauf;unmittelbar;online;Geschäftsführung;4;-2;1;kommt zu spät\r\n\
Rechnung;Kauf;unmittelbar;offline;Buchhaltung;3;0;0;\r\n\
Lieferung;Nutzung & Service;unmittelbar;offline;Logistik;5;-1;2;\r\n\
Hotline;Nutzung & Service;unmittelbar;beides;Service;4;-1;1;Wartezeit über 5 Minuten\r\n\
Weiterempfehlung;Bindung & Empfehlung;mittelbar;beides;Qualitätssicherung;5;1;2;\r\n\
Newsletter;Bindung & Empfehlung;unmittelbar;online;Marketing;2;0;1;\r\n\
Reklamation;Nutzung & Service;unmittelbar;beides;Qualitätssicherung;5;-2;1;Ärger vermeiden\r\n\
;;;;;;;;\r\n";

#[test]
fn a_german_excel_file_in_windows_1252_imports_as_a_new_model() {
    let bytes = encode_cp1252(GERMAN_EXCEL);
    assert_eq!(sniff_encoding(&bytes), TextEncoding::Windows1252);
    let text = decode(&bytes);
    assert!(text.contains("Auftragsbestätigung"), "decoded umlauts");

    let source = read_source(&text).unwrap();
    assert_eq!(source.delimiter, ';');
    assert_eq!(source.columns[5], "Bedeutung (1-5)");
    let mapping = source.guess_mapping(&import_words());
    use ColumnTarget::Field as F;
    assert_eq!(
        mapping.targets(),
        &[
            F(Field::Name),
            F(Field::Stage),
            F(Field::Contact),
            F(Field::Channel),
            F(Field::Owner),
            F(Field::Importance),
            F(Field::Ist),
            F(Field::Soll),
            ColumnTarget::Description,
        ]
    );

    let title = title_from_file_name("C:\\Users\\berater\\Kundenreise Muster GmbH.csv");
    assert_eq!(title, "Kundenreise Muster GmbH");
    let current = demo_model(Lang::De);
    let preview = source.preview(
        &mapping,
        ImportTarget::NewModel {
            title: title.clone(),
        },
        &current,
        Lang::De,
        &import_words(),
    );
    assert_eq!(preview.errors, vec![]);
    assert_eq!(preview.added, 11);
    assert_eq!(preview.rows.len(), PREVIEW_ROWS);
    assert_eq!(preview.sample[0][0], "Online-Anzeige");
    assert_eq!(
        preview.defaults,
        vec![
            Field::Entry,
            Field::Exit,
            Field::MomentOfTruth,
            Field::DisappointmentFactors,
            Field::OkayFactors,
            Field::DelightFactors,
            Field::Decision,
        ]
    );
    assert_eq!(preview.new_stages, Vec::<String>::new());
    assert_eq!(preview.new_owners, vec!["Qualitätssicherung".to_string()]);

    let m = &preview.model;
    assert_eq!(m.meta.title, "Kundenreise Muster GmbH");
    assert_eq!(m.touchpoints.len(), 11);
    assert_eq!(
        m.owners.len(),
        8,
        "one owner more, not a garbled second one"
    );
    let confirmation = &m.touchpoints[4];
    assert_eq!(confirmation.name, "Auftragsbestätigung");
    assert_eq!(confirmation.stage, "purchase");
    assert_eq!(confirmation.owner.as_deref(), Some("management"));
    assert_eq!(confirmation.importance.value(), 4);
    assert_eq!(confirmation.ist.map(|e| e.value()), Some(-2));
    assert_eq!(confirmation.description, "kommt zu spät");
    let advice = &m.touchpoints[3];
    assert_eq!(advice.channel, Channel::Both);
    assert_eq!(advice.description, "Termin vor Ort\r\noder per Video");
    assert_eq!(m.touchpoints[1].contact, Contact::Indirect);
    assert_eq!(m.touchpoints[6].stage, "usage");
    assert_eq!(m.touchpoints[8].stage, "loyalty");
    assert_eq!(m.touchpoints[7].description, "Wartezeit über 5 Minuten");
    // The figures of the imported model: Σ importance·Ist / Σ importance over 11 rows.
    let importance = [3, 4, 2, 5, 4, 3, 5, 4, 5, 2, 5];
    let ratings = [0, -1, 1, 1, -2, 0, -1, -1, 1, 0, -2];
    let ist: i32 = importance.iter().zip(ratings).map(|(w, r)| w * r).sum();
    let weights: i32 = importance.iter().sum();
    let index = journey_index(m);
    assert_eq!(index.count, 11);
    let expected = (f64::from(ist) / f64::from(weights) + 2.0) / 4.0 * 100.0;
    assert!((index.ist.unwrap() - expected).abs() < 1e-9, "{index:?}");

    match preview.into_import() {
        Some(Imported::NewModel(model)) => assert_eq!(model.touchpoints.len(), 11),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_english_utf16_tab_separated_file_is_added_to_the_current_model() {
    let text = "Touchpoint\tStage\tContact\tChannel\tOwner\tImportance\tIst\tSoll\tEntry point\tExit\tMoment of truth\tNotes\r\n\
Search result\tAwareness\tdirect\tonline\tMarketing\thigh\tokay\tpositive\tyes\tno\t\tfirst impression\r\n\
Review site\tInformation\tindirect\tonline\t\tvery high\tdisappointing\tdelightful\tno\tno\tx\t\r\n\
Checkout\tPurchase\tdirect\tboth\tSales\t5\t-1\t2\tfalse\ttrue\tTRUE\t\"three steps,\nnot five\"\r\n";
    let bytes = utf16le_with_bom(text);
    assert_eq!(sniff_encoding(&bytes), TextEncoding::Utf16Le);
    let decoded = decode(&bytes);
    let current = demo_model(Lang::En);
    let preview = preview_of(&decoded, ImportTarget::Add, &current, Lang::En);
    assert_eq!(preview.errors, vec![]);
    assert_eq!(preview.added, 3);
    assert_eq!(preview.defaults, {
        let mut d = vec![Field::DisappointmentFactors, Field::OkayFactors];
        d.extend([Field::DelightFactors, Field::Decision]);
        d
    });
    let m = &preview.model;
    assert_eq!(m.touchpoints.len(), current.touchpoints.len() + 3);
    let all: Vec<_> = m.touchpoints.iter().cloned().collect();
    let before: Vec<_> = current.touchpoints.iter().cloned().collect();
    assert_eq!(all[..12], before[..]);
    let [search, review, checkout] = &all[12..] else {
        panic!()
    };
    assert_eq!(search.importance.value(), 4);
    assert_eq!(search.ist.map(|e| e.value()), Some(0));
    assert_eq!(search.soll.map(|e| e.value()), Some(1));
    assert!(search.flags.entry && !search.flags.exit && !search.flags.moment_of_truth);
    assert_eq!(search.description, "first impression");
    assert_eq!(review.contact, Contact::Indirect);
    assert_eq!(review.owner, None);
    assert_eq!(review.importance.value(), 5);
    assert_eq!(
        (review.ist.unwrap().value(), review.soll.unwrap().value()),
        (-1, 2)
    );
    assert!(review.flags.moment_of_truth);
    assert_eq!(checkout.channel, Channel::Both);
    assert!(!checkout.flags.entry && checkout.flags.exit && checkout.flags.moment_of_truth);
    assert_eq!(checkout.description, "three steps,\nnot five");
    assert_eq!(checkout.stage, "purchase");
    let ids: std::collections::HashSet<_> = m.touchpoints.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), 15, "fresh ids");

    // Added as one step, undone as one.
    let mut history = History::new(current.clone());
    let Some(Imported::Change(action)) = preview.into_import() else {
        panic!()
    };
    history.apply(action, 1.0).unwrap();
    assert_eq!(history.current.touchpoints.len(), 15);
    assert!(history.undo());
    assert_eq!(*history.current, current);
}

#[test]
fn a_file_with_only_a_name_column_takes_every_default() {
    let preview = preview_of(
        "Name\nWebsite\n\nHotline\n",
        ImportTarget::Add,
        &Model::new(Lang::De),
        Lang::De,
    );
    assert_eq!(preview.errors, vec![]);
    assert_eq!(preview.added, 2);
    let all_but_name: Vec<Field> = Field::ALL.into_iter().skip(1).collect();
    assert_eq!(preview.defaults, all_but_name);
    let t = &preview.model.touchpoints[1];
    assert_eq!(t.name, "Hotline");
    assert_eq!(t.stage, "awareness", "the first stage");
    assert_eq!(
        (t.contact, t.channel, t.owner.clone()),
        (Contact::Direct, Channel::Online, None)
    );
    assert_eq!(
        (t.importance.value(), t.ist, t.soll, t.decision),
        (3, None, None, Decision::Keep)
    );
    assert_eq!(
        default_text(Field::Stage, Lang::De),
        "Phase: die erste Phase"
    );
    assert_eq!(
        default_text(Field::Importance, Lang::En),
        "Importance: medium"
    );
}

// --- header synonyms ------------------------------------------------------------------------

#[test]
fn headers_are_recognised_in_german_and_english_with_their_synonyms() {
    use ColumnTarget::Field as F;
    for (header, target) in [
        ("Kontaktpunkt", F(Field::Name)),
        ("Touchpoint", F(Field::Name)),
        ("NAME", F(Field::Name)),
        ("  name ", F(Field::Name)),
        ("Berührungspunkt", F(Field::Name)),
        ("Phase", F(Field::Stage)),
        ("Stage", F(Field::Stage)),
        ("Journey-Phase", F(Field::Stage)),
        ("journey phase", F(Field::Stage)),
        ("Verantwortlich", F(Field::Owner)),
        ("Abteilung", F(Field::Owner)),
        ("Owner", F(Field::Owner)),
        ("Department", F(Field::Owner)),
        ("Bedeutung", F(Field::Importance)),
        ("Bedeutung (1-5)", F(Field::Importance)),
        ("Wichtigkeit [1–5]", F(Field::Importance)),
        ("Importance (1 = low)", F(Field::Importance)),
        ("Ist", F(Field::Ist)),
        ("Ist-Erlebnis (−2 bis +2)", F(Field::Ist)),
        ("Soll", F(Field::Soll)),
        ("Target experience", F(Field::Soll)),
        ("Art", F(Field::Contact)),
        ("Kontakt", F(Field::Contact)),
        ("contact", F(Field::Contact)),
        ("Kanal", F(Field::Channel)),
        ("Channel", F(Field::Channel)),
        ("Eintritt", F(Field::Entry)),
        ("Einstiegspunkt", F(Field::Entry)),
        ("Entry point", F(Field::Entry)),
        ("Austritt", F(Field::Exit)),
        ("Ausstiegspunkt", F(Field::Exit)),
        ("exit", F(Field::Exit)),
        ("Moment der Wahrheit", F(Field::MomentOfTruth)),
        ("moment_of_truth", F(Field::MomentOfTruth)),
        ("Enttäuschungsfaktoren", F(Field::DisappointmentFactors)),
        ("Enttaeuschungsfaktoren", F(Field::DisappointmentFactors)),
        ("Okay factors", F(Field::OkayFactors)),
        ("delight_factors", F(Field::DelightFactors)),
        ("Begeisterungsfaktoren", F(Field::DelightFactors)),
        ("Entscheidung", F(Field::Decision)),
        ("Bemerkung", ColumnTarget::Description),
        ("Notiz", ColumnTarget::Description),
        ("Notes", ColumnTarget::Description),
        ("Beschreibung", ColumnTarget::Description),
        ("Beschreibung aus Kundensicht", ColumnTarget::Description),
        ("description", ColumnTarget::Description),
        ("ID", ColumnTarget::Ignore),
        ("Kontaktpunkt-ID", ColumnTarget::Ignore),
        ("", ColumnTarget::Ignore),
    ] {
        let mapping = mapping_of(&format!("{header},x\n"));
        assert_eq!(mapping.get(0), target, "{header:?}");
    }
}

#[test]
fn a_field_goes_to_its_first_column_and_descriptions_are_joined_under_their_headers() {
    let text = "Name;Touchpoint;Bemerkung;Notizen\nHotline;Telefon;kurz;lang\n";
    let source = read_source(text).unwrap();
    let mapping = source.guess_mapping(&import_words());
    assert_eq!(
        mapping.targets(),
        &[
            ColumnTarget::Field(Field::Name),
            ColumnTarget::Ignore,
            ColumnTarget::Description,
            ColumnTarget::Description,
        ]
    );
    let p = source.preview(
        &mapping,
        ImportTarget::Add,
        &Model::new(Lang::De),
        Lang::De,
        &import_words(),
    );
    assert_eq!(
        p.model.touchpoints[0].description,
        "Bemerkung: kurz\nNotizen: lang"
    );

    // The user maps the second column to the name: the first one is ignored from then on.
    let mut changed = mapping.clone();
    changed.set(1, ColumnTarget::Field(Field::Name));
    changed.set(3, ColumnTarget::Ignore);
    changed.set(99, ColumnTarget::Field(Field::Stage));
    assert_eq!(changed.get(0), ColumnTarget::Ignore);
    assert_eq!(changed.column_of(Field::Name), Some(1));
    assert_eq!(changed.column_of(Field::Stage), None);
    let p = source.preview(
        &changed,
        ImportTarget::Add,
        &Model::new(Lang::De),
        Lang::De,
        &import_words(),
    );
    let t = &p.model.touchpoints[0];
    assert_eq!(
        (t.name.as_str(), t.description.as_str()),
        ("Telefon", "kurz")
    );
}

#[test]
fn mapping_labels_read_in_the_users_language() {
    assert_eq!(
        target_label(ColumnTarget::Field(Field::Owner), Lang::De),
        "Verantwortlich"
    );
    assert_eq!(
        target_label(ColumnTarget::Field(Field::Entry), Lang::En),
        "Entry point"
    );
    assert_eq!(
        target_label(ColumnTarget::Ignore, Lang::De),
        "nicht importieren"
    );
}

// --- value synonyms -------------------------------------------------------------------------

#[test]
fn values_are_read_in_either_language_and_as_synonyms() {
    let text = "Name;Kontakt;Kanal;Wichtigkeit;Ist;Soll;Eintritt;Austritt;Moment der Wahrheit;Entscheidung\n\
A;direct;Online;1;-2;+2;ja;nein;wahr;optimieren\n\
B;unmittelbar;offline;sehr gering;−1;begeisternd;x;;falsch;retire\n\
C;Direkt;beides;low;0 (okay);delightful;1;0;TRUE;neu\n\
D;Indirect;both;mittel;stark enttäuschend;positiv;yes;no;false;keep\n\
E;MITTELBAR;hybrid;4,0;strongly disappointing;positive;Y;N;✓;abschaffen\n\
F;indirekt;Online & Offline;sehr hoch;disappointing;okay;true;false;0;Beibehalten\n";
    let p = preview_of(text, ImportTarget::Add, &Model::new(Lang::En), Lang::En);
    assert_eq!(p.errors, vec![]);
    let got: Vec<_> = p
        .model
        .touchpoints
        .iter()
        .map(|t| {
            (
                t.contact,
                t.channel,
                t.importance.value(),
                t.ist.map(|e| e.value()),
                t.soll.map(|e| e.value()),
                (t.flags.entry, t.flags.exit, t.flags.moment_of_truth),
                t.decision,
            )
        })
        .collect();
    use Channel::*;
    use Contact::*;
    assert_eq!(
        got,
        vec![
            (
                Direct,
                Online,
                1,
                Some(-2),
                Some(2),
                (true, false, true),
                Decision::Optimise
            ),
            (
                Direct,
                Offline,
                1,
                Some(-1),
                Some(2),
                (true, false, false),
                Decision::Retire
            ),
            (
                Direct,
                Both,
                2,
                Some(0),
                Some(2),
                (true, false, true),
                Decision::New
            ),
            (
                Indirect,
                Both,
                3,
                Some(-2),
                Some(1),
                (true, false, false),
                Decision::Keep
            ),
            (
                Indirect,
                Both,
                4,
                Some(-2),
                Some(1),
                (true, false, true),
                Decision::Retire
            ),
            (
                Indirect,
                Both,
                5,
                Some(-1),
                Some(0),
                (true, false, false),
                Decision::Keep
            ),
        ]
    );
}

#[test]
fn stages_and_owners_are_found_by_name_in_either_language_and_new_ones_listed() {
    let text = "Name,Stage,Owner\n\
a,Awareness,Sales\n\
b,aufmerksamkeit,vertrieb\n\
c,LOYALTY & REFERRAL,Geschäftsführung\n\
d,Nutzung und Service,Management\n\
e,Messe,Qualität\n\
f,messe,QUALITÄT\n\
g,purchase,service\n";
    let p = preview_of(text, ImportTarget::Add, &Model::new(Lang::De), Lang::De);
    assert_eq!(p.errors, vec![]);
    let stages: Vec<&str> = p
        .model
        .touchpoints
        .iter()
        .map(|t| t.stage.as_str())
        .collect();
    assert_eq!(&stages[..3], &["awareness", "awareness", "loyalty"][..]);
    assert!(stages[3].starts_with("stage-"), "{stages:?}");
    assert_eq!(p.new_stages, vec!["Nutzung und Service", "Messe"]);
    assert_eq!(stages[4], stages[5], "the new stage is created once");
    assert_eq!(stages[6], "purchase");
    let owners: Vec<&str> = p
        .model
        .touchpoints
        .iter()
        .map(|t| t.owner.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        &owners[..4],
        &["sales", "sales", "management", "management"][..]
    );
    assert_eq!(owners[4], owners[5]);
    assert_eq!(owners[6], "service");
    assert_eq!(p.new_owners, vec!["Qualität"]);
    assert_eq!(p.model.stages.len(), 7);
    assert_eq!(p.model.owners.len(), 8);
}

// --- errors ---------------------------------------------------------------------------------

#[test]
fn bad_values_name_the_files_column_and_line_in_the_users_language() {
    let text = "Kontaktpunkt;Bedeutung (1-5);Ist;Art\r\n\
Gut;3;0;unmittelbar\r\n\
Schlecht;9;0;unmittelbar\r\n\
\"Zwei\r\nZeilen\";3;0;unmittelbar\r\n\
Seitwärts;3;0;seitlich\r\n\
;3;0;mittelbar\r\n\
Zuviel;3;0;mittelbar;extra\r\n";
    let p = preview_of(text, ImportTarget::Add, &Model::new(Lang::De), Lang::De);
    assert_eq!(p.added, 2);
    let lines: Vec<u64> = p.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![3, 6, 7, 8]);
    assert_eq!(
        p.errors[0].problem,
        ImportProblem::Value {
            column: "Bedeutung (1-5)".into(),
            index: 1,
            field: Field::Importance,
            value: "9".into(),
        }
    );
    assert_eq!(
        problem_text(&p.errors[0].problem, Lang::De),
        "Ungültiger Wert in Spalte „Bedeutung (1-5)“: „9“ (erwartet: 1 bis 5 oder sehr gering, \
         gering, mittel, hoch, sehr hoch)."
    );
    assert_eq!(
        problem_text(&p.errors[1].problem, Lang::En),
        "Invalid value in column “Art”: “seitlich” (expected: direct, indirect)."
    );
    assert_eq!(
        p.errors[2].problem,
        ImportProblem::Model(ModelError::EmptyName)
    );
    assert_eq!(
        problem_text(&p.errors[2].problem, Lang::De),
        "Der Name darf nicht leer sein."
    );
    assert_eq!(
        p.errors[3].problem,
        ImportProblem::TooManyFields {
            expected: 4,
            found: 5
        }
    );
    assert_eq!(
        problem_text(&p.errors[3].problem, Lang::De),
        "5 Spalten statt 4 wie in der Kopfzeile."
    );
}

#[test]
fn the_first_fifty_bad_lines_are_listed_and_the_rest_counted() {
    let mut text = String::from("Name;Importance\n");
    for i in 0..70 {
        text.push_str(&format!(
            "tp {i};{}\n",
            if i % 10 == 0 { "2" } else { "nine" }
        ));
    }
    let p = preview_of(&text, ImportTarget::Add, &Model::new(Lang::En), Lang::En);
    assert_eq!(p.added, 7);
    assert_eq!(p.errors.len(), LISTED_ERRORS);
    assert_eq!(p.more_errors, 63 - LISTED_ERRORS);
    assert_eq!(p.error_count(), 63);
    assert_eq!(p.errors[0].line, 3);
}

#[test]
fn without_a_name_column_nothing_is_imported() {
    let source = read_source("Phase;Kanal\nKauf;online\n").unwrap();
    let mapping = source.guess_mapping(&import_words());
    assert!(!mapping.has_name());
    let p = source.preview(
        &mapping,
        ImportTarget::Add,
        &Model::new(Lang::De),
        Lang::De,
        &import_words(),
    );
    assert_eq!(p.added, 0);
    assert_eq!(p.errors[0].line, 1);
    assert_eq!(p.errors[0].problem, ImportProblem::NoNameColumn);
    assert!(problem_text(&p.errors[0].problem, Lang::De).contains("Namen"));
    assert_eq!(p.into_import(), None);
}

#[test]
fn an_empty_file_and_an_unclosed_quote_are_reported() {
    for text in ["", "\u{feff}", "\r\n\r\n"] {
        let e = read_source(text).unwrap_err();
        assert_eq!(e.problem, ImportProblem::Empty, "{text:?}");
        assert_eq!(problem_text(&e.problem, Lang::En), "The file is empty.");
    }
    let e = read_source("\"Name\n").unwrap_err();
    assert_eq!((e.line, e.problem), (1, ImportProblem::UnclosedQuote));
    let p = preview_of(
        "Name\nA\n\"B\nC\n",
        ImportTarget::Add,
        &Model::new(Lang::En),
        Lang::En,
    );
    assert_eq!(p.added, 1);
    assert_eq!(p.errors[0].line, 3);
    assert_eq!(p.errors[0].problem, ImportProblem::UnclosedQuote);
}

// --- targets --------------------------------------------------------------------------------

#[test]
fn replacing_the_current_model_is_one_step_that_undo_takes_back() {
    let current = demo_model(Lang::De);
    let mut history = History::new(current.clone());
    let preview = preview_of(
        GERMAN_EXCEL,
        ImportTarget::Replace,
        &history.current,
        Lang::De,
    );
    assert_eq!(preview.added, 11);
    let Some(Imported::Change(action)) = preview.into_import() else {
        panic!()
    };
    history.apply(action, 5.0).unwrap();
    let replaced = history.current.clone();
    assert_eq!(replaced.touchpoints.len(), 11);
    assert!(replaced.measures.is_empty(), "the old content is gone");
    assert_eq!(replaced.meta.title, current.meta.title, "the title stays");
    assert_eq!(replaced.meta.company, current.meta.company);
    assert_eq!(replaced.touchpoints[0].name, "Online-Anzeige");
    assert!(history.undo());
    assert_eq!(*history.current, current, "undo restores the model exactly");
    assert!(history.redo());
    assert_eq!(history.current, replaced);
}

#[test]
fn the_base_of_each_target() {
    let current = demo_model(Lang::En);
    let new = ImportSource::base(
        &ImportTarget::NewModel {
            title: "Kunden".into(),
        },
        &current,
        Lang::De,
    );
    assert_eq!(new.meta.title, "Kunden");
    assert!(new.touchpoints.is_empty());
    assert_eq!(new.stages[0].name, "Aufmerksamkeit");
    assert_eq!(
        ImportSource::base(&ImportTarget::Add, &current, Lang::De),
        current
    );
    assert_eq!(title_from_file_name("liste.final.csv"), "liste.final");
    assert_eq!(title_from_file_name(".csv"), ".csv");
    assert_eq!(title_from_file_name("/tmp/Journey"), "Journey");
}

// --- layouts and encodings ------------------------------------------------------------------

#[test]
fn the_encoding_is_told_by_its_bom_or_by_utf8_validity() {
    assert_eq!(sniff_encoding(b"\xEF\xBB\xBFName"), TextEncoding::Utf8);
    assert_eq!(sniff_encoding("Straße".as_bytes()), TextEncoding::Utf8);
    assert_eq!(sniff_encoding(b"Name"), TextEncoding::Utf8);
    assert_eq!(sniff_encoding(b""), TextEncoding::Utf8);
    assert_eq!(sniff_encoding(b"Stra\xDFe"), TextEncoding::Windows1252);
    assert_eq!(sniff_encoding(b"\xFF\xFEN\0"), TextEncoding::Utf16Le);
    assert_eq!(sniff_encoding(b"\xFE\xFF\0N"), TextEncoding::Utf16Be);
    assert_eq!(sniff_encoding(b"N\0a\0"), TextEncoding::Utf16Le);
    assert_eq!(sniff_encoding(b"\0N\0a"), TextEncoding::Utf16Be);
    assert_eq!(TextEncoding::Windows1252.label(), "windows-1252");
    assert_eq!(TextEncoding::Utf16Le.label(), "utf-16le");
    assert_eq!(
        decode(&encode_cp1252("Geschäftsführung €")),
        "Geschäftsführung €"
    );
}

#[test]
fn delimiters_bom_and_excels_separator_line_are_read() {
    for (text, delimiter) in [
        ("\u{feff}Name,Phase\r\nA,Kauf\r\n", ','),
        ("Name;Phase\nA;Kauf\n", ';'),
        ("Name\tPhase\nA\tKauf\n", '\t'),
        ("sep=;\r\nName;Phase\r\nA;Kauf\r\n", ';'),
        ("sep=,\nName,Phase\nA,Kauf", ','),
    ] {
        let source = read_source(text).unwrap();
        assert_eq!(source.delimiter, delimiter, "{text:?}");
        assert_eq!(source.columns, vec!["Name", "Phase"], "{text:?}");
        assert_eq!(source.record_count(), 1);
        let p = preview_of(text, ImportTarget::Add, &Model::new(Lang::De), Lang::De);
        assert_eq!(p.errors, vec![], "{text:?}");
        assert_eq!(p.model.touchpoints[0].stage, "purchase");
    }
    // Line numbers count the separator line.
    let p = preview_of(
        "sep=;\nName;Wichtigkeit\nA;7\n",
        ImportTarget::Add,
        &Model::new(Lang::De),
        Lang::De,
    );
    assert_eq!(p.errors[0].line, 3);
}

#[test]
fn the_apps_own_export_reads_back_through_the_mapping() {
    for lang in Lang::ALL {
        let demo = demo_model(lang);
        let exported = export_csv(
            &demo,
            kontaktpunkt_core::io::csv_io::spreadsheet_delimiter(lang),
        );
        let p = preview_of(&exported, ImportTarget::Replace, &demo, lang);
        assert_eq!(p.errors, vec![], "{lang:?}");
        assert_eq!(p.defaults, vec![Field::Decision]);
        assert_eq!((p.new_stages.len(), p.new_owners.len()), (0, 0));
        for (a, b) in p.model.touchpoints.iter().zip(&demo.touchpoints) {
            let mut b = b.clone();
            b.description.clear();
            b.decision = Decision::Keep;
            b.id = a.id;
            assert_eq!(*a, b);
        }
    }
}

#[test]
fn a_title_above_the_header_is_found_in_a_semicolon_file_and_names_keep_their_spelling() {
    let text =
        "Touchpoint-Liste Müller GmbH, Stand März 2026\n\nKontaktpunkt;Phase;Verantwortlich\n\
Messestand;AUFMERKSAMKEIT;Geschäftsführung\nHotline;Usage & Service;Innendienst\n";
    let mut source = read_source(text).unwrap();
    assert_eq!(source.delimiter, ';');
    assert_eq!(source.find_header(&import_words()), 1);
    let words = import_words();
    let mapping = source.guess_mapping(&words);
    let p = source.preview(
        &mapping,
        ImportTarget::Replace,
        &demo_model(Lang::En),
        Lang::En,
        &words,
    );
    assert_eq!(p.errors, vec![]);
    let m = &p.model;
    // A new model's defaults take the file's spelling, whichever language it names them in.
    assert_eq!(m.stage_name(&m.touchpoints[0].stage), "AUFMERKSAMKEIT");
    assert_eq!(m.stage_name(&m.touchpoints[1].stage), "Usage & Service");
    assert_eq!(m.owner_name("management"), "Geschäftsführung");
    assert_eq!(
        m.owner_name("sales"),
        "Vertrieb",
        "the file's language for the rest"
    );
    // Added to a current model, its entries are matched and never renamed.
    let p = source.preview(
        &mapping,
        ImportTarget::Add,
        &Model::new(Lang::En),
        Lang::En,
        &words,
    );
    assert_eq!(p.model.touchpoints[0].stage, "awareness");
    assert_eq!(p.model.stage_name("awareness"), "Awareness");
    assert_eq!(p.model.owner_name("management"), "Management");
}

#[test]
fn replacing_only_the_touchpoints_keeps_the_plan_and_says_what_goes_otherwise() {
    use kontaktpunkt_core::domain::action::{Action, MeasureEdit, NewTouchpoint};
    let new = ImportTarget::NewModel {
        title: "Müller".into(),
    };
    let mut current = preview_of(GERMAN_EXCEL, new, &Model::new(Lang::De), Lang::De).model;
    let old = NewTouchpoint {
        name: "Alte Broschüre".into(),
        stage: "awareness".into(),
        contact: Default::default(),
        channel: Default::default(),
    };
    current = current.apply(Action::AddTouchpoint(old), 1.0).unwrap();
    current = current
        .apply(Action::AddMeasure("Rückruf".into()), 2.0)
        .unwrap();
    let id = |m: &Model, name: &str| m.touchpoints.iter().find(|t| t.name == name).unwrap().id;
    let links = vec![id(&current, "Hotline"), id(&current, "Alte Broschüre")];
    let measure = current.measures[0].id;
    current = current
        .apply(
            Action::EditMeasure(measure, MeasureEdit::Touchpoints(links)),
            3.0,
        )
        .unwrap();
    let snapshot = Action::TakeSnapshot {
        date: "2026-03-01".into(),
        label: String::new(),
    };
    current = current.apply(snapshot, 4.0).unwrap();
    assert!(!current.measures.is_empty());
    let full = preview_of(GERMAN_EXCEL, ImportTarget::Replace, &current, Lang::De);
    let removed = full.removed.clone().unwrap();
    assert_eq!(removed.measures, current.measures.len());
    assert_eq!(removed.snapshots, current.snapshots.len());
    let sentence = kontaktpunkt_core::text::import::removed_text(&removed, Lang::En);
    assert!(
        sentence.contains(&format!("{} snapshot", current.snapshots.len())),
        "{sentence}"
    );
    assert!(
        sentence.contains(&format!("{} measure", current.measures.len())),
        "{sentence}"
    );

    let keep = preview_of(
        GERMAN_EXCEL,
        ImportTarget::ReplaceTouchpoints,
        &current,
        Lang::De,
    );
    assert_eq!(keep.removed.as_ref().unwrap().measures, 0);
    let carried = keep.carried.clone().unwrap();
    assert_eq!(carried.measures, current.measures.len());
    assert_eq!(carried.unmatched, vec!["Alte Broschüre".to_string()]);
    let mut history = History::new(current.clone());
    let Some(Imported::Change(action)) = keep.into_import() else {
        panic!()
    };
    history.apply(action, 9.0).unwrap();
    let next = history.current.clone();
    assert_eq!(next.touchpoints.len(), 11);
    assert_eq!(next.measures.len(), current.measures.len());
    assert_eq!(next.snapshots.len(), current.snapshots.len());
    assert_eq!(next.kpis, current.kpis);
    // Every link that remains points at a touchpoint of the file.
    for m in next.measures.iter() {
        assert!(m
            .touchpoints
            .iter()
            .all(|id| next.touchpoint(*id).is_some()));
    }
    assert!(history.undo());
    assert_eq!(*history.current, current);
}
