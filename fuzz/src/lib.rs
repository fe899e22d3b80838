//! Kontaktpunkt's fuzzer: feeds every reader of outside input random and mutated inputs from
//! a fixed seed, catches panics, and measures each call's peak allocation (a counting global
//! allocator, [`alloc`]) and its time. Deterministic: the same seed gives the same inputs.
//! Stable Rust, no nightly, no external fuzzing engine.
//!
//! `make fuzz` runs the full counts, `make test` a short run (this crate's tests), `make
//! bench` prints the figures of a short run. An input that fails becomes a regression test
//! in `core/tests/limits.rs` or `fuzz/tests/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod alloc;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kontaktpunkt_core::domain::validate;
use kontaktpunkt_core::figures::kpis;
use kontaktpunkt_core::io::csv_io::import::{
    read_source, read_workbook, ImportSource, ImportTarget, ImportWords, LISTED_ERRORS,
};
use kontaktpunkt_core::io::csv_io::{export_csv, model_from_csv};
use kontaktpunkt_core::io::share;
use kontaktpunkt_core::rounds::finder::{add_found, find_answers};
use kontaktpunkt_core::rounds::limits::{
    MAX_ANSWER_BYTES, MAX_ANSWER_LINK, MAX_ROUND_BYTES, MAX_ROUND_LINK,
};
use kontaktpunkt_core::rounds::link::{decode_answer, decode_round, encode_answer, encode_round};
use kontaktpunkt_core::rounds::{
    Answer, Answers, GroupKind, MinGroupSize, Questions, RaterGroup, RaterId, Rating, Round,
    RoundChoices, RoundId, Selection,
};
use kontaktpunkt_core::selfcheck::{advice, embed};
use kontaktpunkt_core::selfcheck::{link, SelfCheck};
use kontaktpunkt_core::{Lang, Model};

/// A small, fast, seeded generator (xorshift64*): enough for choosing mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens that matter to the readers, spliced into inputs.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    ",",
    "\"",
    "0",
    "-1",
    "-0",
    "4294967295",
    "4294967296",
    "1e9",
    "1.5",
    "null",
    "true",
    "\"\"",
    "[0]",
    "[[]]",
    "\\u0000",
    "\\ud800",
    "𝄞",
    "=",
    ";",
    "\n",
    "\r",
    "#",
    ".",
    "kp1.",
    "kr1.",
    "ka1.",
    "sc1.",
    "%",
    "%00",
    "%zz",
    "=HYPERLINK(",
    "2025-02-31",
    "0000-01-01",
    "\"version\":1",
    "javascript:",
    "https://",
    "|",
    "'",
    "\t",
    "9999999999999999999999",
];

/// One mutation of `input`: flip, delete, duplicate or insert bytes or tokens. Keeps the
/// result below `max` bytes.
pub fn mutate(rng: &mut Rng, input: &[u8], max: usize) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            2 if !out.is_empty() => {
                // Repeat a slice many times: the shape of amplification attacks.
                let start = at.min(out.len() - 1);
                let end = (start + 1 + rng.below(32)).min(out.len());
                let piece = out[start..end].to_vec();
                let most = if rng.below(8) == 0 { 5_000 } else { 8 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    if out.len() + piece.len() > max {
                        break;
                    }
                    out.splice(end..end, piece.iter().copied());
                }
            }
            3 => {
                let t = rng.pick(TOKENS).as_bytes();
                out.splice(at..at, t.iter().copied());
            }
            4 if !out.is_empty() => out.truncate(at),
            _ => out.insert(at, rng.next_u64() as u8),
        }
    }
    out.truncate(max);
    out
}

/// Random text of up to `len` bytes, mostly from `alphabet`.
pub fn random_text(rng: &mut Rng, alphabet: &[u8], len: usize) -> Vec<u8> {
    (0..rng.below(len + 1))
        .map(|_| {
            if rng.below(16) == 0 {
                rng.next_u64() as u8
            } else {
                *rng.pick(alphabet)
            }
        })
        .collect()
}

fn pack(json: &[u8]) -> String {
    pack_as("kp1.", json)
}

/// Any bytes as a link with `prefix`, deflated at a fast level.
fn pack_as(prefix: &str, bytes: &[u8]) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(bytes, 1);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(deflated))
}

