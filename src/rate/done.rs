//! The end: the return link to send (copy, share sheet, e-mail to the round's address), and a
//! way back to change the answer. A live round also sends it through the relay
//! (`crate::round_live`); the return link stays as the fallback.

use kontaktpunkt_core::rounds::live::{FromRoomWorker, ToRoomWorker};
use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::text::rate::rate_texts;
use kontaktpunkt_core::text::rounds::{error_text, return_mailto};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use super::{live_relay, SharedRound};
use crate::browser;
use crate::round_live::RoomWorker;

/// The sync worker's loader, beside the app's page one folder up.
const WORKER: &str = "../kontaktpunkt-sync-worker_loader.js";

#[derive(Properties, PartialEq)]
pub struct DoneProps {
    pub round: SharedRound,
    pub draft: Draft,
    pub lang: Lang,
    pub on_change: Callback<Draft>,
}

#[component]
pub fn Done(props: &DoneProps) -> Html {
    let t = rate_texts(props.lang);
    let copied = use_state(|| None::<bool>);
    // Through the relay: `None` while sending, then whether the relay took it.
    let sent = use_state(|| None::<bool>);
    let live = live_relay();
    // The card stamped the sequence when the rater finished: the link is the same on every
    // render, so the link sent and the link shown are one.
    let mut draft = props.draft.clone();
    let link = match draft.finish(&props.round, 0) {
        Ok(link) => link,
        Err(e) => return html! { <p role="alert">{ error_text(&e, props.lang) }</p> },
    };
    // Once per finished answer (this part shows again only after the rater changed it), the
    // worker for the round's room; it stops when this part goes. A memo, not an effect: the
    // page carries no effect hooks, and their machinery weighs.
    let _worker = use_memo((), {
        let (sent, live, answer) = (sent.clone(), live.clone(), link.clone());
        move |_| {
            live.and_then(|relay| {
                let message = ToRoomWorker::Send {
                    relay,
                    round: browser::location_hash(),
                    answer,
                };
                RoomWorker::start(WORKER, &message, move |said| match said {
                    FromRoomWorker::Sent => sent.set(Some(true)),
                    FromRoomWorker::Answers(_) => {}
                    _ => sent.set(Some(false)),
                })
            })
        }
    });
    let url = format!("{}#{link}", page_address());
    let copy = {
        let (url, copied) = (url.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_to_clipboard(&url, move |ok| copied.set(Some(ok)));
        })
    };
    let change = {
        let (draft, on_change) = (props.draft.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = draft.clone();
            next.at = 0;
            on_change.emit(next);
        })
    };
    let on_share = {
        let url = url.clone();
        Callback::from(move |_: MouseEvent| browser::share(t.return_link, &url))
    };
    html! {
        <section class="rate-done" aria-labelledby="rate-done">
            <h2 id="rate-done">{ t.done_title }</h2>
            if live.is_some() {
                <p role="status">{ match *sent {
                    Some(true) => t.live_sent,
                    Some(false) => t.live_failed,
                    None => t.live_sending,
                } }</p>
            } else {
                <p>{ t.done_help }</p>
            }
            <label>{ t.return_link }
                <textarea class="rate-link" readonly=true rows="3" value={url.clone()} />
            </label>
            <div class="rate-nav">
                <button type="button" class="button-primary" onclick={copy}>{ t.copy }</button>
                if browser::can_share() {
                    <button type="button" class="button-quiet" onclick={on_share}>{ t.share }</button>
                }
                if let Some(mailto) = return_mailto(&props.round, &url, props.lang) {
                    <a class="button-quiet" href={mailto}>{ t.mail }</a>
                }
                <button type="button" class="button-quiet" onclick={change}>{ t.change }</button>
            </div>
            <p role="status">{ match *copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }</p>
        </section>
    }
}

/// This page's address without its fragment.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}
