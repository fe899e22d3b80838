//! The views module: views that are not needed on the app's first screen live in one wasm
//! module of their own (`views/index.html`, binary `kontaktpunkt-views`), which the app loads
//! the first time one of them opens. This is the contract between the two: which views the
//! module hosts ([`ModuleKind`], named by its [`ModuleKind::key`] in `mount`) and what a view
//! may ask the app to do ([`command::ModuleCommand`], JSON the app reads with a checked reader).
//!
//! The module gets from the app only the language (a tag such as `en`) and the model (its JSON,
//! as the app stores it); it changes nothing itself, so undo, storage and the reducer's checks
//! stay the app's.

pub mod command;

/// A view the module hosts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// The consultant's side of a rating round.
    Rounds,
    /// The report, to read and print.
    Report,
    /// The presentation (the workshop's slides).
    Present,
    /// The KPIs: NPS, referrals, loyalty, the brand funnel.
    Kpis,
    /// Tracking: snapshots, their comparison and trend, the improvement cycle.
    Tracking,
    /// The measures: the plan, each measure's editor, the outlook of the scenarios.
    Measures,
    /// The spreadsheet import: reading, previewing and mapping a file (the app keeps its
    /// button, the confirmation of a replace and the running of the import).
    Import,
}

impl ModuleKind {
    /// Every view the module hosts.
    pub const ALL: [ModuleKind; 7] = [
        ModuleKind::Rounds,
        ModuleKind::Report,
        ModuleKind::Present,
        ModuleKind::Kpis,
        ModuleKind::Tracking,
        ModuleKind::Measures,
        ModuleKind::Import,
    ];

    /// The name the app passes to the module's `mount`.
    pub fn key(self) -> &'static str {
        match self {
            ModuleKind::Rounds => "rounds",
            ModuleKind::Report => "report",
            ModuleKind::Present => "present",
            ModuleKind::Kpis => "kpis",
            ModuleKind::Tracking => "tracking",
            ModuleKind::Measures => "measures",
            ModuleKind::Import => "import",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}
