use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct LinkActionsProps {
    pub link: AttrValue,
    /// The share sheet's title.
    pub title: AttrValue,
    /// A prop, not the store: the rating round view (its own wasm) has no app store.
    pub lang: Lang,
}

/// Copy a link, or hand it to the system share sheet, with the copy's outcome beside.
#[component]
pub fn LinkActions(props: &LinkActionsProps) -> Html {
    let texts = props.lang.texts();
    let status = use_state(|| None::<bool>);
    let copy = {
        let (link, status) = (props.link.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            browser::copy_to_clipboard(&link, move |ok| status.set(Some(ok)));
        })
    };
    let system_share = {
        let (link, title) = (props.link.clone(), props.title.clone());
        Callback::from(move |_: MouseEvent| browser::share(&title, &link))
    };
    html! {
        <div class="actions actions-left">
            <button type="button" class="button-primary" onclick={copy}>{ texts.share.copy_link }</button>
            if browser::can_share() {
                <button type="button" class="button-quiet" onclick={system_share}>{ texts.share.share_system }</button>
            }
            <span role="status" class="copy-status">{
                match *status { Some(true) => texts.share.copied, Some(false) => texts.share.copy_failed, None => "" }
            }</span>
        </div>
    }
}
