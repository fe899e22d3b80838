#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Share links: exact round trips, the length budget, every kind of bad link, the golden
//! links that must open forever, property tests, and an independent Python decoder.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use kontaktpunkt_core::domain::error::ModelError;
use kontaktpunkt_core::domain::model::{
    Category, Channel, Competitor, Contact, CycleStep, CycleTracker, Decision, Effort, Experience,
    Factors, Flags, Funnel, Importance, LoyaltyCounts, Measure, MeasureStatus, Meta, NpsPeriod,
    ReferralPeriod, Scenarios, Snapshot, SnapshotRating, Touchpoint,
};
use kontaktpunkt_core::domain::validate::{model_from_json, restore};
use kontaktpunkt_core::io::csv_io::model_from_csv;
use kontaktpunkt_core::io::demo::demo_model;
use kontaktpunkt_core::io::share::{self, ShareError, MAX_FRAGMENT, MAX_INFLATED};
use kontaktpunkt_core::text::share::error_text;
use kontaktpunkt_core::{Lang, Model};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn fixture(n: usize) -> Model {
    let text = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/touchpoints-{n}.csv"))
        .expect("fixture");
    model_from_csv(Lang::En, &text).expect("valid fixture")
}

/// A `kp1` link around any JSON text, valid or not.
fn link(json: &str) -> String {
    format!("kp1.{}", pack(json.as_bytes()))
}

fn pack(bytes: &[u8]) -> String {
    // A fast level: tests pack megabytes, and any valid DEFLATE stream will do.
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 1))
}

fn rate(v: i8) -> Option<Experience> {
    Some(Experience::new(v).unwrap())
}

fn tp(id: u64, name: &str, stage: &str) -> Touchpoint {
    Touchpoint {
        id,
        name: name.into(),
        description: String::new(),
        stage: stage.into(),
        contact: Contact::Direct,
        channel: Channel::Online,
        owner: None,
        importance: Importance::default(),
        ist: None,
        soll: None,
        factors: Factors::default(),
        flags: Flags::default(),
        decision: Decision::Keep,
    }
}

/// Every field of the model away from its default. Frozen: the golden link
/// `measures-kpis.txt` must decode to exactly this.
fn rich_model() -> Model {
    let mut m = Model::new(Lang::De);
    m.meta = Meta {
        title: "Kundenreise 2025 — Prüfung".into(),
        company: "Müller & Söhne GmbH".into(),
        created: 1_717_171_717_171.0,
        updated: 1_717_171_999_999.5,
        ..Meta::default()
    };
    m.stages.push(Category {
        key: "after-sales".into(),
        name: "Nachkauf 🛠".into(),
    });
    m.owners.push(Category {
        key: "owner-8".into(),
        name: "Kundendienst Süd".into(),
    });
    let mut a = tp(7, "Schaufenster", "awareness");
    a.contact = Contact::Indirect;
    a.channel = Channel::Offline;
    a.owner = Some("marketing".into());
    a.importance = Importance::new(5).unwrap();
    a.ist = rate(-2);
    a.soll = rate(2);
    a.flags.entry = true;
    a.flags.moment_of_truth = true;
    a.factors.disappointment = vec!["staubig".into(), "dunkel".into()];
    a.factors.delight = vec!["Duft nach Kaffee".into()];
    a.decision = Decision::Optimise;
    let mut b = tp(3, "Rechnung \"Nr. 1\"", "purchase");
    b.description = "Zeile eins\nZeile zwei\t→ mit Tab".into();
    b.channel = Channel::Both;
    b.owner = Some("owner-8".into());
    b.importance = Importance::new(1).unwrap();
    b.soll = rate(1);
    b.factors.okay = vec!["staubig".into()];
    b.decision = Decision::Retire;
    let mut c = tp(12, "Nachfass-Anruf 📞", "after-sales");
    c.ist = rate(0);
    c.flags.exit = true;
    c.decision = Decision::New;
    let d = tp(40, "Kündigung", "loyalty");
    m.touchpoints = vec![a, b, c, d].into();
    m.measures = vec![
        Measure {
            id: 41,
            title: "Schaufenster putzen".into(),
            description: "jeden Montag".into(),
            touchpoints: vec![7, 12],
            owner: Some("owner-8".into()),
            due: Some("2025-06-30".into()),
            effort: Effort::new(2).unwrap(),
            status: MeasureStatus::InProgress,
            expected: Scenarios {
                best: rate(2),
                realistic: rate(1),
                worst: rate(-1),
            },
        },
        Measure {
            id: 42,
            title: "Rückruf binnen einer Stunde".into(),
            description: String::new(),
            touchpoints: vec![],
            owner: None,
            due: None,
            effort: Effort::default(),
            status: MeasureStatus::Dropped,
            expected: Scenarios::default(),
        },
    ]
    .into();
    m.kpis.nps = vec![
        NpsPeriod {
            period: "2024-Q4".into(),
            promoters: 40,
            passives: 35,
            detractors: 25,
        },
        NpsPeriod {
            period: "2025-Q1".into(),
            promoters: 52,
            passives: 30,
            detractors: 0,
        },
    ];
    m.kpis.referrals = vec![ReferralPeriod {
        period: "2025-Q1".into(),
        referred: 12,
        new_customers: 80,
    }];
    m.kpis.loyalty = LoyaltyCounts {
        saboteurs: 1,
        disloyal: 2,
        lost: 3,
        conditionally_loyal: 40,
        fully_loyal: 30,
        fans: 7,
    };
    m.next_id = 50;
    restore(m).unwrap()
}

/// `rich_model` with the elements format 1 gained later: snapshots (one naming a touchpoint
/// deleted since), the cycle with notes, a funnel with a competitor. Frozen: the golden link
/// `tracking-funnel.txt` must decode to exactly this.
fn later_model() -> Model {
    let mut m = rich_model();
    let rated = |touchpoint, name: &str, importance, ist, soll| SnapshotRating {
        touchpoint,
        name: name.into(),
        importance: Importance::new(importance).unwrap(),
        ist,
        soll,
    };
    m.snapshots = vec![
        Snapshot {
            id: 43,
            date: "2025-01-15".into(),
            label: "Workshop „Start“".into(),
            ratings: vec![
                rated(7, "Schaufenster", 5, rate(-2), rate(1)),
                rated(2, "Alter Katalog", 2, rate(1), None),
                rated(12, "Nachfass-Anruf 📞", 3, None, rate(2)),
            ]
            .into(),
        },
        Snapshot {
            id: 44,
            date: "2024-12-01".into(),
            label: String::new(),
            ratings: Default::default(),
        },
    ]
    .into();
    m.cycle.current_step = CycleStep::new(5).unwrap();
    m.cycle.notes[0] = "Workshop am 15. Januar".into();
    m.cycle.notes[4] = "Maßnahmenplan\nmit Zeilenumbruch".into();
    m.kpis.funnel = Funnel {
        ours: [Some(10_000), Some(2_500), Some(400), None, Some(0)],
        competitor: Some(Competitor {
            name: "Wettbewerb AG".into(),
            figures: [Some(12_000), None, Some(300), None, None],
        }),
    };
    restore(m).unwrap()
}

