#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! KPIs through the reducer: NPS periods from counts and from pasted answers, referral
//! periods, loyalty counts, the brand funnel; and their figures. Values are computed by hand;
//! the arithmetic is written beside them.

mod common;
use common::{apply, assert_close, fails};
use kontaktpunkt_core::domain::action::Action;
use kontaktpunkt_core::domain::history::History;
use kontaktpunkt_core::domain::model::{
    LoyaltyCounts, LoyaltySegment, NpsPeriod, ReferralPeriod, MAX_LIST_ITEMS,
};
use kontaktpunkt_core::figures::analysis::loyalty_shares;
use kontaktpunkt_core::figures::kpis::{
    funnel_rates, nps_counts_from_text, nps_history, referral_history, FunnelSide, FunnelStage,
    NpsAnswers, NpsInput, MAX_ANSWERS_CHARS,
};
use kontaktpunkt_core::{Lang, Model, ModelError};

fn counts(period: &str, promoters: u32, passives: u32, detractors: u32) -> Action {
    Action::AddNpsPeriod(NpsInput {
        period: period.into(),
        answers: NpsAnswers::Counts {
            promoters,
            passives,
            detractors,
        },
    })
}

fn raw(period: &str, text: &str) -> NpsInput {
    NpsInput {
        period: period.into(),
        answers: NpsAnswers::Raw(text.into()),
    }
}

fn referrals(period: &str, referred: u32, new_customers: u32) -> ReferralPeriod {
    ReferralPeriod {
        period: period.into(),
        referred,
        new_customers,
    }
}

/// Q1 from counts, Q2 from pasted answers, Q3 without answers.
fn nps_model() -> Model {
    let m = apply(&Model::new(Lang::De), counts(" 2025-Q1 ", 50, 30, 20));
    // Answers 10, 9, 8, 7, 6, 0, 10 (the blank line is skipped; spaces are trimmed).
    let m = apply(
        &m,
        Action::AddNpsPeriod(raw("2025-Q2", "10\n9\n\n 8\n7 \n6\n0\n10\n")),
    );
    apply(&m, counts("2025-Q3", 0, 0, 0))
}

#[test]
fn nps_periods_from_counts_and_raw_answers() {
    let m = nps_model();
    assert_eq!(
        m.kpis.nps[1],
        NpsPeriod {
            period: "2025-Q2".into(),
            // 9–10: 10, 9, 10; 7–8: 8, 7; 0–6: 6, 0.
            promoters: 3,
            passives: 2,
            detractors: 2,
        }
    );
    assert_eq!(m.kpis.nps[0].period, "2025-Q1", "period names are trimmed");
    let history = nps_history(&m);
    let periods: Vec<&str> = history.iter().map(|(p, _)| *p).collect();
    assert_eq!(periods, ["2025-Q1", "2025-Q2", "2025-Q3"]);
    // Q1: (50 − 20) / 100 · 100 = 30
    assert_close(history[0].1, 30.0);
    // Q2: (3 − 2) / 7 · 100 = 14.2857…
    assert_close(history[1].1, 100.0 / 7.0);
    // Q3: no answers, no NPS.
    assert_eq!(history[2].1, None);
}

#[test]
fn bad_answer_lines_are_reported_by_number() {
    let m = nps_model();
    // Line 1 "10" fine, 2 "zehn", 3 blank (skipped), 4 "11", 5 "-1", 6 " 7 " fine, 7 "5.5".
    let text = "10\nzehn\n\n11\n-1\n 7 \n5.5";
    assert_eq!(
        fails(&m, Action::AddNpsPeriod(raw("2025-Q4", text))),
        ModelError::BadAnswers(vec![2, 4, 5, 7])
    );
    assert_eq!(
        fails(&m, Action::EditNpsPeriod(0, raw("2025-Q1", "x"))),
        ModelError::BadAnswers(vec![1])
    );
    assert_eq!(
        nps_counts_from_text(text),
        Err(ModelError::BadAnswers(vec![2, 4, 5, 7]))
    );
    // The preview of good answers: 10, 9 promoters; 8 passive; 3 detractor.
    assert_eq!(nps_counts_from_text("10\r\n9\r\n8\r\n3\r\n"), Ok((2, 1, 1)));
    assert_eq!(nps_counts_from_text(""), Ok((0, 0, 0)));
    let huge = "1\n".repeat(MAX_ANSWERS_CHARS / 2 + 1);
    assert_eq!(
        nps_counts_from_text(&huge),
        Err(ModelError::TextTooLong {
            max: MAX_ANSWERS_CHARS
        })
    );
}

