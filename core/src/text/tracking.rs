//! Success control: snapshots, comparisons, trends and the eight-step cycle. German and English
//! side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    TrackingTexts {
        tracking_title: ("Erfolgskontrolle", "Success control"),
        tracking_help: (
            "Speichern Sie eine datierte Momentaufnahme aller Bewertungen als Baseline, etwa nach einem Workshop oder einer Befragung. Später vergleichen Sie Momentaufnahmen untereinander oder mit heute.",
            "Save a dated snapshot of all ratings as a baseline, e.g. after a workshop or a survey. Later, compare snapshots with each other or with today.",
        ),
        snapshots: ("Momentaufnahmen (Baselines)", "Snapshots (baselines)"),
        snapshot_label: ("Bezeichnung", "Label"),
        snapshot_placeholder: ("z. B. Baseline Workshop", "e.g. workshop baseline"),
        take_snapshot: ("Momentaufnahme speichern", "Save snapshot"),
        no_snapshots: (
            "Noch keine Momentaufnahme: speichern Sie eine als Baseline.",
            "No snapshot yet: save one as a baseline.",
        ),
        today: ("heute", "today"),
        compare_title: ("Vergleich", "Comparison"),
        compare_from: ("Vergleiche", "Compare"),
        compare_to: ("mit", "with"),
        improved: ("verbessert", "improved"),
        worsened: ("verschlechtert", "worsened"),
        unchanged: ("unverändert", "unchanged"),
        index_change: (
            "Veränderung Erlebnis-Index (Punkte)",
            "Change of the experience index (points)",
        ),
        no_changes: ("Keine Ist-Bewertung hat sich verändert.", "No Ist rating changed."),
        before: ("vorher", "before"),
        after: ("nachher", "after"),
        change: ("Veränderung", "Change"),
        added_since: ("neu", "new"),
        gone_since: ("entfernt", "removed"),
        trend_title: ("Trend", "Trend"),
        trend_index: ("Trend des Erlebnis-Index", "Trend of the experience index"),
        trend_touchpoint: ("Trend eines Kontaktpunkts", "Trend of a touchpoint"),
        cycle_title: ("Der Zyklus in acht Schritten", "The eight-step cycle"),
        cycle_help: (
            "Wo steht das Team? Markieren Sie den aktuellen Schritt und halten Sie je Schritt Notizen fest.",
            "Where does the team stand? Mark the current step and keep notes per step.",
        ),
        current_step: ("aktueller Schritt", "current step"),
        note: ("Notiz", "Note"),
    }
}
