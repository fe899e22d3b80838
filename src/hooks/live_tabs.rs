//! Tabs on one model merge field by field (`crate::sync`): this tab says which model it has
//! open, spawns the sync worker when another tab has the same one, sends it the model after
//! each change and wakes it when the page is visible again.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::store::Store;
use crate::sync::{Announce, CurrentModel, Link, TabsChannel};

type Slot = Rc<RefCell<Option<Rc<Link>>>>;

#[hook]
pub fn use_live_tabs(store: &Store) {
    let link: Slot = use_mut_ref(|| None);
    let current: CurrentModel = {
        // A fresh handle per read: a kept one would hold every state it ever read.
        let store = store.clone();
        Rc::new(move || store.clone().model_ref().0)
    };
    let embedded = store.embed.is_some();
    {
        let (link, current, dispatcher) = (link.clone(), current.clone(), store.dispatcher());
        let live = store.live.as_ref().map(|l| (l.fragment.clone(), l.seed));
        use_effect_with((store.current_id.clone(), live), move |(id, live)| {
            // Another model, or a live session: its own document, or none.
            link.borrow_mut().take();
            let id = id.clone();
            let relay = crate::round_live::relay().filter(|_| !embedded && !id.is_empty());
            match (live, relay) {
                (Some((fragment, seed)), Some(relay)) => {
                    crate::live::keep_session(&id, Some(fragment));
                    let d = dispatcher.clone();
                    let started =
                        Link::start(&id, current.clone(), *seed, move |msg| d.dispatch(msg));
                    if let Some(started) = &started {
                        started.live(&relay, fragment);
                    }
                    *link.borrow_mut() = started;
                }
                (None, Some(_)) => {
                    // A saved model kept in a session joins it again after a reload.
                    let name = crate::live::remembered_name();
                    if let Some(fragment) =
                        crate::live::session_of(&id).filter(|_| !name.is_empty())
                    {
                        dispatcher.dispatch(crate::live::join(fragment, name, false));
                    }
                }
                _ => {}
            }
            let channel = (!embedded && !id.is_empty() && live.is_none()).then(|| {
                let (link, current, mine) = (link.clone(), current.clone(), id.clone());
                let heard = move |announce: Announce, answer: &dyn Fn(&Announce)| {
                    let seed = match announce {
                        Announce::Who(other) if other == mine => {
                            answer(&Announce::Have(mine.clone()));
                            true
                        }
                        Announce::Have(other) if other == mine => false,
                        _ => return,
                    };
                    if link.borrow().is_none() {
                        let dispatcher = dispatcher.clone();
                        let started = Link::start(&mine, current.clone(), seed, move |msg| {
                            dispatcher.dispatch(msg)
                        });
                        *link.borrow_mut() = started;
                    }
                };
                TabsChannel::open(heard)
            });
            let channel = channel.flatten();
            if let Some(channel) = &channel {
                channel.say(&Announce::Who(id));
            }
            move || drop(channel)
        });
    }
    {
        // This person's presence: who they are and the touchpoint they have open.
        let link = link.clone();
        let me = store.live.as_ref().map(|l| l.me.clone());
        use_effect_with((me, store.open), move |(me, open)| {
            if let (Some(link), Some(me)) = (link.borrow().as_ref(), me) {
                let mut me = me.clone();
                me.editing = *open;
                link.presence(&me);
            }
        });
    }
    {
        let link = link.clone();
        use_effect_with(store.model_ref(), move |model| {
            if let Some(link) = link.borrow().as_ref() {
                link.changed(&model.0);
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let watched = document.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if !watched.hidden() {
                        if let Some(link) = link.borrow().as_ref() {
                            link.wake();
                        }
                    }
                })
            });
        move || drop(listener)
    });
}
