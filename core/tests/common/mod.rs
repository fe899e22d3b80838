//! Helpers shared by the core's integration tests. Each test file uses only some of them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use kontaktpunkt_core::domain::action::NewTouchpoint;
use kontaktpunkt_core::domain::model::{Channel, Contact, Experience};
use kontaktpunkt_core::{Action, Model, ModelError};

/// The time stamp actions are applied with, in ms since the epoch.
pub const T0: f64 = 1_000.0;

/// Applies an action that must succeed.
#[track_caller]
pub fn apply(m: &Model, action: Action) -> Model {
    m.apply(action, T0).unwrap()
}

/// Applies an action that must be refused; returns the error.
#[track_caller]
pub fn fails(m: &Model, action: Action) -> ModelError {
    m.apply(action, T0).unwrap_err()
}

#[track_caller]
pub fn assert_close(actual: Option<f64>, expected: f64) {
    let a = actual.unwrap_or_else(|| panic!("expected {expected}, got None"));
    assert!((a - expected).abs() < 1e-9, "expected {expected}, got {a}");
}

/// A rating on the experience scale.
pub fn r(v: i8) -> Option<Experience> {
    Some(Experience::new(v).unwrap())
}

/// A new touchpoint reached directly and online: the usual case in tests.
pub fn new_tp(name: &str, stage: &str) -> NewTouchpoint {
    NewTouchpoint {
        name: name.into(),
        stage: stage.into(),
        contact: Contact::Direct,
        channel: Channel::Online,
    }
}

/// A CSV in the fixtures' layout added to `base` as the app reads every CSV file: through the
/// mapping importer, its columns found by their keys. A file without a header adds nothing.
pub fn import_layout(
    base: &Model,
    text: &str,
) -> kontaktpunkt_core::io::csv_io::import::ImportPreview {
    use kontaktpunkt_core::io::csv_io::import::{read_source, ImportTarget};
    use kontaktpunkt_core::Lang;
    let source = read_source(text)
        .or_else(|_| read_source("name"))
        .expect("a header");
    let mapping = source.guess_mapping(&[]);
    source.preview(&mapping, ImportTarget::Add, base, Lang::En, &[])
}
