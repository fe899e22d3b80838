//! The outer document a live session keeps with the relay, and the relay's frames.
//!
//! Sans I/O: the worker hands in each frame the relay sent and sends each frame this returns
//! in a WebSocket frame of its own (the relay reads one message per frame).

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use yrs::encoding::read::Cursor;
use yrs::sync::awareness::{AwarenessUpdate, AwarenessUpdateEntry};
use yrs::sync::{Message, SyncMessage};
use yrs::updates::decoder::{Decode, DecoderV1};
use yrs::updates::encoder::Encode;
use yrs::{Any, Array, ArrayRef, ClientID, Doc, Out, ReadTxn, StateVector, Transact, Update, ID};

use super::cipher::{Cipher, LiveError};
use super::sealed::{self, Kind};

/// The outer document's one shared array.
const ENTRIES: &str = "sealed";
/// A client compacts when the array holds more entries than this, plus a share of it that
/// differs from client to client ([`Envelope::should_compact`]).
pub const COMPACT_AFTER: u32 = 64;
/// Peers forget a person not heard from for this long (as Yjs clients and the relay do);
/// [`Envelope::presence`] is therefore sent again well within it.
pub const PEER_TIMEOUT_MS: f64 = 30_000.0;

/// What one frame from the relay brought.
#[derive(Debug, Default, PartialEq)]
pub struct Received {
    /// Frames to send back to the relay, each in a frame of its own.
    pub replies: Vec<Vec<u8>>,
    /// Opened updates and snapshots of the inner document (yrs v1), to apply in any order.
    pub updates: Vec<Vec<u8>>,
    /// People whose presence changed: their client id and their presence, `None` when gone.
    pub presence: Vec<(u64, Option<Vec<u8>>)>,
    /// Entries that could not be opened (another key, or damaged): skipped.
    pub unreadable: usize,
    /// The relay showed with this frame that it holds the last entry this client wrote (it
    /// sent that entry back, as it sends every change to every connection, or its state
    /// includes it).
    pub confirmed: bool,
}

struct Peer {
    clock: u32,
    heard_ms: f64,
}

pub struct Envelope<C> {
    cipher: C,
    outer: Doc,
    entries: ArrayRef,
    /// Fingerprints of the entries this client has opened or written. Every entry carries a
    /// random 96-bit IV, so two entries never share one.
    opened: HashSet<u64>,
    client: u64,
    presence_clock: u32,
    /// The last presence sent, to answer the relay's query for it.
    presence_json: Option<Arc<str>>,
    peers: HashMap<u64, Peer>,
    /// The last entry this client wrote, until the relay shows it holds it.
    unconfirmed: Option<ID>,
}

fn fingerprint(entry: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    entry.hash(&mut h);
    h.finish()
}

fn frame(message: Message) -> Vec<u8> {
    message.encode_v1()
}

impl<C: Cipher> Envelope<C> {
    /// `client` is this client's id in the outer document and in presence (below 2^53).
    pub fn new(cipher: C, client: u64) -> Self {
        let outer = Doc::with_client_id(client);
        let entries = outer.get_or_insert_array(ENTRIES);
        Envelope {
            cipher,
            outer,
            entries,
            opened: HashSet::new(),
            client,
            presence_clock: 0,
            presence_json: None,
            peers: HashMap::new(),
            unconfirmed: None,
        }
    }

    /// The first frame on a fresh connection: what this client has. The relay answers with
    /// what it lacks and sends its own, which [`Envelope::receive`] answers with the
    /// entries written here while offline.
    pub fn hello(&self) -> Vec<u8> {
        let sv = self.outer.transact().state_vector();
        frame(Message::Sync(SyncMessage::SyncStep1(sv)))
    }

    /// Seals an update of the inner document into the array; the frame carries it to the relay.
    pub async fn push(&mut self, inner_update: &[u8]) -> Result<Vec<u8>, LiveError> {
        let entry = sealed::seal(&self.cipher, Kind::Update, inner_update).await?;
        self.opened.insert(fingerprint(&entry));
        let before = self.outer.transact().state_vector();
        {
            let mut txn = self.outer.transact_mut();
            self.entries.push_back(&mut txn, Any::Buffer(entry.into()));
        }
        self.await_confirmation(&before);
        Ok(self.delta_since(&before))
    }

