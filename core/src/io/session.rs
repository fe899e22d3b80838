//! The session link of a live session, `#ks1.<room>.<key>`: the relay's room (16 random
//! bytes) and the session's AES-GCM key (32 random bytes), each in base64url without padding.
//! Both travel in the fragment only, which browsers never send to a server, so the relay
//! learns the room from the client's connection but never the key. `docs/collaboration.md`
//! describes the format.
//!
//! Read through [`share::split_link`] like every other link of the app, with its errors.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::io::share::{self, codec_version, ShareError};

/// Names the codec; the version follows: `ks1`.
pub const SESSION_CODEC: &str = "ks";
/// The session link format this build writes.
pub const SESSION_VERSION: u32 = 1;
/// Bytes of a room id.
pub const ROOM_BYTES: usize = 16;
/// Bytes of a session key (AES-256).
pub const KEY_BYTES: usize = 32;
/// Longest input looked at, before anything else: the fragment (`ks1.` + 22 + `.` + 43
/// characters) and room for a long address around it.
pub const MAX_SESSION_INPUT: usize = 4096;

/// A live session: where the relay keeps it and the key that seals it.
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    pub room: [u8; ROOM_BYTES],
    pub key: [u8; KEY_BYTES],
}

impl std::fmt::Debug for Session {
    // The key never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("room", &self.room_name())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The room's name on the relay (the path after the relay's address).
    pub fn room_name(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.room)
    }

    /// The link's fragment, without the `#`.
    pub fn encode(&self) -> String {
        format!(
            "{SESSION_CODEC}{SESSION_VERSION}.{}.{}",
            self.room_name(),
            URL_SAFE_NO_PAD.encode(self.key)
        )
    }

    /// Reads a session link (or its fragment).
    pub fn decode(text: &str) -> Result<Session, ShareError> {
        if text.len() > MAX_SESSION_INPUT {
            return Err(ShareError::TooLong {
                max: MAX_SESSION_INPUT,
            });
        }
        let (prefix, payload) = share::split_link(text)?;
        let version = codec_version(prefix, SESSION_CODEC)
            .ok_or_else(|| ShareError::UnknownFormat(prefix.to_string()))?;
        if version > SESSION_VERSION {
            return Err(ShareError::NewerVersion(version));
        }
        let (room, key) = payload.split_once('.').ok_or(ShareError::BadCompression)?;
        Ok(Session {
            room: bytes(room)?,
            key: bytes(key)?,
        })
    }

    /// Whether `text` is a session link at all (its prefix is `ks<n>`), whatever its state.
    pub fn is_session_link(text: &str) -> bool {
        share::split_link(text)
            .is_ok_and(|(prefix, _)| codec_version(prefix, SESSION_CODEC).is_some())
    }
}

/// Exactly `N` bytes in base64url; a cut or padded part is an incomplete link.
fn bytes<const N: usize>(part: &str) -> Result<[u8; N], ShareError> {
    let decoded = URL_SAFE_NO_PAD.decode(part).map_err(|e| match e {
        base64::DecodeError::InvalidByte(..) => ShareError::BadBase64,
        _ => ShareError::BadCompression,
    })?;
    decoded.try_into().map_err(|_| ShareError::BadCompression)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session {
            room: [7; ROOM_BYTES],
            key: core::array::from_fn(|i| i as u8),
        }
    }

    #[test]
    fn a_session_link_round_trips_from_a_whole_address() {
        let link = format!("https://example.org/app/#{}", session().encode());
        assert_eq!(Session::decode(&link), Ok(session()));
        assert!(Session::is_session_link(&link));
        assert_eq!(session().encode().len(), 4 + 22 + 1 + 43);
    }

    #[test]
    fn a_cut_or_foreign_link_is_refused_with_its_reason() {
        let whole = session().encode();
        assert_eq!(
            Session::decode(&whole[..whole.len() - 5]),
            Err(ShareError::BadCompression)
        );
        assert_eq!(Session::decode("ks1.AAAA"), Err(ShareError::BadCompression));
        assert_eq!(
            Session::decode(&whole.replace("ks1", "ks2")),
            Err(ShareError::NewerVersion(2))
        );
        assert_eq!(
            Session::decode(&whole.replace("ks1.", "ks1.*")),
            Err(ShareError::BadBase64)
        );
        assert!(matches!(
            Session::decode("kp1.abc"),
            Err(ShareError::UnknownFormat(_))
        ));
        assert!(!Session::is_session_link("kp1.abc"));
        assert_eq!(
            Session::decode(&"x".repeat(MAX_SESSION_INPUT + 1)),
            Err(ShareError::TooLong {
                max: MAX_SESSION_INPUT
            })
        );
    }

    #[test]
    fn the_key_never_shows_in_debug_output() {
        let shown = format!("{:?}", session());
        assert!(!shown.contains(&URL_SAFE_NO_PAD.encode(session().key)));
    }
}
