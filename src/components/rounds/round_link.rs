use kontaktpunkt_core::text::rounds_view::texts as rounds_texts;
use yew::prelude::*;

use crate::browser;
use crate::components::share::link_actions::LinkActions;
use crate::components::share::qr_code::QrCodeSvg;
use kontaktpunkt_core::text::Texts;

/// The round link for raters (`link`, the fragment `kr1.…`, of round `number`): it opens the
/// rater's page (`rate/`) beside the app; copy, share sheet and QR code.
pub fn round_link(texts: &Texts, link: &str, number: usize) -> Html {
    let t = rounds_texts(texts.lang());
    let url = AttrValue::from(format!("{}rate/#{link}", browser::app_url()));
    let title = format!("{} {number}", t.round);
    html! {
        <section aria-labelledby="round-link-title">
            <h2 id="round-link-title">{ t.link_title }</h2>
            <p>{ t.link_help }</p>
            <div class="field field-wide">
                <label for="round-link">{ format!("{title} ({})", texts.share.characters(url.len())) }</label>
                <textarea id="round-link" readonly=true rows="3" value={url.clone()} />
            </div>
            <LinkActions link={url.clone()} {title} lang={texts.lang()} />
            <details>
                <summary>{ t.qr }</summary>
                <QrCodeSvg text={url} label={t.qr} too_long={texts.share.qr_too_long} />
            </details>
        </section>
    }
}
