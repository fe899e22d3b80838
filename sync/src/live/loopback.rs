//! In-process stand-ins for native tests and benches: a relay that syncs the outer document and
//! broadcasts as `@y/websocket-server` does (and keeps every frame), and a poll loop for the
//! test cipher's futures, which never wait.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use yrs::encoding::read::Cursor;
use yrs::sync::{Message, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, Transact, Update};

/// The test cipher resolves at once; this polls a future to its end.
pub fn run<F: Future>(future: F) -> F::Output {
    struct Idle;
    impl Wake for Idle {
        fn wake(self: Arc<Self>) {}
    }
    let waker = Waker::from(Arc::new(Idle));
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut context) {
            return out;
        }
    }
}

/// The relay: the outer document, synced as y-websocket-server does; every frame it carries
/// is kept.
pub struct Relay {
    pub doc: Doc,
    pub frames: Vec<Vec<u8>>,
    pub online: bool,
}

impl Relay {
    pub fn new() -> Self {
        Relay {
            doc: Doc::new(),
            frames: Vec::new(),
            online: true,
        }
    }

    /// A client's frame; the answers to that client, and what goes to everyone, the sender
    /// included (y-websocket-server broadcasts each change of its document to every
    /// connection).
    pub fn take(&mut self, frame: &[u8]) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
        self.frames.push(frame.to_vec());
        let mut decoder = DecoderV1::new(Cursor::new(frame));
        match Message::decode(&mut decoder).unwrap() {
            Message::Sync(SyncMessage::SyncStep1(sv)) => {
                let diff = self.doc.transact().encode_diff_v1(&sv);
                let step2 = Message::Sync(SyncMessage::SyncStep2(diff)).encode_v1();
                self.frames.push(step2.clone());
                (vec![step2], vec![])
            }
            Message::Sync(SyncMessage::SyncStep2(u) | SyncMessage::Update(u)) => {
                let before = self.doc.transact().state_vector();
                self.doc
                    .transact_mut()
                    .apply_update(Update::decode_v1(&u).unwrap())
                    .unwrap();
                let diff = self.doc.transact().encode_diff_v1(&before);
                let update = Message::Sync(SyncMessage::Update(diff)).encode_v1();
                self.frames.push(update.clone());
                (vec![], vec![update])
            }
            Message::Awareness(_) => (vec![], vec![frame.to_vec()]),
            _ => (vec![], vec![]),
        }
    }

    /// The relay's own greeting on a new connection: its state vector.
    pub fn greeting(&self) -> Vec<u8> {
        Message::Sync(SyncMessage::SyncStep1(self.doc.transact().state_vector())).encode_v1()
    }
}

impl Default for Relay {
    fn default() -> Self {
        Self::new()
    }
}
