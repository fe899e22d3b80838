//! The widget's options: what it shows ([`Mode`]), the query keys it knows ([`Param`]) and the
//! configuration they make ([`EmbedConfig`]). Reading them from a query is [`super::query`].

use crate::locale::Lang;

use super::colour::{hex_rgb, srgb_to_linear};

pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_CTA_TEXT_CHARS: usize = 80;
pub const MAX_CTA_URL_CHARS: usize = 500;

/// What the embedded app shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The guided self-check for prospects.
    #[default]
    SelfCheck,
    /// The full workspace.
    Workspace,
    /// A read-only view of a model (e.g. from a share link in the fragment).
    View,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::SelfCheck, Mode::Workspace, Mode::View];

    /// The query value: `selfcheck`, `workspace`, `view`.
    pub fn key(self) -> &'static str {
        match self {
            Mode::SelfCheck => "selfcheck",
            Mode::Workspace => "workspace",
            Mode::View => "view",
        }
    }

    /// Reads a query value, ASCII case-insensitively; `self-check` is an alias.
    pub fn from_value(value: &str) -> Option<Mode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "selfcheck" | "self-check" => Some(Mode::SelfCheck),
            "workspace" => Some(Mode::Workspace),
            "view" => Some(Mode::View),
            _ => None,
        }
    }
}

/// The query parameters the widget knows (see the module docs' table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    Mode,
    Lang,
    Accent,
    Title,
    Cta,
    CtaUrl,
    Compact,
    Origin,
    FreeText,
    CtaResult,
    Contact,
    Consent,
}

impl Param {
    pub const ALL: [Param; 12] = [
        Param::Mode,
        Param::Lang,
        Param::Accent,
        Param::Title,
        Param::Cta,
        Param::CtaUrl,
        Param::Compact,
        Param::Origin,
        Param::FreeText,
        Param::CtaResult,
        Param::Contact,
        Param::Consent,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Param::Mode => "mode",
            Param::Lang => "lang",
            Param::Accent => "accent",
            Param::Title => "title",
            Param::Cta => "cta",
            Param::CtaUrl => "cta_url",
            Param::Compact => "compact",
            Param::Origin => "origin",
            Param::FreeText => "free_text",
            Param::CtaResult => "cta_result",
            Param::Contact => "contact",
            Param::Consent => "consent",
        }
    }

    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.key() == key)
    }

    /// What a good value looks like, in English, for the warnings.
    pub fn expected(self) -> &'static str {
        match self {
            Param::Mode => "selfcheck, workspace or view",
            Param::Lang => "de or en",
            Param::Accent => "a hex colour #rgb or #rrggbb (write # as %23, or leave it out)",
            Param::Title | Param::Cta | Param::Consent => "text without control characters",
            Param::CtaUrl => "an https:, http: or mailto: URL",
            Param::Compact | Param::FreeText | Param::CtaResult | Param::Contact => {
                "1, true, yes, on, 0, false, no or off"
            }
            Param::Origin => "an origin scheme://host[:port] with http or https and no path",
        }
    }

    pub(super) fn is_flag(self) -> bool {
        matches!(
            self,
            Param::Compact | Param::FreeText | Param::CtaResult | Param::Contact
        )
    }
}

/// The widget's configuration. `Default` is what an empty query gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub mode: Mode,
    /// `None`: the UI picks the language as usual (browser, stored choice).
    pub lang: Option<Lang>,
    /// Lowercase `#rrggbb`.
    pub accent: Option<String>,
    /// At most [`MAX_TITLE_CHARS`] characters, trimmed.
    pub title: Option<String>,
    /// At most [`MAX_CTA_TEXT_CHARS`] characters, trimmed.
    pub cta_text: Option<String>,
    /// An `https:`, `http:` or `mailto:` URL of at most [`MAX_CTA_URL_CHARS`] characters.
    pub cta_url: Option<String>,
    /// Less chrome: no header and footer, tighter spacing.
    pub compact: bool,
    /// The host page's origin, normalised: lowercase `scheme://host[:port]`, default port
    /// dropped. Messages go only here.
    pub host_origin: Option<String>,
    /// The host opted in to content (touchpoint names and ratings) in `completed`.
    pub share_free_text: bool,
    /// The call to action carries the result link (see `url::cta_href`), so the prospect's
    /// answers reach the consultant with the contact request, without a server.
    pub cta_with_result: bool,
    /// The result page offers contact fields (name, company, e-mail, consent); what the
    /// prospect sends goes into `completed` and the call to action.
    pub contact_fields: bool,
    /// The host's consent sentence beside the contact fields' box, at most
    /// [`super::contact::MAX_CONSENT_CHARS`] characters; `None`: the self-check's own.
    pub consent_text: Option<String>,
}

impl EmbedConfig {
    /// Where `postMessage` may send: the configured host origin. `None`: post nothing.
    pub fn target_origin(&self) -> Option<&str> {
        self.host_origin.as_deref()
    }

    /// Black or white, whichever reads better on the accent colour (WCAG contrast);
    /// `None` without an accent.
    pub fn accent_text_colour(&self) -> Option<&'static str> {
        let (r, g, b) = hex_rgb(self.accent.as_deref()?)?;
        let l =
            0.2126 * srgb_to_linear(r) + 0.7152 * srgb_to_linear(g) + 0.0722 * srgb_to_linear(b);
        let on_white = 1.05 / (l + 0.05);
        let on_black = (l + 0.05) / 0.05;
        Some(if on_white >= on_black {
            "#ffffff"
        } else {
            "#000000"
        })
    }
}
