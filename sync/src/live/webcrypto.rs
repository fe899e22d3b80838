//! AES-GCM with a 256-bit key through the browser's WebCrypto (`crypto.subtle`), in a page or
//! a worker: each message under a fresh random 96-bit IV from `crypto.getRandomValues`,
//! written before the ciphertext (which ends in GCM's 128-bit tag).

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, Crypto, CryptoKey, SubtleCrypto};

use super::cipher::{Cipher, LiveError};

const IV_BYTES: usize = 12;
const ALGORITHM: &str = "AES-GCM";

pub struct WebCryptoCipher {
    crypto: Crypto,
    key: CryptoKey,
}

fn crypto_error(e: JsValue) -> LiveError {
    LiveError::Crypto(
        e.as_string()
            .or_else(|| Reflect::get(&e, &"message".into()).ok()?.as_string())
            .unwrap_or_else(|| "WebCrypto".into()),
    )
}

/// `crypto` of the page or worker this runs in.
fn global_crypto() -> Result<Crypto, LiveError> {
    Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<Crypto>().ok())
        .ok_or_else(|| LiveError::Crypto("no crypto in this browser".into()))
}

/// `n` random bytes from the browser's cryptographic generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], LiveError> {
    let mut bytes = [0u8; N];
    global_crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(crypto_error)?;
    Ok(bytes)
}

impl WebCryptoCipher {
    /// The session's raw 256-bit key, imported so that it cannot be read back out.
    pub async fn import(raw: &[u8; 32]) -> Result<Self, LiveError> {
        let crypto = global_crypto()?;
        let subtle = crypto.subtle();
        let algorithm = Object::new();
        Reflect::set(&algorithm, &"name".into(), &ALGORITHM.into()).map_err(crypto_error)?;
        let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
        let promise = subtle
            .import_key_with_object(
                "raw",
                &Uint8Array::from(&raw[..]),
                &algorithm,
                false,
                &usages,
            )
            .map_err(crypto_error)?;
        let key = JsFuture::from(promise)
            .await
            .map_err(crypto_error)?
            .dyn_into::<CryptoKey>()
            .map_err(crypto_error)?;
        Ok(WebCryptoCipher { crypto, key })
    }

    fn subtle(&self) -> SubtleCrypto {
        self.crypto.subtle()
    }
}

impl Cipher for WebCryptoCipher {
    async fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, LiveError> {
        let iv = random_bytes::<IV_BYTES>()?;
        let params = AesGcmParams::new_with_u8_array(ALGORITHM, &Uint8Array::from(&iv[..]));
        let promise = self
            .subtle()
            .encrypt_with_object_and_u8_array(&params, &self.key, plain)
            .map_err(crypto_error)?;
        let sealed = JsFuture::from(promise).await.map_err(crypto_error)?;
        let mut out = iv.to_vec();
        out.extend(Uint8Array::new(&sealed).to_vec());
        Ok(out)
    }

    async fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, LiveError> {
        if sealed.len() < IV_BYTES + 16 {
            return Err(LiveError::Unreadable);
        }
        let (iv, body) = sealed.split_at(IV_BYTES);
        let params = AesGcmParams::new_with_u8_array(ALGORITHM, &Uint8Array::from(iv));
        let promise = self
            .subtle()
            .decrypt_with_object_and_u8_array(&params, &self.key, body)
            .map_err(crypto_error)?;
        // GCM's tag check failing (another key, a changed byte) rejects the promise.
        let plain = JsFuture::from(promise)
            .await
            .map_err(|_| LiveError::Unreadable)?;
        Ok(Uint8Array::new(&plain).to_vec())
    }
}
