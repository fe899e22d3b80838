//! Finds every return link in pasted text (an e-mail thread, a chat export, many links at
//! once) and says what each would do to the answers collected so far: counted, a duplicate,
//! an older answer of a rater, from another round, or damaged with the reason.

use super::answer::Answer;
use super::error::{Field, RoundError};
use super::limits::{MAX_ANSWER_LINK, MAX_FOUND_LINKS, MAX_PASTE_BYTES};
use super::link::{decode_answer, ANSWER_CODEC};
use super::merge::{Added, Answers};
use super::round::Round;

/// What a found link would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A new rater's answer.
    New,
    /// A later answer of a rater: it replaces the earlier one.
    Replaces,
    /// The same answer once more (already collected, or earlier in the text).
    Duplicate,
    /// An earlier answer of a rater whose later answer is there: it does not count.
    Older,
    /// An answer to another round.
    OtherRound,
    /// Not readable, or not fitting this round: why.
    Damaged(RoundError),
}

/// One return link found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The link as found (its first [`MAX_ANSWER_LINK`] bytes).
    pub link: String,
    /// The answer, when it could be read.
    pub answer: Option<Answer>,
    pub verdict: Verdict,
}

impl Found {
    /// Whether adding it changes the collected answers.
    pub fn counts(&self) -> bool {
        matches!(self.verdict, Verdict::New | Verdict::Replaces)
    }
}

/// Every return link in `text`, in the order found, each judged against `round` and the
/// answers `collected` so far (and the links before it). Nothing is added: see [`add_found`].
pub fn find_answers(
    text: &str,
    round: &Round,
    collected: &Answers,
) -> Result<Vec<Found>, RoundError> {
    if text.len() > MAX_PASTE_BYTES {
        return Err(RoundError::PasteTooLong {
            max: MAX_PASTE_BYTES,
        });
    }
    let links = return_links(&unwrap_soft_breaks(text));
    if links.len() > MAX_FOUND_LINKS {
        return Err(RoundError::TooMany {
            field: Field::ReturnLink,
            max: MAX_FOUND_LINKS,
        });
    }
    let mut seen = collected.clone();
    Ok(links
        .into_iter()
        .map(|link| {
            let (answer, verdict) = judge(&link, round, &mut seen);
            Found {
                link,
                answer,
                verdict,
            }
        })
        .collect())
}

fn judge(link: &str, round: &Round, seen: &mut Answers) -> (Option<Answer>, Verdict) {
    let answer = match decode_answer(link) {
        Ok(answer) => answer,
        Err(e) => return (None, Verdict::Damaged(e)),
    };
    let verdict = match answer.fits(round) {
        Err(RoundError::OtherRound) => Verdict::OtherRound,
        Err(e) => Verdict::Damaged(e),
        Ok(()) => match seen.insert(answer.clone()) {
            Ok(Added::New) => Verdict::New,
            Ok(Added::Replaced) => Verdict::Replaces,
            Ok(Added::Same) => Verdict::Duplicate,
            Ok(Added::Older) => Verdict::Older,
            Err(e) => Verdict::Damaged(e),
        },
    };
    (Some(answer), verdict)
}

/// The collected answers with every counting answer of `found` added: what the consultant
/// confirms.
pub fn add_found(collected: &Answers, found: &[Found]) -> Result<Answers, RoundError> {
    let mut next = collected.clone();
    for answer in found
        .iter()
        .filter(|f| f.counts())
        .filter_map(|f| f.answer.as_ref())
    {
        next.insert(answer.clone())?;
    }
    Ok(next)
}

/// Joins lines a quoted-printable mail broke with a soft break (`=` at a line's end).
fn unwrap_soft_breaks(text: &str) -> String {
    text.replace("=\r\n", "").replace("=\n", "")
}

/// Every `ka<digits>.<base64url>` that does not continue a word, capped at
/// `MAX_FOUND_LINKS + 1` so a flood stops early.
fn return_links(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let is_payload = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut links = Vec::new();
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|rest| rest.find(ANSWER_CODEC)) {
        let start = from + at;
        from = start + ANSWER_CODEC.len();
        if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let digits = bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let dot = from + digits;
        if digits == 0 || bytes.get(dot) != Some(&b'.') {
            continue;
        }
        let len = bytes[dot + 1..]
            .iter()
            .take_while(|b| is_payload(**b))
            .count();
        let end = dot + 1 + len;
        // Payload bytes are ASCII, so these are character boundaries.
        let link = text
            .get(start..end.min(start + MAX_ANSWER_LINK + 1))
            .unwrap_or_default();
        links.push(link.to_string());
        from = end;
        if links.len() > MAX_FOUND_LINKS {
            break;
        }
    }
    links
}
