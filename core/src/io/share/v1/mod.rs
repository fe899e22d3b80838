//! Link format 1 (`kp1.`): the model as compact, positional JSON.
//!
//! Everything is an array; a missing trailing element takes its default, so the writer drops
//! trailing defaults. Touchpoints are stored by column. `docs/share-format.md` is the
//! reference; this module must keep reading every `kp1` link ever written
//! (`core/tests/golden/` holds some).
//!
//! ```text
//! [next_id, stages, owners, touchpoints, strings, meta, measures, kpis,
//!  snapshots, cycle, funnel]
//! stages, owners: [category...]  category = [key, name] | index into DEFAULT_CATEGORIES
//! touchpoints:    [names, id_deltas, stage, owner, contact, channel, importance, ist, soll,
//!                  flags, decision, disappointment, okay, delight, description]
//! meta:           [title, company, created, updated, consultancy]
//! measures:       [[id, title, description, touchpoints, owner, due, effort, status,
//!                   best, realistic, worst]...]
//! kpis:           [[[period, promoters, passives, detractors]...],
//!                  [[period, referred, new_customers]...],
//!                  [saboteurs, disloyal, lost, conditionally_loyal, fully_loyal, fans]]
//! snapshots:      [[id, date, label, names, id_deltas, importance, ist, soll]...]
//! cycle:          [current_step, [note...]]
//! funnel:         [[figure...], null | [competitor_name, [figure...]]]
//! ```
//!
//! Elements 8–10 came later within format 1: a link without them reads as having no
//! snapshots, cycle step 1 without notes and an empty funnel. So did `meta`'s consultancy
//! (empty when missing). The logo never goes into a link: an image of up to 200 KB would
//! make it longer than the link limit; it stays with the saved model and its JSON file.

mod later;
mod read;
mod write;

pub use read::from_json;
pub use write::{to_json, to_value};

/// Categories a list may name by index instead of `[key, name]`: the app's default stages and
/// owners in German and English as of format 1. Frozen: later defaults do not change it.
pub const DEFAULT_CATEGORIES: [(&str, &str); 24] = [
    // 0..=4: stages, German
    ("awareness", "Aufmerksamkeit"),
    ("information", "Information"),
    ("purchase", "Kauf"),
    ("usage", "Nutzung & Service"),
    ("loyalty", "Bindung & Empfehlung"),
    // 5..=9: stages, English
    ("awareness", "Awareness"),
    ("information", "Information"),
    ("purchase", "Purchase"),
    ("usage", "Usage & Service"),
    ("loyalty", "Loyalty & Referral"),
    // 10..=16: owners, German
    ("marketing", "Marketing"),
    ("sales", "Vertrieb"),
    ("service", "Service"),
    ("logistics", "Logistik"),
    ("billing", "Buchhaltung"),
    ("product", "Produkt"),
    ("management", "Geschäftsführung"),
    // 17..=23: owners, English
    ("marketing", "Marketing"),
    ("sales", "Sales"),
    ("service", "Service"),
    ("logistics", "Logistics"),
    ("billing", "Billing"),
    ("product", "Product"),
    ("management", "Management"),
];

/// Position of each touchpoint column in the `touchpoints` array.
mod col {
    pub const NAME: usize = 0;
    pub const ID: usize = 1;
    pub const STAGE: usize = 2;
    pub const OWNER: usize = 3;
    pub const CONTACT: usize = 4;
    pub const CHANNEL: usize = 5;
    pub const IMPORTANCE: usize = 6;
    pub const IST: usize = 7;
    pub const SOLL: usize = 8;
    pub const FLAGS: usize = 9;
    pub const DECISION: usize = 10;
    /// Disappointment, okay, delight: three columns from here.
    pub const FACTORS: usize = 11;
    pub const DESCRIPTION: usize = 14;
    pub const COUNT: usize = 15;
}

/// Flag bits of the `flags` column.
const ENTRY: u64 = 1;
const EXIT: u64 = 2;
const MOMENT_OF_TRUTH: u64 = 4;

/// Default importance and effort (the middle of 1..=5).
const MIDDLE: u64 = 3;
