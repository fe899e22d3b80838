//! A text field bound to a value of the model that applies on change (Enter or leaving the
//! field). Until then it keeps what is typed: a re-render meanwhile (autosave, a change in
//! another field) must not put the model's old value back into a field being typed in.

use yew::prelude::*;

use crate::components::event_value;

#[derive(Properties, PartialEq)]
pub struct DraftInputProps {
    pub id: AttrValue,
    /// The value as the model has it.
    pub value: AttrValue,
    /// Called with the field's text when it changes.
    pub on_commit: Callback<String>,
    /// `text`, `number` (whole numbers from 0) or `date`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// A `<textarea>` of this many rows instead of an `<input>`.
    #[prop_or_default]
    pub rows: Option<u32>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
    #[prop_or_default]
    pub input_ref: NodeRef,
}

#[component]
pub fn DraftInput(props: &DraftInputProps) -> Html {
    let draft = use_state(|| None::<String>);
    let value = draft
        .as_ref()
        .map_or_else(|| props.value.to_string(), Clone::clone);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| draft.set(Some(event_value(&e))))
    };
    let onchange = {
        let (draft, commit) = (draft.clone(), props.on_commit.clone());
        Callback::from(move |e: Event| {
            commit.emit(event_value(&e));
            draft.set(None);
        })
    };
    if let Some(rows) = props.rows {
        return html! {
            <textarea id={props.id.clone()} ref={props.input_ref.clone()} rows={rows.to_string()} {value}
                placeholder={props.placeholder.clone()} {oninput} {onchange} />
        };
    }
    let number = props.kind == "number";
    html! {
        <input id={props.id.clone()} ref={props.input_ref.clone()} type={props.kind.clone()} {value}
            min={number.then_some("0")} step={number.then_some("1")} required={props.required}
            placeholder={props.placeholder.clone()} {oninput} {onchange} />
    }
}
