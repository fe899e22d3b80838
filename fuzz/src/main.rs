//! `kontaktpunkt-fuzz [--share N] [--others N] [--seed S] [--bench]`: runs the readers and
//! prints inputs, panics, slowest input and largest allocation per reader. `--bench` prints
//! the rows of `scripts/bench.sh` (name, value, unit separated by tabs). Exits 1 on a panic.

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut share: u64 = 1_000_000;
    let mut others: u64 = 200_000;
    let mut seed: u64 = 13;
    let mut bench = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .and_then(|v| v.replace('_', "").parse::<u64>().ok())
        };
        match arg.as_str() {
            "--share" => share = value().unwrap_or(share),
            "--others" => others = value().unwrap_or(others),
            "--seed" => seed = value().unwrap_or(seed),
            "--bench" => bench = true,
            other => {
                eprintln!("unknown argument {other}");
                return ExitCode::from(2);
            }
        }
    }
    // Panics are caught and counted; their default message would flood the output.
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let reports = kontaktpunkt_fuzz::run_all(seed, share, others);
    let wall = start.elapsed();
    let panics: u64 = reports.iter().map(|r| r.panics).sum();
    if bench {
        for r in &reports {
            println!(
                "fuzz {}: inputs, panics\t{} / {}\tcount",
                r.reader, r.inputs, r.panics
            );
            println!(
                "fuzz {}: slowest input\t{:.2}\tms",
                r.reader,
                r.slowest.as_secs_f64() * 1e3
            );
            println!(
                "fuzz {}: largest allocation\t{:.2}\tMB",
                r.reader,
                r.largest_alloc as f64 / 1e6
            );
        }
        println!("fuzz: wall time (short run)\t{:.1}\ts", wall.as_secs_f64());
    } else {
        println!("seed {seed}");
        println!(
            "| {:<28} | {:>9} | {:>6} | {:>10} | {:>12} |",
            "reader", "inputs", "panics", "slowest ms", "largest MB"
        );
        println!(
            "|{:-<30}|{:-<11}|{:-<8}|{:-<12}|{:-<14}|",
            "", "", "", "", ""
        );
        for r in &reports {
            println!(
                "| {:<28} | {:>9} | {:>6} | {:>10.2} | {:>12.2} |",
                r.reader,
                r.inputs,
                r.panics,
                r.slowest.as_secs_f64() * 1e3,
                r.largest_alloc as f64 / 1e6
            );
        }
        for r in &reports {
            println!("{}: slowest {}", r.reader, r.slowest_input);
            println!("{}: largest {}", r.reader, r.largest_input);
            if let Some(p) = &r.first_panic {
                println!("{}: first panic on {p:?}", r.reader);
            }
        }
        println!("wall time {:.1} s", wall.as_secs_f64());
    }
    if panics > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
