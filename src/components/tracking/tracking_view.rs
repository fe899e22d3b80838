//! Success control over time: dated snapshots of all ratings, any two moments compared, the
//! trend of the experience index and of one touchpoint, and the eight-step cycle.

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::figures::analysis::Which;
use kontaktpunkt_core::figures::tracking::{
    first_moment, ratings_index, snapshots_by_date, Moment,
};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;
use crate::components::tracking::comparison::{moment_text, Comparison};
use crate::components::tracking::cycle_tracker::CycleTracker;
use crate::components::tracking::trends::{IndexTrend, TouchpointTrend};
use crate::components::widgets::draft_input::DraftInput;
use crate::components::{event_value, scroll_wrap, table_head};
use crate::format::format_index;
use crate::store::{use_dispatcher, use_reading, ModelRef, StoreExt};

#[component]
pub fn TrackingView() -> Html {
    let store = use_reading();
    let lang = store.lang;
    let texts = lang.texts();
    let model = store.model.clone();
    html! {
        <div class="tracking-view">
            <section class="panel" aria-labelledby="tracking-title">
                <h1 id="tracking-title">{ texts.tracking.tracking_title }</h1>
                <p class="chart-help">{ texts.tracking.tracking_help }</p>
                <SnapshotForm />
                <SnapshotTable model={model.clone()} {lang} />
            </section>
            if !model.snapshots.is_empty() {
                <section class="panel" aria-labelledby="compare-title">
                    <h2 id="compare-title">{ texts.tracking.compare_title }</h2>
                    <ComparePicker model={model.clone()} {lang} />
                </section>
            }
            <section class="panel" aria-labelledby="trend-title">
                <h2 id="trend-title">{ texts.tracking.trend_title }</h2>
                <IndexTrend model={model.clone()} {lang} />
                <TouchpointTrend model={model.clone()} {lang} />
            </section>
            <section class="panel" aria-labelledby="cycle-title">
                <h2 id="cycle-title">{ texts.tracking.cycle_title }</h2>
                <p class="chart-help">{ texts.tracking.cycle_help }</p>
                <CycleTracker {model} {lang} />
            </section>
        </div>
    }
}

