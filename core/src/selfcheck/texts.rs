//! Every text of the self-check, in the discipline of the workspace catalogue (the text
//! layer): one field per text, `DE` and `EN` must fill every field (and every array has a
//! fixed length), so a missing translation does not compile. Error texts are exhaustive
//! `match`es.
//!
//! The eight success factors follow seed article 000 ("8 Punkte, die ein erfolgreiches Customer
//! Touchpoint Management ausmachen"); the levels and recommendations follow the method of the
//! other seeds (collect, rate Ist and Soll, find the key touchpoints, plan measures, track).

use crate::locale::Lang;

use super::error::SelfCheckError;
use super::result::MaturityBand;
use super::{Factor, MAX_QUICK_TOUCHPOINTS};

/// The words of one success factor in one language.
pub struct FactorTexts {
    /// The factor's full name, as a heading.
    pub name: &'static str,
    /// One or two words, for the radar chart's axis labels.
    pub short: &'static str,
    /// One line: what the factor means.
    pub explanation: &'static str,
    /// The maturity question.
    pub question: &'static str,
    /// The answer scale, level 0 (nothing yet) ..= 4 (fully in place), worded for this factor.
    pub levels: [&'static str; 5],
}

/// Name and one-line summary of a maturity band.
pub struct BandTexts {
    pub name: &'static str,
    pub summary: &'static str,
}

/// All texts of the self-check in one language. Get them with [`texts`].
pub struct SelfCheckTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// Shown under the intro: where the answers are kept.
    pub privacy_note: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub restart: &'static str,
    pub restart_confirm: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub show_result: &'static str,
    /// Accessible name of the progress bar.
    pub progress_label: &'static str,
    pub part_maturity: &'static str,
    pub part_touchpoints: &'static str,
    /// Label of the answer scale (a radio group).
    pub answer_label: &'static str,
    /// Shown when "next" is pressed on an unanswered question.
    pub answer_required: &'static str,
    pub pick_title: &'static str,
    pub pick_help: &'static str,
    /// Shown when a 13th touchpoint is picked.
    pub pick_limit: &'static str,
    /// Shown on the pick step while nothing is picked.
    pub pick_skip_hint: &'static str,
    pub rate_title: &'static str,
    pub rate_help: &'static str,
    /// Shown on the rating step when nothing was picked.
    pub rate_nothing: &'static str,
    pub importance: &'static str,
    pub ist: &'static str,
    pub soll: &'static str,
    pub ist_help: &'static str,
    pub soll_help: &'static str,
    /// Words of the importance scale, from 1 to 5.
    pub importance_words: [&'static str; 5],
    /// Words of the experience scale, from -2 to +2.
    pub experience_words: [&'static str; 5],
    pub result_title: &'static str,
    pub maturity: &'static str,
    pub maturity_help: &'static str,
    pub radar_title: &'static str,
    pub radar_help: &'static str,
    pub experience_index: &'static str,
    pub experience_index_help: &'static str,
    pub index_ist: &'static str,
    pub index_soll: &'static str,
    pub no_touchpoints: &'static str,
    pub gaps_title: &'static str,
    pub gaps_help: &'static str,
    /// Shown instead of the gaps when every factor is at level 4.
    pub gaps_none: &'static str,
    /// Shown in place of a recommendation while the widget still loads them.
    pub advice_waiting: &'static str,
    pub touchpoint_gaps_title: &'static str,
    pub not_answered: &'static str,
    pub share_result: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub print: &'static str,
    pub open_in_workspace: &'static str,
    /// A received result link (`#sc1.…`) opened in the app: the consultant's way on.
    pub open_as_starter: &'static str,
    /// The contact fields (the host's `contact` option), on the result page.
    pub contact_title: &'static str,
    pub contact_help: &'static str,
    pub contact_name: &'static str,
    pub contact_company: &'static str,
    pub contact_email: &'static str,
    /// The consent sentence when the host set none (`consent`).
    pub consent_default: &'static str,
    pub contact_send: &'static str,
    pub contact_sent: &'static str,
    pub contact_no_consent: &'static str,
    pub contact_bad_email: &'static str,
    pub contact_bad_text: &'static str,
    /// The call to action when the host configured none.
    pub cta_default: &'static str,
    /// Title of the model that [`super::SelfCheck::to_model`] builds.
    pub model_title: &'static str,
    /// Maturity bands, in the order of [`MaturityBand::ALL`].
    pub bands: [BandTexts; 4],
    /// The eight factors, in the order of [`Factor::ALL`].
    pub factors: [FactorTexts; 8],
    step_of: fn(usize, usize) -> String,
    question_of: fn(usize, usize) -> String,
    picked_of: fn(usize, usize) -> String,
    score_of: fn(u8) -> String,
    level_of: fn(u8) -> String,
    error_text: fn(&SelfCheckError) -> String,
}

/// The self-check texts in `lang`.
pub fn texts(lang: Lang) -> &'static SelfCheckTexts {
    match lang.built() {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

impl SelfCheckTexts {
    /// Why the contact details were not sent, in this language.
    pub fn contact_error(&self, e: crate::io::embed::ContactError) -> &'static str {
        use crate::io::embed::ContactError;
        match e {
            ContactError::NoConsent => self.contact_no_consent,
            ContactError::BadEmail => self.contact_bad_email,
            ContactError::BadText => self.contact_bad_text,
        }
    }

    /// The words of `factor`.
    pub fn factor(&self, factor: Factor) -> &FactorTexts {
        &self.factors[factor.index()]
    }

    pub fn band(&self, band: MaturityBand) -> &BandTexts {
        &self.bands[band as usize]
    }

    /// "Schritt 3 von 10" / "Step 3 of 10" (1-based `n`).
    pub fn step_of(&self, n: usize, total: usize) -> String {
        (self.step_of)(n, total)
    }

    /// "Frage 3 von 8" / "Question 3 of 8" (1-based `n`).
    pub fn question_of(&self, n: usize, total: usize) -> String {
        (self.question_of)(n, total)
    }

    /// "5 von 12 gewählt" / "5 of 12 picked".
    pub fn picked_of(&self, n: usize) -> String {
        (self.picked_of)(n, MAX_QUICK_TOUCHPOINTS)
    }

    /// "56 von 100" / "56 of 100".
    pub fn score_of(&self, score: u8) -> String {
        (self.score_of)(score)
    }

    /// "Stufe 2 von 4" / "Level 2 of 4".
    pub fn level_of(&self, level: u8) -> String {
        (self.level_of)(level)
    }

    pub fn error(&self, e: &SelfCheckError) -> String {
        (self.error_text)(e)
    }

    /// The word for an importance 1..=5; `None` outside.
    pub fn importance_word(&self, importance: u8) -> Option<&'static str> {
        let i = usize::from(importance).checked_sub(1)?;
        self.importance_words.get(i).copied()
    }

    /// The word for an experience -2..=+2; `None` outside.
    pub fn experience_word(&self, rating: i8) -> Option<&'static str> {
        let i = usize::try_from(i16::from(rating) + 2).ok()?;
        self.experience_words.get(i).copied()
    }
}

