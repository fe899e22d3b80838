//! The self-check for prospects: a guided wizard of two parts, and its result.
//!
//! 1. **Maturity**: one question per success factor of Customer Touchpoint Management
//!    ([`Factor`], after seed article 000), answered on a worded scale 0 ..= 4.
//! 2. **Quick touchpoint check**: pick up to [`MAX_QUICK_TOUCHPOINTS`] entries of the starter
//!    library ([`crate::domain::library::STARTER_LIBRARY`]) and rate importance, Ist and Soll.
//!
//! # The wizard
//! [`Step`] lists the steps in order, with their index (as stored in [`SelfCheck`]):
//!
//! | index | step | "next" is allowed when |
//! |---|---|---|
//! | 0 ..= 7 | [`Step::Question`] for each factor in [`Factor::ALL`] order | the question is answered |
//! | 8 | [`Step::PickTouchpoints`] | always (picking nothing is fine) |
//! | 9 | [`Step::RateTouchpoints`] | every picked touchpoint has Ist and Soll |
//! | 10 | [`Step::Result`] | never: it is the end |
//!
//! With nothing picked, "next" on the pick step goes straight to the result and "back" on the
//! result comes back to the pick step: the rating step is skipped.
//!
//! **Invariant**: the current step is never beyond [`SelfCheck::furthest_step`], the first
//! step whose "next" would be refused. Every action keeps it (un-rating a touchpoint while on
//! the result moves the wizard back to the rating step), and [`SelfCheck::restore`] repairs a
//! stored step that breaks it.
//!
//! # Persistence and sharing
//! `SelfCheck` is `serde`: the UI stores [`SelfCheck::to_json`] in `localStorage` and reads it
//! back with [`SelfCheck::restore`], which validates everything and never panics. Plain
//! `serde_json::from_str::<SelfCheck>` validates the same way (errors as text).
//! The result is shared with [`link::encode`] (fragment `#sc1.…`); [`SelfCheck::to_model`]
//! turns the touchpoint part into a workspace model for [`crate::io::share`].
//! [`embed`] reads the widget's configuration from its iframe's query string.
//!
//! # Texts
//! All words are in [`texts`]: `texts(lang)` gives a [`SelfCheckTexts`] whose `DE` and `EN`
//! instances must fill every field.

pub mod advice;
pub mod embed;
mod error;
pub mod link;
pub mod radar;
mod result;
mod texts;

use serde::{Deserialize, Serialize, Serializer};

use crate::domain::action::{Action, TouchpointEdit};
use crate::domain::library::{StarterTouchpoint, STARTER_LIBRARY};
use crate::domain::model::{Experience, Importance, Model};
use crate::locale::Lang;

pub use error::SelfCheckError;
pub use radar::{radar_axes, radar_points};
pub use result::{MaturityBand, RatedTouchpoint, Recommendation, SelfCheckResult, TOP_GAPS};
pub use texts::{texts, BandTexts, FactorTexts, SelfCheckTexts, DE, EN};

/// The highest answer level: the factor is fully in place.
pub const LEVEL_MAX: u8 = 4;
/// At most this many touchpoints in the quick check.
pub const MAX_QUICK_TOUCHPOINTS: usize = 12;
/// The importance a freshly picked touchpoint starts with (the middle of 1 ..= 5).
pub const DEFAULT_IMPORTANCE: u8 = 3;
/// The stored-state format this build writes (field `version`).
pub const STATE_VERSION: u32 = 1;
/// Longest stored state [`SelfCheck::restore`] looks at, in bytes.
pub const MAX_STATE_JSON: usize = 16 * 1024;
/// Number of steps before the result: the `total` of [`SelfCheck::progress`].
pub const WIZARD_STEPS: usize = 10;

/// The eight success factors of Customer Touchpoint Management (seed 000), in the article's
/// order. The serde form and [`Factor::key`] are stable snake_case keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// Klare Ziele definieren und verfolgen.
    Goals,
    /// Schubladendenken überwinden.
    Silos,
    /// Das große Ganze kennen: all touchpoints.
    Overview,
    /// Die Kundenreise erfassen und verstehen.
    Journey,
    /// Schlüsselpunkte identifizieren.
    KeyTouchpoints,
    /// Markenerlebnis über alle Touchpoints hinweg.
    Brand,
    /// Das Wow-Erlebnis.
    Wow,
    /// Regelmäßiges Tracken und Erfolge aufzeigen.
    Tracking,
}

