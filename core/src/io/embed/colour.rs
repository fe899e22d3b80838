//! The accent colour: read from the query, and the text colour that reads best on it.

/// A hex colour `#rgb` or `#rrggbb`, the `#` optional, as lowercase `#rrggbb`.
pub fn parse_accent(value: &str) -> Option<String> {
    let hex = value.trim();
    let hex = hex.strip_prefix('#').unwrap_or(hex);
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        3 => Some(hex.chars().fold(String::from("#"), |mut s, c| {
            s.push(c);
            s.push(c);
            s
        })),
        6 => Some(format!("#{hex}")),
        _ => None,
    }
}

/// An sRGB channel as linear light (WCAG's relative luminance).
pub fn srgb_to_linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// `x.powf(2.4)` for `x` in 0.09 ..= 1 without `powf`: libm's `pow` alone is about 1 KB of
/// the widget's gzip budget. `x^2.4 = x² · y` with `y = x^0.4`, the root of `y⁵ = x²`, found
/// by Newton's method from `√x` (above the root, so it falls monotonically onto it).
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut y = x.sqrt();
    for _ in 0..8 {
        let y4 = (y * y) * (y * y);
        y = (4.0 * y + square / y4) / 5.0;
    }
    square * y
}

pub(super) fn hex_rgb(colour: &str) -> Option<(u8, u8, u8)> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}
