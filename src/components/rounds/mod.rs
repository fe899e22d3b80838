//! The consultant's side of a rating round (`View::Rounds`): start a round, send its link,
//! collect the answers, see the spread, take the medians, start a follow-up round. The round
//! and its answers live in the model (`Model::rounds`); everything is read through
//! `kontaktpunkt_core::rounds`.

pub mod collect;
pub mod dots;
pub mod host;
pub mod live_arrivals;
pub mod round_link;
pub mod round_panel;
pub mod rounds_view;
pub mod spread_table;
pub mod start_form;
pub mod take_bar;

use std::rc::Rc;

use kontaktpunkt_core::rounds::{aggregate, Answers, Round, RoundFigures};

/// A kept round as read, with its figures: computed once per change of the round.
pub struct Opened {
    pub round: Round,
    pub answers: Answers,
    pub figures: RoundFigures,
}

/// An [`Opened`] round in props, compared by pointer (as `ModelRef`).
#[derive(Clone)]
pub struct OpenRound(pub Rc<Opened>);

impl OpenRound {
    pub fn new(round: Round, answers: Answers) -> Self {
        let figures = aggregate(&round, &answers);
        OpenRound(Rc::new(Opened {
            round,
            answers,
            figures,
        }))
    }
}

impl PartialEq for OpenRound {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for OpenRound {
    type Target = Opened;
    fn deref(&self) -> &Opened {
        &self.0
    }
}
