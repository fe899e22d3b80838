//! The frame of the app: title, language switch, navigation, undo, saving and the notices, the
//! update prompt and the view of a shared model. German and English side by side, one entry per
//! text.

use crate::locale::Lang;
use crate::text::isolate;
use crate::views::ModuleKind;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    ShellTexts {
        lang_name: ("Deutsch", "English"),
        app_title: ("Kontaktpunkt", "Kontaktpunkt"),
        tagline: (
            "Customer Touchpoint Management: Ist und Soll jedes Kontaktpunkts im Blick",
            "Customer Touchpoint Management: current and target experience at every touchpoint",
        ),
        language: ("Sprache", "Language"),
        error_title: ("Das ging nicht", "That did not work"),
        view_nav: ("Ansichten", "Views"),
        view_inventory: ("Kontaktpunkte", "Touchpoints"),
        view_journey: ("Journey-Kurve", "Journey curve"),
        view_matrix: ("Wichtigkeit × Leistung", "Importance × performance"),
        view_gaps: ("Lücken & Prioritäten", "Gaps & priorities"),
        view_indices: ("Erlebnis-Index", "Experience index"),
        view_lists: ("Phasen & Verantwortliche", "Stages & owners"),
        undo: ("Rückgängig", "Undo"),
        redo: ("Wiederholen", "Redo"),
        saved: ("Im Browser gespeichert", "Saved in this browser"),
        storage_failed: (
            "Nicht gespeichert: der Speicher des Browsers ist voll oder gesperrt. Ihre Arbeit bleibt in diesem Tab erhalten, solange er offen ist; teilen oder exportieren Sie sie, bevor Sie ihn schließen.",
            "Not saved: the browser's storage is full or blocked. Your work stays in this tab while it is open; share or export it before you close it.",
        ),
        storage_corrupt: (
            "Ein gespeichertes Modell war beschädigt und wurde unverändert beiseitegelegt (nicht gelöscht); unter „Modelle & Dateien“ lässt es sich jederzeit exportieren. Grund:",
            "A saved model was damaged and has been set aside unchanged (not deleted); it can be exported at any time under “Models & files”. Why:",
        ),
        /// A damaged model that storage had no room to copy: it stays, the work goes on
        /// in a new model.
        storage_corrupt_in_place: (
            "Ein gespeichertes Modell war beschädigt. Der Speicher des Browsers hat keinen Platz, es beiseitezulegen: Es bleibt unverändert, wo es ist, und Sie arbeiten in einem neuen Modell. Exportieren Sie die beschädigten Daten jetzt, um eine Kopie zu behalten. Grund:",
            "A saved model was damaged. The browser's storage has no room to set it aside: it stays where it is, unchanged, and you are working in a new model. Export the damaged data now to keep a copy. Why:",
        ),
        export_damaged: ("Beschädigte Daten exportieren", "Export the damaged data"),
        /// Another tab stored the current model in a newer version's form.
        newer_elsewhere: (
            "Dieses Modell wurde in einem anderen Tab von einer neueren Version der App geändert. Dieser Tab speichert es nicht mehr, damit nichts überschrieben wird: bitte neu laden.",
            "This model was changed by a newer version of the app in another tab. This tab no longer saves it, so that nothing is overwritten: please reload.",
        ),
        /// Another tab stored the current model in a form this tab cannot read (not newer).
        unreadable_elsewhere: (
            "Ein anderer Tab hat dieses Modell in einer Form gespeichert, die dieser Tab nicht lesen kann. Dieser Tab speichert es nicht mehr, damit nichts überschrieben wird: bitte neu laden. Grund:",
            "Another tab stored this model in a form this tab cannot read. This tab no longer saves it, so that nothing is overwritten: please reload. Why:",
        ),
        reload: ("Neu laden", "Reload"),
        /// The browser denies storage outright: said once, with the two ways to keep the work.
        storage_denied: (
            "Dieser Browser erlaubt der App keinen Speicher: Ihre Arbeit bleibt nur in diesem Tab, solange er offen ist. Exportieren Sie sie, bevor Sie ihn schließen.",
            "This browser gives the app no storage: your work stays only in this tab while it is open. Export it before you close it.",
        ),
        storage_denied_file: ("Als Datei exportieren", "Export as a file"),
        storage_denied_link: ("Als Link teilen", "Share as a link"),
        view_share: ("Teilen", "Share"),
        view_rounds: ("Bewertungsrunde", "Rating round"),
        rounds_loading: ("Die Bewertungsrunde wird geladen …", "Loading the rating round …"),
        report_loading: ("Der Bericht wird geladen …", "Loading the report …"),
        present_loading: ("Die Präsentation wird geladen …", "Loading the presentation …"),
        report_unavailable: (
            "Der Bericht ließ sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The report could not be loaded. Are you offline? Please open it again later.",
        ),
        kpis_loading: ("Die Kennzahlen werden geladen …", "Loading the KPIs …"),
        tracking_loading: ("Die Erfolgskontrolle wird geladen …", "Loading the tracking …"),
        measures_loading: ("Die Maßnahmen werden geladen …", "Loading the measures …"),
        kpis_unavailable: (
            "Die Kennzahlen ließen sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The KPIs could not be loaded. Are you offline? Please open them again later.",
        ),
        tracking_unavailable: (
            "Die Erfolgskontrolle ließ sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The tracking could not be loaded. Are you offline? Please open it again later.",
        ),
        measures_unavailable: (
            "Die Maßnahmen ließen sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The measures could not be loaded. Are you offline? Please open them again later.",
        ),
        present_unavailable: (
            "Die Präsentation ließ sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The presentation could not be loaded. Are you offline? Please open it again later.",
        ),
        rounds_unavailable: (
            "Die Bewertungsrunde ließ sich nicht laden. Sind Sie offline? Bitte später erneut öffnen.",
            "The rating round could not be loaded. Are you offline? Please open it again later.",
        ),
        /// A view of the views module (loaded on demand) sent a command that does not read.
        module_unreadable: (
            "Die Ansicht schickte etwas Unlesbares; nichts wurde geändert.",
            "The view sent something unreadable; nothing was changed.",
        ),
        update_ready: (
            "Eine neue Version von Kontaktpunkt ist bereit.",
            "A new version of Kontaktpunkt is ready.",
        ),
        update_reload: ("Neu laden und aktualisieren", "Reload to update"),
        view_measures: ("Maßnahmen", "Measures"),
        view_tracking: ("Erfolgskontrolle", "Tracking"),
        view_kpis: ("Kennzahlen", "KPIs"),
        view_report: ("Bericht", "Report"),
        view_models: ("Modelle & Dateien", "Models & files"),
        incoming_title: ("Geteiltes Modell", "Shared model"),
        incoming_body: (
            "Sie sehen ein Modell aus einem Link oder einer Datei, nur zum Ansehen. Ihre eigene Arbeit ist unverändert gespeichert.",
            "You are looking at a model from a link or a file, read-only. Your own work is saved unchanged.",
        ),
        keep_copy: ("Als meine Kopie behalten", "Keep as my copy"),
        replace_current: ("Aktuelles Modell ersetzen", "Replace current model"),
        replace_confirm: (
            "Ihr aktuelles Modell wird durch dieses ersetzt (Rückgängig bleibt möglich). Wirklich ersetzen?",
            "Your current model will be replaced by this one (undo stays possible). Replace it?",
        ),
        confirm_replace: ("Ja, ersetzen", "Yes, replace"),
        discard: ("Schließen, nichts übernehmen", "Close without taking it"),
        file_unreadable: ("Die Datei ließ sich nicht lesen.", "The file could not be read."),
        external_update: (
            "Ein anderer Tab hat dieses Modell geändert; die neue Fassung wird angezeigt. „Rückgängig“ holt die Fassung dieses Tabs zurück.",
            "Another tab changed this model; its new version is shown. Undo takes this tab's version back.",
        ),
    }
}

