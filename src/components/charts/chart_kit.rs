//! Pieces every chart shares: the props of a model chart, a focusable, clickable mark and the
//! tooltip for the mark in focus.

use kontaktpunkt_core::domain::model::Id;
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::store::{Dispatcher, ModelRef, StoreExt};

/// What a chart of the model is drawn from.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// Rows a list chart shows at most (on a slide, what fits the screen); its own default
    /// when not given.
    #[prop_or_default]
    pub rows: Option<usize>,
}

/// Which mark is hovered or focused, and its tooltip lines.
pub type Hover = UseStateHandle<Option<(Id, f64, f64)>>;

#[derive(Properties, PartialEq)]
pub struct MarkProps {
    pub id: Id,
    pub x: f64,
    pub y: f64,
    /// The accessible name and hover title: what the mark stands for, with its values.
    pub label: AttrValue,
    pub hover: Hover,
    pub dispatcher: Dispatcher,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or(7.0)]
    pub r: f64,
    /// The number the chart's legend names this point by, drawn inside it.
    #[prop_or_default]
    pub number: Option<usize>,
}

/// A point of a chart: hover or focus shows its values, click or Enter opens the touchpoint.
#[component]
pub fn Mark(props: &MarkProps) -> Html {
    let (id, x, y) = (props.id, props.x, props.y);
    let open = {
        let d = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| d.open(Some(id)))
    };
    let on_key = {
        let d = props.dispatcher.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                d.open(Some(id));
            }
        })
    };
    let show = {
        let hover = props.hover.clone();
        Callback::from(move |_| hover.set(Some((id, x, y))))
    };
    let hide = {
        let hover = props.hover.clone();
        Callback::from(move |_| hover.set(None))
    };
    html! {
        <g class={classes!("mark", props.class.clone())} tabindex="0" role="button" aria-label={props.label.clone()}
            onclick={open} onkeydown={on_key}
            onmouseenter={show.reform(|_: MouseEvent| ())} onfocus={show.reform(|_: FocusEvent| ())}
            onmouseleave={hide.reform(|_: MouseEvent| ())} onblur={hide.reform(|_: FocusEvent| ())}>
            <title>{ props.label.clone() }</title>
            <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")}
                r={if props.number.is_some() { NUMBERED_RADIUS.to_string() } else { props.r.to_string() }} />
            if let Some(n) = props.number {
                <text class="mark-number" x={format!("{x:.1}")} y={format!("{:.1}", y + 4.0)} text-anchor="middle" aria-hidden="true">{ n }</text>
            }
        </g>
    }
}

/// The legend's lines, in number order: each numbered touchpoint's name.
pub fn legend_entries(
    model: &kontaktpunkt_core::Model,
    numbers: &std::collections::HashMap<Id, usize>,
) -> Vec<(usize, String)> {
    let mut entries: Vec<(usize, String)> = numbers
        .iter()
        .filter_map(|(id, n)| model.touchpoint(*id).map(|tp| (*n, tp.name.clone())))
        .collect();
    entries.sort_by_key(|(n, _)| *n);
    entries
}

/// A numbered point's radius: room for two digits.
const NUMBERED_RADIUS: f64 = 10.0;

/// The legend beside a chart: each number with its touchpoint's name, and `note` on what is
/// drawn without a number.
pub fn point_legend(lang: Lang, entries: &[(usize, String)], note: Option<String>) -> Html {
    use kontaktpunkt_core::text::chart_points::legend_label;
    html! {
        <div class="point-legend-box">
            <ol class="point-legend" aria-label={legend_label(lang)}>
                for (n, name) in entries.iter() {
                    <li value={n.to_string()}>{ name }</li>
                }
            </ol>
            if let Some(note) = note {
                <p class="chart-help">{ note }</p>
            }
        </div>
    }
}

/// A tooltip box near (x, y) inside a chart of `width`, holding `lines`.
pub fn tooltip(x: f64, y: f64, width: f64, lines: &[String]) -> Html {
    let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * 7.2 + 16.0;
    let h = lines.len() as f64 * 18.0 + 10.0;
    let left = if x + 12.0 + w > width {
        x - 12.0 - w
    } else {
        x + 12.0
    };
    let top = (y - h - 8.0).max(2.0);
    html! {
        <g class="tooltip" aria-hidden="true" pointer-events="none">
            <rect x={format!("{left:.1}")} y={format!("{top:.1}")} width={format!("{w:.1}")} height={format!("{h:.1}")} rx="4" />
            for (i, line) in lines.iter().enumerate() {
                <text x={format!("{:.1}", left + 8.0)} y={format!("{:.1}", top + 20.0 + i as f64 * 18.0)}>{ line }</text>
            }
        </g>
    }
}