#[test]
fn bad_answers_read_well_in_both_languages() {
    let e = ModelError::BadAnswers(vec![2, 4, 5, 7]);
    assert_eq!(
        Lang::De.texts().error(&e),
        "Keine Antwort von 0 bis 10 in Zeilen 2, 4, 5, 7."
    );
    assert_eq!(
        Lang::En.texts().error(&e),
        "Not an answer from 0 to 10 in lines 2, 4, 5, 7."
    );
    let one = ModelError::BadAnswers(vec![3]);
    assert_eq!(
        Lang::En.texts().error(&one),
        "Not an answer from 0 to 10 in line 3."
    );
    // Past ten lines, the rest is counted.
    let many = ModelError::BadAnswers((1..=15).collect());
    assert_eq!(
        Lang::En.texts().error(&many),
        "Not an answer from 0 to 10 in lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 5 more."
    );
    assert!(Lang::De.texts().error(&many).ends_with("10 und 5 weitere."));
}

#[test]
fn edit_and_delete_nps_periods() {
    let m = nps_model();
    let m2 = apply(
        &m,
        Action::EditNpsPeriod(
            2,
            NpsInput {
                period: "2025-Q3".into(),
                answers: NpsAnswers::Counts {
                    promoters: 1,
                    passives: 0,
                    detractors: 3,
                },
            },
        ),
    );
    // (1 − 3) / 4 · 100 = −50
    assert_close(nps_history(&m2)[2].1, -50.0);
    let m2 = apply(&m2, Action::DeleteNpsPeriod(0));
    assert_eq!(nps_history(&m2)[0].0, "2025-Q2");
    assert_eq!(
        fails(&m, Action::DeleteNpsPeriod(3)),
        ModelError::InvalidPosition(3)
    );
    assert_eq!(
        fails(&m, Action::EditNpsPeriod(3, raw("x", "1"))),
        ModelError::InvalidPosition(3)
    );
}

#[test]
fn period_names_are_required_and_unique_per_list() {
    let m = nps_model();
    assert_eq!(
        fails(&m, counts(" 2025-q1 ", 1, 1, 1)),
        ModelError::DuplicatePeriod("2025-q1".into())
    );
    assert_eq!(fails(&m, counts("  ", 1, 1, 1)), ModelError::EmptyName);
    assert_eq!(
        fails(&m, counts(&"x".repeat(201), 1, 1, 1)),
        ModelError::TextTooLong { max: 200 }
    );
    // Renaming a period onto another one's name clashes; keeping its own does not.
    assert_eq!(
        fails(&m, Action::EditNpsPeriod(1, raw("2025-Q1", "9"))),
        ModelError::DuplicatePeriod("2025-Q1".into())
    );
    let kept = apply(&m, Action::EditNpsPeriod(1, raw("2025-q2", "9")));
    assert_eq!(kept.kpis.nps[1].period, "2025-q2");
    // The same name in the referral list is fine.
    apply(&m, Action::AddReferralPeriod(referrals("2025-Q1", 1, 2)));
}

#[test]
fn at_most_max_list_items_periods() {
    let mut m = Model::new(Lang::En);
    for i in 0..MAX_LIST_ITEMS {
        m = apply(&m, counts(&format!("P{i}"), 1, 0, 0));
    }
    assert_eq!(
        fails(&m, counts("one more", 1, 0, 0)),
        ModelError::TooManyItems {
            max: MAX_LIST_ITEMS
        }
    );
    // Editing a full list still works.
    apply(&m, Action::EditNpsPeriod(0, raw("P0", "10")));
}