pub static DE: SelfCheckTexts = SelfCheckTexts {
    title: "Selbstcheck Customer Touchpoint Management",
    intro: "Wie gut steuern Sie die Kontaktpunkte Ihrer Kunden? Beantworten Sie acht kurze Fragen zu den Erfolgsfaktoren des Customer Touchpoint Managements und bewerten Sie auf Wunsch bis zu zwölf Ihrer Kontaktpunkte. Sie erhalten Ihren Reifegrad, ein Profil der acht Faktoren und drei konkrete Empfehlungen. Dauer: etwa fünf Minuten.",
    privacy_note: "Ihre Antworten bleiben in diesem Browser. Sie können jederzeit unterbrechen und später weitermachen.",
    start: "Selbstcheck starten",
    resume: "Weitermachen, wo Sie aufgehört haben",
    restart: "Neu beginnen",
    restart_confirm: "Alle Antworten löschen und neu beginnen?",
    back: "Zurück",
    next: "Weiter",
    show_result: "Ergebnis anzeigen",
    progress_label: "Fortschritt",
    part_maturity: "Teil 1: Reifegrad",
    part_touchpoints: "Teil 2: Kontaktpunkt-Schnellcheck",
    answer_label: "Ihre Antwort",
    answer_required: "Bitte wählen Sie eine Antwort, um weiterzugehen.",
    pick_title: "Welche Kontaktpunkte sind Ihren Kunden am wichtigsten?",
    pick_help: "Wählen Sie bis zu zwölf Kontaktpunkte aus der Liste: vor, während und nach dem Kauf.",
    pick_limit: "Sie haben schon zwölf Kontaktpunkte gewählt. Entfernen Sie einen, um einen anderen zu wählen.",
    pick_skip_hint: "Ohne Auswahl geht es direkt zum Ergebnis.",
    rate_title: "Wie erleben Kunden diese Kontaktpunkte?",
    rate_help: "Bewerten Sie für jeden Kontaktpunkt seine Wichtigkeit, das heutige Erlebnis (Ist) und das Ziel (Soll).",
    rate_nothing: "Sie haben keine Kontaktpunkte gewählt; es gibt nichts zu bewerten.",
    importance: "Wichtigkeit",
    ist: "Ist (heute)",
    soll: "Soll (Ziel)",
    ist_help: "Was erleben Kunden dort heute?",
    soll_help: "Was sollen Kunden dort erleben? Ziel ist mehr als „okay“.",
    importance_words: ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"],
    experience_words: [
        "stark enttäuschend",
        "enttäuschend",
        "okay",
        "positiv",
        "begeisternd",
    ],
    result_title: "Ihr Ergebnis",
    maturity: "Reifegrad",
    maturity_help: "Mittelwert Ihrer Antworten: 0 = noch nichts vorhanden, 100 = alle acht Erfolgsfaktoren voll umgesetzt.",
    radar_title: "Ihr Profil der acht Erfolgsfaktoren",
    radar_help: "Je weiter außen ein Punkt liegt, desto weiter sind Sie bei diesem Faktor (Stufe 0 in der Mitte, Stufe 4 am Rand).",
    experience_index: "Erlebnis-Index",
    experience_index_help: "Nach Wichtigkeit gewichteter Mittelwert der Bewertungen, 0 (stark enttäuschend) bis 100 (begeisternd).",
    index_ist: "Ist",
    index_soll: "Soll",
    no_touchpoints: "Keine Kontaktpunkte bewertet.",
    gaps_title: "Ihre drei größten Lücken",
    gaps_help: "Die Faktoren mit der niedrigsten Stufe, jeweils mit dem nächsten konkreten Schritt.",
    gaps_none: "Sie haben alle acht Faktoren voll umgesetzt. Halten Sie das Niveau durch regelmäßiges Messen.",
    advice_waiting: "Die Empfehlung wird geladen …",
    touchpoint_gaps_title: "Kontaktpunkte mit dem größten Handlungsbedarf",
    not_answered: "nicht beantwortet",
    share_result: "Ergebnis teilen",
    copy_link: "Link kopieren",
    link_copied: "Link kopiert.",
    link_copy_failed: "Kopieren ging nicht: bitte den Link markieren und selbst kopieren.",
    print: "Drucken",
    open_in_workspace: "Im Arbeitsbereich öffnen",
    open_as_starter: "Als Startmodell öffnen",
    contact_title: "Möchten Sie über Ihr Ergebnis sprechen?",
    contact_help: "Freiwillig: Ihre Angaben gehen erst an den Anbieter dieser Seite, wenn Sie sie senden.",
    contact_name: "Name",
    contact_company: "Unternehmen",
    contact_email: "E-Mail",
    consent_default: "Ich bin einverstanden, dass der Anbieter dieser Seite mich zu meinem Ergebnis kontaktiert.",
    contact_send: "Kontaktdaten senden",
    contact_sent: "Danke, Ihre Kontaktdaten sind gesendet.",
    contact_no_consent: "Bitte bestätigen Sie das Einverständnis, um Ihre Kontaktdaten zu senden.",
    contact_bad_email: "Bitte geben Sie eine E-Mail-Adresse der Form name@firma.de an.",
    contact_bad_text: "Name und Unternehmen: höchstens 100 Zeichen, ohne Steuerzeichen.",
    cta_default: "Jetzt Erstberatung anfragen",
    model_title: "Selbstcheck",
    bands: [
        BandTexts {
            name: "Am Anfang",
            summary: "Die Kontaktpunkte werden noch kaum gesteuert. Schon wenige Schritte bringen viel.",
        },
        BandTexts {
            name: "Erste Schritte",
            summary: "Einzelne Bausteine sind da; es fehlt die gemeinsame Steuerung.",
        },
        BandTexts {
            name: "Auf gutem Weg",
            summary: "Die Grundlagen stehen. Jetzt geht es um Schlüssel-Kontaktpunkte, Begeisterung und Messung.",
        },
        BandTexts {
            name: "Fortgeschritten",
            summary: "Sie steuern Ihre Kontaktpunkte systematisch. Bleiben Sie beim regelmäßigen Messen und Verbessern.",
        },
    ],
    factors: [
        FactorTexts {
            name: "Klare Ziele definieren und verfolgen",
            short: "Ziele",
            explanation: "Die Ziele des Managements für die Marke und die Ziele der Kunden sind verknüpft und mit Zahlen hinterlegt.",
            question: "Wie klar sind die Ziele Ihres Kontaktpunkt-Managements?",
            levels: [
                "Es gibt keine ausdrücklichen Ziele für die Kundenkontaktpunkte.",
                "Es gibt allgemeine Absichten („kundenorientierter werden“), aber nichts Messbares.",
                "Es gibt messbare Unternehmensziele; die Ziele der Kunden sind nicht erfasst.",
                "Unternehmens- und Kundenziele sind beschrieben und allen Beteiligten bekannt.",
                "Die Ziele sind mit Zahlen hinterlegt (Marken-Funnel, Wettbewerb, Zielgruppen, Einfluss einzelner Kontaktpunkte) und werden verfolgt.",
            ],
        },
        FactorTexts {
            name: "Schubladendenken überwinden",
            short: "Zusammenarbeit",
            explanation: "Marketing, Vertrieb, Service und alle anderen Bereiche mit Kundenkontakt steuern die Kontaktpunkte gemeinsam.",
            question: "Wie arbeiten die Bereiche mit Kundenkontakt zusammen?",
            levels: [
                "Jeder Bereich kümmert sich nur um seine eigenen Kontaktpunkte.",
                "Man spricht miteinander, wenn etwas schiefgeht, sonst nicht.",
                "Es gibt gelegentliche bereichsübergreifende Runden, aber keine gemeinsame Verantwortung.",
                "Jeder Kontaktpunkt hat einen Verantwortlichen, und ein bereichsübergreifendes Team trifft sich regelmäßig.",
                "Alle Bereiche steuern die Kontaktpunkte nach einer gemeinsamen Logik und mit gemeinsamen Zielen.",
            ],
        },
        FactorTexts {
            name: "Das große Ganze kennen",
            short: "Überblick",
            explanation: "Alle Kontaktpunkte sind gesammelt, auch die mittelbaren wie Bewertungsportale und Mundpropaganda, und nach Kriterien geordnet.",
            question: "Wie vollständig kennen Sie die Kontaktpunkte Ihrer Kunden?",
            levels: [
                "Wir haben unsere Kontaktpunkte nie gesammelt.",
                "Wir kennen die Kontaktpunkte, an denen wir selbst arbeiten, etwa Website und Werbung.",
                "Es gibt eine Liste der unmittelbaren Kontaktpunkte; mittelbare wie Bewertungsportale fehlen.",
                "Alle Kontaktpunkte, unmittelbare und mittelbare, sind gesammelt und nach Phase und Kanal geordnet.",
                "Die Übersicht ist vollständig, wird laufend gepflegt und zeigt die Rolle jedes Kontaktpunkts im Kaufzyklus.",
            ],
        },
        FactorTexts {
            name: "Die Kundenreise erfassen und verstehen",
            short: "Kundenreise",
            explanation: "Sie wissen, in welcher Reihenfolge Kunden Ihre Kontaktpunkte erleben und was sie an jedem Schritt erwarten, online wie offline.",
            question: "Wie gut kennen Sie die Reise Ihrer Kunden?",
            levels: [
                "Wir haben die Customer Journey nie betrachtet.",
                "Wir haben eine Vorstellung davon, wie Kunden zu uns kommen, aber nichts aufgeschrieben.",
                "Die Journey ist aus unserer Sicht skizziert, aber nicht mit Kunden überprüft.",
                "Die Journey ist mit Kunden erhoben, und die Erwartungen an jeden Schritt sind beschrieben.",
                "Die Journey ist qualitativ und quantitativ erfasst, je Zielgruppe, mit Einstiegs- und Ausstiegspunkten.",
            ],
        },
        FactorTexts {
            name: "Schlüsselpunkte identifizieren",
            short: "Schlüsselpunkte",
            explanation: "Wenige Kontaktpunkte bewirken den Großteil der Wirkung; Sie kennen sie und behandeln sie mit Vorrang.",
            question: "Wissen Sie, welche Kontaktpunkte die größte Wirkung haben?",
            levels: [
                "Alle Kontaktpunkte werden gleich behandelt, oder es entscheidet das Bauchgefühl.",
                "Wir vermuten, welche Kontaktpunkte wichtig sind, haben sie aber nie bewertet.",
                "Die Kontaktpunkte sind nach Wichtigkeit bewertet, aber nicht nach dem heutigen Erlebnis.",
                "Wichtigkeit, Ist und Soll sind bewertet; die Schlüssel-Kontaktpunkte stehen fest.",
                "Die Schlüssel-Kontaktpunkte werden mit Vorrang optimiert, und ihre Auswahl wird regelmäßig überprüft.",
            ],
        },
        FactorTexts {
            name: "Ein Markenerlebnis über alle Kontaktpunkte",
            short: "Markenerlebnis",
            explanation: "Die Kontaktpunkte sind aufeinander abgestimmt, sodass Kunden überall dieselbe Marke erleben, online wie offline.",
            question: "Wie einheitlich erleben Kunden Ihre Marke an allen Kontaktpunkten?",
            levels: [
                "Jeder Kontaktpunkt sieht anders aus und klingt anders.",
                "Logo und Farben sind einheitlich, Ton und Erlebnis aber nicht.",
                "Die Werbekanäle sind abgestimmt; Rechnung, Hotline oder Lieferung passen nicht dazu.",
                "Die meisten Kontaktpunkte sind abgestimmt; Übergänge zwischen Kanälen (z. B. von online zum Telefon) holpern noch.",
                "Kunden erleben an jedem Kontaktpunkt und bei jedem Kanalwechsel dasselbe verlässliche Markenerlebnis.",
            ],
        },
        FactorTexts {
            name: "Das Wow-Erlebnis",
            short: "Wow-Erlebnis",
            explanation: "Sie kennen die Begeisterungsfaktoren Ihrer Zielgruppen und überraschen Kunden gezielt über „okay“ hinaus.",
            question: "Wie gezielt begeistern Sie Ihre Kunden?",
            levels: [
                "Wir sind froh, wenn sich niemand beschwert.",
                "Begeisterung entsteht zufällig, durch einzelne engagierte Mitarbeiter.",
                "Wir kennen die Enttäuschungsfaktoren unserer wichtigsten Kontaktpunkte und beseitigen sie.",
                "Für die wichtigsten Kontaktpunkte sind Begeisterungsfaktoren gesammelt; einige sind umgesetzt.",
                "Wir begeistern gezielt und je Zielgruppe und erneuern unsere Begeisterungsfaktoren regelmäßig.",
            ],
        },
        FactorTexts {
            name: "Regelmäßig messen und Erfolge aufzeigen",
            short: "Messen",
            explanation: "Die zentralen Kontaktpunkte werden laufend gemessen; die Ergebnisse steuern Budget und Maßnahmen und machen Erfolge sichtbar.",
            question: "Wie regelmäßig messen Sie das Erlebnis an Ihren Kontaktpunkten?",
            levels: [
                "Wir messen nichts.",
                "Wir haben einzelne Zahlen (z. B. Website-Besuche), aber keine zum Kundenerlebnis.",
                "Wir befragen Kunden gelegentlich, aber nicht je Kontaktpunkt und nicht regelmäßig.",
                "Die Schlüssel-Kontaktpunkte werden regelmäßig gemessen und mit dem Ausgangswert verglichen.",
                "Messung, Budgetverteilung und Maßnahmen hängen zusammen, und Erfolge werden im ganzen Unternehmen gezeigt.",
            ],
        },
    ],
    step_of: |n, total| format!("Schritt {n} von {total}"),
    question_of: |n, total| format!("Frage {n} von {total}"),
    picked_of: |n, max| format!("{n} von {max} gewählt"),
    score_of: |score| format!("{score} von 100"),
    level_of: |level| format!("Stufe {level} von 4"),
    error_text: error_de,
};

