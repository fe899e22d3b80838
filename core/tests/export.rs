#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The CSV export for people: every field of every touchpoint, in the interface's language,
//! read back by the spreadsheet import into the same touchpoints whichever language the
//! interface has then; names kept exactly and still guarded against formulas.

use kontaktpunkt_core::domain::model::{Decision, Model, Touchpoint};
use kontaktpunkt_core::io::csv_io::import::{read_source, ImportTarget};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::text::import::{import_words, spreadsheet_csv};
use kontaktpunkt_core::Lang;
use proptest::prelude::*;

/// Export in `written`, import as a new model with the interface in `read`.
fn round_trip(model: &Model, written: Lang, read: Lang) -> Model {
    let text = spreadsheet_csv(model, written);
    let mut source = read_source(&text).unwrap();
    let words = import_words();
    assert_eq!(source.find_header(&words), 0);
    let mapping = source.guess_mapping(&words);
    let target = ImportTarget::NewModel { title: "x".into() };
    let preview = source.preview(&mapping, target, &Model::new(read), read, &words);
    assert_eq!(preview.errors, vec![], "{text}");
    assert_eq!(preview.defaults, vec![], "every field has its column");
    preview.model
}

/// A touchpoint's every field, stage and owner by name.
fn fields(m: &Model, t: &Touchpoint) -> String {
    format!(
        "{:?}",
        (
            &t.name,
            &t.description,
            m.stage_name(&t.stage),
            t.contact,
            t.channel,
            t.owner.as_deref().map(|k| m.owner_name(k)),
            t.importance,
            (t.ist, t.soll),
            &t.flags,
            &t.factors,
            t.decision,
        )
    )
}

fn assert_same_touchpoints(a: &Model, b: &Model) {
    assert_eq!(a.touchpoints.len(), b.touchpoints.len());
    for (x, y) in a.touchpoints.iter().zip(b.touchpoints.iter()) {
        assert_eq!(fields(a, x), fields(b, y));
    }
}

/// The demo with every field set somewhere: descriptions, decisions, all flags, factors.
fn full_demo(lang: Lang) -> Model {
    let mut m = demo_model(lang);
    let stages: Vec<String> = m.stages.iter().map(|s| s.key.clone()).collect();
    let owners: Vec<String> = m.owners.iter().map(|s| s.key.clone()).collect();
    for (i, t) in m.touchpoints.iter_mut().enumerate() {
        t.description = format!("Sicht des Kunden Nr. {i};\n„zweite Zeile“, mit Komma");
        t.decision = Decision::ALL[i % 4];
        t.flags.entry = i % 2 == 0;
        t.flags.exit = i % 3 == 0;
        t.flags.moment_of_truth = i % 5 == 0;
        t.factors.okay.push(format!("okay {i}"));
        t.stage = stages[i % stages.len()].clone();
        t.owner = (i % 4 != 0).then(|| owners[i % owners.len()].clone());
    }
    m
}

#[test]
fn every_field_round_trips_in_both_languages_whatever_the_interface_reads_it_in() {
    for written in Lang::ALL {
        let model = full_demo(written);
        for read in Lang::ALL {
            assert_same_touchpoints(&model, &round_trip(&model, written, read));
        }
    }
}

#[test]
fn headers_and_words_are_the_interfaces_and_formulas_stay_guarded() {
    let mut m = full_demo(Lang::De);
    m.touchpoints.get_mut(0).unwrap().name = "=HYPERLINK(\"x\")".into();
    let de = spreadsheet_csv(&m, Lang::De);
    let header = de.lines().next().unwrap();
    assert!(
        header.starts_with("\u{feff}Name;Beschreibung aus Kundensicht;Phase;"),
        "{header}"
    );
    assert!(
        de.contains(";unmittelbar;") && de.contains(";mittelbar;"),
        "{de}"
    );
    assert!(de.contains(";ja;") && de.contains(";nein;"));
    assert!(de.contains("'=HYPERLINK"), "the formula is not a formula");
    let en = spreadsheet_csv(&demo_model(Lang::En), Lang::En);
    assert!(en.starts_with("\u{feff}Name,Description from the customer's view,Stage,"));
    assert!(!en.contains(",awareness,"), "stages by name, not by key");
}

fn tricky_name() -> impl Strategy<Value = String> {
    let prefix = prop_oneof![
        Just(""),
        Just("'"),
        Just("'="),
        Just("'-"),
        Just("'+"),
        Just("'@"),
        Just("="),
        Just("-"),
        Just("+"),
        Just("@"),
        Just("\t"),
        Just("\r"),
        Just("  "),
        Just(" '="),
        Just("''"),
        Just("'\t"),
    ];
    let suffix = prop_oneof![Just(""), Just(" "), Just("\t"), Just("\r\n")];
    (prefix, "[a-zA-Z0-9 ,;\"\r\näöüß€'|=-]{1,20}", suffix)
        .prop_map(|(p, body, s)| format!("{p}{body}{s}"))
        .prop_filter("a name holds more than white space", |n| {
            !n.trim().is_empty()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a name or description holds (a real apostrophe before `= - + @`, leading
    /// tabs, carriage returns and spaces, separators, quotes, line breaks), export then import
    /// gives it back exactly, in both languages; no exported field starts a formula.
    #[test]
    fn any_name_survives_export_and_import_exactly(
        names in proptest::collection::vec(tricky_name(), 1..4),
        description in tricky_name(),
        german in any::<bool>(),
    ) {
        let lang = if german { Lang::De } else { Lang::En };
        let mut model = full_demo(lang);
        for (t, name) in model.touchpoints.iter_mut().zip(&names) {
            t.name = name.clone();
            t.description = description.clone();
        }
        let text = spreadsheet_csv(&model, lang);
        let cells = csv::ReaderBuilder::new()
            .delimiter(if german { b';' } else { b',' })
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
            .collect::<Vec<_>>();
        for cell in cells.iter().flatten() {
            // Ratings are numbers the app writes (`-1`); every text is guarded.
            let number = cell.parse::<i8>().is_ok();
            prop_assert!(number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
        let again = round_trip(&model, lang, lang);
        for (a, b) in model.touchpoints.iter().zip(again.touchpoints.iter()) {
            prop_assert_eq!(&a.name, &b.name);
            prop_assert_eq!(&a.description, &b.description);
        }
    }
}
