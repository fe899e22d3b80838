//! The live session's cipher, AES-GCM through WebCrypto, in headless Chromium, inside a
//! dedicated worker as the sync worker runs it.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt_sync::live::sealed::{self, Kind};
use kontaktpunkt_sync::live::webcrypto::{random_bytes, WebCryptoCipher};
use kontaktpunkt_sync::live::{Cipher, LiveError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen_test]
async fn a_sealed_entry_opens_with_its_key_only() {
    let key = random_bytes::<32>().unwrap();
    let cipher = WebCryptoCipher::import(&key).await.unwrap();
    let entry = sealed::seal(&cipher, Kind::Update, b"Kundenhotline")
        .await
        .unwrap();
    assert!(!entry.windows(5).any(|w| w == b"Kunde"));
    assert_eq!(
        sealed::open(&cipher, &entry).await,
        Ok((Kind::Update, b"Kundenhotline".to_vec()))
    );

    let other = WebCryptoCipher::import(&random_bytes::<32>().unwrap())
        .await
        .unwrap();
    assert_eq!(
        sealed::open(&other, &entry).await,
        Err(LiveError::Unreadable)
    );

    let mut changed = entry.clone();
    changed[5] ^= 1;
    assert_eq!(
        sealed::open(&cipher, &changed).await,
        Err(LiveError::Unreadable)
    );
}

#[wasm_bindgen_test]
async fn every_message_has_a_fresh_iv() {
    let cipher = WebCryptoCipher::import(&[9; 32]).await.unwrap();
    let a = cipher.seal(b"same").await.unwrap();
    let b = cipher.seal(b"same").await.unwrap();
    assert_ne!(a[..12], b[..12]);
    assert_eq!(a.len(), 12 + 4 + 16);
    assert_eq!(cipher.open(&b).await.unwrap(), b"same");
}
