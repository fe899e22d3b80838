//! The envelope between several clients and a relay that only forwards and stores the outer
//! document (as `@y/websocket-server` does), with a test cipher in place of AES-GCM.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, ReadTxn, StateVector, Text, Transact, Update};

use super::loopback::{run, Relay};
use super::sealed::{self, Kind};
use super::test_cipher::TestCipher;
use super::*;

/// A person: the model's inner document (a text for the test) and the envelope.
struct Person {
    inner: Doc,
    envelope: Envelope<TestCipher>,
    presence: Vec<(u64, Option<Vec<u8>>)>,
    unreadable: usize,
}

impl Person {
    fn new(client: u64, key: u64) -> Self {
        Person {
            inner: Doc::with_client_id(client),
            envelope: Envelope::new(TestCipher::new(key), client),
            presence: Vec::new(),
            unreadable: 0,
        }
    }

    fn text(&self) -> String {
        let text = self.inner.get_or_insert_text("t");
        text.get_string(&self.inner.transact())
    }

    /// Types `s` at the end and returns the inner update.
    fn type_text(&mut self, s: &str) -> Vec<u8> {
        let text = self.inner.get_or_insert_text("t");
        let before = self.inner.transact().state_vector();
        {
            let mut txn = self.inner.transact_mut();
            let len = text.get_string(&txn).len() as u32;
            text.insert(&mut txn, len, s);
        }
        self.inner.transact().encode_diff_v1(&before)
    }

    fn hear(&mut self, frame: &[u8]) -> Vec<Vec<u8>> {
        let got = run(self.envelope.receive(frame, 0.0)).unwrap();
        for update in got.updates {
            self.inner
                .transact_mut()
                .apply_update(Update::decode_v1(&update).unwrap())
                .unwrap();
        }
        self.presence.extend(got.presence);
        self.unreadable += got.unreadable;
        got.replies
    }
}

/// Delivers `frame` from person `from` through the relay to everyone (if it is online).
fn send(relay: &mut Relay, people: &mut [Person], from: usize, frame: Vec<u8>) {
    if !relay.online {
        return;
    }
    let mut queue = vec![(from, frame)];
    while let Some((sender, frame)) = queue.pop() {
        let (answers, broadcast) = relay.take(&frame);
        for answer in answers {
            for reply in people[sender].hear(&answer) {
                queue.push((sender, reply));
            }
        }
        for out in broadcast {
            for (i, person) in people.iter_mut().enumerate() {
                for reply in person.hear(&out) {
                    queue.push((i, reply));
                }
            }
        }
    }
}

/// A (re)connection of person `i`: both sides' greetings, as y-websocket does it.
fn connect(relay: &mut Relay, people: &mut [Person], i: usize) {
    let hello = people[i].envelope.hello();
    send(relay, people, i, hello);
    let greeting = relay.greeting();
    for reply in people[i].hear(&greeting) {
        send(relay, people, i, reply);
    }
}

fn edit(relay: &mut Relay, people: &mut [Person], i: usize, s: &str) {
    let update = people[i].type_text(s);
    let frame = run(people[i].envelope.push(&update)).unwrap();
    send(relay, people, i, frame);
}

#[test]
fn edits_reach_the_other_person_and_the_relay_holds_only_ciphertext() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 42), Person::new(2, 42)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    edit(&mut relay, &mut people, 0, "Kundenhotline ");
    edit(&mut relay, &mut people, 1, "Rechnung");
    assert_eq!(people[0].text(), people[1].text());
    assert!(people[0].text().contains("Kundenhotline"));
    assert!(people[0].text().contains("Rechnung"));
    for frame in &relay.frames {
        assert!(!contains(frame, b"Kundenhotline") && !contains(frame, b"Rechnung"));
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn edits_made_offline_merge_on_reconnect_and_a_late_joiner_gets_everything() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 7), Person::new(2, 7), Person::new(3, 7)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    edit(&mut relay, &mut people, 0, "a");
    relay.online = false;
    edit(&mut relay, &mut people, 0, "b");
    edit(&mut relay, &mut people, 1, "c");
    relay.online = true;
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    assert_eq!(people[0].text(), people[1].text());
    assert_eq!(people[0].text().len(), 3);
    connect(&mut relay, &mut people, 2);
    assert_eq!(people[2].text(), people[0].text());
}