impl Factor {
    pub const ALL: [Factor; 8] = [
        Factor::Goals,
        Factor::Silos,
        Factor::Overview,
        Factor::Journey,
        Factor::KeyTouchpoints,
        Factor::Brand,
        Factor::Wow,
        Factor::Tracking,
    ];

    /// Position in [`Factor::ALL`], 0 ..= 7; also the radar axis and the question step.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Option<Factor> {
        Factor::ALL.get(index).copied()
    }

    /// Stable key for links, messages and CSS: `goals`, `silos`, `overview`, `journey`,
    /// `key_touchpoints`, `brand`, `wow`, `tracking`.
    pub fn key(self) -> &'static str {
        match self {
            Factor::Goals => "goals",
            Factor::Silos => "silos",
            Factor::Overview => "overview",
            Factor::Journey => "journey",
            Factor::KeyTouchpoints => "key_touchpoints",
            Factor::Brand => "brand",
            Factor::Wow => "wow",
            Factor::Tracking => "tracking",
        }
    }

    pub fn from_key(key: &str) -> Option<Factor> {
        Factor::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn name(self, lang: Lang) -> &'static str {
        texts(lang).factor(self).name
    }

    /// One or two words for the radar's axis label.
    pub fn short_name(self, lang: Lang) -> &'static str {
        texts(lang).factor(self).short
    }

    /// One line: what the factor means.
    pub fn explanation(self, lang: Lang) -> &'static str {
        texts(lang).factor(self).explanation
    }

    pub fn question(self, lang: Lang) -> &'static str {
        texts(lang).factor(self).question
    }

    /// The five worded answers, level 0 ..= 4.
    pub fn levels(self, lang: Lang) -> &'static [&'static str; 5] {
        &texts(lang).factor(self).levels
    }

    /// The worded answer for `level`; `None` above [`LEVEL_MAX`].
    pub fn level_text(self, lang: Lang, level: u8) -> Option<&'static str> {
        self.levels(lang).get(usize::from(level)).copied()
    }

    /// The next concrete step at `level` 0 ..= 3; `None` at level 4 (nothing to do) and above.
    pub fn recommendation(self, lang: Lang, level: u8) -> Option<&'static str> {
        texts::recommendations(lang)[self.index()]
            .get(usize::from(level))
            .copied()
    }
}

/// One step of the wizard; see the module docs for the order and the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Question(Factor),
    PickTouchpoints,
    RateTouchpoints,
    Result,
}

impl Step {
    /// Number of steps, the result included.
    pub const COUNT: usize = 11;

    /// 0 ..= 10, as stored in [`SelfCheck`].
    pub fn index(self) -> usize {
        match self {
            Step::Question(f) => f.index(),
            Step::PickTouchpoints => 8,
            Step::RateTouchpoints => 9,
            Step::Result => 10,
        }
    }

    pub fn from_index(index: usize) -> Option<Step> {
        match index {
            0..=7 => Factor::from_index(index).map(Step::Question),
            8 => Some(Step::PickTouchpoints),
            9 => Some(Step::RateTouchpoints),
            10 => Some(Step::Result),
            _ => None,
        }
    }

    /// Every step in order.
    pub fn all() -> impl Iterator<Item = Step> {
        (0..Step::COUNT).filter_map(Step::from_index)
    }
}

/// One picked starter-library entry and its ratings. Read it through
/// [`SelfCheck::touchpoints`]; change it through [`SelfCheck::rate`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuickTouchpoint {
    /// Index into [`STARTER_LIBRARY`].
    pub library_index: usize,
    /// 1 ..= 5.
    pub importance: u8,
    /// Today's experience, -2 ..= +2; `None` until rated.
    pub ist: Option<i8>,
    /// Target experience, -2 ..= +2; `None` until rated.
    pub soll: Option<i8>,
}