#[track_caller]
fn assert_round_trip(model: &Model) {
    let fragment = share::encode(model);
    assert!(fragment.starts_with("kp1."), "{fragment}");
    assert_eq!(share::decode(&fragment).as_ref(), Ok(model));
    assert_eq!(share::decode(&format!("#{fragment}")).as_ref(), Ok(model));
}

mod round_trip {
    use super::*;

    #[test]
    fn fixtures_demo_and_rich_model() {
        for n in [10, 30, 100, 300] {
            assert_round_trip(&fixture(n));
        }
        for lang in Lang::ALL {
            assert_round_trip(&demo_model(lang));
            assert_round_trip(&restore(Model::new(lang)).unwrap());
        }
        assert_round_trip(&rich_model());
        assert_round_trip(&later_model());
    }

    #[test]
    fn models_without_later_elements_encode_as_before() {
        // Elements 8–10 at their defaults are dropped: such links are what they always were.
        let json = share::v1::to_json(&rich_model());
        let top: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(top.as_array().unwrap().len(), 8);
        let json = share::v1::to_json(&later_model());
        let top: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(top.as_array().unwrap().len(), 11);
        // Snapshot 43: ids 7, 2, 12 as deltas 6, −6, 9; importance 5, 2 (3 trimmed); ist
        // codes 1, 4 (0 trimmed); soll codes 4, 0, 5.
        assert_eq!(
            top[8][0],
            serde_json::json!([
                43,
                "2025-01-15",
                "Workshop „Start“",
                ["Schaufenster", "Alter Katalog", "Nachfass-Anruf 📞"],
                [6, -6, 9],
                [5, 2],
                [1, 4],
                [4, 0, 5]
            ])
        );
        assert_eq!(top[8][1], serde_json::json!([44, "2024-12-01"]));
        assert_eq!(
            top[9],
            serde_json::json!([
                5,
                [
                    "Workshop am 15. Januar",
                    "",
                    "",
                    "",
                    "Maßnahmenplan\nmit Zeilenumbruch"
                ]
            ])
        );
        assert_eq!(
            top[10],
            serde_json::json!([
                [10000, 2500, 400, null, 0],
                ["Wettbewerb AG", [12000, null, 300]]
            ])
        );
    }

    #[test]
    fn ids_at_the_edges_and_a_large_next_id() {
        let mut m = Model::new(Lang::En);
        m.touchpoints = vec![
            tp(u32::MAX.into(), "last", "usage"),
            tp(0, "zero", "awareness"),
            tp(u64::from(u32::MAX) - 1, "almost", "usage"),
        ]
        .into();
        let m = restore(m).unwrap();
        // Those ids are in other copies' blocks (domain::ids): the counter stays in its own.
        assert_eq!(m.next_id, 1);
        assert_round_trip(&m);
        let mut m = restore(Model::new(Lang::En)).unwrap();
        m.next_id = 123_456;
        assert_round_trip(&m);
    }

    #[test]
    fn time_stamps_are_exact() {
        for t in [
            0.0,
            1.5,
            -3.25,
            1_717_171_717_171.0,
            0.1 + 0.2,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            9_007_199_254_740_993.0,
            -9_007_199_254_740_992.0,
        ] {
            let mut m = restore(Model::new(Lang::De)).unwrap();
            m.meta.created = t;
            m.meta.updated = -t;
            let back = share::decode(&share::encode(&m)).unwrap();
            assert_eq!(back.meta.created.to_bits(), t.to_bits(), "{t}");
            assert_eq!(back.meta.updated, -t, "{t}");
        }
    }

    #[test]
    fn accepts_a_whole_url_and_surrounding_space() {
        let m = fixture(10);
        let fragment = share::encode(&m);
        let url = format!("  https://example.org/kontaktpunkt/#{fragment}\n");
        assert_eq!(share::decode(&url), Ok(m.clone()));
        // White space an address bar percent-encodes is surrounding white space too.
        let padded = format!("#%20%20{fragment}%20%0a");
        assert_eq!(share::decode(&padded), Ok(m.clone()));
        let mixed = format!("  %20 #%09 {fragment} %0D%20");
        assert_eq!(share::decode(&mixed), Ok(m));
    }

    #[test]
    fn the_fragment_limit_is_the_writers_whatever_surrounds_it() {
        // A fragment just at the writer's limit opens with an address and '#' in front.
        let at_cap = format!("kp1.{}", "A".repeat(MAX_FRAGMENT - 4));
        let url = format!("https://example.org/kontaktpunkt/#{at_cap}");
        assert_ne!(
            share::decode(&url).err(),
            Some(ShareError::TooLong { max: MAX_FRAGMENT })
        );
    }

    #[test]
    fn naive_baseline_is_the_plain_json() {
        let m = rich_model();
        let naive = share::naive_encode(&m);
        let deflated = URL_SAFE_NO_PAD.decode(naive).unwrap();
        let json = miniz_oxide::inflate::decompress_to_vec(&deflated).unwrap();
        let back = model_from_json(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(back, m);
    }
}

mod length {
    use super::*;

    #[test]
    fn thirty_touchpoints_fit_in_1300_chars() {
        let fragment = share::encode(&fixture(30));
        assert!(fragment.len() <= 1300, "{} chars", fragment.len());
    }

    #[test]
    fn ours_is_shorter_than_naive() {
        for n in [10, 30, 100, 300] {
            let m = fixture(n);
            let (ours, naive) = (share::encode(&m).len(), share::naive_encode(&m).len());
            assert!(ours * 10 < naive * 6, "{n}: ours {ours}, naive {naive}");
        }
    }

