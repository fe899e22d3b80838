#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! CSV import and export in the fixtures' layout, against the real fixture files. The import is
//! the app's one reader, the mapping importer (`common::import_layout`).

mod common;
use common::import_layout;

use kontaktpunkt_core::domain::model::{Channel, Contact};
use kontaktpunkt_core::domain::validate::restore;
use kontaktpunkt_core::io::csv_io::import::{ImportError, ImportProblem};
use kontaktpunkt_core::io::csv_io::{export_csv, model_from_csv, spreadsheet_delimiter, HEADER};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::{Lang, Model};

const FIXTURE_100: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/touchpoints-100.csv"
));

fn header_line() -> String {
    HEADER.join(",")
}

fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}')
        .expect("export starts with a BOM")
}

#[test]
fn fixture_100_imports_completely() {
    let import = import_layout(&Model::new(Lang::En), FIXTURE_100);
    assert_eq!(import.errors, vec![]);
    assert_eq!(import.added, 100);
    assert_eq!(import.model.touchpoints.len(), 100);
    // every owner in the fixture is a default department name → no new owners
    assert_eq!(import.new_owners, Vec::<String>::new());
    assert_eq!(import.model.owners.len(), 7);
    // ids 1..=100 in file order
    let ids: Vec<u64> = import.model.touchpoints.iter().map(|t| t.id).collect();
    assert_eq!(ids, (1..=100).collect::<Vec<_>>());
    assert_eq!(import.model.next_id, 101);
    // the result is a valid model
    assert!(restore(import.model.clone()).is_ok());

    // first data line: Online ad,awareness,direct,online,Marketing,1,-1,2,0,0,0,,
    //                  correct data,personal note | proactive status message
    let t = &import.model.touchpoints[0];
    assert_eq!(t.name, "Online ad");
    assert_eq!(t.stage, "awareness");
    assert_eq!(t.contact, Contact::Direct);
    assert_eq!(t.channel, Channel::Online);
    assert_eq!(t.owner.as_deref(), Some("marketing"));
    assert_eq!(t.importance.value(), 1);
    assert_eq!(t.ist.map(|r| r.value()), Some(-1));
    assert_eq!(t.soll.map(|r| r.value()), Some(2));
    assert!(!t.flags.entry && !t.flags.exit && !t.flags.moment_of_truth);
    assert!(t.factors.disappointment.is_empty());
    assert_eq!(t.factors.okay, vec!["correct data"]);
    assert_eq!(
        t.factors.delight,
        vec!["personal note", "proactive status message"]
    );
}

#[test]
fn import_adds_after_the_existing_touchpoints_with_fresh_ids() {
    let base = import_layout(&Model::new(Lang::En), FIXTURE_100).model;
    let both = import_layout(&base, FIXTURE_100);
    assert_eq!(both.errors, vec![]);
    assert_eq!(both.model.touchpoints.len(), 200);
    // The open model's touchpoints come first, untouched; the new ones follow.
    assert!(both
        .model
        .touchpoints
        .iter()
        .take(100)
        .eq(base.touchpoints.iter()));
    let mut ids: Vec<_> = both.model.touchpoints.iter().map(|t| t.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 200, "every touchpoint keeps an id of its own");
}

#[test]
fn fixture_100_export_equals_fixture_exactly() {
    let model = import_layout(&Model::new(Lang::En), FIXTURE_100).model;
    let exported = export_csv(&model, ',');
    let (a, b) = (strip_bom(&exported).as_bytes(), FIXTURE_100.as_bytes());
    let first_diff = a.iter().zip(b).position(|(x, y)| x != y);
    assert!(
        a == b,
        "export differs from the fixture at byte {first_diff:?} (lengths {} vs {})",
        a.len(),
        b.len()
    );
}

#[test]
fn export_then_import_round_trips_touchpoints() {
    let model = import_layout(&Model::new(Lang::En), FIXTURE_100).model;
    let again = import_layout(&Model::new(Lang::En), &export_csv(&model, ','));
    assert_eq!(again.errors, vec![]);
    assert_eq!(again.added, 100);
    assert_eq!(again.model.touchpoints, model.touchpoints);
}

#[test]
fn all_fixtures_import_without_errors() {
    for (n, text) in [
        (
            10,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/touchpoints-10.csv"
            )),
        ),
        (
            30,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/touchpoints-30.csv"
            )),
        ),
        (
            300,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/touchpoints-300.csv"
            )),
        ),
        (
            2000,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/fixtures/touchpoints-2000.csv"
            )),
        ),
    ] {
        let import = import_layout(&Model::new(Lang::En), text);
        assert_eq!(import.errors, vec![], "touchpoints-{n}.csv");
        assert_eq!(import.added, n);
        let model = model_from_csv(Lang::En, text).unwrap();
        assert_eq!(model.touchpoints.len(), n);
    }
}

