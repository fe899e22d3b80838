//! The embed code the workspace's generator gives: a script tag or a plain iframe.

use crate::io::embed::{EmbedConfig, Mode};

/// Escapes text for an HTML attribute value in double quotes.
fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Longest share link a read-only snippet carries, in characters. Beyond it a snippet is
/// too unwieldy for the text fields of website builders, and the generator says so instead.
pub const MAX_SNIPPET_LINK_CHARS: usize = 8_000;

/// The folder of the self-check widget's own build inside the app's folder.
pub const WIDGET_FOLDER: &str = "widget/";

/// Why the generator gives no code for the read-only view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnippetError {
    /// The model has no share link (it is empty, or too large for any link).
    NoLink,
    /// The model's link is longer than [`MAX_SNIPPET_LINK_CHARS`].
    LinkTooLong { chars: usize },
}

/// What an embed loads: the widget's own small build for the self-check, the app for the
/// workspace and the read-only view; the view carries `model_link` (a share-link fragment,
/// without `#`) so it shows that model.
pub fn embed_src(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let query = config.to_query();
    let mut src = match config.mode {
        // The widget is always the self-check: its query needs no mode.
        Mode::SelfCheck => format!("{app_url}{WIDGET_FOLDER}"),
        Mode::Workspace | Mode::View => app_url.to_string(),
    };
    if !query.is_empty() {
        src.push('?');
        src.push_str(&query);
    }
    if config.mode == Mode::View {
        src.push('#');
        src.push_str(snippet_link(model_link)?);
    }
    Ok(src)
}

fn snippet_link(model_link: Option<&str>) -> Result<&str, SnippetError> {
    let link = model_link
        .filter(|l| !l.is_empty())
        .ok_or(SnippetError::NoLink)?;
    let chars = link.chars().count();
    if chars > MAX_SNIPPET_LINK_CHARS {
        return Err(SnippetError::LinkTooLong { chars });
    }
    Ok(link)
}

/// The recommended embed: `embed.js` with the options as `data-` attributes (it creates a
/// self-sizing iframe that reports to the host page and fills in the host's origin itself).
/// `app_url` is the app's address, ending in `/`; see [`embed_src`] for `model_link`.
pub fn script_snippet(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let mut attrs = vec![format!("src=\"{}embed.js\"", attr_escape(app_url))];
    let mut data = |name: &str, value: &str| {
        attrs.push(format!("data-{name}=\"{}\"", attr_escape(value)));
    };
    data("mode", config.mode.key());
    if let Some(lang) = config.lang {
        data("lang", lang.code());
    }
    let texts = [
        ("accent", &config.accent),
        ("title", &config.title),
        ("cta", &config.cta_text),
        ("cta-url", &config.cta_url),
    ];
    for (name, value) in texts {
        if let Some(v) = value {
            data(name, v);
        }
    }
    if config.compact {
        data("compact", "1");
    }
    if config.share_free_text {
        data("free-text", "1");
    }
    if config.cta_with_result {
        data("cta-result", "1");
    }
    if config.mode == Mode::View {
        data("link", snippet_link(model_link)?);
    }
    Ok(format!("<script async {}></script>", attrs.join(" ")))
}

/// The plain iframe for hosts that allow no scripts: fixed height, no events.
pub fn iframe_snippet(
    app_url: &str,
    config: &EmbedConfig,
    model_link: Option<&str>,
) -> Result<String, SnippetError> {
    let src = embed_src(app_url, config, model_link)?;
    Ok(format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" style=\"border:0\"></iframe>",
        attr_escape(&src),
        attr_escape(config.title.as_deref().unwrap_or("Kontaktpunkt"))
    ))
}
