//! Browser glue, tested in headless Chromium (wasm-bindgen-test): the app mounts, the
//! language switch re-renders and is remembered, the demo loads through the store.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt::app::App;
use kontaktpunkt::browser;
use kontaktpunkt_core::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app on an empty storage, as on a first visit.
async fn mount(lang: Lang) -> web_sys::Element {
    kontaktpunkt::storage::delete_everything();
    browser::apply_lang(lang);
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn click_button(root: &web_sys::Element, text: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let el: web_sys::HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if el.text_content().unwrap_or_default().trim() == text {
            el.click();
            return;
        }
    }
    panic!("no button {text:?}");
}

#[wasm_bindgen_test]
async fn language_switch_rerenders_and_is_remembered() {
    let root = mount(Lang::De).await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Noch keine Kontaktpunkte"));
    click_button(&root, "English");
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("No touchpoints yet"));
    assert_eq!(browser::initial_lang(), Lang::En);
    let html_lang = document().document_element().unwrap().get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    root.remove();
}

#[wasm_bindgen_test]
async fn demo_button_fills_the_table() {
    let root = mount(Lang::En).await;
    click_button(&root, "Load the demo model");
    yew::scheduler::flush().await;
    let rows = root.query_selector_all(".tp-row").unwrap();
    assert_eq!(rows.length(), 12);
    root.remove();
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn saved_models_round_trip_through_local_storage() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    let model = kontaktpunkt_core::io::demo::demo_model(Lang::En);
    let id = storage::create(&model, None).unwrap();
    assert_eq!(storage::load(&id), Ok(Some(model.clone())));
    let index = storage::load_index();
    assert_eq!(index.current, id);
    assert_eq!(index.models.len(), 1);
    assert_eq!(index.models[0].name, model.meta.title);
    assert_eq!(index.models[0].touchpoints, model.touchpoints.len());
    let second = storage::create(&kontaktpunkt_core::Model::new(Lang::En), None).unwrap();
    assert_ne!(second, id);
    assert_eq!(storage::delete(&second).models.len(), 1);
    assert_eq!(storage::load(&second), Ok(None));
}

#[wasm_bindgen_test]
fn a_new_model_takes_the_place_of_a_blank_one() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    let blank = storage::create(&kontaktpunkt_core::Model::new(Lang::En), None).unwrap();
    let model = kontaktpunkt_core::io::demo::demo_model(Lang::En);
    assert_eq!(storage::create(&model, Some(&blank)), Some(blank.clone()));
    let index = storage::load_index();
    assert_eq!(index.models.len(), 1);
    assert_eq!(storage::load(&blank), Ok(Some(model)));
}

#[wasm_bindgen_test]
fn an_index_written_before_company_and_count_were_kept_still_reads() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    local_storage()
        .set_item(
            storage::INDEX_KEY,
            r#"{"current":"m1","models":[{"id":"m1","name":"Alt","updated":5.0}]}"#,
        )
        .unwrap();
    let index = storage::load_index();
    assert_eq!(index.models[0].name, "Alt");
    assert_eq!(index.models[0].touchpoints, 0);
}

#[wasm_bindgen_test]
fn a_start_writes_the_index_only_when_it_changes() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    // A first visit: a first model, listed and current, and nothing written yet (a page
    // that is only looked at leaves nothing behind).
    let first = storage::start(Lang::En);
    assert_eq!(first.index.models.len(), 1);
    assert_eq!(local_storage().get_item(storage::INDEX_KEY).unwrap(), None);
    let id = first.index.current.clone();
    assert!(storage::save(&id, &first.model));
    let saved = storage::load_index();
    assert_eq!(saved.current, id);
    // Later starts open the same model and leave the index's text as it is (here written
    // with other spacing, which a rewrite would change).
    let spaced = format!("{} ", serde_json::to_string(&saved).unwrap());
    local_storage()
        .set_item(storage::INDEX_KEY, &spaced)
        .unwrap();
    let again = storage::start(Lang::En);
    assert_eq!(again.index, saved);
    assert_eq!(
        local_storage().get_item(storage::INDEX_KEY).unwrap(),
        Some(spaced)
    );
}

