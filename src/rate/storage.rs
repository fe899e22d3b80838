//! The answer in progress in localStorage, one entry per round (`rater::Draft`); a denied
//! storage keeps the page working for this visit.

use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::rounds::Round;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether this browser lets the page store its draft.
pub fn available() -> bool {
    storage().is_some_and(|s| s.set_item("kontaktpunkt-rate-probe", "1").is_ok())
}

/// The stored draft of `round`; a damaged or foreign one is ignored (the rater starts again).
pub fn load(round: &Round) -> Option<Draft> {
    let text = storage()?.get_item(&Draft::storage_key(round)).ok()??;
    Draft::from_storage(&text, round).ok()
}

pub fn save(round: &Round, draft: &Draft) {
    if let (Some(s), Some(text)) = (storage(), draft.to_storage()) {
        // A full or denied storage: the draft lives on in the page until it is closed.
        let _ = s.set_item(&Draft::storage_key(round), &text);
    }
}

/// 64 random bits for a new rater: the page's id for this rater in this round.
pub fn random_rater() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}
