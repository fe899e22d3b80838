//! The app's side of the spreadsheet import, which itself is a view of the on-demand views
//! module (`text::import` holds the view's words): the button that opens it, its loading and
//! failure, the confirmation of a replace and why a command of the view was refused.

use crate::io::import_command::ImportCommandError;
use crate::locale::Lang;
use crate::text::errors::{error_de, error_en};
use crate::text::import::mib;

texts! {
    /// The texts of this area in one language; get them from [`texts`].
    ImportEntryTexts {
        open: (
            "Aus einer Tabelle oder CSV-Datei importieren …",
            "Import from a spreadsheet or CSV file…",
        ),
        loading: ("Der Import wird geladen …", "Loading the import …"),
        unavailable: (
            "Der Import ließ sich nicht laden. Sind Sie offline? Bitte laden Sie die Seite neu, sobald Sie wieder online sind; Ihre Arbeit bleibt gespeichert.",
            "The import could not be loaded. Are you offline? Please reload the page once you are online again; your work stays saved.",
        ),
        /// The replace choice; also the name of its confirmation.
        target_replace: ("aktuelles Modell ersetzen", "replace the current model"),
        replace_confirm: (
            "Rückgängig bleibt möglich. Wirklich ersetzen?",
            "Undo stays possible. Replace it?",
        ),
    }
}

pub fn texts(lang: Lang) -> &'static ImportEntryTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

/// Why the app refused a command of the import view, in `lang`; nothing was changed.
pub fn command_error_text(e: &ImportCommandError, lang: Lang) -> String {
    match (e, lang.built()) {
        (ImportCommandError::TooLong { max }, Lang::De) => format!(
            "Der Import schickte mehr als {} MB; nichts wurde geändert.",
            mib(*max)
        ),
        (ImportCommandError::TooLong { max }, Lang::En) => format!(
            "The import sent more than {} MB; nothing was changed.",
            mib(*max)
        ),
        (ImportCommandError::Malformed, Lang::De) => {
            "Der Import schickte etwas Unlesbares; nichts wurde geändert.".into()
        }
        (ImportCommandError::Malformed, Lang::En) => {
            "The import sent something unreadable; nothing was changed.".into()
        }
        (ImportCommandError::UnknownMode(mode), Lang::De) => format!(
            "Der Import verlangte eine unbekannte Art des Imports („{mode}“); nichts wurde geändert."
        ),
        (ImportCommandError::UnknownMode(mode), Lang::En) => format!(
            "The import asked for an unknown kind of import (“{mode}”); nothing was changed."
        ),
        (ImportCommandError::Model(e), Lang::De) => format!(
            "Das importierte Modell wurde abgelehnt: {} Nichts wurde geändert.",
            error_de(e)
        ),
        (ImportCommandError::Model(e), Lang::En) => format!(
            "The imported model was refused: {} Nothing was changed.",
            error_en(e)
        ),
        (ImportCommandError::NotAnAddition, Lang::De) => "Das aktuelle Modell hat sich geändert, während der Import offen war; bitte die Vorschau prüfen und erneut importieren.".into(),
        (ImportCommandError::NotAnAddition, Lang::En) => "The current model changed while the import was open; please check the preview and import again.".into(),
    }
}
