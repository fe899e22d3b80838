//! Rating rounds: the words for a round or return link that could not be read, and for what
//! each return link found in pasted text would do; German and English side by side, one
//! exhaustive `match` per language.

use crate::locale::Lang;
use crate::rounds::finder::Verdict;
use crate::rounds::{Field, LinkKind, Question, Round, RoundError};
use crate::selfcheck::embed::percent_encode;

/// A `mailto:` link to the round's return address with the return link in the body, or
/// `None` when the round names no address. `return_url` is the whole link to send.
pub fn return_mailto(round: &Round, return_url: &str, lang: Lang) -> Option<String> {
    let address = round.reply_to.as_deref()?;
    let (subject, intro) = match lang.built() {
        Lang::De => (
            "Meine Bewertung der Kontaktpunkte",
            "Hier ist meine Bewertung:",
        ),
        Lang::En => ("My rating of the touchpoints", "Here is my rating:"),
    };
    Some(format!(
        "mailto:{address}?subject={}&body={}",
        percent_encode(subject),
        percent_encode(&format!("{intro}\n\n{return_url}\n"))
    ))
}

/// What a found return link would do, for the list the consultant confirms.
pub fn verdict_text(v: &Verdict, lang: Lang) -> String {
    let de = lang.built() == Lang::De;
    match v {
        Verdict::New if de => "neue Antwort".into(),
        Verdict::New => "new answer".into(),
        Verdict::Replaces if de => "ersetzt die frühere Antwort dieser Person".into(),
        Verdict::Replaces => "replaces this rater's earlier answer".into(),
        Verdict::Duplicate if de => "doppelt: schon übernommen".into(),
        Verdict::Duplicate => "duplicate: already taken".into(),
        Verdict::Older if de => "ältere Antwort: die spätere dieser Person zählt".into(),
        Verdict::Older => "older answer: this rater's later one counts".into(),
        Verdict::OtherRound if de => "gehört zu einer anderen Runde".into(),
        Verdict::OtherRound => "belongs to another round".into(),
        Verdict::Damaged(e) if de => format!("beschädigt: {}", error_de(e)),
        Verdict::Damaged(e) => format!("damaged: {}", error_en(e)),
    }
}

impl std::fmt::Display for RoundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error_text(self, Lang::En))
    }
}

/// The message for `e` in `lang`, for the UI.
pub fn error_text(e: &RoundError, lang: Lang) -> String {
    match lang.built() {
        Lang::De => error_de(e),
        Lang::En => error_en(e),
    }
}

fn field_de(f: Field) -> &'static str {
    match f {
        Field::Flags => "Kennzeichen",
        Field::MinGroupSize => "Mindestgröße der Gruppen",
        Field::ClosingDate => "Enddatum",
        Field::Note => "Hinweis an die Bewertenden",
        Field::ReturnAddress => "Rücksendeadresse",
        Field::Stage => "Phase",
        Field::Group => "Gruppe",
        Field::GroupKind => "Art der Gruppe",
        Field::Touchpoint => "Kontaktpunkt",
        Field::Description => "Beschreibung",
        Field::PreviousMedian => "Median der vorigen Runde",
        Field::Rating => "Bewertung",
        Field::Comment => "Kommentar",
        Field::ReturnLink => "Antwort-Links",
    }
}

fn field_en(f: Field) -> &'static str {
    match f {
        Field::Flags => "flags",
        Field::MinGroupSize => "minimum group size",
        Field::ClosingDate => "closing date",
        Field::Note => "note to raters",
        Field::ReturnAddress => "return address",
        Field::Stage => "stage",
        Field::Group => "group",
        Field::GroupKind => "kind of group",
        Field::Touchpoint => "touchpoint",
        Field::Description => "description",
        Field::PreviousMedian => "previous round's median",
        Field::Rating => "rating",
        Field::Comment => "comment",
        Field::ReturnLink => "return links",
    }
}

fn kind_de(k: LinkKind) -> &'static str {
    match k {
        LinkKind::Model => "ein Modell-Link",
        LinkKind::Round => "ein Link zu einer Bewertungsrunde",
        LinkKind::Answer => "ein Antwort-Link",
    }
}

fn kind_en(k: LinkKind) -> &'static str {
    match k {
        LinkKind::Model => "a model link",
        LinkKind::Round => "a rating round link",
        LinkKind::Answer => "a return link",
    }
}

