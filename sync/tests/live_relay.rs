//! Two live sessions in a worker in headless Chromium, through the real relay
//! (`@y/websocket-server`) that e2e/live-relay.test.mjs starts on a free port and names in
//! KP_TEST_RELAY at build time; that script also checks every frame the relay carried for
//! clear text. Edits and presence arrive sealed; an unreachable relay is said once.
#![cfg(all(target_arch = "wasm32", feature = "relay-test"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use kontaktpunkt_sync::live::connection::{Live, LiveEvents, Status};
use kontaktpunkt_sync::live::webcrypto::{random_bytes, WebCryptoCipher};
use kontaktpunkt_sync::live::Envelope;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, ReadTxn, StateVector, Text, Transact, Update};

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const RELAY: &str = env!("KP_TEST_RELAY");

#[wasm_bindgen]
extern "C" {
    // Namespaced: the library binds the plain setTimeout already.
    #[wasm_bindgen(js_namespace = globalThis, js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
}

async fn sleep(ms: i32) {
    JsFuture::from(Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, ms);
    }))
    .await
    .unwrap();
}

/// Waits (at most 10 s) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        sleep(20).await;
    }
    panic!("never: {what}");
}

#[derive(Default)]
struct Log {
    statuses: Vec<Status>,
    presence: Vec<(u64, Option<Vec<u8>>)>,
}

/// A person: the inner document (a text here) and what the connection told them.
#[derive(Clone)]
struct Person {
    doc: Doc,
    log: Rc<RefCell<Log>>,
}

impl LiveEvents for Person {
    fn updates(&self, updates: Vec<Vec<u8>>) {
        let mut txn = self.doc.transact_mut();
        for update in updates {
            txn.apply_update(Update::decode_v1(&update).unwrap())
                .unwrap();
        }
    }
    fn presence(&self, client: u64, state: Option<Vec<u8>>) {
        self.log.borrow_mut().presence.push((client, state));
    }
    fn status(&self, status: Status) {
        self.log.borrow_mut().statuses.push(status);
    }
    fn snapshot(&self) -> Vec<u8> {
        self.doc
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }
}

impl Person {
    async fn join(client: u64, url: &str, key: &[u8; 32]) -> (Person, Live) {
        let person = Person {
            doc: Doc::with_client_id(client),
            log: Rc::default(),
        };
        let envelope = Envelope::new(WebCryptoCipher::import(key).await.unwrap(), client);
        let live = Live::join(url.into(), envelope, Box::new(person.clone()));
        (person, live)
    }

    fn text(&self) -> String {
        let text = self.doc.get_or_insert_text("t");
        text.get_string(&self.doc.transact())
    }

    fn type_text(&self, s: &str) -> Vec<u8> {
        let text = self.doc.get_or_insert_text("t");
        let before = self.doc.transact().state_vector();
        {
            let mut txn = self.doc.transact_mut();
            let len = text.get_string(&txn).len() as u32;
            text.insert(&mut txn, len, s);
        }
        self.doc.transact().encode_diff_v1(&before)
    }

    fn connected(&self) -> bool {
        matches!(
            self.log.borrow().statuses.last(),
            Some(Status::Connected { .. })
        )
    }
}

#[wasm_bindgen_test]
async fn edits_and_presence_travel_sealed_between_two_people() {
    let key = random_bytes::<32>().unwrap();
    let room = format!("{RELAY}/test-{}", js_sys::Math::random().to_bits());
    let (ada, ada_live) = Person::join(11, &room, &key).await;
    let (bob, bob_live) = Person::join(22, &room, &key).await;
    until("both connected", || ada.connected() && bob.connected()).await;

    ada_live.edit(ada.type_text("Kundenhotline"));
    until("Bob has Ada's edit", || bob.text() == "Kundenhotline").await;
    bob_live.edit(bob.type_text(" Rechnung"));
    until("Ada has Bob's edit", || {
        ada.text() == "Kundenhotline Rechnung"
    })
    .await;

    ada_live.set_presence(br#"{"name":"Ada Lovelace"}"#.to_vec());
    until("Bob sees Ada", || {
        bob.log.borrow().presence.last()
            == Some(&(11, Some(br#"{"name":"Ada Lovelace"}"#.to_vec())))
    })
    .await;
    until("Bob counts one other person", || {
        bob.log.borrow().statuses.last() == Some(&Status::Connected { peers: 1 })
    })
    .await;

    ada_live.leave();
    until("Bob sees Ada leave", || {
        bob.log.borrow().presence.last() == Some(&(11, None))
    })
    .await;

    // A late joiner gets everything from the relay's sealed entries.
    let (cleo, cleo_live) = Person::join(33, &room, &key).await;
    until("Cleo has both edits", || {
        cleo.text() == "Kundenhotline Rechnung"
    })
    .await;
    cleo_live.leave();
    bob_live.leave();
}

#[wasm_bindgen_test]
async fn an_unreachable_relay_is_said_once_and_edits_wait() {
    let key = random_bytes::<32>().unwrap();
    // Port 9 (discard) on loopback: nothing listens there.
    let (ada, ada_live) = Person::join(44, "ws://127.0.0.1:9/room", &key).await;
    ada_live.edit(ada.type_text("kept locally"));
    // The first attempt and two retries (after 1 s and 2 s).
    sleep(3_500).await;
    assert_eq!(ada.log.borrow().statuses, vec![Status::Offline]);
    assert_eq!(ada.text(), "kept locally");
    ada_live.leave();
}
