//! The app's side of the numbering with its sync worker ([`wire`](super::wire)): which of the
//! worker's models the app may take.
//!
//! The app sends its model after a change in an effect that runs after the render, and the
//! browser may run a message from the worker before that effect (Yew yields to the browser
//! between the render and its effects). So a worker's model that acknowledges every model
//! *sent* may still lack a change the tab made but has not sent: taking it would drop that
//! change. It is taken only when the tab's model is still the one the worker knows (the last
//! sent, or the last taken); otherwise the change goes out first and the worker answers it
//! with a newer model.

use std::rc::Rc;

use super::wire::ToWorker;
use crate::Model;

/// What the worker knows of this tab's model, by number and by identity.
pub struct Turns {
    /// The number of this tab's last model sent.
    seq: u64,
    /// The worker's last model taken (0: none), the version the next change is made on.
    took: u64,
    /// The model the worker knows this tab has: the last sent or the last taken.
    held: Rc<Model>,
}

impl Turns {
    /// The worker was opened with `opened`.
    pub fn new(opened: Rc<Model>) -> Self {
        Self {
            seq: 0,
            took: 0,
            held: opened,
        }
    }

    /// This tab's model after a change, numbered, for the worker.
    pub fn changed(&mut self, model: &Rc<Model>) -> ToWorker {
        self.seq += 1;
        self.held = Rc::clone(model);
        ToWorker::Model {
            seq: self.seq,
            took: self.took,
            model: serde_json::to_string(&**model).unwrap_or_default(),
        }
    }

    /// Whether the worker's model acknowledging `ack` may replace `current`, the tab's model
    /// now: only when the worker has every change of this tab, sent or not.
    pub fn may_take(&self, ack: u64, current: &Rc<Model>) -> bool {
        ack == self.seq && Rc::ptr_eq(current, &self.held)
    }

    /// The worker's model numbered `offer` was taken; `current` is the tab's model after it.
    pub fn took(&mut self, offer: u64, current: Rc<Model>) {
        self.took = offer;
        self.held = current;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn a_worker_model_is_refused_while_a_change_waits_to_be_sent() {
        let opened = Rc::new(Model::new(Lang::En));
        let mut turns = Turns::new(Rc::clone(&opened));
        assert!(turns.may_take(0, &opened));
        // The tab changed its model; the effect that sends it has not run yet.
        let mut changed = (*opened).clone();
        changed.meta.title = "mine".into();
        let changed = Rc::new(changed);
        assert!(!turns.may_take(0, &changed));
        // Sent: a worker model made before it is refused, one made after it is taken.
        let sent = turns.changed(&changed);
        assert!(matches!(
            sent,
            ToWorker::Model {
                seq: 1,
                took: 0,
                ..
            }
        ));
        assert!(!turns.may_take(0, &changed));
        assert!(turns.may_take(1, &changed));
        let taken = Rc::new(Model::new(Lang::En));
        turns.took(3, Rc::clone(&taken));
        assert!(turns.may_take(1, &taken));
        assert!(matches!(
            turns.changed(&taken),
            ToWorker::Model {
                seq: 2,
                took: 3,
                ..
            }
        ));
    }
}