fn question_de(q: Question) -> &'static str {
    match q {
        Question::Importance => "Wichtigkeit",
        Question::Ist => "Ist",
        Question::Soll => "Soll",
        Question::Comment => "Kommentar",
    }
}

fn question_en(q: Question) -> &'static str {
    match q {
        Question::Importance => "importance",
        Question::Ist => "Ist",
        Question::Soll => "Soll",
        Question::Comment => "comment",
    }
}

fn error_de(e: &RoundError) -> String {
    match e {
        RoundError::Empty => "Der Link ist leer.".into(),
        RoundError::NotALink => "Das ist kein Kontaktpunkt-Link.".into(),
        RoundError::UnknownFormat(p) => format!("Das Link-Format „{p}“ kennt diese App nicht."),
        RoundError::WrongKind { expected, found } => format!(
            "Das ist {}, erwartet war {}.",
            kind_de(*found),
            kind_de(*expected)
        ),
        RoundError::NewerVersion(v) => format!(
            "Dieser Link stammt aus einer neueren Version (Link-Format {v}). Bitte laden Sie die App neu."
        ),
        RoundError::TooLong { max } => format!("Der Link ist zu lang (höchstens {max} Zeichen)."),
        RoundError::BadBase64 => "Der Link ist beschädigt: er enthält ungültige Zeichen.".into(),
        RoundError::BadCompression => {
            "Der Link ist unvollständig oder beschädigt. Bitte kopieren Sie ihn noch einmal ganz."
                .into()
        }
        RoundError::TooLarge { max } => {
            format!("Der Inhalt des Links ist zu groß (entpackt höchstens {max} Bytes).")
        }
        RoundError::Truncated => "Der Link ist beschädigt: sein Inhalt bricht ab.".into(),
        RoundError::TrailingBytes => {
            "Der Link ist beschädigt: nach seinem Inhalt folgt noch etwas.".into()
        }
        RoundError::BadNumber => "Der Link ist beschädigt: eine Zahl ist zu groß.".into(),
        RoundError::BadValue { field, value } => format!(
            "Der Link ist beschädigt: ungültiger Wert {value} bei „{}“.",
            field_de(*field)
        ),
        RoundError::TooMany { field, max } => {
            format!("Zu viele Einträge bei „{}“ (höchstens {max}).", field_de(*field))
        }
        RoundError::Missing(field) => format!("Es fehlt: {}.", field_de(*field)),
        RoundError::TextTooLong { field, max } => format!(
            "Der Text bei „{}“ ist zu lang (höchstens {max} Zeichen).",
            field_de(*field)
        ),
        RoundError::EmptyText(field) => format!("Ein Name bei „{}“ ist leer.", field_de(*field)),
        RoundError::BadText(field) => format!(
            "Der Text bei „{}“ enthält ungültige Zeichen.",
            field_de(*field)
        ),
        RoundError::BadDate(d) => format!("„{d}“ ist kein Datum der Form JJJJ-MM-TT."),
        RoundError::BadAddress => "Die Rücksendeadresse ist keine einfache E-Mail-Adresse.".into(),
        RoundError::NoQuestions => {
            "Die Runde fragt nichts: wählen Sie Wichtigkeit, Ist oder Soll.".into()
        }
        RoundError::DuplicateTouchpoint(id) => {
            format!("Die Runde nennt den Kontaktpunkt {id} doppelt.")
        }
        RoundError::DuplicateGroup(name) => format!("Die Gruppe „{name}“ gibt es doppelt."),
        RoundError::UnknownTouchpoint(id) => {
            format!("Das Modell hat keinen Kontaktpunkt {id}.")
        }
        RoundError::UnknownStage(key) => format!("Das Modell hat keine Phase „{key}“."),
        RoundError::OtherRound => "Diese Antwort gehört zu einer anderen Runde.".into(),
        RoundError::UnknownGroup(g) => {
            format!("Die Antwort nennt eine Gruppe, die die Runde nicht hat (Nr. {}).", g.saturating_add(1))
        }
        RoundError::WrongTouchpointCount { expected, found } => format!(
            "Die Antwort bewertet {found} Kontaktpunkte, die Runde hat {expected}."
        ),
        RoundError::NotAsked(q) => format!(
            "Die Antwort enthält „{}“, danach fragt die Runde nicht.",
            question_de(*q)
        ),
        RoundError::RatedButNotExperienced(i) => format!(
            "Die Antwort bewertet Kontaktpunkt {} und nennt ihn zugleich „nicht erlebt“.",
            i + 1
        ),
        RoundError::NothingAnswered => "Die Antwort enthält keine Bewertung.".into(),
        RoundError::TooManyAnswers { max } => {
            format!("Eine Runde sammelt höchstens {max} Antworten.")
        }
        RoundError::PasteTooLong { max } => {
            format!("Der eingefügte Text ist zu lang (höchstens {max} Bytes).")
        }
    }
}