    /// Whether the array has grown enough for [`Envelope::compact`]: past [`COMPACT_AFTER`]
    /// and this client's own share of it, so that people editing at once do not all cross the
    /// line together and each write a snapshot (every snapshot stays until the next compaction).
    pub fn should_compact(&self) -> bool {
        let own_share = (self.client % u64::from(COMPACT_AFTER)) as u32;
        self.entries.len(&self.outer.transact()) > COMPACT_AFTER + own_share
    }

    /// Replaces every entry this client holds with one sealed snapshot of the inner document
    /// (`inner_state`, which has all of them applied); entries others add meanwhile stay.
    pub async fn compact(&mut self, inner_state: &[u8]) -> Result<Vec<u8>, LiveError> {
        let entry = sealed::seal(&self.cipher, Kind::Snapshot, inner_state).await?;
        self.opened.clear();
        self.opened.insert(fingerprint(&entry));
        let before = self.outer.transact().state_vector();
        {
            let mut txn = self.outer.transact_mut();
            let held = self.entries.len(&txn);
            self.entries.remove_range(&mut txn, 0, held);
            self.entries.insert(&mut txn, 0, Any::Buffer(entry.into()));
        }
        self.await_confirmation(&before);
        Ok(self.delta_since(&before))
    }

    /// Entries in the array now (one after a compaction with nobody writing).
    pub fn entry_count(&self) -> u32 {
        self.entries.len(&self.outer.transact())
    }

    /// Bytes of the outer document as the relay holds it (what a late joiner downloads).
    pub fn stored_size(&self) -> usize {
        self.outer
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
            .len()
    }

    /// The entry just written (the first of this client's clock after `before`) is the one
    /// the relay must show it holds.
    fn await_confirmation(&mut self, before: &StateVector) {
        let client = ClientID::new(self.client);
        self.unconfirmed = Some(ID::new(client, before.get(&client)));
    }

    /// Whether the relay has shown that it holds every entry this client wrote.
    pub fn relay_holds_own(&self) -> bool {
        self.unconfirmed.is_none()
    }

    /// Clears the entry awaited when `holds` says the relay has it; whether it did now.
    fn confirm_if(&mut self, holds: impl FnOnce(ID) -> bool) -> bool {
        let done = self.unconfirmed.is_some_and(holds);
        if done {
            self.unconfirmed = None;
        }
        done
    }

    fn delta_since(&self, before: &StateVector) -> Vec<u8> {
        let update = self.outer.transact().encode_diff_v1(before);
        frame(Message::Sync(SyncMessage::Update(update)))
    }

    /// One frame from the relay, at `now_ms` (for presence timeouts).
    pub async fn receive(&mut self, data: &[u8], now_ms: f64) -> Result<Received, LiveError> {
        let mut decoder = DecoderV1::new(Cursor::new(data));
        let message = Message::decode(&mut decoder).map_err(|_| LiveError::BadFrame)?;
        let mut received = Received::default();
        match message {
            Message::Sync(SyncMessage::SyncStep1(sv)) => {
                received.confirmed = self.confirm_if(|id| sv.get(&id.client) > id.clock);
                let diff = self.outer.transact().encode_diff_v1(&sv);
                received
                    .replies
                    .push(frame(Message::Sync(SyncMessage::SyncStep2(diff))));
            }
            Message::Sync(SyncMessage::SyncStep2(update) | SyncMessage::Update(update)) => {
                let update = Update::decode_v1(&update).map_err(|_| LiveError::BadFrame)?;
                received.confirmed = self.confirm_if(|id| update.insertions(true).contains(&id));
                self.outer
                    .transact_mut()
                    .apply_update(update)
                    .map_err(|_| LiveError::BadFrame)?;
                self.open_new_entries(&mut received).await;
            }
            Message::Awareness(update) => self.hear_presence(update, now_ms, &mut received).await,
            Message::AwarenessQuery => received.replies.extend(self.presence_frame()),
            Message::Auth(_) | Message::Custom(..) => {}
        }
        Ok(received)
    }

