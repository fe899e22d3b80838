//! The bottom layer: the languages of the app. Their words live in the text layer and in
//! the self-check; this module knows only the tags.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// Picks the language from a BCP 47 tag such as `de-AT` or `en-US`; German otherwise
    /// only when the tag says so, English for every other language.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("de") {
            Lang::De
        } else {
            Lang::En
        }
    }

    /// The language whose [`Lang::code`] is `code` exactly.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// One of two values side by side, German first: for the few words and conventions of
    /// the layers below the text layer (default stages, the starter list, the demo file, the
    /// CSV delimiter). A third language adds a parameter, and every call shows where its value
    /// is missing.
    pub fn pick<T>(self, de: T, en: T) -> T {
        match self.built() {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// The language whose words this build holds: `self`, except in a one-language build
    /// (features `only-de`, `only-en`: the self-check widget's, one wasm per language), where
    /// every text is looked up in that language, so the other's words never reach the
    /// download. Every choice of words by language goes through here.
    #[inline(always)]
    pub const fn built(self) -> Lang {
        if cfg!(feature = "only-de") {
            Lang::De
        } else if cfg!(feature = "only-en") {
            Lang::En
        } else {
            self
        }
    }

    /// `text` when this build holds `self`'s words, else `""`: for tables with the words of
    /// both languages side by side (the starter list), so that a one-language build's table
    /// keeps its own language's words only.
    pub const fn if_built(self, text: &'static str) -> &'static str {
        match (self, self.built()) {
            (Lang::De, Lang::De) | (Lang::En, Lang::En) => text,
            _ => "",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}
