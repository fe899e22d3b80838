#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The demo the app opens is the model of its CSV files: stored as JSON so that the app reads
//! it with its model reader (the import's reader is a view of the on-demand module).

use kontaktpunkt_core::io::demo::{demo_from_csv, demo_model};
use kontaktpunkt_core::Lang;

fn shipped(lang: Lang) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(format!("demo-{}.json", lang.code()))
}

/// After a change of `data/demo-*.csv` (or of the model's JSON form),
/// `UPDATE_DEMO=1 cargo test -p kontaktpunkt-core --test demo` writes the JSON files anew
/// (then run it once more: the files are built into the core).
#[test]
fn the_shipped_demo_is_the_model_of_its_csv_file() {
    if std::env::var_os("UPDATE_DEMO").is_some() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&demo_from_csv(lang)).unwrap();
            std::fs::write(shipped(lang), json + "\n").unwrap();
        }
    }
    for lang in Lang::ALL {
        let want = demo_from_csv(lang);
        assert!(
            demo_model(lang) == want,
            "data/demo-{}.json is not the model of its CSV file: run UPDATE_DEMO=1 cargo test -p kontaktpunkt-core --test demo",
            lang.code()
        );
        assert_eq!(demo_model(lang).touchpoints.len(), 12);
    }
}
