//! The keyboard help (`?`): the workshop's shortcuts in a modal dialog.

use kontaktpunkt_core::text::keyboard::keyboard_texts;
use kontaktpunkt_core::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyboardHelpProps {
    pub lang: Lang,
    pub open: bool,
    pub on_close: Callback<()>,
}

/// A native modal `<dialog>`: it keeps the focus inside, Escape closes it, and the focus
/// returns to where it was.
#[component]
pub fn KeyboardHelp(props: &KeyboardHelpProps) -> Html {
    let t = keyboard_texts(props.lang);
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |open| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
        });
    }
    let on_close = props.on_close.reform(|_: Event| ());
    let close = props.on_close.reform(|_: MouseEvent| ());
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    let on_backdrop = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
                .is_some();
            if on_dialog {
                on_close.emit(());
            }
        })
    };
    html! {
        <dialog ref={dialog} class="keyboard-help" aria-labelledby="keyboard-help-title"
            onclose={on_close} onclick={on_backdrop}>
            <h2 id="keyboard-help-title">{ t.title }</h2>
            <table>
                <thead><tr><th scope="col">{ t.key_column }</th><th scope="col">{ t.action_column }</th></tr></thead>
                <tbody>
                    for (keys, what) in t.shortcuts() {
                        <tr><td><kbd>{ keys }</kbd></td><td>{ what }</td></tr>
                    }
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="button-primary" onclick={close}>{ t.close }</button>
            </div>
        </dialog>
    }
}
