//! The result page's figures: maturity score, factor profile, experience index and the three
//! biggest gaps with a recommendation each.

use crate::domain::model::{Experience, Importance};
use crate::figures::analysis::weighted_index;
use crate::locale::Lang;

use super::{texts, Factor, QuickTouchpoint, SelfCheck, LEVEL_MAX};

/// How many gaps the result recommends on.
pub const TOP_GAPS: usize = 3;

/// A coarse reading of the maturity score, for a headline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MaturityBand {
    /// 0 ..= 24.
    Starting,
    /// 25 ..= 49.
    FirstSteps,
    /// 50 ..= 74.
    OnTheWay,
    /// 75 ..= 100.
    Advanced,
}

impl MaturityBand {
    pub const ALL: [MaturityBand; 4] = [
        MaturityBand::Starting,
        MaturityBand::FirstSteps,
        MaturityBand::OnTheWay,
        MaturityBand::Advanced,
    ];

    pub fn of(score: u8) -> MaturityBand {
        match score {
            0..=24 => MaturityBand::Starting,
            25..=49 => MaturityBand::FirstSteps,
            50..=74 => MaturityBand::OnTheWay,
            _ => MaturityBand::Advanced,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        texts(lang).band(self).name
    }

    pub fn summary(self, lang: Lang) -> &'static str {
        texts(lang).band(self).summary
    }
}

/// One of the biggest gaps: a factor below level 4. What to do next there is in the
/// recommendations ([`super::advice::Advice::get`]), which the widget loads apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub factor: Factor,
    /// The answered level, 0 ..= 3.
    pub level: u8,
    /// 4 − level, 1 ..= 4.
    pub gap: u8,
    /// The factor's name in the result's language.
    pub factor_name: &'static str,
    /// The worded answer the user gave.
    pub level_text: &'static str,
}

/// A picked touchpoint with its figures, in the result's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatedTouchpoint {
    pub library_index: usize,
    pub name: &'static str,
    pub importance: u8,
    pub ist: Option<i8>,
    pub soll: Option<i8>,
    /// Soll − Ist; `None` until both are rated.
    pub gap: Option<i8>,
    /// importance × max(gap, 0), 0 ..= 20, as in [`crate::figures::analysis::priority`].
    pub priority: u8,
}

/// Everything the result page shows; see [`SelfCheck::result`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelfCheckResult {
    /// 0 ..= 100: the mean of the answered levels ÷ 4 × 100, rounded half up.
    /// `None` when nothing is answered.
    pub maturity: Option<u8>,
    /// The band of `maturity`.
    pub band: Option<MaturityBand>,
    /// How many of the 8 questions are answered.
    pub answered: usize,
    /// Each factor with its level, in [`Factor::ALL`] order: the radar's values.
    pub factors: [(Factor, Option<u8>); 8],
    /// Experience index (Ist) of the picked touchpoints, 0 ..= 100; `None` when none is rated.
    pub index_ist: Option<f64>,
    /// Experience index (Soll), as `index_ist`.
    pub index_soll: Option<f64>,
    /// The (up to) three biggest gaps: see [`SelfCheck::result`].
    pub top_gaps: Vec<Recommendation>,
    /// All picked touchpoints, in pick order.
    pub touchpoints: Vec<RatedTouchpoint>,
}

impl SelfCheckResult {
    /// The radar's values: the levels in [`Factor::ALL`] order.
    pub fn levels(&self) -> [Option<u8>; 8] {
        self.factors.map(|(_, level)| level)
    }

    /// The `n` touchpoints with the highest priority above 0, highest first (ties keep the
    /// pick order).
    pub fn biggest_touchpoint_gaps(&self, n: usize) -> Vec<&RatedTouchpoint> {
        let mut list: Vec<&RatedTouchpoint> =
            self.touchpoints.iter().filter(|t| t.priority > 0).collect();
        sort_small_by_key(&mut list, |t| std::cmp::Reverse(t.priority));
        list.truncate(n);
        list
    }
}

/// A stable insertion sort for the self-check's short lists (8 factors, at most 12
/// touchpoints). Each `sort_by_key` instance brings std's whole stable sort (driftsort and its
/// small-sort helpers: 1.8 KB gzip each, measured) into the widget's download; this is a few
/// hundred bytes.
fn sort_small_by_key<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && key(&list[j - 1]) > key(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Mean level ÷ 4 × 100 rounded half up, in integers: round(25 · sum / n).
pub(crate) fn maturity(answers: &[Option<u8>]) -> Option<u8> {
    let levels: Vec<u32> = answers.iter().flatten().map(|l| u32::from(*l)).collect();
    let n = u32::try_from(levels.len()).ok().filter(|n| *n > 0)?;
    let sum: u32 = levels.iter().sum();
    u8::try_from((50 * sum + n) / (2 * n)).ok()
}

impl SelfCheck {
    /// The result in `lang`. Works on a partial self-check too (what is answered counts).
    ///
    /// **Gap** of a factor = 4 − its level. `top_gaps` holds the answered factors below
    /// level 4 ordered by gap (largest first), ties in [`Factor::ALL`] order, at most
    /// [`TOP_GAPS`]; unanswered factors are left out.
    ///
    /// The experience index is [`crate::figures::analysis::experience_index`] over
    /// [`SelfCheck::to_model`]: Σ importance·rating ÷ Σ importance, mapped to 0 ..= 100. It is
    /// computed from the picks by the same formula ([`weighted_index`]) without building the
    /// model, which keeps the workspace's reducer out of the widget's build (a core test
    /// checks both ways agree).
    pub fn result(&self, lang: Lang) -> SelfCheckResult {
        let maturity = maturity(&self.answers);
        let factors = Factor::ALL.map(|f| (f, self.answer_of(f)));
        let mut gaps: Vec<(Factor, u8)> = factors
            .iter()
            .filter_map(|(f, level)| level.filter(|l| *l < LEVEL_MAX).map(|l| (*f, l)))
            .collect();
        // Stable: equal levels keep the factor order.
        sort_small_by_key(&mut gaps, |(_, level)| *level);
        let top_gaps = gaps
            .into_iter()
            .take(TOP_GAPS)
            .map(|(factor, level)| Recommendation {
                factor,
                level,
                gap: LEVEL_MAX - level,
                factor_name: factor.name(lang),
                level_text: factor.level_text(lang, level).unwrap_or_default(),
            })
            .collect();
        let index = |rating: fn(&QuickTouchpoint) -> Option<i8>| {
            weighted_index(self.touchpoints().iter().filter_map(|t| {
                t.starter()?;
                let importance = Importance::new(t.importance).ok()?;
                Some((importance, rating(t).and_then(|r| Experience::new(r).ok())))
            }))
        };
        let touchpoints = self
            .touchpoints()
            .iter()
            .map(|t| {
                let gap = t.soll.zip(t.ist).map(|(soll, ist)| soll - ist);
                let positive = u8::try_from(gap.unwrap_or(0).max(0)).unwrap_or(0);
                RatedTouchpoint {
                    library_index: t.library_index,
                    name: t.name(lang),
                    importance: t.importance,
                    ist: t.ist,
                    soll: t.soll,
                    gap,
                    priority: t.importance * positive,
                }
            })
            .collect();
        SelfCheckResult {
            maturity,
            band: maturity.map(MaturityBand::of),
            answered: self.answered(),
            factors,
            index_ist: index(|t| t.ist),
            index_soll: index(|t| t.soll),
            top_gaps,
            touchpoints,
        }
    }
}
