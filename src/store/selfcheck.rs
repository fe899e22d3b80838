//! The self-check's own reducer: the prospect's answers and the last refusal. Each typed
//! action is applied to a copy, so a refused one changes nothing. No web APIs here; the view
//! stores the check in an effect after each change.

use std::rc::Rc;

use kontaktpunkt_core::selfcheck::{Factor, Rating, SelfCheck, SelfCheckError};
use yew::Reducible;

/// One change the prospect makes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CheckAction {
    Answer(Factor, u8),
    /// Picks or unpicks a touchpoint of the starter library (by its index there).
    Toggle(usize),
    Rate(usize, Rating),
    Back,
    Next,
    Restart,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckState {
    pub check: SelfCheck,
    /// Why the last change was refused, until the next one succeeds.
    pub problem: Option<SelfCheckError>,
}

impl CheckState {
    pub fn new(check: SelfCheck) -> Self {
        Self {
            check,
            problem: None,
        }
    }
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        let mut check = self.check.clone();
        let done = match action {
            CheckAction::Answer(factor, level) => check.answer(factor, level),
            CheckAction::Toggle(i) => check.toggle_touchpoint(i).map(|_| ()),
            CheckAction::Rate(i, rating) => check.rate(i, rating),
            CheckAction::Back => check.back().map(|_| ()),
            CheckAction::Next => check.next().map(|_| ()),
            CheckAction::Restart => {
                check.reset();
                Ok(())
            }
        };
        Rc::new(match done {
            Ok(()) => CheckState::new(check),
            Err(e) => CheckState {
                check: self.check.clone(),
                problem: Some(e),
            },
        })
    }
}