impl QuickTouchpoint {
    /// The library entry; always `Some` for a touchpoint held by a [`SelfCheck`].
    pub fn starter(&self) -> Option<&'static StarterTouchpoint> {
        STARTER_LIBRARY.get(self.library_index)
    }

    /// The entry's name in `lang` (empty for an unknown index, which a `SelfCheck` never holds).
    pub fn name(&self, lang: Lang) -> &'static str {
        self.starter().map_or("", |s| s.name(lang))
    }

    /// Both Ist and Soll are set.
    pub fn is_rated(&self) -> bool {
        self.ist.is_some() && self.soll.is_some()
    }
}

/// One rating of a picked touchpoint, as the UI's controls give it (unchecked numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// 1 ..= 5.
    Importance(u8),
    /// -2 ..= +2, or `None` to clear.
    Ist(Option<i8>),
    /// -2 ..= +2, or `None` to clear.
    Soll(Option<i8>),
}

/// The whole state of one self-check: answers, picked touchpoints and the wizard's step.
///
/// Stored JSON (field order as written):
/// `{"version":1,"answers":[3,null,…8 entries],"touchpoints":[{"library_index":10,
/// "importance":4,"ist":-1,"soll":1}],"step":2}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "RawSelfCheck")]
pub struct SelfCheck {
    answers: [Option<u8>; 8],
    touchpoints: Vec<QuickTouchpoint>,
    step: usize,
}

impl SelfCheck {
    /// A fresh self-check on the first question.
    pub fn new() -> Self {
        Self::default()
    }

    // ----- reading -------------------------------------------------------------------------

    /// The answers in [`Factor::ALL`] order; `None` = not answered yet.
    pub fn answers(&self) -> &[Option<u8>; 8] {
        &self.answers
    }

    pub fn answer_of(&self, factor: Factor) -> Option<u8> {
        self.answers[factor.index()]
    }

    /// How many questions are answered, 0 ..= 8.
    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// The picked touchpoints, in the order they were picked.
    pub fn touchpoints(&self) -> &[QuickTouchpoint] {
        &self.touchpoints
    }

    pub fn touchpoint(&self, library_index: usize) -> Option<&QuickTouchpoint> {
        self.touchpoints
            .iter()
            .find(|t| t.library_index == library_index)
    }

    pub fn is_picked(&self, library_index: usize) -> bool {
        self.touchpoint(library_index).is_some()
    }

    /// The current step.
    pub fn step(&self) -> Step {
        Step::from_index(self.step).unwrap_or(Step::Result)
    }

    /// The current step's index, 0 ..= 10.
    pub fn step_index(&self) -> usize {
        self.step
    }

    /// `(done, total)` for the progress bar: `done` = steps before the current one (the
    /// current step's index, at most `total`), `total` = [`WIZARD_STEPS`] (8 questions, pick,
    /// rate). On the result it is `(10, 10)`; "Schritt n von 10" shows `done + 1` before it.
    pub fn progress(&self) -> (usize, usize) {
        (self.step.min(WIZARD_STEPS), WIZARD_STEPS)
    }

    /// Anything to resume: an answer, a pick, or a step past the first.
    pub fn is_started(&self) -> bool {
        self.answered() > 0 || !self.touchpoints.is_empty() || self.step > 0
    }

    /// Every question answered and every picked touchpoint rated: the result is reachable.
    pub fn is_complete(&self) -> bool {
        self.blocker().is_none()
    }

    /// What stops the wizard from reaching the result: the first unanswered question, else the
    /// first picked touchpoint without Ist or Soll. `None` when the result is reachable.
    pub fn blocker(&self) -> Option<SelfCheckError> {
        if let Some(f) = Factor::ALL
            .into_iter()
            .find(|f| self.answers[f.index()].is_none())
        {
            return Some(SelfCheckError::Unanswered(f));
        }
        self.touchpoints
            .iter()
            .find(|t| !t.is_rated())
            .map(|t| SelfCheckError::Unrated(t.library_index))
    }

    /// The furthest step the wizard may be on: the step of [`Self::blocker`], else the result.
    pub fn furthest_step(&self) -> Step {
        match self.blocker() {
            Some(SelfCheckError::Unanswered(f)) => Step::Question(f),
            Some(_) => Step::RateTouchpoints,
            None => Step::Result,
        }
    }

