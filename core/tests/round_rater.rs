#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The rater's side: an answer in progress survives a reload (stored as its own return link),
//! a damaged or foreign store is refused, the finished link reads back, and the mail to the
//! consultant carries it.

mod round_support;

use kontaktpunkt_core::rounds::link::decode_answer;
use kontaktpunkt_core::rounds::rater::Draft;
use kontaktpunkt_core::rounds::{RaterId, RoundError, RoundId};
use kontaktpunkt_core::text::rounds::return_mailto;
use kontaktpunkt_core::Lang;
use round_support::{rating, round30};

#[test]
fn a_draft_survives_a_reload_and_finishes_as_a_return_link() {
    let round = round30();
    let mut draft = Draft::new(&round, RaterId(5), 2).unwrap();
    assert_eq!(
        draft.to_storage(),
        None,
        "nothing answered: nothing to keep"
    );
    draft.answer.ratings[0] = rating("4+1");
    draft.answer.ratings[1] = rating("x");
    draft.at = 2;
    let stored = draft.to_storage().unwrap();
    assert_eq!(Draft::from_storage(&stored, &round).unwrap(), draft);
    assert_eq!(
        Draft::storage_key(&round),
        "kontaktpunkt-rate-3f1a9c0752e48b610daa4719c25e7328"
    );

    let link = draft.finish(&round, 1_765_000_000).unwrap();
    let answer = decode_answer(&link).unwrap();
    assert_eq!((answer.group, answer.sequence), (2, 1_765_000_000));
    assert_eq!(answer.ratings[0], rating("4+1"));
    // A second finish never goes back in sequence.
    let again = decode_answer(&draft.finish(&round, 5).unwrap()).unwrap();
    assert_eq!(again.sequence, 1_765_000_000);
}

#[test]
fn a_damaged_or_foreign_draft_is_refused() {
    let round = round30();
    assert_eq!(
        Draft::new(&round, RaterId(1), 3),
        Err(RoundError::UnknownGroup(3))
    );
    let mut draft = Draft::new(&round, RaterId(1), 0).unwrap();
    draft.answer.ratings[0] = rating("3");
    let stored = draft.to_storage().unwrap();
    let mut other = round.clone();
    other.id = RoundId([1; 16]);
    assert_eq!(
        Draft::from_storage(&stored, &other),
        Err(RoundError::OtherRound)
    );
    assert_eq!(
        Draft::from_storage("garbage", &round),
        Err(RoundError::NotALink)
    );
    assert!(Draft::from_storage(&stored.replace("0 ka1.", "99 ka1."), &round).is_err());
    assert!(Draft::from_storage(&stored[..stored.len() - 5], &round).is_err());
}

#[test]
fn the_mail_to_the_consultant_carries_the_return_link() {
    let mut round = round30();
    let url = "https://kp.example/rate/#ka1.AbC-_";
    assert_eq!(
        return_mailto(&round, url, Lang::De).unwrap(),
        "mailto:berater@example.com?subject=Meine%20Bewertung%20der%20Kontaktpunkte\
         &body=Hier%20ist%20meine%20Bewertung%3A%0A%0Ahttps%3A%2F%2Fkp.example%2Frate%2F%23ka1.AbC-_%0A"
    );
    assert!(return_mailto(&round, url, Lang::En)
        .unwrap()
        .contains("subject=My%20rating%20of%20the%20touchpoints"));
    round.reply_to = None;
    assert_eq!(return_mailto(&round, url, Lang::En), None);
}
