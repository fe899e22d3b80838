use kontaktpunkt_core::domain::model::Touchpoint;
use kontaktpunkt_core::figures::analysis::{
    index_by_channel, index_by_owner, index_by_stage, is_lovepoint, is_painpoint, GroupIndex,
};
use kontaktpunkt_core::figures::chart::wrap_words;
use kontaktpunkt_core::Texts;
use yew::prelude::*;

use crate::components::charts::bar_chart::{LABEL_LINE, LABEL_X};
use crate::components::charts::chart_kit::{text_lines, ChartProps};
use crate::components::charts::export::{ChartExport, LegendLine};
use crate::components::charts::index_summary::IndexSummary;
use crate::components::scroll_wrap;
use crate::format::format_index;
use crate::store::{use_store, StoreExt};

const BAR_WIDTH: f64 = 520.0;
const LABEL_WIDTH: f64 = 230.0;

/// Experience index Ist vs Soll per stage, owner and channel, and the noteworthy touchpoints.
#[component]
pub fn IndexView(props: &ChartProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let by_owner: Vec<GroupIndex> = index_by_owner(model)
        .into_iter()
        .map(|mut g| {
            if g.key.is_empty() {
                g.name = texts.common.no_owner.to_string();
            }
            g
        })
        .collect();
    let by_channel: Vec<GroupIndex> = index_by_channel(model)
        .into_iter()
        .map(|(c, mut g)| {
            g.name = texts.channel(c).to_string();
            g.key = c.key().to_string();
            g
        })
        .collect();
    let pick = |f: fn(&Touchpoint) -> bool| {
        model
            .touchpoints
            .iter()
            .filter(|t| f(t))
            .cloned()
            .collect::<Vec<_>>()
    };
    html! {
        <section class="chart-view" aria-labelledby="indices-title">
            <h1 id="indices-title">{ texts.shell.view_indices }</h1>
            <IndexSummary model={model.clone()} lang={props.lang} />
            <div class="index-groups">
                { index_bars("stage", texts.charts.by_stage, &index_by_stage(model), texts) }
                { index_bars("owner", texts.charts.by_owner, &by_owner, texts) }
                { index_bars("channel", texts.charts.by_channel, &by_channel, texts) }
            </div>
            <div class="point-lists">
                <PointList title={texts.common.lovepoints} help={texts.charts.lovepoints_help} id="lovepoints" touchpoints={pick(is_lovepoint)} />
                <PointList title={texts.common.painpoints} help={texts.charts.painpoints_help} id="painpoints" touchpoints={pick(is_painpoint)} />
                <PointList title={texts.charts.without_owner} id="unowned" touchpoints={pick(|t| t.owner.is_none())} />
                <PointList title={texts.charts.entry_points} id="entry" touchpoints={pick(|t| t.flags.entry)} />
                <PointList title={texts.charts.exit_points} id="exit" touchpoints={pick(|t| t.flags.exit)} />
            </div>
        </section>
    }
}

/// Paired horizontal bars (Ist, Soll) per group, with the values written out.
fn index_bars(id: &str, title: &str, groups: &[GroupIndex], texts: &Texts) -> Html {
    let groups: Vec<&GroupIndex> = groups.iter().filter(|g| g.count > 0).collect();
    let row = 46.0;
    let height = groups.len() as f64 * row + 8.0;
    let w = |v: Option<f64>| v.map_or(0.0, |v| v / 100.0 * BAR_WIDTH);
    let caption = format!("{} {title}", texts.common.experience_index);
    html! {
        <figure class="index-bars" aria-labelledby={format!("idx-{id}")}>
            <figcaption id={format!("idx-{id}")}>{ &caption }</figcaption>
            { scroll_wrap(&caption, html! {
                <svg class="chart index-chart" viewBox={format!("0 0 {} {height}", LABEL_WIDTH + BAR_WIDTH + 110.0)} role="list">
                    for (i, g) in groups.iter().enumerate() {
                        {{
                            let y = i as f64 * row + 4.0;
                            let ist = format_index(texts.lang(), g.ist, texts.common.no_data);
                            let soll = format_index(texts.lang(), g.soll, texts.common.no_data);
                            html! {
                                <g role="listitem" aria-label={format!("{}: {} {ist}, {} {soll}", g.name, texts.common.ist, texts.common.soll)} data-group={g.key.clone()}>
                                    {{
                                        let lines = wrap_words(&format!("{} ({})", g.name, g.count), ((LABEL_WIDTH - LABEL_X - 12.0) / 7.5) as usize);
                                        let first = y + 22.0 - (lines.len() - 1) as f64 * LABEL_LINE / 2.0;
                                        text_lines("bar-label", LABEL_X, first, "start", lines, LABEL_LINE)
                                    }}
                                    <rect class="bar-ist" x={LABEL_WIDTH.to_string()} y={(y + 2.0).to_string()} width={w(g.ist).to_string()} height="14" />
                                    <text class="bar-value" x={(LABEL_WIDTH + 6.0 + w(g.ist)).to_string()} y={(y + 14.0).to_string()}>{ format!("{} {ist}", texts.common.ist) }</text>
                                    <rect class="bar-soll" x={LABEL_WIDTH.to_string()} y={(y + 20.0).to_string()} width={w(g.soll).to_string()} height="14" />
                                    <text class="bar-value" x={(LABEL_WIDTH + 6.0 + w(g.soll)).to_string()} y={(y + 32.0).to_string()}>{ format!("{} {soll}", texts.common.soll) }</text>
                                </g>
                            }
                        }}
                    }
                </svg>
            }) }
            <ChartExport title={caption.clone()} kind={format!("index-{id}")}
                legend={vec![LegendLine::swatch(".bar-ist", texts.common.ist), LegendLine::swatch(".bar-soll", texts.common.soll)]} />
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct PointListProps {
    title: &'static str,
    #[prop_or_default]
    help: Option<&'static str>,
    id: &'static str,
    touchpoints: Vec<Touchpoint>,
}

/// A titled list of touchpoints; each opens its editor.
#[component]
fn PointList(props: &PointListProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    html! {
        <section class="point-list" aria-labelledby={format!("pl-{}", props.id)} data-list={props.id}>
            <h2 id={format!("pl-{}", props.id)}>{ props.title }{ format!(" ({})", props.touchpoints.len()) }</h2>
            if let Some(help) = props.help { <p class="chart-help">{ help }</p> }
            if props.touchpoints.is_empty() {
                <p>{ texts.charts.none }</p>
            } else {
                <ul>
                    for tp in props.touchpoints.iter() {
                        {{
                            let id = tp.id;
                            let d = store.dispatcher();
                            html! {
                                <li key={id}>
                                    <button type="button" class="link-button" onclick={Callback::from(move |_| d.open(Some(id)))}>{ &tp.name }</button>
                                </li>
                            }
                        }}
                    }
                </ul>
            }
        </section>
    }
}