pub static EN: SelfCheckTexts = SelfCheckTexts {
    title: "Customer Touchpoint Management self-check",
    intro: "How well do you steer your customers' touchpoints? Answer eight short questions on the success factors of Customer Touchpoint Management and, if you like, rate up to twelve of your touchpoints. You get your maturity score, a profile of the eight factors and three concrete recommendations. It takes about five minutes.",
    privacy_note: "Your answers stay in this browser. You can stop at any time and continue later.",
    start: "Start the self-check",
    resume: "Continue where you left off",
    restart: "Start over",
    restart_confirm: "Delete all answers and start over?",
    back: "Back",
    next: "Next",
    show_result: "Show the result",
    progress_label: "Progress",
    part_maturity: "Part 1: maturity",
    part_touchpoints: "Part 2: quick touchpoint check",
    answer_label: "Your answer",
    answer_required: "Please choose an answer to go on.",
    pick_title: "Which touchpoints matter most to your customers?",
    pick_help: "Pick up to twelve touchpoints from the list: before, during and after the purchase.",
    pick_limit: "You have already picked twelve touchpoints. Remove one to pick another.",
    pick_skip_hint: "With nothing picked you go straight to the result.",
    rate_title: "How do customers experience these touchpoints?",
    rate_help: "For each touchpoint, rate its importance, today's experience (Ist) and the target (Soll).",
    rate_nothing: "You picked no touchpoints; there is nothing to rate.",
    importance: "Importance",
    ist: "Ist (today)",
    soll: "Soll (target)",
    ist_help: "What do customers experience there today?",
    soll_help: "What should customers experience there? The goal is beyond “okay”.",
    importance_words: ["very low", "low", "medium", "high", "very high"],
    experience_words: [
        "strongly disappointing",
        "disappointing",
        "okay",
        "positive",
        "delightful",
    ],
    result_title: "Your result",
    maturity: "Maturity",
    maturity_help: "The mean of your answers: 0 = nothing in place yet, 100 = all eight success factors fully in place.",
    radar_title: "Your profile of the eight success factors",
    radar_help: "The further out a point lies, the further along you are on that factor (level 0 at the centre, level 4 at the edge).",
    experience_index: "Experience index",
    experience_index_help: "Importance-weighted mean of the ratings, 0 (strongly disappointing) to 100 (delightful).",
    index_ist: "Ist",
    index_soll: "Soll",
    no_touchpoints: "No touchpoints rated.",
    gaps_title: "Your three biggest gaps",
    gaps_help: "The factors at the lowest level, each with the next concrete step.",
    gaps_none: "You have all eight factors fully in place. Keep the level by measuring regularly.",
    advice_waiting: "Loading the recommendation …",
    touchpoint_gaps_title: "Touchpoints that need work most",
    not_answered: "not answered",
    share_result: "Share the result",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_copy_failed: "Copying failed: please select the link and copy it yourself.",
    print: "Print",
    open_in_workspace: "Open in the workspace",
    open_as_starter: "Open as a starter model",
    contact_title: "Would you like to talk about your result?",
    contact_help: "Optional: your details go to the provider of this page only when you send them.",
    contact_name: "Name",
    contact_company: "Company",
    contact_email: "E-mail",
    consent_default: "I agree that the provider of this page may contact me about my result.",
    contact_send: "Send my details",
    contact_sent: "Thank you, your details have been sent.",
    contact_no_consent: "Please tick the consent to send your details.",
    contact_bad_email: "Please give an e-mail address of the form name@company.com.",
    contact_bad_text: "Name and company: at most 100 characters, no control characters.",
    cta_default: "Ask for a first consultation",
    model_title: "Self-check",
    bands: [
        BandTexts {
            name: "Getting started",
            summary: "The touchpoints are hardly steered yet. A few steps make a big difference.",
        },
        BandTexts {
            name: "First steps",
            summary: "Some building blocks are there; shared steering is missing.",
        },
        BandTexts {
            name: "On a good path",
            summary: "The basics are in place. Next come the key touchpoints, delight and measurement.",
        },
        BandTexts {
            name: "Advanced",
            summary: "You steer your touchpoints systematically. Keep measuring and improving regularly.",
        },
    ],
    factors: [
        FactorTexts {
            name: "Set and pursue clear goals",
            short: "Goals",
            explanation: "Management's goals for the brand and the customers' goals are linked and backed by figures.",
            question: "How clear are the goals of your touchpoint management?",
            levels: [
                "There are no explicit goals for the customer touchpoints.",
                "There are general intentions (“become more customer-focused”), but nothing measurable.",
                "There are measurable company goals; the customers' goals are not captured.",
                "Company and customer goals are written down and known to everyone involved.",
                "The goals are backed by figures (brand funnel, competition, target groups, effect of single touchpoints) and are tracked.",
            ],
        },
        FactorTexts {
            name: "Overcome silo thinking",
            short: "Collaboration",
            explanation: "Marketing, sales, service and every other department with customer contact steer the touchpoints together.",
            question: "How do the departments with customer contact work together?",
            levels: [
                "Each department only looks after its own touchpoints.",
                "Departments talk to each other when something goes wrong, otherwise not.",
                "There are occasional cross-department meetings, but no shared responsibility.",
                "Every touchpoint has an owner, and a cross-department team meets regularly.",
                "All departments steer the touchpoints by one shared logic and with shared goals.",
            ],
        },
        FactorTexts {
            name: "Know the whole picture",
            short: "Overview",
            explanation: "All touchpoints are collected, including indirect ones such as review portals and word of mouth, and sorted by criteria.",
            question: "How completely do you know your customers' touchpoints?",
            levels: [
                "We have never collected our touchpoints.",
                "We know the touchpoints we work on ourselves, such as the website and advertising.",
                "There is a list of the direct touchpoints; indirect ones such as review portals are missing.",
                "All touchpoints, direct and indirect, are collected and sorted by stage and channel.",
                "The overview is complete, kept up to date and shows each touchpoint's role in the buying cycle.",
            ],
        },
        FactorTexts {
            name: "Capture and understand the customer journey",
            short: "Journey",
            explanation: "You know in which order customers meet your touchpoints and what they expect at each step, online and offline.",
            question: "How well do you know your customers' journey?",
            levels: [
                "We have never looked at the customer journey.",
                "We have an idea of how customers find us, but nothing is written down.",
                "The journey is sketched from our point of view, but not checked with customers.",
                "The journey has been researched with customers, and the expectations at each step are described.",
                "The journey is captured qualitatively and quantitatively, per target group, with its entry and exit points.",
            ],
        },
        FactorTexts {
            name: "Find the key touchpoints",
            short: "Key touchpoints",
            explanation: "A few touchpoints cause most of the effect; you know them and treat them first.",
            question: "Do you know which touchpoints have the greatest effect?",
            levels: [
                "All touchpoints are treated alike, or gut feeling decides.",
                "We suspect which touchpoints matter, but have never rated them.",
                "The touchpoints are rated by importance, but not by today's experience.",
                "Importance, Ist and Soll are rated; the key touchpoints are settled.",
                "The key touchpoints are optimised first, and their selection is reviewed regularly.",
            ],
        },
        FactorTexts {
            name: "One brand experience across all touchpoints",
            short: "Brand experience",
            explanation: "The touchpoints are aligned with each other, so customers meet the same brand everywhere, online and offline.",
            question: "How consistently do customers experience your brand across all touchpoints?",
            levels: [
                "Every touchpoint looks and sounds different.",
                "Logo and colours are consistent; tone and experience are not.",
                "The advertising channels are aligned; invoice, hotline or delivery do not match.",
                "Most touchpoints are aligned; hand-overs between channels (e.g. from online to the phone) still stumble.",
                "Customers get the same reliable brand experience at every touchpoint and every change of channel.",
            ],
        },
        FactorTexts {
            name: "The wow experience",
            short: "Wow experience",
            explanation: "You know what delights your target groups and deliberately surprise customers beyond “okay”.",
            question: "How deliberately do you delight your customers?",
            levels: [
                "We are glad when nobody complains.",
                "Delight happens by chance, through individual committed staff.",
                "We know the disappointment factors of our main touchpoints and remove them.",
                "Delight factors are collected for the main touchpoints; some are in place.",
                "We delight deliberately and per target group, and renew our delight factors regularly.",
            ],
        },
        FactorTexts {
            name: "Track regularly and show successes",
            short: "Tracking",
            explanation: "The central touchpoints are measured continuously; the results steer budget and measures and make successes visible.",
            question: "How regularly do you measure the experience at your touchpoints?",
            levels: [
                "We measure nothing.",
                "We have some figures (e.g. website visits), but none on the customer experience.",
                "We survey customers now and then, but not per touchpoint and not regularly.",
                "The key touchpoints are measured regularly and compared with the baseline.",
                "Measurement, budget allocation and measures are linked, and successes are shown across the company.",
            ],
        },
    ],
    step_of: |n, total| format!("Step {n} of {total}"),
    question_of: |n, total| format!("Question {n} of {total}"),
    picked_of: |n, max| format!("{n} of {max} picked"),
    score_of: |score| format!("{score} of 100"),
    level_of: |level| format!("Level {level} of 4"),
    error_text: error_en,
};

