#![allow(clippy::panic)]
//! index.html shows the app's welcome before the wasm has loaded (static/boot.js picks the
//! language). Those texts are copies of the catalogue's: this keeps them the same.

use kontaktpunkt_core::Lang;

const INDEX_HTML: &str = include_str!("../../index.html");

/// The boot section written for `lang`, from `<section … lang="xx">` to its `</section>`.
fn boot_section(lang: Lang) -> &'static str {
    let open = format!(
        r#"<section class="empty-state boot-welcome" lang="{}">"#,
        lang.code()
    );
    let start = INDEX_HTML
        .find(&open)
        .unwrap_or_else(|| panic!("index.html has no boot welcome for {lang:?}"));
    let rest = &INDEX_HTML[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[test]
fn boot_welcome_repeats_the_catalogue_in_both_languages() {
    for lang in Lang::ALL {
        let section = boot_section(lang);
        let texts = lang.texts();
        assert!(
            section.contains(&format!("<h1>{}</h1>", texts.empty_title)),
            "{lang:?}: boot title differs from empty_title"
        );
        assert!(
            section.contains(&format!("<p>{}</p>", texts.empty_body)),
            "{lang:?}: boot text differs from empty_body"
        );
    }
}