    // ----- answering -----------------------------------------------------------------------

    /// Answers the question of `factor` with `level` 0 ..= 4 (changing an earlier answer is
    /// fine). Does not move the wizard.
    pub fn answer(&mut self, factor: Factor, level: u8) -> Result<(), SelfCheckError> {
        if level > LEVEL_MAX {
            return Err(SelfCheckError::InvalidLevel(level.into()));
        }
        self.answers[factor.index()] = Some(level);
        Ok(())
    }

    /// Picks library entry `library_index`, or un-picks it when it is picked. Returns whether
    /// it is picked now. A 13th pick is refused with [`SelfCheckError::TooManyTouchpoints`]
    /// and changes nothing. A new pick starts at importance [`DEFAULT_IMPORTANCE`], unrated.
    pub fn toggle_touchpoint(&mut self, library_index: usize) -> Result<bool, SelfCheckError> {
        if let Some(pos) = self
            .touchpoints
            .iter()
            .position(|t| t.library_index == library_index)
        {
            self.touchpoints.remove(pos);
            self.clamp_step();
            return Ok(false);
        }
        if library_index >= STARTER_LIBRARY.len() {
            return Err(SelfCheckError::UnknownLibraryEntry(index_u64(
                library_index,
            )));
        }
        if self.touchpoints.len() >= MAX_QUICK_TOUCHPOINTS {
            return Err(SelfCheckError::TooManyTouchpoints {
                max: MAX_QUICK_TOUCHPOINTS,
            });
        }
        self.touchpoints.push(QuickTouchpoint {
            library_index,
            importance: DEFAULT_IMPORTANCE,
            ist: None,
            soll: None,
        });
        self.clamp_step();
        Ok(true)
    }

    /// Sets one rating of a picked touchpoint, validated.
    pub fn rate(&mut self, library_index: usize, rating: Rating) -> Result<(), SelfCheckError> {
        match rating {
            Rating::Importance(v) => {
                check_importance(v.into())?;
            }
            Rating::Ist(v) | Rating::Soll(v) => {
                check_rating(v.map(i64::from))?;
            }
        }
        let tp = self
            .touchpoints
            .iter_mut()
            .find(|t| t.library_index == library_index)
            .ok_or(SelfCheckError::NotPicked(library_index))?;
        match rating {
            Rating::Importance(v) => tp.importance = v,
            Rating::Ist(v) => tp.ist = v,
            Rating::Soll(v) => tp.soll = v,
        }
        self.clamp_step();
        Ok(())
    }

    /// Starts over: no answers, no picks, first question.
    pub fn reset(&mut self) {
        *self = Self::new();
    }

    // ----- moving --------------------------------------------------------------------------

    /// The step "next" would go to, or why it cannot (see the module docs).
    pub fn next_step(&self) -> Result<Step, SelfCheckError> {
        match self.step() {
            Step::Question(f) => {
                if self.answers[f.index()].is_none() {
                    return Err(SelfCheckError::Unanswered(f));
                }
                Ok(Step::from_index(self.step + 1).unwrap_or(Step::PickTouchpoints))
            }
            Step::PickTouchpoints if self.touchpoints.is_empty() => Ok(Step::Result),
            Step::PickTouchpoints => Ok(Step::RateTouchpoints),
            Step::RateTouchpoints => match self.touchpoints.iter().find(|t| !t.is_rated()) {
                Some(t) => Err(SelfCheckError::Unrated(t.library_index)),
                None => Ok(Step::Result),
            },
            Step::Result => Err(SelfCheckError::AtEnd),
        }
    }

