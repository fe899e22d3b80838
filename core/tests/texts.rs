//! Counted phrases keep the word in the number of the count, in both languages.

use kontaktpunkt_core::Lang;

#[test]
fn touchpoint_counts_are_singular_for_one() {
    let (de, en) = (Lang::De.texts(), Lang::En.texts());
    assert_eq!((de.touchpoint_count)(1), "1 Kontaktpunkt");
    assert_eq!((de.touchpoint_count)(2), "2 Kontaktpunkte");
    assert_eq!((de.touchpoint_count)(0), "0 Kontaktpunkte");
    assert_eq!((en.touchpoint_count)(1), "1 touchpoint");
    assert_eq!((en.touchpoint_count)(300), "300 touchpoints");
}