fn unpack(fragment: &str) -> Option<Vec<u8>> {
    unpack_as("kp1.", fragment, share::MAX_INFLATED)
}

fn unpack_as(prefix: &str, fragment: &str, max: usize) -> Option<Vec<u8>> {
    let payload = fragment.strip_prefix(prefix)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload).ok()?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, max).ok()
}

/// A link like the one that took 1.94 GB before limits were checked while reading:
/// `refs` references on each of `touchpoints` touchpoints to one 800-byte factor text.
pub fn many_references_link(touchpoints: usize, refs: usize) -> String {
    let text = "𝄞".repeat(200);
    let names: Vec<String> = (0..touchpoints).map(|i| format!("\"t{i}\"")).collect();
    let list = format!("[{}]", vec!["0"; refs].join(","));
    let lists = vec![list; touchpoints].join(",");
    pack(
        format!(
            "[0,[0],[],[[{}],[],[],[],[],[],[],[],[],[],[],[{lists}]],[\"{text}\"]]",
            names.join(",")
        )
        .as_bytes(),
    )
}

/// The figures of one reader.
#[derive(Debug, Default)]
pub struct Report {
    pub reader: &'static str,
    pub inputs: u64,
    pub panics: u64,
    pub first_panic: Option<String>,
    pub slowest: Duration,
    pub slowest_input: String,
    pub largest_alloc: usize,
    pub largest_input: String,
}

fn preview(input: &[u8]) -> String {
    let text = String::from_utf8_lossy(input);
    let short: String = text.chars().take(48).collect();
    format!("{} bytes: {short:?}", input.len())
}

impl Report {
    fn run(&mut self, input: &[u8], f: impl FnOnce()) {
        self.inputs += 1;
        let (result, peak, took) = alloc::measure(|| catch_unwind(AssertUnwindSafe(f)));
        if result.is_err() {
            self.panics += 1;
            if self.first_panic.is_none() {
                self.first_panic = Some(String::from_utf8_lossy(input).into_owned());
            }
        }
        if took > self.slowest {
            self.slowest = took;
            self.slowest_input = preview(input);
        }
        if peak > self.largest_alloc {
            self.largest_alloc = peak;
            self.largest_input = preview(input);
        }
    }
}

/// Seeds for mutation: the golden links and the touchpoint fixtures.
pub struct Seeds {
    pub links: Vec<String>,
    pub jsons: Vec<Vec<u8>>,
    pub csvs: Vec<String>,
    pub models: Vec<Model>,
    /// Excel workbooks (`tests/fixtures/*.xlsx`).
    pub workbooks: Vec<Vec<u8>>,
}

impl Seeds {
    pub fn load() -> Seeds {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let mut links: Vec<String> = ["demo-de", "fixture-10", "measures-kpis", "tracking-funnel"]
            .iter()
            .filter_map(|n| {
                std::fs::read_to_string(format!("{root}/core/tests/golden/{n}.txt")).ok()
            })
            .map(|t| t.trim().to_string())
            .collect();
        let csvs: Vec<String> = [10, 30]
            .iter()
            .filter_map(|n| {
                std::fs::read_to_string(format!("{root}/tests/fixtures/touchpoints-{n}.csv")).ok()
            })
            .collect();
        let models: Vec<Model> = csvs
            .iter()
            .filter_map(|c| model_from_csv(Lang::En, c).ok())
            .collect();
        links.extend(models.iter().map(share::encode));
        let jsons = links.iter().filter_map(|l| unpack(l)).collect();
        // The hostile link is mutated as a fragment only: its JSON (1 MB) is too slow to
        // pack again for every input.
        links.push(many_references_link(1_000, 200));
        // The stored (uncompressed) one lets mutations reach the XML reader directly.
        let workbooks = ["touchpoints-de.xlsx", "touchpoints-de-stored.xlsx"]
            .iter()
            .filter_map(|f| std::fs::read(format!("{root}/tests/fixtures/{f}")).ok())
            .collect();
        Seeds {
            links,
            jsons,
            csvs,
            models,
            workbooks,
        }
    }
}

const LINK_ALPHABET: &[u8] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#kp1=";

