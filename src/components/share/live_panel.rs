//! The screens of a live session (docs/collaboration.md): start one from the share panel,
//! join one from its link, and the session's badge in the header.

use kontaktpunkt_core::edits::wire::LiveStatus;
use kontaktpunkt_core::Model;
use yew::prelude::*;

use crate::components::share::link_actions::LinkActions;
use crate::components::share::qr_code::QrCodeSvg;
use crate::store::live::LiveMsg;
use crate::store::{use_store, Msg, StoreExt};
use crate::{browser, live};

/// The person's name and a button: `go` gets the name (trimmed, not empty), remembered.
#[derive(Properties, PartialEq)]
struct NameFormProps {
    button: AttrValue,
    go: Callback<String>,
}

#[component]
fn NameForm(props: &NameFormProps) -> Html {
    let texts = use_store().lang.texts();
    // Held here, not read from the page: the store re-renders this form (a save, a status),
    // and each render sets the input to the value it is given.
    let name = use_state(live::remembered_name);
    let on_input = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(crate::components::event_value(&e)))
    };
    let submit = {
        let (name, go) = (name.clone(), props.go.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name: String = name.trim().chars().take(60).collect();
            if !name.is_empty() {
                live::remember_name(&name);
                go.emit(name);
            }
        })
    };
    html! {
        <form class="live-name" onsubmit={submit}>
            <div class="field">
                <label for="live-name">{ texts.share.live_name }</label>
                <input id="live-name" required=true maxlength="60" autocomplete="nickname"
                    value={(*name).clone()} oninput={on_input} />
            </div>
            <button type="submit" class="button-primary">{ props.button.clone() }</button>
        </form>
    }
}

/// "Work on this together" in the share panel, or why this build cannot.
#[component]
pub fn LiveSection() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let body = match (crate::round_live::relay(), store.live.as_ref()) {
        (None, _) => html! { <p>{ texts.share.live_no_relay }</p> },
        (Some(_), None) => {
            let s = store.clone();
            let go = Callback::from(move |name| {
                if let Some(fragment) = live::new_session() {
                    s.send(live::join(fragment, name, true));
                }
            });
            html! { <NameForm button={texts.share.live_start} {go} /> }
        }
        (Some(_), Some(l)) => {
            let link = AttrValue::from(format!("{}#{}", browser::app_url(), l.fragment));
            let id = store.current_id.clone();
            let leave = store.on(move |s| {
                live::keep_session(&id, None);
                s.send(Msg::Live(LiveMsg::Session(None)));
            });
            html! {
                <>
                    <div class="field field-wide">
                        <label for="live-link">{ texts.share.live_link_label }{ format!(" ({})", texts.share.characters(link.len())) }</label>
                        <textarea id="live-link" readonly=true rows="3" value={link.clone()} />
                    </div>
                    <LinkActions link={link.clone()} title={store.model().meta.title.clone()} lang={store.lang} />
                    <h2>{ texts.share.qr_title }</h2>
                    <QrCodeSvg text={link} label={texts.share.qr_title} too_long={texts.share.qr_too_long} />
                    <button type="button" class="button-quiet" onclick={leave}>{ texts.share.live_leave }</button>
                </>
            }
        }
    };
    html! {
        <section class="live-section" aria-labelledby="live-title">
            <h2 id="live-title">{ texts.share.live_title }</h2>
            <p>{ texts.share.live_help }</p>
            { body }
        </section>
    }
}

/// A session link opened: the name, then the session's model as a saved model of its own.
#[component]
pub fn JoinLive() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let Some(fragment) = store.live_ask.clone() else {
        return html! {};
    };
    let go = {
        let store = store.clone();
        Callback::from(move |name| {
            store.keep_copy(Model::new(store.lang), store.blank_current());
            store.send(live::join(fragment.clone(), name, false));
        })
    };
    let close = store.on(|s| s.send(Msg::Live(LiveMsg::Ask(None))));
    html! {
        <section class="incoming-banner live-join" aria-labelledby="live-join-title">
            <h1 id="live-join-title">{ texts.share.live_join_title }</h1>
            <p>{ texts.share.live_join_help }</p>
            <NameForm button={texts.share.live_join} {go} />
            <button type="button" class="button-quiet" onclick={close}>{ texts.common.cancel }</button>
        </section>
    }
}

/// The session's state and how many people are here, in the header.
#[component]
pub fn LiveBadge() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let Some(l) = store.live.as_ref() else {
        return html! {};
    };
    let (class, said) = match l.status {
        Some(LiveStatus::Connected) => ("live-connected", texts.share.live_connected),
        Some(LiveStatus::Offline) => ("live-offline", texts.share.live_offline),
        _ => ("live-reconnecting", texts.share.live_reconnecting),
    };
    let people = texts.share.people(l.peers + 1);
    html! {
        <span class={classes!("live-badge", class)} role="status" aria-label={format!("{said}, {people}")}
            title={said}>
            <span aria-hidden="true">{ "● " }{ people }</span>
        </span>
    }
}

/// The others editing touchpoint `id`, each in their colour.
#[derive(Properties, PartialEq)]
pub struct EditorsProps {
    pub id: u64,
}

#[component]
pub fn Editors(props: &EditorsProps) -> Html {
    let store = use_store();
    let Some(l) = store.live.as_ref() else {
        return html! {};
    };
    let texts = store.lang.texts();
    html! {
        for p in l.editing(props.id) {
            <span class={format!("presence presence-{}", p.colour)} title={texts.share.live_editing}>
                <bdi>{ p.name.clone() }</bdi>
            </span>
        }
    }
}
