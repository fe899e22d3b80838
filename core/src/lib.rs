//! Kontaktpunkt's pure core: the touchpoint model, the reducer, every figure of the method,
//! the CSV layout and the text catalogue. No browser APIs here, so all of it is tested natively.
//!
//! # Layers
//! The folders are layers, bottom to top; a module uses only its own layer and the ones below
//! (`scripts/check-layers.mjs`, part of `make lint`, fails on any other import and on cycles):
//!
//! 1. [`locale`]: the [`Lang`] enum, nothing else.
//! 2. [`domain`]: the model, actions and the reducer, history, validation, limits, errors, the
//!    touchpoint library.
//! 3. [`edits`]: the model as records of plain fields, the edits between two versions of it
//!    and the messages between the app and its sync worker (`kontaktpunkt-sync`).
//! 4. [`figures`]: analysis, plan, tracking and KPI figures, chart geometry, filter.
//! 5. [`io`]: share links, CSV, the embedded widget's options, the demo model.
//! 6. [`rounds`]: rating rounds: the round and return links, merging and aggregating answers.
//! 7. [`views`]: the contract of the views module (views loaded on demand): which views it
//!    hosts and the commands they send the app.
//! 8. [`selfcheck`]: the self-check, its texts, result links, the widget's messages and its
//!    embed code.
//! 9. [`text`]: the workspace's texts, one module per area with German and English side by
//!    side, the word lists and the language's number and date conventions; it words the errors
//!    of the layers below.

pub mod domain;
pub mod edits;
pub mod figures;
pub mod io;
pub mod locale;
pub mod rounds;
pub mod selfcheck;
pub mod text;
pub mod views;

pub use domain::action::Action;
pub use domain::error::ModelError;
pub use domain::model::Model;
pub use locale::Lang;
pub use text::Texts;
