//! A fixture CSV as the app's model JSON, read by the app's own CSV reader (the mapping
//! importer behind `model_from_csv`), so browser tests and benchmarks seed exactly what the
//! app would import. Reads the CSV on stdin, prints one line of JSON:
//! `cargo run -p kontaktpunkt-core --example fixture_model < tests/fixtures/touchpoints-30.csv`.

use std::io::Read;

use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::Lang;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("fixture_model: stdin is not UTF-8 text");
        std::process::exit(1);
    }
    let Ok(model) = model_from_csv(Lang::En, &text) else {
        eprintln!("fixture_model: not a valid fixture CSV");
        std::process::exit(1);
    };
    match serde_json::to_string(&model) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("fixture_model: {e}");
            std::process::exit(1);
        }
    }
}
