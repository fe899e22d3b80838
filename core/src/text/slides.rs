//! Charts for slides (saved as SVG or PNG, copied as a picture) and the presentation mode for
//! the workshop's projector. German and English side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    SlidesTexts {
        export_group: ("Diagramm exportieren", "Export the chart"),
        save_svg: ("Als SVG speichern", "Save as SVG"),
        save_png: ("Als PNG speichern", "Save as PNG"),
        copy_png: ("Als Bild kopieren", "Copy as picture"),
        copied: ("Bild in die Zwischenablage kopiert.", "Picture copied to the clipboard."),
        export_failed: (
            "Das Bild ließ sich nicht erstellen oder kopieren; der Browser hat es abgelehnt.",
            "The picture could not be made or copied; the browser refused.",
        ),
        present: ("Präsentieren", "Present"),
        presentation: ("Präsentation", "Presentation"),
        next_slide: ("Nächste Folie", "Next slide"),
        previous_slide: ("Vorige Folie", "Previous slide"),
        leave: ("Präsentation beenden", "Leave the presentation"),
        keys_help: (
            "Pfeiltasten oder Bild auf/ab: Folie wechseln · Esc: beenden",
            "Arrow keys or Page Up/Down: change slide · Esc: leave",
        ),
        title_kind: ("Customer Touchpoint Management", "Customer Touchpoint Management"),
        slide_summary: ("Kennzahlen", "Summary figures"),
        slide_keys: ("Schlüssel-Kontaktpunkte bewerten", "Rate the key touchpoints"),
        slide_measures: ("Maßnahmen", "Measures"),
        no_keys: (
            "Noch keine Schlüssel-Kontaktpunkte: erst Ist und Soll bewerten.",
            "No key touchpoints yet: rate Ist and Soll first.",
        ),
    }
}

impl SlidesTexts {
    /// Under a slide that shows the first `shown` of `total` rows.
    pub fn more_in_report(&self, shown: usize, total: usize) -> String {
        match self.lang.built() {
            Lang::De => format!("Die ersten {shown} von {total}; alle im Bericht."),
            Lang::En => format!("The first {shown} of {total}; all of them in the report."),
        }
    }

    /// "Slide 2 of 6", the position read out and shown on each slide.
    pub fn slide_of(&self, at: usize, of: usize) -> String {
        match self.lang.built() {
            Lang::De => format!("Folie {at} von {of}"),
            Lang::En => format!("Slide {at} of {of}"),
        }
    }
}
