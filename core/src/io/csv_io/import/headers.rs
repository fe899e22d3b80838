//! Column headers in German and English: what each field is called in spreadsheets, and the
//! normal form both the file's header and the synonyms are compared in.

use super::{ColumnMapping, ColumnTarget, Field, ImportWords};

/// Lowercase letters and digits only, umlauts spelled out, text in brackets dropped:
/// "Bedeutung (1-5)", "bedeutung" and "BEDEUTUNG:" are all `bedeutung`, "Journey-Phase" is
/// `journeyphase`, "Enttäuschung" and "Enttaeuschung" are `enttaeuschung`.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => push_folded(&mut out, c),
        }
    }
    if out.is_empty() && depth == 0 {
        // A header that is nothing but brackets keeps its words.
        text.chars().for_each(|c| push_folded(&mut out, c));
    }
    out
}

/// Like [`normalise`] but keeps text in brackets: for values, where "0 (okay)" says something.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_folded(&mut out, c));
    out
}

fn push_folded(out: &mut String, c: char) {
    for c in c.to_lowercase() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            _ if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
}

/// What spreadsheets call each field, German and English, beside the app's own labels
/// (which [`ImportWords`] brings from the text catalogue) and the export's column keys.
const SYNONYMS: &[(ColumnTarget, &[&str])] = &[
    (
        ColumnTarget::Field(Field::Name),
        &[
            "Name",
            "Kontaktpunkt",
            "Kontaktpunkte",
            "Touchpoint",
            "Touchpoints",
            "Touch point",
            "Customer Touchpoint",
            "Kundenkontaktpunkt",
            "Berührungspunkt",
            "Kontaktpunkt Name",
            "Touchpoint name",
            "Bezeichnung",
            "Titel",
            "Title",
        ],
    ),
    (
        ColumnTarget::Description,
        &[
            "Beschreibung",
            "Description",
            "Bemerkung",
            "Bemerkungen",
            "Notiz",
            "Notizen",
            "Note",
            "Notes",
            "Anmerkung",
            "Anmerkungen",
            "Kommentar",
            "Kommentare",
            "Comment",
            "Comments",
            "Remarks",
            "Details",
            "Erläuterung",
            "Kundensicht",
        ],
    ),
    (
        ColumnTarget::Field(Field::Stage),
        &[
            "Phase",
            "Stage",
            "Journey-Phase",
            "Journey Stage",
            "Customer-Journey-Phase",
            "Customer Journey Stage",
            "Kaufphase",
            "Stufe",
            "Etappe",
        ],
    ),
    (
        ColumnTarget::Field(Field::Contact),
        &[
            "Art",
            "Kontakt",
            "Kontaktart",
            "Art des Kontakts",
            "Contact",
            "Contact type",
            "Typ",
            "Type",
        ],
    ),
    (
        ColumnTarget::Field(Field::Channel),
        &["Kanal", "Kanäle", "Channel", "Channels", "Medium"],
    ),
    (
        ColumnTarget::Field(Field::Owner),
        &[
            "Verantwortlich",
            "Verantwortliche",
            "Verantwortlicher",
            "Verantwortung",
            "Abteilung",
            "Zuständig",
            "Zuständigkeit",
            "Bereich",
            "Owner",
            "Department",
            "Responsible",
            "Team",
        ],
    ),
    (
        ColumnTarget::Field(Field::Importance),
        &[
            "Bedeutung",
            "Wichtigkeit",
            "Relevanz",
            "Gewicht",
            "Gewichtung",
            "Importance",
            "Relevance",
            "Weight",
        ],
    ),
    (
        ColumnTarget::Field(Field::Ist),
        &[
            "Ist",
            "Ist-Erlebnis",
            "Ist-Bewertung",
            "Ist-Wert",
            "Erlebnis heute",
            "Current",
            "Current experience",
            "Actual",
            "As is",
        ],
    ),
    (
        ColumnTarget::Field(Field::Soll),
        &[
            "Soll",
            "Soll-Erlebnis",
            "Soll-Bewertung",
            "Soll-Wert",
            "Ziel",
            "Zielerlebnis",
            "Target",
            "Target experience",
            "To be",
        ],
    ),
    (
        ColumnTarget::Field(Field::Entry),
        &[
            "Eintritt",
            "Eintrittspunkt",
            "Einstieg",
            "Entry",
            "Entry point",
        ],
    ),
    (
        ColumnTarget::Field(Field::Exit),
        &[
            "Austritt",
            "Austrittspunkt",
            "Ausstieg",
            "Abbruch",
            "Exit",
            "Exit point",
        ],
    ),
    (
        ColumnTarget::Field(Field::MomentOfTruth),
        &[
            "Moment of truth",
            "Moment der Wahrheit",
            "MoT",
            "Kritischer Moment",
        ],
    ),
    (
        ColumnTarget::Field(Field::DisappointmentFactors),
        &[
            "Enttäuschungsfaktoren",
            "Enttäuschungsfaktor",
            "Enttäuschung",
            "Disappointment",
            "Disappointment factor",
        ],
    ),
    (
        ColumnTarget::Field(Field::OkayFactors),
        &[
            "Okay-Faktoren",
            "Okay-Faktor",
            "Okay factor",
            "Okay",
            "OK-Faktoren",
        ],
    ),
    (
        ColumnTarget::Field(Field::DelightFactors),
        &[
            "Begeisterungsfaktoren",
            "Begeisterungsfaktor",
            "Begeisterung",
            "Delight",
            "Delight factor",
        ],
    ),
    (
        ColumnTarget::Field(Field::Decision),
        &["Entscheidung", "Decision"],
    ),
];

/// The target a header names, if any: the export's keys, the app's labels in every language
/// given, then the synonyms.
pub(crate) fn recognise(header: &str, words: &[ImportWords]) -> Option<ColumnTarget> {
    let h = normalise(header);
    if h.is_empty() {
        return None;
    }
    if let Some(field) = Field::ALL.iter().find(|f| normalise(f.key()) == h) {
        return Some(ColumnTarget::Field(*field));
    }
    if normalise("description") == h {
        return Some(ColumnTarget::Description);
    }
    let labelled = words
        .iter()
        .flat_map(|w| w.labels.iter())
        .find(|(_, label)| normalise(label) == h)
        .map(|(target, _)| *target);
    labelled.or_else(|| {
        SYNONYMS
            .iter()
            .find(|(_, names)| names.iter().any(|n| normalise(n) == h))
            .map(|(target, _)| *target)
    })
}

/// The mapping the header suggests: each field goes to the first column that names it,
/// every column named like a description goes to the description, the rest is ignored.
pub(crate) fn guess(header: &[String], words: &[ImportWords]) -> ColumnMapping {
    let mut mapping = ColumnMapping::ignoring(header.len());
    for (i, name) in header.iter().enumerate() {
        match recognise(name, words) {
            Some(ColumnTarget::Field(f)) if mapping.column_of(f).is_none() => {
                mapping.set(i, ColumnTarget::Field(f));
            }
            Some(ColumnTarget::Description) => mapping.set(i, ColumnTarget::Description),
            _ => {}
        }
    }
    mapping
}
