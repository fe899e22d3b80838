//! Two people in a live session: each worker's session (the model as a shared document) joined
//! through the sealed envelope and a relay that syncs and stores the outer document as
//! `@y/websocket-server` does. The model arrives for the joiner, edits of two fields of one
//! touchpoint both survive in both, edits made while the relay is away merge when it is back,
//! and no frame the relay carried holds a touchpoint's name.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt_core::domain::action::TouchpointEdit;
use kontaktpunkt_core::domain::validate::model_from_json;
use kontaktpunkt_core::edits::wire::{ToApp, ToWorker};
use kontaktpunkt_core::io::share::decode;
use kontaktpunkt_core::{Action, Model};
use kontaktpunkt_sync::live::loopback::{run, Relay};
use kontaktpunkt_sync::live::test_cipher::TestCipher;
use kontaktpunkt_sync::live::Envelope;
use kontaktpunkt_sync::peers::Frame;
use kontaktpunkt_sync::session::{Out, Session};

/// A person's worker and app: the session, the envelope and the model the app shows.
struct Person {
    session: Session,
    envelope: Envelope<TestCipher>,
    model: Model,
    seq: u64,
    /// The last of the worker's models the app took.
    took: u64,
    online: bool,
}

struct Room {
    relay: Relay,
    people: Vec<Person>,
}

impl Room {
    /// What a session step produced: updates go sealed to the relay (tab frames stay home),
    /// the app's share is applied to that person's model.
    fn route(&mut self, who: usize, outs: Vec<Out>) {
        for out in outs {
            match out {
                Out::Peers(Frame::Update(update)) => {
                    let frame = run(self.people[who].envelope.push(&update)).unwrap();
                    self.send(who, frame);
                }
                Out::Peers(_) => {}
                // As the app does: a model made before its latest change is left.
                Out::App(ToApp::Model {
                    ack, offer, model, ..
                }) if ack == self.people[who].seq => {
                    let person = &mut self.people[who];
                    let next_id = person.model.next_id;
                    person.model = model_from_json(&model).unwrap();
                    person.model.next_id = next_id;
                    person.took = offer;
                }
                Out::App(ToApp::Failed { reason }) => panic!("{reason}"),
                Out::App(_) => {}
            }
        }
    }

    /// A frame from `who` through the relay, and everything it sets off.
    fn send(&mut self, who: usize, frame: Vec<u8>) {
        if !self.relay.online || !self.people[who].online {
            return;
        }
        let (answers, broadcast) = self.relay.take(&frame);
        for answer in answers {
            self.hear(who, &answer);
        }
        for out in broadcast {
            for i in 0..self.people.len() {
                if self.people[i].online {
                    self.hear(i, &out);
                }
            }
        }
    }

    fn hear(&mut self, who: usize, frame: &[u8]) {
        let received = run(self.people[who].envelope.receive(frame, 0.0)).unwrap();
        for reply in received.replies {
            self.send(who, reply);
        }
        for update in received.updates {
            let outs = self.people[who].session.from_update(&update);
            self.route(who, outs);
        }
    }

    fn connect(&mut self, who: usize) {
        self.people[who].online = true;
        let hello = self.people[who].envelope.hello();
        self.send(who, hello);
        let greeting = self.relay.greeting();
        self.hear(who, &greeting);
    }

    fn edit(&mut self, who: usize, action: Action) {
        let person = &mut self.people[who];
        let next = person.model.apply(action, 1.0).unwrap();
        person.seq += 1;
        person.model = next;
        let outs = person.session.from_app(ToWorker::Model {
            seq: person.seq,
            took: person.took,
            model: serde_json::to_string(&person.model).unwrap(),
        });
        self.route(who, outs);
    }
}

fn person(client: u64, model: Model, seed: bool) -> (Person, Vec<Out>) {
    let mut session = Session::new();
    let outs = session.from_app(ToWorker::Open {
        model_id: "live".into(),
        model: serde_json::to_string(&model).unwrap(),
        seed,
    });
    let person = Person {
        session,
        envelope: Envelope::new(TestCipher::new(2026), client),
        model,
        seq: 0,
        took: 0,
        online: false,
    };
    (person, outs)
}

fn demo() -> Model {
    decode(include_str!("../../core/tests/golden/tracking-funnel.txt").trim()).unwrap()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn two_people_edit_one_touchpoint_through_the_relay_and_the_relay_reads_nothing() {
    let model = demo();
    let tp = model.touchpoints[0].id;
    let names: Vec<String> = model.touchpoints.iter().map(|t| t.name.clone()).collect();
    let (ada, ada_outs) = person(1, model.clone(), true);
    // Bob joins from the link: his worker starts empty and waits for the room.
    let (bob, bob_outs) = person(2, Model::new(kontaktpunkt_core::Lang::De), false);
    let mut room = Room {
        relay: Relay::new(),
        people: vec![ada, bob],
    };
    room.connect(0);
    room.route(0, ada_outs);
    room.route(1, bob_outs);
    room.connect(1);
    assert_eq!(
        room.people[1].model.touchpoints.len(),
        model.touchpoints.len()
    );
    assert_eq!(room.people[1].model.touchpoints[0].name, names[0]);

    // Each a different field of the same touchpoint, at once.
    room.edit(
        0,
        Action::EditTouchpoint(tp, TouchpointEdit::Name("Hotline (neu)".into())),
    );
    room.edit(1, Action::EditTouchpoint(tp, TouchpointEdit::Ist(Some(2))));
    for p in &room.people {
        let t = p.model.touchpoint(tp).unwrap();
        assert_eq!(t.name, "Hotline (neu)");
        assert_eq!(t.ist.map(|e| e.value()), Some(2));
    }

    // The relay goes away; both edit; it comes back empty-handed (no persistence).
    room.relay = Relay::new();
    room.relay.online = false;
    room.edit(
        0,
        Action::EditTouchpoint(tp, TouchpointEdit::Soll(Some(-1))),
    );
    room.edit(1, Action::SetTitle("Offline umbenannt".into()));
    room.relay.online = true;
    room.connect(0);
    room.connect(1);
    let (a, b) = (&room.people[0].model, &room.people[1].model);
    assert_eq!(a.meta.title, "Offline umbenannt");
    assert_eq!(b.touchpoint(tp).unwrap().soll.map(|e| e.value()), Some(-1));
    assert_eq!(a.touchpoints, b.touchpoints);
    assert_eq!(a.meta, b.meta);

    for frame in &room.relay.frames {
        for name in names
            .iter()
            .chain(["Hotline (neu)".to_string(), "Offline umbenannt".to_string()].iter())
        {
            assert!(
                !contains(frame, name),
                "a frame holds {name:?} in clear text"
            );
        }
    }
}