/// Date (today unless changed) and an optional label of a new snapshot.
#[component]
fn SnapshotForm() -> Html {
    let (texts, store) = (use_reading().lang.texts(), use_dispatcher());
    let date = use_state(browser::today);
    let label = use_state(String::new);
    let on_submit = {
        let (store, date, label) = (store.clone(), date.clone(), label.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            store.act(Action::TakeSnapshot {
                date: (*date).clone(),
                label: (*label).clone(),
            });
            label.set(String::new());
        })
    };
    html! {
        <form class="add-form" onsubmit={on_submit}>
            <div class="field">
                <label for="snapshot-label">{ texts.tracking.snapshot_label }</label>
                <input id="snapshot-label" type="text" value={(*label).clone()} placeholder={texts.tracking.snapshot_placeholder}
                    oninput={{ let l = label.clone(); Callback::from(move |e: InputEvent| l.set(event_value(&e))) }} />
            </div>
            <div class="field">
                <label for="snapshot-date">{ texts.common.date }</label>
                <input id="snapshot-date" type="date" value={(*date).clone()}
                    oninput={{ let d = date.clone(); Callback::from(move |e: InputEvent| d.set(event_value(&e))) }} />
            </div>
            <button type="submit" class="button-primary">{ texts.tracking.take_snapshot }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ModelProps {
    model: ModelRef,
    lang: Lang,
}

/// The snapshots by date: correct the date or label, see the index then, delete.
#[component]
fn SnapshotTable(props: &ModelProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let list = snapshots_by_date(&props.model);
    if list.is_empty() {
        return html! { <p>{ texts.tracking.no_snapshots }</p> };
    }
    let index_ist = format!("{} · {}", texts.common.experience_index, texts.common.ist);
    let index_soll = format!("{} · {}", texts.common.experience_index, texts.common.soll);
    html! {
        { scroll_wrap(texts.tracking.snapshots, html! {
            <table class="snapshot-table">
                <caption>{ texts.tracking.snapshots }</caption>
                { table_head(&[texts.common.date, texts.tracking.snapshot_label, &index_ist, &index_soll], Some(texts.common.delete)) }
                <tbody>
                    for s in list {
                        {{
                            let id = s.id;
                            let name = moment_text(&props.model, Moment::Snapshot(id), props.lang);
                            html! {
                                <tr key={id} data-snapshot={id.to_string()}>
                                    <td>
                                        <label for={format!("snapshot-{id}-date")} class="visually-hidden">{ format!("{}: {name}", texts.common.date) }</label>
                                        <DraftInput id={format!("snapshot-{id}-date")} kind="date" value={s.date.clone()}
                                            on_commit={store.callback(move |v: String| Action::RedateSnapshot(id, v))} />
                                    </td>
                                    <td>
                                        <label for={format!("snapshot-{id}-label")} class="visually-hidden">{ format!("{}: {name}", texts.tracking.snapshot_label) }</label>
                                        <DraftInput id={format!("snapshot-{id}-label")} value={s.label.clone()}
                                            on_commit={store.callback(move |v: String| Action::RenameSnapshot(id, v))} />
                                    </td>
                                    <td>{ format_index(texts.lang(), ratings_index(&s.ratings, Which::Ist), texts.common.no_data) }</td>
                                    <td>{ format_index(texts.lang(), ratings_index(&s.ratings, Which::Soll), texts.common.no_data) }</td>
                                    <td>
                                        <button type="button" class="icon-button icon-danger" aria-label={format!("{}: {name}", texts.common.delete)}
                                            onclick={store.callback(move |_: MouseEvent| Action::DeleteSnapshot(id))}>{ "✕" }</button>
                                    </td>
                                </tr>
                            }
                        }}
                    }
                </tbody>
            </table>
        }) }
    }
}

/// The select value of a moment: `today` or the snapshot's id.
fn moment_key(m: Moment) -> String {
    match m {
        Moment::Today => "today".into(),
        Moment::Snapshot(id) => id.to_string(),
    }
}

fn moment_from_key(key: &str) -> Moment {
    key.parse().map_or(Moment::Today, Moment::Snapshot)
}

/// Two moments to compare; by default the oldest snapshot (the baseline) and today.
#[component]
fn ComparePicker(props: &ModelProps) -> Html {
    let texts = props.lang.texts();
    let model = &props.model;
    let before = use_state(|| None::<Moment>);
    let after = use_state(|| None::<Moment>);
    // A deleted snapshot falls back to the defaults.
    let valid = |m: &Moment| match m {
        Moment::Today => true,
        Moment::Snapshot(id) => model.snapshot(*id).is_some(),
    };
    let from = (*before)
        .filter(valid)
        .unwrap_or_else(|| first_moment(model));
    let to = (*after).filter(valid).unwrap_or(Moment::Today);
    let moments: Vec<Moment> = snapshots_by_date(model)
        .iter()
        .map(|s| Moment::Snapshot(s.id))
        .chain(std::iter::once(Moment::Today))
        .collect();
    let select = |id: &str, label: &str, value: Moment, state: UseStateHandle<Option<Moment>>| {
        html! {
            <div class="field">
                <label for={id.to_string()}>{ label.to_string() }</label>
                <select id={id.to_string()} onchange={Callback::from(move |e: Event| state.set(Some(moment_from_key(&event_value(&e)))))}>
                    for m in moments.iter().copied() {
                        <option value={moment_key(m)} selected={m == value}>{ moment_text(model, m, props.lang) }</option>
                    }
                </select>
            </div>
        }
    };
    html! {
        <>
            <div class="field-row">
                { select("compare-from", texts.tracking.compare_from, from, before.clone()) }
                { select("compare-to", texts.tracking.compare_to, to, after.clone()) }
            </div>
            <Comparison model={model.clone()} lang={props.lang} before={from} after={to} />
        </>
    }
}
