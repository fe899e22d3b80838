use kontaktpunkt_core::domain::model::Experience;
use kontaktpunkt_core::Lang;
use yew::prelude::*;

use crate::format::signed;

#[derive(Properties, PartialEq)]
pub struct RatingInputProps {
    /// Unique radio group name, e.g. `ist-12`.
    pub name: AttrValue,
    /// What is rated ("Ist", "Importance"); the group's accessible name.
    pub legend: AttrValue,
    /// The values to offer and their words, e.g. −2..+2 with the scale's words.
    pub options: Vec<(i8, &'static str)>,
    pub value: Option<i8>,
    pub on_change: Callback<i8>,
    /// Show signed numbers (ratings) rather than plain ones (importance).
    #[prop_or_default]
    pub signed: bool,
}

/// A row of radio buttons: Tab enters the group, arrow keys change the value at once.
#[component]
pub fn RatingInput(props: &RatingInputProps) -> Html {
    let word = props
        .options
        .iter()
        .find(|(v, _)| Some(*v) == props.value)
        .map_or("–", |(_, w)| *w);
    html! {
        <fieldset class="rating-input">
            <legend>{ &props.legend }</legend>
            <div class="rating-options">
                for (value, text) in props.options.iter().copied() {
                    <label class="rating-option" title={text}>
                        <input
                            type="radio"
                            name={props.name.clone()}
                            value={value.to_string()}
                            checked={props.value == Some(value)}
                            aria-label={format!("{} {}", if props.signed { signed(value) } else { value.to_string() }, text)}
                            onchange={props.on_change.reform(move |_| value)}
                        />
                        <span aria-hidden="true">{ if props.signed { signed(value) } else { value.to_string() } }</span>
                    </label>
                }
            </div>
            <span class="rating-word" aria-hidden="true">{ word }</span>
        </fieldset>
    }
}

/// The experience scale as radio options, with the words in `lang`.
pub fn scale_options(lang: Lang) -> Vec<(i8, &'static str)> {
    let texts = lang.texts();
    Experience::ALL
        .iter()
        .map(|e| (e.value(), texts.experience(*e)))
        .collect()
}
