use kontaktpunkt_core::rounds::aggregate::{GroupMedian, Spread, TouchpointFigures};
use kontaktpunkt_core::rounds::GroupKind;
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::components::rounds::dots::dots;
use crate::components::rounds::host::use_store;
use crate::components::rounds::take_bar::take_bar;
use crate::components::rounds::OpenRound;
use crate::components::{event_checked, scroll_wrap, toggle_button};

#[derive(Properties, PartialEq)]
pub struct SpreadTableProps {
    pub opened: OpenRound,
}

/// The questions whose spread the table shows, one at a time.
#[derive(Clone, Copy, PartialEq)]
enum Question {
    Importance,
    Ist,
    Soll,
}

impl Question {
    /// The spread of this question, and the group medians and gap where the round has them.
    fn of(self, t: &TouchpointFigures) -> Option<Spread> {
        match self {
            Question::Importance => t.importance,
            Question::Ist => t.ist,
            Question::Soll => t.soll,
        }
    }

    fn group(self, t: &TouchpointFigures, g: usize) -> Option<GroupMedian> {
        let f = t.groups.get(g)?;
        match self {
            Question::Importance => Some(f.importance),
            Question::Ist => Some(f.ist),
            Question::Soll => None,
        }
    }

    fn gap(self, t: &TouchpointFigures) -> Option<f64> {
        match self {
            Question::Importance => t.importance_gap,
            Question::Ist => t.ist_gap,
            Question::Soll => None,
        }
    }

    /// The scale's lowest value, and whether figures carry a sign.
    fn lowest(self) -> (i8, bool) {
        match self {
            Question::Importance => (1, false),
            _ => (-2, true),
        }
    }
}

