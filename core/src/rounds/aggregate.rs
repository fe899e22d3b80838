//! The spread of a round's answers per touchpoint: n, median (the headline), mean, min–max,
//! the average absolute deviation from the median (AD_Md) and a "raters disagree" flag; the
//! medians per group, hidden for small groups; the gap between customers and the inside view.
//!
//! Every scale here has five steps, so each touchpoint's ratings are tallied as five counts
//! and every figure is read from the counts: linear in the number of ratings.

use super::answer::Rating;
use super::merge::Answers;
use super::round::{GroupKind, Round};

/// AD_Md above this flags "raters disagree". Burke & Dunlap (2002, Organizational Research
/// Methods) give c/6 as the cut-off for acceptable agreement, c the number of scale steps:
/// 5/6 ≈ 0.83 on a five-step scale, used here as 0.8 (so AD_Md 0.83 is flagged).
pub const DISAGREEMENT_THRESHOLD: f64 = 0.8;

/// How many ratings fell on each of the five steps of a scale, lowest step first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub counts: [u32; 5],
}

impl Tally {
    /// Counts a rating `step` steps above the scale's lowest (0 ..= 4).
    fn add(&mut self, step: usize) {
        if let Some(c) = self.counts.get_mut(step) {
            *c += 1;
        }
    }

    fn plus(mut self, other: &Tally) -> Tally {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a += b;
        }
        self
    }

    pub fn n(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// The value at 0-based position `k` of the sorted ratings (`k` < n), in steps.
    fn nth(&self, k: u32) -> f64 {
        let mut seen = 0;
        for (step, c) in self.counts.iter().enumerate() {
            seen += c;
            if k < seen {
                return step as f64;
            }
        }
        4.0
    }

    /// The median in steps above the lowest: with an even n, the mean of the two middle
    /// values (so it may be a half step). `None` without ratings.
    fn median_steps(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| (self.nth((n - 1) / 2) + self.nth(n / 2)) / 2.0)
    }

    /// The figures of these ratings on a scale whose lowest step is `lowest` (1 for
    /// importance, −2 for Ist and Soll). `None` without ratings.
    pub fn spread(&self, lowest: i8) -> Option<Spread> {
        let n = self.n();
        let median = self.median_steps()?;
        let steps = self.counts.iter().enumerate().filter(|(_, c)| **c > 0);
        let (min, max) = steps.fold((4, 0), |(lo, hi), (s, _)| (lo.min(s), hi.max(s)));
        let total: f64 = self
            .counts
            .iter()
            .enumerate()
            .map(|(s, c)| s as f64 * f64::from(*c))
            .sum();
        let deviation: f64 = self
            .counts
            .iter()
            .enumerate()
            .map(|(s, c)| (s as f64 - median).abs() * f64::from(*c))
            .sum();
        let ad_md = deviation / f64::from(n);
        let base = f64::from(lowest);
        Some(Spread {
            n,
            median: base + median,
            mean: base + total / f64::from(n),
            min: lowest + min as i8,
            max: lowest + max as i8,
            ad_md,
            disagree: ad_md > DISAGREEMENT_THRESHOLD,
            tally: *self,
        })
    }
}

/// The figures of one touchpoint's ratings on one scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub n: u32,
    pub median: f64,
    pub mean: f64,
    pub min: i8,
    pub max: i8,
    /// Average absolute deviation from the median, in scale steps.
    pub ad_md: f64,
    /// AD_Md above [`DISAGREEMENT_THRESHOLD`].
    pub disagree: bool,
    /// Every rating, as counts per step: the dots on the scale.
    pub tally: Tally,
}

/// One group's median of one question for one touchpoint.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupMedian {
    /// Ratings from this group.
    pub n: u32,
    /// `None` when fewer than the round's minimum group size rated (hidden), or none did.
    pub median: Option<f64>,
}

/// One group's medians for one touchpoint.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupFigures {
    pub importance: GroupMedian,
    pub ist: GroupMedian,
}

/// Everything the consultant sees of one touchpoint of the round.
#[derive(Clone, Debug, PartialEq)]
pub struct TouchpointFigures {
    /// Position in the round.
    pub index: usize,
    pub importance: Option<Spread>,
    pub ist: Option<Spread>,
    pub soll: Option<Spread>,
    /// Raters who marked it "not experienced".
    pub not_experienced: u32,
    /// One per group of the round, in its order.
    pub groups: Vec<GroupFigures>,
    /// Customers' median Ist minus the internal groups' median Ist; `None` unless both sides
    /// have at least the minimum group size of ratings.
    pub ist_gap: Option<f64>,
    /// The same for importance.
    pub importance_gap: Option<f64>,
}