fn error_de(e: &SelfCheckError) -> String {
    match e {
        SelfCheckError::InvalidLevel(v) => format!("Antwort {v} liegt nicht zwischen 0 und 4."),
        SelfCheckError::InvalidImportance(v) => {
            format!("Wichtigkeit {v} liegt nicht zwischen 1 und 5.")
        }
        SelfCheckError::InvalidRating(v) => {
            format!("Bewertung {v} liegt nicht auf der Skala von −2 bis +2.")
        }
        SelfCheckError::UnknownLibraryEntry(i) => {
            format!("Einen Kontaktpunkt Nr. {i} gibt es in der Liste nicht.")
        }
        SelfCheckError::DuplicateTouchpoint(i) => {
            format!("Kontaktpunkt Nr. {i} ist doppelt gewählt.")
        }
        SelfCheckError::TooManyTouchpoints { max } => {
            format!("Höchstens {max} Kontaktpunkte: entfernen Sie einen, um einen anderen zu wählen.")
        }
        SelfCheckError::NotPicked(i) => format!("Kontaktpunkt Nr. {i} ist nicht gewählt."),
        SelfCheckError::Unanswered(f) => format!(
            "Bitte beantworten Sie zuerst die Frage „{}“.",
            DE.factor(*f).name
        ),
        SelfCheckError::Unrated(i) => format!(
            "Bitte bewerten Sie zuerst Ist und Soll von „{}“.",
            library_name(*i, Lang::De)
        ),
        SelfCheckError::AtStart => "Das ist schon der erste Schritt.".into(),
        SelfCheckError::AtEnd => "Das ist schon das Ergebnis.".into(),
        SelfCheckError::InvalidStep(s) => format!("Einen Schritt {s} gibt es nicht."),
        SelfCheckError::WrongAnswerCount(n) => {
            format!("Es gibt 8 Fragen, gespeichert sind aber {n} Antworten.")
        }
        SelfCheckError::NewerVersion(v) => format!(
            "Dieser Selbstcheck stammt aus einer neueren Version (Format {v}). Bitte laden Sie die App neu."
        ),
        SelfCheckError::TooLong { max } => {
            format!("Die Daten sind zu lang (höchstens {max} Zeichen).")
        }
        SelfCheckError::NotALink => "Das ist kein Link zu einem Selbstcheck.".into(),
        SelfCheckError::BadLink => {
            "Der Link ist unvollständig oder beschädigt. Bitte kopieren Sie ihn noch einmal ganz."
                .into()
        }
        // The parser's words are English: the detail stays in the error, for logs.
        SelfCheckError::Malformed(_) => "Die gespeicherten Antworten sind beschädigt.".into(),
        SelfCheckError::AdviceUnavailable => {
            "Die Empfehlungen konnten nicht geladen werden. Bitte prüfen Sie die Verbindung; beim nächsten Öffnen des Ergebnisses versuchen wir es erneut."
                .into()
        }
        SelfCheckError::AdviceDamaged { line } => {
            format!("Die Empfehlungen sind beschädigt (Zeile {line}).")
        }
    }
}

