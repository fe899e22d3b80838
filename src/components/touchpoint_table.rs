use kontaktpunkt_core::analysis::{gap, priority};
use kontaktpunkt_core::model::Experience;
use kontaktpunkt_core::{Lang, Texts};
use yew::prelude::*;

use crate::store::ModelRef;

#[derive(Properties, PartialEq)]
pub struct TouchpointTableProps {
    pub model: ModelRef,
    pub lang: Lang,
}

fn rating_cell(texts: &Texts, rating: Option<Experience>) -> Html {
    match rating {
        Some(r) => html! {
            <td class={classes!("rating", format!("rating-{}", r.value() + 2))}>
                <span class="rating-value">{ format!("{:+}", r.value()) }</span>
                { " " }<span class="rating-word">{ texts.experience(r) }</span>
            </td>
        },
        None => html! { <td class="rating rating-none">{ texts.not_rated }</td> },
    }
}

/// The touchpoints with their Ist, Soll, gap and priority.
#[component]
pub fn TouchpointTable(props: &TouchpointTableProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    html! {
        <table class="touchpoint-table">
            <caption>{ texts.touchpoints }{ format!(" ({})", model.touchpoints.len()) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.touchpoint }</th>
                    <th scope="col">{ texts.stage }</th>
                    <th scope="col">{ texts.importance }</th>
                    <th scope="col">{ texts.ist }</th>
                    <th scope="col">{ texts.soll }</th>
                    <th scope="col">{ texts.gap }</th>
                    <th scope="col">{ texts.priority }</th>
                </tr>
            </thead>
            <tbody>
                for tp in model.touchpoints.iter() {
                    <tr key={tp.id}>
                        <th scope="row">{ &tp.name }</th>
                        <td>{ model.stage_name(&tp.stage) }</td>
                        <td>{ tp.importance.value() }</td>
                        { rating_cell(texts, tp.ist) }
                        { rating_cell(texts, tp.soll) }
                        <td>{ gap(tp).map_or_else(|| "–".to_string(), |g| format!("{g:+}")) }</td>
                        <td>{ priority(tp) }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
