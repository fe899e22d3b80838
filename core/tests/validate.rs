#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The gate for models from outside: `model_from_json` and `restore`.

use kontaktpunkt_core::domain::model::{MAX_NAME_CHARS, MAX_TEXT_CHARS, SCHEMA_VERSION};
use kontaktpunkt_core::domain::validate::{check_date, model_from_json, restore};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::{Action, Lang, Model, ModelError};
use serde_json::{json, Value};

/// The demo model with one measure (id 13, linked to touchpoints 1 and 2), as a JSON value.
fn demo_value() -> Value {
    let m = demo_model(Lang::En);
    let m = m
        .apply(Action::AddMeasure("Answer every review".into()), 1.0)
        .unwrap();
    let m = m
        .apply(
            Action::EditMeasure(
                13,
                kontaktpunkt_core::domain::action::MeasureEdit::Touchpoints(vec![1, 2]),
            ),
            2.0,
        )
        .unwrap();
    serde_json::to_value(&m).unwrap()
}

fn load(v: &Value) -> Result<Model, ModelError> {
    model_from_json(&v.to_string())
}

#[track_caller]
fn assert_malformed_mentions(result: Result<Model, ModelError>, needle: &str) {
    match result {
        Err(ModelError::Malformed(why)) => {
            assert!(
                why.detail.contains(needle),
                "{why:?} does not mention {needle:?}"
            )
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn demo_model_round_trips_through_json() {
    for lang in Lang::ALL {
        let m = demo_model(lang);
        let text = serde_json::to_string(&m).unwrap();
        let back = model_from_json(&text).unwrap();
        assert_eq!(back, m, "{lang:?}");
    }
    // with a measure and timestamps, too
    let v = demo_value();
    let back = load(&v).unwrap();
    assert_eq!(serde_json::to_value(&back).unwrap(), v);
}

#[test]
fn newer_version_is_refused() {
    let mut v = demo_value();
    v["version"] = json!(99);
    assert_eq!(load(&v), Err(ModelError::UnsupportedVersion(99)));
    v["version"] = json!(SCHEMA_VERSION + 1);
    assert_eq!(
        load(&v),
        Err(ModelError::UnsupportedVersion(SCHEMA_VERSION + 1))
    );
    // beyond u32: still a typed refusal
    v["version"] = json!(u64::MAX);
    assert_eq!(load(&v), Err(ModelError::UnsupportedVersion(u32::MAX)));
    // restore itself checks too
    let mut m = demo_model(Lang::En);
    m.version = 99;
    assert_eq!(restore(m), Err(ModelError::UnsupportedVersion(99)));
}

#[test]
fn version_is_required_and_numeric() {
    let mut v = demo_value();
    v.as_object_mut().unwrap().remove("version");
    assert_malformed_mentions(load(&v), "version");
    for bad in [json!("1"), json!(-1), json!(1.5), json!(null)] {
        let mut v = demo_value();
        v["version"] = bad.clone();
        assert!(
            matches!(load(&v), Err(ModelError::Malformed(_))),
            "version {bad}"
        );
    }
}

#[test]
fn older_or_zero_version_is_stamped_current() {
    let mut v = demo_value();
    v["version"] = json!(0);
    assert_eq!(load(&v).unwrap().version, SCHEMA_VERSION);
}

#[test]
fn rating_out_of_range_is_refused() {
    for (field, value) in [("ist", 7), ("soll", 7), ("ist", -3), ("soll", 3)] {
        let mut v = demo_value();
        v["touchpoints"][0][field] = json!(value);
        assert_eq!(
            load(&v),
            Err(ModelError::InvalidRating(value)),
            "{field} = {value}"
        );
    }
    // out of i8 range altogether
    let mut v = demo_value();
    v["touchpoints"][0]["ist"] = json!(300);
    assert_eq!(load(&v), Err(ModelError::InvalidRating(300)));
    // in a measure's scenario
    let mut v = demo_value();
    v["measures"][0]["expected"]["best"] = json!(7);
    assert_eq!(load(&v), Err(ModelError::InvalidRating(7)));
}

#[test]
fn importance_out_of_range_is_refused() {
    for value in [0, 6] {
        let mut v = demo_value();
        v["touchpoints"][0]["importance"] = json!(value);
        assert_eq!(load(&v), Err(ModelError::InvalidImportance(value)));
    }
    let mut v = demo_value();
    v["measures"][0]["effort"] = json!(0);
    assert_eq!(load(&v), Err(ModelError::InvalidEffort(0)));
}

#[test]
fn rating_out_of_range_gives_a_typed_error() {
    let mut v = demo_value();
    v["touchpoints"][0]["ist"] = json!(7);
    assert_eq!(load(&v), Err(ModelError::InvalidRating(7)));
    let mut v = demo_value();
    v["touchpoints"][0]["importance"] = json!(0);
    assert_eq!(load(&v), Err(ModelError::InvalidImportance(0)));
}

#[test]
fn duplicate_ids_are_refused() {
    // two touchpoints with id 1
    let mut v = demo_value();
    v["touchpoints"][1]["id"] = json!(1);
    assert_eq!(load(&v), Err(ModelError::DuplicateId(1)));
    // a measure sharing a touchpoint's id
    let mut v = demo_value();
    v["measures"][0]["id"] = json!(12);
    assert_eq!(load(&v), Err(ModelError::DuplicateId(12)));
}

#[test]
fn unknown_references_are_refused() {
    let mut v = demo_value();
    v["touchpoints"][0]["stage"] = json!("nowhere");
    assert_eq!(load(&v), Err(ModelError::UnknownStage("nowhere".into())));

    let mut v = demo_value();
    v["touchpoints"][0]["owner"] = json!("nobody");
    assert_eq!(load(&v), Err(ModelError::UnknownOwner("nobody".into())));

    let mut v = demo_value();
    v["measures"][0]["touchpoints"] = json!([1, 999]);
    assert_eq!(load(&v), Err(ModelError::UnknownTouchpoint(999)));

    let mut v = demo_value();
    v["measures"][0]["owner"] = json!("nobody");
    assert_eq!(load(&v), Err(ModelError::UnknownOwner("nobody".into())));
}

#[test]
fn structural_invariants() {
    let mut v = demo_value();
    v["stages"] = json!([]);
    assert_eq!(load(&v), Err(ModelError::LastStage));

    let mut v = demo_value();
    v["stages"][1]["name"] = json!("AWARENESS");
    assert_eq!(
        load(&v),
        Err(ModelError::DuplicateStage("AWARENESS".into()))
    );

    let mut v = demo_value();
    v["owners"][1]["key"] = json!("marketing");
    assert!(matches!(load(&v), Err(ModelError::DuplicateOwner(_))));

    let mut v = demo_value();
    v["touchpoints"][0]["name"] = json!("   ");
    assert_eq!(load(&v), Err(ModelError::EmptyName));

    let mut v = demo_value();
    v["measures"][0]["due"] = json!("31.12.2025");
    assert_eq!(load(&v), Err(ModelError::InvalidDate("31.12.2025".into())));
}

#[test]
fn too_long_texts_are_refused() {
    let long = "a".repeat(10_000);
    let name_err = Err(ModelError::TextTooLong {
        max: MAX_NAME_CHARS,
    });

    let mut v = demo_value();
    v["touchpoints"][0]["name"] = json!(long);
    assert_eq!(load(&v), name_err);

    let mut v = demo_value();
    v["meta"]["title"] = json!(long);
    assert_eq!(load(&v), name_err);

    let mut v = demo_value();
    v["measures"][0]["title"] = json!(long);
    assert_eq!(load(&v), name_err);

    let mut v = demo_value();
    v["touchpoints"][0]["factors"]["delight"] = json!([long]);
    assert_eq!(load(&v), name_err);

    let mut v = demo_value();
    v["touchpoints"][0]["description"] = json!(long);
    assert_eq!(
        load(&v),
        Err(ModelError::TextTooLong {
            max: MAX_TEXT_CHARS
        })
    );

    // the limit counts characters, not bytes: 200 × "ä" (400 bytes) is fine, 201 is not
    let mut v = demo_value();
    v["touchpoints"][0]["name"] = json!("ä".repeat(MAX_NAME_CHARS));
    assert!(load(&v).is_ok());
    v["touchpoints"][0]["name"] = json!("ä".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(load(&v), name_err);
}

#[test]
fn too_small_next_id_is_repaired() {
    // ids in use: touchpoints 1..=12, measure 13 → next_id must become 14
    for bad in [json!(0), json!(1), json!(13)] {
        let mut v = demo_value();
        v["next_id"] = bad.clone();
        assert_eq!(load(&v).unwrap().next_id, 14, "next_id {bad}");
    }
    let mut v = demo_value();
    v.as_object_mut().unwrap().remove("next_id");
    assert_eq!(load(&v).unwrap().next_id, 14, "missing next_id");
    // a larger next_id is kept
    let mut v = demo_value();
    v["next_id"] = json!(500);
    assert_eq!(load(&v).unwrap().next_id, 500);
    // an empty model gets at least 1
    let mut m = Model::new(Lang::En);
    m.next_id = 0;
    assert_eq!(restore(m).unwrap().next_id, 1);
}

#[test]
fn repaired_model_hands_out_fresh_ids() {
    let mut v = demo_value();
    v["next_id"] = json!(2);
    let m = load(&v).unwrap();
    let m = m.apply(Action::AddMeasure("New".into()), 3.0).unwrap();
    assert_eq!(m.measures.last().unwrap().id, 14);
    assert!(restore(m).is_ok());
}

#[test]
fn minimal_model_with_defaults() {
    let text = r#"{"version":1,"stages":[{"key":"s","name":"Stage"}],"owners":[]}"#;
    let m = model_from_json(text).unwrap();
    assert!(m.touchpoints.is_empty() && m.measures.is_empty());
    assert_eq!(m.next_id, 1);
    // a touchpoint with only the required fields gets the defaults
    let text = r#"{"version":1,"stages":[{"key":"s","name":"Stage"}],"owners":[],
        "touchpoints":[{"id":5,"name":"Web","stage":"s"}]}"#;
    let m = model_from_json(text).unwrap();
    let t = &m.touchpoints[0];
    assert_eq!(t.importance.value(), 3);
    assert_eq!((t.ist, t.soll, t.owner.clone()), (None, None, None));
    assert_eq!(m.next_id, 6);
}

#[test]
fn garbage_never_panics() {
    let demo = serde_json::to_string(&demo_value()).unwrap();
    let mut inputs: Vec<String> = [
        "",
        " ",
        "\u{feff}",
        "null",
        "true",
        "0",
        "-1",
        "1e400",
        "\"text\"",
        "\"\\ud800\"",
        "[]",
        "[1,2,3]",
        "{}",
        "{",
        "}",
        "{\"version\":1}",
        "{\"version\":1,\"stages\":[]}",
        "{\"version\":1,\"stages\":[],\"owners\":[]}",
        "{\"version\":1,\"stages\":null,\"owners\":null}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\"}],\"owners\":[]}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\",\"name\":\"A\"}],\"owners\":[],\"touchpoints\":[{}]}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\",\"name\":\"A\"}],\"owners\":[],\"touchpoints\":{}}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\",\"name\":\"A\"}],\"owners\":[],\"next_id\":-5}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\",\"name\":\"A\"}],\"owners\":[],\"next_id\":99999999999999999}",
        "{\"version\":1,\"stages\":[{\"key\":\"a\",\"name\":\"A\"}],\"owners\":[],\"meta\":{\"created\":\"x\"}}",
        "{\"version\":1e3}",
        "{\"version\":4294967296}",
        "{\"version\":18446744073709551616}",
        "{\"version\":1,\"version\":2}",
        "{\"a\":\"\\u0000\"}",
        "\u{0}\u{1}\u{2}",
        "ÄÖÜ",
        "<html></html>",
        "version=1",
        "{'version': 1}",
        "[{\"version\":1}]",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    let hand_written = inputs.len();
    inputs.push("[".repeat(100_000));
    inputs.push(format!("{}{}", "{\"a\":".repeat(50_000), "1"));
    inputs.push("9".repeat(100_000));
    // every truncation of a real model at a few dozen places
    let step = demo.len() / 40;
    for i in (0..demo.len()).step_by(step.max(1)) {
        if demo.is_char_boundary(i) {
            inputs.push(demo[..i].to_string());
        }
    }
    inputs.push(demo.replace("\"ist\":", "\"ist\":\"x\","));
    inputs.push(demo.replace("\"stage\":\"", "\"stage\":\"zz"));
    for text in &inputs {
        // the test fails on a panic; a refusal or a valid model are both fine
        if let Ok(m) = model_from_json(text) {
            assert!(
                restore(m).is_ok(),
                "accepted a model restore refuses: {text:.80}"
            );
        }
    }
    // all the hand-written ones are refusals
    for text in &inputs[..hand_written] {
        assert!(model_from_json(text).is_err(), "accepted {text:?}");
    }
}

#[test]
fn check_date_is_public_and_strict_on_shape() {
    assert_eq!(check_date("2025-02-28"), Ok(()));
    assert!(check_date("2025-2-28").is_err());
    assert!(check_date("").is_err());
}

#[test]
fn a_logo_is_a_small_image_data_url() {
    use kontaktpunkt_core::domain::model::MAX_LOGO_BYTES;
    let m = Model::new(Lang::En);
    let set = |url: &str| m.apply(Action::SetLogo(Some(url.to_string())), 1.0);
    for ok in [
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/jpeg;base64,/9j/4AAQ",
        "data:image/svg+xml;base64,PHN2Zy8+",
        "data:image/webp;base64,UklGRg==",
    ] {
        assert_eq!(set(ok).unwrap().meta.logo.as_deref(), Some(ok));
    }
    for bad in [
        "data:text/html;base64,PGI+",
        "data:image/gif;base64,R0lGOD==",
        "data:image/png,rawbytes",
        "https://example.com/logo.png",
        "data:image/png;base64,not base64!",
        "data:image/png;base64,",
    ] {
        assert_eq!(set(bad).unwrap_err(), ModelError::LogoType, "{bad}");
    }
    let big = format!(
        "data:image/png;base64,{}",
        "A".repeat((MAX_LOGO_BYTES / 3 + 1) * 4)
    );
    assert_eq!(
        set(&big).unwrap_err(),
        ModelError::LogoTooLarge {
            max: MAX_LOGO_BYTES
        }
    );
    let at_limit = format!(
        "data:image/png;base64,{}",
        "A".repeat(MAX_LOGO_BYTES / 3 * 4)
    );
    assert!(set(&at_limit).is_ok());
    assert_eq!(m.apply(Action::SetLogo(None), 1.0).unwrap().meta.logo, None);
}

#[test]
fn an_edit_shares_the_logo_and_files_hold_it_as_a_plain_string() {
    let url = format!("data:image/png;base64,{}", "A".repeat(200 * 1024 / 3 * 4));
    let m = Model::new(Lang::En)
        .apply(Action::SetLogo(Some(url.clone())), 1.0)
        .unwrap();
    let edited = m.apply(Action::SetTitle("Shop".into()), 2.0).unwrap();
    let (before, after) = (m.meta.logo.unwrap(), edited.meta.logo.clone().unwrap());
    assert!(
        std::rc::Rc::ptr_eq(&before, &after),
        "an edit copies a pointer, not the logo"
    );
    let json = serde_json::to_value(&edited).unwrap();
    assert_eq!(json["meta"]["logo"], json!(url));
    let back: Model = serde_json::from_value(json).unwrap();
    assert_eq!(back.meta.logo.as_deref(), Some(url.as_str()));
}

#[test]
fn old_models_without_consultancy_or_logo_still_load_and_the_gate_checks_the_logo() {
    let mut v = demo_value();
    let meta = v["meta"].as_object_mut().unwrap();
    meta.remove("consultancy");
    meta.remove("logo");
    let m = load(&v).unwrap();
    assert_eq!(m.meta.consultancy, "");
    assert_eq!(m.meta.logo, None);
    v["meta"]["logo"] = json!("data:text/html;base64,PGI+");
    assert_eq!(load(&v).unwrap_err(), ModelError::LogoType);
    v["meta"]["logo"] = json!(null);
    v["meta"]["consultancy"] = json!("Beratung Nord");
    assert_eq!(load(&v).unwrap().meta.consultancy, "Beratung Nord");
}