fn error_en(e: &RoundError) -> String {
    match e {
        RoundError::Empty => "The link is empty.".into(),
        RoundError::NotALink => "This is not a Kontaktpunkt link.".into(),
        RoundError::UnknownFormat(p) => format!("This app does not know the link format “{p}”."),
        RoundError::WrongKind { expected, found } => format!(
            "This is {}; {} was expected.",
            kind_en(*found),
            kind_en(*expected)
        ),
        RoundError::NewerVersion(v) => format!(
            "This link comes from a newer version (link format {v}). Please reload the app."
        ),
        RoundError::TooLong { max } => format!("The link is too long (at most {max} characters)."),
        RoundError::BadBase64 => "The link is damaged: it holds invalid characters.".into(),
        RoundError::BadCompression => {
            "The link is incomplete or damaged. Please copy all of it again.".into()
        }
        RoundError::TooLarge { max } => {
            format!("The link's content is too large (at most {max} bytes unpacked).")
        }
        RoundError::Truncated => "The link is damaged: its content breaks off.".into(),
        RoundError::TrailingBytes => "The link is damaged: something follows its content.".into(),
        RoundError::BadNumber => "The link is damaged: a number is too large.".into(),
        RoundError::BadValue { field, value } => format!(
            "The link is damaged: invalid value {value} in the {}.",
            field_en(*field)
        ),
        RoundError::TooMany { field, max } => {
            format!("Too many entries: {} (at most {max}).", field_en(*field))
        }
        RoundError::Missing(field) => format!("Missing: {}.", field_en(*field)),
        RoundError::TextTooLong { field, max } => format!(
            "The text of the {} is too long (at most {max} characters).",
            field_en(*field)
        ),
        RoundError::EmptyText(field) => format!("A name of a {} is empty.", field_en(*field)),
        RoundError::BadText(field) => format!(
            "The text of the {} holds invalid characters.",
            field_en(*field)
        ),
        RoundError::BadDate(d) => format!("“{d}” is not a date of the form YYYY-MM-DD."),
        RoundError::BadAddress => "The return address is not a plain e-mail address.".into(),
        RoundError::NoQuestions => "The round asks nothing: choose importance, Ist or Soll.".into(),
        RoundError::DuplicateTouchpoint(id) => {
            format!("The round names touchpoint {id} twice.")
        }
        RoundError::DuplicateGroup(name) => format!("There are two groups named “{name}”."),
        RoundError::UnknownTouchpoint(id) => format!("The model has no touchpoint {id}."),
        RoundError::UnknownStage(key) => format!("The model has no stage “{key}”."),
        RoundError::OtherRound => "This answer belongs to another round.".into(),
        RoundError::UnknownGroup(g) => {
            format!(
                "The answer names a group the round does not have (no. {}).",
                g.saturating_add(1)
            )
        }
        RoundError::WrongTouchpointCount { expected, found } => {
            format!("The answer rates {found} touchpoints; the round has {expected}.")
        }
        RoundError::NotAsked(q) => format!(
            "The answer holds “{}”, which the round does not ask.",
            question_en(*q)
        ),
        RoundError::RatedButNotExperienced(i) => format!(
            "The answer rates touchpoint {} and also marks it “not experienced”.",
            i + 1
        ),
        RoundError::NothingAnswered => "The answer holds no rating.".into(),
        RoundError::TooManyAnswers { max } => {
            format!("A round collects at most {max} answers.")
        }
        RoundError::PasteTooLong { max } => {
            format!("The pasted text is too long (at most {max} bytes).")
        }
    }
}
