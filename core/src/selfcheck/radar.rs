//! Radar-chart geometry for the eight factors, in SVG user units (y grows downwards).
//! The UI only draws: a polygon for the levels, lines for the axes, rings for the grid.
//!
//! Axis `i` (the factor at `Factor::ALL[i]`) points at angle i × 45°, **measured clockwise
//! from the top**: axis 0 points straight up, axis 2 right, axis 4 down, axis 6 left. A point
//! at distance d on axis i lies at `(cx + d·sin θ, cy − d·cos θ)`. Level 0 (and no answer) is
//! the centre, level 4 the full radius `r`; the distance is `r × level ÷ 4`.

use std::f64::consts::FRAC_1_SQRT_2;

use super::LEVEL_MAX;

/// Number of axes: one per factor.
pub const AXES: usize = 8;

/// The unit direction (sin θ, −cos θ) of each axis, exact at the multiples of 90°.
const DIRECTIONS: [(f64, f64); AXES] = [
    (0.0, -1.0),
    (FRAC_1_SQRT_2, -FRAC_1_SQRT_2),
    (1.0, 0.0),
    (FRAC_1_SQRT_2, FRAC_1_SQRT_2),
    (0.0, 1.0),
    (-FRAC_1_SQRT_2, FRAC_1_SQRT_2),
    (-1.0, 0.0),
    (-FRAC_1_SQRT_2, -FRAC_1_SQRT_2),
];

fn at(axis: usize, distance: f64, cx: f64, cy: f64) -> (f64, f64) {
    let (dx, dy) = DIRECTIONS[axis % AXES];
    (cx + distance * dx, cy + distance * dy)
}

/// The polygon of the levels: one point per axis, in axis order. `None` counts as level 0
/// (the centre); levels above 4 count as 4.
pub fn radar_points(values: &[Option<u8>; AXES], cx: f64, cy: f64, r: f64) -> Vec<(f64, f64)> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let level = v.unwrap_or(0).min(LEVEL_MAX);
            at(i, r * f64::from(level) / f64::from(LEVEL_MAX), cx, cy)
        })
        .collect()
}

/// The end points of the eight axes at the full radius, in axis order (draw each from the
/// centre).
pub fn radar_axes(cx: f64, cy: f64, r: f64) -> Vec<(f64, f64)> {
    (0..AXES).map(|i| at(i, r, cx, cy)).collect()
}

/// The grid polygon of one level (1 ..= 4; 0 is the centre point repeated).
pub fn radar_ring(level: u8, cx: f64, cy: f64, r: f64) -> Vec<(f64, f64)> {
    radar_points(&[Some(level); AXES], cx, cy, r)
}

/// How a label's text lines up with its anchor point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where the label of an axis goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// The label position of `axis`: `gap` beyond the axis end; text starts there on the right
/// half, ends there on the left half and is centred at the top and bottom axes.
pub fn radar_label(axis: usize, cx: f64, cy: f64, r: f64, gap: f64) -> Label {
    let (x, y) = at(axis, r + gap, cx, cy);
    let (dx, _) = DIRECTIONS[axis % AXES];
    let anchor = if dx > 0.0 {
        Anchor::Start
    } else if dx < 0.0 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    Label { x, y, anchor }
}

/// Points as an SVG `points` attribute: `x,y x,y …`, at most two decimals, no `-0`.
pub fn svg_points(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", coordinate(*x), coordinate(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An SVG coordinate to two decimals, trailing zeros dropped: `210`, `12.3`, `-0.05`.
/// Written with integers, not `{}` of an `f64`: float formatting would add about 10 KB
/// gzip to the self-check widget, which formats no other float.
pub fn coordinate(v: f64) -> String {
    // Saturating cast; coordinates are a few hundred units.
    let n = (v * 100.0).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, part) = (n.unsigned_abs() / 100, n.unsigned_abs() % 100);
    match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    }
}
