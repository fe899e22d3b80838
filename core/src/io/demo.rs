//! The demo model: a small online shop's journey, in the user's language. Its title and
//! company are part of the demo's data, like the touchpoints in its CSV files.

use crate::domain::model::Model;
use crate::io::csv_io::model_from_csv;
use crate::locale::Lang;

const DEMO_DE: &str = include_str!("../../data/demo-de.csv");
const DEMO_EN: &str = include_str!("../../data/demo-en.csv");
/// German and English side by side.
const TITLE: (&str, &str) = (
    "Demo: Kundenreise eines Onlinehändlers",
    "Demo: customer journey of an online shop",
);
const COMPANY: (&str, &str) = ("Muster GmbH", "Example Ltd");

pub fn demo_model(lang: Lang) -> Model {
    let csv = lang.pick(DEMO_DE, DEMO_EN);
    // The demo files are part of the build and covered by a test; an empty model is the
    // harmless fallback should they ever break.
    let mut model = model_from_csv(lang, csv).unwrap_or_else(|_| Model::new(lang));
    model.meta.title = lang.pick(TITLE.0, TITLE.1).to_string();
    model.meta.company = lang.pick(COMPANY.0, COMPANY.1).to_string();
    model
}