    #[test]
    fn default_categories_are_written_as_indexes() {
        let json = share::v1::to_json(&restore(Model::new(Lang::De)).unwrap());
        assert_eq!(json, "[1,[0,1,2,3,4],[10,11,12,13,14,15,16]]");
        let json = share::v1::to_json(&restore(Model::new(Lang::En)).unwrap());
        assert_eq!(json, "[1,[5,1,7,8,9],[10,18,12,20,21,22,23]]");
    }

    #[test]
    fn encode_checked_refuses_what_decode_would_refuse() {
        let mut m = Model::new(Lang::En);
        // Incompressible names: 600 × 190 random letters.
        let mut rng = Rng(7);
        m.touchpoints = (1..=600)
            .map(|id| {
                let name: String = (0..190)
                    .map(|_| char::from(b'a' + (rng.next() % 26) as u8))
                    .collect();
                tp(id, &name, "usage")
            })
            .collect();
        let m = restore(m).unwrap();
        assert_eq!(
            share::encode_checked(&m),
            Err(ShareError::TooLong { max: MAX_FRAGMENT })
        );
        assert_eq!(
            share::decode(&share::encode(&m)),
            Err(ShareError::TooLong { max: MAX_FRAGMENT })
        );
        let small = fixture(10);
        assert_eq!(share::encode_checked(&small), Ok(share::encode(&small)));
    }
}

mod bad_links {
    use super::*;

    fn err(fragment: &str) -> ShareError {
        share::decode(fragment).expect_err(fragment)
    }

    #[test]
    fn empty_and_foreign() {
        assert_eq!(err(""), ShareError::Empty);
        assert_eq!(err("#"), ShareError::Empty);
        assert_eq!(err("  # "), ShareError::Empty);
        assert_eq!(err("hello"), ShareError::NotALink);
        assert_eq!(err("#/settings"), ShareError::NotALink);
        assert_eq!(err(".abc"), ShareError::NotALink);
        assert_eq!(err("this-is-a-long-prefix.x"), ShareError::NotALink);
        assert_eq!(err("kp1"), ShareError::NotALink);
        assert_eq!(err("zz1.abc"), ShareError::UnknownFormat("zz1".into()));
        assert_eq!(err("m1.abc"), ShareError::UnknownFormat("m1".into()));
        assert_eq!(err("kp.abc"), ShareError::UnknownFormat("kp".into()));
        assert_eq!(err("kp0.abc"), ShareError::UnknownFormat("kp0".into()));
        assert_eq!(err("kp01.abc"), ShareError::UnknownFormat("kp01".into()));
        assert_eq!(err("KP1.abc"), ShareError::UnknownFormat("KP1".into()));
    }

    #[test]
    fn newer_versions() {
        let payload = share::encode(&fixture(10)).replacen("kp1.", "", 1);
        assert_eq!(err(&format!("kp2.{payload}")), ShareError::NewerVersion(2));
        assert_eq!(err("kp77.x"), ShareError::NewerVersion(77));
        assert_eq!(
            err("kp99999999999999.x"),
            ShareError::NewerVersion(u32::MAX)
        );
    }

