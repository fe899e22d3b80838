//! A round that collects through the relay (its link has a live part, and the build names a
//! relay): while its panel is open, the sync worker sits in the round's room and every answer
//! that arrives is added as a pasted return link would be, through `find_answers` and
//! `kept::collect` (one undo step per arrival; answers merge by rater, so nothing the
//! consultant did is overwritten).

use std::rc::Rc;

use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::rounds::finder::{find_answers, Verdict};
use kontaktpunkt_core::rounds::kept::collect;
use kontaktpunkt_core::rounds::link::live_part;
use kontaktpunkt_core::rounds::live::{FromRoomWorker, ToRoomWorker};
use kontaktpunkt_core::text::rounds::error_text;
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::components::rounds::host::use_store;
use crate::components::rounds::OpenRound;
use crate::round_live::{relay, RoomWorker, WORKER_BESIDE_APP};

#[derive(Properties, PartialEq)]
pub struct LiveArrivalsProps {
    pub kept: Rc<KeptRound>,
    pub opened: OpenRound,
}

#[component]
pub fn LiveArrivals(props: &LiveArrivalsProps) -> Html {
    let store = use_store();
    let t = rounds_texts(store.lang);
    let heard = use_state(|| None::<FromRoomWorker>);
    let relay = use_memo((), |_| relay());
    let live = (*relay)
        .clone()
        .filter(|_| matches!(live_part(&props.kept.link), Ok(Some(_))));
    {
        let heard = heard.clone();
        use_effect_with(
            (props.kept.link.clone(), live.clone()),
            move |(link, relay)| {
                let worker = relay.clone().and_then(|relay| {
                    let message = ToRoomWorker::Listen {
                        relay,
                        round: link.clone(),
                    };
                    RoomWorker::start(WORKER_BESIDE_APP, &message, move |data| {
                        // No data: the worker failed; its first message (bytes) is no text.
                        let said = match data.as_string() {
                            Some(text) => FromRoomWorker::read(&text),
                            None => data.is_undefined().then_some(FromRoomWorker::Failed),
                        };
                        if let Some(said) = said {
                            heard.set(Some(said));
                        }
                    })
                });
                move || drop(worker)
            },
        );
    }
    let arrived = match &*heard {
        Some(FromRoomWorker::Answers(text)) => Some(find_answers(
            text,
            &props.opened.round,
            &props.opened.answers,
        )),
        _ => None,
    };
    // What arrived and counts is added at once, as the consultant's confirmation of a paste.
    {
        let (store, kept, opened) = (store.clone(), props.kept.clone(), props.opened.clone());
        use_effect_with((arrived.clone(), opened), move |(arrived, opened)| {
            if let Some(Ok(found)) = arrived {
                if found.iter().any(|f| f.counts()) {
                    match collect(&kept, &opened.answers, found) {
                        Ok(action) => store.act(action),
                        Err(e) => store.fail(e),
                    }
                }
            }
        });
    }
    if live.is_none() {
        return Html::default();
    }
    let status = match (&*heard, &arrived) {
        (_, Some(Err(e))) => error_text(e, store.lang),
        (_, Some(Ok(found))) => {
            let damaged: Vec<_> = found
                .iter()
                .filter_map(|f| match &f.verdict {
                    Verdict::Damaged(e) => Some(e),
                    _ => None,
                })
                .collect();
            let of_round = found
                .iter()
                .filter(|f| !matches!(f.verdict, Verdict::Damaged(_) | Verdict::OtherRound))
                .count();
            match damaged.first() {
                Some(e) => format!(
                    "{} {} {}",
                    t.arrived(of_round),
                    t.skipped(damaged.len()),
                    error_text(e, store.lang)
                ),
                None => t.arrived(of_round),
            }
        }
        (Some(FromRoomWorker::Offline), _) => t.live_offline.into(),
        (Some(FromRoomWorker::Failed), _) => t.live_failed.into(),
        _ => String::new(),
    };
    html! {
        <section aria-labelledby="live-round-title">
            <h2 id="live-round-title">{ t.live_title }</h2>
            <p>{ t.live_help }</p>
            <p role="status" class="live-arrived">{ status }</p>
        </section>
    }
}
