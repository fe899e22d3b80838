//! The round link `kr1.<payload>` and the return link `ka1.<payload>`: compact binary content
//! ([`super::wire`]), raw DEFLATE and base64url without padding, packed as the model's share
//! links are (`crate::io::share::pack`). `docs/rating-rounds.md` describes both byte by byte.
//!
//! Reading never panics and its work is bounded: the link is capped before anything else,
//! inflating is capped, every count is checked before the list is built, and the result passes
//! [`Round::check`] or [`Answer::check`].

use super::answer::{Answer, RaterId, Rating};
use super::error::{Field, LinkKind, RoundError};
use super::limits::{
    MAX_ADDRESS_CHARS, MAX_ANSWER_BYTES, MAX_ANSWER_LINK, MAX_COMMENT_CHARS, MAX_DESCRIPTION_CHARS,
    MAX_GROUPS, MAX_GROUP_NAME_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_ROUND_BYTES,
    MAX_ROUND_LINK, MAX_ROUND_STAGES, MAX_ROUND_TOUCHPOINTS,
};
use super::round::{
    GroupKind, MinGroupSize, PreviousMedians, Questions, RaterGroup, Round, RoundId,
    RoundTouchpoint,
};
use super::wire::{Reader, Writer};
use crate::domain::model::{Experience, Id, Importance};
use crate::io::session::Session;
use crate::io::share::{self, ShareError};

/// The round link's codec; its version follows: `kr1`.
pub const ROUND_CODEC: &str = "kr";
/// The return link's codec: `ka1`.
pub const ANSWER_CODEC: &str = "ka";
/// The version of both formats this build writes.
pub const VERSION: u32 = 1;

// Round flags, byte 17.
const ASKS_IMPORTANCE: u8 = 1;
const ASKS_IST: u8 = 2;
const ASKS_SOLL: u8 = 4;
const ASKS_COMMENT: u8 = 8;
const HAS_DESCRIPTIONS: u8 = 16;
const HAS_CLOSING_DATE: u8 = 32;
const HAS_REPLY_TO: u8 = 64;
const HAS_PREVIOUS: u8 = 128;

// Answer flags.
const HAS_SOLL: u8 = 1;
const HAS_COMMENTS: u8 = 2;
const ANSWER_FLAGS: u8 = HAS_SOLL | HAS_COMMENTS;

// A touchpoint's rating byte: importance in bits 0-2, Ist + 3 in bits 3-5, bit 6 "not experienced".
const NOT_EXPERIENCED: u8 = 64;

