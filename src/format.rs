//! How numbers, ratings and dates read on screen, in the user's language: one place, so
//! every view shows the same precision and marks. The language's conventions (decimal mark,
//! percent sign, date order) live in the text layer, `kontaktpunkt_core::text::format`.

pub use kontaktpunkt_core::text::format::{date_text, number, percent};

/// Formats an experience index (0..100) or the catalogue's "no data".
pub fn format_index(value: Option<f64>, no_data: &str) -> String {
    // As `{v:.0}` (ties to even), written as an integer: float formatting is the largest
    // single part of the self-check widget's build otherwise. Indices are finite, 0..=100.
    value.map_or_else(
        || no_data.to_string(),
        |v| (v.round_ties_even() as i64).to_string(),
    )
}

/// A signed rating as the scale shows it: −2, −1, 0, +1, +2.
pub fn signed(v: i8) -> String {
    match v {
        0 => "0".into(),
        v if v > 0 => format!("+{v}"),
        v => format!("−{}", -v),
    }
}

/// A change or a score with its sign: +4.9, −3, 0 (a value that rounds to zero has none).
pub fn signed_number(lang: kontaktpunkt_core::Lang, v: f64, decimals: usize) -> String {
    let magnitude = number(lang, v.abs(), decimals);
    if magnitude.chars().all(|c| matches!(c, '0' | '.' | ',')) {
        magnitude
    } else if v > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("−{magnitude}")
    }
}

/// A count typed into a form: a whole number from 0, surrounding space ignored.
pub fn parse_count(text: &str) -> Option<u32> {
    text.trim().parse().ok()
}