#[test]
fn a_relay_that_lost_its_rooms_gets_them_back_from_the_people() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 7), Person::new(2, 7), Person::new(3, 7)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    edit(&mut relay, &mut people, 0, "kept");
    relay = Relay::new();
    edit(&mut relay, &mut people, 1, " too");
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    assert_eq!(people[0].text(), "kept too");
    assert_eq!(people[1].text(), "kept too");
    connect(&mut relay, &mut people, 2);
    assert_eq!(people[2].text(), "kept too");
}

#[test]
fn compaction_leaves_one_snapshot_that_a_late_joiner_opens() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 9), Person::new(2, 9), Person::new(3, 9)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    let mut typed = 0;
    while !people[0].envelope.should_compact() {
        edit(&mut relay, &mut people, typed % 2, "x");
        typed += 1;
    }
    assert!(typed > COMPACT_AFTER as usize && typed <= 2 * COMPACT_AFTER as usize + 1);
    let before = relay
        .doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default())
        .len();
    let state = people[0]
        .inner
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    let frame = run(people[0].envelope.compact(&state)).unwrap();
    send(&mut relay, &mut people, 0, frame);
    assert_eq!(people[0].envelope.entry_count(), 1);
    assert_eq!(people[1].envelope.entry_count(), 1);
    let after = relay
        .doc
        .transact()
        .encode_state_as_update_v1(&StateVector::default())
        .len();
    assert!(
        after < before,
        "the relay's copy shrinks: {before} -> {after} bytes"
    );
    edit(&mut relay, &mut people, 1, "y");
    connect(&mut relay, &mut people, 2);
    assert_eq!(people[2].text(), people[0].text());
    assert_eq!(people[2].text().len(), typed + 1);
}

#[test]
fn another_key_opens_nothing_and_breaks_nothing() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 5), Person::new(2, 6)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    edit(&mut relay, &mut people, 0, "secret");
    assert_eq!(people[1].text(), "");
    assert_eq!(people[1].unreadable, 1);
}

#[test]
fn presence_is_sealed_heard_refreshed_and_forgotten() {
    let mut relay = Relay::new();
    let mut people = [Person::new(1, 3), Person::new(2, 3)];
    connect(&mut relay, &mut people, 0);
    connect(&mut relay, &mut people, 1);
    let here = br#"{"name":"Ada Lovelace","editing":"tp-17"}"#;
    let frame = run(people[0].envelope.presence(here)).unwrap();
    assert!(!contains(&frame, b"Ada"));
    send(&mut relay, &mut people, 0, frame.clone());
    assert_eq!(people[1].presence, vec![(1, Some(here.to_vec()))]);
    // The same frame again is old news; a refresh is a new clock and keeps Ada here.
    send(&mut relay, &mut people, 0, frame);
    assert_eq!(people[1].presence.len(), 1);
    let refresh = run(people[0].envelope.presence(here)).unwrap();
    run(people[1].envelope.receive(&refresh, 20_000.0)).unwrap();
    assert_eq!(people[1].envelope.expire_peers(40_000.0), Vec::<u64>::new());
    assert_eq!(people[1].envelope.peer_count(), 1);
    assert_eq!(people[1].envelope.expire_peers(50_001.0), vec![1]);
    // Leaving says so at once.
    let refresh = run(people[0].envelope.presence(here)).unwrap();
    send(&mut relay, &mut people, 0, refresh);
    let leave = people[0].envelope.leave();
    send(&mut relay, &mut people, 0, leave);
    assert_eq!(people[1].presence.last(), Some(&(1, None)));
    assert_eq!(people[1].envelope.peer_count(), 0);
}

#[test]
fn a_sealed_entry_refuses_a_changed_byte_and_names_a_newer_format() {
    let cipher = TestCipher::new(1);
    let entry = run(sealed::seal(&cipher, Kind::Update, b"Kundenhotline")).unwrap();
    assert_eq!(
        run(sealed::open(&cipher, &entry)),
        Ok((Kind::Update, b"Kundenhotline".to_vec()))
    );
    let mut changed = entry.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    assert_eq!(
        run(sealed::open(&cipher, &changed)),
        Err(LiveError::Unreadable)
    );
    let mut newer = entry;
    newer[0] = 2;
    assert_eq!(
        run(sealed::open(&cipher, &newer)),
        Err(LiveError::NewerFormat(2))
    );
    assert_eq!(run(sealed::open(&cipher, &[])), Err(LiveError::Unreadable));
}
