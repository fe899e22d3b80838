//! Undo and redo over whole models. Models are shared through `Rc`, and inside a model the big
//! lists share their items (`domain::shared::List`), so an undo step keeps only what changed.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::domain::action::Action;
use crate::domain::error::ModelError;
use crate::domain::model::Model;

/// How many steps back undo reaches.
pub const UNDO_LIMIT: usize = 100;

#[derive(Clone, Debug)]
pub struct History {
    pub current: Rc<Model>,
    /// Oldest first; the front is dropped past `UNDO_LIMIT`.
    undo: VecDeque<Rc<Model>>,
    redo: Vec<Rc<Model>>,
}

/// Two histories are equal when they hold the same model versions (`Rc::ptr_eq`): every
/// version is immutable, so equal pointers mean equal models, and the comparison stays cheap
/// at any size. Equal models reached by different edits compare unequal, which costs a
/// render at most.
impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        fn same<'a>(
            a: impl ExactSizeIterator<Item = &'a Rc<Model>>,
            b: impl ExactSizeIterator<Item = &'a Rc<Model>>,
        ) -> bool {
            a.len() == b.len() && a.zip(b).all(|(x, y)| Rc::ptr_eq(x, y))
        }
        Rc::ptr_eq(&self.current, &other.current)
            && same(self.undo.iter(), other.undo.iter())
            && same(self.redo.iter(), other.redo.iter())
    }
}

impl History {
    pub fn new(model: Model) -> Self {
        Self {
            current: Rc::new(model),
            undo: VecDeque::new(),
            redo: Vec::new(),
        }
    }

    /// Applies an action; on error nothing changes.
    pub fn apply(&mut self, action: Action, now: f64) -> Result<(), ModelError> {
        let next = self.current.apply(action, now)?;
        self.push(next);
        Ok(())
    }

    /// Takes a version made elsewhere (another tab's save) unchanged, as one undoable step:
    /// undo brings this tab's own version back.
    pub fn adopt(&mut self, model: Model) {
        self.push(model);
    }

    /// Hands out ids from `replica`'s block (`domain::ids`) from the next action on. Not an
    /// undo step: nothing the user sees changes.
    pub fn claim_ids(&mut self, replica: u32) {
        let next = self.current.next_id_for(replica);
        if next != self.current.next_id {
            let mut model = (*self.current).clone();
            model.next_id = next;
            self.current = Rc::new(model);
        }
    }

    /// Others' version of the present model (through the sync worker, their edits merged
    /// with this tab's): it replaces the present one and is no undo step. While the tab is
    /// linked, undo and redo are the worker's ([`History::step_back`]). The id counter stays
    /// this tab's own. `false` (nothing changed) when it equals the present model.
    pub fn take(&mut self, mut model: Model) -> bool {
        model.next_id = self.current.next_id;
        if model == *self.current {
            return false;
        }
        self.current = Rc::new(model);
        true
    }

    /// Forgets the steps to undo and redo, keeping the present model; `false` when there were
    /// none. When a tab links with others (`src/sync.rs`), its steps from before are whole
    /// models: undoing one would take back the others' edits merged since, and the sync
    /// worker's undo knows only the steps made after linking.
    pub fn forget_steps(&mut self) -> bool {
        let had = !self.undo.is_empty() || !self.redo.is_empty();
        self.undo.clear();
        self.redo.clear();
        had
    }

    /// Undo done elsewhere (the sync worker takes back this tab's own step): the steps left to
    /// undo and redo are counted as if here, the present model comes with [`History::take`].
    pub fn step_back(&mut self) -> bool {
        match self.undo.pop_back() {
            Some(_) => {
                self.redo.push(Rc::clone(&self.current));
                true
            }
            None => false,
        }
    }

    /// Redo done elsewhere: the counterpart of [`History::step_back`].
    pub fn step_forward(&mut self) -> bool {
        match self.redo.pop() {
            Some(_) => {
                self.undo.push_back(Rc::clone(&self.current));
                true
            }
            None => false,
        }
    }

    fn push(&mut self, next: Model) {
        let previous = std::mem::replace(&mut self.current, Rc::new(next));
        self.undo.push_back(previous);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        match self.undo.pop_back() {
            Some(previous) => {
                let current = std::mem::replace(&mut self.current, previous);
                self.redo.push(current);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                let current = std::mem::replace(&mut self.current, next);
                self.undo.push_back(current);
                true
            }
            None => false,
        }
    }
}
