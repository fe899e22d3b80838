//! The word lists: the names of the model's enums and the words of its scales, German and
//! English side by side. The lists are private; each accessor takes the value it names and
//! is an exhaustive `match`, so a new variant (or a new language in [`Texts::pick`]) does not
//! compile until every word is there.

use crate::domain::kpis::FunnelStage;
use crate::domain::model::{
    Channel, Contact, CycleStep, Decision, Effort, Experience, FactorKind, Flag, Importance,
    LoyaltySegment, MeasureStatus, Scenario,
};
use crate::figures::analysis::Quadrant;
use crate::locale::Lang;

use super::Texts;

/// One word in every language: (German, English).
type Word = (&'static str, &'static str);

fn pick_in(lang: Lang, (de, en): Word) -> &'static str {
    match lang.built() {
        Lang::De => de,
        Lang::En => en,
    }
}

/// The word of a rating on the experience scale, without the rest of the catalogue (the
/// rater's page carries only its own texts).
pub fn experience_word(lang: Lang, e: Experience) -> &'static str {
    pick_in(
        lang,
        match e.value() {
            -2 => ("stark enttäuschend", "strongly disappointing"),
            -1 => ("enttäuschend", "disappointing"),
            0 => ("okay", "okay"),
            1 => ("positiv", "positive"),
            _ => ("begeisternd", "delightful"),
        },
    )
}

/// The word of an importance on the 1 ..= 5 scale, without the rest of the catalogue.
pub fn importance_word(lang: Lang, i: Importance) -> &'static str {
    pick_in(
        lang,
        match i.value() {
            1 => ("sehr gering", "very low"),
            2 => ("gering", "low"),
            3 => ("mittel", "medium"),
            4 => ("hoch", "high"),
            _ => ("sehr hoch", "very high"),
        },
    )
}

impl Texts {
    /// The word of this language out of a side-by-side pair.
    fn pick(&self, word: Word) -> &'static str {
        pick_in(self.lang, word)
    }

    /// The word of a rating on the experience scale.
    pub fn experience(&self, e: Experience) -> &'static str {
        experience_word(self.lang, e)
    }

    /// The word of an importance on the 1 ..= 5 scale.
    pub fn importance_word(&self, i: Importance) -> &'static str {
        importance_word(self.lang, i)
    }

    /// The word of an effort on the 1 ..= 5 scale.
    pub fn effort_word(&self, e: Effort) -> &'static str {
        self.pick(match e.value() {
            1 => ("sehr gering", "trivial"),
            2 => ("gering", "small"),
            3 => ("mittel", "medium"),
            4 => ("hoch", "large"),
            _ => ("sehr hoch", "very large"),
        })
    }

    pub fn contact(&self, c: Contact) -> &'static str {
        self.pick(match c {
            Contact::Direct => ("unmittelbar", "direct"),
            Contact::Indirect => ("mittelbar", "indirect"),
        })
    }

    pub fn channel(&self, c: Channel) -> &'static str {
        self.pick(match c {
            Channel::Online => ("online", "online"),
            Channel::Offline => ("offline", "offline"),
            Channel::Both => ("beides", "both"),
        })
    }

    pub fn decision(&self, d: Decision) -> &'static str {
        self.pick(match d {
            Decision::Keep => ("beibehalten", "keep"),
            Decision::Optimise => ("optimieren", "optimise"),
            Decision::New => ("neu", "new"),
            Decision::Retire => ("abschaffen", "retire"),
        })
    }

    pub fn factor(&self, f: FactorKind) -> &'static str {
        self.pick(match f {
            FactorKind::Disappointment => ("Enttäuschungsfaktoren", "Disappointment factors"),
            FactorKind::Okay => ("Okay-Faktoren", "Okay factors"),
            FactorKind::Delight => ("Begeisterungsfaktoren", "Delight factors"),
        })
    }

    pub fn flag(&self, f: Flag) -> &'static str {
        self.pick(match f {
            Flag::Entry => ("Einstiegspunkt", "Entry point"),
            Flag::Exit => ("Ausstiegspunkt", "Exit point"),
            Flag::MomentOfTruth => ("Moment der Wahrheit", "Moment of truth"),
        })
    }

    pub fn quadrant(&self, q: Quadrant) -> &'static str {
        self.pick(match q {
            Quadrant::FixFirst => ("Zuerst verbessern", "Fix first"),
            Quadrant::KeepItUp => ("Weiter so", "Keep it up"),
            Quadrant::LowPriority => ("Geringe Priorität", "Low priority"),
            Quadrant::PossibleOverkill => ("Möglicher Overkill", "Possible overkill"),
        })
    }

    /// The name of a step of the eight-step cycle.
    pub fn cycle_step(&self, step: CycleStep) -> &'static str {
        self.pick(match step.value() {
            1 => (
                "Ist-Analyse der Kontaktpunkte",
                "Analyse the touchpoints as they are (Ist)",
            ),
            2 => (
                "Aus Kundensicht dokumentieren",
                "Document them from the customer's view",
            ),
            3 => (
                "Soll-Erlebnisse festlegen",
                "Define the target experiences (Soll)",
            ),
            4 => (
                "Prozesse und Verhaltensweisen definieren",
                "Define processes and behaviours",
            ),
            5 => ("Maßnahmen planen", "Plan measures"),
            6 => ("Umsetzen", "Implement"),
            7 => ("Überprüfen und bewerten", "Review and evaluate"),
            _ => ("Kontinuierlich verbessern", "Improve continuously"),
        })
    }

    pub fn measure_status(&self, s: MeasureStatus) -> &'static str {
        self.pick(match s {
            MeasureStatus::Idea => ("Idee", "Idea"),
            MeasureStatus::Planned => ("Geplant", "Planned"),
            MeasureStatus::InProgress => ("In Arbeit", "In progress"),
            MeasureStatus::Done => ("Erledigt", "Done"),
            MeasureStatus::Dropped => ("Verworfen", "Dropped"),
        })
    }

    pub fn scenario(&self, s: Scenario) -> &'static str {
        self.pick(match s {
            Scenario::Best => ("Best Case", "Best case"),
            Scenario::Realistic => ("Realistisch", "Realistic"),
            Scenario::Worst => ("Worst Case", "Worst case"),
        })
    }

    pub fn funnel_stage(&self, s: FunnelStage) -> &'static str {
        self.pick(match s {
            FunnelStage::Awareness => ("Bekanntheit", "Awareness"),
            FunnelStage::Consideration => ("Erwägung", "Consideration"),
            FunnelStage::Purchase => ("Kauf", "Purchase"),
            FunnelStage::Loyalty => ("Loyalität", "Loyalty"),
            FunnelStage::Referral => ("Empfehlung", "Referral"),
        })
    }

    pub fn loyalty_segment(&self, s: LoyaltySegment) -> &'static str {
        self.pick(match s {
            LoyaltySegment::Saboteurs => ("Saboteure", "Saboteurs"),
            LoyaltySegment::Disloyal => ("Illoyale", "Disloyal"),
            LoyaltySegment::Lost => ("Verlorene", "Lost"),
            LoyaltySegment::ConditionallyLoyal => ("Bedingt Loyale", "Conditionally loyal"),
            LoyaltySegment::FullyLoyal => ("Voll Loyale", "Fully loyal"),
            LoyaltySegment::Fans => ("Fans", "Fans"),
        })
    }
}
