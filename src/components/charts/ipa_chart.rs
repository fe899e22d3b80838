use kontaktpunkt_core::domain::model::Experience;
use kontaktpunkt_core::figures::analysis::{Quadrant, HIGH_IMPORTANCE};
use std::collections::HashMap;

use kontaktpunkt_core::figures::chart::{
    grid_numbered, ipa_layout, numbered_points, wrap_words, Frame, Scale, IPA_IMPORTANCE_DOMAIN,
};
use yew::prelude::*;

use kontaktpunkt_core::text::chart_points::numbered_note;

use crate::components::charts::chart_kit::ChartProps;
use crate::components::charts::chart_kit::{
    chart_empty, legend_entries, point_legend, spread_toggle, text_lines, tooltip, whiskers, Mark,
};
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::scroll_wrap;
use crate::format::signed;
use crate::store::use_dispatcher;

const FRAME: Frame = Frame {
    width: 720.0,
    height: 560.0,
    left: 64.0,
    right: 16.0,
    top: 16.0,
    bottom: 88.0,
};

/// The importance-performance matrix: four named quadrants, one mark per rated touchpoint.
#[component]
pub fn IpaChart(props: &ChartProps) -> Html {
    let texts = props.lang.texts();
    let dispatcher = use_dispatcher();
    let hover = use_state(|| None);
    let spread_on = use_state(|| false);
    let model = &props.model;
    let mut points = ipa_layout(model, &FRAME);
    if points.is_empty() {
        return chart_empty(texts.shell.view_matrix, texts.charts.chart_empty);
    }
    let ids: Vec<_> = points.iter().map(|p| p.id).collect();
    let numbers: HashMap<_, _> = numbered_points(model, &ids).into_iter().collect();
    // Numbered points on a grid in their cell, drawn above the others.
    grid_numbered(
        &mut points,
        model,
        &FRAME,
        &numbers.keys().copied().collect(),
    );
    points.sort_by_key(|p| numbers.contains_key(&p.id));
    let legend = legend_entries(model, &numbers);
    let x = Scale::new((-2.5, 2.5), (FRAME.x0(), FRAME.x1()));
    let y = Scale::new(IPA_IMPORTANCE_DOMAIN, (FRAME.y1(), FRAME.y0()));
    // Split lines: between Ist 0 and +1, and below importance 3.
    let split_x = x.map(0.5);
    let split_y = y.map(f64::from(HIGH_IMPORTANCE) - 0.5);
    let quadrants = [
        (Quadrant::FixFirst, FRAME.x0(), FRAME.y0(), split_x, split_y),
        (Quadrant::KeepItUp, split_x, FRAME.y0(), FRAME.x1(), split_y),
        (
            Quadrant::LowPriority,
            FRAME.x0(),
            split_y,
            split_x,
            FRAME.y1(),
        ),
        (
            Quadrant::PossibleOverkill,
            split_x,
            split_y,
            FRAME.x1(),
            FRAME.y1(),
        ),
    ];
    // Whiskers: Ist across, importance (where the round's was taken) up and down, from the
    // lowest to the highest rating, through the mark (which may sit on its cell's grid).
    let offered = points.iter().any(|p| model.rated(p.id).is_some());
    let rated = |id| model.rated(id).filter(|_| offered && *spread_on);
    let spread_lines: Vec<[f64; 4]> = points
        .iter()
        .filter_map(|p| rated(p.id).map(|r| (p, r)))
        .flat_map(|(p, r)| {
            let across = r
                .ist
                .map(|s| [x.map(s.min.into()), p.y, x.map(s.max.into()), p.y]);
            let up = r
                .importance
                .map(|s| [p.x, y.map(s.min.into()), p.x, y.map(s.max.into())]);
            across.into_iter().chain(up)
        })
        .collect();
    let spread_text = |id| {
        let Some(r) = rated(id) else {
            return String::new();
        };
        let mut parts = Vec::new();
        if let Some(s) = r.importance {
            parts.push(format!("{} {} … {}", texts.common.importance, s.min, s.max));
        }
        if let Some(s) = r.ist {
            parts.push(format!(
                "{} {} … {}",
                texts.common.ist,
                signed(s.min),
                signed(s.max)
            ));
        }
        format!("; {} {}", texts.charts.spread_of, parts.join(", "))
    };
    let label = |id| {
        model.touchpoint(id).map_or_else(String::new, |tp| {
            let ist = tp.ist.map_or(texts.common.not_rated.to_string(), |e| {
                format!("{} {}", signed(e.value()), texts.experience(e))
            });
            format!(
                "{}: {} {}, {} {}{}",
                tp.name,
                texts.common.importance,
                tp.importance.value(),
                texts.common.ist,
                ist,
                spread_text(id)
            )
        })
    };
    let note = (points.len() > legend.len())
        .then(|| numbered_note(props.lang, legend.len(), points.len() - legend.len()));
    let show_spread = offered && *spread_on;
    let export_legend: Vec<LegendLine> = show_spread
        .then(|| LegendLine::swatch(".whisker line", texts.charts.spread_legend))
        .into_iter()
        .chain(
            legend
                .iter()
                .map(|(n, name)| LegendLine::numbered(*n, name)),
        )
        .chain(note.iter().map(|n| LegendLine::note(n)))
        .collect();
    html! {
        <section class="chart-view" aria-labelledby="ipa-title">
            <h1 id="ipa-title">{ texts.shell.view_matrix }</h1>
            <p class="chart-help">{ texts.charts.matrix_help }</p>
            { spread_toggle(props.lang, offered, &spread_on) }
            if show_spread {
                <p class="chart-help">{ texts.charts.spread_legend }</p>
            }
            <p class="swipe-hint">{ texts.charts.swipe_hint }</p>
            { scroll_wrap(texts.shell.view_matrix, html! {
                <svg class="chart ipa-chart" viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)}>
                    for (q, x0, y0, x1, y1) in quadrants {
                        <g class={format!("quadrant quadrant-{}", q as u8)}>
                            <rect x={x0.to_string()} y={y0.to_string()} width={(x1 - x0).to_string()} height={(y1 - y0).to_string()} />
                            // In the strips above 5 and below 1, where no point falls.
                            <text class="quadrant-label" x={(x0 + 8.0).to_string()}
                                y={(if y1 >= FRAME.y1() { y1 - 12.0 } else { y0 + 22.0 }).to_string()}>
                                { format!("{} ({})", texts.quadrant(q), points.iter().filter(|p| p.quadrant == q).count()) }
                            </text>
                        </g>
                    }
                    for v in 1..=5u8 {
                        <text class="axis-label" x={(FRAME.x0() - 10.0).to_string()} y={(y.map(f64::from(v)) + 4.0).to_string()} text-anchor="end">{ v }</text>
                    }
                    for e in Experience::ALL {
                        <text class="axis-label" x={x.map(f64::from(e.value())).to_string()} y={(FRAME.y1() + 18.0).to_string()} text-anchor="middle">{ signed(e.value()) }</text>
                        { text_lines("axis-label axis-word", x.map(f64::from(e.value())), FRAME.y1() + 34.0, "middle",
                            axis_word_lines(texts.experience(e), x.map(f64::from(e.value()))), 14.0) }
                    }
                    <text class="axis-title" x={((FRAME.x0() + FRAME.x1()) / 2.0).to_string()} y={(FRAME.height - 16.0).to_string()} text-anchor="middle">{ texts.common.ist }</text>
                    <text class="axis-title" transform={format!("translate(18 {}) rotate(-90)", (FRAME.y0() + FRAME.y1()) / 2.0)} text-anchor="middle">{ texts.common.importance }</text>
                    { whiskers(spread_lines) }
                    for p in points.iter() {
                        <Mark id={p.id} x={p.x} y={p.y} r={6.0} class={classes!(format!("mark-q{}", p.quadrant as u8))} label={label(p.id)} hover={hover.clone()} dispatcher={dispatcher.clone()} number={numbers.get(&p.id).copied()} />
                    }
                    if let Some((id, hx, hy)) = *hover {
                        { tooltip(hx, hy, FRAME.width, &[label(id)]) }
                    }
                </svg>
            }) }
            { point_legend(props.lang, &legend, note.clone()) }
            <ChartExport title={texts.shell.view_matrix} kind="matrix" model_title={AttrValue::from(model.meta.title.clone())} legend={export_legend} />
        </section>
    }
}

/// A scale word under the matrix in lines that stay within the picture and clear of their
/// neighbours: the words at the ends have only the room to the edge on one side (about 6.8 px a
/// character of their 12 px type).
fn axis_word_lines(word: &str, x: f64) -> Vec<String> {
    let step = (FRAME.x1() - FRAME.x0()) / 4.0;
    let room = step.min(2.0 * x.min(FRAME.width - x)) - 8.0;
    wrap_words(word, (room / 6.8).max(6.0) as usize)
}
