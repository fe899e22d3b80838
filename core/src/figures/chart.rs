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
        gap_areas: runs(points.iter().map(|p| (p.x, p.soll.zip(p.ist))))
            .into_iter()
            .map(|run| {
                let top = run.iter().map(|(x, (s, _))| fmt_point(*x, *s));
                let bottom = run.iter().rev().map(|(x, (_, i))| fmt_point(*x, *i));
                top.chain(bottom).collect::<Vec<_>>().join(" ")
            })
            .collect(),
        ist_line: polylines(points.iter().map(|p| (p.x, p.ist))),
        soll_line: polylines(points.iter().map(|p| (p.x, p.soll))),
        bands,
        points,
    }
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

/// Importance-performance matrix: Ist on x (−2..+2), importance on y (1..5, high at the top).
/// Touchpoints on the same cell are spread on a small circle so each stays clickable.
pub fn ipa_layout(model: &Model, frame: &Frame) -> Vec<IpaPoint> {
    let x = Scale::new((-2.5, 2.5), (frame.x0(), frame.x1()));
    let y = Scale::new((0.5, 5.5), (frame.y1(), frame.y0()));
    let cell = ((frame.x1() - frame.x0()) / 5.0).min((frame.y1() - frame.y0()) / 5.0);
    let mut seen = std::collections::HashMap::<(i8, u8), usize>::new();
    let mut out = Vec::new();
    for tp in &model.touchpoints {
        let (Some(ist), Some(q)) = (tp.ist, quadrant(tp)) else {
            continue;
        };
        let imp = tp.importance.value();
        let n = seen.entry((ist.value(), imp)).or_insert(0);
        // Golden-angle spiral: the k-th point of a cell sits at radius ∝ √k.
        let k = *n as f64;
        *n += 1;
        let radius = (cell * 0.09 * k.sqrt()).min(cell * 0.42);
        let angle = k * 2.399_963;
        out.push(IpaPoint {
            id: tp.id,
            x: x.map(f64::from(ist.value())) + radius * angle.cos(),
            y: y.map(f64::from(imp)) + radius * angle.sin(),
            quadrant: q,
        });
    }
    out
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
