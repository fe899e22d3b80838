//! The self-check widget: its own small app (`src/bin/widget.rs`, built from `widget/index.html`
//! into `dist/widget/`) holding the self-check, its result, the radar and the messages to the
//! host page, and nothing of the workshop. It reaches no store: its one state is the check's
//! own reducer. The main app forwards embeds of the old kind (`?mode=selfcheck`) here.

use std::rc::Rc;

use kontaktpunkt_core::selfcheck::advice::{advice_file_name, Advice};
use kontaktpunkt_core::selfcheck::embed::EmbedConfig;
use kontaktpunkt_core::selfcheck::{texts, SelfCheckError};
use yew::prelude::*;

use crate::browser;
use crate::components::selfcheck::selfcheck_result::AdviceState;
use crate::components::selfcheck::selfcheck_view::SelfCheckView;
use crate::embed;
use crate::hooks::other_tabs::use_deleted_elsewhere;
use crate::hooks::widget_messages::use_widget_messages;

/// Mounts the widget on the page's body, then fetches the recommendations: only the result
/// shows them, so they are not part of the first load (about 2 KB gzip). The first question
/// is on screen before they can arrive; they reach the widget as new props.
pub fn start() {
    let mut app = yew::Renderer::<Widget>::with_props(WidgetProps {
        advice: AdviceState::Waiting,
    })
    .render();
    // A one-language build (the widget's) names its own language whatever is asked.
    let lang = browser::initial_lang().built();
    browser::fetch_text(advice_file_name(lang), move |text| {
        let advice = match text.map(|t| Advice::parse(&t)) {
            Some(Ok(advice)) => AdviceState::Ready(Rc::new(advice)),
            Some(Err(e)) => AdviceState::Failed(e),
            None => AdviceState::Failed(SelfCheckError::AdviceUnavailable),
        };
        app.update(WidgetProps { advice });
    });
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    advice: AdviceState,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    // Opened without a query (a direct visit), it is a self-check with no host to tell. The
    // accent colour and the compact layout are the page's boot script's (static/widget-boot.js),
    // set before the first paint by the same rules.
    let config = use_memo((), |_| {
        Rc::new(embed::config_from_location().unwrap_or_default())
    });
    let config: Rc<EmbedConfig> = (*config).clone();
    // A one-language build speaks its own language whatever is asked: the boot script has
    // chosen this build by the same query and browser settings.
    let lang = config.lang.unwrap_or_else(browser::initial_lang).built();
    use_effect_with(lang, |lang| browser::set_html_lang(*lang));
    {
        let title = config.title.clone();
        use_effect_with(lang, move |lang| {
            browser::set_document_title(title.as_deref().unwrap_or(texts(*lang).title));
        });
    }
    use_widget_messages(Some(config.clone()));
    use_deleted_elsewhere();
    html! {
        <main id="main" class="main widget" tabindex="-1" aria-labelledby="selfcheck-title">
            <SelfCheckView {lang} advice={props.advice.clone()} embed={Some(config)} />
        </main>
    }
}