#[wasm_bindgen_test]
fn a_damaged_entry_is_moved_aside_not_lost() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    let raw = r#"{"version":1,"stages":[],"touchpoints":[{"id":1,"importance":9"#;
    local_storage()
        .set_item(&storage::model_key("m7"), raw)
        .unwrap();
    assert!(storage::load("m7").is_err());
    assert_eq!(
        local_storage().get_item(&storage::model_key("m7")).unwrap(),
        None
    );
    assert_eq!(
        storage::corrupt_entries(),
        vec![(storage::corrupt_key("m7", 1), raw.to_string())]
    );
    // A second damage of the same model gets a second slot; the first copy stays.
    let second = r#"{"version":1,"stages":"#;
    local_storage()
        .set_item(&storage::model_key("m7"), second)
        .unwrap();
    assert!(storage::load("m7").is_err());
    assert_eq!(
        storage::corrupt_entries(),
        vec![
            (storage::corrupt_key("m7", 1), raw.to_string()),
            (storage::corrupt_key("m7", 2), second.to_string()),
        ]
    );
}

/// Switching, keeping a copy, saving and deleting: what they store and which messages reach
/// the store, folded into a state as the reducer would.
#[wasm_bindgen_test]
fn saved_models_store_and_report_what_they_did() {
    use kontaktpunkt::store::saved_models;
    use kontaktpunkt::store::{AppState, Msg, Saving};
    use kontaktpunkt_core::Model;
    use std::cell::RefCell;
    use std::rc::Rc;
    use yew::Reducible;

    kontaktpunkt::storage::delete_everything();
    let state = RefCell::new(Rc::new(AppState::new(Model::new(Lang::En), Lang::En)));
    let send = |msg: Msg| {
        let next = state.borrow().clone().reduce(msg);
        *state.borrow_mut() = next;
    };
    let named = |title: &str| {
        let mut m = Model::new(Lang::En);
        m.meta.title = title.into();
        m
    };

    saved_models::start_new(&send, named("First"), None);
    let first = state.borrow().current_id.clone();
    assert_eq!(state.borrow().model().meta.title, "First");
    saved_models::start_new(&send, named("Second"), None);
    let second = state.borrow().current_id.clone();
    assert_ne!(first, second);
    assert_eq!(state.borrow().saved.len(), 2);

    let mut edited = named("Second, edited");
    edited.meta.company = "Shop".into();
    assert!(saved_models::save(&send, &second, &edited));
    assert_eq!(state.borrow().saving, Saving::Saved);

    saved_models::switch_to(&send, &first, Lang::En);
    assert_eq!(state.borrow().current_id, first);
    assert_eq!(state.borrow().model().meta.title, "First");
    saved_models::switch_to(&send, &second, Lang::En);
    assert_eq!(state.borrow().model().meta.title, "Second, edited");

    saved_models::delete(&send, &first);
    let ids: Vec<String> = state.borrow().saved.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, vec![second]);
    kontaktpunkt::storage::delete_everything();
}

#[wasm_bindgen_test]
fn an_unreadable_index_is_rebuilt_from_the_models_stored_and_no_id_is_given_twice() {
    use kontaktpunkt::storage;
    storage::delete_everything();
    let mut named = kontaktpunkt_core::Model::new(Lang::En);
    named.meta.title = "Nord".into();
    let first = storage::create(&named, None).unwrap();
    let second = storage::create(&kontaktpunkt_core::io::demo::demo_model(Lang::En), None).unwrap();
    let index_text = local_storage()
        .get_item(storage::INDEX_KEY)
        .unwrap()
        .unwrap();
    local_storage()
        .set_item(storage::INDEX_KEY, &index_text[..index_text.len() / 2])
        .unwrap();
    let start = storage::start(Lang::En);
    assert_eq!(start.found_again, Some(2));
    let ids: Vec<&str> = start.index.models.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [first.as_str(), second.as_str()]);
    assert_eq!(start.index.models[0].name, "Nord");
    assert_eq!(start.index.models[1].touchpoints, 12);
    // A new id never names a stored model, even one the index does not list.
    let lost = storage::Index::default();
    let fresh = storage::new_id(&lost);
    assert!(fresh != first && fresh != second, "{fresh}");
}
