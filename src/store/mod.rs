//! The store's layer: `state` (the app's state and its reducer, no web APIs), `handle` (the
//! verbs components use: the only way in), `saved_models` (storage orchestration: switch,
//! keep a copy, replace, delete, refresh the list), `selfcheck` (the self-check's own
//! reducer), `start` (the first state, read from the page); `tests` runs the reducer and the
//! verbs natively.

pub mod handle;
pub mod live;
pub mod saved_models;
pub mod selfcheck;
pub mod start;
pub mod state;
#[cfg(test)]
mod tests;

pub use handle::{
    use_dispatcher, use_reading, use_store, AppDispatcher, Dispatcher, Reading, Store, StoreExt,
};
pub use state::{AppError, AppState, Damaged, Incoming, ModelRef, Msg, Notice, Saving, View};
