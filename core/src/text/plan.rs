//! The measures plan: its editor, list, board and table, the projection and the plan's
//! warnings. German and English side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    PlanTexts {
        measures_title: ("Maßnahmenplan", "Measures plan"),
        measures_help: (
            "Maßnahmen an einem oder mehreren Kontaktpunkten. Quick Wins (Aufwand bis 2 an einem Schlüssel-Kontaktpunkt) stehen vorn, überfällige sind markiert.",
            "Measures on one or more touchpoints. Quick wins (effort up to 2 on a key touchpoint) come first, overdue ones are marked.",
        ),
        new_measure: ("Neue Maßnahme", "New measure"),
        measure_title: ("Maßnahme", "Measure"),
        measure_description: ("Beschreibung", "Description"),
        edit_measure: ("Maßnahme bearbeiten", "Edit measure"),
        delete_measure_confirm: ("Diese Maßnahme löschen?", "Delete this measure?"),
        due: ("Fällig am", "Due date"),
        effort: ("Aufwand", "Effort"),
        status: ("Status", "Status"),
        expected_ist: ("Erwartetes Ist nach der Maßnahme", "Expected Ist after the measure"),
        expected_short: (
            "Erwartetes Ist (Best / Realistisch / Worst)",
            "Expected Ist (best / realistic / worst)",
        ),
        not_set: ("nicht festgelegt", "not set"),
        filter_touchpoints: ("Kontaktpunkte filtern", "Filter touchpoints"),
        quick_win: ("Quick Win", "Quick win"),
        overdue: ("überfällig", "overdue"),
        plan_list_title: ("Maßnahmen", "Measures"),
        plan_layout: ("Darstellung", "Layout"),
        board: ("Board nach Status", "Board by status"),
        table: ("Tabelle", "Table"),
        filter_owner: ("Nach Verantwortlichen filtern", "Filter by owner"),
        all_owners: ("alle Verantwortlichen", "all owners"),
        no_measures: (
            "Noch keine Maßnahmen. Legen Sie oben die erste an.",
            "No measures yet. Add the first one above.",
        ),
        no_measures_planned: ("Noch keine Maßnahmen geplant.", "No measures planned yet."),
        projection_title: ("Prognose des Erlebnis-Index", "Projected experience index"),
        projection_help: (
            "Erlebnis-Index, wenn die beschlossenen Maßnahmen (geplant, in Arbeit, erledigt) ihr erwartetes Ist erreichen, je Szenario, neben dem heutigen Ist und dem Soll.",
            "The experience index if the committed measures (planned, in progress, done) reach their expected Ist, per scenario, beside today's Ist and the Soll.",
        ),
        plan_warnings_title: (
            "Entscheidungen, die der Plan noch nicht abbildet",
            "Decisions the plan does not cover yet",
        ),
        warn_new_without_measure: (
            "neuer Kontaktpunkt ohne Maßnahme",
            "new touchpoint without a measure",
        ),
        warn_retire_important: (
            "soll abgeschafft werden, ist aber noch als wichtig bewertet",
            "to be retired, but still rated important",
        ),
    }
}

impl PlanTexts {
    /// How many touchpoints a measure names: "2 selected", "2 ausgewählt".
    pub fn selected_count(&self, n: usize) -> String {
        match self.lang.built() {
            Lang::De => format!("{n} ausgewählt"),
            Lang::En => format!("{n} selected"),
        }
    }
}
