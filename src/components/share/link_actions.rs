use yew::prelude::*;

use crate::browser;
use crate::components::share::qr_code::QrCodeSvg;
use crate::store::use_store;

#[derive(Properties, PartialEq)]
pub struct LinkActionsProps {
    /// The text area's id.
    pub id: AttrValue,
    pub label: AttrValue,
    pub link: AttrValue,
    /// The title the system share sheet gets.
    pub title: AttrValue,
}

/// A link to hand on: the link itself, copy, the system share sheet and its QR code.
#[component]
pub fn LinkActions(props: &LinkActionsProps) -> Html {
    let texts = use_store().lang.texts();
    let status = use_state(|| None::<bool>);
    let link = props.link.clone();
    let copy = {
        let (link, status) = (link.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            browser::copy_to_clipboard(&link, move |ok| status.set(Some(ok)));
        })
    };
    let system_share = {
        let (link, title) = (link.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| browser::share(&title, &link))
    };
    html! {
        <>
            <div class="field field-wide">
                <label for={props.id.clone()}>{ props.label.clone() }{ format!(" ({})", texts.share.characters(link.len())) }</label>
                <textarea id={props.id.clone()} readonly=true rows="3" value={link.clone()} />
            </div>
            <div class="actions actions-left">
                <button type="button" class="button-primary" onclick={copy}>{ texts.share.copy_link }</button>
                if browser::can_share() {
                    <button type="button" class="button-quiet" onclick={system_share}>{ texts.share.share_system }</button>
                }
                <span role="status" class="copy-status">{
                    match *status { Some(true) => texts.share.copied, Some(false) => texts.share.copy_failed, None => "" }
                }</span>
            </div>
            <h2>{ texts.share.qr_title }</h2>
            <QrCodeSvg text={link} label={texts.share.qr_title} too_long={texts.share.qr_too_long} />
        </>
    }
}
