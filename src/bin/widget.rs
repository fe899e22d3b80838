//! The self-check widget's entry point (see `kontaktpunkt::widget`).

// Talc instead of the default dlmalloc: the widget's first load has a byte budget, and
// talc's WebAssembly build is the smaller (about 2.5 KB gzip less) and the faster one.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    kontaktpunkt::widget::start();
}
