//! A stand-in for AES-GCM in native tests and benches: NOT secret (a keyed hash stream), but
//! keyed, with a fresh "IV" per message and a tag, so that a wrong key, a changed byte and the
//! envelope's handling of them behave as with AES-GCM. The browser uses
//! [`super::webcrypto`].

use std::cell::Cell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::cipher::{Cipher, LiveError};

/// Not secret, but keyed, with a fresh "IV" per message and a tag, so that a wrong key,
/// a changed byte and a repeated IV are all caught as they would be with AES-GCM.
pub struct TestCipher {
    key: u64,
    counter: Cell<u64>,
}

impl TestCipher {
    pub fn new(key: u64) -> Self {
        TestCipher {
            key,
            counter: Cell::new(key.wrapping_mul(0x9e37_79b9)),
        }
    }

    fn stream(&self, iv: &[u8], len: usize) -> Vec<u8> {
        (0..len)
            .map(|i| {
                let mut h = DefaultHasher::new();
                (self.key, iv, i / 8).hash(&mut h);
                h.finish().to_le_bytes()[i % 8]
            })
            .collect()
    }

    fn tag(&self, iv: &[u8], plain: &[u8]) -> [u8; 8] {
        let mut h = DefaultHasher::new();
        (self.key, iv, plain).hash(&mut h);
        h.finish().to_le_bytes()
    }
}

impl Cipher for TestCipher {
    async fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, LiveError> {
        self.counter.set(self.counter.get() + 1);
        let iv = self.counter.get().to_le_bytes();
        let mut out = iv.to_vec();
        out.extend(
            plain
                .iter()
                .zip(self.stream(&iv, plain.len()))
                .map(|(p, s)| p ^ s),
        );
        out.extend(self.tag(&iv, plain));
        Ok(out)
    }

    async fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, LiveError> {
        if sealed.len() < 16 {
            return Err(LiveError::Unreadable);
        }
        let (iv, rest) = sealed.split_at(8);
        let (body, tag) = rest.split_at(rest.len() - 8);
        let plain: Vec<u8> = body
            .iter()
            .zip(self.stream(iv, body.len()))
            .map(|(c, s)| c ^ s)
            .collect();
        if self.tag(iv, &plain) != tag {
            return Err(LiveError::Unreadable);
        }
        Ok(plain)
    }
}
