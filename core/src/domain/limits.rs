//! The limits every reader of outside input checks **while reading**, before it builds what
//! they limit, and the one place the share codec's `encode_checked` takes them from (it runs
//! the reader on what it wrote, so what it hands out is what `decode` opens). In the domain
//! layer because validation checks them too; `io::share::limits` re-exports this module.
//!
//! Budgets (measured by `kontaktpunkt-fuzz`, a counting allocator around every call; see
//! `docs/share-format.md`, "Limits"):
//! - a share link of at most `io::share::MAX_FRAGMENT` bytes: peak allocation below
//!   [`LINK_PEAK_BUDGET`] (64 MB), well under a second natively;
//! - a JSON model (file or stored) of at most [`MAX_MODEL_JSON_BYTES`]: at most
//!   [`MAX_MODEL_JSON_VALUES`] JSON values, so the parse tree stays bounded;
//! - an Excel workbook: each part inflates to at most [`MAX_WORKBOOK_PART_BYTES`], its sheet
//!   gives at most [`MAX_SHEET_CELLS`] cells and [`MAX_SHEET_TEXT_BYTES`] of text.
//!
//! The model's own limits (text lengths, list lengths, counts) live in [`crate::domain::model`]
//! and are checked by [`crate::domain::validate::restore`], the one gate.

use crate::domain::error::ModelError;

/// The peak allocation that decoding any link of at most 64 KiB stays below, in bytes.
/// Stated here and checked by `core/tests/share.rs` and the fuzzer; not enforced at run time.
pub const LINK_PEAK_BUDGET: usize = 64 * 1024 * 1024;

/// Most JSON values (numbers, strings, arrays …) an inflated link may hold. A link of the
/// largest model the app keeps (5,000 touchpoints in 15 columns, measures, snapshots) holds
/// far fewer; the cap keeps the parse tree of a 4 MiB payload below 16 MB.
pub const MAX_LINK_JSON_VALUES: usize = 250_000;

/// Most bytes of factor text a link may expand to. A link names each factor text once and
/// refers to it by index, so a short link could otherwise repeat one long text without
/// bound; every reference counts its text's length against this budget as it is read.
pub const MAX_FACTOR_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// Longest JSON model (a file or a stored model) the readers parse, in bytes (16 MiB).
pub const MAX_MODEL_JSON_BYTES: usize = 16 * 1024 * 1024;

/// Longest round link (`kr1.…`) a model keeps and `rounds::link::decode_round` looks at, in
/// bytes (a round of 30 touchpoints is about 1,000).
pub const MAX_ROUND_LINK: usize = 16 * 1024;

/// Longest return link (`ka1.…`) a model keeps and `rounds::link::decode_answer` looks at, in
/// bytes (30 rated touchpoints are about 100).
pub const MAX_ANSWER_LINK: usize = 8 * 1024;

/// Most answers (raters) one round collects.
pub const MAX_ANSWERS: usize = 1_000;

/// Most rating rounds one model keeps (a round, its follow-ups, the next year's).
pub const MAX_KEPT_ROUNDS: usize = 50;

/// Most JSON values a JSON model may hold.
pub const MAX_MODEL_JSON_VALUES: usize = 2_000_000;

/// Most bytes one part of an Excel workbook (a sheet, the shared strings …) may inflate to
/// (16 MiB, as much as a JSON model). Four parts are read, one after the other, and inflating
/// peaks below twice the cap.
pub const MAX_WORKBOOK_PART_BYTES: usize = MAX_MODEL_JSON_BYTES;

/// Most entries a workbook's zip directory may name (Excel writes a dozen or two).
pub const MAX_ZIP_ENTRIES: usize = 10_000;

/// Most cells the import reads from a sheet, counting the empty ones a gap fills in, and
/// most shared strings; a sheet of 5,000 touchpoints in 20 columns has 100,000.
pub const MAX_SHEET_CELLS: usize = 1_000_000;

/// Most bytes of cell text a sheet may expand to: a cell refers to a shared string by its
/// index, so a small sheet could repeat one long string without bound; every cell counts its
/// text against this budget (a [`TextBudget`]).
pub const MAX_SHEET_TEXT_BYTES: usize = MAX_MODEL_JSON_BYTES;

/// Refuses JSON text that holds more than `max` values, without building anything: counts
/// `[`, `{` and `,` outside strings (each value but the first in a container follows a comma,
/// each container opens with a bracket), an upper bound of the number of values.
pub fn check_json_values(bytes: &[u8], max: usize) -> Result<(), ModelError> {
    let mut count: usize = 1;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' | b',' => {
                count += 1;
                if count > max {
                    return Err(ModelError::TooManyItems { max });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// What is left of a budget of bytes, spent as texts are copied.
#[derive(Debug)]
pub struct TextBudget {
    left: usize,
    max: usize,
}

impl TextBudget {
    pub fn new(max: usize) -> Self {
        TextBudget { left: max, max }
    }

    /// Spends `bytes`, or refuses when the budget does not hold them.
    pub fn spend(&mut self, bytes: usize) -> Result<(), ModelError> {
        self.left = self
            .left
            .checked_sub(bytes)
            .ok_or(ModelError::TooMuchText { max: self.max })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_values_outside_strings_only() {
        assert_eq!(check_json_values(b"[1,2,3]", 4), Ok(()));
        assert_eq!(
            check_json_values(b"[1,2,3]", 3),
            Err(ModelError::TooManyItems { max: 3 })
        );
        assert_eq!(check_json_values(br#"["a,b,[c\",{"]"#, 2), Ok(()));
    }

    #[test]
    fn budget_refuses_once_spent() {
        let mut b = TextBudget::new(10);
        assert_eq!(b.spend(6), Ok(()));
        assert_eq!(b.spend(4), Ok(()));
        assert_eq!(b.spend(1), Err(ModelError::TooMuchText { max: 10 }));
    }
}
