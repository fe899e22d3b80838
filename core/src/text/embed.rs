//! The words of the embed-code generator (the workspace's share view), German and English
//! side by side.

use crate::locale::Lang;
use crate::selfcheck::embed::{Mode, SnippetError, MAX_SNIPPET_LINK_CHARS};

texts! {
    /// The generator's texts in one language; get them from [`crate::text::Texts`].
    EmbedTexts {
        title: ("Auf Ihrer Website einbinden", "Embed on your website"),
        intro: (
            "Optionen wählen, Code kopieren und in Ihre Seite einfügen. Das Widget passt seine Höhe selbst an und meldet das Ergebnis an Ihre Seite.",
            "Pick the options, copy the code and paste it into your page. The widget sizes itself and reports the result to your page.",
        ),
        mode: ("Modus", "Mode"),
        language: ("Sprache", "Language"),
        lang_auto: ("wie der Browser", "as the browser"),
        accent: ("Akzentfarbe", "Accent colour"),
        widget_title: ("Titel", "Title"),
        cta: ("Text der Handlungsaufforderung", "Call-to-action text"),
        cta_url: (
            "Link der Handlungsaufforderung (https: oder mailto:)",
            "Call-to-action link (https: or mailto:)",
        ),
        compact: ("Kompakte Darstellung", "Compact layout"),
        free_text: (
            "Kontaktpunkt-Namen und Bewertungen an meine Seite melden",
            "Report touchpoint names and ratings to my page",
        ),
        cta_result: (
            "Ergebnis-Link an den Link der Handlungsaufforderung anhängen (Parameter „kontaktpunkt“)",
            "Append the result link to the call-to-action link (parameter “kontaktpunkt”)",
        ),
        /// The host page's origin, for the iframe code's messages.
        origin: (
            "Adresse Ihrer Website (für den iframe-Code)",
            "Your website's address (for the iframe code)",
        ),
        origin_help: (
            "Zum Beispiel https://beratung.example: Nur diese Seite erhält das Ergebnis. Der Script-Tag trägt sie selbst ein.",
            "For example https://consulting.example: only that page receives the result. The script tag fills it in itself.",
        ),
        /// Instead of read-only code: the model has no link yet.
        no_link: (
            "Für die Ansicht fehlt ein Modell: Legen Sie zuerst Kontaktpunkte an.",
            "The view needs a model: add touchpoints first.",
        ),
        script_code: ("Einbinden per Script-Tag (empfohlen)", "Embed by script tag (recommended)"),
        iframe_code: (
            "Einbinden per iframe (ohne Skript, feste Höhe)",
            "Embed by iframe (no script, fixed height)",
        ),
        copy: ("Code kopieren", "Copy code"),
        docs: (
            "Alle Optionen und Nachrichten: docs/embedding.md",
            "All options and messages: docs/embedding.md",
        ),
    }
}

impl EmbedTexts {
    /// The name of a widget mode, for the mode select.
    pub fn mode_name(&self, mode: Mode) -> &'static str {
        let (de, en) = match mode {
            Mode::SelfCheck => ("Selbstcheck", "Self-check"),
            Mode::Workspace => ("Arbeitsbereich", "Workspace"),
            Mode::View => ("Nur ansehen", "Read-only view"),
        };
        match self.lang.built() {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// Why no code is shown, in words.
    pub fn snippet_error(&self, error: SnippetError) -> String {
        match error {
            SnippetError::NoLink => self.no_link.to_string(),
            SnippetError::LinkTooLong { chars } => {
                let max = MAX_SNIPPET_LINK_CHARS;
                match self.lang.built() {
                    Lang::De => format!("Der Link dieses Modells ist mit {chars} Zeichen zu lang für einen Einbettungscode (höchstens {max}). Teilen Sie ihn stattdessen als Link."),
                    Lang::En => format!("This model's link has {chars} characters, too long for embed code (at most {max}). Share it as a link instead."),
                }
            }
        }
    }
}