#[test]
fn referral_periods_are_validated() {
    let m = Model::new(Lang::En);
    let m = apply(&m, Action::AddReferralPeriod(referrals("2025-Q1", 12, 80)));
    let m = apply(&m, Action::AddReferralPeriod(referrals("2025-Q2", 0, 0)));
    let m = apply(&m, Action::AddReferralPeriod(referrals("2025-Q3", 30, 30)));
    assert_eq!(
        fails(&m, Action::AddReferralPeriod(referrals("2025-Q4", 81, 80))),
        ModelError::ReferredExceedsNew {
            referred: 81,
            new_customers: 80
        }
    );
    assert_eq!(
        fails(
            &m,
            Action::EditReferralPeriod(0, referrals("2025-Q1", 2, 1))
        ),
        ModelError::ReferredExceedsNew {
            referred: 2,
            new_customers: 1
        }
    );
    let history = referral_history(&m);
    // 12 / 80 = 0.15; no new customers: none; 30 / 30 = 1.
    assert_close(history[0].1, 0.15);
    assert_eq!(history[1], ("2025-Q2", None));
    assert_close(history[2].1, 1.0);
    let m = apply(&m, Action::EditReferralPeriod(1, referrals(" Q2 ", 5, 20)));
    // 5 / 20 = 0.25
    assert_eq!(m.kpis.referrals[1].period, "Q2");
    assert_close(referral_history(&m)[1].1, 0.25);
    let m = apply(&m, Action::DeleteReferralPeriod(0));
    assert_eq!(m.kpis.referrals.len(), 2);
    assert_eq!(
        fails(&m, Action::DeleteReferralPeriod(2)),
        ModelError::InvalidPosition(2)
    );
    assert_eq!(
        fails(&m, Action::AddReferralPeriod(referrals("q2", 1, 1))),
        ModelError::DuplicatePeriod("q2".into())
    );
}

#[test]
fn loyalty_segments() {
    let counts = LoyaltyCounts {
        saboteurs: 5,
        disloyal: 10,
        lost: 5,
        conditionally_loyal: 40,
        fully_loyal: 30,
        fans: 10,
    };
    let m = apply(&Model::new(Lang::En), Action::SetLoyalty(counts.clone()));
    assert_eq!(m.kpis.loyalty, counts);
    // Of 100 customers: 5 %, 10 %, 5 %, 40 %, 30 %, 10 %.
    let shares = loyalty_shares(&m.kpis.loyalty).unwrap();
    for (share, expected) in shares.into_iter().zip([0.05, 0.10, 0.05, 0.40, 0.30, 0.10]) {
        assert_close(Some(share), expected);
    }
    let de = Lang::De.texts();
    assert_eq!(
        (
            de.loyalty_segment(LoyaltySegment::ALL[0]),
            de.loyalty_segment(LoyaltySegment::ALL[5])
        ),
        ("Saboteure", "Fans")
    );
}

#[test]
fn loyalty_counts_as_an_array_keep_the_segment_order() {
    let counts = LoyaltyCounts {
        saboteurs: 1,
        disloyal: 2,
        lost: 3,
        conditionally_loyal: 4,
        fully_loyal: 5,
        fans: 6,
    };
    assert_eq!(counts.to_array(), [1, 2, 3, 4, 5, 6]);
    assert_eq!(LoyaltyCounts::from_array([1, 2, 3, 4, 5, 6]), counts);
}

#[test]
fn funnel_rates_between_consecutive_stages() {
    // 2,500 / 10,000 = 0.25; 400 / 2,500 = 0.16; loyalty unknown: both rates around it none.
    let rates = funnel_rates(&[Some(10_000), Some(2_500), Some(400), None, Some(0)]);
    assert_close(rates[0], 0.25);
    assert_close(rates[1], 0.16);
    assert_eq!(rates[2..], [None, None]);
    // From 0: none; 5 / 5 = 1 twice; 2 / 5 = 0.4.
    let rates = funnel_rates(&[Some(0), Some(5), Some(5), Some(5), Some(2)]);
    assert_eq!(rates[0], None);
    assert_close(rates[1], 1.0);
    assert_close(rates[2], 1.0);
    assert_close(rates[3], 0.4);
    // Growing figures give a rate above 1; the funnel does not forbid it.
    assert_close(funnel_rates(&[Some(2), Some(3), None, None, None])[0], 1.5);
    assert_eq!(funnel_rates(&[None; 5]), [None; 4]);
}

