use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::store::{use_store, Msg};

/// The app bar: product name and language switch.
#[component]
pub fn Header() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let on_lang = {
        let store = store.clone();
        Callback::from(move |lang: Lang| store.dispatch(Msg::SetLang(lang)))
    };
    html! {
        <header class="app-header">
            <a class="skip-link" href="#main">{ texts.touchpoints }</a>
            <div class="brand">
                <span class="brand-name">{ texts.app_title }</span>
                <span class="brand-tagline">{ texts.tagline }</span>
            </div>
            <div class="lang-switch" role="group" aria-label={texts.language}>
                for lang in Lang::ALL {
                    <button
                        type="button"
                        class="lang-button"
                        lang={lang.code()}
                        aria-pressed={(lang == store.lang).to_string()}
                        onclick={on_lang.reform(move |_| lang)}
                    >
                        { lang.texts().lang_name }
                    </button>
                }
            </div>
        </header>
    }
}
