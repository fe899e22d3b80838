//! Why a workbook cannot be read: its own file, so the zip and sheet readers that fail with it
//! do not depend on each other through the folder's mod.rs.

/// Why a workbook cannot be read. Worded by the text layer (`text::import`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XlsxError {
    /// Not a zip archive at all.
    NotAWorkbook,
    /// An Excel 97–2003 workbook (`.xls`) or a password-protected one: both are OLE compound
    /// files, which are not read.
    OldOrProtected,
    /// The archive or one of its parts is damaged, or uses what a workbook does not (zip64,
    /// encryption, a compression other than deflate).
    Damaged,
    /// The archive holds no worksheet.
    NoSheet,
    /// A part inflates to more than `max` bytes.
    TooLarge { max: usize },
    /// The sheet gives more than `max` cells (empty ones in gaps included) or shared strings.
    TooManyCells { max: usize },
    /// The sheet's cells hold more than `max` bytes of text.
    TooMuchText { max: usize },
}
