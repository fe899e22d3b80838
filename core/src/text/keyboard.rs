//! The workshop's keyboard shortcuts and their help dialog, German and English side by side.

use crate::locale::Lang;

texts! {
    /// Words of the keyboard help (`?`).
    KeyboardTexts {
        title: ("Tastenkürzel", "Keyboard shortcuts"),
        close: ("Schließen", "Close"),
        key_column: ("Taste", "Key"),
        action_column: ("Wirkung", "What it does"),
        new_touchpoint: ("Neuer Kontaktpunkt: zum Namensfeld", "New touchpoint: go to the name field"),
        add: ("Kontaktpunkt anlegen; danach steht der Fokus auf seiner Bedeutung", "Add the touchpoint; the focus then moves to its importance"),
        next_group: ("Nächste Bewertung (Bedeutung, Ist, Soll)", "Next rating (importance, Ist, Soll)"),
        choose: ("Wert wählen", "Choose a value"),
        digits: ("Wert direkt wählen: 1 bis 5 (bei Ist und Soll: −2 bis +2)", "Choose a value directly: 1 to 5 (for Ist and Soll: −2 to +2)"),
        next_touchpoint: ("Nächster / vorheriger Kontaktpunkt", "Next / previous touchpoint"),
        close_editor: ("Bearbeitung schließen, zurück zur Zeile", "Close the editor, back to its row"),
        undo_redo: ("Rückgängig / Wiederholen", "Undo / redo"),
        help: ("Diese Hilfe", "This help"),
        slides: ("Präsentation: nächste / vorige Folie", "Presentation: next / previous slide"),
        leave_slides: ("Präsentation beenden", "Leave the presentation"),
    }
}

pub fn keyboard_texts(lang: Lang) -> &'static KeyboardTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

impl KeyboardTexts {
    /// The shortcuts as (keys, what they do), in the order the help lists them.
    pub fn shortcuts(&self) -> [(&'static str, &'static str); 11] {
        [
            ("N", self.new_touchpoint),
            ("Enter", self.add),
            ("Tab", self.next_group),
            ("← →", self.choose),
            ("1 … 5", self.digits),
            ("J / K", self.next_touchpoint),
            ("Esc", self.close_editor),
            ("Ctrl+Z / Ctrl+Y", self.undo_redo),
            ("?", self.help),
            ("→ ← / PageDown PageUp", self.slides),
            ("Esc", self.leave_slides),
        ]
    }
}
