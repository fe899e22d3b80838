//! The contact fields of the self-check's result page (the host's `contact` option): the
//! prospect may leave name, company and e-mail, with consent. Sending posts `completed` again,
//! with them; the call to action carries them from then on.

use kontaktpunkt_core::selfcheck::embed::{Contact, ContactError, MAX_CONTACT_CHARS};
use kontaktpunkt_core::selfcheck::texts;
use kontaktpunkt_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContactFormProps {
    pub lang: Lang,
    /// The host's consent sentence; `None`: the self-check's own.
    pub consent: Option<AttrValue>,
    pub sent: bool,
    pub on_send: Callback<Contact>,
}

#[component]
pub fn ContactForm(props: &ContactFormProps) -> Html {
    let t = texts(props.lang);
    let problem = use_state(|| None::<ContactError>);
    let (name, company, email, consent) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let submit = {
        let (name, company, email, consent) = (
            name.clone(),
            company.clone(),
            email.clone(),
            consent.clone(),
        );
        let (problem, on_send) = (problem.clone(), props.on_send.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = |r: &NodeRef| r.cast::<HtmlInputElement>();
            let value = |r: &NodeRef| input(r).map(|i| i.value()).unwrap_or_default();
            let agreed = input(&consent).is_some_and(|c| c.checked());
            match Contact::checked(&value(&name), &value(&company), &value(&email), agreed) {
                Ok(contact) => {
                    problem.set(None);
                    on_send.emit(contact);
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    let field = |id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 auto: &'static str,
                 node: &NodeRef| {
        html! {
            <div class="contact-field">
                <label for={id}>{ label }</label>
                <input {id} type={kind} autocomplete={auto} maxlength={MAX_CONTACT_CHARS.to_string()} ref={node.clone()} />
            </div>
        }
    };
    html! {
        <form class="contact-form no-print" aria-labelledby="sc-contact" onsubmit={submit} novalidate=true>
            <h3 id="sc-contact">{ t.contact_title }</h3>
            <p class="chart-help">{ t.contact_help }</p>
            { field("sc-name", t.contact_name, "text", "name", &name) }
            { field("sc-company", t.contact_company, "text", "organization", &company) }
            { field("sc-email", t.contact_email, "email", "email", &email) }
            <label class="contact-consent">
                <input type="checkbox" ref={consent} />
                { props.consent.clone().unwrap_or_else(|| t.consent_default.into()) }
            </label>
            <button type="submit" class="button-quiet">{ t.contact_send }</button>
            if let Some(e) = *problem {
                <p class="selfcheck-problem" role="alert">{ t.contact_error(e) }</p>
            }
            <p role="status">{ if props.sent { t.contact_sent } else { "" } }</p>
        </form>
    }
}
