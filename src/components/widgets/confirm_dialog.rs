//! The question before something that cannot be taken back by undo alone (deleting, replacing):
//! one inline dialog with a danger button and a way back, the same in every view.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub question: AttrValue,
    /// The danger button's text ("Delete", "Yes, replace").
    pub confirm: AttrValue,
    /// The way back's text ("Cancel").
    pub cancel: AttrValue,
    pub on_confirm: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
    /// The dialog's accessible name when it is not the question (a short title).
    #[prop_or_default]
    pub name: Option<AttrValue>,
    /// A long question goes on a line of its own above the buttons; a short one beside them.
    #[prop_or_default]
    pub question_above: bool,
}

#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let name = props.name.clone().unwrap_or_else(|| props.question.clone());
    html! {
        <div class="confirm" role="alertdialog" aria-label={name}>
            if props.question_above {
                <p>{ props.question.clone() }</p>
            } else {
                <span>{ props.question.clone() }</span>
            }
            <button type="button" class="button-primary button-danger" onclick={props.on_confirm.clone()}>{ props.confirm.clone() }</button>
            <button type="button" class="button-quiet" onclick={props.on_cancel.clone()}>{ props.cancel.clone() }</button>
        </div>
    }
}
