use kontaktpunkt_core::rounds::link::decode_round;
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::components::event_value;
use crate::components::rounds::host::use_store;
use crate::components::rounds::round_panel::RoundPanel;
use crate::components::rounds::start_form::StartForm;

/// The rating round view: the start form while there is no round (or another is being
/// started), else the chosen round (the latest by default).
#[component]
pub fn RoundsView() -> Html {
    let store = use_store();
    let t = rounds_texts(store.lang);
    let model = store.model_ref();
    let chosen = use_state(|| None::<usize>);
    let starting = use_state(|| false);
    let count = model.rounds.len();
    // A new round (started here or as a follow-up) is shown at once: the latest.
    let show_latest = {
        let (chosen, starting) = (chosen.clone(), starting.clone());
        Callback::from(move |()| {
            chosen.set(None);
            starting.set(false);
        })
    };
    if count == 0 || *starting {
        let cancel = (count > 0).then(|| {
            let starting = starting.clone();
            Callback::from(move |()| starting.set(false))
        });
        return html! { <StartForm on_started={show_latest} on_cancel={cancel} /> };
    }
    let index = chosen.filter(|i| *i < count).unwrap_or(count - 1);
    let kept = model.rounds[index].clone();
    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(event_value(&e).parse().ok()))
    };
    let another = {
        let starting = starting.clone();
        Callback::from(move |_: MouseEvent| starting.set(true))
    };
    html! {
        <section class="rounds" aria-labelledby="rounds-title">
            <h1 id="rounds-title">{ t.title }</h1>
            <div class="actions actions-left">
                if count > 1 {
                    <label for="round-choice">{ t.round }</label>
                    <select id="round-choice" onchange={choose}>
                        for (i, r) in model.rounds.iter().enumerate() {
                            <option value={i.to_string()} selected={i == index}>{
                                t.round_name(i + 1, decode_round(&r.link).map_or(0, |r| r.touchpoints.len()), r.answers.len())
                            }</option>
                        }
                    </select>
                }
                <button type="button" class="button-quiet" onclick={another}>{ t.another }</button>
            </div>
            <RoundPanel key={kept.link.clone()} kept={kept.clone()} number={index + 1} on_started={show_latest} />
        </section>
    }
}
