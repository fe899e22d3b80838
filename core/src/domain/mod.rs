//! The domain layer: the model and its shared lists, the actions and the reducer, undo history,
//! validation, limits, typed errors and the touchpoint library. It uses only [`crate::locale`].

pub mod action;
pub mod carry_over;
pub mod error;
pub mod history;
pub mod ids;
pub mod kpis;
pub mod library;
pub mod limits;
pub mod model;
pub mod round_record;
pub mod shared;
pub mod tracking;
pub mod validate;
