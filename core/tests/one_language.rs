#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! A one-language build (the self-check widget's English wasm, feature `only-en`) speaks
//! English whatever language it is asked for, so no German word is needed in it.
//! Run by `make test-native` as `cargo test -p kontaktpunkt-core --features only-en`.
#![cfg(feature = "only-en")]

use kontaktpunkt_core::selfcheck::texts;
use kontaktpunkt_core::Lang;

#[test]
fn every_lookup_answers_in_the_built_language() {
    assert_eq!(Lang::De.built(), Lang::En);
    assert_eq!(Lang::De.pick("de", "en"), "en");
    assert_eq!(Lang::De.texts().common.untitled, "Untitled");
    assert_eq!(texts(Lang::De).title, texts(Lang::En).title);
    assert_eq!(Lang::De.texts().common.touchpoint_count(2), "2 touchpoints");
}

#[test]
fn the_starter_list_holds_the_built_language_only() {
    use kontaktpunkt_core::domain::library::STARTER_LIBRARY;
    assert!(STARTER_LIBRARY
        .iter()
        .all(|tp| tp.de.is_empty() && !tp.en.is_empty()));
    assert_eq!(STARTER_LIBRARY[0].name(Lang::De), "Online ad");
}
