//! The text catalogue, the top layer. Every UI text is a field of [`Texts`]; `DE` and `EN`
//! must fill every field, so a missing translation does not compile. Error texts are
//! exhaustive `match`es: the layers below define their errors, this one words them
//! ([`Texts::error`], `ModelError`'s `Display`, [`share`] for share links).

pub mod chart_points;
pub mod import;
pub mod keyboard;
pub mod report_tables;
pub mod share;

use crate::domain::error::ModelError;
use crate::domain::kpis::FunnelStage;
use crate::domain::model::{
    Channel, Contact, CycleStep, Decision, Experience, FactorKind, Flag, MeasureStatus, Scenario,
};
use crate::figures::analysis::Quadrant;
use crate::io::csv_io::CsvProblem;

pub use crate::locale::Lang;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

pub struct Texts {
    pub lang_name: &'static str,
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub start_empty: &'static str,
    pub load_demo: &'static str,
    pub touchpoints: &'static str,
    /// "1 touchpoint", "2 touchpoints": the count with the word in its number.
    pub touchpoint_count: fn(usize) -> String,
    pub touchpoint: &'static str,
    pub stage: &'static str,
    pub owner: &'static str,
    pub no_owner: &'static str,
    pub importance: &'static str,
    pub ist: &'static str,
    pub soll: &'static str,
    pub gap: &'static str,
    pub priority: &'static str,
    pub not_rated: &'static str,
    pub experience_index: &'static str,
    pub experience_index_help: &'static str,
    pub no_data: &'static str,
    pub dismiss: &'static str,
    pub error_title: &'static str,
    pub key_touchpoints: &'static str,
    pub lovepoints: &'static str,
    pub painpoints: &'static str,
    pub demo_title: &'static str,
    pub demo_company: &'static str,
    pub view_nav: &'static str,
    pub view_inventory: &'static str,
    pub view_journey: &'static str,
    pub view_matrix: &'static str,
    pub view_gaps: &'static str,
    pub view_indices: &'static str,
    pub view_lists: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub saved: &'static str,
    pub storage_failed: &'static str,
    pub storage_corrupt: &'static str,
    /// The browser denies storage outright: said once, with the two ways to keep the work.
    pub storage_denied: &'static str,
    pub storage_denied_file: &'static str,
    pub storage_denied_link: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub filter_any: &'static str,
    pub channel_label: &'static str,
    pub contact_label: &'static str,
    pub decision_label: &'static str,
    pub flag_label: &'static str,
    pub group_by: &'static str,
    pub group_none: &'static str,
    pub filters: &'static str,
    pub clear_filter: &'static str,
    pub no_matches: &'static str,
    pub of: &'static str,
    pub add_touchpoint: &'static str,
    pub name: &'static str,
    pub add: &'static str,
    pub library_open: &'static str,
    pub library_title: &'static str,
    pub library_intro: &'static str,
    pub library_add: &'static str,
    pub library_present: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub edit: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub deleted: &'static str,
    pub description: &'static str,
    pub flags: &'static str,
    pub factor_placeholder: &'static str,
    pub add_factor: &'static str,
    pub remove: &'static str,
    pub scale: &'static str,
    pub stages: &'static str,
    pub owners: &'static str,
    pub new_entry: &'static str,
    pub rename: &'static str,
    pub in_use: &'static str,
    pub delete_what: &'static str,
    pub on_delete_move: &'static str,
    pub on_delete_delete: &'static str,
    pub on_delete_unassign: &'static str,
    pub confirm_delete: &'static str,
    pub journey_help: &'static str,
    pub matrix_help: &'static str,
    pub gaps_help: &'static str,
    pub key_marker: &'static str,
    pub by_stage: &'static str,
    pub by_owner: &'static str,
    pub by_channel: &'static str,
    pub lovepoints_help: &'static str,
    pub painpoints_help: &'static str,
    pub without_owner: &'static str,
    pub entry_points: &'static str,
    pub exit_points: &'static str,
    pub none: &'static str,
    pub chart_empty: &'static str,
    pub show_all: &'static str,
    pub count: &'static str,
    pub pick_library: &'static str,
    pub view_share: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub view_measures: &'static str,
    pub view_tracking: &'static str,
    pub view_kpis: &'static str,
    pub view_report: &'static str,
    pub view_models: &'static str,
    pub incoming_title: &'static str,
    pub incoming_body: &'static str,
    pub keep_copy: &'static str,
    pub replace_current: &'static str,
    pub replace_confirm: &'static str,
    pub confirm_replace: &'static str,
    pub discard: &'static str,
    pub share_title: &'static str,
    pub share_help: &'static str,
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_system: &'static str,
    pub qr_title: &'static str,
    pub qr_too_long: &'static str,
    pub characters: &'static str,
    pub models_title: &'static str,
    pub new_model: &'static str,
    pub untitled: &'static str,
    pub open_model: &'static str,
    pub current_model: &'static str,
    pub model_title_label: &'static str,
    pub company: &'static str,
    pub delete_model_confirm: &'static str,
    pub files_title: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub csv_will_add: &'static str,
    pub csv_new_owners: &'static str,
    pub csv_errors: &'static str,
    /// Followed by the number of bad lines not listed.
    pub csv_more_errors: &'static str,
    pub csv_line: &'static str,
    pub csv_confirm: &'static str,
    pub file_unreadable: &'static str,
    pub damaged_title: &'static str,
    pub damaged_body: &'static str,
    pub export_raw: &'static str,
    pub delete_all: &'static str,
    pub delete_all_confirm: &'static str,
    pub external_update: &'static str,
    pub updated: &'static str,
    /// Words of the importance scale, from 1 to 5.
    pub importance_words: [&'static str; 5],
    /// Words of the experience scale, from -2 to +2.
    pub experience: [&'static str; 5],
    /// direct, indirect
    pub contact: [&'static str; 2],
    /// online, offline, both
    pub channel: [&'static str; 3],
    /// keep, optimise, new, retire
    pub decision: [&'static str; 4],
    /// disappointment, okay, delight
    pub factor: [&'static str; 3],
    /// entry, exit, moment of truth
    pub flag: [&'static str; 3],
    /// fix first, keep it up, low priority, possible overkill
    pub quadrant: [&'static str; 4],
    /// The eight steps of the touchpoint-management cycle, step 1 first.
    pub cycle_steps: [&'static str; 8],
    /// idea, planned, in progress, done, dropped
    pub measure_status: [&'static str; 5],
    /// best case, realistic, worst case
    pub scenario: [&'static str; 3],
    /// awareness, consideration, purchase, loyalty, referral
    pub funnel_stages: [&'static str; 5],
    /// saboteurs, disloyal, lost, conditionally loyal, fully loyal, fans (the order of
    /// `analysis::loyalty_shares`)
    pub loyalty_segments: [&'static str; 6],
    pub measures_title: &'static str,
    pub measures_help: &'static str,
    pub new_measure: &'static str,
    pub measure_title: &'static str,
    pub measure_description: &'static str,
    pub edit_measure: &'static str,
    pub delete_measure_confirm: &'static str,
    pub due: &'static str,
    pub effort: &'static str,
    pub status: &'static str,
    pub expected_ist: &'static str,
    pub expected_short: &'static str,
    pub not_set: &'static str,
    pub filter_touchpoints: &'static str,
    pub selected: &'static str,
    pub quick_win: &'static str,
    pub overdue: &'static str,
    pub plan_list_title: &'static str,
    pub plan_layout: &'static str,
    pub board: &'static str,
    pub table: &'static str,
    pub filter_owner: &'static str,
    pub all_owners: &'static str,
    pub no_measures: &'static str,
    pub projection_title: &'static str,
    pub projection_help: &'static str,
    pub plan_warnings_title: &'static str,
    pub warn_new_without_measure: &'static str,
    pub warn_retire_important: &'static str,
    pub tracking_title: &'static str,
    pub tracking_help: &'static str,
    pub snapshots: &'static str,
    pub snapshot_label: &'static str,
    pub snapshot_placeholder: &'static str,
    pub date: &'static str,
    pub take_snapshot: &'static str,
    pub no_snapshots: &'static str,
    pub today: &'static str,
    pub compare_title: &'static str,
    pub compare_from: &'static str,
    pub compare_to: &'static str,
    pub improved: &'static str,
    pub worsened: &'static str,
    pub unchanged: &'static str,
    pub index_change: &'static str,
    pub no_changes: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub change: &'static str,
    pub added_since: &'static str,
    pub gone_since: &'static str,
    pub trend_title: &'static str,
    pub trend_index: &'static str,
    pub trend_touchpoint: &'static str,
    pub cycle_title: &'static str,
    pub cycle_help: &'static str,
    pub current_step: &'static str,
    pub note: &'static str,
    pub nps_title: &'static str,
    pub nps_help: &'static str,
    pub nps: &'static str,
    pub period: &'static str,
    pub promoters: &'static str,
    pub passives: &'static str,
    pub detractors: &'static str,
    pub nps_input_mode: &'static str,
    pub nps_mode_raw: &'static str,
    pub nps_mode_counts: &'static str,
    pub nps_answers: &'static str,
    pub nps_preview: &'static str,
    pub add_nps_period: &'static str,
    pub no_periods: &'static str,
    pub whole_numbers: &'static str,
    pub referral_title: &'static str,
    pub referral_help: &'static str,
    pub referral_rate: &'static str,
    pub referred: &'static str,
    pub new_customers: &'static str,
    pub add_referral_period: &'static str,
    pub loyalty_title: &'static str,
    pub loyalty_help: &'static str,
    pub funnel_title: &'static str,
    pub funnel_help: &'static str,
    pub funnel_step: &'static str,
    pub ours: &'static str,
    pub competitor_name: &'static str,
    pub remove_competitor: &'static str,
    pub conversion: &'static str,
    pub report_heading: &'static str,
    pub print_report: &'static str,
    pub report_help: &'static str,
    pub summary: &'static str,
    pub kpis_and_trends: &'static str,
    /// Words of the effort scale, from 1 to 5.
    pub effort_words: [&'static str; 5],
    error_text: fn(&ModelError) -> String,
    csv_problem_text: fn(&CsvProblem) -> String,
}

impl Texts {
    pub fn error(&self, e: &ModelError) -> String {
        (self.error_text)(e)
    }

    /// What is wrong with one line of an imported CSV file.
    pub fn csv_problem(&self, p: &CsvProblem) -> String {
        (self.csv_problem_text)(p)
    }

    pub fn experience(&self, e: Experience) -> &'static str {
        self.experience[(e.value() - Experience::MIN) as usize]
    }

    pub fn contact(&self, c: Contact) -> &'static str {
        self.contact[c as usize]
    }

    pub fn channel(&self, c: Channel) -> &'static str {
        self.channel[c as usize]
    }

    pub fn decision(&self, d: Decision) -> &'static str {
        self.decision[d as usize]
    }

    pub fn factor(&self, f: FactorKind) -> &'static str {
        self.factor[f as usize]
    }

    pub fn flag(&self, f: Flag) -> &'static str {
        self.flag[f as usize]
    }

    pub fn quadrant(&self, q: Quadrant) -> &'static str {
        self.quadrant[q as usize]
    }

    pub fn cycle_step(&self, step: CycleStep) -> &'static str {
        self.cycle_steps[step.index()]
    }

    pub fn measure_status(&self, s: MeasureStatus) -> &'static str {
        self.measure_status[s as usize]
    }

    pub fn scenario(&self, s: Scenario) -> &'static str {
        self.scenario[s as usize]
    }

    pub fn funnel_stage(&self, s: FunnelStage) -> &'static str {
        self.funnel_stages[s.index()]
    }
}

pub static DE: Texts = Texts {
    lang_name: "Deutsch",
    app_title: "Kontaktpunkt",
    tagline: "Customer Touchpoint Management: Ist und Soll jedes Kontaktpunkts im Blick",
    language: "Sprache",
    empty_title: "Noch keine Kontaktpunkte",
    empty_body: "Sammeln Sie alle Punkte, an denen Kunden Ihrem Unternehmen begegnen, bewerten Sie das heutige Erlebnis (Ist) gegen das Ziel (Soll) und finden Sie die wenigen Schlüssel-Kontaktpunkte. Ihre Daten bleiben in diesem Browser.",
    start_empty: "Leeres Modell beginnen",
    load_demo: "Demo-Modell laden",
    touchpoints: "Kontaktpunkte",
    touchpoint_count: touchpoint_count_de,
    touchpoint: "Kontaktpunkt",
    stage: "Phase",
    owner: "Verantwortlich",
    no_owner: "ohne Verantwortliche",
    importance: "Wichtigkeit",
    ist: "Ist",
    soll: "Soll",
    gap: "Lücke",
    priority: "Priorität",
    not_rated: "nicht bewertet",
    experience_index: "Erlebnis-Index",
    experience_index_help: "Nach Wichtigkeit gewichteter Mittelwert der Bewertungen, 0 (stark enttäuschend) bis 100 (begeisternd).",
    no_data: "keine Daten",
    dismiss: "Schließen",
    error_title: "Das ging nicht",
    key_touchpoints: "Schlüssel-Kontaktpunkte",
    lovepoints: "Lovepoints",
    painpoints: "Painpoints",
    demo_title: "Demo: Kundenreise eines Onlinehändlers",
    demo_company: "Muster GmbH",
    view_nav: "Ansichten",
    view_inventory: "Kontaktpunkte",
    view_journey: "Journey-Kurve",
    view_matrix: "Wichtigkeit × Leistung",
    view_gaps: "Lücken & Prioritäten",
    view_indices: "Erlebnis-Index",
    view_lists: "Phasen & Verantwortliche",
    undo: "Rückgängig",
    redo: "Wiederholen",
    saved: "Im Browser gespeichert",
    storage_failed: "Nicht gespeichert: der Speicher des Browsers ist voll oder gesperrt. Ihre Arbeit bleibt in diesem Tab erhalten, solange er offen ist; teilen oder exportieren Sie sie, bevor Sie ihn schließen.",
    storage_corrupt: "Ein gespeichertes Modell war beschädigt und wurde beiseitegelegt (nicht gelöscht):",
    storage_denied: "Dieser Browser erlaubt der App keinen Speicher: Ihre Arbeit bleibt nur in diesem Tab, solange er offen ist. Exportieren Sie sie, bevor Sie ihn schließen.",
    storage_denied_file: "Als Datei exportieren",
    storage_denied_link: "Als Link teilen",
    search: "Suchen",
    search_placeholder: "Name, Beschreibung, Faktor …",
    filter_any: "alle",
    channel_label: "Kanal",
    contact_label: "Kontakt",
    decision_label: "Entscheidung",
    flag_label: "Merkmal",
    group_by: "Gruppieren nach",
    group_none: "keine Gruppierung",
    filters: "Filter",
    clear_filter: "Filter zurücksetzen",
    no_matches: "Keine Kontaktpunkte passen zu Suche und Filter.",
    of: "von",
    add_touchpoint: "Kontaktpunkt hinzufügen",
    name: "Name",
    add: "Hinzufügen",
    library_open: "Aus der Startliste wählen",
    library_title: "Typische Kontaktpunkte",
    library_intro: "Die meisten Teams unterschätzen, wie viele Kontaktpunkte sie haben. Haken Sie alle an, die es bei Ihnen gibt; Phase, Kontakt und Kanal sind voreingestellt.",
    library_add: "Ausgewählte hinzufügen",
    library_present: "schon im Modell",
    cancel: "Abbrechen",
    close: "Schließen",
    edit: "Bearbeiten",
    duplicate: "Duplizieren",
    delete: "Löschen",
    move_up: "Nach oben",
    move_down: "Nach unten",
    deleted: "Gelöscht:",
    description: "Beschreibung aus Kundensicht",
    flags: "Merkmale",
    factor_placeholder: "Neuer Faktor",
    add_factor: "Faktor hinzufügen",
    remove: "Entfernen",
    scale: "Erlebnis-Skala",
    stages: "Phasen der Customer Journey",
    owners: "Verantwortliche (Abteilungen)",
    new_entry: "Neuer Eintrag",
    rename: "Name",
    in_use: "Kontaktpunkte",
    delete_what: "Was passiert mit den Kontaktpunkten?",
    on_delete_move: "verschieben nach",
    on_delete_delete: "mit löschen",
    on_delete_unassign: "ohne Verantwortliche lassen",
    confirm_delete: "Löschen bestätigen",
    journey_help: "Ist (durchgezogen) und Soll (gestrichelt) entlang der Phasen; die Fläche dazwischen ist die Lücke. Punkt wählen öffnet den Kontaktpunkt.",
    matrix_help: "Wichtigkeit gegen Ist-Erlebnis. Hoch heißt: Wichtigkeit ab 3, Ist über „okay“ (0).",
    gaps_help: "Priorität = Wichtigkeit × Lücke (Soll − Ist, nur positive). Schlüssel-Kontaktpunkte: die wenigen mit der höchsten Priorität, die zusammen mindestens 80 % der Gesamtpriorität ausmachen.",
    key_marker: "Schlüssel",
    by_stage: "nach Phase",
    by_owner: "nach Verantwortlichen",
    by_channel: "nach Kanal",
    lovepoints_help: "Ist ≥ +1 und Wichtigkeit ≥ 4",
    painpoints_help: "Ist ≤ −1 und Wichtigkeit ≥ 3",
    without_owner: "Ohne Verantwortliche",
    entry_points: "Einstiegspunkte",
    exit_points: "Ausstiegspunkte",
    none: "keine",
    chart_empty: "Noch nichts zu zeigen: bewerten Sie Ist und Soll der Kontaktpunkte.",
    show_all: "Alle zeigen",
    count: "Anzahl",
    pick_library: "Startliste öffnen",
    view_measures: "Maßnahmen",
    view_tracking: "Erfolgskontrolle",
    view_kpis: "Kennzahlen",
    view_report: "Bericht",
    update_ready: "Eine neue Version von Kontaktpunkt ist bereit.",
    update_reload: "Neu laden und aktualisieren",
    view_share: "Teilen",
    view_models: "Modelle & Dateien",
    incoming_title: "Geteiltes Modell",
    incoming_body: "Sie sehen ein Modell aus einem Link oder einer Datei, nur zum Ansehen. Ihre eigene Arbeit ist unverändert gespeichert.",
    keep_copy: "Als meine Kopie behalten",
    replace_current: "Aktuelles Modell ersetzen",
    replace_confirm: "Ihr aktuelles Modell wird durch dieses ersetzt (Rückgängig bleibt möglich). Wirklich ersetzen?",
    confirm_replace: "Ja, ersetzen",
    discard: "Schließen, nichts übernehmen",
    share_title: "Per Link teilen",
    share_help: "Der Link enthält das ganze Modell hinter dem #, den kein Server zu sehen bekommt. Wer ihn öffnet, sieht das Modell und kann es als eigene Kopie behalten.",
    link_label: "Link zu diesem Modell",
    copy_link: "Link kopieren",
    copied: "In die Zwischenablage kopiert.",
    copy_failed: "Kopieren ging nicht: bitte den Link markieren und selbst kopieren.",
    share_system: "Teilen …",
    qr_title: "QR-Code des Links",
    qr_too_long: "Der Link ist zu lang für einen QR-Code. Teilen Sie ihn als Link oder exportieren Sie eine Datei.",
    characters: "Zeichen",
    models_title: "Gespeicherte Modelle",
    new_model: "Neues leeres Modell",
    untitled: "Ohne Titel",
    open_model: "Öffnen",
    current_model: "aktuell",
    model_title_label: "Titel des Modells",
    company: "Unternehmen",
    delete_model_confirm: "Dieses Modell endgültig löschen?",
    files_title: "Dateien",
    export_json: "Modell als JSON exportieren",
    import_json: "Modell aus JSON-Datei öffnen",
    export_csv: "Kontaktpunkte als CSV exportieren (Excel)",
    import_csv: "Kontaktpunkte aus CSV-Datei hinzufügen",
    csv_will_add: "Kontaktpunkte werden hinzugefügt",
    csv_new_owners: "Neue Verantwortliche:",
    csv_errors: "Zeilen mit Fehlern, die nicht importiert werden:",
    csv_more_errors: "… und weitere Zeilen mit Fehlern:",
    csv_line: "Zeile",
    csv_confirm: "Importieren",
    file_unreadable: "Die Datei ließ sich nicht lesen.",
    damaged_title: "Beschädigte gespeicherte Daten",
    damaged_body: "Diese Einträge ließen sich nicht lesen. Sie wurden nicht gelöscht; exportieren Sie sie, um sie zu retten.",
    export_raw: "Rohdaten exportieren",
    delete_all: "Alle meine Daten in diesem Browser löschen",
    delete_all_confirm: "Alle Modelle und Einstellungen dieser App in diesem Browser werden gelöscht. Das lässt sich nicht rückgängig machen. Fortfahren?",
    external_update: "Ein anderer Tab hat dieses Modell geändert; die neue Fassung wird angezeigt.",
    updated: "geändert",
    importance_words: ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"],
    experience: [
        "stark enttäuschend",
        "enttäuschend",
        "okay",
        "positiv",
        "begeisternd",
    ],
    contact: ["unmittelbar", "mittelbar"],
    channel: ["online", "offline", "beides"],
    decision: ["beibehalten", "optimieren", "neu", "abschaffen"],
    factor: ["Enttäuschungsfaktoren", "Okay-Faktoren", "Begeisterungsfaktoren"],
    flag: ["Einstiegspunkt", "Ausstiegspunkt", "Moment der Wahrheit"],
    quadrant: [
        "Zuerst verbessern",
        "Weiter so",
        "Geringe Priorität",
        "Möglicher Overkill",
    ],
    cycle_steps: [
        "Ist-Analyse der Kontaktpunkte",
        "Aus Kundensicht dokumentieren",
        "Soll-Erlebnisse festlegen",
        "Prozesse und Verhaltensweisen definieren",
        "Maßnahmen planen",
        "Umsetzen",
        "Überprüfen und bewerten",
        "Kontinuierlich verbessern",
    ],
    measure_status: ["Idee", "Geplant", "In Arbeit", "Erledigt", "Verworfen"],
    scenario: ["Best Case", "Realistisch", "Worst Case"],
    funnel_stages: ["Bekanntheit", "Erwägung", "Kauf", "Loyalität", "Empfehlung"],
    loyalty_segments: [
        "Saboteure",
        "Illoyale",
        "Verlorene",
        "Bedingt Loyale",
        "Voll Loyale",
        "Fans",
    ],
    measures_title: "Maßnahmenplan",
    measures_help: "Maßnahmen an einem oder mehreren Kontaktpunkten. Quick Wins (Aufwand bis 2 an einem Schlüssel-Kontaktpunkt) stehen vorn, überfällige sind markiert.",
    new_measure: "Neue Maßnahme",
    measure_title: "Maßnahme",
    measure_description: "Beschreibung",
    edit_measure: "Maßnahme bearbeiten",
    delete_measure_confirm: "Diese Maßnahme löschen?",
    due: "Fällig am",
    effort: "Aufwand",
    status: "Status",
    expected_ist: "Erwartetes Ist nach der Maßnahme",
    expected_short: "Erwartetes Ist (Best / Realistisch / Worst)",
    not_set: "nicht festgelegt",
    filter_touchpoints: "Kontaktpunkte filtern",
    selected: "ausgewählt",
    quick_win: "Quick Win",
    overdue: "überfällig",
    plan_list_title: "Maßnahmen",
    plan_layout: "Darstellung",
    board: "Board nach Status",
    table: "Tabelle",
    filter_owner: "Nach Verantwortlichen filtern",
    all_owners: "alle Verantwortlichen",
    no_measures: "Noch keine Maßnahmen. Legen Sie oben die erste an.",
    projection_title: "Prognose des Erlebnis-Index",
    projection_help: "Erlebnis-Index, wenn die beschlossenen Maßnahmen (geplant, in Arbeit, erledigt) ihr erwartetes Ist erreichen, je Szenario, neben dem heutigen Ist und dem Soll.",
    plan_warnings_title: "Entscheidungen, die der Plan noch nicht abbildet",
    warn_new_without_measure: "neuer Kontaktpunkt ohne Maßnahme",
    warn_retire_important: "soll abgeschafft werden, ist aber noch als wichtig bewertet",
    tracking_title: "Erfolgskontrolle",
    tracking_help: "Speichern Sie eine datierte Momentaufnahme aller Bewertungen als Baseline, etwa nach einem Workshop oder einer Befragung. Später vergleichen Sie Momentaufnahmen untereinander oder mit heute.",
    snapshots: "Momentaufnahmen (Baselines)",
    snapshot_label: "Bezeichnung",
    snapshot_placeholder: "z. B. Baseline Workshop",
    date: "Datum",
    take_snapshot: "Momentaufnahme speichern",
    no_snapshots: "Noch keine Momentaufnahme: speichern Sie eine als Baseline.",
    today: "heute",
    compare_title: "Vergleich",
    compare_from: "Vergleiche",
    compare_to: "mit",
    improved: "verbessert",
    worsened: "verschlechtert",
    unchanged: "unverändert",
    index_change: "Veränderung Erlebnis-Index (Punkte)",
    no_changes: "Keine Ist-Bewertung hat sich verändert.",
    before: "vorher",
    after: "nachher",
    change: "Veränderung",
    added_since: "neu",
    gone_since: "entfernt",
    trend_title: "Trend",
    trend_index: "Trend des Erlebnis-Index",
    trend_touchpoint: "Trend eines Kontaktpunkts",
    cycle_title: "Der Zyklus in acht Schritten",
    cycle_help: "Wo steht das Team? Markieren Sie den aktuellen Schritt und halten Sie je Schritt Notizen fest.",
    current_step: "aktueller Schritt",
    note: "Notiz",
    nps_title: "Net Promoter Score (NPS)",
    nps_help: "NPS = Anteil Promotoren (9–10) minus Anteil Kritiker (0–6), von −100 bis +100. Fügen Sie Einzelantworten ein (eine Zahl je Zeile) oder geben Sie die Anzahlen ein.",
    nps: "NPS",
    period: "Zeitraum",
    promoters: "Promotoren (9–10)",
    passives: "Passive (7–8)",
    detractors: "Kritiker (0–6)",
    nps_input_mode: "Eingabe als",
    nps_mode_raw: "Einzelantworten",
    nps_mode_counts: "Anzahlen",
    nps_answers: "Antworten von 0 bis 10, eine je Zeile",
    nps_preview: "Vorschau",
    add_nps_period: "NPS-Zeitraum hinzufügen",
    no_periods: "Noch keine Zeiträume.",
    whole_numbers: "Bitte ganze Zahlen ab 0 eingeben.",
    referral_title: "Empfehlungsrate",
    referral_help: "Anteil der Neukunden eines Zeitraums, die über eine Empfehlung kamen.",
    referral_rate: "Empfehlungsrate",
    referred: "davon über Empfehlung",
    new_customers: "Neukunden",
    add_referral_period: "Zeitraum hinzufügen",
    loyalty_title: "Loyalitätssegmente",
    loyalty_help: "Anzahl der Kunden je Segment; das Diagramm zeigt den Anteil jedes Segments.",
    funnel_title: "Markentrichter",
    funnel_help: "Eine Zahl je Stufe in derselben Einheit (Personen oder % des Marktes), optional mit einem Wettbewerber daneben. Konversion = nächste Stufe ÷ diese Stufe.",
    funnel_step: "Stufe",
    ours: "Wir",
    competitor_name: "Wettbewerber (Name)",
    remove_competitor: "Wettbewerber entfernen",
    conversion: "Konversion",
    report_heading: "Bericht Customer Touchpoint Management",
    print_report: "Drucken / als PDF speichern",
    report_help: "Diese Ansicht ist für den Druck gestaltet; im Druckdialog des Browsers können Sie sie auch als PDF speichern.",
    summary: "Überblick",
    kpis_and_trends: "Kennzahlen und Trends",
    effort_words: ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"],
    error_text: error_de,
    csv_problem_text: csv_problem_de,
};

pub static EN: Texts = Texts {
    lang_name: "English",
    app_title: "Kontaktpunkt",
    tagline: "Customer Touchpoint Management: current and target experience at every touchpoint",
    language: "Language",
    empty_title: "No touchpoints yet",
    empty_body: "Collect every point where customers meet your company, rate today's experience (Ist) against the target (Soll) and find the few key touchpoints. Your data stays in this browser.",
    start_empty: "Start an empty model",
    load_demo: "Load the demo model",
    touchpoints: "Touchpoints",
    touchpoint_count: touchpoint_count_en,
    touchpoint: "Touchpoint",
    stage: "Stage",
    owner: "Owner",
    no_owner: "no owner",
    importance: "Importance",
    ist: "Ist (today)",
    soll: "Soll (target)",
    gap: "Gap",
    priority: "Priority",
    not_rated: "not rated",
    experience_index: "Experience index",
    experience_index_help: "Importance-weighted mean of the ratings, 0 (strongly disappointing) to 100 (delightful).",
    no_data: "no data",
    dismiss: "Dismiss",
    error_title: "That did not work",
    key_touchpoints: "Key touchpoints",
    lovepoints: "Lovepoints",
    painpoints: "Painpoints",
    demo_title: "Demo: customer journey of an online shop",
    demo_company: "Example Ltd",
    view_nav: "Views",
    view_inventory: "Touchpoints",
    view_journey: "Journey curve",
    view_matrix: "Importance × performance",
    view_gaps: "Gaps & priorities",
    view_indices: "Experience index",
    view_lists: "Stages & owners",
    undo: "Undo",
    redo: "Redo",
    saved: "Saved in this browser",
    storage_failed: "Not saved: the browser's storage is full or blocked. Your work stays in this tab while it is open; share or export it before you close it.",
    storage_corrupt: "A saved model was damaged and has been set aside (not deleted):",
    storage_denied: "This browser gives the app no storage: your work stays only in this tab while it is open. Export it before you close it.",
    storage_denied_file: "Export as a file",
    storage_denied_link: "Share as a link",
    search: "Search",
    search_placeholder: "Name, description, factor …",
    filter_any: "any",
    channel_label: "Channel",
    contact_label: "Contact",
    decision_label: "Decision",
    flag_label: "Flag",
    group_by: "Group by",
    group_none: "no grouping",
    filters: "Filters",
    clear_filter: "Clear filters",
    no_matches: "No touchpoints match the search and filters.",
    of: "of",
    add_touchpoint: "Add a touchpoint",
    name: "Name",
    add: "Add",
    library_open: "Pick from the starter list",
    library_title: "Typical touchpoints",
    library_intro: "Most teams underestimate how many touchpoints they have. Tick every one you have; stage, contact and channel are preset.",
    library_add: "Add the selected",
    library_present: "already in the model",
    cancel: "Cancel",
    close: "Close",
    edit: "Edit",
    duplicate: "Duplicate",
    delete: "Delete",
    move_up: "Move up",
    move_down: "Move down",
    deleted: "Deleted:",
    description: "Description from the customer's view",
    flags: "Flags",
    factor_placeholder: "New factor",
    add_factor: "Add factor",
    remove: "Remove",
    scale: "Experience scale",
    stages: "Customer journey stages",
    owners: "Owners (departments)",
    new_entry: "New entry",
    rename: "Name",
    in_use: "touchpoints",
    delete_what: "What happens to the touchpoints?",
    on_delete_move: "move to",
    on_delete_delete: "delete them too",
    on_delete_unassign: "leave without owner",
    confirm_delete: "Confirm delete",
    journey_help: "Ist (solid) and Soll (dashed) along the stages; the area between them is the gap. Choose a point to open the touchpoint.",
    matrix_help: "Importance against today's experience. High means: importance 3 or more, Ist above “okay” (0).",
    gaps_help: "Priority = importance × gap (Soll − Ist, positive only). Key touchpoints: the few with the highest priority that together hold at least 80 % of the total priority.",
    key_marker: "key",
    by_stage: "by stage",
    by_owner: "by owner",
    by_channel: "by channel",
    lovepoints_help: "Ist ≥ +1 and importance ≥ 4",
    painpoints_help: "Ist ≤ −1 and importance ≥ 3",
    without_owner: "Without an owner",
    entry_points: "Entry points",
    exit_points: "Exit points",
    none: "none",
    chart_empty: "Nothing to show yet: rate Ist and Soll of the touchpoints.",
    show_all: "Show all",
    count: "Count",
    pick_library: "Open the starter list",
    view_measures: "Measures",
    view_tracking: "Tracking",
    view_kpis: "KPIs",
    view_report: "Report",
    update_ready: "A new version of Kontaktpunkt is ready.",
    update_reload: "Reload to update",
    view_share: "Share",
    view_models: "Models & files",
    incoming_title: "Shared model",
    incoming_body: "You are looking at a model from a link or a file, read-only. Your own work is saved unchanged.",
    keep_copy: "Keep as my copy",
    replace_current: "Replace current model",
    replace_confirm: "Your current model will be replaced by this one (undo stays possible). Replace it?",
    confirm_replace: "Yes, replace",
    discard: "Close without taking it",
    share_title: "Share by link",
    share_help: "The link holds the whole model after the #, which no server ever sees. Whoever opens it sees the model and can keep it as their own copy.",
    link_label: "Link to this model",
    copy_link: "Copy link",
    copied: "Copied to the clipboard.",
    copy_failed: "Copying failed: please select the link and copy it yourself.",
    share_system: "Share …",
    qr_title: "QR code of the link",
    qr_too_long: "The link is too long for a QR code. Share it as a link or export a file.",
    characters: "characters",
    models_title: "Saved models",
    new_model: "New empty model",
    untitled: "Untitled",
    open_model: "Open",
    current_model: "current",
    model_title_label: "Model title",
    company: "Company",
    delete_model_confirm: "Delete this model for good?",
    files_title: "Files",
    export_json: "Export model as JSON",
    import_json: "Open a model from a JSON file",
    export_csv: "Export touchpoints as CSV (Excel)",
    import_csv: "Add touchpoints from a CSV file",
    csv_will_add: "touchpoints will be added",
    csv_new_owners: "New owners:",
    csv_errors: "Lines with errors, which will not be imported:",
    csv_more_errors: "… and more lines with errors:",
    csv_line: "Line",
    csv_confirm: "Import",
    file_unreadable: "The file could not be read.",
    damaged_title: "Damaged stored data",
    damaged_body: "These entries could not be read. They were not deleted; export them to rescue them.",
    export_raw: "Export raw data",
    delete_all: "Delete all my data in this browser",
    delete_all_confirm: "All models and settings of this app in this browser will be deleted. This cannot be undone. Go on?",
    external_update: "Another tab changed this model; its new version is shown.",
    updated: "updated",
    importance_words: ["very low", "low", "medium", "high", "very high"],
    experience: [
        "strongly disappointing",
        "disappointing",
        "okay",
        "positive",
        "delightful",
    ],
    contact: ["direct", "indirect"],
    channel: ["online", "offline", "both"],
    decision: ["keep", "optimise", "new", "retire"],
    factor: ["Disappointment factors", "Okay factors", "Delight factors"],
    flag: ["Entry point", "Exit point", "Moment of truth"],
    quadrant: ["Fix first", "Keep it up", "Low priority", "Possible overkill"],
    cycle_steps: [
        "Analyse the touchpoints as they are (Ist)",
        "Document them from the customer's view",
        "Define the target experiences (Soll)",
        "Define processes and behaviours",
        "Plan measures",
        "Implement",
        "Review and evaluate",
        "Improve continuously",
    ],
    measure_status: ["Idea", "Planned", "In progress", "Done", "Dropped"],
    scenario: ["Best case", "Realistic", "Worst case"],
    funnel_stages: ["Awareness", "Consideration", "Purchase", "Loyalty", "Referral"],
    loyalty_segments: [
        "Saboteurs",
        "Disloyal",
        "Lost",
        "Conditionally loyal",
        "Fully loyal",
        "Fans",
    ],
    measures_title: "Measures plan",
    measures_help: "Measures on one or more touchpoints. Quick wins (effort up to 2 on a key touchpoint) come first, overdue ones are marked.",
    new_measure: "New measure",
    measure_title: "Measure",
    measure_description: "Description",
    edit_measure: "Edit measure",
    delete_measure_confirm: "Delete this measure?",
    due: "Due date",
    effort: "Effort",
    status: "Status",
    expected_ist: "Expected Ist after the measure",
    expected_short: "Expected Ist (best / realistic / worst)",
    not_set: "not set",
    filter_touchpoints: "Filter touchpoints",
    selected: "selected",
    quick_win: "Quick win",
    overdue: "overdue",
    plan_list_title: "Measures",
    plan_layout: "Layout",
    board: "Board by status",
    table: "Table",
    filter_owner: "Filter by owner",
    all_owners: "all owners",
    no_measures: "No measures yet. Add the first one above.",
    projection_title: "Projected experience index",
    projection_help: "The experience index if the committed measures (planned, in progress, done) reach their expected Ist, per scenario, beside today's Ist and the Soll.",
    plan_warnings_title: "Decisions the plan does not cover yet",
    warn_new_without_measure: "new touchpoint without a measure",
    warn_retire_important: "to be retired, but still rated important",
    tracking_title: "Success control",
    tracking_help: "Save a dated snapshot of all ratings as a baseline, e.g. after a workshop or a survey. Later, compare snapshots with each other or with today.",
    snapshots: "Snapshots (baselines)",
    snapshot_label: "Label",
    snapshot_placeholder: "e.g. workshop baseline",
    date: "Date",
    take_snapshot: "Save snapshot",
    no_snapshots: "No snapshot yet: save one as a baseline.",
    today: "today",
    compare_title: "Comparison",
    compare_from: "Compare",
    compare_to: "with",
    improved: "improved",
    worsened: "worsened",
    unchanged: "unchanged",
    index_change: "Change of the experience index (points)",
    no_changes: "No Ist rating changed.",
    before: "before",
    after: "after",
    change: "Change",
    added_since: "new",
    gone_since: "removed",
    trend_title: "Trend",
    trend_index: "Trend of the experience index",
    trend_touchpoint: "Trend of a touchpoint",
    cycle_title: "The eight-step cycle",
    cycle_help: "Where does the team stand? Mark the current step and keep notes per step.",
    current_step: "current step",
    note: "Note",
    nps_title: "Net Promoter Score (NPS)",
    nps_help: "NPS = share of promoters (9–10) minus share of detractors (0–6), from −100 to +100. Paste raw answers (one number per line) or enter the counts.",
    nps: "NPS",
    period: "Period",
    promoters: "Promoters (9–10)",
    passives: "Passives (7–8)",
    detractors: "Detractors (0–6)",
    nps_input_mode: "Enter as",
    nps_mode_raw: "Raw answers",
    nps_mode_counts: "Counts",
    nps_answers: "Answers from 0 to 10, one per line",
    nps_preview: "Preview",
    add_nps_period: "Add NPS period",
    no_periods: "No periods yet.",
    whole_numbers: "Please enter whole numbers from 0.",
    referral_title: "Referral rate",
    referral_help: "Share of a period's new customers who came through a referral.",
    referral_rate: "Referral rate",
    referred: "of them through referrals",
    new_customers: "New customers",
    add_referral_period: "Add period",
    loyalty_title: "Loyalty segments",
    loyalty_help: "Number of customers per segment; the chart shows each segment's share.",
    funnel_title: "Brand funnel",
    funnel_help: "One figure per stage in the same unit (people or % of the market), optionally with a competitor beside ours. Conversion = next stage ÷ this stage.",
    funnel_step: "Stage",
    ours: "Us",
    competitor_name: "Competitor (name)",
    remove_competitor: "Remove competitor",
    conversion: "Conversion",
    report_heading: "Customer Touchpoint Management report",
    print_report: "Print / save as PDF",
    report_help: "This view is laid out for print; the browser's print dialog also saves it as PDF.",
    summary: "Summary",
    kpis_and_trends: "KPIs and trends",
    effort_words: ["trivial", "small", "medium", "large", "very large"],
    error_text: error_en,
    csv_problem_text: csv_problem_en,
};

fn csv_problem_de(p: &CsvProblem) -> String {
    match p {
        CsvProblem::UnclosedQuote => {
            "Ein Feld in Anführungszeichen wird nicht geschlossen; ab hier ist nichts lesbar."
                .into()
        }
        CsvProblem::FieldCount { expected, found } => {
            format!("{found} Spalten statt {expected} wie in der Kopfzeile.")
        }
        CsvProblem::MissingColumns(columns) => {
            format!("Der Kopfzeile fehlen Spalten: {}.", columns.join(", "))
        }
        CsvProblem::Field { column, value } => {
            format!("Ungültiger Wert in Spalte „{column}“: „{value}“.")
        }
        CsvProblem::Model(e) => error_de(e),
    }
}

fn csv_problem_en(p: &CsvProblem) -> String {
    match p {
        CsvProblem::UnclosedQuote => {
            "A quoted field is never closed; nothing from here on can be read.".into()
        }
        CsvProblem::FieldCount { expected, found } => {
            format!("{found} columns instead of {expected} as in the header.")
        }
        CsvProblem::MissingColumns(columns) => {
            format!("The header lacks columns: {}.", columns.join(", "))
        }
        CsvProblem::Field { column, value } => {
            format!("Invalid value in column “{column}”: “{value}”.")
        }
        CsvProblem::Model(e) => error_en(e),
    }
}

fn error_de(e: &ModelError) -> String {
    match e {
        ModelError::InvalidRating(v) => {
            format!("Bewertung {v} liegt außerhalb der Skala −2 bis +2.")
        }
        ModelError::InvalidImportance(v) => {
            format!("Wichtigkeit {v} liegt außerhalb von 1 bis 5.")
        }
        ModelError::InvalidEffort(v) => format!("Aufwand {v} liegt außerhalb von 1 bis 5."),
        ModelError::EmptyName => "Der Name darf nicht leer sein.".into(),
        ModelError::TextTooLong { max } => {
            format!("Der Text ist zu lang (höchstens {max} Zeichen).")
        }
        ModelError::TooManyItems { max } => {
            format!("Zu viele Einträge (höchstens {max}).")
        }
        ModelError::UnknownTouchpoint(id) => format!("Kontaktpunkt Nr. {id} gibt es nicht."),
        ModelError::UnknownMeasure(id) => format!("Maßnahme Nr. {id} gibt es nicht."),
        ModelError::UnknownStage(k) => format!("Die Phase „{k}“ gibt es nicht."),
        ModelError::UnknownOwner(k) => format!("Die Verantwortlichen „{k}“ gibt es nicht."),
        ModelError::DuplicateStage(n) => format!("Eine Phase „{n}“ gibt es schon."),
        ModelError::DuplicateOwner(n) => format!("Verantwortliche „{n}“ gibt es schon."),
        ModelError::DuplicateId(id) => format!("Die Nummer {id} kommt doppelt vor."),
        ModelError::LastStage => "Ein Modell braucht mindestens eine Phase; jeder Kontaktpunkt gehört zu einer.".into(),
        ModelError::StageNeedsTarget => "Jeder Kontaktpunkt gehört zu einer Phase: wählen Sie, wohin sie verschoben werden, oder löschen Sie sie mit.".into(),
        ModelError::InvalidPosition(i) => format!("Position {i} gibt es in der Liste nicht."),
        ModelError::InvalidDate(d) => format!("„{d}“ ist kein Datum (JJJJ-MM-TT)."),
        ModelError::InvalidCycleStep(v) => format!("Schritt {v} liegt außerhalb von 1 bis 8."),
        ModelError::UnknownSnapshot(id) => format!("Momentaufnahme Nr. {id} gibt es nicht."),
        ModelError::BadAnswers(lines) => format!(
            "Keine Antwort von 0 bis 10 in {} {}.",
            if lines.len() == 1 { "Zeile" } else { "Zeilen" },
            line_list(lines, "und", "weitere")
        ),
        ModelError::ReferredExceedsNew {
            referred,
            new_customers,
        } => format!(
            "Mehr Neukunden über Empfehlung ({referred}) als Neukunden insgesamt ({new_customers})."
        ),
        ModelError::DuplicatePeriod(p) => format!("Den Zeitraum „{p}“ gibt es schon."),
        ModelError::DuplicateLink {
            measure,
            touchpoint,
        } => format!(
            "Maßnahme Nr. {measure} nennt Kontaktpunkt Nr. {touchpoint} mehr als einmal."
        ),
        ModelError::TooMuchText { max } => {
            format!("Das Modell enthält zu viel Text (höchstens {max} Bytes insgesamt).")
        }
        ModelError::NoCompetitor => "Legen Sie zuerst einen Wettbewerber an.".into(),
        ModelError::UnsupportedVersion(v) => format!(
            "Diese Daten stammen aus einer neueren Version (Format {v}). Bitte laden Sie die App neu."
        ),
        ModelError::Malformed(why) => format!("Die Daten sind kein gültiges Modell: {why}"),
    }
}

fn error_en(e: &ModelError) -> String {
    match e {
        ModelError::InvalidRating(v) => format!("Rating {v} is outside the scale −2 to +2."),
        ModelError::InvalidImportance(v) => format!("Importance {v} is outside 1 to 5."),
        ModelError::InvalidEffort(v) => format!("Effort {v} is outside 1 to 5."),
        ModelError::EmptyName => "The name must not be empty.".into(),
        ModelError::TextTooLong { max } => {
            format!("The text is too long (at most {max} characters).")
        }
        ModelError::TooManyItems { max } => format!("Too many entries (at most {max})."),
        ModelError::UnknownTouchpoint(id) => format!("There is no touchpoint no. {id}."),
        ModelError::UnknownMeasure(id) => format!("There is no measure no. {id}."),
        ModelError::UnknownStage(k) => format!("There is no stage “{k}”."),
        ModelError::UnknownOwner(k) => format!("There is no owner “{k}”."),
        ModelError::DuplicateStage(n) => format!("A stage “{n}” already exists."),
        ModelError::DuplicateOwner(n) => format!("An owner “{n}” already exists."),
        ModelError::DuplicateId(id) => format!("Number {id} occurs twice."),
        ModelError::LastStage => {
            "A model needs at least one stage; every touchpoint belongs to one.".into()
        }
        ModelError::StageNeedsTarget => {
            "Every touchpoint belongs to a stage: choose where they move, or delete them too."
                .into()
        }
        ModelError::InvalidPosition(i) => format!("There is no position {i} in the list."),
        ModelError::InvalidDate(d) => format!("“{d}” is not a date (YYYY-MM-DD)."),
        ModelError::InvalidCycleStep(v) => format!("Step {v} is outside 1 to 8."),
        ModelError::UnknownSnapshot(id) => format!("There is no snapshot no. {id}."),
        ModelError::BadAnswers(lines) => format!(
            "Not an answer from 0 to 10 in {} {}.",
            if lines.len() == 1 { "line" } else { "lines" },
            line_list(lines, "and", "more")
        ),
        ModelError::ReferredExceedsNew {
            referred,
            new_customers,
        } => format!(
            "More new customers through referrals ({referred}) than new customers in all ({new_customers})."
        ),
        ModelError::DuplicatePeriod(p) => format!("The period “{p}” already exists."),
        ModelError::DuplicateLink {
            measure,
            touchpoint,
        } => format!("Measure no. {measure} names touchpoint no. {touchpoint} more than once."),
        ModelError::TooMuchText { max } => {
            format!("The model holds too much text (at most {max} bytes in all).")
        }
        ModelError::NoCompetitor => "Add a competitor first.".into(),
        ModelError::UnsupportedVersion(v) => {
            format!("This data comes from a newer version (format {v}). Please reload the app.")
        }
        ModelError::Malformed(why) => format!("The data is not a valid model: {why}"),
    }
}

fn touchpoint_count_de(n: usize) -> String {
    match n {
        1 => "1 Kontaktpunkt".into(),
        _ => format!("{n} Kontaktpunkte"),
    }
}

fn touchpoint_count_en(n: usize) -> String {
    match n {
        1 => "1 touchpoint".into(),
        _ => format!("{n} touchpoints"),
    }
}

/// How many line numbers an error text lists before "and N more".
const LINES_SHOWN: usize = 10;

/// "3, 7, 12" or, past [`LINES_SHOWN`], "1, 2, …, 10 and 5 more".
fn line_list(lines: &[usize], and: &str, more: &str) -> String {
    let shown: Vec<String> = lines
        .iter()
        .take(LINES_SHOWN)
        .map(usize::to_string)
        .collect();
    let rest = lines.len().saturating_sub(LINES_SHOWN);
    if rest == 0 {
        shown.join(", ")
    } else {
        format!("{} {and} {rest} {more}", shown.join(", "))
    }
}

/// English, for logs; the UI words errors through [`Texts::error`] in the user's language.
impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.texts().error(self))
    }
}

impl crate::figures::filter::GroupLabels for Texts {
    fn no_owner(&self) -> &str {
        self.no_owner
    }
    fn channel(&self, c: Channel) -> &str {
        Texts::channel(self, c)
    }
    fn contact(&self, c: Contact) -> &str {
        Texts::contact(self, c)
    }
    fn decision(&self, d: Decision) -> &str {
        Texts::decision(self, d)
    }
}
