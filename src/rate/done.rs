//! The end: the return link to send (copy, share sheet, e-mail to the round's address), and a
//! way back to change the answer. Nothing is sent by the page itself.

use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::text::rate::rate_texts;
use kontaktpunkt_core::text::rounds::{error_text, return_mailto};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use super::SharedRound;
use crate::browser;

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
    // The time in seconds as the sequence: a later answer of this rater replaces this one.
    let mut draft = props.draft.clone();
    let link = match draft.finish(&props.round, (browser::now() / 1000.0) as u64) {
        Ok(link) => link,
        Err(e) => return html! { <p role="alert">{ error_text(&e, props.lang) }</p> },
    };
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
            <p>{ t.done_help }</p>
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
