//! The words of the spreadsheet import: the app's own words that a file may use (for the
//! reader in `io::csv_io::import`), the labels of the mapping step, and its problems, in
//! both languages.

use crate::domain::carry_over::{CarryReport, Removed};
use crate::domain::model::{Channel, Contact, Decision, Experience, FactorKind, Flag, Importance};
use crate::io::csv_io::import::{ColumnTarget, Field, ImportProblem, ImportWords};
use crate::io::xlsx::XlsxError;
use crate::locale::Lang;
use crate::text::errors::{error_de, error_en};
use crate::text::Texts;

/// The app's display words in every language, for the reader: a file may name a stage,
/// a contact or a rating the way the app shows it, in German or in English.
pub fn import_words() -> Vec<ImportWords> {
    Lang::ALL.iter().map(|l| words_of(l.texts())).collect()
}

fn words_of(t: &'static Texts) -> ImportWords {
    use ColumnTarget::Field as F;
    ImportWords {
        labels: vec![
            (F(Field::Name), t.common.name),
            (F(Field::Name), t.common.touchpoint),
            (ColumnTarget::Description, t.common.description),
            (F(Field::Stage), t.common.stage),
            (F(Field::Owner), t.common.owner),
            (F(Field::Importance), t.common.importance),
            (F(Field::Ist), t.common.ist),
            (F(Field::Soll), t.common.soll),
            (F(Field::Channel), t.common.channel_label),
            (F(Field::Contact), t.common.contact_label),
            (F(Field::Decision), t.workspace.decision_label),
            (F(Field::Entry), t.flag(Flag::Entry)),
            (F(Field::Exit), t.flag(Flag::Exit)),
            (F(Field::MomentOfTruth), t.flag(Flag::MomentOfTruth)),
            (
                F(Field::DisappointmentFactors),
                t.factor(FactorKind::Disappointment),
            ),
            (F(Field::OkayFactors), t.factor(FactorKind::Okay)),
            (F(Field::DelightFactors), t.factor(FactorKind::Delight)),
        ],
        contact: [t.contact(Contact::Direct), t.contact(Contact::Indirect)],
        channel: [
            t.channel(Channel::Online),
            t.channel(Channel::Offline),
            t.channel(Channel::Both),
        ],
        importance: Importance::ALL.map(|i| t.importance_word(i)),
        experience: Experience::ALL.map(|e| t.experience(e)),
        decision: [
            t.decision(Decision::Keep),
            t.decision(Decision::Optimise),
            t.decision(Decision::New),
            t.decision(Decision::Retire),
        ],
        yes_no: [t.common.yes, t.common.no],
    }
}

/// The model's touchpoints as CSV in `lang`: its headers, its words, its spreadsheet
/// programs' separator (see `io::csv_io::export`).
pub fn spreadsheet_csv(model: &crate::domain::model::Model, lang: Lang) -> String {
    crate::io::csv_io::export::export_spreadsheet(
        model,
        &words_of(lang.texts()),
        crate::io::csv_io::spreadsheet_delimiter(lang),
    )
}

/// The name of a mapping target in `lang`, for the select of each column.
pub fn target_label(target: ColumnTarget, lang: Lang) -> &'static str {
    let t = lang.texts();
    let i = import_texts(lang);
    match target {
        ColumnTarget::Ignore => i.ignore,
        ColumnTarget::Description => i.to_description,
        ColumnTarget::Field(f) => match f {
            Field::Name => t.common.name,
            Field::Stage => t.common.stage,
            Field::Contact => t.common.contact_label,
            Field::Channel => t.common.channel_label,
            Field::Owner => t.common.owner,
            Field::Importance => t.common.importance,
            Field::Ist => t.common.ist,
            Field::Soll => t.common.soll,
            Field::Entry => t.flag(Flag::Entry),
            Field::Exit => t.flag(Flag::Exit),
            Field::MomentOfTruth => t.flag(Flag::MomentOfTruth),
            Field::DisappointmentFactors => t.factor(FactorKind::Disappointment),
            Field::OkayFactors => t.factor(FactorKind::Okay),
            Field::DelightFactors => t.factor(FactorKind::Delight),
            Field::Decision => t.workspace.decision_label,
        },
    }
}

