//! The text catalogue. Every UI text is a field of [`Texts`]; `DE` and `EN` must fill every
//! field, so a missing translation does not compile. Error texts are exhaustive `match`es.

use serde::{Deserialize, Serialize};

use crate::analysis::Quadrant;
use crate::error::ModelError;
use crate::model::{Channel, Contact, Decision, Experience, FactorKind, Flag};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// Picks the language from a BCP 47 tag such as `de-AT` or `en-US`; German otherwise
    /// only when the tag says so, English for every other language.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("de") {
            Lang::De
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

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
    error_text: fn(&ModelError) -> String,
}

impl Texts {
    pub fn error(&self, e: &ModelError) -> String {
        (self.error_text)(e)
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
    error_text: error_de,
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
    error_text: error_en,
};

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
        ModelError::InvalidPosition(i) => format!("Position {i} gibt es in der Liste nicht."),
        ModelError::InvalidDate(d) => format!("„{d}“ ist kein Datum (JJJJ-MM-TT)."),
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
        ModelError::InvalidPosition(i) => format!("There is no position {i} in the list."),
        ModelError::InvalidDate(d) => format!("“{d}” is not a date (YYYY-MM-DD)."),
        ModelError::UnsupportedVersion(v) => format!(
            "This data comes from a newer version (format {v}). Please reload the app."
        ),
        ModelError::Malformed(why) => format!("The data is not a valid model: {why}"),
    }
}
