//! Touchpoints as CSV. The export keeps the fixtures' column layout (see
//! `tests/fixtures/README.md`); [`import`] reads it back, and spreadsheets as people keep
//! them, through a column mapping: the one reader of CSV files (the demo's too, see
//! [`model_from_csv`]). Import reports every bad line with its number and changes nothing by
//! itself: the caller shows the preview and applies it only on the user's word.

pub mod encoding;
pub mod export;
pub mod import;
mod records;

use import::{read_source, ImportError, ImportTarget};
use records::{escape_formula, write_record};

use crate::domain::model::{Experience, Model};
use crate::locale::Lang;

pub const HEADER: [&str; 14] = [
    "name",
    "stage",
    "contact",
    "channel",
    "owner",
    "importance",
    "ist",
    "soll",
    "entry",
    "exit",
    "moment_of_truth",
    "disappointment_factors",
    "okay_factors",
    "delight_factors",
];

pub(crate) const FACTOR_SEPARATOR: &str = " | ";

/// The separator a spreadsheet program in `lang`'s locales opens by double-click: Excel in
/// German reads `;` (the comma is the decimal mark there), in English `,`.
pub fn spreadsheet_delimiter(lang: Lang) -> char {
    lang.pick(';', ',')
}

/// The model's touchpoints as CSV in the fixture layout; stages by key, owners by name.
/// Starts with a byte order mark so that spreadsheet programs read umlauts right.
pub fn export_csv(model: &Model, delimiter: char) -> String {
    let mut out = String::from("\u{feff}");
    write_record(&mut out, HEADER, delimiter);
    let rating = |r: Option<Experience>| r.map_or(String::new(), |r| r.value().to_string());
    let flag = |b: bool| if b { "1" } else { "0" };
    for tp in &model.touchpoints {
        let owner = tp.owner.as_deref().map_or("", |k| model.owner_name(k));
        let record = [
            tp.name.as_str(),
            tp.stage.as_str(),
            tp.contact.key(),
            tp.channel.key(),
            owner,
            &tp.importance.value().to_string(),
            &rating(tp.ist),
            &rating(tp.soll),
            flag(tp.flags.entry),
            flag(tp.flags.exit),
            flag(tp.flags.moment_of_truth),
            &tp.factors.disappointment.join(FACTOR_SEPARATOR),
            &tp.factors.okay.join(FACTOR_SEPARATOR),
            &tp.factors.delight.join(FACTOR_SEPARATOR),
        ];
        // Texts that may come from anyone (a shared link) are neutralised; the numbers and
        // keys the app writes itself are not, so that a spreadsheet still reads −1 as a number.
        let record = record
            .iter()
            .enumerate()
            .map(|(i, f)| match i {
                0 | 1 | 4 | 11..=13 => escape_formula(f),
                _ => std::borrow::Cow::Borrowed(*f),
            })
            .collect::<Vec<_>>();
        write_record(&mut out, record.iter().map(|f| f.as_ref()), delimiter);
    }
    out
}

/// A model of `lang`'s defaults holding the touchpoints of a CSV in the fixture layout (the
/// demo's files, the fixtures of benchmarks and examples), read by the mapping importer with
/// its columns found by their keys; all lines must be good.
pub fn model_from_csv(lang: Lang, text: &str) -> Result<Model, Vec<ImportError>> {
    let source = read_source(text).map_err(|e| vec![e])?;
    let mapping = source.guess_mapping(&[]);
    let preview = source.preview(&mapping, ImportTarget::Add, &Model::new(lang), lang, &[]);
    if preview.error_count() > 0 {
        return Err(preview.errors);
    }
    Ok(preview.model)
}
