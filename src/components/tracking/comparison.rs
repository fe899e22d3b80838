//! Two moments compared (`tracking::compare_at`): how many touchpoints improved or got worse,
//! the change of the experience index, and each changed touchpoint.

use kontaktpunkt_core::domain::model::{Experience, Model};
use kontaktpunkt_core::figures::tracking::{compare_at, Moment};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::{scroll_wrap, table_head};
use crate::format::{date_text, format_index, index_change_text, signed};
use crate::store::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub before: Moment,
    pub after: Moment,
    /// Lists the changed touchpoints too, not only the counts.
    #[prop_or(true)]
    pub rows: bool,
}

/// A moment as people name it: "15.01.2025 Baseline", or "today".
pub fn moment_text(model: &Model, moment: Moment, lang: Lang) -> String {
    let texts = lang.texts();
    match moment {
        Moment::Today => texts.tracking.today.to_string(),
        Moment::Snapshot(id) => model.snapshot(id).map_or_else(String::new, |s| {
            let date = date_text(lang, &s.date);
            if s.label.is_empty() {
                date
            } else {
                format!("{date} {}", s.label)
            }
        }),
    }
}

#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let texts = props.lang.texts();
    let Some(c) = compare_at(&props.model, props.before, props.after) else {
        return html! { <p>{ texts.common.no_data }</p> };
    };
    let rating = |e: Option<Experience>| e.map_or_else(|| "–".to_string(), |e| signed(e.value()));
    // From the two indices as written beside it: the three figures agree.
    let delta = match (c.index_before, c.index_after) {
        (Some(before), Some(after)) => index_change_text(props.lang, before, after),
        _ => texts.common.no_data.to_string(),
    };
    let changed: Vec<_> = c
        .rows
        .iter()
        .filter(|r| r.delta.is_some_and(|d| d != 0) || r.in_before != r.in_after)
        .collect();
    let ist_before = format!("{} · {}", texts.common.ist, texts.tracking.before);
    let ist_after = format!("{} · {}", texts.common.ist, texts.tracking.after);
    let figure = |key: &str, label: &str, value: String| {
        html! {
            <div class="figure" data-figure={key.to_string()}>
                <span class="figure-label">{ label.to_string() }</span>
                <span class="figure-value">{ value }</span>
            </div>
        }
    };
    html! {
        <div class="comparison">
            <div class="figures">
                { figure("improved", texts.tracking.improved, c.improved.to_string()) }
                { figure("worsened", texts.tracking.worsened, c.worsened.to_string()) }
                { figure("unchanged", texts.tracking.unchanged, c.unchanged.to_string()) }
                { figure("index-before", &format!("{} · {}", texts.common.experience_index, moment_text(&props.model, props.before, props.lang)), format_index(props.lang, c.index_before, texts.common.no_data)) }
                { figure("index-after", &format!("{} · {}", texts.common.experience_index, moment_text(&props.model, props.after, props.lang)), format_index(props.lang, c.index_after, texts.common.no_data)) }
                { figure("index-delta", texts.tracking.index_change, delta) }
            </div>
            if props.rows {
                if changed.is_empty() {
                    <p>{ texts.tracking.no_changes }</p>
                } else {
                    { scroll_wrap(texts.tracking.compare_title, html! {
                        <table class="comparison-table">
                            { table_head(&[texts.common.touchpoint, &ist_before, &ist_after, texts.tracking.change], None) }
                            <tbody>
                                for r in changed {
                                    <tr class={classes!(r.delta.map(|d| if d > 0 { "is-better" } else { "is-worse" }))}>
                                        <th scope="row">{ &r.name }</th>
                                        <td>{ if r.in_before { rating(r.ist_before) } else { texts.tracking.added_since.to_string() } }</td>
                                        <td>{ if r.in_after { rating(r.ist_after) } else { texts.tracking.gone_since.to_string() } }</td>
                                        <td>{ r.delta.map_or_else(|| "–".to_string(), signed) }</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    }) }
                }
            }
        </div>
    }
}
