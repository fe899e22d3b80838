#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The recommendations file the widget fetches once the prospect has answered: written from
//! the catalogue, read back exactly, and every damaged form refused with its line.

use kontaktpunkt_core::selfcheck::advice::{
    advice_file, advice_file_name, Advice, ADVICE_LINES, MAX_ADVICE_BYTES,
};
use kontaktpunkt_core::selfcheck::{texts, Factor, SelfCheckError, LEVEL_MAX};
use kontaktpunkt_core::Lang;

fn shipped(lang: Lang) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../static/widget")
        .join(advice_file_name(lang))
}

/// The files in `static/widget/` are the catalogue's words. After a change of the catalogue,
/// `UPDATE_ADVICE=1 cargo test -p kontaktpunkt-core --test advice` writes them anew.
#[test]
fn the_shipped_files_are_the_catalogue() {
    for lang in Lang::ALL {
        let want = advice_file(lang);
        if std::env::var_os("UPDATE_ADVICE").is_some() {
            std::fs::write(shipped(lang), &want).unwrap();
        }
        let got = std::fs::read_to_string(shipped(lang)).unwrap_or_default();
        assert!(
            got == want,
            "{} differs from the catalogue: run UPDATE_ADVICE=1 cargo test -p kontaktpunkt-core --test advice",
            advice_file_name(lang)
        );
    }
}

#[test]
fn a_file_reads_back_as_the_built_in_recommendations() {
    for lang in Lang::ALL {
        let read = Advice::parse(&advice_file(lang)).unwrap();
        assert_eq!(read, Advice::built_in(lang));
        for f in Factor::ALL {
            for level in 0..LEVEL_MAX {
                assert_eq!(read.get(f, level), f.recommendation(lang, level));
            }
            assert_eq!(read.get(f, LEVEL_MAX), None, "level 4 needs none");
            assert_eq!(read.get(f, 200), None);
        }
    }
}

#[test]
fn windows_line_ends_and_no_final_newline_read_the_same() {
    let file = advice_file(Lang::De);
    let crlf = file.replace('\n', "\r\n");
    assert_eq!(Advice::parse(&crlf).unwrap(), Advice::built_in(Lang::De));
    assert_eq!(
        Advice::parse(file.trim_end()).unwrap(),
        Advice::built_in(Lang::De)
    );
}

#[test]
fn damaged_files_are_refused_with_their_line() {
    let lines: Vec<String> = advice_file(Lang::En).lines().map(String::from).collect();
    let join = |l: &[String]| l.join("\n");
    let damaged = |line| Err(SelfCheckError::AdviceDamaged { line });

    assert_eq!(Advice::parse(""), damaged(1));
    assert_eq!(Advice::parse(&join(&lines[..31])), damaged(32));
    let mut more = lines.clone();
    more.push("one too many".into());
    assert_eq!(Advice::parse(&join(&more)), damaged(ADVICE_LINES + 1));
    let mut empty = lines.clone();
    empty[4] = "   ".into();
    assert_eq!(Advice::parse(&join(&empty)), damaged(5));
    let mut control = lines.clone();
    control[9].push('\u{7}');
    assert_eq!(Advice::parse(&join(&control)), damaged(10));
    // An HTML error page served in the file's place is not 32 recommendations either.
    assert!(Advice::parse("<!doctype html><title>404</title>\n<p>Not found</p>").is_err());
    assert_eq!(
        Advice::parse(&"x".repeat(MAX_ADVICE_BYTES + 1)),
        Err(SelfCheckError::TooLong {
            max: MAX_ADVICE_BYTES
        })
    );
}

#[test]
fn both_errors_have_words_in_both_languages() {
    for lang in Lang::ALL {
        for e in [
            SelfCheckError::AdviceUnavailable,
            SelfCheckError::AdviceDamaged { line: 7 },
        ] {
            let text = texts(lang).error(&e);
            assert!(text.len() > 20, "{lang:?}: {text}");
        }
    }
    assert!(texts(Lang::De)
        .error(&SelfCheckError::AdviceDamaged { line: 7 })
        .contains("Zeile 7"));
}