    #[test]
    fn too_long_is_refused_before_anything_else() {
        let huge = "x".repeat(share::MAX_INPUT + 1);
        assert_eq!(err(&huge), ShareError::TooLong { max: MAX_FRAGMENT });
        let long = "x".repeat(MAX_FRAGMENT + 1);
        assert_eq!(err(&long), ShareError::TooLong { max: MAX_FRAGMENT });
        let huge_link = format!("kp1.{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(err(&huge_link), ShareError::TooLong { max: MAX_FRAGMENT });
        // Exactly at the cap is still looked at.
        let at_cap = format!("kp1.{}", "A".repeat(MAX_FRAGMENT - 4));
        assert_ne!(err(&at_cap), ShareError::TooLong { max: MAX_FRAGMENT });
    }

    #[test]
    fn bad_base64() {
        assert_eq!(err("kp1.abc*def"), ShareError::BadBase64);
        assert_eq!(err("kp1.ab+/"), ShareError::BadBase64);
        assert_eq!(err("kp1.abcd=="), ShareError::BadBase64);
        // A single leftover character is a cut-off link, reported as incomplete.
        assert_eq!(err("kp1.a"), ShareError::BadCompression);
        assert_eq!(err("kp1.ab cd"), ShareError::BadBase64);
    }

    #[test]
    fn truncated_and_empty_payloads() {
        let fragment = share::encode(&fixture(30));
        assert_eq!(err("kp1."), ShareError::BadCompression);
        assert_eq!(err("kp1.AAAA"), ShareError::BadCompression);
        // Cut at every length that is still valid base64: never a model, never a panic.
        for cut in 4..fragment.len() {
            let e = err(&fragment[..cut]);
            assert!(
                matches!(e, ShareError::BadCompression | ShareError::BadBase64),
                "cut {cut}: {e:?}"
            );
        }
    }

    #[test]
    fn decompression_bombs() {
        // 5 MiB of spaces inside a JSON array deflate to a few KiB.
        let bomb = format!("[{}1]", " ".repeat(5 * 1024 * 1024));
        let fragment = link(&bomb);
        assert!(fragment.len() < MAX_FRAGMENT, "{}", fragment.len());
        assert_eq!(err(&fragment), ShareError::TooLarge { max: MAX_INFLATED });
        // A 10 MB name: also stopped by the inflate cap.
        let name = "a".repeat(10_000_000);
        let fragment = link(&format!("[1,[5],[],[[\"{name}\"]]]"));
        assert_eq!(err(&fragment), ShareError::TooLarge { max: MAX_INFLATED });
        // A 3 MB name fits the cap and is refused by the model's text limit.
        let name = "a".repeat(3_000_000);
        let fragment = link(&format!("[1,[5],[],[[\"{name}\"]]]"));
        assert_eq!(
            err(&fragment),
            ShareError::Invalid(ModelError::TextTooLong { max: 200 })
        );
    }

    #[track_caller]
    fn invalid(json: &str) -> ModelError {
        match err(&link(json)) {
            ShareError::Invalid(e) => e,
            other => panic!("{json}: {other:?}"),
        }
    }

    #[test]
    fn valid_json_with_invalid_values() {
        use ModelError as E;
        // The smallest valid link: one default stage, one touchpoint.
        assert_eq!(
            share::decode(&link("[2,[5],[],[[\"A\"]]]"))
                .unwrap()
                .touchpoints
                .len(),
            1
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[],[],[],[],[],[9]]]"),
            E::InvalidRating(6)
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[],[],[],[],[],[],[77]]]"),
            E::InvalidRating(74)
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[],[],[],[],[0]]]"),
            E::InvalidImportance(0)
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[],[],[],[],[300]]]"),
            E::InvalidImportance(300)
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[7]]]"),
            E::UnknownStage("#7".into())
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"],[],[],[1]]]"),
            E::UnknownOwner("#1".into())
        );
        assert_eq!(
            invalid("[2,[5],[],[[\"A\",\"B\"],[0,-1]]]"),
            E::DuplicateId(1)
        );
        assert_eq!(invalid("[2,[5],[],[[\"\"]]]"), E::EmptyName);
        assert_eq!(invalid("[2,[]]"), E::LastStage);
        assert_eq!(invalid("[2,[5,5]]"), E::DuplicateStage("Awareness".into()));
        assert_eq!(
            invalid("[2,[5],[17,[\"x\",\"marketing\"]]]"),
            E::DuplicateOwner("marketing".into())
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[[3,\"M\",\"\",[1]]]]"),
            E::UnknownTouchpoint(1)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[[3,\"M\",\"\",[],0,\"2025-13-01\"]]]"),
            E::InvalidDate("2025-13-01".into())
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[[3,\"M\",\"\",[],0,\"\",6]]]"),
            E::InvalidEffort(6)
        );
        let too_long = "x".repeat(201);
        assert_eq!(
            invalid(&format!("[2,[5],[],[],[],[\"{too_long}\"]]")),
            E::TextTooLong { max: 200 }
        );
        // Snapshots, cycle and funnel.
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[],[9]]"),
            E::InvalidCycleStep(9)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[],[0]]"),
            E::InvalidCycleStep(0)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[],[300]]"),
            E::InvalidCycleStep(300)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3,\"2025-02-3\"]]]"),
            E::InvalidDate("2025-02-3".into())
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3]]]"),
            E::InvalidDate(String::new())
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[\"A\",\"B\"],[0,-1]]]]"),
            E::DuplicateId(1)
        );
        // A snapshot's id clashes with a touchpoint's.
        assert_eq!(
            invalid("[2,[5],[],[[\"A\"]],[],[],[],[],[[1,\"2025-01-01\"]]]"),
            E::DuplicateId(1)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[\"\"]]]]"),
            E::EmptyName
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[\"A\"],[],[9]]]]"),
            E::InvalidImportance(9)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[\"A\"],[],[],[6]]]]"),
            E::InvalidRating(3)
        );
        assert_eq!(
            invalid("[2,[5],[],[],[],[],[],[],[],[],[[],[]]]"),
            E::EmptyName
        );
        // A snapshot may name a touchpoint that no longer exists.
        let m = share::decode(&link(
            "[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"x\",[\"Gone\"],[8]]]]",
        ))
        .unwrap();
        assert_eq!(m.snapshots[0].ratings[0].touchpoint, 9);
        assert_eq!(m.next_id, 4);
        // Shapes and codes the format does not have.
        for json in [
            "",
            "{}",
            "{\"version\":1}",
            "[2,[5],[],[[\"A\"]]",
            "[2,[5],[],[[\"A\"],[],[],[],[9]]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[3]]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[],[],[],[],[8]]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[],[],[],[],[],[4]]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[],[],[],[],[],[],[[0]]]]",
            "[2,[5],[],[[\"A\"],[0,0]]]",
            "[2,[5],[],[[\"A\"],[-2]]]",
            "[2,[5],[],[[\"A\"],[4294967295]]]",
            "[2,[5],[],[[\"A\"],[1.5]]]",
            "[2,[5],[],[[\"A\"],[],[-1]]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[],[],[-1]]]",
            "[2,[24]]",
            "[2,[[\"k\",1]]]",
            "[2,[[\"k\",\"n\",\"x\"]]]",
            "[2,[5],[],[],[],[],[],[],[],[],[],[]]",
            "[-1,[5]]",
            "[4294967296,[5]]",
            "[\"2\",[5]]",
            "[2,[5],[],[],[],[\"t\",\"c\",\"yesterday\"]]",
            "[2,[5],[],[],[],[],[[3,\"M\",\"\",[],0,\"\",3,5]]]",
            "[2,[5],[],[],[],[],[],[[[\"p\",-1]]]]",
            "[2,[5],[],[],[],[],[],[[],[],[1,2,3,4,5,6,7]]]",
            "[2,[5],[],[],[1]]",
            "[2,[5],[],[[\"A\"],[],[],[],[],[],[],[],[],[],[],[],[],[],[7]]]",
            "[2,[5],[],[],[],[],[],[],{}]",
            "[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[],[],[],[],[],1]]]",
            "[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",\"\",[\"A\"],[0,0]]]]",
            "[2,[5],[],[],[],[],[],[],[[3,\"2025-01-01\",7]]]",
            "[2,[5],[],[],[],[],[],[],[],[1,[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]]]",
            "[2,[5],[],[],[],[],[],[],[],[1,[3]]]",
            "[2,[5],[],[],[],[],[],[],[],[-1]]",
            "[2,[5],[],[],[],[],[],[],[],[],[[1,2,3,4,5,6]]]",
            "[2,[5],[],[],[],[],[],[],[],[],[[-1]]]",
            "[2,[5],[],[],[],[],[],[],[],[],[[\"1\"]]]",
            "[2,[5],[],[],[],[],[],[],[],[],[[],5]]",
            "[2,[5],[],[],[],[],[],[],[],[],[[],[\"C\",[4294967296]]]]",
            "\u{0}",
        ] {
            assert!(matches!(invalid(json), E::Malformed(_)), "{json}");
        }
        // Invalid UTF-8 inside the stream.
        let fragment = format!("kp1.{}", pack(b"[2,[5],[],[[\"\xff\"]]]"));
        assert!(matches!(
            err(&fragment),
            ShareError::Invalid(E::Malformed(_))
        ));
    }

    #[test]
    fn messages_in_both_languages() {
        let all = [
            ShareError::Empty,
            ShareError::NotALink,
            ShareError::UnknownFormat("zz1".into()),
            ShareError::TooLong { max: MAX_FRAGMENT },
            ShareError::BadBase64,
            ShareError::BadCompression,
            ShareError::TooLarge { max: MAX_INFLATED },
            ShareError::NewerVersion(2),
            ShareError::Invalid(ModelError::DuplicateId(4)),
        ];
        for e in &all {
            let (de, en) = (error_text(e, Lang::De), error_text(e, Lang::En));
            assert!(!de.is_empty() && !en.is_empty());
            assert_ne!(de, en, "{e:?}");
            assert_eq!(e.to_string(), en);
        }
        let e = ShareError::Invalid(ModelError::DuplicateId(4));
        assert!(error_text(&e, Lang::De).contains("Die Nummer 4 kommt doppelt vor."));
        assert!(error_text(&e, Lang::En).contains("Number 4 occurs twice."));
        assert!(error_text(&ShareError::NewerVersion(3), Lang::De).contains('3'));
        assert!(error_text(&ShareError::UnknownFormat("zz1".into()), Lang::En).contains("zz1"));
    }
}

