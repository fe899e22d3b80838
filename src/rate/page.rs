//! The page: the round from the link, then the group question, the touchpoints one at a time,
//! and the return link.

use std::rc::Rc;

use kontaktpunkt_core::rounds::link::decode_round;
use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::rounds::{RaterId, Round};
use kontaktpunkt_core::text::rate::rate_texts;
use kontaktpunkt_core::text::rounds::error_text;
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use super::card::TouchpointCard;
use super::done::Done;
use super::storage;
use super::SharedRound;
use crate::browser;

#[component]
pub fn RatePage() -> Html {
    let lang = use_memo((), |_| {
        let lang = browser::initial_lang().built();
        browser::set_html_lang(lang);
        lang
    });
    let lang: Lang = *lang;
    let t = rate_texts(lang);
    let round = use_memo((), |_| decode_round(&browser::location_hash()).map(Rc::new));
    let round = match &*round {
        Ok(round) => round.clone(),
        Err(e) => {
            return html! {
                <main class="main rate">
                    <h1>{ t.title }</h1>
                    <p role="alert">{ t.bad_link }{ " " }{ error_text(e, lang) }</p>
                </main>
            }
        }
    };
    let draft = use_state({
        let round = round.clone();
        move || storage::load(&round)
    });
    let can_store = use_memo((), |_| storage::available());
    let set_draft = {
        let (draft, round) = (draft.clone(), round.clone());
        Callback::from(move |next: Draft| {
            storage::save(&round, &next);
            draft.set(Some(next));
        })
    };
    let body = match &*draft {
        None => choose_group(&round, lang, set_draft.clone()),
        Some(d) if d.at >= round.touchpoints.len() => html! {
            <Done round={SharedRound(round.clone())} draft={d.clone()} {lang} on_change={set_draft.clone()} />
        },
        Some(d) => html! {
            <TouchpointCard round={SharedRound(round.clone())} draft={d.clone()} {lang} on_change={set_draft.clone()} />
        },
    };
    html! {
        <main class="main rate">
            <h1>{ t.title }</h1>
            if !*can_store {
                <p class="rate-warning">{ t.no_storage }</p>
            }
            { body }
        </main>
    }
}

/// The note, the closing date and the group question before the first touchpoint.
fn choose_group(round: &Rc<Round>, lang: Lang, on_start: Callback<Draft>) -> Html {
    let t = rate_texts(lang);
    let start = |group: usize| {
        let (round, on_start) = (round.clone(), on_start.clone());
        Callback::from(move |_: MouseEvent| {
            // The group comes from the round's own list, so this is never refused.
            if let Ok(draft) = Draft::new(&round, RaterId(storage::random_rater()), group) {
                on_start.emit(draft);
            }
        })
    };
    html! {
        <section class="rate-start" aria-labelledby="rate-group">
            <p>{ t.intro }{ if super::live_relay().is_some() { t.live_intro } else { "" } }</p>
            if !round.note.is_empty() {
                <p class="rate-note">{ &round.note }</p>
            }
            if let Some(date) = &round.closes {
                <p>{ t.closes(date) }</p>
            }
            <h2 id="rate-group">{ t.group_question }</h2>
            <ul class="rate-groups">
                for (i, group) in round.groups.iter().enumerate() {
                    <li><button type="button" class="button-quiet" onclick={start(i)}>{ &group.name }</button></li>
                }
            </ul>
        </section>
    }
}