/// What a field takes when no column fills it, in `lang` ("Phase: die erste Phase").
pub fn default_text(field: Field, lang: Lang) -> String {
    let t = lang.texts();
    let value = match (field, lang) {
        (Field::Stage, Lang::De) => "die erste Phase",
        (Field::Stage, Lang::En) => "the first stage",
        (Field::Owner, _) => t.common.no_owner,
        (Field::Contact, _) => t.contact(Contact::Direct),
        (Field::Channel, _) => t.channel(Channel::Online),
        (Field::Importance, _) => t.importance_word(Importance::default()),
        (Field::Ist | Field::Soll, _) => t.common.not_rated,
        (Field::Entry | Field::Exit | Field::MomentOfTruth, Lang::De) => "nein",
        (Field::Entry | Field::Exit | Field::MomentOfTruth, Lang::En) => "no",
        (Field::DisappointmentFactors | Field::OkayFactors | Field::DelightFactors, _) => {
            t.charts.none
        }
        (Field::Decision, _) => t.decision(Decision::Keep),
        (Field::Name, _) => "",
    };
    format!(
        "{}: {value}",
        target_label(ColumnTarget::Field(field), lang)
    )
}

/// The words of the mapping step.
pub struct ImportTexts {
    pub title: &'static str,
    pub choose_file: &'static str,
    /// One sentence on what is read from an Excel file.
    pub xlsx_hint: &'static str,
    /// Label of the workbook's sheet choice.
    pub sheet: &'static str,
    /// Label of the header row's choice.
    pub header_row: &'static str,
    pub column: &'static str,
    pub maps_to: &'static str,
    pub ignore: &'static str,
    pub to_description: &'static str,
    pub sample: &'static str,
    pub as_imported: &'static str,
    pub defaults: &'static str,
    pub new_stages: &'static str,
    pub new_owners: &'static str,
    pub target: &'static str,
    pub target_new: &'static str,
    pub target_add: &'static str,
    /// The choice beside "replace": keep the plan.
    pub keep_plan: &'static str,
    pub confirm: &'static str,
    pub will_import: &'static str,
    pub errors: &'static str,
    /// Followed by the number of bad lines not listed.
    pub more_errors: &'static str,
    pub line: &'static str,
}

pub fn import_texts(lang: Lang) -> &'static ImportTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

static DE: ImportTexts = ImportTexts {
    title: "Kontaktpunkte aus einer Tabelle importieren",
    choose_file: "Excel-, CSV- oder Textdatei wählen",
    xlsx_hint: "Aus einer Excel-Arbeitsmappe (.xlsx) wird das Tabellenblatt gelesen, das beim Speichern vorne lag (ein anderes ist wählbar), Formeln mit ihrem zuletzt berechneten Wert; ältere .xls-Dateien bitte in Excel als .xlsx oder CSV speichern.",
    sheet: "Tabellenblatt",
    header_row: "Kopfzeile (die Zeilen darüber werden übergangen)",
    column: "Spalte der Datei",
    maps_to: "wird zu",
    ignore: "nicht importieren",
    to_description: "an die Beschreibung anhängen",
    sample: "Die ersten Zeilen der Datei",
    as_imported: "So werden sie importiert",
    defaults: "Ohne Spalte, daher Standardwert:",
    new_stages: "Neue Phasen:",
    new_owners: "Neue Verantwortliche:",
    target: "Importieren",
    target_new: "als neues Modell",
    target_add: "zum aktuellen Modell hinzufügen",
    keep_plan: "Maßnahmen, Schnappschüsse und Kennzahlen behalten (sie folgen den Kontaktpunkten über den Namen)",
    confirm: "Importieren",
    will_import: "Kontaktpunkte werden importiert",
    errors: "Zeilen mit Fehlern, die nicht importiert werden:",
    more_errors: "… und weitere Zeilen mit Fehlern:",
    line: "Zeile",
};

static EN: ImportTexts = ImportTexts {
    title: "Import touchpoints from a spreadsheet",
    choose_file: "Choose an Excel, CSV or text file",
    xlsx_hint: "From an Excel workbook (.xlsx) the sheet that was in front when it was saved is read (another can be chosen), formulas by their last calculated value; please save older .xls files in Excel as .xlsx or CSV.",
    sheet: "Sheet",
    header_row: "Header row (the rows above it are skipped)",
    column: "Column of the file",
    maps_to: "becomes",
    ignore: "do not import",
    to_description: "append to the description",
    sample: "The first lines of the file",
    as_imported: "As they will be imported",
    defaults: "No column, so the default:",
    new_stages: "New stages:",
    new_owners: "New owners:",
    target: "Import",
    target_new: "as a new model",
    target_add: "add to the current model",
    keep_plan: "Keep the measures, snapshots and KPIs (they follow the touchpoints by name)",
    confirm: "Import",
    will_import: "touchpoints will be imported",
    errors: "Lines with errors, which will not be imported:",
    more_errors: "… and more lines with errors:",
    line: "Line",
};

/// What is wrong with a file or one of its lines, in `lang`, with the file's column names.
pub fn problem_text(p: &ImportProblem, lang: Lang) -> String {
    match lang.built() {
        Lang::De => problem_de(p),
        Lang::En => problem_en(p),
    }
}