#[test]
fn funnel_figures_and_the_competitor() {
    let set = |side, stage, value| Action::SetFunnelFigure { side, stage, value };
    let m = Model::new(Lang::En);
    let m = apply(
        &m,
        set(FunnelSide::Ours, FunnelStage::Awareness, Some(10_000)),
    );
    let m = apply(&m, set(FunnelSide::Ours, FunnelStage::Referral, Some(50)));
    assert_eq!(
        m.kpis.funnel.ours,
        [Some(10_000), None, None, None, Some(50)]
    );
    let m = apply(&m, set(FunnelSide::Ours, FunnelStage::Referral, None));
    assert_eq!(m.kpis.funnel.ours[4], None);

    assert_eq!(
        fails(
            &m,
            set(FunnelSide::Competitor, FunnelStage::Purchase, Some(1))
        ),
        ModelError::NoCompetitor
    );
    assert_eq!(
        fails(&m, Action::SetCompetitor(Some(" ".into()))),
        ModelError::EmptyName
    );
    let m = apply(&m, Action::SetCompetitor(Some("  Rival GmbH ".into())));
    let m = apply(
        &m,
        set(FunnelSide::Competitor, FunnelStage::Purchase, Some(300)),
    );
    let m = apply(&m, Action::SetCompetitor(Some("Rival AG".into())));
    let rival = m.kpis.funnel.competitor.as_ref().unwrap();
    assert_eq!(rival.name, "Rival AG");
    assert_eq!(
        rival.figures,
        [None, None, Some(300), None, None],
        "renaming keeps figures"
    );
    let m = apply(&m, Action::SetCompetitor(None));
    assert_eq!(m.kpis.funnel.competitor, None);

    let stages: Vec<&str> = FunnelStage::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(
        stages,
        [
            "awareness",
            "consideration",
            "purchase",
            "loyalty",
            "referral"
        ]
    );
    assert_eq!(
        Lang::De.texts().funnel_stage(FunnelStage::Consideration),
        "Erwägung"
    );
    assert_eq!(
        Lang::En.texts().funnel_stage(FunnelStage::Referral),
        "Referral"
    );
}

#[test]
fn kpi_actions_are_undoable_steps_that_leave_the_model_on_error() {
    let mut history = History::new(nps_model());
    let before = history.current.clone();
    // A refused step: typed error, no new undo step, the model as it was.
    let refused = history.apply(Action::AddNpsPeriod(raw("Q9", "1\nx")), 5.0);
    assert_eq!(refused, Err(ModelError::BadAnswers(vec![2])));
    assert_eq!(*history.current, *before);
    assert!(!history.can_undo());
    // A taken step is undone to exactly the model before, and redone to exactly the step.
    history.apply(counts("2025-Q4", 1, 2, 3), 6.0).unwrap();
    let after = history.current.clone();
    assert_eq!(after.kpis.nps.len(), before.kpis.nps.len() + 1);
    assert!(history.undo());
    assert_eq!(*history.current, *before);
    assert!(history.redo());
    assert_eq!(*history.current, *after);
}

#[test]
fn new_errors_have_texts_in_both_languages() {
    let all = [
        ModelError::InvalidCycleStep(9),
        ModelError::UnknownSnapshot(4),
        ModelError::BadAnswers(vec![1, 2]),
        ModelError::ReferredExceedsNew {
            referred: 3,
            new_customers: 2,
        },
        ModelError::DuplicatePeriod("Q1".into()),
        ModelError::NoCompetitor,
    ];
    for e in &all {
        let (de, en) = (Lang::De.texts().error(e), Lang::En.texts().error(e));
        assert!(!de.is_empty() && !en.is_empty());
        assert_ne!(de, en, "{e:?}");
        assert_eq!(e.to_string(), en);
    }
}
