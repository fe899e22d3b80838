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
async fn mount() -> web_sys::Element {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(browser::MODEL_KEY)
        .unwrap();
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
    browser::apply_lang(Lang::De);
    let root = mount().await;
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
    browser::apply_lang(Lang::En);
    let root = mount().await;
    click_button(&root, "Load the demo model");
    yew::scheduler::flush().await;
    let rows = root.query_selector_all(".tp-row").unwrap();
    assert_eq!(rows.length(), 12);
    root.remove();
}
