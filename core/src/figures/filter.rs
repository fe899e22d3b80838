//! Search, filter and grouping of the inventory. Pure, so the list logic is tested natively.

use crate::domain::model::{Channel, Contact, Decision, Flag, Model, Touchpoint};

/// What the inventory shows. `None` in a field means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub text: String,
    pub stage: Option<String>,
    /// `Some("")` selects touchpoints without an owner.
    pub owner: Option<String>,
    pub channel: Option<Channel>,
    pub contact: Option<Contact>,
    pub decision: Option<Decision>,
    pub flag: Option<Flag>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Text matches name, description and factors, case-insensitively.
    pub fn matches(&self, tp: &Touchpoint) -> bool {
        self.matcher().matches(tp)
    }

    /// The filter with its search text lowercased once, for testing many touchpoints.
    pub fn matcher(&self) -> Matcher<'_> {
        Matcher {
            filter: self,
            needle: self.text.trim().to_lowercase(),
        }
    }
}

/// A [`Filter`] ready to test touchpoints: see [`Filter::matcher`].
pub struct Matcher<'a> {
    filter: &'a Filter,
    needle: String,
}

impl Matcher<'_> {
    pub fn matches(&self, tp: &Touchpoint) -> bool {
        let needle = self.needle.as_str();
        let has = |text: &str| contains_folded(text, needle);
        let text_ok = needle.is_empty()
            || has(&tp.name)
            || has(&tp.description)
            || [
                &tp.factors.disappointment,
                &tp.factors.okay,
                &tp.factors.delight,
            ]
            .iter()
            .any(|list| list.iter().any(|f| has(f)));
        let f = self.filter;
        text_ok
            && f.stage.as_ref().is_none_or(|s| &tp.stage == s)
            && f.owner
                .as_ref()
                .is_none_or(|o| tp.owner.as_deref().unwrap_or("") == o)
            && f.channel.is_none_or(|c| tp.channel == c)
            && f.contact.is_none_or(|c| tp.contact == c)
            && f.decision.is_none_or(|d| tp.decision == d)
            && f.flag.is_none_or(|flag| tp.flags.get(flag))
    }
}

/// Whether `text`, lowercased, contains `needle` (lowercase already). Every keystroke tests
/// each touchpoint's name, description and factors: ASCII text is compared in place, and only
/// other text (umlauts) is lowercased into a new string.
fn contains_folded(text: &str, needle: &str) -> bool {
    if text.is_ascii() && needle.is_ascii() {
        let (text, needle) = (text.as_bytes(), needle.as_bytes());
        return needle.is_empty()
            || text
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle));
    }
    text.to_lowercase().contains(needle)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupBy {
    #[default]
    None,
    Stage,
    Owner,
    Channel,
    Contact,
    Decision,
}

/// A group of the inventory: its key, its label in the user's language, and member indexes
/// into `model.touchpoints` in model order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub key: String,
    pub label: String,
    pub members: Vec<usize>,
}

/// The labels [`grouped`] needs for groups the model does not name; the text layer's
/// catalogue provides them.
pub trait GroupLabels {
    fn no_owner(&self) -> &str;
    fn channel(&self, c: Channel) -> &str;
    fn contact(&self, c: Contact) -> &str;
    fn decision(&self, d: Decision) -> &str;
}

/// The visible touchpoints (as indexes into `model.touchpoints`), grouped. Groups follow the
/// model's stage/owner order, enum order otherwise; empty groups are left out.
pub fn grouped(
    model: &Model,
    filter: &Filter,
    by: GroupBy,
    labels: &impl GroupLabels,
) -> Vec<Group> {
    let matcher = filter.matcher();
    let visible: Vec<usize> = model
        .touchpoints
        .iter()
        .enumerate()
        .filter(|(_, tp)| matcher.matches(tp))
        .map(|(i, _)| i)
        .collect();
    let keys: Vec<(String, String)> = match by {
        GroupBy::None => {
            return vec![Group {
                key: String::new(),
                label: String::new(),
                members: visible,
            }]
        }
        GroupBy::Stage => model
            .stages
            .iter()
            .map(|s| (s.key.clone(), s.name.clone()))
            .collect(),
        GroupBy::Owner => model
            .owners
            .iter()
            .map(|o| (o.key.clone(), o.name.clone()))
            .chain(std::iter::once((
                String::new(),
                labels.no_owner().to_string(),
            )))
            .collect(),
        GroupBy::Channel => keyed(Channel::ALL, Channel::key, |c| labels.channel(c)),
        GroupBy::Contact => keyed(Contact::ALL, Contact::key, |c| labels.contact(c)),
        GroupBy::Decision => keyed(Decision::ALL, Decision::key, |d| labels.decision(d)),
    };
    keys.into_iter()
        .map(|(key, label)| {
            let members = visible
                .iter()
                .copied()
                .filter(|i| group_key(&model.touchpoints[*i], by) == key)
                .collect();
            Group {
                key,
                label,
                members,
            }
        })
        .filter(|g| !g.members.is_empty())
        .collect()
}

fn keyed<'a, T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: impl Fn(T) -> &'a str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v).to_string(), label(*v).to_string()))
        .collect()
}

/// The key of the group `tp` falls into.
pub fn group_key(tp: &Touchpoint, by: GroupBy) -> &str {
    match by {
        GroupBy::None => "",
        GroupBy::Stage => &tp.stage,
        GroupBy::Owner => tp.owner.as_deref().unwrap_or(""),
        GroupBy::Channel => tp.channel.key(),
        GroupBy::Contact => tp.contact.key(),
        GroupBy::Decision => tp.decision.key(),
    }
}
