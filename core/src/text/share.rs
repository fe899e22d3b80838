//! Sharing and files: the share link and its QR code, the saved models, export, damaged
//! data, and the words for a share link that could not be opened. German and English side
//! by side, one entry per text.

use crate::io::share::ShareError;
use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    ShareTexts {
        share_title: ("Per Link teilen", "Share by link"),
        share_help: (
            "Der Link enthält das ganze Modell hinter dem #, den kein Server zu sehen bekommt. Wer ihn öffnet, sieht das Modell und kann es als eigene Kopie behalten.",
            "The link holds the whole model after the #, which no server ever sees. Whoever opens it sees the model and can keep it as their own copy.",
        ),
        link_label: ("Link zu diesem Modell", "Link to this model"),
        copy_link: ("Link kopieren", "Copy link"),
        copied: ("In die Zwischenablage kopiert.", "Copied to the clipboard."),
        copy_failed: (
            "Kopieren ging nicht: bitte den Link markieren und selbst kopieren.",
            "Copying failed: please select the link and copy it yourself.",
        ),
        share_system: ("Teilen …", "Share …"),
        qr_title: ("QR-Code des Links", "QR code of the link"),
        qr_too_long: (
            "Der Link ist zu lang für einen QR-Code. Teilen Sie ihn als Link oder exportieren Sie eine Datei.",
            "The link is too long for a QR code. Share it as a link or export a file.",
        ),
        live_title: ("Gemeinsam daran arbeiten", "Work on this together"),
        live_help: (
            "Alle mit dem Sitzungslink bearbeiten dieses Modell gleichzeitig. Der Schlüssel steht hinter dem #: das Relay sieht nur verschlüsselte Daten.",
            "Everyone with the session link edits this model at the same time. The key sits after the #: the relay only ever sees encrypted data.",
        ),
        live_no_relay: (
            "Diese Version der App nennt kein Relay für gemeinsame Sitzungen. Wie man eines einrichtet, steht in docs/collaboration.md.",
            "This build of the app names no relay for live sessions. docs/collaboration.md tells how to set one up.",
        ),
        live_name: ("Ihr Name für die anderen", "Your name for the others"),
        live_start: ("Gemeinsam daran arbeiten", "Work on this together"),
        live_link_label: ("Sitzungslink", "Session link"),
        live_join_title: ("Einer gemeinsamen Sitzung beitreten", "Join a live session"),
        live_join_help: (
            "Das Modell der Sitzung wird als eigenes gespeichertes Modell neben Ihrer Arbeit angelegt; Ihre Modelle bleiben unverändert.",
            "The session's model is kept as a saved model of its own beside your work; your models stay as they are.",
        ),
        live_join: ("Beitreten", "Join"),
        live_connected: ("Gemeinsame Sitzung verbunden", "Live session connected"),
        live_reconnecting: ("Gemeinsame Sitzung: Verbindung wird wiederhergestellt", "Live session reconnecting"),
        live_offline: (
            "Das Relay ist nicht erreichbar: Sie arbeiten allein weiter, Ihre Änderungen bleiben gespeichert.",
            "The relay cannot be reached: you work on alone, your edits stay saved.",
        ),
        live_leave: ("Sitzung verlassen", "Leave session"),
        live_editing: ("bearbeitet gerade", "editing now"),
        models_title: ("Gespeicherte Modelle", "Saved models"),
        new_model: ("Neues Modell", "New model"),
        new_model_title: ("Titel des neuen Modells", "Title of the new model"),
        new_model_hint: (
            "leer lassen: benannt nach Unternehmen oder Kontaktpunkten",
            "leave empty: named after its company or touchpoints",
        ),
        create_model: ("Anlegen", "Create"),
        open_model: ("Öffnen", "Open"),
        current_model: ("aktuell", "current"),
        model_title_label: ("Titel des Modells", "Model title"),
        company: ("Unternehmen", "Company"),
        cover_title: ("Deckblatt des Berichts", "The report's cover"),
        consultancy: ("Beratung", "Consultancy"),
        logo: ("Logo (PNG, JPEG, SVG oder WebP, höchstens 200 KB)", "Logo (PNG, JPEG, SVG or WebP, at most 200 KB)"),
        logo_help: (
            "Das Logo bleibt beim gespeicherten Modell und in seiner JSON-Datei; geteilte Links lassen es weg, es machte sie zu lang.",
            "The logo stays with the saved model and in its JSON file; shared links leave it out, it would make them too long.",
        ),
        logo_preview: ("Gewähltes Logo", "Chosen logo"),
        remove_logo: ("Logo entfernen", "Remove the logo"),
        link_without_logo: (
            "Der Link enthält das Logo des Deckblatts nicht (es machte ihn zu lang); es bleibt beim gespeicherten Modell und in seiner JSON-Datei.",
            "The link does not hold the cover's logo (it would make it too long); the logo stays with the saved model and in its JSON file.",
        ),
        delete_model_confirm: ("Dieses Modell endgültig löschen?", "Delete this model for good?"),
        files_title: ("Dateien", "Files"),
        export_json: ("Modell als JSON exportieren", "Export model as JSON"),
        import_json: ("Modell aus JSON-Datei öffnen", "Open a model from a JSON file"),
        export_csv: (
            "Kontaktpunkte als CSV exportieren (Excel)",
            "Export touchpoints as CSV (Excel)",
        ),
        damaged_title: ("Beschädigte gespeicherte Daten", "Damaged stored data"),
        damaged_body: (
            "Diese Einträge ließen sich nicht lesen. Sie wurden nicht gelöscht; exportieren Sie sie, um sie zu retten.",
            "These entries could not be read. They were not deleted; export them to rescue them.",
        ),
        export_raw: ("Rohdaten exportieren", "Export raw data"),
        delete_all: (
            "Alle meine Daten in diesem Browser löschen",
            "Delete all my data in this browser",
        ),
        delete_all_confirm: (
            "Alle Modelle und Einstellungen dieser App in diesem Browser werden gelöscht. Das lässt sich nicht rückgängig machen. Fortfahren?",
            "All models and settings of this app in this browser will be deleted. This cannot be undone. Go on?",
        ),
    }
}

