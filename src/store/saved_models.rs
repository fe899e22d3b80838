//! Storage orchestration: what switching, keeping a copy, deleting and saving do to
//! localStorage (through `storage`) and which messages they send to the reducer.

use kontaktpunkt_core::{Lang, Model};

use super::state::{AppError, Msg, Saving};
use crate::storage;

/// Where orchestration sends its messages: the store's handle or dispatcher.
pub type Send<'a> = &'a dyn Fn(Msg);

/// Sends the current list of saved models.
pub fn refresh_list(send: Send) {
    send(Msg::Listed(storage::load_index().models));
}

/// Sends the damaged entries kept aside (a scan of every stored key: not on every save).
pub fn refresh_damaged(send: Send) {
    send(Msg::Damaged(storage::corrupt_entries().into()));
}

pub fn switch_to(send: Send, id: &str, lang: Lang) {
    match storage::load(id) {
        Ok(found) => {
            storage::set_current(id);
            send(Msg::Switch {
                id: id.to_string(),
                model: found.unwrap_or_else(|| Model::new(lang)),
            });
        }
        // The damaged entry has been set aside (or left in place): the list changed.
        Err(damage) => {
            send(Msg::Fail(AppError::Damaged(damage)));
            refresh_damaged(send);
        }
    }
    refresh_list(send);
}

/// Stores `model` as a new saved model and makes it current, written over the blank
/// current model `reuse` if there is one.
pub fn start_new(send: Send, model: Model, reuse: Option<&str>) {
    match storage::create(&model, reuse) {
        Some(id) => {
            send(Msg::Switch { id, model });
            refresh_list(send);
        }
        None => send(Msg::Saved(Saving::Failed)),
    }
}

pub fn delete(send: Send, id: &str) {
    send(Msg::Listed(storage::delete(id).models));
}

/// Writes one model now (autosave), then reports whether it worked and the new list.
pub fn save(send: Send, id: &str, model: &Model) -> bool {
    let ok = storage::save(id, model);
    send(Msg::Saved(if ok { Saving::Saved } else { Saving::Failed }));
    refresh_list(send);
    ok
}
