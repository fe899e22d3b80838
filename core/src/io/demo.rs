//! The demo model: a small online shop's journey, in the user's language.

use crate::domain::model::Model;
use crate::io::csv_io::model_from_csv;
use crate::locale::Lang;

const DEMO_DE: &str = include_str!("../../data/demo-de.csv");
const DEMO_EN: &str = include_str!("../../data/demo-en.csv");

pub fn demo_model(lang: Lang) -> Model {
    let csv = lang.pick(DEMO_DE, DEMO_EN);
    // The demo files are part of the build and covered by a test; an empty model is the
    // harmless fallback should they ever break.
    let mut model = model_from_csv(lang, csv).unwrap_or_else(|_| Model::new(lang));
    let texts = lang.texts();
    model.meta.title = texts.workspace.demo_title.to_string();
    model.meta.company = texts.workspace.demo_company.to_string();
    model
}