/// Links written by released versions: they must decode the same forever. New files are
/// added by `cargo test -p kontaktpunkt-core --test share -- --ignored write_missing_golden`;
/// existing ones are never rewritten.
mod golden {
    use super::*;

    fn golden_models() -> Vec<(&'static str, Model)> {
        vec![
            ("demo-de.txt", demo_model(Lang::De)),
            ("fixture-10.txt", fixture(10)),
            ("measures-kpis.txt", rich_model()),
            ("tracking-funnel.txt", later_model()),
        ]
    }

    fn golden(file: &str) -> Model {
        let path = format!("{}/tests/golden/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("golden link");
        assert!(text.starts_with("kp1."), "{file}");
        share::decode(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"))
    }

    #[test]
    #[ignore = "writes new golden links; run by hand when adding one"]
    fn write_missing_golden() {
        for (file, model) in golden_models() {
            let path = format!("{}/tests/golden/{file}", env!("CARGO_MANIFEST_DIR"));
            if !std::path::Path::new(&path).exists() {
                std::fs::write(&path, share::encode(&model) + "\n").unwrap();
            }
        }
    }

    #[test]
    fn demo_de() {
        let m = golden("demo-de.txt");
        assert_eq!(m.meta.title, "Demo: Kundenreise eines Onlinehändlers");
        assert_eq!(m.meta.company, "Muster GmbH");
        assert_eq!(m.touchpoints.len(), 12);
        assert_eq!(m.stages.len(), 5);
        assert_eq!(m.stages[0].name, "Aufmerksamkeit");
        assert_eq!(m.owners[6].name, "Geschäftsführung");
        let first = &m.touchpoints[0];
        assert_eq!((first.id, first.name.as_str()), (1, "Suchergebnis"));
        assert_eq!((first.ist, first.soll), (rate(0), rate(1)));
        assert_eq!(first.factors.okay, ["Shop auf Seite eins"]);
        assert!(first.flags.entry);
        let referral = &m.touchpoints[1];
        assert_eq!(referral.name, "Empfehlung von Freunden");
        assert_eq!(referral.contact, Contact::Indirect);
        assert_eq!(referral.importance.value(), 5);
        assert!(referral.flags.moment_of_truth);
        assert_eq!(m.touchpoints[3].factors.delight.len(), 2);
        assert_eq!(m.next_id, 13);
    }

    #[test]
    fn fixture_10() {
        let m = golden("fixture-10.txt");
        assert_eq!(m.touchpoints.len(), 10);
        let names: Vec<&str> = m.touchpoints.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names[..3], ["Online ad", "Print ad", "Search result"]);
        assert_eq!(names[9], "Newsletter");
        let ids: Vec<u64> = m.touchpoints.iter().map(|t| t.id).collect();
        assert_eq!(ids, (1..=10).collect::<Vec<_>>());
        let ad = &m.touchpoints[0];
        assert_eq!(
            (ad.ist, ad.soll, ad.importance.value()),
            (rate(-1), rate(2), 5)
        );
        assert!(ad.flags.entry && ad.flags.moment_of_truth && !ad.flags.exit);
        assert_eq!(
            ad.factors.delight,
            ["remembers my history", "proactive status message"]
        );
        let print = &m.touchpoints[1];
        assert_eq!((print.ist, print.soll), (rate(0), rate(2)));
        assert_eq!(print.channel, Channel::Offline);
        assert_eq!(
            print.factors.disappointment,
            ["broken link", "forms ask twice"]
        );
        let review = &m.touchpoints[3];
        assert_eq!((review.ist, review.contact), (rate(-2), Contact::Indirect));
        assert_eq!(review.owner.as_deref(), Some("service"));
        assert!(m.touchpoints[4].flags.exit);
        assert_eq!(m.touchpoints[5].factors.okay, ["correct data"]);
        assert_eq!(m.touchpoints[8].channel, Channel::Both);
        assert_eq!(m.touchpoints[8].owner.as_deref(), Some("product"));
        assert_eq!(
            (m.touchpoints[9].ist, m.touchpoints[9].soll),
            (rate(2), rate(2))
        );
        assert_eq!(m.next_id, 11);
    }

    #[test]
    fn measures_kpis() {
        let m = golden("measures-kpis.txt");
        assert_eq!(m, rich_model());
        assert_eq!(m.measures.len(), 2);
        assert_eq!(m.measures[0].touchpoints, [7, 12]);
        assert_eq!(m.measures[0].expected.worst, rate(-1));
        assert_eq!(m.kpis.nps[0].detractors, 25);
        assert_eq!(m.kpis.loyalty.conditionally_loyal, 40);
        assert_eq!(m.meta.updated, 1_717_171_999_999.5);
        assert_eq!(m.stages[5].name, "Nachkauf 🛠");
        assert_eq!(m.next_id, 50);
    }

    #[test]
    fn tracking_funnel() {
        let m = golden("tracking-funnel.txt");
        assert_eq!(m, later_model());
        assert_eq!(m.snapshots.len(), 2);
        assert_eq!(m.snapshots[0].ratings[1].name, "Alter Katalog");
        assert_eq!(m.cycle.current_step.value(), 5);
        assert_eq!(m.kpis.funnel.ours[4], Some(0));
        assert_eq!(m.next_id, 50);
    }

    #[test]
    fn every_golden_model_still_encodes_to_a_link_that_decodes_to_it() {
        for (file, _) in golden_models() {
            let m = golden(file);
            assert_eq!(share::decode(&share::encode(&m)), Ok(m), "{file}");
        }
    }
}

/// A small, seeded PRNG (xorshift64*): the mutation test is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

mod never_panics {
    use super::*;

    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const NOISE: &[char] = &[
        '.', '#', '=', '+', '/', ' ', 'ä', '😀', '\0', '\n', 'A', '_',
    ];

