//! The little XML a workbook's parts need: elements with attributes, text, CDATA, the five
//! named entities and character references. Namespaces are ignored: a name is compared by its
//! local part (`x:row` is `row`). Comments and processing instructions are skipped; a
//! document type declaration (which a workbook never has, and which could declare entities)
//! is refused.

use std::borrow::Cow;

/// The markup is broken: a tag, comment or CDATA section is never closed, or a DTD.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadXml;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// `<name attrs>`, or `<name attrs/>` when `empty`.
    Open {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    /// `</name>`
    Close(&'a str),
    /// Character data, entities resolved.
    Text(Cow<'a, str>),
}

/// The events of a document, in order.
pub struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader {
            rest: text.strip_prefix('\u{feff}').unwrap_or(text),
        }
    }

    /// Skips past `end`, or fails when it never comes.
    fn skip_past(&mut self, end: &str) -> Result<&'a str, BadXml> {
        let at = self.rest.find(end).ok_or(BadXml)?;
        let inner = &self.rest[..at];
        self.rest = &self.rest[at + end.len()..];
        Ok(inner)
    }
}

/// The part of a name after its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

impl<'a> Iterator for Reader<'a> {
    type Item = Result<Event<'a>, BadXml>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            if !self.rest.starts_with('<') {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                let text = &self.rest[..end];
                self.rest = &self.rest[end..];
                return Some(Ok(Event::Text(unescape(text))));
            }
            let step = if self.rest.starts_with("<?") {
                self.skip_past("?>").map(|_| None)
            } else if self.rest.starts_with("<!--") {
                self.skip_past("-->").map(|_| None)
            } else if let Some(after) = self.rest.strip_prefix("<![CDATA[") {
                self.rest = after;
                self.skip_past("]]>")
                    .map(|text| Some(Event::Text(Cow::Borrowed(text))))
            } else if self.rest.starts_with("<!") {
                Err(BadXml)
            } else if let Some(after) = self.rest.strip_prefix("</") {
                self.rest = after;
                self.skip_past(">")
                    .map(|name| Some(Event::Close(local(name.trim()))))
            } else {
                self.open_tag().map(Some)
            };
            match step {
                Ok(None) => continue,
                Ok(Some(event)) => return Some(Ok(event)),
                Err(e) => {
                    self.rest = "";
                    return Some(Err(e));
                }
            }
        }
    }
}

impl<'a> Reader<'a> {
    /// `<name attrs>` or `<name attrs/>`; a `>` inside a quoted attribute value does not end it.
    fn open_tag(&mut self) -> Result<Event<'a>, BadXml> {
        let body = &self.rest[1..];
        let mut quote = None;
        let end = body
            .char_indices()
            .find(|&(_, c)| match quote {
                Some(q) if c == q => {
                    quote = None;
                    false
                }
                Some(_) => false,
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    false
                }
                None => c == '>',
            })
            .map(|(i, _)| i)
            .ok_or(BadXml)?;
        self.rest = &body[end + 1..];
        let tag = &body[..end];
        let (tag, empty) = match tag.strip_suffix('/') {
            Some(tag) => (tag, true),
            None => (tag, false),
        };
        let name_end = tag
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(tag.len());
        Ok(Event::Open {
            name: local(&tag[..name_end]),
            attrs: &tag[name_end..],
            empty,
        })
    }
}

/// The value of the attribute whose local name is `key`, entities resolved.
pub fn attr<'a>(attrs: &'a str, key: &str) -> Option<Cow<'a, str>> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let name = rest[..eq].trim();
        rest = rest[eq + 1..].trim_start();
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        rest = &rest[1..];
        let end = rest.find(quote)?;
        if local(name) == key {
            return Some(unescape(&rest[..end]));
        }
        rest = &rest[end + 1..];
    }
}

/// Resolves `&amp; &lt; &gt; &quot; &apos;` and character references (`&#228;`, `&#xE4;`);
/// anything else after a `&` is kept as it is.
pub fn unescape(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity = rest[1..]
            .find(';')
            .filter(|end| *end <= 10)
            .map(|end| &rest[1..=end]);
        let resolved = entity.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (resolved, entity) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_references() {
        assert_eq!(
            unescape("a &amp; b &lt;c&gt; &#228;&#xFC;&#XDF;"),
            "a & b <c> äüß"
        );
        assert_eq!(unescape("&nbsp; & &#xD800; &#;"), "&nbsp; & &#xD800; &#;");
    }

    #[test]
    fn attributes_by_local_name() {
        let attrs = r#" name="A &amp; B" r:id='rId1' state="hidden""#;
        assert_eq!(attr(attrs, "id").as_deref(), Some("rId1"));
        assert_eq!(attr(attrs, "name").as_deref(), Some("A & B"));
        assert_eq!(attr(attrs, "sheetId"), None);
    }

    #[test]
    fn events() {
        let xml = "<?xml version=\"1.0\"?><!-- c --><x:a b=\"1>2\"><c/>t<![CDATA[<d>]]></x:a>";
        let events: Vec<_> = Reader::new(xml)
            .collect::<Result<_, _>>()
            .unwrap_or_default();
        assert_eq!(
            events,
            vec![
                Event::Open {
                    name: "a",
                    attrs: " b=\"1>2\"",
                    empty: false
                },
                Event::Open {
                    name: "c",
                    attrs: "",
                    empty: true
                },
                Event::Text(Cow::Borrowed("t")),
                Event::Text(Cow::Borrowed("<d>")),
                Event::Close("a"),
            ]
        );
        assert!(Reader::new("<a").any(|e| e.is_err()));
        assert!(Reader::new("<!DOCTYPE x [<!ENTITY e \"e\">]><a/>").any(|e| e.is_err()));
    }
}
