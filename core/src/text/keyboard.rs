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
        choose: ("Wert wählen; auf einer noch leeren Ist- oder Soll-Skala zuerst 0", "Choose a value; on an unrated Ist or Soll scale the first press sets 0"),
        importance_digits: ("Bedeutung direkt setzen: 1 bis 5", "Set the importance directly: 1 to 5"),
        rating_digits: ("Ist oder Soll direkt setzen: 0, +1, +2", "Set Ist or Soll directly: 0, +1, +2"),
        negative_digits: ("Ist oder Soll negativ setzen: −1, −2 (auch Umschalt+1, Umschalt+2)", "Set Ist or Soll to a negative value: −1, −2 (also Shift+1, Shift+2)"),
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
    pub fn shortcuts(&self) -> [(&'static str, &'static str); 13] {
        [
            ("N", self.new_touchpoint),
            ("Enter", self.add),
            ("Tab", self.next_group),
            ("← →", self.choose),
            ("1 … 5", self.importance_digits),
            ("0 1 2", self.rating_digits),
            ("- 1, - 2", self.negative_digits),
            ("J / K", self.next_touchpoint),
            ("Esc", self.close_editor),
            ("Ctrl+Z / Ctrl+Y", self.undo_redo),
            ("?", self.help),
            ("→ ← / PageDown PageUp", self.slides),
            ("Esc", self.leave_slides),
        ]
    }
}
