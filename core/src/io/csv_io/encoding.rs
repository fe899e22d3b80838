//! Which encoding a file's bytes have. The browser decodes them (`TextDecoder` with
//! [`TextEncoding::label`]), so the wasm carries no decoder; the decision itself is here, pure
//! and tested natively.

/// The encodings a spreadsheet file arrives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// Excel's "Unicode text": UTF-16 little endian, tab-separated.
    Utf16Le,
    Utf16Be,
    /// What Excel in Western European locales saves as "CSV": neither BOM nor valid UTF-8.
    Windows1252,
}

impl TextEncoding {
    /// The label `TextDecoder` takes for this encoding (WHATWG Encoding Standard).
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }
}

/// The byte order mark decides; without one, UTF-16 is recognised by the zero bytes of its
/// first ASCII character, then bytes that are valid UTF-8 are UTF-8 and anything else is
/// Windows-1252 (which decodes every byte).
pub fn sniff_encoding(bytes: &[u8]) -> TextEncoding {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => TextEncoding::Utf8,
        [0xFF, 0xFE, ..] => TextEncoding::Utf16Le,
        [0xFE, 0xFF, ..] => TextEncoding::Utf16Be,
        [a, 0, ..] if *a != 0 && bytes.len() % 2 == 0 => TextEncoding::Utf16Le,
        [0, b, ..] if *b != 0 && bytes.len() % 2 == 0 => TextEncoding::Utf16Be,
        _ if std::str::from_utf8(bytes).is_ok() => TextEncoding::Utf8,
        _ => TextEncoding::Windows1252,
    }
}
