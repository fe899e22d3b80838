//! The rater's page: the texts a department head or a customer reads while rating a round's
//! touchpoints. German and English side by side, one entry per text. The copy and share words
//! repeat the share area's on purpose: reaching them through `Lang::texts()` would link the
//! whole workspace catalogue into the page's small wasm.

use crate::locale::Lang;

texts! {
    /// The rater's page's texts in one language; get them with [`rate_texts`].
    RateTexts {
        title: ("Kontaktpunkte bewerten", "Rate touchpoints"),
        intro: (
            "Bewerten Sie jeden Kontaktpunkt aus Ihrer Sicht, unabhängig von den anderen. Ihre Antwort bleibt in diesem Browser, bis Sie den Antwort-Link selbst senden.",
            "Rate each touchpoint from your own point of view, independently of the others. Your answer stays in this browser until you send the return link yourself.",
        ),
        group_question: ("Für welche Gruppe bewerten Sie?", "Which group are you rating for?"),
        start: ("Bewertung beginnen", "Start rating"),
        importance: (
            "Wie wichtig ist dieser Kontaktpunkt für den Kunden?",
            "How important is this touchpoint to the customer?",
        ),
        ist: (
            "Wie erlebt der Kunde ihn heute (Ist)?",
            "How does the customer experience it today (Ist)?",
        ),
        soll: (
            "Wie soll der Kunde ihn erleben (Soll)?",
            "How should the customer experience it (Soll)?",
        ),
        not_experienced: (
            "Nicht erlebt: kann ich nicht beurteilen",
            "Not experienced: I cannot judge it",
        ),
        comment: ("Kommentar (freiwillig)", "Comment (optional)"),
        back: ("Zurück", "Back"),
        next: ("Weiter", "Next"),
        finish: ("Abschließen", "Finish"),
        done_title: ("Danke! Ihre Antwort", "Thank you! Your answer"),
        done_help: (
            "Senden Sie diesen Link an die Beratung, die Sie eingeladen hat. Die Seite selbst schickt nichts.",
            "Send this link to the consultant who invited you. This page sends nothing by itself.",
        ),
        // After the intro, with its leading space.
        live_intro: (
            " Am Ende geht Ihre Antwort verschlüsselt an die Beratung.",
            " At the end, your answer goes to the consultant, encrypted.",
        ),
        live_sending: ("Wird gesendet …", "Sending …"),
        live_sent: ("An die Beratung gesendet.", "Sent to the consultant."),
        live_failed: (
            "Senden ging nicht: bitte den Link unten senden.",
            "Sending failed: please send the link below.",
        ),
        return_link: ("Antwort-Link", "Return link"),
        mail: ("Per E-Mail senden", "Send by e-mail"),
        copy: ("Link kopieren", "Copy link"),
        copied: ("In die Zwischenablage kopiert.", "Copied to the clipboard."),
        copy_failed: (
            "Kopieren ging nicht: bitte den Link markieren und selbst kopieren.",
            "Copying failed: please select the link and copy it yourself.",
        ),
        share: ("Teilen …", "Share …"),
        change: ("Antwort ändern", "Change my answer"),
        bad_link: ("Dieser Link öffnet keine Bewertungsrunde:", "This link opens no rating round:"),
        no_storage: (
            "Dieser Browser speichert nichts: die Antwort geht beim Neuladen verloren.",
            "This browser stores nothing: the answer is lost on a reload.",
        ),
    }
}

/// The rater's page's texts in `lang`.
pub fn rate_texts(lang: Lang) -> &'static RateTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

impl RateTexts {
    /// "Touchpoint 3 of 30".
    pub fn progress(&self, i: usize, n: usize) -> String {
        match self.lang.built() {
            Lang::De => format!("Kontaktpunkt {i} von {n}"),
            Lang::En => format!("Touchpoint {i} of {n}"),
        }
    }

    /// "Please answer by 2026-12-18".
    pub fn closes(&self, date: &str) -> String {
        match self.lang.built() {
            Lang::De => format!("Bitte antworten Sie bis {date}."),
            Lang::En => format!("Please answer by {date}."),
        }
    }

    /// The first round's medians in a follow-up round, given in halves as the round link
    /// carries them: "First round's median: importance 4, Ist −0.5". Whole numbers and
    /// halves are written without float formatting, which the rater's page does not carry.
    pub fn previous(&self, importance_x2: Option<u8>, ist_x2: Option<i8>) -> String {
        let de = self.lang.built() == Lang::De;
        let number = |halves: i16| {
            let sign = if halves < 0 { "−" } else { "" };
            let (whole, half) = (halves.unsigned_abs() / 2, halves % 2 != 0);
            let fraction = match (half, de) {
                (false, _) => "",
                (true, true) => ",5",
                (true, false) => ".5",
            };
            format!("{sign}{whole}{fraction}")
        };
        let parts: Vec<String> = [
            importance_x2.map(|v| {
                format!(
                    "{} {}",
                    if de { "Wichtigkeit" } else { "importance" },
                    number(v.into())
                )
            }),
            ist_x2.map(|v| format!("Ist {}", number(v.into()))),
        ]
        .into_iter()
        .flatten()
        .collect();
        let lead = if de {
            "Median der ersten Runde"
        } else {
            "First round's median"
        };
        format!("{lead}: {}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_medians_are_written_in_halves() {
        assert_eq!(
            rate_texts(Lang::En).previous(Some(7), Some(-1)),
            "First round's median: importance 3.5, Ist −0.5"
        );
        assert_eq!(
            rate_texts(Lang::De).previous(Some(8), Some(0)),
            "Median der ersten Runde: Wichtigkeit 4, Ist 0"
        );
        assert_eq!(
            rate_texts(Lang::De).previous(None, Some(3)),
            "Median der ersten Runde: Ist 1,5"
        );
        assert_eq!(
            rate_texts(Lang::En).previous(None, Some(-4)),
            "First round's median: Ist −2"
        );
    }
}
