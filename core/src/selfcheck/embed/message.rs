//! The messages the widget posts to the host page (see [`super`] for the JSON).

use serde::Serialize;

use crate::io::embed::{json_string, Contact, EmbedConfig};
use crate::selfcheck::SelfCheckResult;

/// The namespace marker of every widget message (field `source`).
pub const MESSAGE_SOURCE: &str = "kontaktpunkt";
/// Prefix of the host page's DOM event names: `kontaktpunkt:ready` etc.
pub const EVENT_PREFIX: &str = "kontaktpunkt:";
/// Largest height a resize message reports, in CSS pixels.
pub const MAX_HEIGHT: u32 = 100_000;

/// A factor and its level in `completed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FactorLevel {
    /// [`crate::selfcheck::Factor::key`].
    pub key: String,
    /// 0 ..= 4; `null` when not answered.
    pub level: Option<u8>,
}

/// A picked touchpoint in `completed` (only with the host's opt-in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedTouchpoint {
    /// The starter-library name in the widget's language.
    pub name: String,
    pub importance: u8,
    pub ist: Option<i8>,
    pub soll: Option<i8>,
}

/// The prospect's contact details in `completed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedContact {
    pub name: String,
    pub company: String,
    pub email: String,
}

/// A message from the widget to the host page; see the module docs for the JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WidgetMessage {
    /// The widget has started.
    Ready,
    /// The content's height changed, in CSS pixels.
    Resize { height: u32 },
    /// The step changed (a new question, the result): the host brings the frame's top into
    /// view, as its page would otherwise stay scrolled to where the prospect pressed "Next".
    Scroll,
    /// The self-check's result page was reached.
    Completed {
        /// Maturity 0 ..= 100; `null` when nothing is answered.
        score: Option<u8>,
        /// All eight factors in order.
        factors: Vec<FactorLevel>,
        /// Experience index 0 ..= 100 as the result page shows it (a whole number, see
        /// [`figure_as_shown`]); `null` when nothing is rated.
        index_ist: Option<u8>,
        index_soll: Option<u8>,
        /// Factor keys of the (up to) three biggest gaps, biggest first.
        top_gaps: Vec<String>,
        /// The picked touchpoints: only when the host opted in (`free_text`); left out of
        /// the JSON otherwise.
        #[serde(skip_serializing_if = "Option::is_none")]
        touchpoints: Option<Vec<SharedTouchpoint>>,
        /// The contact details the prospect sent (the host's `contact` option, consent
        /// ticked); left out of the JSON otherwise.
        #[serde(skip_serializing_if = "Option::is_none")]
        contact: Option<SharedContact>,
    },
}

impl WidgetMessage {
    /// A resize message from a measured height: rounded up, clamped to 0 ..= [`MAX_HEIGHT`]
    /// (NaN counts as 0).
    pub fn resize(height: f64) -> WidgetMessage {
        let h = if height.is_nan() {
            0.0
        } else {
            height.ceil().clamp(0.0, f64::from(MAX_HEIGHT))
        };
        // In 0 ..= MAX_HEIGHT after the clamp, so the cast is exact.
        WidgetMessage::Resize { height: h as u32 }
    }