    fn mutate(rng: &mut Rng, s: &str) -> String {
        let mut chars: Vec<char> = s.chars().collect();
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(chars.len());
            match rng.below(6) {
                0 => chars.truncate(i),
                1 if !chars.is_empty() => {
                    chars.remove(i);
                }
                2 => chars.insert(i, NOISE[rng.below(NOISE.len())]),
                3 => chars.insert(i, char::from(ALPHABET[rng.below(ALPHABET.len())])),
                _ if i < chars.len() => chars[i] = char::from(ALPHABET[rng.below(ALPHABET.len())]),
                _ => {}
            }
        }
        chars.into_iter().collect()
    }

    /// Flips bits of the deflated bytes, then of the JSON text: reaches every layer.
    fn mutate_layers(rng: &mut Rng, json: &str) -> [String; 2] {
        let mut deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 1);
        let i = rng.below(deflated.len());
        deflated[i] ^= 1u8 << rng.below(8);
        let mut text = json.as_bytes().to_vec();
        for _ in 0..1 + rng.below(2) {
            let i = rng.below(text.len());
            text[i] = b"[]{},:\"0123456789-.e"[rng.below(20)];
        }
        [
            format!("kp1.{}", URL_SAFE_NO_PAD.encode(deflated)),
            format!("kp1.{}", pack(&text)),
        ]
    }

    #[test]
    fn on_random_and_mutated_fragments() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let models = [
            fixture(10),
            demo_model(Lang::De),
            rich_model(),
            later_model(),
        ];
        let links: Vec<String> = models.iter().map(share::encode).collect();
        let jsons: Vec<String> = models.iter().map(share::v1::to_json).collect();
        let mut tried = 0usize;
        let mut opened = 0usize;
        let mut check = |fragment: &str| {
            tried += 1;
            if let Ok(m) = share::decode(fragment) {
                opened += 1;
                // Whatever opens is a valid model and survives another round trip.
                assert_eq!(restore(m.clone()).as_ref(), Ok(&m));
                assert_eq!(share::decode(&share::encode(&m)), Ok(m));
            }
        };
        for round in 0..2_000 {
            let k = round % links.len();
            check(&mutate(&mut rng, &links[k]));
            for fragment in mutate_layers(&mut rng, &jsons[k]) {
                check(&fragment);
            }
            let len = rng.below(80);
            let random: String = (0..len)
                .map(|_| char::from(ALPHABET[rng.below(64)]))
                .collect();
            check(&format!("kp1.{random}"));
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            check(&String::from_utf8_lossy(&bytes));
        }
        println!("mutated fragments tried: {tried} ({opened} opened as valid models)");
        assert!(tried >= 10_000);
    }
}