impl ShellTexts {
    /// Said while a view of the views module loads.
    pub fn module_loading(&self, view: ModuleKind) -> &'static str {
        match view {
            ModuleKind::Rounds => self.rounds_loading,
            ModuleKind::Import => crate::text::import_entry::texts(self.lang).loading,
            ModuleKind::Report => self.report_loading,
            ModuleKind::Present => self.present_loading,
            ModuleKind::Kpis => self.kpis_loading,
            ModuleKind::Tracking => self.tracking_loading,
            ModuleKind::Measures => self.measures_loading,
        }
    }

    /// Said when a view of the views module could not be loaded (offline before it was ever
    /// cached, a failed fetch).
    pub fn module_unavailable(&self, view: ModuleKind) -> &'static str {
        match view {
            ModuleKind::Rounds => self.rounds_unavailable,
            ModuleKind::Import => crate::text::import_entry::texts(self.lang).unavailable,
            ModuleKind::Report => self.report_unavailable,
            ModuleKind::Present => self.present_unavailable,
            ModuleKind::Kpis => self.kpis_unavailable,
            ModuleKind::Tracking => self.tracking_unavailable,
            ModuleKind::Measures => self.measures_unavailable,
        }
    }

    /// The notice after a delete, with what was deleted.
    pub fn deleted(&self, name: &str) -> String {
        match self.lang.built() {
            Lang::De => format!("Gelöscht: {}", isolate(name)),
            Lang::En => format!("Deleted: {}", isolate(name)),
        }
    }

    /// The notice after the list of saved models was rebuilt from the models stored.
    pub fn index_repaired(&self, found: usize) -> String {
        match (self.lang.built(), found) {
            (Lang::De, 0) => "Die Liste der gespeicherten Modelle war beschädigt; es wurde kein gespeichertes Modell gefunden.".into(),
            (Lang::De, 1) => "Die Liste der gespeicherten Modelle war beschädigt und wurde neu aufgebaut: 1 Modell wiedergefunden.".into(),
            (Lang::De, n) => format!("Die Liste der gespeicherten Modelle war beschädigt und wurde neu aufgebaut: {n} Modelle wiedergefunden."),
            (Lang::En, 0) => "The list of saved models was damaged; no saved model was found.".into(),
            (Lang::En, 1) => "The list of saved models was damaged and has been rebuilt: 1 model found again.".into(),
            (Lang::En, n) => format!("The list of saved models was damaged and has been rebuilt: {n} models found again."),
        }
    }
}
