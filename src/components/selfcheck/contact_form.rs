//! The contact fields of the self-check's result page (the host's `contact` option): the
//! prospect may leave name, company and e-mail, with consent. Sending posts `completed` again,
//! with them; the call to action carries them from then on. Plain markup read on submit (no
//! component state per field): the widget's first load has a byte budget.

use kontaktpunkt_core::selfcheck::embed::{Contact, ContactError};
use kontaktpunkt_core::selfcheck::SelfCheckTexts;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The fields' ids: name, company, e-mail, then the consent box.
const FIELDS: [&str; 4] = ["sc-name", "sc-company", "sc-email", "sc-consent"];

fn field(id: &str) -> Option<HtmlInputElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The details as typed, checked.
fn read() -> Result<Contact, ContactError> {
    let value = |i: usize| field(FIELDS[i]).map(|f| f.value()).unwrap_or_default();
    let agreed = field(FIELDS[3]).is_some_and(|f| f.checked());
    Contact::checked(&value(0), &value(1), &value(2), agreed)
}

/// The form; `problem` is why the last try was refused, `sent` whether details went out.
pub fn contact_form(
    t: &SelfCheckTexts,
    consent: Option<&str>,
    problem: &UseStateHandle<Option<ContactError>>,
    sent: bool,
    on_send: &Callback<Contact>,
) -> Html {
    let submit = {
        let (problem, on_send) = (problem.clone(), on_send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let checked = read();
            problem.set(checked.as_ref().err().copied());
            if let Ok(contact) = checked {
                on_send.emit(contact);
            }
        })
    };
    let labels = [t.contact_name, t.contact_company, t.contact_email];
    let kinds = [
        ("text", "name"),
        ("text", "organization"),
        ("email", "email"),
    ];
    html! {
        <form class="contact-form no-print" aria-labelledby="sc-contact" onsubmit={submit} novalidate=true>
            <h3 id="sc-contact">{ t.contact_title }</h3>
            <p class="chart-help">{ t.contact_help }</p>
            for ((id, label), (kind, auto)) in FIELDS.iter().zip(labels).zip(kinds) {
                <label class="contact-field">{ label }<input id={*id} type={kind} autocomplete={auto} maxlength="100" /></label>
            }
            <label class="contact-consent"><input id={FIELDS[3]} type="checkbox" />{ consent.unwrap_or(t.consent_default).to_string() }</label>
            <button type="submit" class="button-quiet">{ t.contact_send }</button>
            if let Some(e) = **problem {
                <p class="selfcheck-problem" role="alert">{ t.contact_error(e) }</p>
            }
            <p role="status">{ if sent { t.contact_sent } else { "" } }</p>
        </form>
    }
}
