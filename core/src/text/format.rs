//! How numbers, shares and dates are written in each language: the decimal mark, the space
//! before "%", the order of a date. One `match` per convention, so a new language does not
//! compile until it has its own.

use crate::locale::Lang;

/// A number with `decimals` places and the language's decimal mark: 4.9 or 4,9.
pub fn number(lang: Lang, v: f64, decimals: usize) -> String {
    let text = format!("{v:.decimals$}");
    match lang.built() {
        Lang::De => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A share (0..=1) as a whole percentage: "62 %" in German, "62%" in English.
pub fn percent(lang: Lang, share: f64) -> String {
    let value = number(lang, share * 100.0, 0);
    match lang.built() {
        Lang::De => format!("{value} %"),
        Lang::En => format!("{value}%"),
    }
}

/// An ISO date (`2025-03-01`) as the language writes it: 01.03.2025 in German, unchanged in
/// English; anything else comes back unchanged.
pub fn date_text(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (lang.built(), parts.as_slice()) {
        (Lang::De, [y, m, d]) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            format!("{d}.{m}.{y}")
        }
        (Lang::De | Lang::En, _) => iso.to_string(),
    }
}
