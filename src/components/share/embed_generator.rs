use kontaktpunkt_core::selfcheck::embed::{
    embed_texts, iframe_snippet, parse_accent, parse_cta_url, script_snippet, EmbedConfig, Mode,
};
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;
use crate::components::{event_checked, event_value};
use crate::store::use_store;

/// Pick the widget's options, copy the code for a consultancy's website.
#[component]
pub fn EmbedGenerator() -> Html {
    let store = use_store();
    let t = embed_texts(store.lang);
    let config = use_state(EmbedConfig::default);
    let app_url = browser::base_url()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    let script = script_snippet(&app_url, &config);
    let iframe = iframe_snippet(&app_url, &config);
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
    let copy = |code: String| {
        Callback::from(move |_: MouseEvent| browser::copy_to_clipboard(&code, |_| ()))
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
                        for (i, mode) in modes.iter().enumerate() {
                            <option value={mode.key()} selected={config.mode == *mode}>{ t.modes[i] }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lang">{ t.lang }</label>
                    <select id="embed-lang" onchange={set(|c, v| c.lang = kontaktpunkt_core::selfcheck::embed::parse_lang(&v))}>
                        <option value="" selected={config.lang.is_none()}>{ t.lang_auto }</option>
                        for lang in Lang::ALL {
                            <option value={lang.code()} selected={config.lang == Some(lang)}>{ lang.texts().lang_name }</option>
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
            <label class="check"><input type="checkbox" checked={config.compact} onchange={flag(|c, v| c.compact = v)} />{ t.compact }</label>
            <label class="check"><input type="checkbox" checked={config.share_free_text} onchange={flag(|c, v| c.share_free_text = v)} />{ t.free_text }</label>
            <div class="field field-wide">
                <label for="embed-script">{ t.script_code }</label>
                <textarea id="embed-script" class="code" readonly=true rows="3" value={script.clone()} />
                <button type="button" class="button-quiet" onclick={copy(script)}>{ t.copy }</button>
            </div>
            <div class="field field-wide">
                <label for="embed-iframe">{ t.iframe_code }</label>
                <textarea id="embed-iframe" class="code" readonly=true rows="3" value={iframe.clone()} />
                <button type="button" class="button-quiet" onclick={copy(iframe)}>{ t.copy }</button>
            </div>
            <p class="chart-help">{ t.docs }</p>
        </section>
    }
}
