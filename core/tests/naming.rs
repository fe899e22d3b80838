#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What a model is called in lists and headings, and when a model counts as blank (so that a
//! new or kept model may take its place instead of leaving an empty one behind).

mod common;
use common::new_tp;
use kontaktpunkt_core::{Action, Lang, Model};

fn with(names: &[&str]) -> Model {
    let tps = names.iter().map(|n| new_tp(n, "awareness")).collect();
    Model::new(Lang::De)
        .apply(Action::AddTouchpoints(tps), 1.0)
        .unwrap()
}

#[test]
fn the_title_names_the_model_before_anything_else() {
    let mut m = with(&["Website"]);
    m.meta.title = "  Workshop Nord ".into();
    m.meta.company = "Muster GmbH".into();
    assert_eq!(m.name_from_content().as_deref(), Some("Workshop Nord"));
}

#[test]
fn without_a_title_the_company_names_it() {
    let mut m = with(&["Website"]);
    m.meta.company = "Bäckerei Müller".into();
    assert_eq!(m.name_from_content().as_deref(), Some("Bäckerei Müller"));
}

#[test]
fn without_title_or_company_the_first_touchpoints_name_it() {
    assert_eq!(
        with(&["Website"]).name_from_content().as_deref(),
        Some("Website")
    );
    assert_eq!(
        with(&["Website", "Hotline"]).name_from_content().as_deref(),
        Some("Website, Hotline")
    );
    assert_eq!(
        with(&["Website", "Hotline", "Rechnung"])
            .name_from_content()
            .as_deref(),
        Some("Website, Hotline …")
    );
}

#[test]
fn an_empty_model_has_no_name_and_the_texts_say_untitled() {
    let m = Model::new(Lang::En);
    assert_eq!(m.name_from_content(), None);
    assert_eq!(Lang::En.texts().common.model_name(&m), "Untitled");
    assert_eq!(Lang::De.texts().common.model_name(&m), "Ohne Titel");
}

#[test]
fn a_model_is_blank_until_the_user_puts_something_in() {
    assert!(Model::new(Lang::De).is_blank());
    assert!(!with(&["Website"]).is_blank());
    let mut titled = Model::new(Lang::De);
    titled.meta.company = "Muster GmbH".into();
    assert!(!titled.is_blank());
    let titled_by_action = Model::new(Lang::De)
        .apply(Action::SetTitle("Plan".into()), 1.0)
        .unwrap();
    assert!(!titled_by_action.is_blank());
}
