//! The consultant's side of a rating round: starting it, its link, collecting answers, the
//! spread table, taking the medians and the follow-up round. German and English side by side;
//! counted phrases are methods with one arm per language.

use crate::locale::Lang;
use crate::text::format::number;

texts! {
    /// The texts of this area in one language; get them from [`texts`].
    RoundsViewTexts {
        title: ("Bewertungsrunde", "Rating round"),
        start_title: ("Bewertungsrunde starten", "Start a rating round"),
        start_help: (
            "Abteilungen und Kunden bewerten die Kontaktpunkte unabhängig voneinander; Sie sehen, wo sie sich einig sind. Der Link der Runde enthält nur Namen und Phasen der Kontaktpunkte (Beschreibungen, wenn angekreuzt), die Fragen und die Gruppen, sonst nichts vom Modell.",
            "Departments and customers rate the touchpoints independently; you see where they agree. The round's link holds only the touchpoints' names and stages (descriptions if ticked), the questions and the groups, nothing else of the model.",
        ),
        which: ("Welche Kontaktpunkte", "Which touchpoints"),
        which_all: ("Alle", "All"),
        which_stage: ("Eine Phase", "One stage"),
        which_key: ("Die Schlüssel-Kontaktpunkte", "The key touchpoints"),
        which_picked: ("Ausgewählte", "Hand-picked"),
        questions: ("Die Bewertenden beantworten", "Raters answer"),
        ask_importance: ("Wichtigkeit", "Importance"),
        ask_ist: ("Ist (heutiges Erleben)", "Ist (today's experience)"),
        ask_soll: ("Soll (Ziel)", "Soll (target)"),
        ask_comment: ("Einen Kommentar je Kontaktpunkt", "A comment per touchpoint"),
        descriptions: ("Beschreibungen der Kontaktpunkte mitsenden", "Send the touchpoints' descriptions along"),
        groups: ("Gruppen der Bewertenden", "Rater groups"),
        internal: ("intern", "internal"),
        customer: ("Kunden", "customers"),
        new_group: ("Kundensegment oder weitere Gruppe", "Customer segment or other group"),
        kind: ("Art", "Kind"),
        remove_group: ("Entfernen", "Remove"),
        min_group: ("Gruppen-Mediane zeigen ab", "Show a group's medians from"),
        raters_3: ("3 Bewertenden", "3 raters"),
        raters_5: ("5 Bewertenden", "5 raters"),
        closes: ("Antworten bis (freiwillig)", "Answers by (optional)"),
        note: ("Hinweis an die Bewertenden (freiwillig)", "Note to raters (optional)"),
        reply_to: ("Antwortadresse (freiwillig)", "Reply-to address (optional)"),
        start: ("Runde starten", "Start the round"),
        round: ("Runde", "Round"),
        another: ("Weitere Runde starten", "Start another round"),
        remove: ("Runde entfernen", "Remove the round"),
        remove_confirm: (
            "Diese Runde mit allen gesammelten Antworten entfernen?",
            "Remove this round with all its collected answers?",
        ),
        unreadable: ("Diese gespeicherte Runde lässt sich nicht lesen:", "This kept round cannot be read:"),
        link_title: ("Link für die Bewertenden", "Link for the raters"),
        link_help: (
            "Schicken Sie ihn per E-Mail, Chat oder als QR-Code. Am Ende erhält jede Person einen Antwort-Link und schickt ihn Ihnen zurück.",
            "Send it by e-mail, chat or as a QR code. At the end each rater gets a return link and sends it back to you.",
        ),
        qr: ("QR-Code des Runden-Links", "QR code of the round link"),
        live_title: ("Live über das Relais", "Live through the relay"),
        live_help: (
            "Antworten kommen hier von selbst an, verschlüsselt mit dem Schlüssel der Runde im Runden-Link; Antwort-Links funktionieren weiter.",
            "Answers arrive here by themselves, encrypted with the round's key in the round link; return links keep working.",
        ),
        live_offline: (
            "Das Relais ist nicht erreichbar: Antworten kommen an, sobald es wieder da ist. Antwort-Links funktionieren weiter.",
            "The relay cannot be reached: answers arrive once it is back. Return links keep working.",
        ),
        live_failed: (
            "Live-Empfang ging nicht: bitte Antwort-Links einfügen.",
            "Receiving live failed: please paste return links.",
        ),
        collect_title: ("Antworten sammeln", "Collect answers"),
        collect_help: (
            "Fügen Sie beliebigen Text mit Antwort-Links ein (einen ganzen E-Mail-Verlauf, einen Chat-Export, viele Links auf einmal) oder wählen Sie .txt- oder .eml-Dateien. Erst nach Ihrer Bestätigung ändert sich etwas.",
            "Paste any text that holds return links (a whole e-mail thread, a chat export, many links at once) or choose .txt or .eml files. Nothing changes until you confirm.",
        ),
        paste: ("Text mit Antwort-Links", "Text with return links"),
        files: ("Text- oder E-Mail-Dateien wählen (.txt, .eml)", "Choose text or e-mail files (.txt, .eml)"),
        find: ("Antwort-Links suchen", "Find return links"),
        none_found: ("Der Text enthält keinen Antwort-Link.", "The text holds no return link."),
        found_title: ("Gefunden", "Found"),
        group: ("Gruppe", "Group"),
        so_far: ("bisher", "so far"),
        after: ("danach", "after adding"),
        discard: ("Verwerfen", "Discard"),
        spread_title: ("Wo sich die Bewertenden einig sind", "Where the raters agree"),
        no_answers: ("Noch keine Antworten.", "No answers yet."),
        threshold: (
            "„Uneinig“: die mittlere absolute Abweichung vom Median liegt über 0,8 Skalenstufen.",
            "“Disagree”: the average absolute deviation from the median is above 0.8 scale steps.",
        ),
        question: ("Frage", "Question"),
        sort: ("Reihenfolge", "Order"),
        sort_disagreement: ("Uneinigkeit zuerst", "Disagreement first"),
        sort_round: ("Reihenfolge der Runde", "Round order"),
        n: ("n", "n"),
        median: ("Median", "Median"),
        mean: ("Mittel", "Mean"),
        range: ("Min–Max", "Min–max"),
        ratings: ("Bewertungen", "Ratings"),
        disagree_column: ("Uneinig", "Disagree"),
        disagree: ("uneinig", "disagree"),
        gap: ("Kunden − intern", "Customers − internal"),
        take_column: ("Übernehmen", "Take"),
        hidden: ("verborgen", "hidden"),
        take_title: ("In das Modell übernehmen", "Take into the model"),
        take_help: (
            "Setzt Ist (und auf Wunsch die Wichtigkeit) der Kontaktpunkte in einem Schritt auf die Mediane der Runde; Rückgängig nimmt es zurück. Eine halbe Stufe rundet von null weg.",
            "Sets Ist (and importance, if ticked) of the touchpoints to the round's medians in one step; undo takes it back. A half step rounds away from zero.",
        ),
        take_importance: ("Auch die Wichtigkeit übernehmen", "Take importance too"),
        take_all: ("Mediane aller Kontaktpunkte übernehmen", "Take the medians of all touchpoints"),
    }
}

