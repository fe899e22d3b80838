//! Native figures for `make bench`: applying actions and computing every figure on a large
//! model. Prints `name<TAB>value<TAB>unit` lines; scripts/bench.sh makes the table.

use std::time::Instant;

use kontaktpunkt_core::domain::action::{Action, TouchpointEdit};
use kontaktpunkt_core::figures::analysis::summary;
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::Lang;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/touchpoints-2000.csv"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        std::process::exit(1);
    };
    let Ok(mut model) = model_from_csv(Lang::En, &text) else {
        eprintln!("the fixture does not import");
        std::process::exit(1);
    };
    let ids: Vec<u32> = model.touchpoints.iter().map(|t| t.id).collect();

    let start = Instant::now();
    for i in 0..1_000usize {
        let id = ids[(i * 7) % ids.len()];
        let edit = match i % 3 {
            0 => TouchpointEdit::Ist(Some((i % 5) as i8 - 2)),
            1 => TouchpointEdit::Soll(Some((i % 5) as i8 - 2)),
            _ => TouchpointEdit::Importance((i % 5) as u8 + 1),
        };
        match model.apply(Action::EditTouchpoint(id, edit), i as f64) {
            Ok(next) => model = next,
            Err(e) => {
                eprintln!("action {i} failed: {e}");
                std::process::exit(1);
            }
        }
    }
    let apply = start.elapsed();

    let start = Instant::now();
    let figures = summary(&model);
    let figures_time = start.elapsed();

    println!(
        "core: apply 1,000 actions (2,000 touchpoints)\t{:.1}\tms",
        apply.as_secs_f64() * 1e3
    );
    println!(
        "core: all figures (2,000 touchpoints)\t{:.2}\tms",
        figures_time.as_secs_f64() * 1e3
    );
    println!(
        "core: key touchpoints found (2,000 touchpoints)\t{}\tcount",
        figures.key_touchpoints.len()
    );
}
