//! What the report carries of the method: the main touchpoints in detail (description from
//! the customer's view and the three factor lists), every touchpoint's description and factors
//! in an appendix, and the charted points the charts cannot number, named on paper.

use std::collections::HashSet;

use kontaktpunkt_core::domain::model::{FactorKind, Flag, Touchpoint};
use kontaktpunkt_core::figures::analysis::{
    by_priority, is_lovepoint, is_painpoint, key_touchpoints, priority,
};
use kontaktpunkt_core::figures::chart::numbered_points;
use kontaktpunkt_core::text::report_tables::report_table_texts;
use yew::prelude::*;

use crate::components::charts::chart_kit::ChartProps;
use crate::components::scroll_wrap;
use crate::format::signed;

const KINDS: [FactorKind; 3] = [
    FactorKind::Disappointment,
    FactorKind::Okay,
    FactorKind::Delight,
];

/// Key touchpoints, moments of truth, lovepoints and painpoints by priority, each with its
/// description and its three factor lists.
#[component]
pub fn MainTouchpoints(props: &ChartProps) -> Html {
    let r = report_table_texts(props.lang);
    let texts = props.lang.texts();
    let model = &props.model;
    let keys: HashSet<_> = key_touchpoints(model).into_iter().collect();
    let main: Vec<&Touchpoint> = by_priority(model)
        .into_iter()
        .filter(|t| {
            keys.contains(&t.id) || t.flags.moment_of_truth || is_lovepoint(t) || is_painpoint(t)
        })
        .collect();
    if main.is_empty() {
        return html! {};
    }
    let marks = |t: &Touchpoint| {
        let mut marks: Vec<&str> = Vec::new();
        if keys.contains(&t.id) {
            marks.push(r.key_touchpoint);
        }
        if t.flags.moment_of_truth {
            marks.push(texts.flag(Flag::MomentOfTruth));
        }
        if is_lovepoint(t) {
            marks.push(r.lovepoint);
        }
        if is_painpoint(t) {
            marks.push(r.painpoint);
        }
        marks.join(", ")
    };
    html! {
        <section class="report-section report-details" aria-labelledby="report-details">
            <h2 id="report-details">{ r.details_title }</h2>
            <p>{ r.details_intro }</p>
            for t in main {
                <article class="tp-detail" key={t.id}>
                    <h3>{ &t.name }</h3>
                    <p class="tp-detail-meta">
                        { format!("{} · {} · {} {} · {}", model.stage_name(&t.stage),
                            t.owner.as_deref().map_or(texts.common.no_owner, |o| model.owner_name(o)),
                            texts.common.priority, priority(t), marks(t)) }
                    </p>
                    <p class="tp-detail-description">
                        { if t.description.trim().is_empty() { r.no_description.to_string() } else { t.description.clone() } }
                    </p>
                    <div class="tp-detail-factors">
                        for kind in KINDS {
                            <div data-factors={format!("{kind:?}").to_lowercase()}>
                                <h4>{ texts.factor(kind) }</h4>
                                if t.factors.list(kind).is_empty() {
                                    <p>{ r.none }</p>
                                } else {
                                    <ul>
                                        for f in t.factors.list(kind).iter() { <li>{ f }</li> }
                                    </ul>
                                }
                            </div>
                        }
                    </div>
                </article>
            }
        </section>
    }
}

/// Every touchpoint's description and factors, in the model's order.
#[component]
pub fn FactorAppendix(props: &ChartProps) -> Html {
    let r = report_table_texts(props.lang);
    let texts = props.lang.texts();
    let model = &props.model;
    let list = |t: &Touchpoint, kind| t.factors.list(kind).join(" · ");
    html! {
        <section class="report-section report-appendix" aria-labelledby="report-appendix">
            <h2 id="report-appendix">{ r.appendix_title }</h2>
            { scroll_wrap(r.appendix_title, html! {
                <table class="report-table appendix-table">
                    <thead>
                        <tr>
                            <th scope="col">{ r.touchpoint }</th>
                            <th scope="col">{ texts.common.description }</th>
                            for kind in KINDS { <th scope="col">{ texts.factor(kind) }</th> }
                        </tr>
                    </thead>
                    <tbody>
                        for t in model.touchpoints.iter() {
                            <tr key={t.id}>
                                <th scope="row">{ &t.name }</th>
                                <td class="appendix-description">{ &t.description }</td>
                                for kind in KINDS { <td>{ list(t, kind) }</td> }
                            </tr>
                        }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

/// The charted touchpoints that a chart shows without a number (past its numbered limit),
/// numbered on from its legend with the values that place them: so every point is named on
/// paper.
#[component]
pub fn FurtherPoints(props: &ChartProps) -> Html {
    let r = report_table_texts(props.lang);
    let texts = props.lang.texts();
    let model = &props.model;
    let ids = |pick: fn(&Touchpoint) -> bool| -> Vec<_> {
        model
            .touchpoints
            .iter()
            .filter(|t| pick(t))
            .map(|t| t.id)
            .collect()
    };
    // The matrix charts the touchpoints with an Ist, the journey those with Ist or Soll.
    let matrix = ids(|t| t.ist.is_some());
    let journey = ids(|t| t.ist.is_some() || t.soll.is_some());
    let numbered_in = |charted: &[_]| -> HashSet<_> {
        numbered_points(model, charted)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    let (in_matrix, in_journey) = (numbered_in(&matrix), numbered_in(&journey));
    let rest: Vec<&Touchpoint> = by_priority(model)
        .into_iter()
        .filter(|t| {
            (matrix.contains(&t.id) && !in_matrix.contains(&t.id))
                || (journey.contains(&t.id) && !in_journey.contains(&t.id))
        })
        .collect();
    if rest.is_empty() {
        return html! {};
    }
    let first = in_journey.len().max(in_matrix.len()) + 1;
    let rating = |v: Option<i8>| v.map_or_else(|| "–".to_string(), signed);
    html! {
        <section class="report-section report-further" aria-labelledby="report-further">
            <h2 id="report-further">{ r.further_points_title }</h2>
            <p>{ r.further_points_intro }</p>
            <table class="report-table further-points">
                <thead>
                    <tr>
                        <th scope="col" class="num">{ r.number }</th>
                        <th scope="col">{ r.touchpoint }</th>
                        <th scope="col">{ texts.common.stage }</th>
                        <th scope="col" class="num">{ texts.common.importance }</th>
                        <th scope="col" class="num">{ texts.common.ist }</th>
                        <th scope="col" class="num">{ texts.common.soll }</th>
                        <th scope="col" class="num">{ texts.common.priority }</th>
                    </tr>
                </thead>
                <tbody>
                    for (n, t) in (first..).zip(rest) {
                        <tr key={t.id}>
                            <td class="num">{ n }</td>
                            <th scope="row">{ &t.name }</th>
                            <td>{ model.stage_name(&t.stage) }</td>
                            <td class="num">{ t.importance.value() }</td>
                            <td class="num">{ rating(t.ist.map(|e| e.value())) }</td>
                            <td class="num">{ rating(t.soll.map(|e| e.value())) }</td>
                            <td class="num">{ priority(t) }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </section>
    }
}