    /// The `type` field: `ready`, `resize`, `completed`.
    pub fn kind(&self) -> &'static str {
        match self {
            WidgetMessage::Ready => "ready",
            WidgetMessage::Scroll => "scroll",
            WidgetMessage::Resize { .. } => "resize",
            WidgetMessage::Completed { .. } => "completed",
        }
    }

    /// The host page's DOM event name: `kontaktpunkt:<type>`.
    pub fn event_name(&self) -> String {
        format!("{EVENT_PREFIX}{}", self.kind())
    }

    /// The JSON string to post: the object of the module docs, `source` first, then `type`
    /// and the fields in their declared order, exactly as serde_json writes this type
    /// (core/tests/embed.rs compares both). Written by hand because serde_json would be about
    /// 8 KB gzip of the self-check widget's build, which reads no other JSON.
    pub fn to_json(&self) -> String {
        let mut out = format!(
            "{{\"source\":{},\"type\":\"{}\"",
            json_string(MESSAGE_SOURCE),
            self.kind()
        );
        match self {
            WidgetMessage::Ready | WidgetMessage::Scroll => {}
            WidgetMessage::Resize { height } => out.push_str(&format!(",\"height\":{height}")),
            WidgetMessage::Completed {
                score,
                factors,
                index_ist,
                index_soll,
                top_gaps,
                touchpoints,
                contact,
            } => {
                out.push_str(&format!(",\"score\":{}", json_option(*score)));
                let factors: Vec<String> = factors
                    .iter()
                    .map(|f| {
                        format!(
                            "{{\"key\":{},\"level\":{}}}",
                            json_string(&f.key),
                            json_option(f.level)
                        )
                    })
                    .collect();
                out.push_str(&format!(",\"factors\":[{}]", factors.join(",")));
                out.push_str(&format!(",\"index_ist\":{}", json_option(*index_ist)));
                out.push_str(&format!(",\"index_soll\":{}", json_option(*index_soll)));
                let gaps: Vec<String> = top_gaps.iter().map(|g| json_string(g)).collect();
                out.push_str(&format!(",\"top_gaps\":[{}]", gaps.join(",")));
                if let Some(touchpoints) = touchpoints {
                    let items: Vec<String> = touchpoints
                        .iter()
                        .map(|t| {
                            format!(
                                "{{\"name\":{},\"importance\":{},\"ist\":{},\"soll\":{}}}",
                                json_string(&t.name),
                                t.importance,
                                json_option(t.ist),
                                json_option(t.soll)
                            )
                        })
                        .collect();
                    out.push_str(&format!(",\"touchpoints\":[{}]", items.join(",")));
                }
                if let Some(c) = contact {
                    out.push_str(&format!(
                        ",\"contact\":{{\"name\":{},\"company\":{},\"email\":{}}}",
                        json_string(&c.name),
                        json_string(&c.company),
                        json_string(&c.email)
                    ));
                }
            }
        }
        out.push('}');
        out
    }
}

fn json_option<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "null".to_string(), |v| v.to_string())
}

/// The one precision rule for the figures in messages: each as the page shows it. An index
/// (0 … 100) is whole, rounded half to even like the page's `index_text` (the text layer's
/// `DECIMALS` is 0; core/tests/embed.rs holds the two together): the page's 22 is the
/// message's 22, not 21.6.
pub fn figure_as_shown(value: f64) -> u8 {
    // Clamped to 0 ..= 100 first, so the cast is exact.
    value.clamp(0.0, 100.0).round_ties_even() as u8
}

/// The `completed` message for a result: score, all factor levels, the experience index
/// (as the page shows it, [`figure_as_shown`]) and the top gaps' factor keys. The picked
/// touchpoints' names and ratings count as the user's content: they are included only when
/// [`EmbedConfig::share_free_text`] is set; the `contact` the prospect sent only with
/// [`EmbedConfig::contact_fields`].
pub fn completed_message(
    result: &SelfCheckResult,
    config: &EmbedConfig,
    contact: Option<&Contact>,
) -> WidgetMessage {
    WidgetMessage::Completed {
        score: result.maturity,
        factors: result
            .factors
            .iter()
            .map(|(f, level)| FactorLevel {
                key: f.key().to_string(),
                level: *level,
            })
            .collect(),
        index_ist: result.index_ist.map(figure_as_shown),
        index_soll: result.index_soll.map(figure_as_shown),
        top_gaps: result
            .top_gaps
            .iter()
            .map(|g| g.factor.key().to_string())
            .collect(),
        touchpoints: config.share_free_text.then(|| {
            result
                .touchpoints
                .iter()
                .map(|t| SharedTouchpoint {
                    name: t.name.to_string(),
                    importance: t.importance,
                    ist: t.ist,
                    soll: t.soll,
                })
                .collect()
        }),
        // Only what the prospect sent, and only where the host asked for it.
        contact: contact
            .filter(|_| config.contact_fields)
            .map(|c| SharedContact {
                name: c.name.clone(),
                company: c.company.clone(),
                email: c.email.clone(),
            }),
    }
}
