//! CSV records as RFC 4180 has them: fields split by a delimiter, quoted with `"` when they
//! hold a delimiter, quote or line break, `""` for a quote inside quotes, CRLF, LF or CR ends;
//! and the apostrophe that keeps a spreadsheet from reading a field as a formula.
//!
//! Hand-written on purpose: the `csv` crate and the serde row it needs cost about 45 KB of the
//! 1.1 MB wasm for one fourteen-column layout; this reader and writer are a few hundred bytes.

/// One record and the physical line it starts on (1-based; quoted line breaks count).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: u64,
    pub fields: Vec<String>,
}

/// A quoted field that runs to the end of the text: the rest cannot be split into records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnclosedQuote {
    pub line: u64,
}

/// The separator of the file: `,`, `;` (spreadsheets in German locales save CSV that way)
/// or a tab (Excel's "Unicode text"), whichever the most of the first records hold equally
/// often outside quotes (the same number of columns); `,` on a tie or when there is none. Not
/// the first line alone: a title above the header ("Liste, Stand März") may hold a comma in a semicolon file.
pub fn detect_delimiter(text: &str) -> char {
    // The most records sharing one non-zero count. Counted pairwise, not sorted: at most 20
    // records, and a sort of its own costs about 1 KB gzip of wasm.
    let score = |c: char| {
        let counts = record_counts(text, c);
        counts
            .iter()
            .filter(|n| **n > 0)
            .map(|n| counts.iter().filter(|m| *m == n).count())
            .max()
            .unwrap_or(0)
    };
    let mut best = (',', score(','));
    for candidate in [';', '\t'] {
        let s = score(candidate);
        if s > best.1 {
            best = (candidate, s);
        }
    }
    best.0
}

/// How often `delimiter` occurs outside quotes in each of the first records.
fn record_counts(text: &str, delimiter: char) -> Vec<usize> {
    const RECORDS: usize = 20;
    let mut counts = vec![0];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                if counts.len() == RECORDS {
                    break;
                }
                counts.push(0);
            }
            _ if c == delimiter && !quoted => {
                if let Some(n) = counts.last_mut() {
                    *n += 1;
                }
            }
            _ => {}
        }
    }
    counts
}

/// Every non-empty record of `text`, in order. An unclosed quote ends the list with an error.
pub fn read_records(text: &str, delimiter: char) -> Vec<Result<Record, UnclosedQuote>> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line: u64 = 1;
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut at_field_start = true;
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    _ => {
                        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                            line += 1;
                        }
                        field.push(c);
                    }
                }
                continue;
            }
            match c {
                '"' if at_field_start => {
                    quoted = true;
                    at_field_start = false;
                }
                '\r' | '\n' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    break;
                }
                _ if c == delimiter => {
                    fields.push(std::mem::take(&mut field));
                    at_field_start = true;
                }
                _ => {
                    field.push(c);
                    at_field_start = false;
                }
            }
        }
        if quoted {
            out.push(Err(UnclosedQuote { line: start }));
            break;
        }
        let blank_line = fields.is_empty() && field.is_empty() && at_field_start;
        if !blank_line {
            fields.push(field);
            out.push(Ok(Record {
                line: start,
                fields,
            }));
        }
    }
    out
}

/// Appends one record with CRLF, quoting only the fields that need it.
pub fn write_record<'a>(
    out: &mut String,
    fields: impl IntoIterator<Item = &'a str>,
    delimiter: char,
) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        if field.contains([delimiter, '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV
/// injection): a field starting with one of them is written with a leading apostrophe.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a field needs the apostrophe: it starts with a formula character, or it has white
/// space at either end that a reader would trim, or it starts with an apostrophe that the
/// reader would otherwise take for the export's own.
fn needs_apostrophe(field: &str) -> bool {
    let mut chars = field.chars();
    let opens = match chars.next() {
        None => false,
        Some('\'') => chars.next().is_some_and(opens_verbatim),
        Some(c) => FORMULA_STARTS.contains(&c) || c.is_whitespace(),
    };
    opens || field.ends_with(char::is_whitespace)
}

/// What may follow the export's apostrophe: a formula character, white space or another
/// apostrophe.
fn opens_verbatim(c: char) -> bool {
    FORMULA_STARTS.contains(&c) || c.is_whitespace() || c == '\''
}

/// A field as a spreadsheet will show it but not evaluate it, with its white space kept:
/// `'` before it when [`needs_apostrophe`] says so.
pub(crate) fn escape_formula(field: &str) -> std::borrow::Cow<'_, str> {
    if needs_apostrophe(field) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

/// The text the export wrote behind its apostrophe, exactly (white space kept), or `None`
/// for a field the export did not guard. An apostrophe before anything else stays
/// (`'s Hertogenbosch`) unless the field ends in white space, which only the export keeps.
pub(crate) fn verbatim(field: &str) -> Option<&str> {
    let rest = field.strip_prefix('\'')?;
    (rest.starts_with(opens_verbatim) || rest.ends_with(char::is_whitespace)).then_some(rest)
}

/// The reader against the `csv` crate (a dev-dependency only): the same records from the same
/// text, whatever the fields hold.
#[cfg(test)]
mod differential {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::{read_records, write_record};
    use proptest::prelude::*;

    fn by_csv_crate(text: &str, delimiter: char) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter as u8)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    fn by_ours(text: &str, delimiter: char) -> Vec<Vec<String>> {
        read_records(text, delimiter)
            .into_iter()
            .map(|r| r.unwrap().fields)
            .collect()
    }

    fn field() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('a'),
                Just('ä'),
                Just(' '),
                Just(','),
                Just(';'),
                Just('"'),
                Just('\n'),
                Just('\r'),
            ],
            0..6,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn written_records_read_as_the_csv_crate_reads_them(
            records in proptest::collection::vec(
                // Two fields at least: a lone empty field would be a blank line, which both skip.
                proptest::collection::vec(field(), 2..5), 1..6),
            semicolon in any::<bool>(),
        ) {
            let delimiter = if semicolon { ';' } else { ',' };
            let mut text = String::new();
            for r in &records {
                write_record(&mut text, r.iter().map(String::as_str), delimiter);
            }
            prop_assert_eq!(by_ours(&text, delimiter), by_csv_crate(&text, delimiter));
            prop_assert_eq!(by_ours(&text, delimiter), records);
        }
    }

    #[test]
    fn spreadsheet_text_reads_alike() {
        for (text, delimiter) in [
            ("a,b\r\nc,d\r\n", ','),
            ("a;\"b;c\"\n\"x\"\"y\";z", ';'),
            ("name,notes\n\"Rechnung\",\"zwei\nZeilen\"\n", ','),
            ("a,b\n\nc,d\n", ','),
        ] {
            assert_eq!(
                by_ours(text, delimiter),
                by_csv_crate(text, delimiter),
                "{text:?}"
            );
        }
    }
}
