//! The words the report adds for a client: its highlights and its table of all touchpoints,
//! German and English side by side.

use crate::locale::Lang;

texts! {
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
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}
