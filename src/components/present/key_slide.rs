//! The key touchpoints on a slide, each with its Ist and Soll to rate in the room: a change
//! goes to the app's store like any other (a command from the views module), so the charts of
//! the next slides show it.

use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::figures::analysis::key_touchpoints;
use yew::prelude::*;

use super::SLIDE_ROWS;
use crate::components::charts::chart_kit::ChartProps;
use crate::components::widgets::rating_input::{scale_options, RatingInput};
use crate::store::{use_dispatcher, StoreExt};

#[component]
pub fn KeySlide(props: &ChartProps) -> Html {
    let store = use_dispatcher();
    let (lang, texts) = (props.lang, props.lang.texts());
    let model = &props.model;
    // The list as the slide opened, by priority: a touchpoint rated out of the key ones stays
    // in view.
    let all = (*use_state(|| key_touchpoints(model))).clone();
    let keys = &all[..all.len().min(SLIDE_ROWS)];
    html! {
        <section class="chart-view key-slide" aria-labelledby="slide-keys">
            <h1 id="slide-keys">{ texts.slides.slide_keys }</h1>
            if keys.is_empty() {
                <p>{ texts.slides.no_keys }</p>
            }
            <ol class="key-ratings">
                for tp in keys.iter().filter_map(|id| model.touchpoint(*id)) {
                    {{
                        let id = tp.id;
                        let edit = |f: fn(i8) -> TouchpointEdit| store.callback(move |v: i8| Action::EditTouchpoint(id, f(v)));
                        html! {
                            <li key={id} class="key-rating" data-id={id.to_string()}>
                                <h2>{ &tp.name }</h2>
                                <RatingInput name={format!("slide-ist-{id}")} legend={format!("{}: {}", texts.common.ist, tp.name)} signed=true
                                    options={scale_options(lang)} value={tp.ist.map(|r| r.value())}
                                    on_change={edit(|v| TouchpointEdit::Ist(Some(v)))} />
                                <RatingInput name={format!("slide-soll-{id}")} legend={format!("{}: {}", texts.common.soll, tp.name)} signed=true
                                    options={scale_options(lang)} value={tp.soll.map(|r| r.value())}
                                    on_change={edit(|v| TouchpointEdit::Soll(Some(v)))} />
                            </li>
                        }
                    }}
                }
            </ol>
            if all.len() > SLIDE_ROWS {
                <p class="slide-more">{ texts.slides.more_in_report(SLIDE_ROWS, all.len()) }</p>
            }
        </section>
    }
}
