//! Undo and redo over whole models. Models are shared through `Rc`, so a step costs one
//! pointer unless the model changed.

use std::rc::Rc;

use crate::domain::action::Action;
use crate::domain::error::ModelError;
use crate::domain::model::Model;

/// How many steps back undo reaches.
pub const UNDO_LIMIT: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub current: Rc<Model>,
    undo: Vec<Rc<Model>>,
    redo: Vec<Rc<Model>>,
}

impl History {
    pub fn new(model: Model) -> Self {
        Self {
            current: Rc::new(model),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Applies an action; on error nothing changes.
    pub fn apply(&mut self, action: Action, now: f64) -> Result<(), ModelError> {
        let next = self.current.apply(action, now)?;
        self.push(next);
        Ok(())
    }

    fn push(&mut self, next: Model) {
        let previous = std::mem::replace(&mut self.current, Rc::new(next));
        self.undo.push(previous);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
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
        match self.undo.pop() {
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
                self.undo.push(current);
                true
            }
            None => false,
        }
    }
}