/// Per touchpoint of the round: n, the median, mean, min–max, the ratings as dots, the
/// "raters disagree" flag, the groups' medians (hidden under the round's minimum) and the gap
/// between customers and the inside view; sorted by disagreement unless asked otherwise.
#[component]
pub fn SpreadTable(props: &SpreadTableProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let t = rounds_texts(store.lang);
    let round = &props.opened.round;
    let figures = &props.opened.figures;
    let q = round.questions;
    let asked: Vec<(Question, &str)> = [
        (q.ist, Question::Ist, t.ask_ist),
        (q.importance, Question::Importance, t.ask_importance),
        (q.soll, Question::Soll, t.ask_soll),
    ]
    .into_iter()
    .filter(|(on, _, _)| *on)
    .map(|(_, question, label)| (question, label))
    .collect();
    let shown = use_state(|| None::<Question>);
    let question = shown
        .filter(|s| asked.iter().any(|(a, _)| a == s))
        .or(asked.first().map(|(a, _)| *a))
        .unwrap_or(Question::Ist);
    let in_order = use_state(|| false);
    let importance = use_state(|| false);
    let ticked = use_state(|| vec![false; round.touchpoints.len()]);
    if props.opened.answers.is_empty() {
        return html! { <section><h2>{ t.spread_title }</h2><p>{ t.no_answers }</p></section> };
    }
    let rows = if *in_order {
        figures.touchpoints.iter().collect()
    } else {
        figures.by_disagreement()
    };
    let min = round.min_group.value();
    let (lowest, signed) = question.lowest();
    let fig = |v: f64| t.figure(v, signed);
    let steps: Vec<String> = (0..5).map(|s| fig(f64::from(lowest + s))).collect();
    let has_groups = question != Question::Soll;
    let group_cell = |m: Option<GroupMedian>| match m {
        Some(GroupMedian {
            median: Some(v), ..
        }) => html! { <td>{ fig(v) }</td> },
        Some(GroupMedian { n, .. }) => html! {
            <td class="hidden-median"><span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ t.hidden_group(n, min) }</span></td>
        },
        None => html! { <td /> },
    };
    let row = |f: &TouchpointFigures| {
        let tp = &round.touchpoints[f.index];
        let spread = question.of(f);
        let index = f.index;
        let tick = {
            let ticked = ticked.clone();
            Callback::from(move |e: Event| {
                let mut next = (*ticked).clone();
                next[index] = event_checked(&e);
                ticked.set(next);
            })
        };
        html! {
            <tr key={index} class={classes!(spread.is_some_and(|s| s.disagree).then_some("disagree"))}>
                <th scope="row">
                    { &tp.name }
                    if f.not_experienced > 0 { <small>{ t.not_experienced(f.not_experienced) }</small> }
                </th>
                if let Some(s) = spread {
                    <td>{ s.n }</td>
                    <td class="median"><strong>{ fig(s.median) }</strong></td>
                    <td>{ fig(s.mean) }</td>
                    <td>{ format!("{} – {}", fig(s.min.into()), fig(s.max.into())) }</td>
                    <td>{ dots(&s.tally.counts, s.median - f64::from(lowest), t.dots(&steps, &s.tally.counts)) }</td>
                    <td>{ if s.disagree { t.disagree } else { "" } }</td>
                } else {
                    <td>{ 0 }</td><td colspan="5">{ texts.common.not_rated }</td>
                }
                if has_groups {
                    for g in 0..round.groups.len() { { group_cell(question.group(f, g)) } }
                    <td>{ question.gap(f).map(|v| t.figure(v, true)).unwrap_or_default() }</td>
                }
                <td><input type="checkbox" checked={ticked[index]} onchange={tick} aria-label={t.tick(&tp.name)} /></td>
            </tr>
        }
    };
    let group_head = |name: &str, kind: GroupKind| match kind {
        GroupKind::Customer => format!("{name} ({})", t.customer),
        GroupKind::Internal => name.to_string(),
    };
    let choose = |question: Question| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(Some(question)))
    };
    let sort = |order: bool| {
        let in_order = in_order.clone();
        Callback::from(move |_: MouseEvent| in_order.set(order))
    };
    let label = asked
        .iter()
        .find(|(a, _)| *a == question)
        .map_or("", |(_, l)| *l);
    let table = html! {
        <table class="data-table spread-table">
            <caption>{ format!("{} · {label}", t.spread_title) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.common.touchpoint }</th>
                    <th scope="col">{ t.n }</th>
                    <th scope="col">{ t.median }</th>
                    <th scope="col">{ t.mean }</th>
                    <th scope="col">{ t.range }</th>
                    <th scope="col">{ t.ratings }</th>
                    <th scope="col">{ t.disagree_column }</th>
                    if has_groups {
                        for g in round.groups.iter() { <th scope="col">{ group_head(&g.name, g.kind) }</th> }
                        <th scope="col">{ t.gap }</th>
                    }
                    <th scope="col">{ t.take_column }</th>
                </tr>
            </thead>
            <tbody>
                for f in rows { { row(f) } }
            </tbody>
        </table>
    };
    let ticked_ids: Vec<_> = ticked
        .iter()
        .zip(&round.touchpoints)
        .filter(|(on, _)| **on)
        .map(|(_, tp)| tp.id)
        .collect();
    html! {
        <section aria-labelledby="spread-title">
            <h2 id="spread-title">{ t.spread_title }</h2>
            <div class="actions actions-left" role="group" aria-label={t.question}>
                for (a, l) in asked.iter() { { toggle_button(l, *a == question, choose(*a)) } }
            </div>
            <div class="actions actions-left" role="group" aria-label={t.sort}>
                { toggle_button(t.sort_disagreement, !*in_order, sort(false)) }
                { toggle_button(t.sort_round, *in_order, sort(true)) }
            </div>
            <p class="chart-help">{ t.threshold }</p>
            { scroll_wrap(t.spread_title, table) }
            { take_bar(&store, &props.opened, ticked_ids, &importance) }
        </section>
    }
}