#[test]
fn empty_ratings_and_owner_import_as_none() {
    let text = format!(
        "{}\n{}\n",
        header_line(),
        "Flyer,awareness,direct,offline,,2,,,,,,,,"
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    assert_eq!(import.errors, vec![]);
    let t = &import.model.touchpoints[0];
    assert_eq!((t.ist, t.soll, t.owner.clone()), (None, None, None));
    assert_eq!(t.importance.value(), 2);
}

#[test]
fn line_numbers_count_physical_lines_of_quoted_fields() {
    // line 2 holds a factor with an embedded newline, so the next record starts on line 4
    let text = format!(
        "{}\n{}\n{}\n",
        header_line(),
        "\"Website\",awareness,direct,online,,3,0,1,0,0,0,\"slow\nvery slow\",,",
        "Bad,awareness,direct,online,,7,0,1,0,0,0,,,",
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    assert_eq!(import.added, 1);
    assert_eq!(import.errors.len(), 1);
    assert_eq!(import.errors[0].line, 4);
}

#[test]
fn umlauts_survive_import_and_export() {
    let text = format!(
        "\u{feff}{}\r\n{}\r\n{}\r\n",
        header_line(),
        "Rückruf-Service,information,direct,offline,Geschäftsführung,4,-1,2,0,0,1,Wartezeit über 5 Min. | Ärger,,Grüße vom Chef",
        "Straßenfest,awareness,direct,offline,Qualitätssicherung,2,1,1,1,0,0,,Öffnungszeiten,",
    );
    let import = import_layout(&Model::new(Lang::De), &text);
    assert_eq!(import.errors, vec![]);
    assert_eq!(import.added, 2);
    let m = &import.model;
    let t = &m.touchpoints[0];
    assert_eq!(t.name, "Rückruf-Service");
    assert_eq!(
        t.owner.as_deref(),
        Some("management"),
        "found by German name"
    );
    assert_eq!(
        t.factors.disappointment,
        vec!["Wartezeit über 5 Min.", "Ärger"]
    );
    assert_eq!(t.factors.delight, vec!["Grüße vom Chef"]);
    // a department the model does not know is added under its name
    assert_eq!(import.new_owners, vec!["Qualitätssicherung".to_string()]);
    let qs = m.owners.last().unwrap();
    assert_eq!(qs.name, "Qualitätssicherung");
    assert_eq!(m.touchpoints[1].owner.as_deref(), Some(qs.key.as_str()));
    assert_eq!(m.touchpoints[1].name, "Straßenfest");

    let exported = export_csv(m, ',');
    assert!(exported.contains("Rückruf-Service,information,direct,offline,Geschäftsführung,4,-1,2,0,0,1,Wartezeit über 5 Min. | Ärger,,Grüße vom Chef\r\n"));
    assert!(exported.contains("Straßenfest,awareness,direct,offline,Qualitätssicherung,"));
    let again = import_layout(&Model::new(Lang::De), &exported);
    assert_eq!(again.errors, vec![]);
    assert_eq!(again.model.touchpoints, m.touchpoints);
    assert_eq!(again.model.owners, m.owners);
}

#[test]
fn export_quotes_fields_that_need_it() {
    let text = format!(
        "{}\n{}\n",
        header_line(),
        "\"Hotline, 24/7\",information,direct,offline,,3,,,0,0,0,,\"says \"\"hello\"\"\","
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    assert_eq!(import.errors, vec![]);
    let t = &import.model.touchpoints[0];
    assert_eq!(t.name, "Hotline, 24/7");
    assert_eq!(t.factors.okay, vec!["says \"hello\""]);
    let exported = export_csv(&import.model, ',');
    let again = import_layout(&Model::new(Lang::En), &exported);
    assert_eq!(again.model.touchpoints, import.model.touchpoints);
}

#[test]
fn german_export_uses_semicolons_for_excel_and_imports_back() {
    let mut model = import_layout(&Model::new(Lang::De), FIXTURE_100).model;
    model.touchpoints[0].name = "Hotline; 24/7".into();
    assert_eq!(spreadsheet_delimiter(Lang::De), ';');
    assert_eq!(spreadsheet_delimiter(Lang::En), ',');
    let exported = export_csv(&model, spreadsheet_delimiter(Lang::De));
    let first_line = exported.lines().next().unwrap();
    assert_eq!(first_line, format!("\u{feff}{}", HEADER.join(";")));
    assert!(
        exported.contains("\r\n\"Hotline; 24/7\";"),
        "a field holding the separator is quoted"
    );
    let again = import_layout(&Model::new(Lang::De), &exported);
    assert_eq!(again.errors, vec![]);
    assert_eq!(again.model.touchpoints, model.touchpoints);
}

#[test]
fn export_of_an_empty_model_is_the_header() {
    let out = export_csv(&Model::new(Lang::En), ',');
    assert_eq!(out, format!("\u{feff}{}\r\n", header_line()));
}

#[test]
fn semicolons_reordered_columns_and_header_case_are_read() {
    // A spreadsheet in a German locale saves with semicolons; columns may come in any order.
    let mut columns = HEADER.to_vec();
    columns.reverse();
    let header = columns.join(";").to_uppercase();
    let text = format!(
        "{header}\r\nSpät;;Nett;0;1;0;1;-1;3;Service;both;direct;usage;\"Rückruf; sofort\"\r\n"
    );
    let import = import_layout(&Model::new(Lang::De), &text);
    assert_eq!(import.errors, vec![]);
    let t = &import.model.touchpoints[0];
    assert_eq!(t.name, "Rückruf; sofort");
    assert_eq!(t.stage, "usage");
    assert_eq!(t.channel, Channel::Both);
    assert_eq!(
        (t.ist.map(|e| e.value()), t.soll.map(|e| e.value())),
        (Some(-1), Some(1))
    );
    assert_eq!(t.importance.value(), 3);
    assert!(t.flags.exit && !t.flags.entry && !t.flags.moment_of_truth);
    assert_eq!(t.factors.delight, vec!["Spät"]);
    assert_eq!(t.factors.disappointment, vec!["Nett"]);
}

#[test]
fn an_unclosed_quote_is_reported_on_its_line_and_earlier_lines_import() {
    let text = format!(
        "{}\nWebsite,awareness,direct,online,,3,0,1,0,0,0,,,\n\"Hotline,information,direct,offline,,3,0,1,0,0,0,,,\nFlyer,awareness,direct,offline,,2,,,0,0,0,,,\n",
        header_line()
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    assert_eq!(import.added, 1);
    assert_eq!(
        import.errors,
        vec![ImportError {
            line: 3,
            problem: ImportProblem::UnclosedQuote
        }]
    );
}

#[test]
fn blank_lines_are_skipped_and_lines_still_count() {
    let text = format!(
        "{}\n\nWebsite,awareness,direct,online,,3,0,1,0,0,0,,,\r\n\r\nBad,awareness,direct,online,,9,0,1,0,0,0,,,",
        header_line()
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    assert_eq!(import.added, 1);
    assert_eq!(import.errors.len(), 1);
    assert_eq!(
        import.errors[0].line, 5,
        "no line end after the last record is fine too"
    );
}

#[test]
fn empty_input_adds_nothing() {
    for text in ["", "\u{feff}", "\n"] {
        let import = import_layout(&Model::new(Lang::En), text);
        assert_eq!(import.added, 0, "{text:?}");
        assert!(import.model.touchpoints.is_empty());
    }
}

#[test]
fn demo_models_have_12_touchpoints() {
    for lang in Lang::ALL {
        let m = demo_model(lang);
        assert_eq!(m.touchpoints.len(), 12, "{lang:?}");
        let (title, company) = lang.pick(
            ("Demo: Kundenreise eines Onlinehändlers", "Muster GmbH"),
            ("Demo: customer journey of an online shop", "Example Ltd"),
        );
        assert_eq!(
            (m.meta.title.as_str(), m.meta.company.as_str()),
            (title, company)
        );
        assert!(m.touchpoints.iter().all(|t| t.owner.is_some()));
        assert_eq!(m.owners.len(), 7, "{lang:?}: demo uses only default owners");
        assert!(restore(m).is_ok());
    }
    let de = demo_model(Lang::De);
    assert_eq!(de.touchpoints[0].name, "Suchergebnis");
    assert_eq!(demo_model(Lang::En).touchpoints[0].name, "Search result");
}

#[test]
fn too_long_factor_is_reported_on_its_line() {
    let factor = "x".repeat(300);
    let text = format!(
        "{}\nWebsite,awareness,direct,online,,3,0,1,0,0,0,{factor},,\n",
        header_line()
    );
    let import = import_layout(&Model::new(Lang::En), &text);
    // either the line is reported …
    if import.errors.is_empty() {
        // … or the imported model must be valid
        assert!(
            restore(import.model).is_ok(),
            "the import accepted a line whose model fails restore"
        );
    } else {
        assert_eq!(import.errors[0].line, 2);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Whatever a name holds (delimiters, quotes, line breaks, umlauts), export then
        /// import gives it back, trimmed as the editor trims it.
        #[test]
        fn any_name_survives_export_and_import(name in "[a-zA-Z0-9 ,;\"\r\näöüß€-]{1,40}") {
            prop_assume!(!name.trim().is_empty());
            let text = format!("{}\nx,awareness,direct,online,,3,,,0,0,0,,,\n", header_line());
            let mut model = import_layout(&Model::new(Lang::En), &text).model;
            model.touchpoints[0].name = name.trim().to_string();
            let again = import_layout(&Model::new(Lang::En), &export_csv(&model, ','));
            prop_assert_eq!(again.errors, vec![]);
            prop_assert_eq!(&again.model.touchpoints[0].name, &model.touchpoints[0].name);
        }
    }
}
