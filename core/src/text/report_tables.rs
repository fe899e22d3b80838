//! The words the report adds for a client: its highlights and its table of all touchpoints,
//! German and English side by side.

use crate::locale::Lang;

/// Defines the struct and its German and English values from one side-by-side listing.
macro_rules! side_by_side {
    ($(#[$doc:meta])* $name:ident { $($field:ident: ($de:expr, $en:expr),)* }) => {
        $(#[$doc])*
        pub struct $name { $(pub $field: &'static str,)* }
        static DE: $name = $name { $($field: $de,)* };
        static EN: $name = $name { $($field: $en,)* };
    };
}

side_by_side! {
    /// Section titles and column heads of the report's additions.
    ReportTableTexts {
        highlights: ("Auf einen Blick", "At a glance"),
        key_touchpoints: ("Schlüssel-Kontaktpunkte", "Key touchpoints"),
        moments_of_truth: ("Momente der Wahrheit", "Moments of truth"),
        lovepoints: ("Lovepoints", "Lovepoints"),
        painpoints: ("Painpoints", "Painpoints"),
        none: ("keine", "none"),
        all_touchpoints: ("Alle Kontaktpunkte", "All touchpoints"),
        touchpoint: ("Kontaktpunkt", "Touchpoint"),
        flags: ("Merkmale", "Marks"),
        no_owner: ("–", "–"),
    }
}

pub fn report_table_texts(lang: Lang) -> &'static ReportTableTexts {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}