/// The rating round view's texts in `lang`. Not in [`crate::text::Texts`]: the app loads that
/// view as a wasm of its own and does not carry them.
pub fn texts(lang: Lang) -> &'static RoundsViewTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

impl RoundsViewTexts {
    fn de(&self) -> bool {
        self.lang.built() == Lang::De
    }

    /// "Round 2: 30 touchpoints, 7 answers".
    pub fn round_name(&self, number: usize, touchpoints: usize, answers: usize) -> String {
        match (self.de(), answers == 1) {
            (true, one) => format!(
                "Runde {number}: {touchpoints} Kontaktpunkte, {answers} {}",
                if one { "Antwort" } else { "Antworten" }
            ),
            (false, one) => format!(
                "Round {number}: {touchpoints} touchpoints, {answers} {}",
                if one { "answer" } else { "answers" }
            ),
        }
    }

    /// "Add 3 answers".
    pub fn add(&self, n: usize) -> String {
        match (self.de(), n == 1) {
            (true, true) => "1 Antwort übernehmen".into(),
            (true, false) => format!("{n} Antworten übernehmen"),
            (false, true) => "Add 1 answer".into(),
            (false, false) => format!("Add {n} answers"),
        }
    }

    /// "3 answers arrived live" (those of this round that read, counted or not).
    pub fn arrived(&self, n: usize) -> String {
        match (self.de(), n == 1) {
            (true, true) => "1 Antwort live angekommen.".into(),
            (true, false) => format!("{n} Antworten live angekommen."),
            (false, true) => "1 answer arrived live.".into(),
            (false, false) => format!("{n} answers arrived live."),
        }
    }

