#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Finding return links in pasted text: every link in an e-mail thread is found and judged
//! (counted, duplicate, older, another round, damaged with the reason); adding what counts,
//! and pasting the same text again, behaves as the consultant expects.

mod round_support;

use kontaktpunkt_core::rounds::finder::{add_found, find_answers, Verdict};
use kontaktpunkt_core::rounds::limits::{MAX_FOUND_LINKS, MAX_PASTE_BYTES};
use kontaktpunkt_core::rounds::link::{encode_answer, encode_round};
use kontaktpunkt_core::rounds::{aggregate, Answers, Field, RoundError, RoundId};
use round_support::{answer, round30};

#[test]
fn every_return_link_in_a_mail_thread_is_found_and_judged() {
    let round = round30();
    let link =
        |rater, group, seq, codes: &[&str]| encode_answer(&answer(rater, group, seq, codes, 30));
    let anna = link(1, 0, 10, &["4+1", "3-1"]);
    let ben = link(2, 1, 10, &["5+2"]);
    let ben_again = link(2, 1, 20, &["5+1"]);
    let cleo = link(3, 2, 10, &["x", "2-2"]);
    let mut foreign = answer(4, 0, 1, &["1"], 30);
    foreign.round = RoundId([7; 16]);
    let foreign = encode_answer(&foreign);
    let cut = &link(5, 0, 1, &["3+0"])[..30];
    // A quoted-printable mail breaks long lines with "=" at the end.
    let (head, tail) = cleo.split_at(40);
    let thread = format!(
        "Von: Anna\nHier meine Antwort: https://kp.example/rate/#{anna}\n\n\
         > Am Montag schrieb Ben:\n> https://kp.example/rate/#{ben}\n\
         Ben, korrigiert: <https://kp.example/rate/#{ben_again}>\n\
         Cleo: {head}=\n{tail}\n\
         Noch einmal Anna (zitiert): #{anna}.\n\
         Falsche Runde: {foreign}\nAbgeschnitten: {cut}\n\
         Die Runde selbst: {round_link}\nAlaska1.trip is not a link, nor is ka.\n",
        round_link = encode_round(&round),
    );
    let found = find_answers(&thread, &round, &Answers::new()).unwrap();
    let verdicts: Vec<&Verdict> = found.iter().map(|f| &f.verdict).collect();
    assert_eq!(
        verdicts,
        [
            &Verdict::New,
            &Verdict::New,
            &Verdict::Replaces,
            &Verdict::New,
            &Verdict::Duplicate,
            &Verdict::OtherRound,
            &Verdict::Damaged(RoundError::BadCompression),
        ]
    );
    assert_eq!(found[3].link, cleo, "the soft line break is joined");
    let collected = add_found(&Answers::new(), &found).unwrap();
    assert_eq!(collected.len(), 3);
    let figures = aggregate(&round, &collected);
    assert_eq!(figures.raters, vec![1, 1, 1]);
    // Ben's later answer counts: Ist +1 on the first touchpoint.
    assert_eq!(
        collected
            .get(kontaktpunkt_core::rounds::RaterId(2))
            .unwrap()
            .sequence,
        20
    );

    // The same text again adds nothing; Ben's first answer is now the older one.
    let again = find_answers(&thread, &round, &collected).unwrap();
    assert!(again.iter().all(|f| !f.counts()));
    assert_eq!(again[1].verdict, Verdict::Older);
    assert_eq!(add_found(&collected, &again).unwrap(), collected);
}

#[test]
fn an_answer_that_does_not_fit_the_round_is_damaged_with_its_reason() {
    let round = round30();
    let wrong_group = encode_answer(&answer(1, 7, 1, &["3"], 30));
    let too_few = encode_answer(&answer(2, 0, 1, &["3"], 29));
    let newer = "ka2.AAAA";
    let text = format!("{wrong_group} {too_few} {newer}");
    let found = find_answers(&text, &round, &Answers::new()).unwrap();
    let verdicts: Vec<Verdict> = found.into_iter().map(|f| f.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Damaged(RoundError::UnknownGroup(7)),
            Verdict::Damaged(RoundError::WrongTouchpointCount {
                expected: 30,
                found: 29
            }),
            Verdict::Damaged(RoundError::NewerVersion(2)),
        ]
    );
}

#[test]
fn the_finder_reads_a_bounded_amount() {
    let round = round30();
    let long = "x".repeat(MAX_PASTE_BYTES + 1);
    assert_eq!(
        find_answers(&long, &round, &Answers::new()),
        Err(RoundError::PasteTooLong {
            max: MAX_PASTE_BYTES
        })
    );
    let flood = "ka1.A ".repeat(MAX_FOUND_LINKS + 1);
    assert_eq!(
        find_answers(&flood, &round, &Answers::new()),
        Err(RoundError::TooMany {
            field: Field::ReturnLink,
            max: MAX_FOUND_LINKS
        })
    );
    assert!(find_answers("nothing here", &round, &Answers::new())
        .unwrap()
        .is_empty());
}

#[test]
fn each_verdict_is_worded_in_both_languages() {
    use kontaktpunkt_core::text::rounds::verdict_text;
    use kontaktpunkt_core::Lang;
    let damaged = Verdict::Damaged(RoundError::BadCompression);
    assert_eq!(
        verdict_text(&damaged, Lang::De),
        "beschädigt: Der Link ist unvollständig oder beschädigt. Bitte kopieren Sie ihn noch einmal ganz."
    );
    assert_eq!(
        verdict_text(&Verdict::Older, Lang::En),
        "older answer: this rater's later one counts"
    );
    for v in [
        Verdict::New,
        Verdict::Replaces,
        Verdict::Duplicate,
        Verdict::OtherRound,
    ] {
        assert_ne!(verdict_text(&v, Lang::De), verdict_text(&v, Lang::En));
    }
}
