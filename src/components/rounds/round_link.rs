use yew::prelude::*;

use crate::browser;
use crate::components::share::link_actions::LinkActions;
use crate::components::share::qr_code::QrCodeSvg;
use kontaktpunkt_core::text::Texts;

/// The round link for raters (`link`, the fragment `kr1.…`, of round `number`): it opens the
/// rater's page (`rate/`) beside the app; copy, share sheet and QR code.
pub fn round_link(texts: &Texts, link: &str, number: usize) -> Html {
    let url = AttrValue::from(format!("{}rate/#{link}", browser::app_url()));
    let title = format!("{} {number}", texts.rounds.round);
    html! {
        <section aria-labelledby="round-link-title">
            <h2 id="round-link-title">{ texts.rounds.link_title }</h2>
            <p>{ texts.rounds.link_help }</p>
            <div class="field field-wide">
                <label for="round-link">{ format!("{title} ({})", texts.share.characters(url.len())) }</label>
                <textarea id="round-link" readonly=true rows="3" value={url.clone()} />
            </div>
            <LinkActions link={url.clone()} {title} />
            <details>
                <summary>{ texts.rounds.qr }</summary>
                <QrCodeSvg text={url} label={texts.rounds.qr} too_long={texts.share.qr_too_long} />
            </details>
        </section>
    }
}