/// Feeds `n` inputs made by `make` to `read`, one at a time, each measured by [`Report::run`]:
/// the loop every reader below shares.
fn drive(
    reader: &'static str,
    rng: &mut Rng,
    n: u64,
    mut make: impl FnMut(&mut Rng) -> Vec<u8>,
    read: impl Fn(&str),
) -> Report {
    let mut r = Report {
        reader,
        ..Report::default()
    };
    for _ in 0..n {
        let input = make(rng);
        let text = String::from_utf8_lossy(&input).into_owned();
        r.run(&input, || read(&text));
    }
    r
}

pub fn fuzz_share(rng: &mut Rng, seeds: &Seeds, n: u64) -> Report {
    let make = |rng: &mut Rng| match rng.below(4) {
        0 => random_text(rng, LINK_ALPHABET, 200),
        1 => {
            let seed = rng.pick(&seeds.links).clone();
            mutate(rng, seed.as_bytes(), share::MAX_FRAGMENT)
        }
        _ => {
            // Structure-aware: mutate the JSON inside a link, then pack it again.
            let json = rng.pick(&seeds.jsons).clone();
            pack(&mutate(rng, &json, share::MAX_INFLATED)).into_bytes()
        }
    };
    drive("share link (kp1)", rng, n, make, |text| {
        // The property: every model the reader accepts can be written again, and reads
        // back as itself. A failure panics, so it is counted and its input kept.
        if let Ok(model) = share::decode(text) {
            let again = share::encode_checked(&model)
                .expect("a model the reader accepts can be shared again");
            assert_eq!(
                share::decode(&again).as_ref(),
                Ok(&model),
                "written again differs"
            );
        }
    })
}

pub fn fuzz_selfcheck_link(rng: &mut Rng, n: u64) -> Report {
    let seed = b"sc1.3120_442.10-413,22-52_";
    let make = |rng: &mut Rng| {
        if rng.below(2) == 0 {
            random_text(rng, b"sc1._0123456789-,.#", 120)
        } else {
            mutate(rng, seed, 2 * link::MAX_LINK)
        }
    };
    drive("self-check link (sc1)", rng, n, make, |text| {
        if let Ok(check) = link::decode(text) {
            // A self-check's starter model passes the gate too.
            assert!(validate::restore(check.to_model(Lang::En)).is_ok());
        }
    })
}

pub fn fuzz_selfcheck_state(rng: &mut Rng, n: u64) -> Report {
    let seed = link::decode("sc1.3120_442.10-413,22-52_")
        .map(|c| c.to_json())
        .unwrap_or_default();
    let make = |rng: &mut Rng| mutate(rng, seed.as_bytes(), 64 * 1024);
    drive("stored self-check (JSON)", rng, n, make, |text| {
        let _ = SelfCheck::restore(text);
    })
}

pub fn fuzz_embed(rng: &mut Rng, n: u64) -> Report {
    let seed = b"mode=selfcheck&lang=de&accent=%23aa3300&title=Hallo&cta=Go&cta_url=https%3A%2F%2Fexample.com&compact=1&origin=https%3A%2F%2Fhost.example&free_text=0";
    let make = |rng: &mut Rng| {
        if rng.below(3) == 0 {
            random_text(rng, b"modelangaccentitlecta_urlorigin=&%:/jJavascript", 160)
        } else {
            mutate(rng, seed, 8 * 1024)
        }
    };
    drive("embed options", rng, n, make, |text| {
        let _ = embed::parse_query(text);
    })
}

pub fn fuzz_json(rng: &mut Rng, seeds: &Seeds, n: u64) -> Report {
    let jsons: Vec<String> = seeds
        .models
        .iter()
        .filter_map(|m| serde_json::to_string(m).ok())
        .collect();
    let make = |rng: &mut Rng| {
        let seed = rng.pick(&jsons).clone();
        mutate(rng, seed.as_bytes(), 1024 * 1024)
    };
    drive("JSON model (file, storage)", rng, n, make, |text| {
        let _ = validate::model_from_json(text);
    })
}