mod properties {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        prop_oneof!["\\PC{0,16}", "(?s).{0,24}", "[a-zäöü €&\"\\\\]{0,12}"]
    }

    fn rating() -> impl Strategy<Value = Option<Experience>> {
        prop::option::of((-2i8..=2).prop_map(|v| Experience::new(v).unwrap()))
    }

    fn time() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            (0u64..4_000_000_000_000).prop_map(|t| t as f64),
            any::<f64>().prop_filter("finite", |t| t.is_finite()),
        ]
    }

    fn categories(prefix: &'static str, min: usize) -> impl Strategy<Value = Vec<Category>> {
        vec((text(), text(), any::<bool>()), min..6).prop_map(move |items| {
            items
                .into_iter()
                .enumerate()
                .map(|(i, (key, name, plain))| Category {
                    key: if plain {
                        format!("{prefix}{i}")
                    } else {
                        format!("{i}{key}")
                    },
                    name: format!("{i}·{name}"),
                })
                .collect()
        })
    }

    prop_compose! {
        fn touchpoint()(
            name in text(), description in text(), stage in any::<prop::sample::Index>(),
            owner in prop::option::of(any::<prop::sample::Index>()),
            contact in any::<bool>(), channel in 0usize..3, importance in 1u8..=5,
            ist in rating(), soll in rating(),
            factors in vec(vec(prop_oneof!["(jargon|late|rude)", "F\\PC{0,10}"], 0..3), 3),
            flags in any::<[bool; 3]>(), decision in 0usize..4,
        ) -> (Touchpoint, prop::sample::Index, Option<prop::sample::Index>) {
            let [d, o, l]: [Vec<String>; 3] = factors.try_into().unwrap();
            let tp = Touchpoint {
                id: 0,
                name: format!("T{name}"),
                description,
                stage: String::new(),
                contact: if contact { Contact::Indirect } else { Contact::Direct },
                channel: [Channel::Online, Channel::Offline, Channel::Both][channel],
                owner: None,
                importance: Importance::new(importance).unwrap(),
                ist,
                soll,
                factors: Factors { disappointment: d, okay: o, delight: l },
                flags: Flags { entry: flags[0], exit: flags[1], moment_of_truth: flags[2] },
                decision: [Decision::Keep, Decision::Optimise, Decision::New, Decision::Retire][decision],
            };
            (tp, stage, owner)
        }
    }

    prop_compose! {
        fn measure()(
            title in text(), description in text(),
            links in vec(any::<prop::sample::Index>(), 0..4),
            owner in prop::option::of(any::<prop::sample::Index>()),
            due in prop::option::of((1990u16..2100, 1u8..=12, 1u8..=28)),
            effort in 1u8..=5, status in 0usize..5,
            best in rating(), realistic in rating(), worst in rating(),
        ) -> (Measure, Vec<prop::sample::Index>, Option<prop::sample::Index>) {
            let statuses = [MeasureStatus::Idea, MeasureStatus::Planned, MeasureStatus::InProgress,
                MeasureStatus::Done, MeasureStatus::Dropped];
            let m = Measure {
                id: 0,
                title: format!("M{title}"),
                description,
                touchpoints: vec![],
                owner: None,
                due: due.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
                effort: Effort::new(effort).unwrap(),
                status: statuses[status],
                expected: Scenarios { best, realistic, worst },
            };
            (m, links, owner)
        }
    }

    /// A snapshot rating's touchpoint: one of the model's, or any id (a deleted touchpoint).
    type RatingDraft = (
        Result<prop::sample::Index, u32>,
        String,
        u8,
        Option<Experience>,
        Option<Experience>,
    );

    fn rating_draft() -> impl Strategy<Value = RatingDraft> {
        let target = prop_oneof![
            any::<prop::sample::Index>().prop_map(Ok),
            any::<u32>().prop_map(Err),
        ];
        (target, text(), 1u8..=5, rating(), rating())
    }

    prop_compose! {
        fn snapshot_draft()(
            date in (1990u16..2100, 1u8..=12, 1u8..=28), label in text(),
            ratings in vec(rating_draft(), 0..6),
        ) -> (String, String, Vec<RatingDraft>) {
            let (y, m, d) = date;
            (format!("{y:04}-{m:02}-{d:02}"), label, ratings)
        }
    }

    /// Snapshots, cycle and funnel: the elements format 1 gained later.
    #[derive(Clone, Debug)]
    struct Later {
        snapshots: Vec<(String, String, Vec<RatingDraft>)>,
        cycle: CycleTracker,
        funnel: Funnel,
    }

    prop_compose! {
        fn later()(
            snapshots in vec(snapshot_draft(), 0..3),
            step in 1u8..=8, notes in vec(text(), 8),
            ours in any::<[Option<u32>; 5]>(),
            competitor in prop::option::of((text(), any::<[Option<u32>; 5]>())),
        ) -> Later {
            Later {
                snapshots,
                cycle: CycleTracker {
                    current_step: CycleStep::new(step).unwrap(),
                    notes: notes.try_into().unwrap(),
                },
                funnel: Funnel {
                    ours,
                    competitor: competitor.map(|(name, figures)| Competitor {
                        name: format!("C{name}"),
                        figures,
                    }),
                },
            }
        }
    }

    prop_compose! {
        fn model()(
            stages in categories("stage", 1), owners in categories("owner", 0),
            tps in vec(touchpoint(), 0..10), measures in vec(measure(), 0..4),
            ids in vec(any::<u32>(), 20), later in later(),
            title in text(), company in text(), created in time(), updated in time(),
            nps in vec((text(), any::<[u32; 3]>()), 0..3),
            referrals in vec((text(), any::<[u32; 2]>()), 0..3),
            loyalty in any::<[u32; 6]>(), extra_next_id in prop::option::of(any::<u32>()),
        ) -> Model {
            let mut seen = std::collections::HashSet::new();
            let mut ids = ids.into_iter().filter(|id| seen.insert(*id));
            let pick_owner = |o: Option<prop::sample::Index>| {
                o.filter(|_| !owners.is_empty()).map(|i| i.get(&owners).key.clone())
            };
            let touchpoints: Vec<Touchpoint> = tps
                .into_iter()
                .zip(ids.by_ref())
                .map(|((mut tp, stage, owner), id)| {
                    tp.id = id.into();
                    tp.stage = stage.get(&stages).key.clone();
                    tp.owner = pick_owner(owner);
                    tp
                })
                .collect();
            let measures: Vec<Measure> = measures
                .into_iter()
                .zip(ids.by_ref())
                .map(|((mut m, links, owner), id)| {
                    m.id = id.into();
                    if !touchpoints.is_empty() {
                        let mut linked = std::collections::HashSet::new();
                        m.touchpoints = links
                            .iter()
                            .map(|i| i.get(&touchpoints).id)
                            .filter(|id| linked.insert(*id))
                            .collect();
                    }
                    m.owner = pick_owner(owner);
                    m
                })
                .collect();
            let snapshots = later
                .snapshots
                .into_iter()
                .zip(ids)
                .map(|((date, label, drafts), id)| {
                    let mut seen = std::collections::HashSet::new();
                    let ratings = drafts
                        .into_iter()
                        .map(|(target, name, importance, ist, soll)| SnapshotRating {
                            touchpoint: match target {
                                Ok(i) if !touchpoints.is_empty() => i.get(&touchpoints).id,
                                Ok(i) => i.index(1000) as u64,
                                Err(id) => id.into(),
                            },
                            name: format!("S{name}"),
                            importance: Importance::new(importance).unwrap(),
                            ist,
                            soll,
                        })
                        .filter(|r| seen.insert(r.touchpoint))
                        .collect();
                    Snapshot { id: id.into(), date, label, ratings }
                })
                .collect();
            let [saboteurs, disloyal, lost, conditionally_loyal, fully_loyal, fans] = loyalty;
            let mut model = Model {
                version: 1,
                meta: Meta { title, company, created, updated, ..Meta::default() },
                stages: stages.clone(),
                owners: owners.clone(),
                touchpoints: touchpoints.into(),
                measures: measures.into(),
                kpis: kontaktpunkt_core::domain::model::Kpis {
                    // Unique periods (the index in front), referred ≤ new customers.
                    nps: nps.into_iter().enumerate().map(|(i, (period, [promoters, passives, detractors]))| {
                        NpsPeriod { period: format!("{i}·{period}"), promoters, passives, detractors }
                    }).collect(),
                    referrals: referrals.into_iter().enumerate().map(|(i, (period, [a, b]))| {
                        ReferralPeriod { period: format!("{i}·{period}"), referred: a.min(b), new_customers: a.max(b) }
                    }).collect(),
                    loyalty: LoyaltyCounts {
                        saboteurs, disloyal, lost, conditionally_loyal, fully_loyal, fans,
                    },
                    funnel: later.funnel,
                },
                snapshots,
                cycle: later.cycle,
                next_id: 0,
                // Links do not carry round figures.
                round_records: Vec::new(),
                rounds: Vec::new(),
            };
            model = restore(model).expect("the generator makes valid models");
            if let Some(n) = extra_next_id {
                // Past the ids of its block again (domain::ids): a valid model's counter
                // never hands out an id it holds.
                model.next_id = model.next_id.max(n.into());
                model = restore(model).expect("still valid");
            }
            model
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn random_models_round_trip_exactly(m in model()) {
            let fragment = share::encode(&m);
            let back = share::decode(&fragment);
            prop_assert_eq!(back.as_ref(), Ok(&m));
            // Time stamps to the bit, not just by `==`: the sign of a zero too.
            let back = back.unwrap();
            for (b, t) in [(back.meta.created, m.meta.created), (back.meta.updated, m.meta.updated)] {
                prop_assert!(b.to_bits() == t.to_bits(), "{} != {}", b, t);
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "(?s).{0,200}") {
            let _ = share::decode(&s);
            let _ = share::decode(&format!("kp1.{s}"));
        }
    }
}

mod python {
    use super::*;
    use std::process::Command;

    /// Runs the independent decoder; a missing `python3` fails the test rather than skipping it.
    fn python(args: &[&str]) -> String {
        let out = Command::new("python3")
            .arg(format!("{ROOT}/tests/share_decode.py"))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("python3 is needed for this test: {e}"));
        assert!(
            out.status.success(),
            "python3 share_decode.py {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    #[test]
    fn python_reads_our_links() {
        for model in [rich_model(), later_model(), fixture(30)] {
            let out = python(&["decode", &format!("#{}", share::encode(&model))]);
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            for (i, tp) in model.touchpoints.iter().enumerate() {
                let printed = &value["touchpoints"][i];
                assert_eq!(printed["name"], tp.name.as_str());
                assert_eq!(printed["id"], tp.id);
                assert_eq!(
                    printed["ist"].as_i64(),
                    tp.ist.map(|r| i64::from(r.value()))
                );
                assert_eq!(
                    printed["soll"].as_i64(),
                    tp.soll.map(|r| i64::from(r.value()))
                );
                assert_eq!(printed["stage"], tp.stage.as_str());
            }
            // The printed JSON is the model's ordinary JSON: the app reads it back exactly.
            assert_eq!(model_from_json(&out), Ok(model));
        }
    }

    #[test]
    fn we_read_the_hand_made_python_link() {
        let out = python(&["make"]);
        let m = share::decode(out.trim()).unwrap();
        assert_eq!(m.meta.title, "Handgemacht");
        assert_eq!(m.meta.company, "Beispiel AG");
        assert_eq!(m.meta.created, 1_700_000_000_000.0);
        let stages: Vec<(&str, &str)> = m
            .stages
            .iter()
            .map(|s| (s.key.as_str(), s.name.as_str()))
            .collect();
        assert_eq!(
            stages,
            [("awareness", "Awareness"), ("after", "After the sale")]
        );
        assert_eq!(m.owners[1].name, "Kundendienst");
        let names: Vec<(u64, &str)> = m
            .touchpoints
            .iter()
            .map(|t| (t.id, t.name.as_str()))
            .collect();
        assert_eq!(names, [(1, "Flyer"), (5, "Hotline"), (6, "Thank-you mail")]);
        let [flyer, hotline, mail] = &m.touchpoints.to_vec()[..] else {
            panic!("three touchpoints");
        };
        assert_eq!(
            (flyer.ist, flyer.soll, flyer.importance.value()),
            (rate(-1), rate(1), 2)
        );
        assert_eq!(flyer.channel, Channel::Offline);
        assert_eq!(flyer.owner.as_deref(), Some("marketing"));
        assert!(flyer.flags.entry);
        assert_eq!((hotline.ist, hotline.soll), (rate(-2), rate(2)));
        assert_eq!(hotline.stage, "after");
        assert_eq!(hotline.contact, Contact::Indirect);
        assert_eq!(hotline.owner.as_deref(), Some("owner-2"));
        assert_eq!(hotline.decision, Decision::Optimise);
        assert_eq!(hotline.factors.disappointment, ["lange Warteschleife"]);
        assert_eq!(hotline.description, "24/7, auch am Wochenende");
        assert!(hotline.flags.moment_of_truth);
        assert_eq!(
            (mail.ist, mail.soll, mail.importance.value()),
            (rate(2), None, 3)
        );
        assert_eq!(mail.owner, None);
        assert_eq!(mail.channel, Channel::Both);
        assert_eq!(mail.factors.delight, ["persönlicher Rückruf"]);
        let measure = &m.measures[0];
        assert_eq!((measure.id, measure.title.as_str()), (9, "Rückruf-Service"));
        assert_eq!(measure.touchpoints, [5]);
        assert_eq!(measure.due.as_deref(), Some("2025-01-31"));
        assert_eq!(measure.status, MeasureStatus::Planned);
        assert_eq!(measure.expected.best, rate(2));
        assert_eq!(m.kpis.nps[0].promoters, 40);
        assert_eq!(m.kpis.loyalty.fans, 6);
        let [workshop, bare] = &m.snapshots.to_vec()[..] else {
            panic!("two snapshots");
        };
        assert_eq!((workshop.id, workshop.date.as_str()), (11, "2024-11-05"));
        assert_eq!(workshop.label, "Workshop 1");
        let ratings: Vec<_> = workshop
            .ratings
            .iter()
            .map(|r| {
                (
                    r.touchpoint,
                    r.name.as_str(),
                    r.importance.value(),
                    r.ist,
                    r.soll,
                )
            })
            .collect();
        assert_eq!(
            ratings,
            [
                (1, "Flyer", 2, rate(-2), rate(1)),
                (5, "Hotline", 4, rate(-2), None),
                (3, "Old kiosk", 3, rate(0), None),
            ]
        );
        assert_eq!((bare.id, bare.label.as_str()), (12, ""));
        assert!(bare.ratings.is_empty());
        assert_eq!(m.cycle.current_step.value(), 3);
        assert_eq!(m.cycle.notes[0], "erledigt");
        assert_eq!(m.cycle.notes[2], "läuft");
        assert_eq!(
            m.kpis.funnel.ours,
            [Some(1000), Some(400), None, Some(90), None]
        );
        let rival = m.kpis.funnel.competitor.as_ref().unwrap();
        assert_eq!(rival.name, "Rival");
        assert_eq!(rival.figures, [None, Some(500), None, None, None]);
        assert_eq!(m.next_id, 13);
        // And what we read, we write back so that Python reads the same.
        assert_round_trip(&m);
    }
}

#[test]
fn the_consultancy_travels_in_a_link_and_the_logo_stays_behind() {
    let mut m = Model::new(Lang::En);
    m.meta.consultancy = "Beratung Nord".into();
    m.meta.logo = Some("data:image/png;base64,iVBORw0KGgo=".into());
    let back = share::decode(&share::encode(&m)).unwrap();
    assert_eq!(back.meta.consultancy, "Beratung Nord");
    assert_eq!(back.meta.logo, None);
    // Without a consultancy the link is what it was before the field existed.
    let plain = Model::new(Lang::En);
    assert!(!share::v1::to_json(&plain).contains(",\"\"]"));
}