/// What a chart view shows before anything is rated.
pub fn chart_empty(title: &str, message: &str) -> Html {
    html! {
        <section class="chart-view">
            <h1>{ title }</h1>
            <p>{ message }</p>
        </section>
    }
}

/// Which value mark is hovered or focused (its position in the chart), and where.
pub type HoverAt = UseStateHandle<Option<(usize, f64, f64)>>;

#[derive(Properties, PartialEq)]
pub struct ValueMarkProps {
    /// The mark's position in its chart, to find its label for the tooltip.
    pub index: usize,
    /// Where the tooltip points.
    pub x: f64,
    pub y: f64,
    /// The accessible name and hover title: what the mark stands for, with its value.
    pub label: AttrValue,
    pub hover: HoverAt,
    #[prop_or_default]
    pub class: Classes,
    /// The shape itself (a circle, a bar).
    pub children: Html,
}

/// A mark that only shows its value: on hover or keyboard focus, with no action on click.
#[component]
pub fn ValueMark(props: &ValueMarkProps) -> Html {
    let (index, x, y) = (props.index, props.x, props.y);
    let show = {
        let hover = props.hover.clone();
        Callback::from(move |_| hover.set(Some((index, x, y))))
    };
    let hide = {
        let hover = props.hover.clone();
        Callback::from(move |_| hover.set(None))
    };
    html! {
        <g class={classes!("value-mark", props.class.clone())} tabindex="0" role="img" aria-label={props.label.clone()}
            onmouseenter={show.reform(|_: MouseEvent| ())} onfocus={show.reform(|_: FocusEvent| ())}
            onmouseleave={hide.reform(|_: MouseEvent| ())} onblur={hide.reform(|_: FocusEvent| ())}>
            <title>{ props.label.clone() }</title>
            { props.children.clone() }
        </g>
    }
}

/// A label on several lines (see `wrap_words`), the first line's baseline at `y`: a label
/// longer than its room is wrapped rather than cut at the chart's edge.
pub fn text_lines(
    class: &'static str,
    x: f64,
    y: f64,
    anchor: &'static str,
    lines: Vec<String>,
    line_height: f64,
) -> Html {
    html! {
        <text {class} x={px(x)} y={px(y)} text-anchor={anchor}>
            for (i, line) in lines.into_iter().enumerate() {
                <tspan x={px(x)} dy={if i == 0 { "0".to_string() } else { px(line_height) }}>{ line }</tspan>
            }
        </text>
    }
}

/// Number formatting for SVG coordinates.
pub fn px(v: f64) -> String {
    format!("{v:.1}")
}

/// The switch "Show raters' spread": shown only when `offered` (the model holds a rating
/// round's figures for some touchpoint), left out of print.
pub fn spread_toggle(lang: Lang, offered: bool, on: &UseStateHandle<bool>) -> Html {
    if !offered {
        return Html::default();
    }
    let flip = {
        let on = on.clone();
        Callback::from(move |_: Event| on.set(!*on))
    };
    html! {
        <label class="check spread-toggle no-print">
            <input type="checkbox" checked={**on} onchange={flip} />
            { lang.texts().charts.show_spread }
        </label>
    }
}

/// Whiskers, each `[x1, y1, x2, y2]`: a vertical or horizontal line with short caps across
/// its ends, from the lowest to the highest rating of a round. Their values are in the marks'
/// labels, so they are hidden from screen readers.
pub fn whiskers(lines: Vec<[f64; 4]>) -> Html {
    let caps = |[x1, y1, x2, y2]: [f64; 4]| {
        let (dx, dy) = if x1 == x2 { (4.0, 0.0) } else { (0.0, 4.0) };
        [
            [x1, y1, x2, y2],
            [x1 - dx, y1 - dy, x1 + dx, y1 + dy],
            [x2 - dx, y2 - dy, x2 + dx, y2 + dy],
        ]
    };
    html! {
        <g aria-hidden="true">
            for line in lines {
                <g class="whisker">
                    for [x1, y1, x2, y2] in caps(line) {
                        <line x1={px(x1)} y1={px(y1)} x2={px(x2)} y2={px(y2)} />
                    }
                </g>
            }
        </g>
    }
}
