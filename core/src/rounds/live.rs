//! The messages between a page and the sync worker for a round that collects through a relay
//! (`docs/collaboration.md`, "Live rounds"): plain text, apart from the model's own wire
//! format (`crate::edits::wire`), so neither the app's first load nor the rater's page carries
//! more than these few lines. A page tells the worker to send an answer or to listen (in the
//! fragment of the worker's address, so its parts are separated by spaces, which no address
//! or link holds); the worker tells the rounds view what arrived ([`FromRoomWorker`]) and the
//! rater's page only whether the relay took the answer: `true` or `false`, no text to read on
//! a page that counts its bytes. Everything a page takes from it is checked again: answers go
//! through `finder::find_answers` as pasted return links do.

/// What a page asks of the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToRoomWorker {
    /// The rater's page: put the return link `answer` into the room of `round` (a round link
    /// with its live part) at the relay `relay`.
    Send {
        relay: String,
        round: String,
        answer: String,
    },
    /// The consultant's view: join the room of `round` and pass on every answer in it.
    Listen { relay: String, round: String },
}

/// What the worker tells the rounds view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FromRoomWorker {
    /// Every return link in the room so far, one per line: text for `finder::find_answers`.
    Answers(String),
    /// The relay could not be reached (it is tried again now and then).
    Offline,
    /// The round link's live part or the answer could not be read, or the cipher failed.
    Failed,
}

const SEND: &str = "round-send";
const LISTEN: &str = "round-listen";
const ANSWERS: &str = "round-answers";
const OFFLINE: &str = "round-offline";
const FAILED: &str = "round-failed";

impl ToRoomWorker {
    /// Inlined: a page that sends one kind then carries only that kind's line.
    #[inline]
    pub fn text(&self) -> String {
        match self {
            ToRoomWorker::Send {
                relay,
                round,
                answer,
            } => format!("{SEND} {relay} {round} {answer}"),
            ToRoomWorker::Listen { relay, round } => format!("{LISTEN} {relay} {round}"),
        }
    }

    /// `None` for anything else (the worker's other messages are bytes, not text).
    pub fn read(text: &str) -> Option<ToRoomWorker> {
        let mut lines = text.split(' ');
        let (kind, relay, round) = (lines.next()?, lines.next()?, lines.next()?);
        let (relay, round) = (relay.to_string(), round.to_string());
        let message = match (kind, lines.next()) {
            (SEND, Some(answer)) => ToRoomWorker::Send {
                relay,
                round,
                answer: answer.to_string(),
            },
            (LISTEN, None) => return Some(ToRoomWorker::Listen { relay, round }),
            _ => return None,
        };
        lines.next().is_none().then_some(message)
    }
}

impl FromRoomWorker {
    pub fn text(&self) -> String {
        match self {
            FromRoomWorker::Answers(links) => format!("{ANSWERS}\n{links}"),
            FromRoomWorker::Offline => OFFLINE.into(),
            FromRoomWorker::Failed => FAILED.into(),
        }
    }

    /// `None` for anything else, such as the worker's first message (bytes, `Ready`).
    pub fn read(text: &str) -> Option<FromRoomWorker> {
        let (kind, rest) = text.split_once('\n').unwrap_or((text, ""));
        match kind {
            ANSWERS => Some(FromRoomWorker::Answers(rest.to_string())),
            OFFLINE => Some(FromRoomWorker::Offline),
            FAILED => Some(FromRoomWorker::Failed),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_back_and_anything_else_is_refused() {
        for message in [
            ToRoomWorker::Send {
                relay: "ws://127.0.0.1:1234".into(),
                round: "kr1.abc.ks1.r.k".into(),
                answer: "ka1.xyz".into(),
            },
            ToRoomWorker::Listen {
                relay: "wss://relay.example.com/rooms".into(),
                round: "kr1.abc.ks1.r.k".into(),
            },
        ] {
            assert_eq!(ToRoomWorker::read(&message.text()), Some(message));
        }
        for message in [
            FromRoomWorker::Answers("ka1.a\nka1.b".into()),
            FromRoomWorker::Offline,
            FromRoomWorker::Failed,
        ] {
            assert_eq!(FromRoomWorker::read(&message.text()), Some(message));
        }
        assert_eq!(ToRoomWorker::read("round-send ws://x kr1.a"), None);
        assert_eq!(
            ToRoomWorker::read("round-listen\nws://x\nkr1.a\nmore"),
            None
        );
        assert_eq!(
            ToRoomWorker::read("round-send\nws://x\nkr1.a\nka1.b\nc"),
            None
        );
        assert_eq!(ToRoomWorker::read("hello"), None);
        assert_eq!(FromRoomWorker::read("round-sent"), None);
    }
}
