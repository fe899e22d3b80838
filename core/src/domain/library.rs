//! The starter library: typical touchpoints to pick from, because teams underestimate how many
//! they have. Each comes with its journey stage, contact and channel preset.

use crate::domain::action::NewTouchpoint;
use crate::domain::model::{Channel, Contact};
use crate::locale::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Business customers and consumers alike.
    Both,
    B2b,
    B2c,
}

pub struct StarterTouchpoint {
    pub de: &'static str,
    pub en: &'static str,
    /// Key of a default journey stage.
    pub stage: &'static str,
    pub contact: Contact,
    pub channel: Channel,
    pub audience: Audience,
}

impl StarterTouchpoint {
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.de, self.en)
    }

    /// The touchpoint to add; `stage` falls back to `fallback_stage` when the model no longer
    /// has the preset stage.
    pub fn to_new(&self, lang: Lang, stage_exists: bool, fallback_stage: &str) -> NewTouchpoint {
        NewTouchpoint {
            name: self.name(lang).to_string(),
            stage: if stage_exists {
                self.stage.to_string()
            } else {
                fallback_stage.to_string()
            },
            contact: self.contact,
            channel: self.channel,
        }
    }
}

const fn tp(
    de: &'static str,
    en: &'static str,
    stage: &'static str,
    contact: Contact,
    channel: Channel,
    audience: Audience,
) -> StarterTouchpoint {
    StarterTouchpoint {
        de: Lang::De.if_built(de),
        en: Lang::En.if_built(en),
        stage,
        contact,
        channel,
        audience,
    }
}

use Audience::{B2b, B2c, Both as ALL};
use Channel::{Both, Offline, Online};
use Contact::{Direct, Indirect};

// One entry per line: the table reads like the list it is.
#[rustfmt::skip]
pub static STARTER_LIBRARY: [StarterTouchpoint; 48] = [
    // Awareness
    tp("Online-Anzeige", "Online ad", "awareness", Direct, Online, ALL),
    tp("Printanzeige", "Print ad", "awareness", Direct, Offline, ALL),
    tp("Suchmaschinen-Ergebnis", "Search engine result", "awareness", Direct, Online, ALL),
    tp("Social-Media-Beitrag", "Social media post", "awareness", Indirect, Online, ALL),
    tp("Mundpropaganda", "Word of mouth", "awareness", Indirect, Offline, ALL),
    tp("Presseartikel", "Press article", "awareness", Indirect, Both, ALL),
    tp("Messestand", "Trade fair booth", "awareness", Direct, Offline, B2b),
    tp("Plakat / Außenwerbung", "Billboard / outdoor ad", "awareness", Direct, Offline, B2c),
    tp("Fahrzeugbeschriftung", "Company vehicle", "awareness", Direct, Offline, ALL),
    tp("Fachvortrag / Webinar", "Talk / webinar", "awareness", Direct, Both, B2b),
    // Information
    tp("Website", "Website", "information", Direct, Online, ALL),
    tp("Produktseite", "Product page", "information", Direct, Online, ALL),
    tp("Bewertungsportal", "Review portal", "information", Indirect, Online, ALL),
    tp("Testbericht", "Test report", "information", Indirect, Both, ALL),
    tp("Empfehlung von Bekannten", "Referral by friends", "information", Indirect, Offline, ALL),
    tp("Hotline / Telefon", "Hotline / phone", "information", Direct, Offline, ALL),
    tp("E-Mail-Anfrage", "E-mail enquiry", "information", Direct, Online, ALL),
    tp("Chat / Chatbot", "Chat / chatbot", "information", Direct, Online, ALL),
    tp("Broschüre / Katalog", "Brochure / catalogue", "information", Direct, Offline, ALL),
    tp("Vertriebsbesuch", "Sales visit", "information", Direct, Offline, B2b),
    tp("Angebot", "Quotation", "information", Direct, Both, B2b),
    tp("Ladengeschäft / Showroom", "Shop / showroom", "information", Direct, Offline, B2c),
    // Purchase
    tp("Onlineshop-Bestellung", "Online shop checkout", "purchase", Direct, Online, B2c),
    tp("Beratungsgespräch", "Consultation", "purchase", Direct, Offline, ALL),
    tp("Vertrag / AGB", "Contract / terms", "purchase", Direct, Both, ALL),
    tp("Bezahlung", "Payment", "purchase", Direct, Both, ALL),
    tp("Bestellbestätigung", "Order confirmation", "purchase", Direct, Online, ALL),
    tp("Kasse im Geschäft", "Till in the shop", "purchase", Direct, Offline, B2c),
    tp("Ausschreibung / Einkauf", "Tender / procurement", "purchase", Direct, Both, B2b),
    // Usage & service
    tp("Lieferung", "Delivery", "usage", Direct, Offline, ALL),
    tp("Auspacken", "Unpacking", "usage", Direct, Offline, ALL),
    tp("Montage / Installation", "Installation", "usage", Direct, Offline, ALL),
    tp("Bedienungsanleitung", "User manual", "usage", Direct, Both, ALL),
    tp("Onboarding / Schulung", "Onboarding / training", "usage", Direct, Both, B2b),
    tp("Rechnung", "Invoice", "usage", Direct, Both, ALL),
    tp("Mahnung", "Payment reminder", "usage", Direct, Both, ALL),
    tp("Kundenportal / App", "Customer portal / app", "usage", Direct, Online, ALL),
    tp("Service-Hotline", "Service hotline", "usage", Direct, Offline, ALL),
    tp("Reklamation / Beschwerde", "Complaint", "usage", Direct, Both, ALL),
    tp("Reparatur / Wartung", "Repair / maintenance", "usage", Direct, Offline, ALL),
    tp("Retoure", "Return", "usage", Direct, Both, B2c),
    // Loyalty & referral
    tp("Newsletter", "Newsletter", "loyalty", Direct, Online, ALL),
    tp("Kundenbefragung", "Customer survey", "loyalty", Direct, Both, ALL),
    tp("Treueprogramm", "Loyalty programme", "loyalty", Direct, Both, B2c),
    tp("Kundenveranstaltung", "Customer event", "loyalty", Direct, Offline, B2b),
    tp("Vertragsverlängerung", "Contract renewal", "loyalty", Direct, Both, B2b),
    tp("Online-Bewertung durch Kunden", "Customer's online review", "loyalty", Indirect, Online, ALL),
    tp("Weiterempfehlung", "Recommendation to others", "loyalty", Indirect, Both, ALL),
];
