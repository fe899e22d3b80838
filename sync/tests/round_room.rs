//! A rating round collecting through the relay: the rater's worker puts the return link into
//! the round's room, sealed with the round's key; the consultant's worker, in the room before
//! or after, gets it and it reads as a pasted return link would. The rater hears that the
//! relay holds the answer only once it does, a stranger's key reads nothing, and no frame the
//! relay carried holds the answer or a touchpoint's name.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../core/tests/round_support/mod.rs"]
mod round_support;

use kontaktpunkt_core::rounds::finder::{add_found, find_answers, Verdict};
use kontaktpunkt_core::rounds::link::encode_answer;
use kontaktpunkt_core::rounds::{Answers, Round, Selection};
use kontaktpunkt_sync::live::loopback::{run, Relay};
use kontaktpunkt_sync::live::test_cipher::TestCipher;
use kontaktpunkt_sync::live::Envelope;
use kontaktpunkt_sync::round_room::RoundRoom;
use round_support::{answer, choices, fixture, ID};

/// One worker in the round's room.
struct Member {
    room: RoundRoom,
    envelope: Envelope<TestCipher>,
    confirmed: bool,
}

fn member(client: u64, key: u64) -> Member {
    Member {
        room: RoundRoom::default(),
        envelope: Envelope::new(TestCipher::new(key), client),
        confirmed: false,
    }
}

struct Place {
    relay: Relay,
    members: Vec<Member>,
    online: Vec<bool>,
}

impl Place {
    fn send(&mut self, who: usize, frame: Vec<u8>) {
        if !self.relay.online || !self.online[who] {
            return;
        }
        let (answers, broadcast) = self.relay.take(&frame);
        for answer in answers {
            self.hear(who, &answer);
        }
        for out in broadcast {
            for i in 0..self.members.len() {
                if self.online[i] {
                    self.hear(i, &out);
                }
            }
        }
    }

    fn hear(&mut self, who: usize, frame: &[u8]) {
        let received = run(self.members[who].envelope.receive(frame, 0.0)).unwrap();
        self.members[who].confirmed |= received.confirmed;
        for update in received.updates {
            assert!(self.members[who].room.apply(&update));
        }
        for reply in received.replies {
            self.send(who, reply);
        }
    }

    fn connect(&mut self, who: usize) {
        self.online[who] = true;
        let hello = self.members[who].envelope.hello();
        self.send(who, hello);
        let greeting = self.relay.greeting();
        self.hear(who, &greeting);
    }

    fn put(&mut self, who: usize, link: &str) {
        let update = self.members[who].room.put(link).unwrap();
        let frame = run(self.members[who].envelope.push(&update)).unwrap();
        self.send(who, frame);
    }
}

fn round() -> (Round, Vec<String>) {
    let model = fixture(10);
    let ids = model.touchpoints.iter().take(3).map(|t| t.id).collect();
    let names = model.touchpoints.iter().map(|t| t.name.clone()).collect();
    (
        Round::from_model(&model, choices(Selection::Ids(ids)), ID).unwrap(),
        names,
    )
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn an_answer_put_in_the_room_reaches_the_consultant_and_reads_as_a_return_link() {
    let (round, names) = round();
    let mut first = answer(11, 0, 1, &["4+2", "2-1", "x"], 3);
    first.ratings[0].comment = "Die Hotline war freundlich".into();
    let first = encode_answer(&first);
    let second = encode_answer(&answer(22, 1, 1, &["5+1", "2-2", "x"], 3));
    let mut place = Place {
        relay: Relay::new(),
        members: vec![
            member(1, 7),
            member(2, 7),
            member(3, 7),
            member(4, 99),
            member(5, 7),
        ],
        online: vec![false; 5],
    };
    // The consultant listens; the first rater sends while the relay is away.
    place.connect(0);
    place.relay.online = false;
    place.put(1, &first);
    assert!(!place.members[1].confirmed && !place.members[1].envelope.relay_holds_own());
    place.relay.online = true;
    place.connect(1);
    assert!(place.members[1].confirmed && place.members[1].envelope.relay_holds_own());
    // The second rater is online from the start.
    place.connect(2);
    place.put(2, &second);
    assert!(place.members[2].confirmed);

    let text = place.members[0].room.answers();
    let found = find_answers(&text, &round, &Answers::new()).unwrap();
    let verdicts: Vec<Verdict> = found.into_iter().map(|f| f.verdict).collect();
    assert_eq!(verdicts, [Verdict::New, Verdict::New]);
    // A consultant who joins later finds both in the room too.
    place.connect(4);
    assert_eq!(place.members[4].room.answers(), text);

    // A stranger in the room with another key reads nothing.
    place.connect(3);
    assert_eq!(place.members[3].room.answers(), "");

    for frame in &place.relay.frames {
        for secret in
            names
                .iter()
                .map(String::as_str)
                .chain([first.as_str(), second.as_str(), "Hotline war"])
        {
            assert!(!contains(frame, secret), "a frame holds {secret:?}");
        }
    }
}

#[test]
fn a_rater_who_answers_again_from_another_worker_counts_once_with_the_later_answer() {
    let (round, _) = round();
    let early = encode_answer(&answer(11, 0, 1, &["4+2", "2-1", "x"], 3));
    let later = encode_answer(&answer(11, 0, 2, &["3+2", "2-1", "x"], 3));
    // Each from a worker of its own that has not seen the room: neither write is lost.
    let (first, second) = (RoundRoom::default(), RoundRoom::default());
    let (a, b) = (first.put(&early).unwrap(), second.put(&later).unwrap());
    let room = RoundRoom::default();
    assert!(room.apply(&b) && room.apply(&a));
    let found = find_answers(&room.answers(), &round, &Answers::new()).unwrap();
    let kept = add_found(&Answers::new(), &found).unwrap();
    let sequences: Vec<u64> = kept.iter().map(|a| a.sequence).collect();
    assert_eq!(sequences, [2]);
    assert!(room.put("ka1.not-an-answer").is_err());
    assert!(room.put("kr1.AAAA").is_err());
    assert!(!room.apply(b"\xff\xff rubbish"));
    let copy = RoundRoom::default();
    assert!(copy.apply(&room.full_update()));
    assert_eq!(copy.answers(), room.answers());
}
