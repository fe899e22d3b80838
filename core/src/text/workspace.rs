//! The inventory: the empty start, search, filters and grouping, the touchpoint rows and
//! editor, the starter list, the stage and owner lists, the demo model's title. German and
//! English side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    WorkspaceTexts {
        empty_title: ("Noch keine Kontaktpunkte", "No touchpoints yet"),
        empty_body: (
            "Sammeln Sie alle Punkte, an denen Kunden Ihrem Unternehmen begegnen, bewerten Sie das heutige Erlebnis (Ist) gegen das Ziel (Soll) und finden Sie die wenigen Schlüssel-Kontaktpunkte. Ihre Daten bleiben in diesem Browser.",
            "Collect every point where customers meet your company, rate today's experience (Ist) against the target (Soll) and find the few key touchpoints. Your data stays in this browser.",
        ),
        load_demo: ("Demo-Modell laden", "Load the demo model"),
        search: ("Suchen", "Search"),
        search_placeholder: ("Name, Beschreibung, Faktor …", "Name, description, factor …"),
        filter_any: ("alle", "any"),
        decision_label: ("Entscheidung", "Decision"),
        flag_label: ("Merkmal", "Flag"),
        group_by: ("Gruppieren nach", "Group by"),
        group_none: ("keine Gruppierung", "no grouping"),
        clear_filter: ("Filter zurücksetzen", "Clear filters"),
        no_matches: (
            "Keine Kontaktpunkte passen zu Suche und Filter.",
            "No touchpoints match the search and filters.",
        ),
        add_touchpoint: ("Kontaktpunkt hinzufügen", "Add a touchpoint"),
        library_open: ("Aus der Startliste wählen", "Pick from the starter list"),
        library_title: ("Typische Kontaktpunkte", "Typical touchpoints"),
        library_intro: (
            "Die meisten Teams unterschätzen, wie viele Kontaktpunkte sie haben. Haken Sie alle an, die es bei Ihnen gibt; Phase, Kontakt und Kanal sind voreingestellt.",
            "Most teams underestimate how many touchpoints they have. Tick every one you have; stage, contact and channel are preset.",
        ),
        library_add: ("Ausgewählte hinzufügen", "Add the selected"),
        library_present: ("schon im Modell", "already in the model"),
        duplicate: ("Duplizieren", "Duplicate"),
        move_up: ("Nach oben", "Move up"),
        move_down: ("Nach unten", "Move down"),
        flags: ("Merkmale", "Flags"),
        factor_placeholder: ("Neuer Faktor", "New factor"),
        add_factor: ("Faktor hinzufügen", "Add factor"),
        remove: ("Entfernen", "Remove"),
        scale: ("Erlebnis-Skala", "Experience scale"),
        stages: ("Phasen der Customer Journey", "Customer journey stages"),
        owners: ("Verantwortliche (Abteilungen)", "Owners (departments)"),
        new_stage: ("Neue Phase", "New stage"),
        new_owner: ("Neue verantwortliche Abteilung", "New owner"),
        stage_name: ("Name der Phase", "Stage name"),
        owner_name: ("Name der Abteilung", "Owner name"),
        delete_what: ("Was passiert mit den Kontaktpunkten?", "What happens to the touchpoints?"),
        on_delete_move: ("verschieben nach", "move to"),
        on_delete_delete: ("mit löschen", "delete them too"),
        on_delete_unassign: ("ohne Verantwortliche lassen", "leave without owner"),
        confirm_delete: ("Löschen bestätigen", "Confirm delete"),
        pick_library: ("Startliste öffnen", "Open the starter list"),
    }
}

impl WorkspaceTexts {
    /// How many of the model's touchpoints the list shows: "14 of 300 touchpoints",
    /// "14 von 300 Kontaktpunkten"; the noun follows the total.
    pub fn shown_of(&self, shown: usize, total: usize) -> String {
        match (self.lang.built(), total) {
            (Lang::De, 1) => format!("{shown} von 1 Kontaktpunkt"),
            (Lang::De, _) => format!("{shown} von {total} Kontaktpunkten"),
            (Lang::En, 1) => format!("{shown} of 1 touchpoint"),
            (Lang::En, _) => format!("{shown} of {total} touchpoints"),
        }
    }
}
