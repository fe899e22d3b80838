use kontaktpunkt_core::io::share;
use yew::prelude::*;

use crate::browser;
use crate::components::share::embed_generator::EmbedGenerator;
use crate::components::share::link_actions::LinkActions;
use crate::components::share::live_panel::LiveSection;
use crate::components::share::qr_code::QrCodeSvg;
use crate::store::{use_store, AppError};

/// The share link of the current model: copy, QR code, system share sheet; a live session.
#[component]
pub fn SharePanel() -> Html {
    let store = use_store();
    let texts = store.lang.texts();
    let model = store.model_ref();
    let fragment = use_memo(model.clone(), |m| share::encode_checked(m));
    let (link, model_link) = match &*fragment {
        Ok(f) => (
            // The app's own address, not the page's: the sender's view (`?view=share`) or
            // embed options are no part of what the receiver opens.
            format!("{}#{f}", browser::app_url()),
            (!model.touchpoints.is_empty()).then(|| AttrValue::from(f.clone())),
        ),
        Err(e) => {
            let text = AppError::Share(e.clone()).text(store.lang);
            return html! { <section class="share-panel"><h1>{ texts.share.share_title }</h1><p role="alert">{ text }</p></section> };
        }
    };
    html! {
        <section class="share-panel" aria-labelledby="share-title">
            <h1 id="share-title">{ texts.share.share_title }</h1>
            <p>{ texts.share.share_help }</p>
            if model.meta.logo.is_some() {
                <p class="chart-help" data-note="logo">{ texts.share.link_without_logo }</p>
            }
            <div class="field field-wide">
                <label for="share-link">{ texts.share.link_label }{ format!(" ({})", texts.share.characters(link.len())) }</label>
                <textarea id="share-link" readonly=true rows="3" value={link.clone()} />
            </div>
            <LinkActions link={link.clone()} title={model.meta.title.clone()} lang={store.lang} />
            <h2>{ texts.share.qr_title }</h2>
            <QrCodeSvg text={link} label={texts.share.qr_title} too_long={texts.share.qr_too_long} />
            <LiveSection />
            <EmbedGenerator model_link={model_link} />
        </section>
    }
}
