//! A rating round's room on the relay (`docs/collaboration.md`, "Live rounds"): its inner
//! document holds one map, `answers`, from a rater's id and the answer's sequence to that
//! return link (`ka1.…`). The rater's page puts its answer in; the consultant's view reads them all and
//! checks each as a pasted return link. The room travels sealed with the round's key through
//! the same envelope as a live session ([`crate::live`]).

use kontaktpunkt_core::rounds::link::decode_answer;
use kontaktpunkt_core::rounds::RoundError;
use yrs::updates::decoder::Decode;
use yrs::{Doc, Map, MapRef, Out, ReadTxn, StateVector, Transact, Update};

/// The inner document's one map.
const ANSWERS: &str = "answers";

pub struct RoundRoom {
    doc: Doc,
    answers: MapRef,
}

impl Default for RoundRoom {
    fn default() -> Self {
        let doc = Doc::new();
        let answers = doc.get_or_insert_map(ANSWERS);
        RoundRoom { doc, answers }
    }
}

impl RoundRoom {
    /// Puts the return link `answer` under its rater's id and sequence; the update for the
    /// room. A rater who answers again writes from a fresh worker that may not know the room
    /// yet, so the earlier answer keeps its own key rather than racing the later one for it;
    /// the consultant's side keeps the later by its sequence (`rounds::finder`). A link that
    /// does not read is refused: nothing unreadable is put into the room.
    pub fn put(&self, answer: &str) -> Result<Vec<u8>, RoundError> {
        let read = decode_answer(answer)?;
        let key = format!("{:016x}-{}", read.rater.0, read.sequence);
        let before = self.doc.transact().state_vector();
        let mut txn = self.doc.transact_mut();
        self.answers.insert(&mut txn, key, answer);
        drop(txn);
        Ok(self.doc.transact().encode_diff_v1(&before))
    }

    /// Applies an update from the room (yrs v1); a damaged one is skipped.
    pub fn apply(&self, update: &[u8]) -> bool {
        let Ok(update) = Update::decode_v1(update) else {
            return false;
        };
        self.doc.transact_mut().apply_update(update).is_ok()
    }

    /// Every text in the map, one per line, sorted: for `finder::find_answers`, which reads
    /// and checks each as a pasted return link. Anything that is not a text is left out.
    pub fn answers(&self) -> String {
        let txn = self.doc.transact();
        let mut links: Vec<String> = self
            .answers
            .iter(&txn)
            .filter_map(|(_, value)| match value {
                Out::Any(yrs::Any::String(text)) => Some(text.to_string()),
                _ => None,
            })
            .collect();
        links.sort();
        links.join("\n")
    }

    /// The whole document as one update, for a compaction of the room.
    pub fn full_update(&self) -> Vec<u8> {
        self.doc
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }
}