    /// Goes one step forward; returns the new step.
    // A wizard's "next", not an iterator: it moves the state and can be refused.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Step, SelfCheckError> {
        let step = self.next_step()?;
        self.step = step.index();
        Ok(step)
    }

    /// The step "back" would go to: the previous one, the pick step from the result when
    /// nothing is picked, or [`SelfCheckError::AtStart`] on the first question.
    pub fn back_step(&self) -> Result<Step, SelfCheckError> {
        match self.step() {
            Step::Question(Factor::Goals) => Err(SelfCheckError::AtStart),
            Step::Result if self.touchpoints.is_empty() => Ok(Step::PickTouchpoints),
            _ => self
                .step
                .checked_sub(1)
                .and_then(Step::from_index)
                .ok_or(SelfCheckError::AtStart),
        }
    }

    /// Goes one step back; returns the new step. Going back never loses answers.
    pub fn back(&mut self) -> Result<Step, SelfCheckError> {
        let step = self.back_step()?;
        self.step = step.index();
        Ok(step)
    }

    /// Jumps to `step` (a click in the progress bar), allowed up to [`Self::furthest_step`];
    /// beyond, the blocker is the error.
    pub fn go_to(&mut self, step: Step) -> Result<(), SelfCheckError> {
        if step.index() > self.furthest_step().index() {
            return Err(self.blocker().unwrap_or(SelfCheckError::AtEnd));
        }
        self.step = step.index();
        Ok(())
    }

    fn clamp_step(&mut self) {
        self.step = self.step.min(self.furthest_step().index());
    }

    // ----- outside -------------------------------------------------------------------------

    /// The state as JSON for `localStorage`; read it back with [`Self::restore`].
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads stored state from untrusted JSON: every value is checked, out-of-range values
    /// are typed errors, and a step beyond [`Self::furthest_step`] is moved back to it.
    /// Missing fields take a fresh self-check's values; unknown fields are ignored.
    /// Never panics.
    pub fn restore(json: &str) -> Result<SelfCheck, SelfCheckError> {
        if json.len() > MAX_STATE_JSON {
            return Err(SelfCheckError::TooLong {
                max: MAX_STATE_JSON,
            });
        }
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| SelfCheckError::Malformed(e.to_string()))?;
        if !value.is_object() {
            return Err(SelfCheckError::Malformed("not a JSON object".into()));
        }
        // From the text, not from `value`: see `validate::model_from_json`.
        let raw: RawSelfCheck =
            serde_json::from_str(json).map_err(|e| SelfCheckError::Malformed(e.to_string()))?;
        SelfCheck::try_from(raw)
    }

    /// The picked touchpoints as a workspace model in `lang`: default stages and owners, one
    /// touchpoint per pick (library name, preset stage, contact and channel; importance, Ist
    /// and Soll as rated; no owner), titled [`SelfCheckTexts::model_title`]. Timestamps stay 0
    /// (unknown). Share it with [`crate::io::share::encode`] or open it in the workspace.
    pub fn to_model(&self, lang: Lang) -> Model {
        let base = Model::new(lang);
        let mut model = base
            .apply(Action::SetTitle(texts(lang).model_title.to_string()), 0.0)
            .unwrap_or(base);
        let fallback = model
            .stages
            .first()
            .map(|s| s.key.clone())
            .unwrap_or_default();
        for tp in &self.touchpoints {
            let Some(starter) = tp.starter() else {
                continue;
            };
            let new = starter.to_new(lang, model.stage(starter.stage).is_some(), &fallback);
            let Ok(added) = model.apply(Action::AddTouchpoint(new), 0.0) else {
                continue;
            };
            model = added;
            let Some(id) = model.touchpoints.last().map(|t| t.id) else {
                continue;
            };
            for edit in [
                TouchpointEdit::Importance(tp.importance),
                TouchpointEdit::Ist(tp.ist),
                TouchpointEdit::Soll(tp.soll),
            ] {
                if let Ok(edited) = model.apply(Action::EditTouchpoint(id, edit), 0.0) {
                    model = edited;
                }
            }
        }
        model
    }
}

/// Writes the stored form (see [`SelfCheck`]), with the format version first.
impl Serialize for SelfCheck {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Stored<'a> {
            version: u32,
            answers: &'a [Option<u8>; 8],
            touchpoints: &'a [QuickTouchpoint],
            step: usize,
        }
        Stored {
            version: STATE_VERSION,
            answers: &self.answers,
            touchpoints: &self.touchpoints,
            step: self.step,
        }
        .serialize(serializer)
    }
}

/// The stored form with wide number types, so out-of-range values reach the checks in
/// `TryFrom` and come back as typed errors instead of serde's text.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct RawSelfCheck {
    version: Option<u64>,
    answers: Option<Vec<Option<i64>>>,
    touchpoints: Vec<RawQuickTouchpoint>,
    step: u64,
}

