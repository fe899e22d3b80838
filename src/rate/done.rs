//! The end: the return link to send (copy, share sheet, e-mail to the round's address), and a
//! way back to change the answer. A live round also sends it through the relay
//! (`crate::round_live`); the return link stays as the fallback.

use std::cell::RefCell;

use kontaktpunkt_core::rounds::live::ToRoomWorker;
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
    let copied = use_state(not_yet);
    // Through the relay: `None` while sending, then whether the relay took it.
    let sent = use_state(not_yet);
    let live = live_relay();
    // The card stamped the sequence when the rater finished: the link is the same on every
    // render, so the link sent and the link shown are one.
    let mut draft = props.draft.clone();
    let link = match draft.finish(&props.round, 0) {
        Ok(link) => link,
        Err(e) => return html! { <p role="alert">{ error_text(&e, props.lang) }</p> },
    };
    let live = live
        .map(|relay| send_once(relay, &link, sent.clone()))
        .is_some();
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
            <p role="status">{ match (live, *sent) {
                (false, _) => t.done_help,
                (true, None) => t.live_sending,
                (true, Some(true)) => t.live_sent,
                (true, Some(false)) => t.live_failed,
            } }</p>
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

/// The initial state of both statuses; one function, so both hooks share one instance of
/// their code (each closure would be a type of its own, and the page counts every byte).
fn not_yet() -> Option<bool> {
    None
}

thread_local! {
    /// The worker sending the answer, with the answer it sends: one at a time.
    static SENDING: RefCell<Option<(String, Option<RoomWorker>)>> = const { RefCell::new(None) };
}

/// Sends `answer` through the relay, once: rendering the same answer again does nothing, a
/// changed answer replaces the worker. Here and not in an effect hook, whose machinery the
/// page does not otherwise carry.
fn send_once(relay: String, answer: &str, sent: UseStateHandle<Option<bool>>) {
    SENDING.with_borrow_mut(|sending| {
        if sending
            .as_ref()
            .is_some_and(|(sending, _)| sending == answer)
        {
            return;
        }
        let message = ToRoomWorker::Send {
            relay,
            round: browser::location_hash(),
            answer: answer.to_string(),
        };
        let status = sent.clone();
        // `true` or `false` from the worker; no data: it failed (its first message, bytes,
        // is neither).
        let worker = RoomWorker::start(WORKER, &message, move |data| {
            if data.is_undefined() {
                status.set(Some(false));
            } else if let Some(sent) = data.as_bool() {
                status.set(Some(sent));
            }
        });
        if worker.is_none() {
            sent.set(Some(false));
        }
        // An earlier answer's worker is left to end with the page, not stopped: its answer is
        // in the room under its own key (`kontaktpunkt_sync::round_room`), and stopping it
        // would link one more browser call into the page.
        std::mem::forget(sending.replace((answer.to_string(), worker)));
    });
}

/// This page's address without its fragment.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}
