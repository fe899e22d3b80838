//! The frames the workers of tabs exchange over their model's `BroadcastChannel`: the version
//! byte of `kontaktpunkt_core::edits::wire`, a tag, then the payload.
//!
//! - `Hello(sv)`: "I am here with this state": every peer answers with what the sender
//!   lacks and with its own state vector (`Step1`), so both catch up.
//! - `Step1(sv)`: answered with what the sender lacks, nothing more (so it ends).
//! - `Update(bytes)`: an update to merge (an answer or a live edit).

use kontaktpunkt_core::edits::wire::VERSION;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame {
    Hello(Vec<u8>),
    Step1(Vec<u8>),
    Update(Vec<u8>),
}

impl Frame {
    pub fn encode(&self) -> Vec<u8> {
        let (tag, payload) = match self {
            Frame::Hello(p) => (0, p),
            Frame::Step1(p) => (1, p),
            Frame::Update(p) => (2, p),
        };
        let mut out = Vec::with_capacity(payload.len() + 2);
        out.extend([VERSION, tag]);
        out.extend_from_slice(payload);
        out
    }

    /// `None` for a frame of another version or an unknown tag (a tab of another build).
    pub fn decode(bytes: &[u8]) -> Option<Frame> {
        match bytes {
            [VERSION, 0, rest @ ..] => Some(Frame::Hello(rest.to_vec())),
            [VERSION, 1, rest @ ..] => Some(Frame::Step1(rest.to_vec())),
            [VERSION, 2, rest @ ..] => Some(Frame::Update(rest.to_vec())),
            _ => None,
        }
    }
}