fn error_en(e: &SelfCheckError) -> String {
    match e {
        SelfCheckError::InvalidLevel(v) => format!("Answer {v} is not between 0 and 4."),
        SelfCheckError::InvalidImportance(v) => format!("Importance {v} is not between 1 and 5."),
        SelfCheckError::InvalidRating(v) => format!("Rating {v} is outside the scale −2 to +2."),
        SelfCheckError::UnknownLibraryEntry(i) => {
            format!("There is no touchpoint no. {i} in the list.")
        }
        SelfCheckError::DuplicateTouchpoint(i) => {
            format!("Touchpoint no. {i} is picked twice.")
        }
        SelfCheckError::TooManyTouchpoints { max } => {
            format!("At most {max} touchpoints: remove one to pick another.")
        }
        SelfCheckError::NotPicked(i) => format!("Touchpoint no. {i} is not picked."),
        SelfCheckError::Unanswered(f) => {
            format!("Please answer the question “{}” first.", EN.factor(*f).name)
        }
        SelfCheckError::Unrated(i) => format!(
            "Please rate Ist and Soll of “{}” first.",
            library_name(*i, Lang::En)
        ),
        SelfCheckError::AtStart => "This is already the first step.".into(),
        SelfCheckError::AtEnd => "This is already the result.".into(),
        SelfCheckError::InvalidStep(s) => format!("There is no step {s}."),
        SelfCheckError::WrongAnswerCount(n) => {
            format!("There are 8 questions, but {n} answers are stored.")
        }
        SelfCheckError::NewerVersion(v) => format!(
            "This self-check comes from a newer version (format {v}). Please reload the app."
        ),
        SelfCheckError::TooLong { max } => {
            format!("The data is too long (at most {max} characters).")
        }
        SelfCheckError::NotALink => "This is not a link to a self-check.".into(),
        SelfCheckError::BadLink => {
            "The link is incomplete or damaged. Please copy all of it again.".into()
        }
        SelfCheckError::Malformed(_) => "The stored answers are damaged.".into(),
        SelfCheckError::AdviceUnavailable => {
            "The recommendations could not be loaded. Please check the connection; we try again the next time the result opens."
                .into()
        }
        SelfCheckError::AdviceDamaged { line } => {
            format!("The recommendations are damaged (line {line}).")
        }
    }
}