/// The round as a fragment (without the `#`).
pub fn encode_round(round: &Round) -> String {
    let mut w = Writer::default();
    w.raw(&round.id.0);
    let q = round.questions;
    let flags = [
        (q.importance, ASKS_IMPORTANCE),
        (q.ist, ASKS_IST),
        (q.soll, ASKS_SOLL),
        (q.comment, ASKS_COMMENT),
        (round.descriptions, HAS_DESCRIPTIONS),
        (round.closes.is_some(), HAS_CLOSING_DATE),
        (round.reply_to.is_some(), HAS_REPLY_TO),
        (round.is_follow_up(), HAS_PREVIOUS),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .fold(0, |acc, (_, bit)| acc | bit);
    w.byte(flags);
    w.byte(round.min_group.value() as u8);
    if let Some(date) = &round.closes {
        w.text(date);
    }
    w.text(&round.note);
    if let Some(address) = &round.reply_to {
        w.text(address);
    }
    w.count(round.stages.len());
    for stage in &round.stages {
        w.text(stage);
    }
    w.count(round.groups.len());
    for group in &round.groups {
        w.byte(match group.kind {
            GroupKind::Internal => 0,
            GroupKind::Customer => 1,
        });
        w.text(&group.name);
    }
    // Column by column: alike bytes next to each other compress better.
    let tps = &round.touchpoints;
    w.count(tps.len());
    tps.iter().for_each(|t| w.varint(t.id));
    tps.iter().for_each(|t| w.count(t.stage));
    tps.iter().for_each(|t| w.text(&t.name));
    if round.descriptions {
        tps.iter().for_each(|t| w.text(&t.description));
    }
    if round.is_follow_up() {
        tps.iter()
            .for_each(|t| w.byte(previous_byte(t.previous.unwrap_or_default())));
    }
    format!("{ROUND_CODEC}{VERSION}.{}", share::pack(&w.into_bytes()))
}

/// Like [`encode_round`], but refuses a round its reader would refuse (too long a link, or a
/// round that breaks a rule): it reads its own link back.
pub fn encode_round_checked(round: &Round) -> Result<String, RoundError> {
    read_back(encode_round(round), MAX_ROUND_LINK, decode_round)
}

/// `link` if it is at most `max` bytes and `decode` reads it.
fn read_back<T>(
    link: String,
    max: usize,
    decode: impl Fn(&str) -> Result<T, RoundError>,
) -> Result<String, RoundError> {
    if link.len() > max {
        return Err(RoundError::TooLong { max });
    }
    decode(&link)?;
    Ok(link)
}

/// Like [`encode_round_checked`], with the live part `.<session link>` after the payload when
/// the round collects through a relay: the room and the round's key (`docs/rating-rounds.md`).
pub fn encode_round_live(round: &Round, live: Option<&Session>) -> Result<String, RoundError> {
    let link = match live {
        Some(session) => format!("{}.{}", encode_round(round), session.encode()),
        None => encode_round(round),
    };
    read_back(link, MAX_ROUND_LINK, decode_round)
}

/// The round link's parts: the link up to its payload's end, and its live part (`ks1.…`)
/// when it has one. The payload is base64url, so the first `.` after it starts the live part.
/// Without indexing into the text: a slice that could panic would link the formatting of its
/// message into the rater's page.
fn split_live(text: &str) -> (&str, Option<&str>) {
    let fragment = text.split_once('#').map_or(text, |(_, after)| after);
    match fragment
        .split_once('.')
        .and_then(|(_, rest)| rest.split_once('.'))
    {
        Some((_, live)) => match text.get(..text.len() - live.len() - 1) {
            Some(round) => (round, Some(live)),
            None => (text, None),
        },
        None => (text, None),
    }
}

/// The live part of a round link: the relay's room and the round's key, `None` for a round
/// that collects by return links only. A damaged live part is an error of the round link.
pub fn live_part(text: &str) -> Result<Option<Session>, RoundError> {
    if text.len() > MAX_ROUND_LINK {
        return Err(RoundError::TooLong {
            max: MAX_ROUND_LINK,
        });
    }
    split_live(text)
        .1
        .map(|live| Session::decode(live).map_err(from_share))
        .transpose()
}

/// Whether a round link has a live part, read or not: the rater's page leaves reading it to
/// the sync worker, which sends through it ([`live_part`] in both), so the page's own wasm
/// stays without the session link's reader.
pub fn has_live_part(text: &str) -> bool {
    split_live(text).1.is_some()
}

/// Reads a round link: the fragment with or without its `#`, or a whole URL. A live part is
/// left to [`live_part`]: a rater can answer a round whose live part is damaged, and send
/// the return link.
pub fn decode_round(text: &str) -> Result<Round, RoundError> {
    let (text, _) = split_live(text);
    let bytes = open(text, LinkKind::Round, MAX_ROUND_LINK, MAX_ROUND_BYTES)?;
    let mut r = Reader::new(&bytes);
    let id = RoundId(r.array()?);
    let flags = r.byte()?;
    let has = |bit: u8| flags & bit != 0;
    let min = r.byte()?;
    let min_group = MinGroupSize::from_value(min.into()).ok_or(RoundError::BadValue {
        field: Field::MinGroupSize,
        value: min.into(),
    })?;
    let closes = if has(HAS_CLOSING_DATE) {
        Some(r.text(Field::ClosingDate, 10)?)
    } else {
        None
    };
    let note = r.text(Field::Note, MAX_NOTE_CHARS)?;
    let reply_to = if has(HAS_REPLY_TO) {
        Some(r.text(Field::ReturnAddress, MAX_ADDRESS_CHARS)?)
    } else {
        None
    };
    let n = r.count(Field::Stage, MAX_ROUND_STAGES)?;
    let stages = (0..n)
        .map(|_| r.text(Field::Stage, MAX_NAME_CHARS))
        .collect::<Result<Vec<_>, _>>()?;
    let n = r.count(Field::Group, MAX_GROUPS)?;
    let groups = (0..n)
        .map(|_| {
            let kind = match r.byte()? {
                0 => GroupKind::Internal,
                1 => GroupKind::Customer,
                other => {
                    return Err(RoundError::BadValue {
                        field: Field::GroupKind,
                        value: other.into(),
                    })
                }
            };
            let name = r.text(Field::Group, MAX_GROUP_NAME_CHARS)?;
            Ok(RaterGroup { name, kind })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let n = r.count(Field::Touchpoint, MAX_ROUND_TOUCHPOINTS)?;
    let ids = (0..n)
        .map(|_| {
            let id = r.varint()?;
            Id::try_from(id).map_err(|_| RoundError::BadNumber)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let stage_of = (0..n)
        .map(|_| r.varint().map(|s| usize::try_from(s).unwrap_or(usize::MAX)))
        .collect::<Result<Vec<_>, _>>()?;
    let names = (0..n)
        .map(|_| r.text(Field::Touchpoint, MAX_NAME_CHARS))
        .collect::<Result<Vec<_>, _>>()?;
    let descriptions = (0..n)
        .map(|_| {
            if has(HAS_DESCRIPTIONS) {
                r.text(Field::Description, MAX_DESCRIPTION_CHARS)
            } else {
                Ok(String::new())
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let previous = (0..n)
        .map(|_| {
            if has(HAS_PREVIOUS) {
                read_previous(r.byte()?).map(Some)
            } else {
                Ok(None)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    r.end()?;
    let touchpoints = ids
        .into_iter()
        .zip(stage_of)
        .zip(names)
        .zip(descriptions)
        .zip(previous)
        .map(
            |((((id, stage), name), description), previous)| RoundTouchpoint {
                id,
                name,
                stage,
                description,
                previous,
            },
        )
        .collect();
    let round = Round {
        id,
        questions: Questions {
            importance: has(ASKS_IMPORTANCE),
            ist: has(ASKS_IST),
            soll: has(ASKS_SOLL),
            comment: has(ASKS_COMMENT),
        },
        descriptions: has(HAS_DESCRIPTIONS),
        min_group,
        closes,
        note,
        reply_to,
        stages,
        groups,
        touchpoints,
    };
    round.check()?;
    Ok(round)
}

/// The previous medians' byte: importance × 2 in the high nibble, Ist × 2 + 5 in the low
/// one, 0 for "no median".
fn previous_byte(p: PreviousMedians) -> u8 {
    let high = p.importance_x2.unwrap_or(0) & 0x0f;
    let low = p
        .ist_x2
        .map_or(0, |v| u8::try_from(i16::from(v) + 5).unwrap_or(0) & 0x0f);
    (high << 4) | low
}

fn read_previous(b: u8) -> Result<PreviousMedians, RoundError> {
    let bad = RoundError::BadValue {
        field: Field::PreviousMedian,
        value: b.into(),
    };
    let (high, low) = (b >> 4, b & 0x0f);
    let importance_x2 = match high {
        0 => None,
        2..=10 => Some(high),
        _ => return Err(bad),
    };
    let ist_x2 = match low {
        0 => None,
        1..=9 => Some(low as i8 - 5),
        _ => return Err(bad),
    };
    Ok(PreviousMedians {
        importance_x2,
        ist_x2,
    })
}

/// The answer as a fragment (without the `#`).
pub fn encode_answer(answer: &Answer) -> String {
    let mut w = Writer::default();
    w.raw(&answer.round.0);
    w.raw(&answer.rater.0.to_le_bytes());
    w.count(answer.group);
    w.varint(answer.sequence);
    let has_soll = answer.ratings.iter().any(|r| r.soll.is_some());
    let has_comments = answer.ratings.iter().any(|r| !r.comment.is_empty());
    w.byte(if has_soll { HAS_SOLL } else { 0 } | if has_comments { HAS_COMMENTS } else { 0 });
    w.count(answer.ratings.len());
    for r in &answer.ratings {
        let importance = r.importance.map_or(0, Importance::value);
        let not_experienced = if r.not_experienced {
            NOT_EXPERIENCED
        } else {
            0
        };
        w.byte(importance | (experience_code(r.ist) << 3) | not_experienced);
    }
    if has_soll {
        answer
            .ratings
            .iter()
            .for_each(|r| w.byte(experience_code(r.soll)));
    }
    if has_comments {
        answer.ratings.iter().for_each(|r| w.text(&r.comment));
    }
    // Small content: the short writer is enough, and the rater's page carries no other.
    format!(
        "{ANSWER_CODEC}{VERSION}.{}",
        share::pack_small(&w.into_bytes())
    )
}

/// Like [`encode_answer`], but refuses an answer its reader would refuse: it reads its own
/// link back.
pub fn encode_answer_checked(answer: &Answer) -> Result<String, RoundError> {
    read_back(encode_answer(answer), MAX_ANSWER_LINK, decode_answer)
}

/// Reads a return link: the fragment with or without its `#`, or a whole URL. Whether it
/// fits a round is [`Answer::fits`].
pub fn decode_answer(text: &str) -> Result<Answer, RoundError> {
    let bytes = open(text, LinkKind::Answer, MAX_ANSWER_LINK, MAX_ANSWER_BYTES)?;
    let mut r = Reader::new(&bytes);
    let round = RoundId(r.array()?);
    let rater = RaterId(u64::from_le_bytes(r.array()?));
    let group = r.varint()?;
    let group = usize::try_from(group)
        .ok()
        .filter(|g| *g < MAX_GROUPS)
        .ok_or(RoundError::UnknownGroup(group))?;
    let sequence = r.varint()?;
    let flags = r.byte()?;
    if flags & !ANSWER_FLAGS != 0 {
        return Err(RoundError::BadValue {
            field: Field::Flags,
            value: flags.into(),
        });
    }
    let n = r.count(Field::Rating, MAX_ROUND_TOUCHPOINTS)?;
    let mut ratings = Vec::with_capacity(n);
    for _ in 0..n {
        let b = r.byte()?;
        let bad = || RoundError::BadValue {
            field: Field::Rating,
            value: b.into(),
        };
        if b & 0x80 != 0 {
            return Err(bad());
        }
        let importance = match b & 7 {
            0 => None,
            v => Some(Importance::new(v).map_err(|_| bad())?),
        };
        ratings.push(Rating {
            importance,
            ist: read_experience((b >> 3) & 7).ok_or_else(bad)?,
            not_experienced: b & NOT_EXPERIENCED != 0,
            ..Rating::default()
        });
    }
    if flags & HAS_SOLL != 0 {
        for rating in &mut ratings {
            let b = r.byte()?;
            rating.soll = read_experience(b).ok_or(RoundError::BadValue {
                field: Field::Rating,
                value: b.into(),
            })?;
        }
    }
    if flags & HAS_COMMENTS != 0 {
        for rating in &mut ratings {
            rating.comment = r.text(Field::Comment, MAX_COMMENT_CHARS)?;
        }
    }
    r.end()?;
    let answer = Answer {
        round,
        rater,
        group,
        sequence,
        ratings,
    };
    answer.check()?;
    Ok(answer)
}

/// An experience as a code: 0 for none, 1 ..= 5 for −2 ..= +2.
fn experience_code(e: Option<Experience>) -> u8 {
    e.map_or(0, |e| (e.value() + 3) as u8)
}

/// The inverse of [`experience_code`]; `None` for a code out of range.
fn read_experience(code: u8) -> Option<Option<Experience>> {
    match code {
        0 => Some(None),
        1..=5 => Experience::new(code as i8 - 3).ok().map(Some),
        _ => None,
    }
}

/// The fragment of `text` (after its first `#`, trimmed), checked to be a link of `kind` in
/// a version this build reads, and its payload unpacked.
fn open(
    text: &str,
    kind: LinkKind,
    max_link: usize,
    max_bytes: usize,
) -> Result<Vec<u8>, RoundError> {
    if text.len() > max_link {
        return Err(RoundError::TooLong { max: max_link });
    }
    let (prefix, payload) = share::split_link(text).map_err(from_share)?;
    let (found, version) =
        link_kind(prefix).ok_or_else(|| RoundError::UnknownFormat(prefix.to_string()))?;
    if found != kind {
        return Err(RoundError::WrongKind {
            expected: kind,
            found,
        });
    }
    if version > VERSION {
        return Err(RoundError::NewerVersion(version));
    }
    share::unpack_capped(payload, max_bytes).map_err(from_share)
}

/// The share codec's errors on the way to a round's content, which are the same here.
fn from_share(e: ShareError) -> RoundError {
    match e {
        ShareError::Empty => RoundError::Empty,
        ShareError::BadBase64 => RoundError::BadBase64,
        ShareError::TooLarge { max } => RoundError::TooLarge { max },
        ShareError::BadCompression => RoundError::BadCompression,
        ShareError::UnknownFormat(prefix) => RoundError::UnknownFormat(prefix),
        ShareError::NewerVersion(v) => RoundError::NewerVersion(v),
        _ => RoundError::NotALink,
    }
}

/// The kind and version of a prefix `kp<n>`, `kr<n>` or `ka<n>` (`n` ≥ 1, no leading zero).
pub fn link_kind(prefix: &str) -> Option<(LinkKind, u32)> {
    [
        (share::CODEC, LinkKind::Model),
        (ROUND_CODEC, LinkKind::Round),
        (ANSWER_CODEC, LinkKind::Answer),
    ]
    .iter()
    .find_map(|(codec, kind)| share::codec_version(prefix, codec).map(|v| (*kind, v)))
}
