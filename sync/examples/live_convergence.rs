//! `make bench`: 10 people × 300 touchpoints × 1,000 random field edits through the real relay
//! (its address is the first argument; e2e/live-bench.mjs starts it), the relay restarted
//! once in the middle while people go on editing. Prints how many end with the same model and
//! how long the last edits took to reach everyone. The sealing is the native test cipher
//! (AES-GCM runs in the browser only); everything else is the live session's code.
//!
//! Asks for the restart on stdout (`restart`) and waits for `go` on stdin.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

// Native only: it opens sockets to the relay.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::{BufRead, ErrorKind, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};

    use kontaktpunkt_sync::live::test_cipher::TestCipher;
    use kontaktpunkt_sync::live::Envelope;
    use tungstenite::stream::MaybeTlsStream;
    use tungstenite::{Message, WebSocket};
    use yrs::updates::decoder::Decode;
    use yrs::{Any, Doc, Map, Out, ReadTxn, StateVector, Transact, Update};

    const PEOPLE: usize = 10;
    const TOUCHPOINTS: u64 = 300;
    const EDITS: usize = 1_000;
    const FIELDS: [&str; 4] = ["name", "ist", "soll", "note"];

    type Socket = WebSocket<MaybeTlsStream<TcpStream>>;

    struct Person {
        doc: Doc,
        envelope: Envelope<TestCipher>,
        socket: Option<Socket>,
        /// Frames made while the relay was away; the next connection's sync carries them anyway,
        /// so they are only counted.
        unsent: usize,
    }

    /// A small deterministic generator (xorshift), so runs compare.
    struct Random(u64);
    impl Random {
        fn next(&mut self, below: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % below
        }
    }

    fn connect(url: &str) -> Option<Socket> {
        let (socket, _) = tungstenite::connect(url).ok()?;
        if let MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream
                .set_read_timeout(Some(Duration::from_millis(2)))
                .ok()?;
            stream.set_nodelay(true).ok()?;
        }
        Some(socket)
    }

    impl Person {
        fn send(&mut self, frame: Vec<u8>) {
            let sent = self
                .socket
                .as_mut()
                .is_some_and(|s| s.send(Message::Binary(frame.into())).is_ok());
            if !sent {
                self.socket = None;
                self.unsent += 1;
            }
        }

        fn join(&mut self, url: &str) {
            self.socket = connect(url);
            let hello = self.envelope.hello();
            self.send(hello);
        }

        /// Reads whatever the relay has sent; true if anything came.
        fn drain(&mut self) -> bool {
            let mut got = false;
            loop {
                let Some(socket) = self.socket.as_mut() else {
                    return got;
                };
                match socket.read() {
                    Ok(Message::Binary(data)) => {
                        got = true;
                        let received = run(self.envelope.receive(&data, 0.0)).unwrap();
                        for reply in received.replies {
                            self.send(reply);
                        }
                        let mut txn = self.doc.transact_mut();
                        for update in received.updates {
                            txn.apply_update(Update::decode_v1(&update).unwrap())
                                .unwrap();
                        }
                    }
                    Ok(_) => {}
                    Err(tungstenite::Error::Io(e))
                        if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
                    {
                        return got
                    }
                    Err(_) => {
                        self.socket = None;
                        return got;
                    }
                }
            }
        }

        fn set(&mut self, key: String, value: String) {
            let map = self.doc.get_or_insert_map("touchpoints");
            let before = self.doc.transact().state_vector();
            map.insert(&mut self.doc.transact_mut(), key, value);
            let update = self.doc.transact().encode_diff_v1(&before);
            let frame = run(self.envelope.push(&update)).unwrap();
            self.send(frame);
            if self.envelope.should_compact() {
                let state = self
                    .doc
                    .transact()
                    .encode_state_as_update_v1(&StateVector::default());
                let frame = run(self.envelope.compact(&state)).unwrap();
                self.send(frame);
            }
        }

        fn model(&self) -> Vec<(String, String)> {
            let map = self.doc.get_or_insert_map("touchpoints");
            let txn = self.doc.transact();
            let mut fields: Vec<(String, String)> = map
                .iter(&txn)
                .map(|(k, v)| {
                    let value = match v {
                        Out::Any(Any::String(s)) => s.to_string(),
                        other => format!("{other:?}"),
                    };
                    (k.to_string(), value)
                })
                .collect();
            fields.sort();
            fields
        }
    }

    /// The test cipher never waits: poll once.
    fn run<F: std::future::Future>(future: F) -> F::Output {
        use std::sync::Arc;
        use std::task::{Context, Poll, Wake, Waker};
        struct Idle;
        impl Wake for Idle {
            fn wake(self: Arc<Self>) {}
        }
        let waker = Waker::from(Arc::new(Idle));
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut Context::from_waker(&waker)) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the test cipher never waits"),
        }
    }

    pub fn main() {
        let relay = std::env::args().nth(1).expect("the relay's address");
        let url = format!("{relay}/bench-{}", std::process::id());
        let mut people: Vec<Person> = (0..PEOPLE)
            .map(|i| Person {
                doc: Doc::with_client_id(100 + i as u64),
                envelope: Envelope::new(TestCipher::new(77), 100 + i as u64),
                socket: None,
                unsent: 0,
            })
            .collect();
        for person in &mut people {
            person.join(&url);
        }
        for tp in 0..TOUCHPOINTS {
            for field in FIELDS {
                people[0].set(format!("{tp}/{field}"), format!("touchpoint {tp} {field}"));
            }
        }
        let mut random = Random(0x5eed);
        let started = Instant::now();
        for edit in 0..EDITS {
            if edit == EDITS / 2 {
                println!("restart");
                std::io::stdout().flush().unwrap();
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line).unwrap();
            }
            let who = random.next(PEOPLE as u64) as usize;
            let key = format!(
                "{}/{}",
                random.next(TOUCHPOINTS),
                FIELDS[random.next(4) as usize]
            );
            people[who].set(key, format!("edit {edit} by {who}"));
            if edit % 10 == 0 {
                for person in &mut people {
                    if person.socket.is_none() && edit > EDITS / 2 + 50 {
                        person.join(&url);
                    }
                    person.drain();
                }
            }
        }
        let last_edit = Instant::now();
        let deadline = last_edit + Duration::from_secs(60);
        let mut converged = None;
        while Instant::now() < deadline {
            for person in &mut people {
                if person.socket.is_none() {
                    person.join(&url);
                }
                person.drain();
            }
            let first = people[0].model();
            if people.iter().all(|p| p.model() == first) {
                converged = Some(last_edit.elapsed());
                break;
            }
        }
        let first = people[0].model();
        let equal = people.iter().filter(|p| p.model() == first).count();
        let unsent: usize = people.iter().map(|p| p.unsent).sum();
        println!("live: {PEOPLE} people × {TOUCHPOINTS} touchpoints × {EDITS} edits, relay restarted once: equal at the end\t{equal} of {PEOPLE}\tpeople");
        match converged {
            Some(t) => println!(
                "live: same run, last edit to everyone equal\t{}\tms",
                t.as_millis()
            ),
            None => println!("live: same run, last edit to everyone equal\tnot within 60 s\t"),
        }
        println!(
            "live: same run, frames made while the relay was away (synced later)\t{unsent}\tframes"
        );
        println!(
            "live: same run, all {EDITS} edits and the restart\t{}\tms",
            last_edit.duration_since(started).as_millis()
        );
        println!(
            "live: the relay's copy after compaction\t{}\tbytes",
            people[0].envelope.stored_size()
        );
        println!(
            "live: same run, sealed entries the relay holds at the end\t{}\tentries",
            people[0].envelope.entry_count()
        );
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
