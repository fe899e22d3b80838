//! The whole path of two tabs, without a browser: each tab's history and what its link
//! (`src/sync.rs`) does, its worker's session, and a channel between the workers. Undo in one
//! tab takes back its own step only, in both tabs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt_core::domain::action::NewTouchpoint;
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::{Channel, Contact};
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::wire::{ToApp, ToWorker};
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::{Action, Lang, Model};
use kontaktpunkt_sync::session::{Out, Session};

struct Tab {
    history: History,
    /// The number of the tab's last model sent, and of the worker's last model taken.
    seq: u64,
    took: u64,
    worker: Session,
    replica: u32,
}

impl Tab {
    fn open(model: &Model, seed: bool, replica: u32) -> (Tab, Vec<Out>) {
        let mut worker = Session::new();
        let outs = worker.from_app(ToWorker::Open {
            model_id: "m".into(),
            model: serde_json::to_string(model).unwrap(),
            seed,
        });
        let tab = Tab {
            history: History::new(model.clone()),
            seq: 0,
            took: 0,
            worker,
            replica,
        };
        (tab, outs)
    }

    /// What the app does after a change of its model: send it whole, numbered.
    fn changed(&mut self) -> Vec<Out> {
        self.seq += 1;
        self.worker.from_app(ToWorker::Model {
            seq: self.seq,
            took: self.took,
            model: serde_json::to_string(&*self.history.current).unwrap(),
        })
    }

    fn act(&mut self, action: Action) -> Vec<Out> {
        self.history.claim_ids(self.replica);
        self.history.apply(action, 1.0).unwrap();
        self.changed()
    }

    /// Linked: the worker undoes, the history only counts.
    fn undo(&mut self) -> Vec<Out> {
        assert!(self.history.step_back());
        self.worker.from_app(ToWorker::Undo)
    }

    fn receive(&mut self, message: ToApp) -> Vec<Out> {
        let ToApp::Model {
            ack, offer, model, ..
        } = message
        else {
            panic!("{message:?}")
        };
        if ack != self.seq {
            return Vec::new();
        }
        self.took = offer;
        if self.history.take(model_from_json(&model).unwrap()) {
            self.changed()
        } else {
            Vec::new()
        }
    }

    fn names(&self) -> Vec<String> {
        self.history
            .current
            .touchpoints
            .iter()
            .map(|t| t.name.clone())
            .collect()
    }
}

/// Delivers everything until nothing is left: frames to the other worker, messages to the app.
fn settle(tabs: &mut [Tab; 2], from: usize, outs: Vec<Out>) {
    let mut queue = vec![(from, outs)];
    while let Some((at, outs)) = queue.pop() {
        for out in outs {
            match out {
                Out::App(message) => {
                    let more = tabs[at].receive(message);
                    queue.push((at, more));
                }
                Out::Peers(frame) => {
                    let other = 1 - at;
                    let more = tabs[other].worker.from_peer(&frame.encode());
                    queue.push((other, more));
                }
            }
        }
    }
}

fn add(name: &str) -> Action {
    Action::AddTouchpoint(NewTouchpoint {
        name: name.into(),
        stage: "usage".into(),
        contact: Contact::Direct,
        channel: Channel::Online,
    })
}

#[test]
fn undo_in_one_tab_takes_back_its_own_step_only_in_both_tabs() {
    let model = demo_model(Lang::En);
    let (a, out_a) = Tab::open(&model, true, 11);
    let (b, out_b) = Tab::open(&model, false, 22);
    let mut tabs = [a, b];
    settle(&mut tabs, 0, out_a);
    settle(&mut tabs, 1, out_b);
    let outs = tabs[1].act(add("Own edit"));
    settle(&mut tabs, 1, outs);
    let outs = tabs[0].act(add("Trade fair"));
    settle(&mut tabs, 0, outs);
    for tab in &tabs {
        assert!(tab.names().contains(&"Own edit".to_string()));
        assert!(tab.names().contains(&"Trade fair".to_string()));
    }
    let outs = tabs[1].undo();
    settle(&mut tabs, 1, outs);
    for tab in &tabs {
        assert!(
            !tab.names().contains(&"Own edit".to_string()),
            "{:?}",
            tab.names()
        );
        assert!(tab.names().contains(&"Trade fair".to_string()));
    }
    assert_eq!(tabs[0].names(), tabs[1].names());
}