/// What the views module's views send the app (`ModuleCommand::read` for every view, and the
/// import's own reader), mutated from commands of each kind.
pub fn fuzz_module_commands(rng: &mut Rng, seeds: &Seeds, n: u64) -> Report {
    use kontaktpunkt_core::domain::action::{Action, MeasureEdit, TouchpointEdit};
    use kontaktpunkt_core::io::import_command::{import_change, ImportCommand, ImportMode};
    use kontaktpunkt_core::views::command::{FigureCommand, ModuleCommand, ViewCommand};
    use kontaktpunkt_core::views::ModuleKind;

    let actions = [
        Action::AddMeasure("Guest checkout".into()),
        Action::EditMeasure(3, MeasureEdit::Touchpoints(vec![1, 2, 3])),
        Action::EditMeasure(3, MeasureEdit::Due(Some("2026-05-01".into()))),
        Action::SetCycleNote(2, "Review in May".into()),
        Action::TakeSnapshot {
            date: "2026-01-15".into(),
            label: "Baseline".into(),
        },
    ];
    let mut commands: Vec<String> = actions
        .iter()
        .filter_map(|a| FigureCommand::from_action(a).map(|c| c.to_json()))
        .collect();
    let rating = Action::EditTouchpoint(4, TouchpointEdit::Ist(Some(-2)));
    commands.extend(ViewCommand::from_action(&rating).map(|c| c.to_json()));
    commands.push(ViewCommand::Open { touchpoint: 4 }.to_json());
    commands.push(r#"{"do":"remove","round":"kr1.abc"}"#.into());
    commands.push(ImportCommand::Close.write());
    if let Some(model) = seeds.models.first() {
        let import = ImportCommand::Import {
            mode: ImportMode::Add,
            model: Box::new(model.clone()),
        };
        commands.push(import.write());
    }
    let current = seeds
        .models
        .first()
        .cloned()
        .unwrap_or_else(|| Model::new(Lang::En));
    let make = |rng: &mut Rng| {
        let seed = rng.pick(&commands).clone();
        mutate(rng, seed.as_bytes(), 256 * 1024)
    };
    drive("module commands", rng, n, make, |text| {
        for view in ModuleKind::ALL {
            let _ = ModuleCommand::read(view, text);
        }
        if let Ok(ImportCommand::Import { mode, model }) = ImportCommand::read(text) {
            let _ = import_change(mode, model, &current);
        }
    })
}

/// The spreadsheet import's mapping and preview of a file that was read: the listed errors
/// stay capped, and whatever it would add has passed the gate.
fn preview_as_the_dialog_does(source: &ImportSource, base: &Model, words: &[ImportWords]) {
    let mapping = source.guess_mapping(words);
    let preview = source.preview(&mapping, ImportTarget::Add, base, Lang::De, words);
    assert!(preview.errors.len() <= LISTED_ERRORS);
    if preview.added > 0 {
        assert!(validate::restore(preview.model).is_ok());
    }
}

pub fn fuzz_csv(rng: &mut Rng, seeds: &Seeds, n: u64) -> Report {
    let base = seeds
        .models
        .first()
        .cloned()
        .unwrap_or_else(|| Model::new(Lang::En));
    let mut csvs = seeds.csvs.clone();
    csvs.push(export_csv(&base, ';'));
    let make = |rng: &mut Rng| {
        let seed = rng.pick(&csvs).clone();
        mutate(rng, seed.as_bytes(), 256 * 1024)
    };
    let words = kontaktpunkt_core::text::import::import_words();
    drive("CSV import", rng, n, make, |text| {
        // The app's one reader of CSV files, mapped as the dialog does.
        if let Ok(source) = read_source(text) {
            preview_as_the_dialog_does(&source, &base, &words);
        }
    })
}

/// The spreadsheet import's Excel reader: the seed workbook mutated byte by byte (broken
/// directories, checksums and deflate streams, cut files, repeated slices), and random bytes
/// behind a zip signature; whatever reads is mapped and previewed as the dialog does.
pub fn fuzz_xlsx(rng: &mut Rng, seeds: &Seeds, n: u64) -> Report {
    let base = Model::new(Lang::De);
    let words = kontaktpunkt_core::text::import::import_words();
    let mut r = Report {
        reader: "Excel workbook (.xlsx)",
        ..Report::default()
    };
    for _ in 0..n {
        let seed = (!seeds.workbooks.is_empty()).then(|| rng.pick(&seeds.workbooks).clone());
        let input = match (rng.below(4), seed) {
            (0, _) | (_, None) => {
                let mut bytes = b"PK\x03\x04".to_vec();
                bytes.extend((0..rng.below(400)).map(|_| rng.next_u64() as u8));
                bytes
            }
            (_, Some(seed)) => mutate(rng, &seed, 256 * 1024),
        };
        r.run(&input, || {
            if let Ok(source) = read_workbook(&input, None) {
                preview_as_the_dialog_does(&source, &base, &words);
            }
        });
    }
    r
}

pub fn fuzz_nps_answers(rng: &mut Rng, n: u64) -> Report {
    let make = |rng: &mut Rng| random_text(rng, b"0123456789\n\r -,;", 400);
    drive("pasted NPS answers", rng, n, make, |text| {
        let _ = kpis::nps_counts_from_text(text);
    })
}

pub fn fuzz_advice(rng: &mut Rng, n: u64) -> Report {
    let seed = advice::advice_file(Lang::De);
    let make = |rng: &mut Rng| {
        if rng.below(4) == 0 {
            random_text(rng, b"ab \n\r\t\x07\xc3\xa4", 400)
        } else {
            mutate(rng, seed.as_bytes(), 2 * advice::MAX_ADVICE_BYTES)
        }
    };
    drive("widget recommendations file", rng, n, make, |text| {
        if let Ok(read) = advice::Advice::parse(text) {
            for f in kontaktpunkt_core::selfcheck::Factor::ALL {
                assert!(read.get(f, 0).is_some_and(|t| !t.is_empty()));
            }
        }
    })
}

/// Seeds of the rating rounds' readers: the golden round and answer links, a round of every
/// touchpoint of each fixture model with everything a round can carry, and a full answer to it.
pub struct RoundSeeds {
    pub rounds: Vec<String>,
    pub answers: Vec<String>,
    /// The content inside each link, for structure-aware mutation.
    pub round_bytes: Vec<Vec<u8>>,
    pub answer_bytes: Vec<Vec<u8>>,
    /// A round the finder judges answers against.
    pub round: Option<Round>,
}

impl RoundSeeds {
    pub fn load(seeds: &Seeds) -> RoundSeeds {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/golden");
        let golden = |name: &str| {
            std::fs::read_to_string(format!("{root}/{name}"))
                .map(|t| t.trim().to_string())
                .ok()
        };
        let mut rounds: Vec<String> = golden("round-3.txt").into_iter().collect();
        let mut answers: Vec<String> = golden("answer-3.txt").into_iter().collect();
        let mut round = None;
        for model in &seeds.models {
            let choices = RoundChoices {
                selection: Selection::All,
                questions: Questions {
                    importance: true,
                    ist: true,
                    soll: true,
                    comment: true,
                },
                descriptions: true,
                groups: vec![
                    RaterGroup {
                        name: "Vertrieb".into(),
                        kind: GroupKind::Internal,
                    },
                    RaterGroup {
                        name: "Kunden".into(),
                        kind: GroupKind::Customer,
                    },
                ],
                min_group: MinGroupSize::Five,
                closes: Some("2026-12-31".into()),
                note: "Bitte ehrlich.\nDanke".into(),
                reply_to: Some("a@b.example".into()),
            };
            let Ok(mut r) = Round::from_model(model, choices, RoundId([9; 16])) else {
                continue;
            };
            for (i, tp) in r.touchpoints.iter_mut().enumerate() {
                tp.previous = Some(kontaktpunkt_core::rounds::PreviousMedians {
                    importance_x2: Some(2 + (i % 9) as u8),
                    ist_x2: Some((i % 9) as i8 - 4),
                });
            }
            let ratings = (0..r.touchpoints.len())
                .map(|i| Rating {
                    importance: kontaktpunkt_core::domain::model::Importance::new(
                        1 + (i % 5) as u8,
                    )
                    .ok(),
                    ist: kontaktpunkt_core::domain::model::Experience::new((i % 5) as i8 - 2).ok(),
                    soll: kontaktpunkt_core::domain::model::Experience::new(2).ok(),
                    not_experienced: false,
                    comment: if i % 7 == 0 {
                        "zu langsam".into()
                    } else {
                        String::new()
                    },
                })
                .collect();
            let answer = Answer {
                round: r.id,
                rater: RaterId(77),
                group: 1,
                sequence: 1_765_000_000,
                ratings,
            };
            rounds.push(encode_round(&r));
            answers.push(encode_answer(&answer));
            round.get_or_insert(r);
        }
        let round_bytes = rounds
            .iter()
            .filter_map(|l| unpack_as("kr1.", l, MAX_ROUND_BYTES))
            .collect();
        let answer_bytes = answers
            .iter()
            .filter_map(|l| unpack_as("ka1.", l, MAX_ANSWER_BYTES))
            .collect();
        RoundSeeds {
            rounds,
            answers,
            round_bytes,
            answer_bytes,
            round,
        }
    }
}

/// A round link from random text, a mutated link, or mutated content packed again.
fn round_like(
    rng: &mut Rng,
    links: &[String],
    contents: &[Vec<u8>],
    prefix: &str,
    max_link: usize,
) -> Vec<u8> {
    match rng.below(4) {
        0 => random_text(rng, LINK_ALPHABET, 200),
        1 => {
            let link = rng_pick_bytes(rng, links);
            mutate(rng, &link, max_link)
        }
        _ => {
            let content = rng.pick(contents).clone();
            pack_as(prefix, &mutate(rng, &content, 4 * content.len() + 64)).into_bytes()
        }
    }
}

fn rng_pick_bytes(rng: &mut Rng, links: &[String]) -> Vec<u8> {
    rng.pick(links).as_bytes().to_vec()
}

pub fn fuzz_round_link(rng: &mut Rng, seeds: &RoundSeeds, n: u64) -> Report {
    let make = |rng: &mut Rng| {
        round_like(
            rng,
            &seeds.rounds,
            &seeds.round_bytes,
            "kr1.",
            MAX_ROUND_LINK + 16,
        )
    };
    drive("round link (kr1)", rng, n, make, |text| {
        if let Ok(round) = decode_round(text) {
            // What reads, writes back to the same round.
            assert_eq!(decode_round(&encode_round(&round)), Ok(round));
        }
    })
}

pub fn fuzz_answer_link(rng: &mut Rng, seeds: &RoundSeeds, n: u64) -> Report {
    let make = |rng: &mut Rng| {
        round_like(
            rng,
            &seeds.answers,
            &seeds.answer_bytes,
            "ka1.",
            MAX_ANSWER_LINK + 16,
        )
    };
    drive("return link (ka1)", rng, n, make, |text| {
        if let Ok(answer) = decode_answer(text) {
            assert_eq!(decode_answer(&encode_answer(&answer)), Ok(answer));
        }
    })
}

/// The finder on pasted text: return links, mutated or not, among words and line breaks;
/// whatever it would add fits the round.
pub fn fuzz_answer_finder(rng: &mut Rng, seeds: &RoundSeeds, n: u64) -> Report {
    let Some(round) = seeds.round.clone() else {
        return Report {
            reader: "return links in pasted text",
            ..Report::default()
        };
    };
    let make = |rng: &mut Rng| {
        let mut text = Vec::new();
        for _ in 0..rng.below(6) {
            text.extend(random_text(rng, b"Hallo ka1.=\n> #", 40));
            let link = rng_pick_bytes(rng, &seeds.answers);
            text.extend(if rng.below(2) == 0 {
                link
            } else {
                mutate(rng, &link, MAX_ANSWER_LINK)
            });
        }
        text
    };
    drive("return links in pasted text", rng, n, make, |text| {
        if let Ok(found) = find_answers(text, &round, &Answers::new()) {
            let added = add_found(&Answers::new(), &found).expect("the found answers add");
            assert!(added.iter().all(|a| a.fits(&round).is_ok()));
        }
    })
}

/// Runs every reader: `share` inputs for share links, `others` for each other reader.
pub fn run_all(seed: u64, share_inputs: u64, others: u64) -> Vec<Report> {
    let seeds = Seeds::load();
    let round_seeds = RoundSeeds::load(&seeds);
    let mut rng = Rng::new(seed);
    vec![
        fuzz_share(&mut rng, &seeds, share_inputs),
        fuzz_selfcheck_link(&mut rng, others),
        fuzz_selfcheck_state(&mut rng, others),
        fuzz_embed(&mut rng, others),
        fuzz_json(&mut rng, &seeds, others),
        fuzz_csv(&mut rng, &seeds, others),
        fuzz_xlsx(&mut rng, &seeds, others),
        fuzz_nps_answers(&mut rng, others),
        fuzz_advice(&mut rng, others),
        fuzz_round_link(&mut rng, &round_seeds, others),
        fuzz_answer_link(&mut rng, &round_seeds, others),
        fuzz_answer_finder(&mut rng, &round_seeds, others),
        fuzz_module_commands(&mut rng, &seeds, others),
    ]
}