fn column_name(column: &str, index: usize) -> String {
    if column.is_empty() {
        (index + 1).to_string()
    } else {
        column.to_string()
    }
}

/// The values a field takes, for the message about a value it does not know.
fn expected(field: Field, lang: Lang) -> String {
    let t = lang.texts();
    fn list<T: Copy>(all: &[T], word: impl Fn(T) -> &'static str) -> String {
        all.iter().map(|v| word(*v)).collect::<Vec<_>>().join(", ")
    }
    let importance = || list(&Importance::ALL, |i| t.importance_word(i));
    let experience = || list(&Experience::ALL, |e| t.experience(e));
    match (field, lang) {
        (Field::Contact, _) => list(Contact::ALL, |c| t.contact(c)),
        (Field::Channel, _) => list(Channel::ALL, |c| t.channel(c)),
        (Field::Decision, _) => list(Decision::ALL, |d| t.decision(d)),
        (Field::Importance, Lang::De) => format!("1 bis 5 oder {}", importance()),
        (Field::Importance, Lang::En) => format!("1 to 5 or {}", importance()),
        (Field::Ist | Field::Soll, Lang::De) => format!("−2 bis +2 oder {}", experience()),
        (Field::Ist | Field::Soll, Lang::En) => format!("−2 to +2 or {}", experience()),
        (Field::Entry | Field::Exit | Field::MomentOfTruth, Lang::De) => {
            "ja, nein, x, 1, 0 oder leer".into()
        }
        (Field::Entry | Field::Exit | Field::MomentOfTruth, Lang::En) => {
            "yes, no, x, 1, 0 or empty".into()
        }
        _ => String::new(),
    }
}

fn problem_de(p: &ImportProblem) -> String {
    match p {
        ImportProblem::Empty => "Die Datei ist leer.".into(),
        ImportProblem::UnclosedQuote => {
            "Ein Feld in Anführungszeichen wird nicht geschlossen; ab hier ist nichts lesbar."
                .into()
        }
        ImportProblem::TooManyFields { expected, found } => {
            format!("{found} Spalten statt {expected} wie in der Kopfzeile.")
        }
        ImportProblem::NoNameColumn => {
            "Keine Spalte ist dem Namen zugeordnet; ohne Namen lässt sich nichts importieren."
                .into()
        }
        ImportProblem::Value {
            column,
            index,
            field,
            value,
        } => {
            let hint = expected(*field, Lang::De);
            let column = column_name(column, *index);
            if hint.is_empty() {
                format!("Ungültiger Wert in Spalte „{column}“: „{value}“.")
            } else {
                format!("Ungültiger Wert in Spalte „{column}“: „{value}“ (erwartet: {hint}).")
            }
        }
        ImportProblem::Model(e) => error_de(e),
        ImportProblem::Workbook(e) => workbook_de(*e),
    }
}

/// Mebibytes, for the caps on a workbook's size.
pub(crate) fn mib(bytes: usize) -> usize {
    bytes / (1024 * 1024)
}

fn workbook_de(e: XlsxError) -> String {
    match e {
        XlsxError::NotAWorkbook => {
            "Die Datei ist keine Excel-Arbeitsmappe (.xlsx) und lässt sich nicht lesen.".into()
        }
        XlsxError::OldOrProtected => "Eine Excel-97–2003-Arbeitsmappe (.xls) oder eine mit Kennwort geschützte Datei lässt sich nicht lesen; bitte in Excel ohne Kennwort als .xlsx oder CSV speichern.".into(),
        XlsxError::Damaged => "Die Excel-Arbeitsmappe ist beschädigt oder in einem Format gespeichert, das sich nicht lesen lässt; bitte in Excel erneut als .xlsx oder CSV speichern.".into(),
        XlsxError::NoSheet => "Die Excel-Arbeitsmappe enthält kein Tabellenblatt.".into(),
        XlsxError::TooLarge { max } => {
            format!("Die Excel-Arbeitsmappe ist zu groß: ein Teil entpackt mehr als {} MB.", mib(max))
        }
        XlsxError::TooManyCells { max } => {
            format!("Das Tabellenblatt hat mehr als {max} Zellen; höchstens so viele werden gelesen.")
        }
        XlsxError::TooMuchText { max } => format!(
            "Die Zellen des Tabellenblatts enthalten mehr als {} MB Text.",
            mib(max)
        ),
    }
}

