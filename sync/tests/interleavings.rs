//! Two tabs' apps and workers, every message in its own queue, run in many orders: no tab's
//! edit is ever lost. The app here does what `src/sync.rs` and the live-tabs hook do: its
//! model changes at once (the reducer), the effect that sends it to the worker runs later, and
//! a worker's model is taken only when [`Turns::may_take`] says so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::VecDeque;
use std::rc::Rc;

use kontaktpunkt_core::domain::action::NewTouchpoint;
use kontaktpunkt_core::domain::model::{Channel, Contact};
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::turns::Turns;
use kontaktpunkt_core::edits::wire::{ToApp, ToWorker};
use kontaktpunkt_core::{Action, Lang, Model};
use kontaktpunkt_sync::session::{Out, Session};

/// One tab: its app (model, numbering, the effect still to run) and its worker, with the
/// messages on their way.
struct Tab {
    replica: u32,
    current: Rc<Model>,
    turns: Turns,
    /// The model changed and the effect that sends it has not run.
    unsent: bool,
    worker: Session,
    to_worker: VecDeque<ToWorker>,
    to_app: VecDeque<ToApp>,
    /// Frames this tab's worker sent, for the other tab's worker.
    to_peer: VecDeque<Vec<u8>>,
    added: Vec<String>,
}

impl Tab {
    fn open(replica: u32, model: &Model, seed: bool) -> Tab {
        let current = Rc::new(model.clone());
        let mut tab = Tab {
            replica,
            turns: Turns::new(Rc::clone(&current)),
            current,
            unsent: false,
            worker: Session::new(),
            to_worker: VecDeque::new(),
            to_app: VecDeque::new(),
            to_peer: VecDeque::new(),
            added: Vec::new(),
        };
        tab.to_worker.push_back(ToWorker::Open {
            model_id: "m1".into(),
            model: serde_json::to_string(model).unwrap(),
            seed,
        });
        tab
    }

    /// The user adds a touchpoint: the reducer runs, the effect waits.
    fn add(&mut self) {
        let name = format!("Tab {} #{}", self.replica, self.added.len() + 1);
        let mut model = (*self.current).clone();
        model.claim_ids(self.replica);
        let model = model
            .apply(
                Action::AddTouchpoint(NewTouchpoint {
                    name: name.clone(),
                    stage: "information".into(),
                    contact: Contact::Direct,
                    channel: Channel::Online,
                }),
                1.0,
            )
            .unwrap();
        self.current = Rc::new(model);
        self.unsent = true;
        self.added.push(name);
    }

    /// The effect after a render: the model goes to the worker.
    fn effect(&mut self) {
        if std::mem::take(&mut self.unsent) {
            let message = self.turns.changed(&self.current);
            self.to_worker.push_back(message);
        }
    }

    fn worker_reads(&mut self) {
        if let Some(message) = self.to_worker.pop_front() {
            let outs = self.worker.from_app(message);
            self.route(outs);
        }
    }

    fn route(&mut self, outs: Vec<Out>) {
        for out in outs {
            match out {
                Out::App(message) => self.to_app.push_back(message),
                Out::Peers(frame) => self.to_peer.push_back(frame.encode()),
            }
        }
    }

    /// A message from the worker reaches the app (`Link::received`, `History::take`).
    fn app_reads(&mut self) {
        let Some(ToApp::Model {
            ack, offer, model, ..
        }) = self.to_app.pop_front()
        else {
            return;
        };
        if !self.turns.may_take(ack, &self.current) {
            return;
        }
        let mut model = model_from_json(&model).unwrap();
        model.next_id = self.current.next_id;
        if model != *self.current {
            self.current = Rc::new(model);
            self.unsent = true;
        }
        self.turns.took(offer, Rc::clone(&self.current));
    }

    fn busy(&self) -> bool {
        self.unsent || !self.to_worker.is_empty() || !self.to_app.is_empty()
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .current
            .touchpoints
            .iter()
            .map(|t| t.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// A frame from `from`'s worker reaches `to`'s worker.
fn deliver(from: &mut Tab, to: &mut Tab) {
    if let Some(frame) = from.to_peer.pop_front() {
        let outs = to.worker.from_peer(&frame);
        to.route(outs);
    }
}

/// A small deterministic generator (no dependency): the same seed, the same order.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % sides
    }
}

/// One step of one tab, picked by `which` (0 to 4): add, effect, worker reads, app reads, a
/// frame to the other worker.
fn step(tabs: &mut [Tab; 2], t: usize, which: u64, adds: usize) {
    let [a, b] = tabs;
    let (me, other) = if t == 0 { (a, b) } else { (b, a) };
    match which {
        0 if me.added.len() < adds => me.add(),
        1 => me.effect(),
        2 => me.worker_reads(),
        3 => me.app_reads(),
        4 => deliver(me, other),
        _ => {}
    }
}

fn run(seed: u64, adds: usize) -> [Tab; 2] {
    let model = Model::new(Lang::En);
    let mut tabs = [Tab::open(1, &model, true), Tab::open(2, &model, false)];
    let mut dice = Dice(seed);
    for _ in 0..200 {
        let t = dice.roll(2) as usize;
        let which = dice.roll(5);
        step(&mut tabs, t, which, adds);
    }
    // Everyone stops typing; every effect runs and every message arrives.
    while tabs.iter().any(|t| t.busy() || !t.to_peer.is_empty()) {
        for t in 0..2 {
            for which in 1..5 {
                step(&mut tabs, t, which, 0);
            }
        }
    }
    tabs
}

#[test]
fn in_any_order_of_renders_effects_and_messages_both_tabs_end_with_every_touchpoint_added() {
    for seed in 0..200 {
        let tabs = run(seed, 4);
        let mut all: Vec<String> = tabs.iter().flat_map(|t| t.added.clone()).collect();
        all.sort();
        for tab in &tabs {
            assert_eq!(tab.names(), all, "seed {seed}, tab {}", tab.replica);
        }
    }
}

/// The order the e2e test "two tabs add at once" met: tab 2's add is in its model but not yet
/// sent when a worker's model with tab 1's add arrives, acknowledging all tab 2 sent.
#[test]
fn a_worker_model_that_lacks_a_change_not_yet_sent_is_not_taken() {
    let model = Model::new(Lang::En);
    let mut tabs = [Tab::open(1, &model, true), Tab::open(2, &model, false)];
    let [a, b] = &mut tabs;
    a.worker_reads();
    b.worker_reads();
    while !a.to_peer.is_empty() || !b.to_peer.is_empty() {
        deliver(a, b);
        deliver(b, a);
    }
    b.app_reads(); // the document as tab 1 started it
    b.effect();
    b.worker_reads();
    a.add();
    a.effect();
    a.worker_reads();
    b.add(); // rendered; its effect waits
    deliver(a, b);
    let Some(ToApp::Model { ack, model, .. }) = b.to_app.front() else {
        panic!("no model for tab 2: {:?}", b.to_app)
    };
    let offered = model_from_json(model).unwrap();
    assert!(!offered.touchpoints.iter().any(|t| t.name == "Tab 2 #1"));
    assert!(
        !b.turns.may_take(*ack, &b.current),
        "taking it drops tab 2's add"
    );
    b.app_reads();
    b.effect();
    b.worker_reads();
    b.app_reads();
    assert_eq!(b.names(), ["Tab 1 #1", "Tab 2 #1"]);
}
