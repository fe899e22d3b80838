//! What the report adds for a client: the highlights (key touchpoints, moments of truth,
//! lovepoints and painpoints) and a table of every touchpoint.

use kontaktpunkt_core::domain::model::{Flag, Touchpoint};
use kontaktpunkt_core::figures::analysis::{
    by_priority, gap, is_lovepoint, is_painpoint, key_touchpoints, priority,
};
use kontaktpunkt_core::text::report_tables::report_table_texts;
use yew::prelude::*;

use crate::components::charts::chart_kit::ChartProps;
use crate::components::scroll_wrap;
use crate::format::signed;

/// Four short lists of names; the key touchpoints by priority, the others in the model's
/// order.
#[component]
pub fn ReportHighlights(props: &ChartProps) -> Html {
    let r = report_table_texts(props.lang);
    let model = &props.model;
    let keys = key_touchpoints(model);
    let keys_by_priority: Vec<String> = by_priority(model)
        .into_iter()
        .filter(|t| keys.contains(&t.id))
        .map(|t| t.name.clone())
        .collect();
    let names = |pick: &dyn Fn(&Touchpoint) -> bool| -> Vec<String> {
        model
            .touchpoints
            .iter()
            .filter(|t| pick(t))
            .map(|t| t.name.clone())
            .collect()
    };
    let lists = [
        (
            "key",
            (r.key_touchpoint, r.key_touchpoints),
            keys_by_priority,
        ),
        (
            "moments",
            (r.moment_of_truth, r.moments_of_truth),
            names(&|t| t.flags.moment_of_truth),
        ),
        ("love", (r.lovepoint, r.lovepoints), names(&is_lovepoint)),
        ("pain", (r.painpoint, r.painpoints), names(&is_painpoint)),
    ];
    html! {
        <section class="report-section" aria-labelledby="report-highlights">
            <h2 id="report-highlights">{ r.highlights }</h2>
            <div class="report-highlights">
                for (key, (one, many), list) in lists {
                    <div class="report-highlight" data-list={key}>
                        <h3>{ r.counted(one, many, list.len()) }</h3>
                        if list.is_empty() {
                            <p>{ r.none }</p>
                        } else {
                            <ul>
                                for name in list { <li>{ name }</li> }
                            </ul>
                        }
                    </div>
                }
            </div>
        </section>
    }
}

/// Every touchpoint with its stage, owner, ratings, gap, priority and marks.
#[component]
pub fn TouchpointTable(props: &ChartProps) -> Html {
    let r = report_table_texts(props.lang);
    let texts = props.lang.texts();
    let model = &props.model;
    let keys = key_touchpoints(model);
    let rating = |v: Option<i8>| v.map_or_else(|| "–".to_string(), signed);
    html! {
        <section class="report-section" aria-labelledby="report-touchpoints">
            <h2 id="report-touchpoints">{ r.all_touchpoints }</h2>
            { scroll_wrap(r.all_touchpoints, html! {
                <table class="report-table">
                    <thead>
                        <tr>
                            <th scope="col">{ r.touchpoint }</th>
                            <th scope="col">{ texts.common.stage }</th>
                            <th scope="col">{ texts.common.owner }</th>
                            <th scope="col" class="num">{ texts.common.importance }</th>
                            <th scope="col" class="num">{ texts.common.ist }</th>
                            <th scope="col" class="num">{ texts.common.soll }</th>
                            <th scope="col" class="num">{ texts.common.gap }</th>
                            <th scope="col" class="num">{ texts.common.priority }</th>
                            <th scope="col">{ r.flags }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for tp in model.touchpoints.iter() {
                            {{
                                let mut marks: Vec<&str> = Vec::new();
                                if keys.contains(&tp.id) { marks.push(texts.common.key_marker); }
                                if tp.flags.moment_of_truth { marks.push(texts.flag(Flag::MomentOfTruth)); }
                                if tp.flags.entry { marks.push(texts.flag(Flag::Entry)); }
                                if tp.flags.exit { marks.push(texts.flag(Flag::Exit)); }
                                if is_lovepoint(tp) { marks.push(r.lovepoints); }
                                if is_painpoint(tp) { marks.push(r.painpoints); }
                                html! {
                                    <tr key={tp.id}>
                                        <th scope="row">{ &tp.name }</th>
                                        <td>{ model.stage_name(&tp.stage) }</td>
                                        <td>{ tp.owner.as_deref().map_or(r.no_owner, |o| model.owner_name(o)) }</td>
                                        <td class="num">{ tp.importance.value() }</td>
                                        <td class="num">{ rating(tp.ist.map(|e| e.value())) }</td>
                                        <td class="num">{ rating(tp.soll.map(|e| e.value())) }</td>
                                        <td class="num">{ rating(gap(tp)) }</td>
                                        <td class="num">{ priority(tp) }</td>
                                        <td>{ marks.join(", ") }</td>
                                    </tr>
                                }
                            }}
                        }
                    </tbody>
                </table>
            }) }
        </section>
    }
}