fn workbook_en(e: XlsxError) -> String {
    match e {
        XlsxError::NotAWorkbook => {
            "The file is not an Excel workbook (.xlsx) and cannot be read.".into()
        }
        XlsxError::OldOrProtected => "An Excel 97–2003 workbook (.xls) or a password-protected file cannot be read; please save it in Excel without a password as .xlsx or CSV.".into(),
        XlsxError::Damaged => "The Excel workbook is damaged or saved in a form that cannot be read; please save it again in Excel as .xlsx or CSV.".into(),
        XlsxError::NoSheet => "The Excel workbook holds no worksheet.".into(),
        XlsxError::TooLarge { max } => {
            format!("The Excel workbook is too large: one part unpacks to more than {} MB.", mib(max))
        }
        XlsxError::TooManyCells { max } => {
            format!("The worksheet has more than {max} cells, the most that are read.")
        }
        XlsxError::TooMuchText { max } => format!(
            "The worksheet's cells hold more than {} MB of text.",
            mib(max)
        ),
    }
}

fn problem_en(p: &ImportProblem) -> String {
    match p {
        ImportProblem::Empty => "The file is empty.".into(),
        ImportProblem::UnclosedQuote => {
            "A quoted field is never closed; nothing from here on can be read.".into()
        }
        ImportProblem::TooManyFields { expected, found } => {
            format!("{found} columns instead of {expected} as in the header.")
        }
        ImportProblem::NoNameColumn => {
            "No column is mapped to the name; without names nothing can be imported.".into()
        }
        ImportProblem::Value {
            column,
            index,
            field,
            value,
        } => {
            let hint = expected(*field, Lang::En);
            let column = column_name(column, *index);
            if hint.is_empty() {
                format!("Invalid value in column “{column}”: “{value}”.")
            } else {
                format!("Invalid value in column “{column}”: “{value}” (expected: {hint}).")
            }
        }
        ImportProblem::Model(e) => error_en(e),
        ImportProblem::Workbook(e) => workbook_en(*e),
    }
}

/// What replacing removes, as a sentence with counts: "Replacing removes 12 touchpoints,
/// 3 measures, 2 snapshots …". Title and company always stay.
pub fn removed_text(r: &Removed, lang: Lang) -> String {
    let counted = |n: usize, de: (&str, &str), en: (&str, &str)| {
        let (one, many) = lang.pick(de, en);
        (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
    };
    let parts: Vec<String> = [
        counted(
            r.touchpoints,
            ("Kontaktpunkt", "Kontaktpunkte"),
            ("touchpoint", "touchpoints"),
        ),
        counted(
            r.measures,
            ("Maßnahme", "Maßnahmen"),
            ("measure", "measures"),
        ),
        counted(
            r.snapshots,
            ("Schnappschuss", "Schnappschüsse"),
            ("snapshot", "snapshots"),
        ),
        counted(
            r.kpi_figures,
            ("Kennzahlenreihe", "Kennzahlenreihen"),
            ("set of KPI figures", "sets of KPI figures"),
        ),
        counted(
            r.cycle_notes,
            ("Notiz zum Zyklus", "Notizen zum Zyklus"),
            ("cycle note", "cycle notes"),
        ),
        counted(
            r.own_entries,
            (
                "eigene Phase oder Verantwortliche",
                "eigene Phasen und Verantwortliche",
            ),
            ("own stage or owner", "own stages and owners"),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let list = match parts.split_last() {
        None => {
            return lang
                .pick(
                    "Ersetzen entfernt nichts außer der leeren Liste.",
                    "Replacing removes nothing but the empty list.",
                )
                .into()
        }
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("und", "and")),
    };
    match lang.built() {
        Lang::De => {
            format!("Ersetzen entfernt aus dem aktuellen Modell: {list}. Titel und Firma bleiben.")
        }
        Lang::En => {
            format!("Replacing removes from the current model: {list}. Title and company stay.")
        }
    }
}

/// What of the kept plan cannot follow the new touchpoints by name.
pub fn carried_text(c: &CarryReport, lang: Lang) -> String {
    let kept = match lang.built() {
        Lang::De => format!(
            "{} Maßnahmen und {} Schnappschüsse bleiben.",
            c.measures, c.snapshots
        ),
        Lang::En => format!(
            "{} measures and {} snapshots stay.",
            c.measures, c.snapshots
        ),
    };
    if c.unmatched.is_empty() {
        let all = lang.pick(
            " Jeder verknüpfte Kontaktpunkt findet sich in der Datei.",
            " Every linked touchpoint is in the file.",
        );
        return format!("{kept}{all}");
    }
    let names = c
        .unmatched
        .iter()
        .map(|n| format!("„{n}“"))
        .collect::<Vec<_>>()
        .join(", ");
    match lang.built() {
        Lang::De => format!(
            "{kept} Nicht in der Datei: {names}. Maßnahmen verlieren diese Verknüpfungen ({}), Schnappschüsse behalten sie nur mit dem Namen.",
            c.dropped_links
        ),
        Lang::En => format!(
            "{kept} Not in the file: {names}. Measures lose these links ({}), snapshots keep them by name only.",
            c.dropped_links
        ),
    }
}
