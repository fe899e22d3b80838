//! The rater's page's entry point (see `kontaktpunkt::rate`).

// Talc, as the widget has it: the smaller and faster allocator for a page with a byte budget.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    kontaktpunkt::rate::start();
}
