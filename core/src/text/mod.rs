//! The text catalogue, the top layer: one module per area of the app, each listing its texts
//! with German and English side by side (`field: ("Deutsch", "English"),`). The [`texts!`]
//! macro makes of each listing the area's struct and one static per language, so a text
//! missing in a language does not compile. Counted and composed phrases ("1 touchpoint",
//! "14 of 300 touchpoints") are methods of their area with one arm per language; the word
//! lists ([`words`]) are private behind exhaustive accessors; error texts ([`errors`],
//! [`share`], [`import`]) are exhaustive `match`es: the layers below define their errors,
//! this one words them.
//!
//! A third language: add it to [`Lang`], then the compiler points at every `match` on the
//! language here (the catalogues below, [`Texts::pick`](words), the phrases), and a third
//! static in [`texts!`] (`$pair.2`) points at every entry that lacks its word.

/// Makes an area's struct of `&'static str` fields from a listing of
/// `field: ("Deutsch", "English"),` entries, with the statics `DE` and `EN`.
macro_rules! texts {
    ($(#[$meta:meta])* $name:ident { $( $(#[$fmeta:meta])* $field:ident: $pair:expr, )* }) => {
        $(#[$meta])*
        pub struct $name {
            /// The language of these texts, for the area's phrases.
            #[allow(dead_code)]
            lang: Lang,
            $( $(#[$fmeta])* pub $field: &'static str, )*
        }

        pub(super) static DE: $name = $name { lang: Lang::De, $( $field: $pair.0, )* };
        pub(super) static EN: $name = $name { lang: Lang::En, $( $field: $pair.1, )* };
    };
}

/// `text` isolated from the sentence around it (U+2068 … U+2069): a right-to-left override
/// or Arabic and Hebrew in a user's name cannot reorder the app's own words beside it.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

pub mod chart_points;
pub mod charts;
pub mod common;
pub mod embed;
pub mod errors;
pub mod format;
pub mod import;
pub mod import_entry;
pub mod keyboard;
pub mod kpis;
pub mod plan;
pub mod rate;
pub mod report;
pub mod report_tables;
pub mod rounds;
pub mod rounds_view;
pub mod share;
pub mod shell;
pub mod slides;
pub mod tracking;
pub mod words;
pub mod workspace;

use crate::domain::model::{Channel, Contact, Decision};

pub use crate::locale::Lang;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self.built() {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

/// Every text of the workspace in one language, by area: `texts.workspace.add_touchpoint`,
/// `texts.common.touchpoint_count(n)`, `texts.flag(Flag::Entry)`.
pub struct Texts {
    lang: Lang,
    pub common: &'static common::CommonTexts,
    pub shell: &'static shell::ShellTexts,
    pub workspace: &'static workspace::WorkspaceTexts,
    pub charts: &'static charts::ChartsTexts,
    pub plan: &'static plan::PlanTexts,
    pub tracking: &'static tracking::TrackingTexts,
    pub kpis: &'static kpis::KpisTexts,
    pub report: &'static report::ReportTexts,
    pub share: &'static share::ShareTexts,
    pub embed: &'static embed::EmbedTexts,
    pub slides: &'static slides::SlidesTexts,
}

impl Texts {
    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

macro_rules! catalogue {
    ($name:ident, $lang:ident, $stat:ident) => {
        static $name: Texts = Texts {
            lang: Lang::$lang,
            common: &common::$stat,
            shell: &shell::$stat,
            workspace: &workspace::$stat,
            charts: &charts::$stat,
            plan: &plan::$stat,
            tracking: &tracking::$stat,
            kpis: &kpis::$stat,
            report: &report::$stat,
            share: &share::$stat,
            embed: &embed::$stat,
            slides: &slides::$stat,
        };
    };
}

catalogue!(DE, De, DE);
catalogue!(EN, En, EN);

impl crate::figures::filter::GroupLabels for Texts {
    fn no_owner(&self) -> &str {
        self.common.no_owner
    }
    fn channel(&self, c: Channel) -> &str {
        Texts::channel(self, c)
    }
    fn contact(&self, c: Contact) -> &str {
        Texts::contact(self, c)
    }
    fn decision(&self, d: Decision) -> &str {
        Texts::decision(self, d)
    }
}
