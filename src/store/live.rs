//! A live session as the screens see it (docs/collaboration.md): the session this model is
//! in, its state from the worker, and the other people's presence. No web APIs here.

use std::rc::Rc;

use kontaktpunkt_core::edits::wire::LiveStatus;
use kontaktpunkt_core::io::presence::Presence;

/// The live session of the current model.
#[derive(Clone, Debug, PartialEq)]
pub struct Live {
    /// The session link's fragment (`ks1.…`).
    pub fragment: String,
    /// This person's presence (name and colour; the touchpoint they edit is added on send).
    pub me: Presence,
    /// This browser started the session: its model seeds the shared document.
    pub seed: bool,
    /// What the worker last said; `None` until it says anything.
    pub status: Option<LiveStatus>,
    /// The other people here.
    pub peers: usize,
    /// The others' presence, by their worker's client id.
    pub others: Rc<[(u64, Presence)]>,
}

impl Live {
    pub fn new(fragment: String, me: Presence, seed: bool) -> Self {
        Live {
            fragment,
            me,
            seed,
            status: None,
            peers: 0,
            others: Rc::from([]),
        }
    }

    /// Someone's presence came, changed or went.
    pub fn with_presence(&self, client: u64, presence: Option<Presence>) -> Live {
        let mut others: Vec<_> = self
            .others
            .iter()
            .filter(|(c, _)| *c != client)
            .cloned()
            .collect();
        others.extend(presence.map(|p| (client, p)));
        Live {
            others: others.into(),
            ..self.clone()
        }
    }

    /// The others editing touchpoint `id`.
    pub fn editing(&self, id: u64) -> impl Iterator<Item = &Presence> {
        self.others
            .iter()
            .map(|(_, p)| p)
            .filter(move |p| p.editing == Some(id))
    }
}

/// A change to the live session's part of the state.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveMsg {
    /// Start or join (`Some`), or leave (`None`).
    Session(Option<Box<Live>>),
    /// A session link that waits for this person's name before joining.
    Ask(Option<String>),
    Status(LiveStatus, usize),
    Presence(u64, Option<Presence>),
}
