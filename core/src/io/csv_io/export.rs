//! The CSV export for people ("for Excel"): every field of every touchpoint, headers and
//! words in one language, read back by the spreadsheet import (`import`) into the same
//! touchpoints in either interface language. The fixture layout of [`super::export_csv`]
//! stays for the test fixtures and the demo.

use super::import::{ColumnTarget, Field, ImportWords};
use super::records::write_record;
use super::{escape_formula, FACTOR_SEPARATOR};
use crate::domain::model::{Experience, Model};

/// The columns in the order they are written: name and description first, as people read a
/// list, then the rest in the order of the touchpoint editor.
pub const COLUMNS: [ColumnTarget; 16] = [
    ColumnTarget::Field(Field::Name),
    ColumnTarget::Description,
    ColumnTarget::Field(Field::Stage),
    ColumnTarget::Field(Field::Contact),
    ColumnTarget::Field(Field::Channel),
    ColumnTarget::Field(Field::Owner),
    ColumnTarget::Field(Field::Importance),
    ColumnTarget::Field(Field::Ist),
    ColumnTarget::Field(Field::Soll),
    ColumnTarget::Field(Field::Entry),
    ColumnTarget::Field(Field::Exit),
    ColumnTarget::Field(Field::MomentOfTruth),
    ColumnTarget::Field(Field::DisappointmentFactors),
    ColumnTarget::Field(Field::OkayFactors),
    ColumnTarget::Field(Field::DelightFactors),
    ColumnTarget::Field(Field::Decision),
];

/// The model's touchpoints as CSV with `words`' headers and values (stages and owners by
/// name, ratings as numbers, flags as yes or no), starting with a byte order mark so that
/// spreadsheet programs read umlauts right. Every text is guarded against formulas and
/// keeps its surrounding white space (see [`escape_formula`]).
pub fn export_spreadsheet(model: &Model, words: &ImportWords, delimiter: char) -> String {
    let mut out = String::from("\u{feff}");
    let header = COLUMNS.map(|c| {
        words
            .labels
            .iter()
            .find(|(target, _)| *target == c)
            .map_or("", |(_, label)| *label)
    });
    write_record(&mut out, header, delimiter);
    let rating = |r: Option<Experience>| r.map_or(String::new(), |r| r.value().to_string());
    let [yes, no] = words.yes_no;
    let flag = |b: bool| if b { yes } else { no };
    for tp in model.touchpoints.iter() {
        let owner = tp.owner.as_deref().map_or("", |k| model.owner_name(k));
        let texts = [
            escape_formula(&tp.name),
            escape_formula(&tp.description),
            escape_formula(model.stage_name(&tp.stage)),
        ];
        let owner = escape_formula(owner);
        let factors = [
            &tp.factors.disappointment,
            &tp.factors.okay,
            &tp.factors.delight,
        ]
        .map(|list| escape_formula(&list.join(FACTOR_SEPARATOR)).into_owned());
        let importance = tp.importance.value().to_string();
        let (ist, soll) = (rating(tp.ist), rating(tp.soll));
        let record: [&str; 16] = [
            &texts[0],
            &texts[1],
            &texts[2],
            words.contact[tp.contact as usize],
            words.channel[tp.channel as usize],
            &owner,
            &importance,
            &ist,
            &soll,
            flag(tp.flags.entry),
            flag(tp.flags.exit),
            flag(tp.flags.moment_of_truth),
            &factors[0],
            &factors[1],
            &factors[2],
            words.decision[tp.decision as usize],
        ];
        write_record(&mut out, record, delimiter);
    }
    out
}
