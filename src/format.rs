//! How numbers, ratings and dates read on screen, in the user's language: one place, so
//! every view shows the same precision and marks. The language's conventions (decimal mark,
//! percent sign, date order) live in the text layer, `kontaktpunkt_core::text::format`.

pub use kontaktpunkt_core::text::format::{date_text, index_change_text, number, percent};

/// Formats an experience index (0..100) by the one rule (`text::format::DECIMALS`), or the
/// catalogue's "no data".
pub fn format_index(lang: kontaktpunkt_core::Lang, value: Option<f64>, no_data: &str) -> String {
    value.map_or_else(
        || no_data.to_string(),
        |v| kontaktpunkt_core::text::format::index_text(lang, v),
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
