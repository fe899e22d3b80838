//! The words of the charts' numbered points and their legend, German and English side by side.

use crate::locale::Lang;

/// The legend's accessible name.
pub fn legend_label(lang: Lang) -> &'static str {
    match lang.built() {
        Lang::De => "Nummern der Punkte",
        Lang::En => "Numbers of the points",
    }
}

/// Under the legend when not every point has a number.
pub fn numbered_note(lang: Lang, numbered: usize, rest: usize) -> String {
    match lang.built() {
        Lang::De => format!(
            "Nummeriert: die {numbered} Kontaktpunkte mit der höchsten Priorität; {rest} weitere als Punkte ohne Nummer (der Bericht nennt sie unter „Weitere Punkte der Diagramme“)."
        ),
        Lang::En => format!(
            "Numbered: the {numbered} touchpoints of highest priority; {rest} more as dots without a number (the report names them under “Further points of the charts”)."
        ),
    }
}

/// Under a journey curve drawn through each stage's mean, its numbered points on their Ist.
pub fn stage_means_note(lang: Lang, numbered: usize, touchpoints: usize) -> String {
    match lang.built() {
        Lang::De => format!(
            "Nummeriert: die {numbered} Kontaktpunkte mit der höchsten Priorität, auf ihrem Ist; die Linien verbinden den Mittelwert von Ist und Soll jeder Phase über alle {touchpoints}."
        ),
        Lang::En => format!(
            "Numbered: the {numbered} touchpoints of highest priority, on their Ist; the lines join the mean Ist and Soll of each stage over all {touchpoints}."
        ),
    }
}