    /// "1 arrival skipped:" before the first reason.
    pub fn skipped(&self, n: usize) -> String {
        if self.de() {
            format!("{n} nicht übernommen:")
        } else {
            format!("{n} skipped:")
        }
    }

    /// "9 return links found, 6 of them count".
    pub fn found(&self, found: usize, counting: usize) -> String {
        if self.de() {
            format!("{found} Antwort-Links gefunden, davon zählen {counting}.")
        } else {
            format!("{found} return links found, {counting} of them count.")
        }
    }

    /// "Take the medians of 4 ticked touchpoints".
    pub fn take_ticked(&self, n: usize) -> String {
        if self.de() {
            format!("Mediane der {n} angekreuzten übernehmen")
        } else {
            format!("Take the medians of the {n} ticked")
        }
    }

    /// The checkbox that ticks a touchpoint for taking: "Take Website".
    pub fn tick(&self, name: &str) -> String {
        if self.de() {
            format!("{name} übernehmen")
        } else {
            format!("Take {name}")
        }
    }

    /// "Follow-up round for the 4 disagreements".
    pub fn follow_up(&self, n: usize) -> String {
        match (self.de(), n == 1) {
            (true, true) => "Folgerunde für die 1 Uneinigkeit".into(),
            (true, false) => format!("Folgerunde für die {n} Uneinigkeiten"),
            (false, true) => "Follow-up round for the 1 disagreement".into(),
            (false, false) => format!("Follow-up round for the {n} disagreements"),
        }
    }

    /// A group's median cell when hidden: "hidden (2 of 3)".
    pub fn hidden_group(&self, n: u32, min: usize) -> String {
        if self.de() {
            format!("verborgen ({n} von mindestens {min})")
        } else {
            format!("hidden ({n} of at least {min})")
        }
    }

    /// "3 not experienced".
    pub fn not_experienced(&self, n: u32) -> String {
        if self.de() {
            format!("{n} nicht erlebt")
        } else {
            format!("{n} not experienced")
        }
    }

    /// The dots' text for screen readers: "Ratings −2: 1, −1: 0, …".
    pub fn dots(&self, steps: &[String], counts: &[u32]) -> String {
        let list: Vec<String> = steps
            .iter()
            .zip(counts)
            .map(|(s, c)| format!("{s}: {c}"))
            .collect();
        format!("{} {}", self.ratings, list.join(", "))
    }

    /// A figure of a round: whole steps without decimals, others with one; `signed` adds
    /// `+` to positive values (Ist, Soll, gaps). Minus is U+2212.
    pub fn figure(&self, v: f64, signed: bool) -> String {
        let decimals = usize::from(v.fract() != 0.0);
        let text = number(self.lang, v.abs(), decimals);
        match v {
            v if v < 0.0 && !text.trim_start_matches(['0', ',', '.']).is_empty() => {
                format!("−{text}")
            }
            v if v > 0.0 && signed => format!("+{text}"),
            _ => text,
        }
    }
}