    async fn open_new_entries(&mut self, received: &mut Received) {
        let fresh: Vec<Arc<[u8]>> = {
            let txn = self.outer.transact();
            self.entries
                .iter(&txn)
                .filter_map(|value| match value {
                    Out::Any(Any::Buffer(entry)) => Some(entry),
                    _ => None,
                })
                .filter(|entry| !self.opened.contains(&fingerprint(entry)))
                .collect()
        };
        for entry in fresh {
            self.opened.insert(fingerprint(&entry));
            match sealed::open(&self.cipher, &entry).await {
                Ok((Kind::Update | Kind::Snapshot, update)) => received.updates.push(update),
                Ok((Kind::Presence, _)) | Err(_) => received.unreadable += 1,
            }
        }
    }

    /// This person's presence (the app's bytes), sealed, as an awareness frame. Call it on
    /// every change and periodically (well within [`PEER_TIMEOUT_MS`]): each call is a new
    /// clock, which is what keeps peers from forgetting this client.
    pub async fn presence(&mut self, state: &[u8]) -> Result<Vec<u8>, LiveError> {
        let entry = sealed::seal(&self.cipher, Kind::Presence, state).await?;
        // The relay parses awareness states as JSON: the sealed bytes go in a JSON string.
        let json = format!("{{\"sealed\":\"{}\"}}", STANDARD.encode(entry));
        self.presence_json = Some(json.into());
        self.presence_clock += 1;
        Ok(self.presence_frame().unwrap_or_default())
    }

    fn presence_frame(&self) -> Option<Vec<u8>> {
        let json = self.presence_json.clone()?;
        Some(self.awareness_frame(json))
    }

    /// The frame that tells peers this person has left (sent before closing the socket).
    pub fn leave(&mut self) -> Vec<u8> {
        self.presence_json = None;
        self.presence_clock += 1;
        self.awareness_frame("null".into())
    }

    fn awareness_frame(&self, json: Arc<str>) -> Vec<u8> {
        let entry = AwarenessUpdateEntry {
            clock: self.presence_clock,
            json,
        };
        let clients = HashMap::from([(ClientID::new(self.client), entry)]);
        frame(Message::Awareness(AwarenessUpdate { clients }))
    }

    async fn hear_presence(
        &mut self,
        update: AwarenessUpdate,
        now_ms: f64,
        received: &mut Received,
    ) {
        for (client, entry) in update.clients {
            let client = client.get();
            if client == self.client {
                continue;
            }
            let gone = &*entry.json == "null";
            match self.peers.get(&client) {
                // An old clock, except a removal the relay sends with the same clock.
                Some(peer) if peer.clock > entry.clock || (peer.clock == entry.clock && !gone) => {
                    continue
                }
                _ => {}
            }
            if gone {
                if self.peers.remove(&client).is_some() {
                    received.presence.push((client, None));
                }
                continue;
            }
            match self.open_presence(&entry.json).await {
                Ok(state) => {
                    self.peers.insert(
                        client,
                        Peer {
                            clock: entry.clock,
                            heard_ms: now_ms,
                        },
                    );
                    received.presence.push((client, Some(state)));
                }
                Err(_) => received.unreadable += 1,
            }
        }
    }

    async fn open_presence(&self, json: &str) -> Result<Vec<u8>, LiveError> {
        #[derive(serde::Deserialize)]
        struct Sealed {
            sealed: String,
        }
        let sealed: Sealed = serde_json::from_str(json).map_err(|_| LiveError::Unreadable)?;
        let entry = STANDARD
            .decode(sealed.sealed)
            .map_err(|_| LiveError::Unreadable)?;
        match sealed::open(&self.cipher, &entry).await? {
            (Kind::Presence, state) => Ok(state),
            _ => Err(LiveError::Unreadable),
        }
    }

    /// People not heard from for [`PEER_TIMEOUT_MS`] at `now_ms`, forgotten now.
    pub fn expire_peers(&mut self, now_ms: f64) -> Vec<u64> {
        let silent: Vec<u64> = self
            .peers
            .iter()
            .filter(|(_, peer)| now_ms - peer.heard_ms > PEER_TIMEOUT_MS)
            .map(|(&client, _)| client)
            .collect();
        for client in &silent {
            self.peers.remove(client);
        }
        silent
    }

    /// How many other people are here.
    pub fn peer_count(&self) -> usize {
        self.peers.len()
    }
}
