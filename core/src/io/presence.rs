//! A person's presence in a live session: the name they chose, their colour and the touchpoint
//! they are editing. Sent sealed through the relay (docs/collaboration.md) as this JSON; what
//! arrives comes from other people's browsers, so it is read with limits and checked, and
//! presence that fails is not shown (there is nothing for this user to do about it).
//! Written and read through `serde_json::Value` by hand, whose code the app has anyway: a
//! derived (de)serialiser would weigh on the app's first load.

use serde_json::{json, Value};

use crate::domain::model::Id;

/// Longest name shown, in characters.
pub const MAX_PRESENCE_NAME: usize = 60;
/// Longest presence JSON read at all, in bytes.
pub const MAX_PRESENCE_JSON: usize = 1024;
/// The number of presence colours (the stylesheet's `--presence-0` …).
pub const PRESENCE_COLOURS: u8 = 8;

/// `{"name": …, "colour": …, "editing": …}`, `editing` left out when `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presence {
    pub name: String,
    pub colour: u8,
    /// The touchpoint whose row or editor this person has open.
    pub editing: Option<Id>,
}

impl Presence {
    pub fn to_json(&self) -> String {
        let mut value = json!({ "name": self.name, "colour": self.colour });
        if let (Some(id), Value::Object(map)) = (self.editing, &mut value) {
            map.insert("editing".into(), id.into());
        }
        value.to_string()
    }

    /// Another person's presence, if it is one this app shows: a name of 1 to
    /// [`MAX_PRESENCE_NAME`] characters without control characters (trimmed), a colour below
    /// [`PRESENCE_COLOURS`].
    pub fn parse(json: &str) -> Option<Presence> {
        if json.len() > MAX_PRESENCE_JSON {
            return None;
        }
        let value: Value = serde_json::from_str(json).ok()?;
        let presence = Presence {
            name: value.get("name")?.as_str()?.trim().to_string(),
            colour: u8::try_from(value.get("colour")?.as_u64()?).ok()?,
            editing: match value.get("editing") {
                None | Some(Value::Null) => None,
                Some(id) => Some(id.as_u64()?),
            },
        };
        let chars = presence.name.chars().count();
        let printable = !presence.name.chars().any(char::is_control);
        ((1..=MAX_PRESENCE_NAME).contains(&chars)
            && printable
            && presence.colour < PRESENCE_COLOURS)
            .then_some(presence)
    }

    /// A colour for a new person, spread by a random number (the worker's client id).
    pub fn colour_for(random: u64) -> u8 {
        (random % u64::from(PRESENCE_COLOURS)) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_round_trips_and_peers_values_are_checked() {
        let ada = Presence {
            name: "Ada Lovelace".into(),
            colour: 3,
            editing: Some(7),
        };
        assert_eq!(Presence::parse(&ada.to_json()), Some(ada));
        assert_eq!(
            Presence::parse(r#"{"name":"  Bob ","colour":0}"#),
            Some(Presence {
                name: "Bob".into(),
                colour: 0,
                editing: None
            })
        );
        for bad in [
            r#"{"name":"","colour":0}"#,
            r#"{"name":"   ","colour":0}"#,
            r#"{"name":"Eve","colour":8}"#,
            r#"{"name":"Eve\u0007","colour":1}"#,
            r#"{"name":"Eve","colour":-1}"#,
            r#"{"name":"Eve","colour":1,"editing":-3}"#,
            r#"{"colour":1}"#,
            "not json",
        ] {
            assert_eq!(Presence::parse(bad), None, "{bad}");
        }
        let long = format!(
            r#"{{"name":"{}","colour":1}}"#,
            "x".repeat(MAX_PRESENCE_NAME + 1)
        );
        assert_eq!(Presence::parse(&long), None);
        let huge = format!(
            r#"{{"name":"x","colour":1,"pad":"{}"}}"#,
            " ".repeat(MAX_PRESENCE_JSON)
        );
        assert_eq!(Presence::parse(&huge), None);
        assert!((0..100).all(|r| Presence::colour_for(r) < PRESENCE_COLOURS));
    }
}
