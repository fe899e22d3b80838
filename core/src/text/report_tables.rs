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
        key_touchpoint: ("Schlüssel-Kontaktpunkt", "Key touchpoint"),
        moment_of_truth: ("Moment der Wahrheit", "Moment of truth"),
        lovepoint: ("Lovepoint", "Lovepoint"),
        painpoint: ("Painpoint", "Painpoint"),
        details_title: ("Die wichtigsten Kontaktpunkte im Einzelnen", "The main touchpoints in detail"),
        details_intro: (
            "Schlüssel-Kontaktpunkte, Momente der Wahrheit, Lovepoints und Painpoints nach Priorität: die Beschreibung aus Kundensicht und was enttäuscht, was okay ist und was begeistert.",
            "Key touchpoints, moments of truth, lovepoints and painpoints by priority: the description from the customer's view and what disappoints, what is okay and what delights."
        ),
        no_description: ("Keine Beschreibung.", "No description."),
        appendix_title: ("Anhang: Beschreibungen und Faktoren aller Kontaktpunkte", "Appendix: descriptions and factors of all touchpoints"),
        further_points_title: ("Weitere Punkte der Diagramme", "Further points of the charts"),
        further_points_intro: (
            "Die Diagramme nummerieren die Kontaktpunkte mit der höchsten Priorität; diese hier zeigen sie als Punkte ohne Nummer, an der Stelle ihrer Werte.",
            "The charts number the touchpoints of highest priority; these they show as dots without a number, where their values place them."
        ),
        number: ("Nr.", "No."),
        total_priority: ("Gesamtpriorität", "Total priority"),
        page: ("Seite", "Page"),
        round_title: ("Bewertungsrunde", "Rating round"),
        follow_up_title: ("Folgerunde", "Follow-up round"),
        round_taken: ("Mediane übernommen am", "Medians taken on"),
        raters: ("Bewertende", "Raters"),
        who_took_part: ("Wer bewertet hat", "Who took part"),
        group: ("Gruppe", "Group"),
        internal: ("intern", "internal"),
        customers: ("Kunden", "customers"),
        under: ("unter", "under"),
        disagreements: ("Hier sind sich die Bewertenden uneinig", "Where raters disagree"),
        spread_table: ("Streuung je Kontaktpunkt", "Spread per touchpoint"),
        median: ("Median", "Median"),
        min_max: ("Min–Max", "Min–max"),
        disagree: ("uneinig", "disagree"),
        disagree_note: (
            "Uneinig: die Bewertungen weichen im Mittel um mehr als 0,8 Stufen vom Median ab. Gruppen unter der Mindestgröße der Runde sind nicht einzeln gezeigt.",
            "Disagree: the ratings lie on average more than 0.8 steps from the median. Groups under the round's minimum size are not shown on their own."
        ),
    }
}

impl ReportTableTexts {
    /// A highlight's title with its count, singular for one: "Lovepoint (1)", "Lovepoints (3)".
    pub fn counted(&self, one: &str, many: &str, n: usize) -> String {
        format!("{} ({n})", if n == 1 { one } else { many })
    }
}

pub fn report_table_texts(lang: Lang) -> &'static ReportTableTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}