#[derive(Clone, Debug, Deserialize)]
pub(crate) struct RawQuickTouchpoint {
    library_index: u64,
    #[serde(default = "default_importance")]
    importance: i64,
    #[serde(default)]
    ist: Option<i64>,
    #[serde(default)]
    soll: Option<i64>,
}

fn default_importance() -> i64 {
    DEFAULT_IMPORTANCE.into()
}

impl RawSelfCheck {
    pub(crate) fn new(
        answers: Vec<Option<i64>>,
        touchpoints: Vec<RawQuickTouchpoint>,
        step: u64,
    ) -> Self {
        Self {
            version: Some(STATE_VERSION.into()),
            answers: Some(answers),
            touchpoints,
            step,
        }
    }
}

impl RawQuickTouchpoint {
    pub(crate) fn new(
        library_index: u64,
        importance: i64,
        ist: Option<i64>,
        soll: Option<i64>,
    ) -> Self {
        Self {
            library_index,
            importance,
            ist,
            soll,
        }
    }
}

impl TryFrom<RawSelfCheck> for SelfCheck {
    type Error = SelfCheckError;

    fn try_from(raw: RawSelfCheck) -> Result<Self, Self::Error> {
        let version = raw.version.unwrap_or(STATE_VERSION.into());
        if version > u64::from(STATE_VERSION) {
            return Err(SelfCheckError::NewerVersion(version));
        }
        if version == 0 {
            return Err(SelfCheckError::Malformed("version 0".into()));
        }
        let mut check = SelfCheck::new();
        if let Some(answers) = raw.answers {
            if answers.len() != check.answers.len() {
                return Err(SelfCheckError::WrongAnswerCount(answers.len()));
            }
            for (slot, answer) in check.answers.iter_mut().zip(answers) {
                *slot = match answer {
                    None => None,
                    Some(v) => Some(
                        u8::try_from(v)
                            .ok()
                            .filter(|l| *l <= LEVEL_MAX)
                            .ok_or(SelfCheckError::InvalidLevel(v))?,
                    ),
                };
            }
        }
        if raw.touchpoints.len() > MAX_QUICK_TOUCHPOINTS {
            return Err(SelfCheckError::TooManyTouchpoints {
                max: MAX_QUICK_TOUCHPOINTS,
            });
        }
        for tp in raw.touchpoints {
            let library_index = usize::try_from(tp.library_index)
                .ok()
                .filter(|i| *i < STARTER_LIBRARY.len())
                .ok_or(SelfCheckError::UnknownLibraryEntry(tp.library_index))?;
            if check.is_picked(library_index) {
                return Err(SelfCheckError::DuplicateTouchpoint(library_index));
            }
            let importance = check_importance(tp.importance)?;
            let ist = check_rating(tp.ist)?;
            let soll = check_rating(tp.soll)?;
            check.touchpoints.push(QuickTouchpoint {
                library_index,
                importance,
                ist,
                soll,
            });
        }
        let step = Step::from_index(usize::try_from(raw.step).unwrap_or(usize::MAX))
            .ok_or(SelfCheckError::InvalidStep(raw.step))?;
        check.step = step.index();
        check.clamp_step();
        Ok(check)
    }
}

/// An importance 1 ..= 5, checked by the model's own type.
fn check_importance(v: i64) -> Result<u8, SelfCheckError> {
    u8::try_from(v)
        .ok()
        .and_then(|i| Importance::new(i).ok())
        .map(Importance::value)
        .ok_or(SelfCheckError::InvalidImportance(v))
}

/// An optional rating -2 ..= +2, checked by the model's own type.
fn check_rating(v: Option<i64>) -> Result<Option<i8>, SelfCheckError> {
    v.map(|v| {
        i8::try_from(v)
            .ok()
            .and_then(|r| Experience::new(r).ok())
            .map(Experience::value)
            .ok_or(SelfCheckError::InvalidRating(v))
    })
    .transpose()
}

fn index_u64(index: usize) -> u64 {
    u64::try_from(index).unwrap_or(u64::MAX)
}
