//! A live session over an unmodified relay (`@y/websocket-server`), end-to-end encrypted.
//!
//! The relay syncs an ordinary *outer* Yjs document with one shared array, `sealed`. Each entry
//! is ciphertext ([`sealed`]): an update of the model's own (*inner*) document, or a snapshot
//! of it that a client writes to compact the array (it replaces the entries it has opened).
//! Presence travels in the relay's awareness messages, sealed as well ([`Envelope::presence`]).
//! The relay therefore stores and forwards only ciphertext; it sees the room, sizes, timing and
//! the number of peers (docs/collaboration.md).
//!
//! The cipher sits behind [`Cipher`]: AES-GCM through WebCrypto in the browser
//! ([`webcrypto`]), a test cipher in native tests.

mod cipher;
#[cfg(target_arch = "wasm32")]
pub mod connection;
mod envelope;
#[cfg(not(target_arch = "wasm32"))]
pub mod loopback;
pub mod sealed;
#[cfg(not(target_arch = "wasm32"))]
pub mod test_cipher;
#[cfg(target_arch = "wasm32")]
pub mod webcrypto;

pub use cipher::{Cipher, LiveError};
pub use envelope::{Envelope, Received, COMPACT_AFTER, PEER_TIMEOUT_MS};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