/// The starter-library name of entry `index`, or its number when there is none.
fn library_name(index: usize, lang: Lang) -> String {
    crate::domain::library::STARTER_LIBRARY
        .get(index)
        .map_or_else(|| format!("#{index}"), |s| s.name(lang).to_string())
}

/// What to do next for each factor ([`Factor::ALL`] order) at level 0 ..= 3 (level 4 needs
/// none): one concrete, practical step. Apart from [`SelfCheckTexts`] because only the
/// result shows them: the widget fetches them as a file of their own after its first render
/// (see [`super::advice`]), so they are not part of its first load.
pub type Recommendations = [[&'static str; 4]; 8];

/// The recommendations in `lang`.
pub fn recommendations(lang: Lang) -> &'static Recommendations {
    match lang.built() {
        Lang::De => &RECOMMENDATIONS_DE,
        Lang::En => &RECOMMENDATIONS_EN,
    }
}

pub static RECOMMENDATIONS_DE: Recommendations = [
    [
        "Setzen Sie sich zwei Stunden mit Geschäftsführung und Vertrieb zusammen und schreiben Sie drei Ziele auf: eines für die Marke, eines für den Umsatz und eines aus Sicht Ihrer Kunden (was wollen sie mit Ihnen erreichen?).",
        "Machen Sie jede Absicht messbar: Geben Sie jedem Ziel eine Kennzahl, einen Ausgangswert und einen Zielwert mit Datum, z. B. Weiterempfehlungsrate von 10 % auf 15 % bis zum Jahresende.",
        "Erfassen Sie die Ziele Ihrer Kunden: Fragen Sie zehn Kunden, was sie beim Kauf und bei der Nutzung erreichen wollen, und stellen Sie jedem Unternehmensziel das passende Kundenziel gegenüber.",
        "Hinterlegen Sie die Ziele mit Zahlen: Messen Sie die Stufen Ihres Marken-Funnels (bekannt, erwogen, gekauft, empfohlen) je Zielgruppe, vergleichen Sie sie mit dem Wettbewerb und schätzen Sie, wie Ihre wichtigsten Kontaktpunkte sie bewegen.",
    ],
    [
        "Laden Sie je eine Person aus Marketing, Vertrieb, Service und Buchhaltung zu einem ersten Workshop ein und gehen Sie gemeinsam einen Kundenfall vom ersten Kontakt bis zur Rechnung durch.",
        "Vereinbaren Sie eine feste monatliche Runde aller Bereiche mit Kundenkontakt: Jeder bringt die Beschwerden des Monats mit, und Sie suchen die Ursachen gemeinsam.",
        "Geben Sie jedem Kontaktpunkt einen Verantwortlichen und machen Sie Kontaktpunkte ohne Verantwortlichen in einer gemeinsamen Liste sichtbar.",
        "Verankern Sie gemeinsame Ziele: Leiten Sie Kennzahlen ab, die für alle Bereiche gelten (z. B. Erlebnis-Index, Weiterempfehlungsrate), statt getrennter Bereichsziele.",
    ],
    [
        "Sammeln Sie in einer Stunde mit zwei, drei Kollegen alle Kontaktpunkte, die Ihnen einfallen: vor, während und nach dem Kauf. Quantität vor Qualität, sortiert wird später.",
        "Ergänzen Sie die Kontaktpunkte, an denen andere Bereiche arbeiten: Fragen Sie Service, Logistik und Buchhaltung nach Lieferung, Rechnung, Mahnung, Hotline und Reklamation.",
        "Ergänzen Sie die mittelbaren Kontaktpunkte, die Sie nicht selbst steuern: Bewertungsportale, Testberichte, Presse, Social Media und Empfehlungen von Bekannten.",
        "Ordnen Sie jedem Kontaktpunkt seine Rolle im Kaufzyklus zu und legen Sie fest, wer die Liste pflegt und wie oft neue Kontaktpunkte ergänzt werden, z. B. vierteljährlich.",
    ],
    [
        "Zeichnen Sie die Reise eines typischen Kunden auf ein Blatt: von „hat ein Problem“ über Information und Kauf bis zu Nutzung und Weiterempfehlung, mit allen Kontaktpunkten dazwischen.",
        "Schreiben Sie die Journey Phase für Phase auf (Aufmerksamkeit, Information, Kauf, Nutzung, Bindung) und ordnen Sie jeden Kontaktpunkt einer Phase zu.",
        "Prüfen Sie Ihre Skizze mit fünf Kunden in kurzen Gesprächen: Wie sind Sie auf uns gekommen, was haben Sie an jedem Schritt erwartet, wo wären Sie fast abgesprungen?",
        "Ergänzen Sie Zahlen: Messen Sie, wo Kunden einsteigen und wo sie abspringen (Web-Analyse, Anfragen, Abbrüche), und unterscheiden Sie die Journeys Ihrer wichtigsten Zielgruppen.",
    ],
    [
        "Wählen Sie die zehn Kontaktpunkte, an denen die meisten Kunden vorbeikommen, und fragen Sie bei jedem: Würde ein Kunde abspringen, wenn es hier schiefgeht?",
        "Bewerten Sie Wichtigkeit und heutiges Erlebnis Ihrer 20 häufigsten Kontaktpunkte und wählen Sie die fünf mit der größten Lücke × Wichtigkeit.",
        "Bewerten Sie zusätzlich Ist und Soll auf der Skala von „stark enttäuschend“ bis „begeisternd“: Priorität = Wichtigkeit × Lücke zeigt die Schlüssel-Kontaktpunkte, die zusammen 80 % ausmachen.",
        "Planen Sie für jeden Schlüssel-Kontaktpunkt eine Maßnahme mit Verantwortlichem und Termin, die Quick Wins (wenig Aufwand) zuerst, und prüfen Sie die Auswahl jedes halbe Jahr.",
    ],
    [
        "Schreiben Sie auf einer Seite auf, wofür Ihre Marke steht und wie sie klingt (drei Eigenschaften, drei Beispielsätze), und geben Sie diese Seite allen Bereichen mit Kundenkontakt.",
        "Legen Sie zehn Kontaktpunkte nebeneinander (Website, Angebot, E-Mail, Rechnung, Bandansage …): Wo weicht der Ton ab? Überarbeiten Sie die drei auffälligsten Texte.",
        "Nehmen Sie die unscheinbaren Kontaktpunkte dazu: Gestalten Sie Rechnung, Mahnung, Lieferschein und Bandansage so, dass sie zur Marke passen.",
        "Testen Sie die Kanalwechsel selbst wie ein Kunde: Beginnen Sie online und wechseln Sie zu Telefon und Geschäft. Beseitigen Sie jede Stelle, an der Kunden ihre Angaben wiederholen müssen.",
    ],
    [
        "Sammeln Sie für Ihre drei wichtigsten Kontaktpunkte, was Kunden dort enttäuscht, was sie okay finden und was sie begeistern würde, und beseitigen Sie zuerst die Enttäuschungen.",
        "Machen Sie Zufallsbegeisterung wiederholbar: Fragen Sie Ihre Mitarbeiter nach Momenten, in denen Kunden begeistert waren, und machen Sie die besten zum Standard.",
        "Setzen Sie „Erwartung plus X“ um: Legen Sie für jeden Schlüssel-Kontaktpunkt einen Begeisterungsfaktor fest, der über okay hinausgeht, und setzen Sie den ersten innerhalb eines Monats um.",
        "Unterscheiden Sie nach Zielgruppen, denn was jüngere Kunden begeistert, wirkt bei älteren oft nicht. Prüfen Sie jährlich, welche Begeisterungsfaktoren inzwischen nur noch erwartet werden.",
    ],
    [
        "Beginnen Sie mit einer Zahl: Fragen Sie nach jedem Auftrag „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ (0–10) und berechnen Sie monatlich den Net Promoter Score.",
        "Ergänzen Sie eine Zahl zum Erlebnis: Halten Sie die heutige Bewertung (Ist) Ihrer zehn wichtigsten Kontaktpunkte als Ausgangswert fest und wiederholen Sie sie vierteljährlich.",
        "Messen Sie jeden Schlüssel-Kontaktpunkt mit einer kurzen Frage direkt nach dem Kontakt (nach der Lieferung, nach dem Hotline-Anruf) und erfassen Sie, wie viele Neukunden über Empfehlungen kommen.",
        "Verknüpfen Sie Messung und Budget: Verschieben Sie Mittel von Kontaktpunkten ohne Wirkung zu den Schlüssel-Kontaktpunkten und zeigen Sie die Erfolge vierteljährlich allen Bereichen.",
    ],
];

pub static RECOMMENDATIONS_EN: Recommendations = [
    [
        "Sit down with management and sales for two hours and write down three goals: one for the brand, one for revenue and one from your customers' view (what do they want to achieve with you?).",
        "Make every intention measurable: give each goal a figure, a baseline and a target with a date, e.g. referral rate from 10 % to 15 % by the end of the year.",
        "Capture your customers' goals: ask ten customers what they want to achieve when buying and using, and pair each company goal with the matching customer goal.",
        "Back the goals with figures: measure the steps of your brand funnel (aware, considered, bought, recommended) per target group, compare them with the competition and estimate how your main touchpoints move them.",
    ],
    [
        "Invite one person each from marketing, sales, service and billing to a first workshop and walk through one customer case together, from the first contact to the invoice.",
        "Set up a fixed monthly meeting of all customer-facing departments: everyone brings the month's complaints, and you look for the causes together.",
        "Give every touchpoint an owner and make touchpoints without an owner visible in one shared list.",
        "Anchor shared goals: derive figures that count for all departments (e.g. experience index, referral rate) instead of separate department targets.",
    ],
    [
        "Spend one hour with two or three colleagues listing every touchpoint you can think of: before, during and after the purchase. Quantity first, sorting comes later.",
        "Add the touchpoints other departments work on: ask service, logistics and billing about delivery, invoice, payment reminder, hotline and complaints.",
        "Add the indirect touchpoints you do not steer yourself: review portals, test reports, press, social media and referrals by friends.",
        "Give each touchpoint its role in the buying cycle and decide who maintains the list and how often new touchpoints are added, e.g. every quarter.",
    ],
    [
        "Draw one typical customer's journey on a sheet of paper: from “has a problem” through information and purchase to usage and referral, with every touchpoint in between.",
        "Write the journey down stage by stage (awareness, information, purchase, usage, loyalty) and assign every touchpoint to a stage.",
        "Check your sketch with five customers in short interviews: how did you find us, what did you expect at each step, where did you nearly drop out?",
        "Add numbers: measure where customers come in and where they drop out (web analytics, enquiries, cancellations), and tell the journeys of your main target groups apart.",
    ],
    [
        "Pick the ten touchpoints most customers pass through and ask of each: would a customer walk away if this went wrong?",
        "Rate importance and today's experience of your 20 most frequent touchpoints and pick the five with the largest gap × importance.",
        "Also rate Ist and Soll on the scale from “strongly disappointing” to “delightful”: priority = importance × gap shows the key touchpoints that together make up 80 %.",
        "Plan one measure with an owner and a due date for each key touchpoint, quick wins (little effort) first, and review the selection every six months.",
    ],
    [
        "Write on one page what your brand stands for and how it sounds (three traits, three sample sentences) and give that page to every department with customer contact.",
        "Put ten touchpoints side by side (website, quotation, e-mail, invoice, phone greeting …): where does the tone differ? Rewrite the three most striking texts.",
        "Include the inconspicuous touchpoints: make invoice, payment reminder, delivery note and phone greeting fit the brand.",
        "Test the changes of channel yourself, as a customer would: start online and switch to the phone and the shop. Remove every point where customers must repeat their details.",
    ],
    [
        "For your three most important touchpoints, list what disappoints customers there, what they find okay and what would delight them, and remove the disappointments first.",
        "Make chance delight repeatable: ask your staff about moments when customers were delighted and make the best of them standard.",
        "Put “expectation plus X” into practice: define one delight factor beyond okay for each key touchpoint and implement the first within a month.",
        "Tell your target groups apart, because what delights younger customers often does not work for older ones. Check every year which delight factors have become mere expectations.",
    ],
    [
        "Start with one figure: after every order ask “How likely are you to recommend us?” (0–10) and calculate the Net Promoter Score every month.",
        "Add a figure on the experience: record today's rating (Ist) of your ten most important touchpoints as a baseline and repeat it every quarter.",
        "Measure each key touchpoint with one short question right after the contact (after delivery, after a hotline call) and record how many new customers come through referrals.",
        "Link measurement and budget: move money from touchpoints without effect to the key touchpoints, and show the successes to all departments every quarter.",
    ],
];
