use std::rc::Rc;

use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::model::KeptRound;
use kontaktpunkt_core::rounds::kept::{open, start_live};
use kontaktpunkt_core::rounds::{follow_up::follow_up, RoundId};
use kontaktpunkt_core::text::rounds::error_text;
use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::browser;
use crate::components::rounds::collect::Collect;
use crate::components::rounds::host::use_store;
use crate::components::rounds::live_arrivals::LiveArrivals;
use crate::components::rounds::round_link::round_link;
use crate::components::rounds::spread_table::SpreadTable;
use crate::components::rounds::OpenRound;
use crate::components::widgets::confirm_dialog::ConfirmDialog;
use crate::round_live::new_room;

#[derive(Properties, PartialEq)]
pub struct RoundPanelProps {
    pub kept: Rc<KeptRound>,
    /// 1-based, as the round is named.
    pub number: usize,
    /// A follow-up round was started.
    pub on_started: Callback<()>,
}

/// One kept round: its link, collecting answers, the spread, the follow-up and removing it.
#[component]
pub fn RoundPanel(props: &RoundPanelProps) -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let t = rounds_texts(store.lang);
    let opened = use_memo(props.kept.clone(), |kept| {
        open(kept).map(|(round, answers)| OpenRound::new(round, answers))
    });
    let removing = use_state(|| false);
    let remove = if *removing {
        let (store, link, removing) = (store.clone(), props.kept.link.clone(), removing.clone());
        let no = removing.clone();
        html! {
            <ConfirmDialog question={t.remove_confirm} confirm={t.remove}
                cancel={texts.common.cancel} on_cancel={Callback::from(move |_| no.set(false))}
                on_confirm={Callback::from(move |_| {
                    removing.set(false);
                    store.act(Action::RemoveRound(link.clone()));
                })} />
        }
    } else {
        let removing = removing.clone();
        html! {
            <button type="button" class="button-quiet icon-danger" onclick={Callback::from(move |_| removing.set(true))}>{ t.remove }</button>
        }
    };
    let opened = match &*opened {
        Ok(opened) => opened.clone(),
        Err(e) => {
            return html! {
                <>
                    <p role="alert">{ format!("{} {}", t.unreadable, error_text(e, store.lang)) }</p>
                    { remove }
                </>
            };
        }
    };
    let flagged = opened
        .figures
        .touchpoints
        .iter()
        .filter(|t| t.disagree())
        .count();
    let start_follow_up = {
        let (store, opened, done) = (store.clone(), opened.clone(), props.on_started.clone());
        Callback::from(move |_: MouseEvent| {
            let id = RoundId(browser::random_id());
            match follow_up(&opened.round, &opened.figures, id)
                .and_then(|r| start_live(&r, new_room().as_ref()))
            {
                Ok(action) => {
                    store.act(action);
                    done.emit(());
                }
                Err(e) => store.fail(e),
            }
        })
    };
    html! {
        <>
            { round_link(texts, &props.kept.link, props.number) }
            <LiveArrivals kept={props.kept.clone()} opened={opened.clone()} />
            <Collect kept={props.kept.clone()} opened={opened.clone()} />
            <SpreadTable opened={opened.clone()} />
            <div class="actions actions-left">
                if flagged > 0 {
                    <button type="button" class="button-quiet" onclick={start_follow_up}>{ t.follow_up(flagged) }</button>
                }
                { remove }
            </div>
        </>
    }
}
