//! The prospect's contact details, offered on the self-check's result page when the host
//! switches them on (`contact`): name, company, e-mail and the consent to be contacted. They
//! leave the widget only when the prospect sends them, consent ticked.

/// Longest name or company, in characters.
pub const MAX_CONTACT_CHARS: usize = 100;
/// Longest e-mail address, in characters (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest consent sentence a host may set, in characters.
pub const MAX_CONSENT_CHARS: usize = 300;

/// Checked contact details: trimmed, without control characters, the e-mail address of the
/// form `local@domain.tld`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub company: String,
    pub email: String,
}

/// Why the contact details were not sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactError {
    /// The consent box is not ticked.
    NoConsent,
    /// The e-mail address is missing or not of the form `name@domain.tld`.
    BadEmail,
    /// A name or company longer than [`MAX_CONTACT_CHARS`], or holding control characters.
    BadText,
}

impl Contact {
    /// The details as typed, checked; the e-mail address is required, name and company not.
    pub fn checked(
        name: &str,
        company: &str,
        email: &str,
        consent: bool,
    ) -> Result<Contact, ContactError> {
        if !consent {
            return Err(ContactError::NoConsent);
        }
        let text = |value: &str| {
            let value = value.trim();
            (value.chars().count() <= MAX_CONTACT_CHARS && !value.chars().any(char::is_control))
                .then(|| value.to_string())
                .ok_or(ContactError::BadText)
        };
        let email = email.trim();
        if !is_email(email) {
            return Err(ContactError::BadEmail);
        }
        Ok(Contact {
            name: text(name)?,
            company: text(company)?,
            email: email.to_string(),
        })
    }

    /// The given fields as (query key, value), in a fixed order, empty ones left out: what the
    /// call to action's link carries.
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        [
            ("name", self.name.as_str()),
            ("company", self.company.as_str()),
            ("email", self.email.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }
}

/// `local@domain.tld`: one `@`, something before it, a dot inside the part after it, no
/// spaces or control characters, at most [`MAX_EMAIL_CHARS`]. Deliberately loose: the
/// address is for a person to write to, not for a server to verify.
fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && !domain.contains('@')
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
        && !email.chars().any(|c| c == ' ' || c.is_control())
}
