use kontaktpunkt_core::figures::analysis::{by_priority, gap, key_touchpoints, priority};
use yew::prelude::*;

use crate::components::charts::chart_kit::chart_empty;
use crate::components::charts::chart_kit::ChartProps;
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::scroll_wrap;
use crate::format::signed;
use crate::store::{use_dispatcher, StoreExt};

/// Rows shown before "show all": the key touchpoints are nearly always among them.
const FIRST_ROWS: usize = 30;
const ROW: f64 = 28.0;
const LABEL_WIDTH: f64 = 260.0;
const WIDTH: f64 = 900.0;
/// The width of a bold character of the value's 13 px type, a little generous.
const BOLD_CHAR: f64 = 8.5;

/// Touchpoints by priority as bars; the key touchpoints (Pareto 80 %) marked.
#[component]
pub fn GapChart(props: &ChartProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let show_all = use_state(|| false);
    let model = &props.model;
    let keys = key_touchpoints(model);
    let sorted: Vec<_> = by_priority(model)
        .into_iter()
        .filter(|t| priority(t) > 0)
        .collect();
    if sorted.is_empty() {
        return chart_empty(texts.shell.view_gaps, texts.charts.chart_empty);
    }
    let total = sorted.len();
    let first_rows = props.rows.unwrap_or(FIRST_ROWS);
    let rows: Vec<_> = sorted
        .into_iter()
        .take(if *show_all { usize::MAX } else { first_rows })
        .collect();
    // Room right of the longest bar for its value and the key marker ("20 · Schlüssel"), in
    // bold: the value must not run past the chart's edge.
    let text_room = (texts.common.key_marker.chars().count() + 6) as f64 * BOLD_CHAR + 12.0;
    let bar = |p: u8| f64::from(p) / 20.0 * (WIDTH - LABEL_WIDTH - text_room);
    let height = rows.len() as f64 * ROW + 30.0;
    html! {
        <section class="chart-view" aria-labelledby="gaps-title">
            <h1 id="gaps-title">{ texts.shell.view_gaps }</h1>
            <p class="chart-help">{ texts.charts.gaps_help }</p>
            <p class="figure-inline" data-figure="key-count">{ format!("{}: {}", texts.charts.key_touchpoints, keys.len()) }</p>
            { scroll_wrap(texts.shell.view_gaps, html! {
                <svg class="chart gap-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="list">
                    for (i, tp) in rows.iter().enumerate() {
                        {{
                            let id = tp.id;
                            let is_key = keys.contains(&id);
                            let y = i as f64 * ROW + 4.0;
                            let p = priority(tp);
                            let label = format!("{}: {} {}, {} {}{}", tp.name, texts.common.priority, p, texts.common.gap,
                                gap(tp).map_or_else(|| "–".into(), signed),
                                if is_key { format!(", {}", texts.common.key_marker) } else { String::new() });
                            let d = store.clone();
                            let open = Callback::from(move |_: MouseEvent| d.open(Some(id)));
                            let d = store.clone();
                            let on_key = Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " { e.prevent_default(); d.open(Some(id)); });
                            html! {
                                <g class={classes!("gap-row", is_key.then_some("gap-key"))} role="listitem" tabindex="0" aria-label={label.clone()} onclick={open} onkeydown={on_key}>
                                    <title>{ label }</title>
                                    <text class="gap-name" x={(LABEL_WIDTH - 8.0).to_string()} y={(y + 18.0).to_string()} text-anchor="end">
                                        { if tp.name.chars().count() > 34 { format!("{}…", tp.name.chars().take(33).collect::<String>()) } else { tp.name.clone() } }
                                    </text>
                                    <rect class="gap-bar" x={LABEL_WIDTH.to_string()} y={(y + 4.0).to_string()} width={bar(p).max(2.0).to_string()} height={(ROW - 8.0).to_string()} rx="3" />
                                    <text class="gap-value" x={(LABEL_WIDTH + bar(p) + 6.0).to_string()} y={(y + 18.0).to_string()}>
                                        { if is_key { format!("{p} · {}", texts.common.key_marker) } else { p.to_string() } }
                                    </text>
                                </g>
                            }
                        }}
                    }
                </svg>
            }) }
            <ChartExport title={texts.shell.view_gaps} kind="gaps" model_title={AttrValue::from(model.meta.title.clone())}
                legend={vec![LegendLine::swatch(".gap-key .gap-bar", &format!("{}: {}", texts.charts.key_touchpoints, keys.len()))]} />
            if total > first_rows && !*show_all {
                <button type="button" class="button-quiet" onclick={{ let s = show_all.clone(); Callback::from(move |_| s.set(true)) }}>
                    { format!("{} ({total})", texts.charts.show_all) }
                </button>
            }
        </section>
    }
}
