//! Horizontal bars in groups: the projection beside Ist and Soll, loyalty segments, the brand
//! funnel (ours beside a competitor's). Every bar has its value written beside it, so the
//! chart reads in black and white; hover or focus shows the bar's full label.

use kontaktpunkt_core::figures::chart::{bar_length, wrap_words};
use yew::prelude::*;

use crate::components::charts::chart_kit::{px, text_lines, tooltip, ValueMark};
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::scroll_wrap;

/// One bar: its series (the CSS class `barset-<series>` draws it), value and texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub series: &'static str,
    /// `None` draws no bar, only the text (e.g. "no data").
    pub value: Option<f64>,
    /// The value as written beside the bar.
    pub text: String,
    /// What the bar stands for, with its value: the accessible name and tooltip.
    pub label: String,
}

/// The bars of one row label (one stage, one scenario).
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub bars: Vec<Bar>,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// The chart's accessible name.
    pub label: AttrValue,
    pub groups: Vec<BarGroup>,
    /// The value that fills the whole bar length.
    pub max: f64,
    #[prop_or_default]
    pub class: Classes,
    /// What the chart is, in an exported file's name.
    pub kind: AttrValue,
    /// The exported picture's legend (the series' colours), if the bars need one.
    #[prop_or_default]
    pub legend: Vec<LegendLine>,
}

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 210.0;
const TEXT_ROOM: f64 = 110.0;
const BAR: f64 = 18.0;
const GAP: f64 = 4.0;
const GROUP_GAP: f64 = 14.0;
/// The row labels start a little in from the edge, and a label longer than its column goes on
/// two lines (at about 7.5 px a character of their 14 px type) rather than under the bars.
pub(crate) const LABEL_X: f64 = 8.0;
pub(crate) const LABEL_LINE: f64 = 16.0;
const LABEL_CHARS: usize = ((LABEL_WIDTH - LABEL_X - 12.0) / 7.5) as usize;

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let hover = use_state(|| None);
    let length = WIDTH - LABEL_WIDTH - TEXT_ROOM;
    // Each group: its top y; bars stack below it.
    let mut y = GROUP_GAP / 2.0;
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for group in &props.groups {
        let top = y;
        let bars: Vec<(usize, f64, &Bar)> = group
            .bars
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                labels.push(bar.label.clone());
                (labels.len() - 1, top + i as f64 * (BAR + GAP), bar)
            })
            .collect();
        let height = group.bars.len().max(1) as f64 * (BAR + GAP) - GAP;
        rows.push((group, top, height, bars));
        y += height + GROUP_GAP;
    }
    let total = y - GROUP_GAP / 2.0;
    let chart = scroll_wrap(
        &props.label,
        html! {
            <svg class={classes!("chart", "bar-chart", props.class.clone())} viewBox={format!("0 0 {WIDTH} {}", px(total))}>
                for (group, top, height, bars) in rows {
                    <g class="bar-group">
                        {{
                            let lines = wrap_words(&group.label, LABEL_CHARS);
                            let first = top + height / 2.0 + 5.0 - (lines.len() - 1) as f64 * LABEL_LINE / 2.0;
                            text_lines("bar-label", LABEL_X, first, "start", lines, LABEL_LINE)
                        }}
                        for (index, by, bar) in bars {
                            {{
                                let w = bar.value.map_or(0.0, |v| bar_length(v, props.max, length));
                                html! {
                                    <ValueMark {index} x={LABEL_WIDTH + w} y={by} label={bar.label.clone()} hover={hover.clone()}
                                        class={classes!(format!("barset-{}", bar.series))}>
                                        <rect class="bar" x={px(LABEL_WIDTH)} y={px(by)} width={px(w.max(if bar.value.is_some() { 1.0 } else { 0.0 }))} height={px(BAR)} />
                                        <text class="bar-text" x={px(LABEL_WIDTH + w + 6.0)} y={px(by + BAR - 4.0)}>{ &bar.text }</text>
                                    </ValueMark>
                                }
                            }}
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
            <ChartExport title={props.label.clone()} kind={props.kind.clone()} legend={props.legend.clone()} />
        </div>
    }
}
