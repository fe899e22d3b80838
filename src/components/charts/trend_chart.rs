//! Lines over evenly spaced points in time: the experience index across snapshots, one
//! touchpoint's ratings, NPS and referral rate per period. Geometry: `chart::series_layout`.

use kontaktpunkt_core::figures::chart::{series_layout, slot_x, Frame};
use yew::prelude::*;

use crate::components::charts::chart_kit::{px, tooltip, ValueMark};
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::scroll_wrap;

/// One line: its name, CSS class (`series-<class>`), and a value and its text per point.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub name: String,
    pub class: &'static str,
    pub values: Vec<Option<f64>>,
    pub texts: Vec<String>,
}

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    /// The chart's accessible name.
    pub label: AttrValue,
    /// One label per point in time, under the axis.
    pub x_labels: Vec<String>,
    pub lines: Vec<Line>,
    /// (low, high) of the vertical axis.
    pub domain: (f64, f64),
    /// Grid lines: value and its label.
    pub ticks: Vec<(f64, String)>,
    #[prop_or_default]
    pub class: Classes,
    /// What the chart is, in an exported file's name.
    pub kind: AttrValue,
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 260.0;
/// Most labels written under the axis; with more points, every k-th is written.
const MAX_X_LABELS: usize = 8;

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let hover = use_state(|| None);
    let widest = props
        .ticks
        .iter()
        .map(|(_, t)| t.chars().count())
        .max()
        .unwrap_or(0);
    let frame = Frame {
        width: WIDTH,
        height: HEIGHT,
        left: widest as f64 * 7.0 + 16.0,
        right: 16.0,
        top: 16.0,
        bottom: 40.0,
    };
    let n = props.x_labels.len();
    let every = n.div_ceil(MAX_X_LABELS).max(1);
    let grid = series_layout(
        &frame,
        props.domain,
        &props
            .ticks
            .iter()
            .map(|(v, _)| Some(*v))
            .collect::<Vec<_>>(),
    );
    let mut labels = Vec::new();
    let lines: Vec<_> = props
        .lines
        .iter()
        .map(|line| {
            let layout = series_layout(&frame, props.domain, &line.values);
            let marks: Vec<(usize, f64, f64)> = layout
                .points
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let (x, y) = (*p)?;
                    let when = props.x_labels.get(i).map_or("", String::as_str);
                    let text = line.texts.get(i).map_or("", String::as_str);
                    labels.push(format!("{when}: {} {text}", line.name));
                    Some((labels.len() - 1, x, y))
                })
                .collect();
            (line, layout.lines, marks)
        })
        .collect();
    let legend: Vec<LegendLine> = props
        .lines
        .iter()
        .map(|l| LegendLine::swatch(&format!(".series-{} polyline", l.class), &l.name))
        .collect();
    let chart = scroll_wrap(
        &props.label,
        html! {
            <svg class={classes!("chart", "trend-chart", props.class.clone())} viewBox={format!("0 0 {WIDTH} {HEIGHT}")}>
                for ((_, text), point) in props.ticks.iter().zip(grid.points.iter()) {
                    if let Some((_, y)) = point {
                        <g class="grid">
                            <line x1={px(frame.x0())} x2={px(frame.x1())} y1={px(*y)} y2={px(*y)} />
                            <text class="axis-label" x={px(frame.x0() - 8.0)} y={px(y + 4.0)} text-anchor="end">{ text }</text>
                        </g>
                    }
                }
                for (i, text) in props.x_labels.iter().enumerate() {
                    if i % every == 0 || i + 1 == n {
                        <text class="axis-label" x={px(slot_x(&frame, n, i))} y={px(frame.y1() + 22.0)} text-anchor="middle">{ text }</text>
                    }
                }
                for (line, polylines, marks) in lines {
                    <g class={format!("series series-{}", line.class)}>
                        for points in polylines { <polyline points={points} /> }
                        for (index, x, y) in marks {
                            <ValueMark {index} {x} {y} label={labels.get(index).cloned().unwrap_or_default()} hover={hover.clone()}>
                                <circle cx={px(x)} cy={px(y)} r="5" />
                            </ValueMark>
                        }
                    </g>
                }
                if let Some((i, x, y)) = *hover {
                    { tooltip(x, y, WIDTH, &[labels.get(i).cloned().unwrap_or_default()]) }
                }
            </svg>
        },
    );
    html! {
        <div class="chart-box">
            { chart }
            <ChartExport title={props.label.clone()} kind={props.kind.clone()} {legend} />
        </div>
    }
}

/// 0, 25, 50, 75, 100 for an index axis.
pub fn index_ticks() -> Vec<(f64, String)> {
    (0..=4)
        .map(|i| (f64::from(i) * 25.0, (i * 25).to_string()))
        .collect()
}
