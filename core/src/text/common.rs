//! Words that several areas share: the touchpoint's fields, the rating words, the buttons every
//! form has. German and English side by side, one entry per text.

use crate::domain::model::Model;
use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    CommonTexts {
        touchpoints: ("Kontaktpunkte", "Touchpoints"),
        touchpoint: ("Kontaktpunkt", "Touchpoint"),
        stage: ("Phase", "Stage"),
        owner: ("Verantwortlich", "Owner"),
        no_owner: ("ohne Verantwortliche", "no owner"),
        importance: ("Wichtigkeit", "Importance"),
        ist: ("Ist", "Ist (today)"),
        soll: ("Soll", "Soll (target)"),
        gap: ("Lücke", "Gap"),
        priority: ("Priorität", "Priority"),
        not_rated: ("nicht bewertet", "not rated"),
        experience_index: ("Erlebnis-Index", "Experience index"),
        no_data: ("keine Daten", "no data"),
        dismiss: ("Schließen", "Dismiss"),
        lovepoints: ("Lovepoints", "Lovepoints"),
        painpoints: ("Painpoints", "Painpoints"),
        lovepoint: ("Lovepoint", "Lovepoint"),
        painpoint: ("Painpoint", "Painpoint"),
        channel_label: ("Kanal", "Channel"),
        contact_label: ("Kontakt", "Contact"),
        name: ("Name", "Name"),
        add: ("Hinzufügen", "Add"),
        cancel: ("Abbrechen", "Cancel"),
        close: ("Schließen", "Close"),
        edit: ("Bearbeiten", "Edit"),
        delete: ("Löschen", "Delete"),
        description: ("Beschreibung aus Kundensicht", "Description from the customer's view"),
        key_marker: ("Schlüssel", "key"),
        untitled: ("Ohne Titel", "Untitled"),
        date: ("Datum", "Date"),
        yes: ("ja", "yes"),
        no: ("nein", "no"),
    }
}

impl CommonTexts {
    /// The model's name as lists and headings show it: see [`Model::name_from_content`].
    pub fn model_name(&self, model: &Model) -> String {
        model
            .name_from_content()
            .unwrap_or_else(|| self.untitled.to_string())
    }

    /// "1 touchpoint", "2 touchpoints": the count with the noun in its number.
    pub fn touchpoint_count(&self, n: usize) -> String {
        match (self.lang.built(), n) {
            (Lang::De, 1) => "1 Kontaktpunkt".into(),
            (Lang::De, _) => format!("{n} Kontaktpunkte"),
            (Lang::En, 1) => "1 touchpoint".into(),
            (Lang::En, _) => format!("{n} touchpoints"),
        }
    }
}
