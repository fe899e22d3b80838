use kontaktpunkt_core::selfcheck::embed::{
    iframe_snippet, parse_accent, parse_cta_url, parse_origin, script_snippet, EmbedConfig, Mode,
    SnippetError,
};
use kontaktpunkt_core::text::embed::EmbedTexts;
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;
use crate::components::{event_checked, event_value};
use crate::store::use_store;

#[derive(Properties, PartialEq)]
pub struct EmbedGeneratorProps {
    /// The current model's share-link fragment (without `#`) for the read-only view; `None`
    /// when there is nothing to show.
    pub model_link: Option<AttrValue>,
}

/// Pick the widget's options, copy the code for a consultancy's website.
#[component]
pub fn EmbedGenerator(props: &EmbedGeneratorProps) -> Html {
    let store = use_store();
    let t = store.lang.texts().embed;
    let config = use_state(EmbedConfig::default);
    let app_url = browser::app_url();
    let link = props.model_link.as_deref();
    let script = script_snippet(&app_url, &config, link);
    let iframe = iframe_snippet(&app_url, &config, link);
    // Each field edits a copy of the config; invalid values are simply not taken over.
    let set = |f: fn(&mut EmbedConfig, String)| {
        let config = config.clone();
        Callback::from(move |e: Event| {
            let mut next = (*config).clone();
            f(&mut next, event_value(&e));
            config.set(next);
        })
    };
    let flag = |f: fn(&mut EmbedConfig, bool)| {
        let config = config.clone();
        Callback::from(move |e: Event| {
            let mut next = (*config).clone();
            f(&mut next, event_checked(&e));
            config.set(next);
        })
    };
    let modes = [Mode::SelfCheck, Mode::Workspace, Mode::View];
    html! {
        <section class="panel embed-generator" aria-labelledby="embed-title">
            <h2 id="embed-title">{ t.title }</h2>
            <p>{ t.intro }</p>
            <div class="field-row">
                <div class="field">
                    <label for="embed-mode">{ t.mode }</label>
                    <select id="embed-mode" onchange={set(|c, v| c.mode = Mode::from_value(&v).unwrap_or_default())}>
                        for mode in modes.iter() {
                            <option value={mode.key()} selected={config.mode == *mode}>{ t.mode_name(*mode) }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lang">{ t.language }</label>
                    <select id="embed-lang" onchange={set(|c, v| c.lang = kontaktpunkt_core::selfcheck::embed::parse_lang(&v))}>
                        <option value="" selected={config.lang.is_none()}>{ t.lang_auto }</option>
                        for lang in Lang::ALL {
                            <option value={lang.code()} selected={config.lang == Some(lang)}>{ lang.texts().shell.lang_name }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">{ t.accent }</label>
                    <input id="embed-accent" type="color" value={config.accent.clone().unwrap_or_else(|| "#1f5f8b".into())}
                        onchange={set(|c, v| c.accent = parse_accent(&v))} />
                </div>
                <div class="field">
                    <label for="embed-title-input">{ t.widget_title }</label>
                    <input id="embed-title-input" type="text" maxlength="80" value={config.title.clone().unwrap_or_default()}
                        onchange={set(|c, v| c.title = Some(v.trim().to_string()).filter(|v| !v.is_empty()))} />
                </div>
                <div class="field">
                    <label for="embed-cta">{ t.cta }</label>
                    <input id="embed-cta" type="text" maxlength="80" value={config.cta_text.clone().unwrap_or_default()}
                        onchange={set(|c, v| c.cta_text = Some(v.trim().to_string()).filter(|v| !v.is_empty()))} />
                </div>
                <div class="field">
                    <label for="embed-cta-url">{ t.cta_url }</label>
                    <input id="embed-cta-url" type="url" value={config.cta_url.clone().unwrap_or_default()}
                        onchange={set(|c, v| c.cta_url = parse_cta_url(&v))} />
                </div>
            </div>
            <div class="field">
                <label for="embed-origin">{ t.origin }</label>
                <input id="embed-origin" type="url" placeholder="https://" aria-describedby="embed-origin-help"
                    value={config.host_origin.clone().unwrap_or_default()}
                    onchange={set(|c, v| c.host_origin = parse_origin(v.trim().trim_end_matches('/')))} />
                <p id="embed-origin-help" class="field-help">{ t.origin_help }</p>
            </div>
            <label class="check"><input type="checkbox" checked={config.compact} onchange={flag(|c, v| c.compact = v)} />{ t.compact }</label>
            <label class="check"><input type="checkbox" checked={config.share_free_text} onchange={flag(|c, v| c.share_free_text = v)} />{ t.free_text }</label>
            <label class="check"><input type="checkbox" checked={config.cta_with_result} onchange={flag(|c, v| c.cta_with_result = v)} />{ t.cta_result }</label>
            { code_field("embed-script", t.script_code, script, t) }
            { code_field("embed-iframe", t.iframe_code, iframe, t) }
            <p class="chart-help">{ t.docs }</p>
        </section>
    }
}

/// One embed code to copy, or why there is none.
fn code_field(
    id: &'static str,
    label: &'static str,
    code: Result<String, SnippetError>,
    t: &EmbedTexts,
) -> Html {
    match code {
        Ok(code) => {
            let copy = {
                let code = code.clone();
                Callback::from(move |_: MouseEvent| browser::copy_to_clipboard(&code, |_| ()))
            };
            html! {
                <div class="field field-wide">
                    <label for={id}>{ label }</label>
                    <textarea {id} class="code" readonly=true rows="3" value={code} />
                    <button type="button" class="button-quiet" onclick={copy}>{ t.copy }</button>
                </div>
            }
        }
        Err(e) => html! {
            <div class="field field-wide">
                <p class="field-label">{ label }</p>
                <p class="notice" role="status">{ t.snippet_error(e) }</p>
            </div>
        },
    }
}
