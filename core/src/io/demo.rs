//! The demo model: a small online shop's journey, in the user's language. Its touchpoints are
//! kept as CSV files (`data/demo-*.csv`, the source); the app opens the model written from them
//! as JSON (`data/demo-*.json`), read by the model reader the app has anyway, so that the
//! spreadsheet import's reader is not part of the app's first load (it is a view of the
//! on-demand module). Its title and company are part of the demo's data.

use crate::domain::model::Model;
use crate::domain::validate::model_from_json;
use crate::io::csv_io::model_from_csv;
use crate::locale::Lang;

const DEMO_DE: &str = include_str!("../../data/demo-de.csv");
const DEMO_EN: &str = include_str!("../../data/demo-en.csv");
const DEMO_JSON_DE: &str = include_str!("../../data/demo-de.json");
const DEMO_JSON_EN: &str = include_str!("../../data/demo-en.json");
/// German and English side by side.
const TITLE: (&str, &str) = (
    "Demo: Kundenreise eines Onlinehändlers",
    "Demo: customer journey of an online shop",
);
const COMPANY: (&str, &str) = ("Muster GmbH", "Example Ltd");

/// The demo as the app opens it. The JSON files are [`demo_from_csv`]'s model, checked by
/// `core/tests/demo.rs` (which writes them anew with `UPDATE_DEMO=1`).
pub fn demo_model(lang: Lang) -> Model {
    // The files are part of the build and covered by that test; an empty model is the
    // harmless fallback should they ever break.
    model_from_json(lang.pick(DEMO_JSON_DE, DEMO_JSON_EN)).unwrap_or_else(|_| Model::new(lang))
}

/// The demo read from its CSV file by the import's reader: the source of the JSON files.
pub fn demo_from_csv(lang: Lang) -> Model {
    let csv = lang.pick(DEMO_DE, DEMO_EN);
    let mut model = model_from_csv(lang, csv).unwrap_or_else(|_| Model::new(lang));
    model.meta.title = lang.pick(TITLE.0, TITLE.1).to_string();
    model.meta.company = lang.pick(COMPANY.0, COMPANY.1).to_string();
    model
}
