use kontaktpunkt_core::domain::model::Experience;
use std::collections::HashMap;

use kontaktpunkt_core::figures::chart::{
    journey_layout, journey_summary, numbered_points, rating_scale_y, wrap_words, Frame,
    MAX_NUMBERED,
};
use kontaktpunkt_core::text::chart_points::stage_means_note;
use yew::prelude::*;

use crate::components::charts::chart_kit::{
    chart_empty, legend_entries, point_legend, spread_toggle, text_lines, tooltip, whiskers,
    ChartProps, Mark,
};
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::scroll_wrap;
use crate::format::signed;
use crate::store::use_dispatcher;

const FRAME: Frame = Frame {
    width: 960.0,
    height: 380.0,
    left: 180.0,
    right: 16.0,
    top: 16.0,
    bottom: 64.0,
};

/// The journey curve: Ist and Soll along the stages, the gap between them shaded.
#[component]
pub fn JourneyChart(props: &ChartProps) -> Html {
    let texts = props.lang.texts();
    let dispatcher = use_dispatcher();
    let hover = use_state(|| None);
    let spread_on = use_state(|| false);
    let model = &props.model;
    let layout = journey_layout(model, &FRAME);
    let y = rating_scale_y(&FRAME);
    if layout
        .points
        .iter()
        .all(|p| p.ist.is_none() && p.soll.is_none())
    {
        return chart_empty(texts.shell.view_journey, texts.charts.chart_empty);
    }
    let ids: Vec<_> = layout
        .points
        .iter()
        .filter(|p| p.ist.is_some() || p.soll.is_some())
        .map(|p| p.id)
        .collect();
    let numbers: HashMap<_, _> = numbered_points(model, &ids).into_iter().collect();
    let legend = legend_entries(model, &numbers);
    // Past the numbered limit one point per touchpoint is a tangle: the stages' means, and
    // the numbered touchpoints as points.
    let summarised = ids.len() > MAX_NUMBERED;
    let layout = if summarised {
        journey_summary(model, &FRAME, &numbers.keys().copied().collect())
    } else {
        layout
    };
    // Whiskers: each touchpoint's Ist from the lowest to the highest rating of its round.
    let offered = ids.iter().any(|id| model.rated(*id).is_some());
    let show_spread = offered && *spread_on;
    let ist_range = |id| {
        model
            .rated(id)
            .and_then(|r| r.ist)
            .filter(|_| show_spread)
            .map(|s| (s.min, s.max))
    };
    // In the stage-means summary a mark may sit a row above its rating: so does its whisker.
    let spread_lines: Vec<[f64; 4]> = layout
        .points
        .iter()
        .filter_map(|p| {
            let (lo, hi) = ist_range(p.id)?;
            let ist = model.touchpoint(p.id)?.ist?.value();
            let shift = p.ist? - y.map(f64::from(ist));
            let at = |v: i8| y.map(f64::from(v)) + shift;
            Some([p.x, at(lo), p.x, at(hi)])
        })
        .collect();
    let label = |id| {
        let Some(tp) = model.touchpoint(id) else {
            return String::new();
        };
        let spread = ist_range(id).map_or_else(String::new, |(lo, hi)| {
            format!(
                "; {} {} … {}",
                texts.charts.spread_of,
                signed(lo),
                signed(hi)
            )
        });
        let r = |v: Option<Experience>| {
            v.map_or(texts.common.not_rated.to_string(), |e| {
                format!("{} {}", signed(e.value()), texts.experience(e))
            })
        };
        format!(
            "{}: {} {}, {} {}{spread}",
            tp.name,
            texts.common.ist,
            r(tp.ist),
            texts.common.soll,
            r(tp.soll)
        )
    };
    let note = summarised.then(|| stage_means_note(props.lang, legend.len(), ids.len()));
    let export_legend: Vec<LegendLine> = [
        LegendLine::swatch(".line-ist", texts.common.ist),
        LegendLine::swatch(".line-soll", texts.common.soll),
        LegendLine::swatch(".gap-area", texts.common.gap),
    ]
    .into_iter()
    .chain(show_spread.then(|| LegendLine::swatch(".whisker line", texts.charts.spread_legend)))
    .chain(
        legend
            .iter()
            .map(|(n, name)| LegendLine::numbered(*n, name)),
    )
    .chain(note.iter().map(|n| LegendLine::note(n)))
    .collect();
    html! {
        <section class="chart-view" aria-labelledby="journey-title">
            <h1 id="journey-title">{ texts.shell.view_journey }</h1>
            <p class="chart-help">{ texts.charts.journey_help }</p>
            <ul class="chart-legend">
                <li class="legend-ist">{ texts.common.ist }</li>
                <li class="legend-soll">{ texts.common.soll }</li>
                <li class="legend-gap">{ texts.common.gap }</li>
                if show_spread {
                    <li class="legend-spread">{ texts.charts.spread_legend }</li>
                }
            </ul>
            { spread_toggle(props.lang, offered, &spread_on) }
            <p class="swipe-hint">{ texts.charts.swipe_hint }</p>
            { scroll_wrap(texts.shell.view_journey, html! {
                <svg class="chart journey-chart" viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)}>
                    for e in Experience::ALL {
                        <g class="grid">
                            <line x1={FRAME.x0().to_string()} x2={FRAME.x1().to_string()} y1={y.map(f64::from(e.value())).to_string()} y2={y.map(f64::from(e.value())).to_string()} />
                            <text class="axis-label" x={(FRAME.x0() - 8.0).to_string()} y={(y.map(f64::from(e.value())) + 4.0).to_string()} text-anchor="end">
                                { format!("{} {}", signed(e.value()), texts.experience(e)) }
                            </text>
                        </g>
                    }
                    for (i, band) in layout.bands.iter().enumerate() {
                        <g class={classes!("stage-band", (i % 2 == 1).then_some("stage-band-alt"))}>
                            <rect x={band.x0.to_string()} y={FRAME.y0().to_string()} width={(band.x1 - band.x0).to_string()} height={(FRAME.y1() - FRAME.y0()).to_string()} />
                            // A name wider than its band (about 7.5 px a character, bold) on more lines.
                            { text_lines("stage-label", (band.x0 + band.x1) / 2.0, FRAME.y1() + 22.0, "middle",
                                wrap_words(&band.name, ((band.x1 - band.x0 - 8.0) / 7.5).max(6.0) as usize), 16.0) }
                        </g>
                    }
                    for area in layout.gap_areas.iter() { <polygon class="gap-area" points={area.clone()} /> }
                    for line in layout.soll_line.iter() { <polyline class="line-soll" points={line.clone()} /> }
                    for line in layout.ist_line.iter() { <polyline class="line-ist" points={line.clone()} /> }
                    { whiskers(spread_lines) }
                    for p in layout.points.iter() {
                        if let Some(sy) = p.soll {
                            <Mark id={p.id} x={p.x} y={sy} r={5.0} class="mark-soll" label={format!("{} ({})", label(p.id), texts.common.soll)} hover={hover.clone()} dispatcher={dispatcher.clone()}
                                number={p.ist.is_none().then(|| numbers.get(&p.id).copied()).flatten()} />
                        }
                        if let Some(iy) = p.ist {
                            <Mark id={p.id} x={p.x} y={iy} class="mark-ist" label={label(p.id)} hover={hover.clone()} dispatcher={dispatcher.clone()} number={numbers.get(&p.id).copied()} />
                        }
                    }
                    if let Some((id, x, y)) = *hover {
                        { tooltip(x, y, FRAME.width, &[label(id)]) }
                    }
                </svg>
            }) }
            { point_legend(props.lang, &legend, note) }
            <ChartExport title={texts.shell.view_journey} kind="journey" model_title={AttrValue::from(model.meta.title.clone())} legend={export_legend} />
        </section>
    }
}
