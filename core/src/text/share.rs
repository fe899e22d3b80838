//! The words for a share link that could not be opened, in both languages.

use crate::io::share::ShareError;
use crate::locale::Lang;

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error_text(self, Lang::En))
    }
}

/// The message for `e` in `lang`, for the UI.
pub fn error_text(e: &ShareError, lang: Lang) -> String {
    match lang {
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
