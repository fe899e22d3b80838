//! The views module's own wasm (views/index.html), loaded by the app the first time one of its
//! views opens (`components::shell::module_view`); see `kontaktpunkt::components::module` for
//! the interface.

use kontaktpunkt::components::module;
use wasm_bindgen::prelude::*;
use yew::Callback;

// Talc, as the rater's page has it: the smaller allocator.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}

/// Renders the view named `view` into `element`; `send` is called with each command as JSON.
#[wasm_bindgen]
pub fn mount(
    view: String,
    element: web_sys::Element,
    lang: String,
    model: String,
    send: js_sys::Function,
) -> bool {
    let send = Callback::from(move |json: String| {
        // The app's handler does not throw; a failure has nothing to tell the view.
        let _ = send.call1(&JsValue::NULL, &JsValue::from_str(&json));
    });
    module::mount(&view, element, &lang, &model, send)
}

/// The app's model or language changed.
#[wasm_bindgen]
pub fn update(lang: String, model: String) -> bool {
    module::update(&lang, &model)
}

/// The view closed.
#[wasm_bindgen]
pub fn unmount() {
    module::unmount();
}
