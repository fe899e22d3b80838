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

/// The one rule for the app's figures: the decimal places of every experience index
/// (0 … 100), every change of one and every percentage, on screen, in the report and in
/// exported pictures. Whole numbers: the ratings behind them are whole steps of a five-step
/// scale, and a change is the difference of the two values as written, so "41 → 49" stands
/// beside "+8".
pub const DECIMALS: u32 = 0;

/// `v` in units of the last written place, rounded half to even (as `{:.0}` would).
fn scaled(v: f64) -> i64 {
    (v * 10f64.powi(DECIMALS as i32)).round_ties_even() as i64
}

/// A scaled magnitude with the language's decimal mark. Integer arithmetic only: float
/// formatting would be the largest single part of the self-check widget's build.
fn write_scaled(lang: Lang, magnitude: u64) -> String {
    let unit = 10u64.pow(DECIMALS);
    let whole = magnitude / unit;
    if DECIMALS == 0 {
        return whole.to_string();
    }
    let mark = match lang.built() {
        Lang::De => ',',
        Lang::En => '.',
    };
    let width = DECIMALS as usize;
    format!("{whole}{mark}{:0width$}", magnitude % unit)
}

/// An experience index (0 … 100) as the app writes it.
pub fn index_text(lang: Lang, v: f64) -> String {
    let s = scaled(v);
    let text = write_scaled(lang, s.unsigned_abs());
    if s < 0 {
        format!("−{text}")
    } else {
        text
    }
}

/// The change from one index to another, from the two values as written (so the three
/// numbers agree), with its sign: +8, −3, 0.
pub fn index_change_text(lang: Lang, before: f64, after: f64) -> String {
    let d = scaled(after) - scaled(before);
    let text = write_scaled(lang, d.unsigned_abs());
    match d.signum() {
        1 => format!("+{text}"),
        -1 => format!("−{text}"),
        _ => text,
    }
}

/// A share (0..=1) as a percentage: "62 %" in German, "62%" in English.
pub fn percent(lang: Lang, share: f64) -> String {
    let value = index_text(lang, share * 100.0);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_its_change_and_a_share_follow_one_rule() {
        assert_eq!(index_text(Lang::En, 41.4), "41");
        assert_eq!(index_text(Lang::De, 49.6), "50");
        assert_eq!(index_text(Lang::En, 62.5), "62", "half to even, as {{:.0}}");
        // 41.4 → 49.6 is written 41 → 50: the change says +9, not +8.2.
        assert_eq!(index_change_text(Lang::En, 41.4, 49.6), "+9");
        assert_eq!(index_change_text(Lang::De, 50.2, 41.0), "−9");
        assert_eq!(index_change_text(Lang::En, 50.2, 49.9), "0");
        assert_eq!(percent(Lang::De, 0.625), "62 %");
        assert_eq!(percent(Lang::En, 0.004), "0%");
    }
}
