//! The analysis views: journey curve, importance × performance, gaps and priorities, the
//! experience index and the lists. German and English side by side, one entry per text.

use crate::locale::Lang;

texts! {
    /// The texts of this area in one language; get them from [`crate::text::Texts`].
    ChartsTexts {
        experience_index_help: (
            "Nach Wichtigkeit gewichteter Mittelwert der Bewertungen, 0 (stark enttäuschend) bis 100 (begeisternd).",
            "Importance-weighted mean of the ratings, 0 (strongly disappointing) to 100 (delightful).",
        ),
        key_touchpoints: ("Schlüssel-Kontaktpunkte", "Key touchpoints"),
        journey_help: (
            "Ist (durchgezogen) und Soll (gestrichelt) entlang der Phasen; die Fläche dazwischen ist die Lücke. Punkt wählen öffnet den Kontaktpunkt.",
            "Ist (solid) and Soll (dashed) along the stages; the area between them is the gap. Choose a point to open the touchpoint.",
        ),
        matrix_help: (
            "Wichtigkeit gegen Ist-Erlebnis. Hoch heißt: Wichtigkeit ab 3, Ist über „okay“ (0).",
            "Importance against today's experience. High means: importance 3 or more, Ist above “okay” (0).",
        ),
        gaps_help: (
            "Priorität = Wichtigkeit × Lücke (Soll − Ist, nur positive). Schlüssel-Kontaktpunkte: die wenigen mit der höchsten Priorität, die zusammen mindestens 80 % der Gesamtpriorität ausmachen.",
            "Priority = importance × gap (Soll − Ist, positive only). Key touchpoints: the few with the highest priority that together hold at least 80 % of the total priority.",
        ),
        swipe_hint: (
            "Das Diagramm ist breiter als der Bildschirm: seitlich wischen oder das Telefon quer halten.",
            "The chart is wider than the screen: swipe sideways or turn the phone.",
        ),
        by_stage: ("nach Phase", "by stage"),
        show_spread: ("Streuung der Bewertenden zeigen", "Show raters' spread"),
        spread_of: ("Bewertende", "raters"),
        spread_legend: (
            "Streuung der Bewertenden (kleinster bis größter Wert der Bewertungsrunde)",
            "Raters' spread (lowest to highest rating of the rating round)",
        ),
        by_owner: ("nach Verantwortlichen", "by owner"),
        by_channel: ("nach Kanal", "by channel"),
        lovepoints_help: ("Ist ≥ +1 und Wichtigkeit ≥ 4", "Ist ≥ +1 and importance ≥ 4"),
        painpoints_help: ("Ist ≤ −1 und Wichtigkeit ≥ 3", "Ist ≤ −1 and importance ≥ 3"),
        without_owner: ("Ohne Verantwortliche", "Without an owner"),
        entry_points: ("Einstiegspunkte", "Entry points"),
        exit_points: ("Ausstiegspunkte", "Exit points"),
        none: ("keine", "none"),
        chart_empty: (
            "Noch nichts zu zeigen: bewerten Sie Ist und Soll der Kontaktpunkte.",
            "Nothing to show yet: rate Ist and Soll of the touchpoints.",
        ),
        show_all: ("Alle zeigen", "Show all"),
    }
}
