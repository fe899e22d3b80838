#![allow(clippy::panic)]
//! index.html shows the app's welcome, widget/index.html the first question, before the wasm
//! has loaded (static/boot.js and static/widget-boot.js pick the language). Those texts are
//! copies of the catalogue's: this keeps them the same.

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
            section.contains(&format!("<h1>{}</h1>", texts.workspace.empty_title)),
            "{lang:?}: boot title differs from empty_title"
        );
        assert!(
            section.contains(&format!("<p>{}</p>", texts.workspace.empty_body)),
            "{lang:?}: boot text differs from empty_body"
        );
    }
}

const WIDGET_HTML: &str = include_str!("../../widget/index.html");

/// The widget's boot frame (widget/index.html) is the first question as the widget shows it,
/// in each language (static/widget-boot.js shows only the page's).
#[test]
fn widget_boot_frame_repeats_the_first_question_in_both_languages() {
    use kontaktpunkt_core::selfcheck::{texts, Factor};
    let first = Factor::ALL[0];
    for lang in Lang::ALL {
        let t = texts(lang);
        let code = lang.code();
        let expected = [
            format!(r#"<span lang="{code}">{}</span>"#, t.title),
            format!(
                r#"<p class="selfcheck-intro" lang="{code}">{}</p>"#,
                t.intro
            ),
            format!(
                r#"<p class="question-count" lang="{code}">{}</p>"#,
                t.part_maturity
            ),
            format!(
                r#"<p class="question-factor" lang="{code}">{}</p>"#,
                first.name(lang)
            ),
            format!(
                r#"<p class="question-text" lang="{code}">{}</p>"#,
                first.question(lang)
            ),
        ];
        for line in expected {
            assert!(
                WIDGET_HTML.contains(&line),
                "widget/index.html lacks {line}"
            );
        }
    }
}
