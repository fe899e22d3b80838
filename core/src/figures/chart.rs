//! Chart geometry: where each mark goes, in SVG user units. The UI only draws these shapes,
//! so positions are tested natively.

use crate::domain::model::{Experience, Id, Model};
use crate::figures::analysis::{quadrant, Quadrant};

/// Maps a domain interval linearly onto a pixel interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Scale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    pub fn map(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// The plot area inside an SVG of `width` × `height`, leaving room for axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    pub fn x0(&self) -> f64 {
        self.left
    }
    pub fn x1(&self) -> f64 {
        self.width - self.right
    }
    pub fn y0(&self) -> f64 {
        self.top
    }
    pub fn y1(&self) -> f64 {
        self.height - self.bottom
    }
}

/// `text` in lines of at most `width` characters, broken between words; a word longer than a
/// line stands on its own line. A chart's label that would run past its room goes on two
/// lines instead of being cut at the picture's edge.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The experience scale −2..+2 on the vertical axis, +2 at the top.
pub fn rating_scale_y(frame: &Frame) -> Scale {
    Scale::new(
        (f64::from(Experience::MIN), f64::from(Experience::MAX)),
        (frame.y1(), frame.y0()),
    )
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageBand {
    pub key: String,
    pub name: String,
    pub x0: f64,
    pub x1: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct JourneyPoint {
    pub id: Id,
    pub x: f64,
    pub ist: Option<f64>,
    pub soll: Option<f64>,
}

/// The journey curve: touchpoints in stage order, one band per stage with touchpoints.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyLayout {
    pub bands: Vec<StageBand>,
    pub points: Vec<JourneyPoint>,
    /// Polygons (as SVG point lists) of the area between Soll and Ist, one per run of
    /// touchpoints rated on both.
    pub gap_areas: Vec<String>,
    pub ist_line: Vec<String>,
    pub soll_line: Vec<String>,
}

pub fn journey_layout(model: &Model, frame: &Frame) -> JourneyLayout {
    let y = rating_scale_y(frame);
    let ordered: Vec<_> = model
        .stages
        .iter()
        .map(|s| {
            let members: Vec<_> = model
                .touchpoints
                .iter()
                .filter(|t| t.stage == s.key)
                .collect();
            (s, members)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let count: usize = ordered.iter().map(|(_, m)| m.len()).sum();
    let step = (frame.x1() - frame.x0()) / count.max(1) as f64;
    let mut bands = Vec::new();
    let mut points = Vec::new();
    let mut i = 0usize;
    for (stage, members) in ordered {
        let x0 = frame.x0() + i as f64 * step;
        for tp in members {
            points.push(JourneyPoint {
                id: tp.id,
                x: frame.x0() + (i as f64 + 0.5) * step,
                ist: tp.ist.map(|r| y.map(f64::from(r.value()))),
                soll: tp.soll.map(|r| y.map(f64::from(r.value()))),
            });
            i += 1;
        }
        bands.push(StageBand {
            key: stage.key.clone(),
            name: stage.name.clone(),
            x0,
            x1: frame.x0() + i as f64 * step,
        });
    }
    JourneyLayout {
        gap_areas: gap_areas(points.iter().map(|p| (p.x, p.soll.zip(p.ist)))),
        ist_line: polylines(points.iter().map(|p| (p.x, p.ist))),
        soll_line: polylines(points.iter().map(|p| (p.x, p.soll))),
        bands,
        points,
    }
}

/// The area between Soll and Ist, one polygon (SVG point list) per run of points rated on
/// both: `(x, Some((soll_y, ist_y)))`.
fn gap_areas(items: impl IntoIterator<Item = (f64, Option<(f64, f64)>)>) -> Vec<String> {
    runs(items)
        .into_iter()
        .map(|run| {
            let top = run.iter().map(|(x, (s, _))| fmt_point(*x, *s));
            let bottom = run.iter().rev().map(|(x, (_, i))| fmt_point(*x, *i));
            top.chain(bottom).collect::<Vec<_>>().join(" ")
        })
        .collect()
}

fn fmt_point(x: f64, y: f64) -> String {
    format!("{x:.1},{y:.1}")
}

/// Splits (x, value) pairs into maximal runs where the value is present.
fn runs<T: Copy>(items: impl IntoIterator<Item = (f64, Option<T>)>) -> Vec<Vec<(f64, T)>> {
    let mut out: Vec<Vec<(f64, T)>> = Vec::new();
    let mut current = Vec::new();
    for (x, value) in items {
        match value {
            Some(v) => current.push((x, v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// One SVG point list per run of present values.
fn polylines(items: impl IntoIterator<Item = (f64, Option<f64>)>) -> Vec<String> {
    runs(items)
        .into_iter()
        .map(|run| {
            run.iter()
                .map(|(x, y)| fmt_point(*x, *y))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct IpaPoint {
    pub id: Id,
    pub x: f64,
    pub y: f64,
    pub quadrant: Quadrant,
}

/// The matrix's importance axis: 1..5 with a strip of half a step above 5 and below 1 besides
/// the cells' own half steps, where no point can fall: room for the quadrant labels, which
/// the points then never cover.
pub const IPA_IMPORTANCE_DOMAIN: (f64, f64) = (0.0, 6.0);

/// Importance-performance matrix: Ist on x (−2..+2), importance on y (1..5, high at the top).
/// Touchpoints on the same cell are spread on a small circle so each stays clickable.
pub fn ipa_layout(model: &Model, frame: &Frame) -> Vec<IpaPoint> {
    let x = Scale::new((-2.5, 2.5), (frame.x0(), frame.x1()));
    let y = Scale::new(IPA_IMPORTANCE_DOMAIN, (frame.y1(), frame.y0()));
    let rows = IPA_IMPORTANCE_DOMAIN.1 - IPA_IMPORTANCE_DOMAIN.0;
    let cell = ((frame.x1() - frame.x0()) / 5.0).min((frame.y1() - frame.y0()) / rows);
    // Per cell: how many points it holds so far, and the direction of the next one.
    let mut seen = std::collections::HashMap::<(i8, u8), (usize, Turn)>::new();
    let mut out = Vec::new();
    for tp in &model.touchpoints {
        let (Some(ist), Some(q)) = (tp.ist, quadrant(tp)) else {
            continue;
        };
        let imp = tp.importance.value();
        let (n, turn) = seen.entry((ist.value(), imp)).or_insert((0, Turn::START));
        // Golden-angle spiral: the k-th point of a cell sits at radius ∝ √k, turned by k
        // golden angles.
        let k = *n as f64;
        let (cos, sin) = (turn.cos, turn.sin);
        *n += 1;
        *turn = turn.golden();
        // Far enough apart for numbered points (radius 10) in a cell of about 90 units.
        let radius = (cell * 0.24 * k.sqrt()).min(cell * 0.44);
        out.push(IpaPoint {
            id: tp.id,
            x: x.map(f64::from(ist.value())) + radius * cos,
            y: y.map(f64::from(imp)) + radius * sin,
            quadrant: q,
        });
    }
    out
}

/// A direction as its cosine and sine, turned by the golden angle one step at a time: the
/// spiral needs no `sin`/`cos`, which would bring libm's argument reduction (`rem_pio2`, 5 KB
/// of wasm) into the app for this one chart.
#[derive(Clone, Copy)]
struct Turn {
    cos: f64,
    sin: f64,
}

impl Turn {
    const START: Turn = Turn { cos: 1.0, sin: 0.0 };
    /// cos and sin of the golden angle, 2.399963 rad (137.5°).
    const GOLDEN: Turn = Turn {
        cos: -0.737_368_722_898_824_8,
        sin: 0.675_490_463_656_265_1,
    };

    fn golden(self) -> Turn {
        let g = Turn::GOLDEN;
        Turn {
            cos: self.cos * g.cos - self.sin * g.sin,
            sin: self.sin * g.cos + self.cos * g.sin,
        }
    }
}

/// The x of the centre of slot `i` when the plot area is cut into `n` equal slots (one per
/// point of a trend, one per column).
pub fn slot_x(frame: &Frame, n: usize, i: usize) -> f64 {
    let step = (frame.x1() - frame.x0()) / n.max(1) as f64;
    frame.x0() + (i as f64 + 0.5) * step
}

/// A line over evenly spaced slots, e.g. the experience index at each snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesLayout {
    /// One entry per value: the mark's (x, y), `None` where the value is missing.
    pub points: Vec<Option<(f64, f64)>>,
    /// SVG point lists, one per run of present values: a gap breaks the line.
    pub lines: Vec<String>,
}

/// Places `values` on slots of `frame`, with `domain` (low, high) on the vertical axis, high
/// at the top. Values outside the domain are drawn at its edge.
pub fn series_layout(frame: &Frame, domain: (f64, f64), values: &[Option<f64>]) -> SeriesLayout {
    let y = Scale::new(domain, (frame.y1(), frame.y0()));
    let (lo, hi) = (domain.0.min(domain.1), domain.0.max(domain.1));
    let n = values.len();
    let points: Vec<Option<(f64, f64)>> = values
        .iter()
        .enumerate()
        .map(|(i, v)| v.map(|v| (slot_x(frame, n, i), y.map(v.clamp(lo, hi)))))
        .collect();
    SeriesLayout {
        lines: polylines(
            points
                .iter()
                .enumerate()
                .map(|(i, p)| (slot_x(frame, n, i), p.map(|(_, y)| y))),
        ),
        points,
    }
}

/// The length of a bar for `value` when `max` fills `length`: 0 for values at or below 0 (and
/// for a `max` that is not positive), `length` at or above `max`.
pub fn bar_length(value: f64, max: f64, length: f64) -> f64 {
    if max <= 0.0 || value.is_nan() {
        return 0.0;
    }
    value.clamp(0.0, max) / max * length
}

/// Most points a chart numbers; beyond it the highest priorities are numbered and the rest
/// drawn as plain dots, so the numbers stay readable at 300 touchpoints.
pub const MAX_NUMBERED: usize = 25;

/// Which of the charted touchpoints carry a number (1, 2, …) that the chart's legend names:
/// all of them up to [`MAX_NUMBERED`], in the model's order; beyond, the [`MAX_NUMBERED`] of
/// highest priority (ties in the model's order), numbered by priority. `charted` are the ids
/// the chart draws.
pub fn numbered_points(model: &Model, charted: &[Id]) -> Vec<(Id, usize)> {
    let drawn: std::collections::HashSet<Id> = charted.iter().copied().collect();
    let in_chart = model.touchpoints.iter().filter(|t| drawn.contains(&t.id));
    let chosen: Vec<Id> = if drawn.len() <= MAX_NUMBERED {
        in_chart.map(|t| t.id).collect()
    } else {
        let mut list: Vec<_> = in_chart.collect();
        // Stable: equal priorities keep the model's order.
        list.sort_by_key(|tp| std::cmp::Reverse(crate::figures::analysis::priority(tp)));
        list.into_iter().take(MAX_NUMBERED).map(|t| t.id).collect()
    };
    chosen.into_iter().zip(1..).collect()
}

/// Distance between numbered points on a cell's grid: room for two radius-10 marks.
const NUMBERED_SPACING: f64 = 23.0;

/// Moves the `numbered` points of [`ipa_layout`]'s `points` onto a grid centred in their cell,
/// so numbered points never cover each other; the other points keep their spiral places
/// (and are drawn beneath). Cells hold up to about 20 numbered points on a 720 × 560 frame.
pub fn grid_numbered(
    points: &mut [IpaPoint],
    model: &Model,
    frame: &Frame,
    numbered: &std::collections::HashSet<Id>,
) {
    let x = Scale::new((-2.5, 2.5), (frame.x0(), frame.x1()));
    let y = Scale::new(IPA_IMPORTANCE_DOMAIN, (frame.y1(), frame.y0()));
    let width = (frame.x1() - frame.x0()) / 5.0;
    let columns = ((width / NUMBERED_SPACING).floor() as usize).max(1);
    let mut cells = std::collections::HashMap::<(i8, u8), Vec<usize>>::new();
    for (i, p) in points.iter().enumerate() {
        if !numbered.contains(&p.id) {
            continue;
        }
        if let Some(tp) = model.touchpoint(p.id) {
            let ist = tp.ist.map_or(0, |e| e.value());
            cells
                .entry((ist, tp.importance.value()))
                .or_default()
                .push(i);
        }
    }
    for ((ist, imp), members) in cells {
        if members.len() < 2 {
            continue;
        }
        let cols = columns.min(members.len());
        let rows = members.len().div_ceil(cols);
        let (cx, cy) = (x.map(f64::from(ist)), y.map(f64::from(imp)));
        for (j, i) in members.into_iter().enumerate() {
            let (col, row) = (j % cols, j / cols);
            points[i].x = cx + (col as f64 - (cols as f64 - 1.0) / 2.0) * NUMBERED_SPACING;
            points[i].y = cy + (row as f64 - (rows as f64 - 1.0) / 2.0) * NUMBERED_SPACING;
        }
    }
}

/// Horizontal distance between numbered points of one stage on one rating.
const SUMMARY_SPACING: f64 = 23.0;

/// The journey curve of a large model: one band per stage (equal widths), the Ist and Soll
/// lines through each stage's mean rating, and as points only the `numbered` touchpoints,
/// side by side on their own Ist rating within their stage's band (they never cover each
/// other while a band has room). A point's `soll` is left out: the Soll line is the mean.
pub fn journey_summary(
    model: &Model,
    frame: &Frame,
    numbered: &std::collections::HashSet<Id>,
) -> JourneyLayout {
    let y = rating_scale_y(frame);
    let stages: Vec<_> = model
        .stages
        .iter()
        .filter(|s| model.touchpoints.iter().any(|t| t.stage == s.key))
        .collect();
    let width = (frame.x1() - frame.x0()) / stages.len().max(1) as f64;
    let mean = |values: Vec<i8>| {
        (!values.is_empty())
            .then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64)
    };
    let mut bands = Vec::new();
    let mut points = Vec::new();
    let mut ist_means = Vec::new();
    let mut soll_means = Vec::new();
    for (i, stage) in stages.iter().enumerate() {
        let x0 = frame.x0() + i as f64 * width;
        let members: Vec<_> = model
            .touchpoints
            .iter()
            .filter(|t| t.stage == stage.key)
            .collect();
        let centre = x0 + width / 2.0;
        let ist = mean(
            members
                .iter()
                .filter_map(|t| t.ist.map(|e| e.value()))
                .collect(),
        );
        let soll = mean(
            members
                .iter()
                .filter_map(|t| t.soll.map(|e| e.value()))
                .collect(),
        );
        ist_means.push((centre, ist.map(|v| y.map(v))));
        soll_means.push((centre, soll.map(|v| y.map(v))));
        let mut on_rating = std::collections::HashMap::<i8, usize>::new();
        for tp in members.iter().filter(|t| numbered.contains(&t.id)) {
            let Some(rating) = tp.ist else { continue };
            let k = on_rating.entry(rating.value()).or_insert(0);
            let per_row = ((width - SUMMARY_SPACING) / SUMMARY_SPACING)
                .floor()
                .max(1.0) as usize;
            let (col, row) = (*k % per_row, *k / per_row);
            *k += 1;
            points.push(JourneyPoint {
                id: tp.id,
                x: x0 + SUMMARY_SPACING * (col as f64 + 1.0),
                ist: Some(y.map(f64::from(rating.value())) - row as f64 * SUMMARY_SPACING),
                soll: None,
            });
        }
        bands.push(StageBand {
            key: stage.key.clone(),
            name: stage.name.clone(),
            x0,
            x1: x0 + width,
        });
    }
    let pairs: Vec<_> = ist_means
        .iter()
        .zip(&soll_means)
        .map(|((x, i), (_, s))| (*x, s.zip(*i)))
        .collect();
    JourneyLayout {
        gap_areas: gap_areas(pairs),
        ist_line: polylines(ist_means),
        soll_line: polylines(soll_means),
        bands,
        points,
    }
}
