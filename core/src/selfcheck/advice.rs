//! The recommendations as a file of their own (`advice-de.txt`, `advice-en.txt`): the result
//! shows them, the first question does not. The widget fetches its language's file after its
//! first render, so about 2 KB gzip leave its first load; the app has them built in
//! ([`Advice::built_in`]). The files are written from the catalogue
//! ([`super::texts::recommendations`]) by [`advice_file`]; a core test keeps the copies in
//! `static/widget/` equal to it.
//!
//! # Format
//! UTF-8 text, one recommendation per line (`\n`, a `\r` before it is ignored), factor by
//! factor in [`Factor::ALL`] order and level 0 ..= 3 within each factor: 32 lines, none empty,
//! no control characters, at most [`MAX_ADVICE_BYTES`] in all. A final newline is optional.

use super::{Factor, SelfCheckError, LEVEL_MAX};
use crate::locale::Lang;

/// Levels with a recommendation: 0 ..= 3 (level 4 needs none).
const PER_FACTOR: usize = LEVEL_MAX as usize;
/// Lines of a recommendations file.
pub const ADVICE_LINES: usize = Factor::ALL.len() * PER_FACTOR;
/// Largest recommendations file read, in bytes (the German one is about 6 KB).
pub const MAX_ADVICE_BYTES: usize = 32 * 1024;

/// The recommendations of one language, by factor and level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    lines: Vec<String>,
}

impl Advice {
    /// The catalogue's recommendations in `lang` (the app; the widget reads its file instead).
    pub fn built_in(lang: Lang) -> Advice {
        let table = super::texts::recommendations(lang);
        Advice {
            lines: table.iter().flatten().map(|s| s.to_string()).collect(),
        }
    }

    /// Reads a recommendations file (see the module docs).
    pub fn parse(text: &str) -> Result<Advice, SelfCheckError> {
        if text.len() > MAX_ADVICE_BYTES {
            return Err(SelfCheckError::TooLong {
                max: MAX_ADVICE_BYTES,
            });
        }
        let body = text.strip_suffix('\n').unwrap_or(text);
        let mut lines = Vec::with_capacity(ADVICE_LINES);
        for (i, line) in body.split('\n').enumerate() {
            // `trim` also takes the `\r` of a Windows line end.
            let line = line.trim();
            if i >= ADVICE_LINES || line.is_empty() || line.chars().any(char::is_control) {
                return Err(SelfCheckError::AdviceDamaged { line: i + 1 });
            }
            lines.push(line.to_string());
        }
        if lines.len() < ADVICE_LINES {
            return Err(SelfCheckError::AdviceDamaged {
                line: lines.len() + 1,
            });
        }
        Ok(Advice { lines })
    }

    /// The next step for `factor` at `level` 0 ..= 3; `None` at level 4 and above.
    pub fn get(&self, factor: Factor, level: u8) -> Option<&str> {
        let level = usize::from(level);
        (level < PER_FACTOR)
            .then(|| self.lines.get(factor.index() * PER_FACTOR + level))
            .flatten()
            .map(String::as_str)
    }
}

/// The recommendations file of `lang`, as the widget fetches it.
pub fn advice_file(lang: Lang) -> String {
    let mut out = String::new();
    for line in super::texts::recommendations(lang).iter().flatten() {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The file name the widget fetches, beside its page: `advice-de.txt` or `advice-en.txt`.
pub fn advice_file_name(lang: Lang) -> &'static str {
    match lang.built() {
        Lang::De => "advice-de.txt",
        Lang::En => "advice-en.txt",
    }
}
