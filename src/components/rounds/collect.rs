use std::rc::Rc;

use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::rounds::finder::{add_found, find_answers, Found};
use kontaktpunkt_core::rounds::kept::{collect, raters_per_group};
use kontaktpunkt_core::rounds::{GroupKind, RoundError};
use kontaktpunkt_core::text::rounds::{error_text, verdict_text};
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::components::rounds::host::use_store;
use crate::components::rounds::OpenRound;
use crate::components::share::models_panel::FileInput;
use crate::components::{event_value, table_head};

#[derive(Properties, PartialEq)]
pub struct CollectProps {
    pub kept: Rc<KeptRound>,
    pub opened: OpenRound,
}

/// Paste text or drop files with return links, see what they would do, add on confirmation.
#[component]
pub fn Collect(props: &CollectProps) -> Html {
    let store = use_store();
    let t = rounds_texts(store.lang);
    let text = use_state(String::new);
    let unreadable = use_state(|| false);
    let found = use_state(|| None::<Result<Vec<Found>, RoundError>>);
    // A chosen file's text goes below what is there, so several files can be read one by one.
    let append = {
        let (text, unreadable) = (text.clone(), unreadable.clone());
        Callback::from(move |more: String| {
            unreadable.set(false);
            text.set(format!("{}\n{more}", *text).trim_start().to_string())
        })
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(event_value(&e)))
    };
    let find = {
        let (text, found, opened) = (text.clone(), found.clone(), props.opened.clone());
        Callback::from(move |_: MouseEvent| {
            found.set(Some(find_answers(&text, &opened.round, &opened.answers)));
        })
    };
    let discard = {
        let (text, found) = (text.clone(), found.clone());
        Callback::from(move |_: MouseEvent| {
            found.set(None);
            text.set(String::new());
        })
    };
    let result = match &*found {
        None => Html::default(),
        Some(Err(e)) => html! { <p role="alert">{ error_text(e, store.lang) }</p> },
        Some(Ok(list)) if list.is_empty() => html! { <p role="status">{ t.none_found }</p> },
        Some(Ok(list)) => {
            let round = &props.opened.round;
            let counting = list.iter().filter(|f| f.counts()).count();
            let before = raters_per_group(round, props.opened.answers.iter());
            let after = add_found(&props.opened.answers, list)
                .map(|a| raters_per_group(round, a.iter()))
                .unwrap_or_else(|_| before.clone());
            let add = {
                let (store, kept, opened, list) = (
                    store.clone(),
                    props.kept.clone(),
                    props.opened.clone(),
                    list.clone(),
                );
                let (text, found) = (text.clone(), found.clone());
                Callback::from(move |_: MouseEvent| {
                    match collect(&kept, &opened.answers, &list) {
                        Ok(action) => store.act(action),
                        Err(e) => store.fail(e),
                    }
                    found.set(None);
                    text.set(String::new());
                })
            };
            let group_of = |f: &Found| {
                f.answer
                    .as_ref()
                    .and_then(|a| round.groups.get(a.group))
                    .filter(|_| {
                        !matches!(
                            f.verdict,
                            kontaktpunkt_core::rounds::finder::Verdict::OtherRound
                        )
                    })
                    .map_or(String::new(), |g| format!(" ({})", g.name))
            };
            html! {
                <div class="round-found" aria-labelledby="found-title">
                    <h3 id="found-title">{ t.found_title }</h3>
                    <p role="status">{ t.found(list.len(), counting) }</p>
                    <table class="data-table">
                        { table_head(&[t.group, t.kind, t.so_far, t.after], None) }
                        <tbody>
                            for (i, g) in round.groups.iter().enumerate() {
                                <tr>
                                    <th scope="row">{ &g.name }</th>
                                    <td>{ if g.kind == GroupKind::Customer { t.customer } else { t.internal } }</td>
                                    <td>{ before[i] }</td>
                                    <td>{ after[i] }</td>
                                </tr>
                            }
                        </tbody>
                    </table>
                    <ol class="found-links">
                        for f in list.iter() {
                            <li class={if f.counts() { "counts" } else { "skipped" }}>
                                <code>{ shorten(&f.link) }</code>
                                { format!(" {}{}", verdict_text(&f.verdict, store.lang), group_of(f)) }
                            </li>
                        }
                    </ol>
                    <div class="actions actions-left">
                        if counting > 0 {
                            <button type="button" class="button-primary" onclick={add}>{ t.add(counting) }</button>
                        }
                        <button type="button" class="button-quiet" onclick={discard}>{ t.discard }</button>
                    </div>
                </div>
            }
        }
    };
    html! {
        <section aria-labelledby="collect-title">
            <h2 id="collect-title">{ t.collect_title }</h2>
            <p>{ t.collect_help }</p>
            <div class="field field-wide">
                <label for="round-paste">{ t.paste }</label>
                <textarea id="round-paste" rows="5" value={(*text).clone()} oninput={on_input} />
            </div>
            <FileInput id="round-files" label={t.files} accept=".txt,.eml,text/plain,message/rfc822" on_text={append}
                on_unreadable={{ let unreadable = unreadable.clone(); Callback::from(move |()| unreadable.set(true)) }} />
            if *unreadable {
                <p role="alert">{ store.lang.texts().shell.file_unreadable }</p>
            }
            <div class="actions actions-left">
                <button type="button" class="button-primary" onclick={find} disabled={text.trim().is_empty()}>{ t.find }</button>
            </div>
            { result }
        </section>
    }
}

/// A found link's first characters: enough to tell links apart in the list.
fn shorten(link: &str) -> String {
    match link.char_indices().nth(20) {
        Some((at, _)) => format!("{}…", &link[..at]),
        None => link.to_string(),
    }
}
