//! The words for the errors of the layers below (`ModelError`), German
//! and English side by side: one exhaustive `match` per language, so a new error does not
//! compile until both word it.

use crate::domain::error::{Fault, Malformation, ModelError};
use crate::locale::Lang;

use super::{isolate, Texts};

impl Texts {
    /// `e` in this language, for the UI.
    pub fn error(&self, e: &ModelError) -> String {
        match self.lang.built() {
            Lang::De => error_de(e),
            Lang::En => error_en(e),
        }
    }
}

pub(crate) fn error_de(e: &ModelError) -> String {
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
        ModelError::UnknownStage(k) => format!("Die Phase „{}“ gibt es nicht.", isolate(k)),
        ModelError::UnknownOwner(k) => {
            format!("Die Verantwortlichen „{}“ gibt es nicht.", isolate(k))
        }
        ModelError::DuplicateStage(n) => format!("Eine Phase „{}“ gibt es schon.", isolate(n)),
        ModelError::DuplicateOwner(n) => {
            format!("Verantwortliche „{}“ gibt es schon.", isolate(n))
        }
        ModelError::DuplicateId(id) => format!("Die Nummer {id} kommt doppelt vor."),
        ModelError::LastStage => "Ein Modell braucht mindestens eine Phase; jeder Kontaktpunkt gehört zu einer.".into(),
        ModelError::StageNeedsTarget => "Jeder Kontaktpunkt gehört zu einer Phase: wählen Sie, wohin sie verschoben werden, oder löschen Sie sie mit.".into(),
        ModelError::InvalidPosition(i) => format!("Position {i} gibt es in der Liste nicht."),
        ModelError::InvalidDate(d) => format!("„{}“ ist kein Datum (JJJJ-MM-TT).", isolate(d)),
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
        ModelError::DuplicatePeriod(p) => {
            format!("Den Zeitraum „{}“ gibt es schon.", isolate(p))
        }
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
        ModelError::ImplausibleRound(what) => format!(
            "Die Zahlen der Bewertungsrunde zu „{}“ können so nicht aus Bewertungen stammen.",
            isolate(what)
        ),
        ModelError::LogoType => {
            "Das Logo muss ein Bild im Format PNG, JPEG, SVG oder WebP sein.".into()
        }
        ModelError::LogoTooLarge { max } => {
            format!("Das Logo ist zu groß (höchstens {} KB).", max / 1024)
        }
        ModelError::BadRoundLink => {
            "Eine gespeicherte Bewertungsrunde oder Antwort ist kein gültiger Link.".into()
        }
        ModelError::UnknownRound => "Diese Bewertungsrunde gibt es im Modell nicht.".into(),
        ModelError::DuplicateRound => "Diese Bewertungsrunde ist schon gestartet.".into(),
        ModelError::UnsupportedVersion(v) => format!(
            "Diese Daten stammen aus einer neueren Version (Format {v}). Bitte laden Sie die App neu."
        ),
        ModelError::Malformed(m) => format!("Die Daten sind kein gültiges Modell: {}.", malformation_de(m)),
    }
}

pub(crate) fn error_en(e: &ModelError) -> String {
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
        ModelError::UnknownStage(k) => format!("There is no stage “{}”.", isolate(k)),
        ModelError::UnknownOwner(k) => format!("There is no owner “{}”.", isolate(k)),
        ModelError::DuplicateStage(n) => format!("A stage “{}” already exists.", isolate(n)),
        ModelError::DuplicateOwner(n) => format!("An owner “{}” already exists.", isolate(n)),
        ModelError::DuplicateId(id) => format!("Number {id} occurs twice."),
        ModelError::LastStage => {
            "A model needs at least one stage; every touchpoint belongs to one.".into()
        }
        ModelError::StageNeedsTarget => {
            "Every touchpoint belongs to a stage: choose where they move, or delete them too."
                .into()
        }
        ModelError::InvalidPosition(i) => format!("There is no position {i} in the list."),
        ModelError::InvalidDate(d) => format!("“{}” is not a date (YYYY-MM-DD).", isolate(d)),
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
        ModelError::DuplicatePeriod(p) => format!("The period “{}” already exists.", isolate(p)),
        ModelError::DuplicateLink {
            measure,
            touchpoint,
        } => format!("Measure no. {measure} names touchpoint no. {touchpoint} more than once."),
        ModelError::TooMuchText { max } => {
            format!("The model holds too much text (at most {max} bytes in all).")
        }
        ModelError::NoCompetitor => "Add a competitor first.".into(),
        ModelError::ImplausibleRound(what) => format!(
            "The rating round's figures for “{}” cannot come from ratings.",
            isolate(what)
        ),
        ModelError::LogoType => "The logo must be a PNG, JPEG, SVG or WebP image.".into(),
        ModelError::LogoTooLarge { max } => {
            format!("The logo is too large (at most {} KB).", max / 1024)
        }
        ModelError::BadRoundLink => "A kept rating round or answer is not a valid link.".into(),
        ModelError::UnknownRound => "The model has no such rating round.".into(),
        ModelError::DuplicateRound => "This rating round has been started already.".into(),
        ModelError::UnsupportedVersion(v) => {
            format!("This data comes from a newer version (format {v}). Please reload the app.")
        }
        ModelError::Malformed(m) => format!("The data is not a valid model: {}.", malformation_en(m)),
    }
}

/// "ungültiges JSON (Feld „x“, Zeile 1, Spalte 7)": the fault, then where, when known.
fn malformation_de(m: &Malformation) -> String {
    let fault = match m.fault {
        Fault::Syntax => "kein gültiges JSON",
        Fault::CutShort => "der Text bricht vorzeitig ab",
        Fault::WrongShape => "ein Wert fehlt oder hat die falsche Art",
    };
    let mut place = Vec::new();
    if !m.field.is_empty() {
        place.push(format!("Feld „{}“", isolate(&m.field)));
    }
    if m.line > 0 {
        place.push(format!("Zeile {}, Spalte {}", m.line, m.column));
    }
    with_place(fault, &place)
}

fn malformation_en(m: &Malformation) -> String {
    let fault = match m.fault {
        Fault::Syntax => "not valid JSON",
        Fault::CutShort => "the text ends too early",
        Fault::WrongShape => "a value is missing or of the wrong kind",
    };
    let mut place = Vec::new();
    if !m.field.is_empty() {
        place.push(format!("field “{}”", isolate(&m.field)));
    }
    if m.line > 0 {
        place.push(format!("line {}, column {}", m.line, m.column));
    }
    with_place(fault, &place)
}

fn with_place(fault: &str, place: &[String]) -> String {
    if place.is_empty() {
        fault.to_string()
    } else {
        format!("{fault} ({})", place.join(", "))
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
