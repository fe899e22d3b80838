//! A cell's text as a value of its field: the export's keys, the app's own display words in
//! every language given ([`ImportWords`]), and the synonyms spreadsheets use. `None` is a
//! value the field does not know; an empty cell never reaches these functions.

use super::headers::fold;
use super::ImportWords;
use crate::domain::model::{Channel, Contact, Decision, Experience, Importance};

/// Finds `text` among a table of synonyms and the catalogue's words, in folded form.
fn find<T: Copy>(
    text: &str,
    synonyms: &[(T, &[&str])],
    catalogue: impl Iterator<Item = (T, &'static str)>,
) -> Option<T> {
    let t = fold(text);
    if t.is_empty() {
        return None;
    }
    let mut catalogue = catalogue;
    catalogue
        .find(|(_, w)| fold(w) == t)
        .map(|(v, _)| v)
        .or_else(|| {
            synonyms
                .iter()
                .find(|(_, names)| names.iter().any(|n| fold(n) == t))
                .map(|(v, _)| *v)
        })
}

pub(crate) fn contact(text: &str, words: &[ImportWords]) -> Option<Contact> {
    const SYNONYMS: &[(Contact, &[&str])] = &[
        (Contact::Direct, &["direct", "direkt", "unmittelbar"]),
        (Contact::Indirect, &["indirect", "indirekt", "mittelbar"]),
    ];
    let catalogue = words.iter().flat_map(|w| {
        Contact::ALL
            .iter()
            .map(move |c| (*c, w.contact[*c as usize]))
    });
    find(text, SYNONYMS, catalogue)
}

pub(crate) fn channel(text: &str, words: &[ImportWords]) -> Option<Channel> {
    const SYNONYMS: &[(Channel, &[&str])] = &[
        (Channel::Online, &["online", "digital", "web", "internet"]),
        (
            Channel::Offline,
            &[
                "offline",
                "analog",
                "vor Ort",
                "persönlich",
                "physisch",
                "in person",
            ],
        ),
        (
            Channel::Both,
            &[
                "both",
                "beides",
                "beide",
                "online/offline",
                "online & offline",
                "online und offline",
                "online and offline",
                "on- und offline",
                "hybrid",
                "omnichannel",
            ],
        ),
    ];
    let catalogue = words.iter().flat_map(|w| {
        Channel::ALL
            .iter()
            .map(move |c| (*c, w.channel[*c as usize]))
    });
    find(text, SYNONYMS, catalogue)
}

pub(crate) fn decision(text: &str, words: &[ImportWords]) -> Option<Decision> {
    const SYNONYMS: &[(Decision, &[&str])] = &[
        (Decision::Keep, &["keep", "behalten", "beibehalten"]),
        (
            Decision::Optimise,
            &[
                "optimise",
                "optimize",
                "optimieren",
                "verbessern",
                "improve",
            ],
        ),
        (Decision::New, &["new", "neu", "einführen", "launch"]),
        (
            Decision::Retire,
            &["retire", "abschaffen", "streichen", "entfernen", "drop"],
        ),
    ];
    let catalogue = words.iter().flat_map(|w| {
        Decision::ALL
            .iter()
            .map(move |d| (*d, w.decision[*d as usize]))
    });
    find(text, SYNONYMS, catalogue)
}

/// A flag: yes or no in either language, a cross, 1 or 0, true or false.
pub(crate) fn flag(text: &str) -> Option<bool> {
    const SYNONYMS: &[(bool, &[&str])] = &[
        (
            true,
            &[
                "1", "x", "yes", "y", "ja", "j", "true", "wahr", "✓", "✔", "☑", "*", "+",
            ],
        ),
        (
            false,
            &[
                "0", "no", "n", "nein", "false", "falsch", "-", "–", "—", "☐", "✗",
            ],
        ),
    ];
    let t = text.trim().to_lowercase();
    // Symbols fold to nothing, so they are compared as they are.
    SYNONYMS
        .iter()
        .find(|(_, names)| names.iter().any(|n| *n == t))
        .map(|(v, _)| *v)
        .or_else(|| find(text, SYNONYMS, std::iter::empty()))
}

/// Importance 1 ..= 5: a number ("4", "4,0", "4 - hoch") or a word of the scale.
pub(crate) fn importance(text: &str, words: &[ImportWords]) -> Option<Importance> {
    if let Some(n) = leading_number(text) {
        return u8::try_from(n).ok().and_then(|v| Importance::new(v).ok());
    }
    const SYNONYMS: &[(u8, &[&str])] = &[
        (1, &["sehr niedrig", "minimal"]),
        (2, &["niedrig"]),
        (3, &["mittel", "normal", "average"]),
        (5, &["kritisch", "critical"]),
    ];
    let catalogue = words
        .iter()
        .flat_map(|w| w.importance.iter().zip(1u8..).map(|(word, v)| (v, *word)));
    find(text, SYNONYMS, catalogue).and_then(|v| Importance::new(v).ok())
}

/// A rating −2 ..= +2: a number ("+1", "−2", "0 (okay)") or a word of the scale.
pub(crate) fn experience(text: &str, words: &[ImportWords]) -> Option<Experience> {
    if let Some(n) = leading_number(text) {
        return i8::try_from(n).ok().and_then(|v| Experience::new(v).ok());
    }
    const SYNONYMS: &[(i8, &[&str])] = &[
        (-2, &["sehr schlecht", "very bad", "sehr enttäuschend"]),
        (-1, &["schlecht", "bad", "negativ", "negative"]),
        (0, &["ok", "neutral", "mittel"]),
        (1, &["gut", "good"]),
        (
            2,
            &["sehr gut", "very good", "begeisterung", "delight", "wow"],
        ),
    ];
    let catalogue = words.iter().flat_map(|w| {
        w.experience
            .iter()
            .zip(Experience::MIN..)
            .map(|(word, v)| (v, *word))
    });
    find(text, SYNONYMS, catalogue).and_then(|v| Experience::new(v).ok())
}

/// The whole number a cell starts with: a sign (`+`, `-`, `−`, `–`), digits, an optional
/// decimal part of zeros ("3,0"), then nothing or a word after a space or bracket. `None` for
/// text that does not start with a number or holds a fraction ("2,5").
pub(crate) fn leading_number(text: &str) -> Option<i64> {
    let t = text.trim();
    let (negative, rest) = match t.chars().next() {
        Some('-' | '−' | '–') => (true, &t[t.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let rest = rest.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 6 {
        return None;
    }
    let value: i64 = rest[..digits].parse().ok()?;
    let mut after = &rest[digits..];
    if let Some(fraction) = after.strip_prefix([',', '.']) {
        let zeros = fraction.len() - fraction.trim_start_matches('0').len();
        if zeros == 0 {
            return None;
        }
        after = &fraction[zeros..];
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    let ends_well = after.is_empty()
        || after.starts_with(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | ':' | '='));
    ends_well.then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::leading_number;

    #[test]
    fn numbers_at_the_start_of_a_cell() {
        for (text, n) in [
            ("4", Some(4)),
            (" +1 ", Some(1)),
            ("−2", Some(-2)),
            ("– 1", Some(-1)),
            ("3,0", Some(3)),
            ("3.00", Some(3)),
            ("4 - hoch", Some(4)),
            ("0 (okay)", Some(0)),
            ("2,5", None),
            ("2.", None),
            ("12abc", None),
            ("hoch", None),
            ("", None),
            ("-", None),
        ] {
            assert_eq!(leading_number(text), n, "{text:?}");
        }
    }
}