impl ShareTexts {
    /// How many people are in a live session, this person included: "2 people"; "2 Personen".
    pub fn people(&self, n: usize) -> String {
        match (self.lang.built(), n) {
            (Lang::De, 1) => "1 Person".into(),
            (Lang::De, _) => format!("{n} Personen"),
            (Lang::En, 1) => "1 person".into(),
            (Lang::En, _) => format!("{n} people"),
        }
    }

    /// The length of a link: "1 character", "2 characters"; "1 Zeichen".
    pub fn characters(&self, n: usize) -> String {
        match (self.lang.built(), n) {
            (Lang::De, _) => format!("{n} Zeichen"),
            (Lang::En, 1) => "1 character".into(),
            (Lang::En, _) => format!("{n} characters"),
        }
    }

    /// When a saved model last changed: "updated 03/05/2025" as the date reads.
    pub fn updated(&self, date: &str) -> String {
        match self.lang.built() {
            Lang::De => format!("geändert {date}"),
            Lang::En => format!("updated {date}"),
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error_text(self, Lang::En))
    }
}

/// The message for `e` in `lang`, for the UI.
pub fn error_text(e: &ShareError, lang: Lang) -> String {
    match lang.built() {
        Lang::De => error_de(e),
        Lang::En => error_en(e),
    }
}

fn error_de(e: &ShareError) -> String {
    match e {
        ShareError::Empty => "Der Link enthält kein Modell.".into(),
        ShareError::NotALink => "Das ist kein Kontaktpunkt-Link.".into(),
        ShareError::UnknownFormat(p) => {
            format!("Das Link-Format „{p}“ kennt diese App nicht.")
        }
        ShareError::TooLong { max } => {
            format!("Der Link ist zu lang (höchstens {max} Zeichen).")
        }
        ShareError::BadBase64 => {
            "Der Link ist beschädigt: er enthält ungültige Zeichen.".into()
        }
        ShareError::BadCompression => {
            "Der Link ist unvollständig oder beschädigt. Bitte kopieren Sie ihn noch einmal ganz."
                .into()
        }
        ShareError::TooLarge { max } => {
            format!("Das Modell im Link ist zu groß (entpackt höchstens {max} Bytes).")
        }
        ShareError::NewerVersion(v) => format!(
            "Dieser Link stammt aus einer neueren Version (Link-Format {v}). Bitte laden Sie die App neu."
        ),
        ShareError::Invalid(m) => format!(
            "Der Link enthält kein gültiges Modell: {}",
            Lang::De.texts().error(m)
        ),
    }
}

fn error_en(e: &ShareError) -> String {
    match e {
        ShareError::Empty => "The link holds no model.".into(),
        ShareError::NotALink => "This is not a Kontaktpunkt link.".into(),
        ShareError::UnknownFormat(p) => {
            format!("This app does not know the link format “{p}”.")
        }
        ShareError::TooLong { max } => {
            format!("The link is too long (at most {max} characters).")
        }
        ShareError::BadBase64 => "The link is damaged: it holds invalid characters.".into(),
        ShareError::BadCompression => {
            "The link is incomplete or damaged. Please copy all of it again.".into()
        }
        ShareError::TooLarge { max } => {
            format!("The model in the link is too large (at most {max} bytes unpacked).")
        }
        ShareError::NewerVersion(v) => format!(
            "This link comes from a newer version (link format {v}). Please reload the app."
        ),
        ShareError::Invalid(m) => format!(
            "The link holds no valid model: {}",
            Lang::En.texts().error(m)
        ),
    }
}
