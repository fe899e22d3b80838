//! Share-link lengths for the touchpoint fixtures, ours against the naive JSON baseline.
//! Prints `name<TAB>value<TAB>unit` lines for `scripts/bench.sh`.

use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::Lang;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
    for n in [10, 30, 100, 300] {
        let path = format!("{dir}/touchpoints-{n}.csv");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("link_lengths: cannot read {path}");
            std::process::exit(1);
        };
        let Ok(model) = model_from_csv(Lang::En, &text) else {
            eprintln!("link_lengths: {path} is not a valid fixture");
            std::process::exit(1);
        };
        let ours = share::encode(&model).len();
        let naive = share::naive_encode(&model).len();
        println!("link: fragment length, {n} touchpoints (ours)\t{ours}\tchars");
        println!("link: fragment length, {n} touchpoints (naive)\t{naive}\tchars");
        println!(
            "link: ratio ours/naive, {n} touchpoints\t{:.2}\t",
            ours as f64 / naive as f64
        );
    }
}
