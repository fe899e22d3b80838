//! Where the team stands in the eight-step cycle, with a note per step.

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::figures::tracking::CycleStep;
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::components::widgets::draft_input::DraftInput;
use crate::store::{use_dispatcher, ModelRef, StoreExt};

#[derive(Properties, PartialEq)]
pub struct CycleProps {
    pub model: ModelRef,
    pub lang: Lang,
    /// Read-only (the report): no radio buttons or text fields, only the steps and notes.
    #[prop_or_default]
    pub read_only: bool,
}

#[component]
pub fn CycleTracker(props: &CycleProps) -> Html {
    let texts = props.lang.texts();
    let store = use_dispatcher();
    let cycle = &props.model.cycle;
    let current = cycle.current_step;
    html! {
        <ol class="cycle">
            for step in CycleStep::ALL {
                {{
                    let n = step.value();
                    let state = match step.cmp(&current) {
                        std::cmp::Ordering::Less => "cycle-done",
                        std::cmp::Ordering::Equal => "cycle-current",
                        std::cmp::Ordering::Greater => "cycle-open",
                    };
                    let note_id = format!("cycle-note-{n}");
                    let note = cycle.note(step).to_string();
                    html! {
                        <li class={classes!("cycle-step", state)} aria-current={(step == current).then_some("step")}>
                            if props.read_only {
                                <span class="cycle-name">{ format!("{n}. {}", texts.cycle_step(step)) }</span>
                                if step == current { { " · " }<strong>{ texts.tracking.current_step }</strong> }
                                if !note.is_empty() { <p class="cycle-note">{ note }</p> }
                            } else {
                                <label class="check cycle-name">
                                    <input type="radio" name="cycle-step" checked={step == current}
                                        onchange={store.callback(move |_: Event| Action::SetCycleStep(n))} />
                                    { format!("{n}. {}", texts.cycle_step(step)) }
                                </label>
                                <label for={note_id.clone()} class="visually-hidden">{ format!("{}: {}", texts.tracking.note, texts.cycle_step(step)) }</label>
                                <DraftInput id={note_id} rows={2} value={note} placeholder={texts.tracking.note}
                                    on_commit={store.callback(move |v: String| Action::SetCycleNote(n, v))} />
                            }
                        </li>
                    }
                }}
            }
        </ol>
    }
}