impl TouchpointFigures {
    /// The largest AD_Md of its questions: what "sorted by disagreement" sorts by. `None`
    /// without ratings.
    pub fn disagreement(&self) -> Option<f64> {
        [self.importance, self.ist, self.soll]
            .iter()
            .flatten()
            .map(|s| s.ad_md)
            .reduce(f64::max)
    }

    /// Whether raters disagree on any of its questions.
    pub fn disagree(&self) -> bool {
        [self.importance, self.ist, self.soll]
            .iter()
            .flatten()
            .any(|s| s.disagree)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoundFigures {
    /// Raters per group, in the round's order.
    pub raters: Vec<u32>,
    /// One per touchpoint of the round, in its order.
    pub touchpoints: Vec<TouchpointFigures>,
}

impl RoundFigures {
    /// The touchpoints, the largest disagreement first; ties and unrated ones keep the
    /// round's order, unrated ones last.
    pub fn by_disagreement(&self) -> Vec<&TouchpointFigures> {
        let mut sorted: Vec<&TouchpointFigures> = self.touchpoints.iter().collect();
        sorted.sort_by(|a, b| {
            let key = |t: &TouchpointFigures| t.disagreement().unwrap_or(-1.0);
            key(b).total_cmp(&key(a))
        });
        sorted
    }
}

/// The questions tallied per group: importance, Ist, Soll.
const IMPORTANCE: usize = 0;
const IST: usize = 1;
const SOLL: usize = 2;

/// The figures of `answers` to `round`. Answers that do not fit the round (another round, an
/// unknown group, another count of touchpoints) are left out; collecting refuses them anyway.
pub fn aggregate(round: &Round, answers: &Answers) -> RoundFigures {
    let groups = round.groups.len();
    let tps = round.touchpoints.len();
    // tallies[(touchpoint * groups + group) * 3 + question]
    let mut tallies = vec![Tally::default(); tps * groups * 3];
    let mut not_experienced = vec![0u32; tps];
    let mut raters = vec![0u32; groups];
    for answer in answers.iter() {
        if answer.fits(round).is_err() {
            continue;
        }
        raters[answer.group] += 1;
        for (i, rating) in answer.ratings.iter().enumerate() {
            let at = (i * groups + answer.group) * 3;
            tally(rating, &mut tallies[at..at + 3]);
            not_experienced[i] += u32::from(rating.not_experienced);
        }
    }
    let min = round.min_group.value() as u32;
    let touchpoints = (0..tps)
        .map(|i| {
            let of_group = |g: usize, q: usize| tallies[(i * groups + g) * 3 + q];
            let pooled = |q: usize, kind: Option<GroupKind>| {
                (0..groups)
                    .filter(|g| kind.is_none_or(|k| round.groups[*g].kind == k))
                    .fold(Tally::default(), |acc, g| acc.plus(&of_group(g, q)))
            };
            let group_median = |t: Tally| GroupMedian {
                n: t.n(),
                median: (t.n() >= min)
                    .then(|| t.spread(0).map(|s| s.median))
                    .flatten(),
            };
            let gap = |q: usize| {
                let inside = group_median(pooled(q, Some(GroupKind::Internal))).median?;
                let outside = group_median(pooled(q, Some(GroupKind::Customer))).median?;
                Some(outside - inside)
            };
            TouchpointFigures {
                index: i,
                importance: pooled(IMPORTANCE, None).spread(1),
                ist: pooled(IST, None).spread(-2),
                soll: pooled(SOLL, None).spread(-2),
                not_experienced: not_experienced[i],
                groups: (0..groups)
                    .map(|g| GroupFigures {
                        importance: shift(group_median(of_group(g, IMPORTANCE)), 1.0),
                        ist: shift(group_median(of_group(g, IST)), -2.0),
                    })
                    .collect(),
                ist_gap: gap(IST),
                importance_gap: gap(IMPORTANCE),
            }
        })
        .collect();
    RoundFigures {
        raters,
        touchpoints,
    }
}

/// A group median in steps moved onto its scale.
fn shift(m: GroupMedian, lowest: f64) -> GroupMedian {
    GroupMedian {
        n: m.n,
        median: m.median.map(|v| v + lowest),
    }
}

/// Adds one rating to the tallies of its touchpoint and group: importance, Ist, Soll.
fn tally(rating: &Rating, tallies: &mut [Tally]) {
    if let Some(v) = rating.importance {
        tallies[IMPORTANCE].add(usize::from(v.value() - 1));
    }
    if let Some(v) = rating.ist {
        tallies[IST].add((v.value() + 2) as usize);
    }
    if let Some(v) = rating.soll {
        tallies[SOLL].add((v.value() + 2) as usize);
    }
}
