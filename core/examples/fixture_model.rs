//! A fixture CSV as the app's model JSON, read by the app's own CSV reader (the mapping
//! importer behind `model_from_csv`), so browser benchmarks seed exactly what the app would
//! import. `cargo run -p kontaktpunkt-core --example fixture_model -- tests/fixtures/x.csv`
//! prints one line of JSON.

use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::Lang;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("fixture_model: give a CSV file");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("fixture_model: cannot read {path}");
        std::process::exit(1);
    };
    let Ok(model) = model_from_csv(Lang::En, &text) else {
        eprintln!("fixture_model: {path} is not a valid fixture");
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
