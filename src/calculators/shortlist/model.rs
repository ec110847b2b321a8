//! Creator shortlist: per creator, the engagement calculator's vetting of
//! the creator's average note; over the list, the set to book.
//!
//! Each creator is vetted by [`engagement::compute`] on one note, the
//! averages per note the agency's sheet gives, so tier, like+save ratio,
//! fake-follower share by tier, verdict and red flags are the engagement
//! calculator's own (its benchmark 1.5% from the guide, practitioners' 3%
//! "suspicious below" and 5% "qualified" lines, fake share 30% below the head
//! tier from the guide and 15% at head tier from practitioners). With one
//! average note, an average under the suspicious line is the red flag
//! "every note below the line". One warning is left out: the engagement
//! calculator warns when followers exceed the recent notes' likes and saves
//! together, which over six or more notes says something, but one average
//! note is nearly always below the follower count; a creator whose only
//! warning is that one meets the benchmark here.
//!
//! Per creator: engagements = likes + saves + comments + shares per note;
//! authentic = engagements × (1 − fake); cost = quote × (1 + platform fee),
//! to the fen; CPE = cost / engagements (蒲公英's definition); cost per
//! authentic engagement = cost / authentic; CPM on authentic followers =
//! cost / (followers × (1 − fake)) × 1000.
//!
//! The pick ([`super::optimiser`]) maximises authentic engagements, reach
//! (views per note when the sheet gives them, else authentic followers) or
//! notes (one per creator) within the budget under the budget mix's layer
//! rules (head cap, minimum mid-tier reviews, maximum share of the budget per
//! tier). Creators whose verdict is `below` or `red_flags` fail vetting and
//! are left out unless kept; never-book marks leave a creator out whatever
//! its verdict.

use super::optimiser::{self, Candidate, Pick};
use super::rules::ShortlistRules;
use crate::calculators::budget_mix::model::Objective;
use crate::calculators::engagement::{
    self,
    model::{
        EngagementInputs, Note, Reason, RedFlag, Tier, TierBounds, Verdict, DEFAULT_BENCHMARK,
        DEFAULT_QUALIFIED_LINE, DEFAULT_SUSPICIOUS_LINE,
    },
};
use serde::{Deserialize, Serialize};

/// Most creators one list takes: the longest agency proposals run to a few
/// hundred rows.
pub const MAX_CREATORS: usize = 500;
/// Largest budget accepted, CNY (as the budget mix).
pub const MAX_BUDGET_CNY: f64 = crate::calculators::budget_mix::model::MAX_BUDGET_CNY;
/// Quotes outside this range (CNY) are typos (as the budget mix).
pub const QUOTE_RANGE: (f64, f64) = crate::calculators::budget_mix::model::PRICE_RANGE;

/// One creator of the agency's sheet, averages per note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Creator {
    /// Name (达人昵称).
    pub name: String,
    /// Followers (粉丝数).
    pub followers: u64,
    /// Quote per note, CNY (报价).
    pub quote: f64,
    /// Average likes per note.
    pub likes: u64,
    /// Average saves per note.
    pub saves: u64,
    /// Average comments per note.
    pub comments: u64,
    /// Average shares per note.
    pub shares: u64,
    /// Average views (reads) per note, when the sheet gives them.
    pub views: Option<u64>,
}

impl Creator {
    /// The creator's average note, as the engagement calculator reads notes.
    pub fn note(&self) -> Note {
        Note {
            likes: self.likes,
            saves: self.saves,
            comments: self.comments,
            shares: self.shares,
            views: self.views,
        }
    }
}

/// Whether the user marked a creator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// The optimiser decides.
    #[default]
    Free,
    /// Must book (`keep`).
    Keep,
    /// Never book (`never`).
    Never,
}

/// Everything the shortlist needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShortlistInputs {
    /// Budget for the creators, CNY (typed in the display currency).
    pub budget: f64,
    /// Benchmark like+save to follower ratio (fraction).
    pub benchmark: f64,
    /// Platform service fee (蒲公英) on quotes (fraction).
    pub fee: f64,
    /// Fake-follower share; `None`: the engagement calculator's tier default.
    pub fake_share: Option<f64>,
    /// Tier bounds (the engagement calculator's).
    pub tiers: TierBounds,
    /// Layer rules.
    pub rules: ShortlistRules,
    /// What the pick maximises.
    pub objective: Objective,
    /// The rows, in sheet order; `None` for a row with a cell in error,
    /// which is neither vetted nor picked.
    pub creators: Vec<Option<Creator>>,
    /// Marks per row (missing: free).
    pub marks: Vec<Mark>,
}

impl Default for ShortlistInputs {
    /// A ¥200,000 budget and a short example list.
    fn default() -> Self {
        let c = |name: &str, followers, quote, likes, saves, comments, shares| Creator {
            name: name.to_string(),
            followers,
            quote,
            likes,
            saves,
            comments,
            shares,
            views: None,
        };
        ShortlistInputs {
            budget: 200_000.0,
            benchmark: DEFAULT_BENCHMARK,
            fee: 0.10,
            fake_share: None,
            tiers: TierBounds::default(),
            rules: ShortlistRules::default(),
            objective: Objective::Engagements,
            creators: vec![
                Some(c("Lily 护肤笔记", 86_000, 12_000.0, 2_400, 1_300, 210, 60)),
                Some(c("小鹿爱化妆", 152_000, 18_000.0, 3_900, 2_200, 350, 90)),
                Some(c("Mia Skincare", 64_000, 9_500.0, 700, 200, 40, 10)),
                Some(c("阿敏的梳妆台", 23_000, 3_000.0, 780, 420, 65, 20)),
                Some(c("Jade Glow", 31_000, 3_800.0, 1_100, 600, 90, 25)),
                Some(c(
                    "橙子Orange",
                    540_000,
                    60_000.0,
                    14_000,
                    8_000,
                    1_200,
                    400,
                )),
                Some(c("Coco日常", 7_800, 900.0, 330, 150, 30, 8)),
                Some(c("暖暖测评", 118_000, 15_000.0, 5_200, 3_100, 420, 130)),
                Some(c("Nina Lab", 42_000, 4_200.0, 1_500, 900, 120, 30)),
                Some(c("Summer小夏", 99_000, 11_000.0, 1_000, 300, 50, 10)),
            ],
            marks: Vec::new(),
        }
    }
}

impl ShortlistInputs {
    /// The mark of row `row` (0-based).
    pub fn mark(&self, row: usize) -> Mark {
        self.marks.get(row).copied().unwrap_or_default()
    }
}

/// The vetting and costs of one creator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatorResult {
    /// Tier by followers.
    pub tier: Tier,
    /// (likes + saves) / followers.
    pub ratio: f64,
    /// Fake-follower share used.
    pub fake_share: f64,
    /// likes + saves + comments + shares per note.
    pub engagements: f64,
    /// engagements × (1 − fake).
    pub authentic: f64,
    /// quote × (1 + fee), CNY, to the fen.
    pub cost: f64,
    /// cost / engagements; `None` without engagements.
    pub cpe: Option<f64>,
    /// cost / authentic engagements; `None` without them.
    pub cost_per_authentic: Option<f64>,
    /// cost / authentic followers × 1000; `None` without them.
    pub cpm_authentic: Option<f64>,
    /// The engagement calculator's verdict.
    pub verdict: Verdict,
    /// Its red flags.
    pub red_flags: Vec<RedFlag>,
    /// What the creator brings towards the objective.
    pub value: f64,
}

impl CreatorResult {
    /// Whether the creator fails vetting (`below` or red flags).
    pub fn fails(&self) -> bool {
        matches!(self.verdict, Verdict::Below | Verdict::RedFlags)
    }
}

/// Everything the shortlist computes.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortlistReport {
    /// Per row; `None` for a row in error.
    pub creators: Vec<Option<CreatorResult>>,
    /// The pick, or why none can respect the rules.
    pub pick: Pick,
    /// Rows picked (0-based), in sheet order.
    pub picked: Vec<usize>,
    /// Creators failing vetting.
    pub failed_count: usize,
    /// Σ cost of the picked creators, CNY.
    pub pick_cost: f64,
    /// Σ engagements of the picked creators.
    pub pick_engagements: f64,
    /// Σ authentic engagements of the picked creators.
    pub pick_authentic: f64,
    /// Σ reach of the picked creators.
    pub pick_reach: f64,
    /// Picked creators per tier, in [`Tier`] order KOC, tail, mid, head.
    pub tier_counts: [u64; 4],
    /// Picked spend per tier, same order.
    pub tier_spend: [f64; 4],
}

/// A tier's position in per-tier arrays: KOC, tail, mid, head.
pub fn tier_index(tier: Tier) -> usize {
    match tier {
        Tier::Koc => 0,
        Tier::Tail => 1,
        Tier::Mid => 2,
        Tier::Head => 3,
    }
}

/// Every tier, in per-tier array order.
pub const TIERS: [Tier; 4] = [Tier::Koc, Tier::Tail, Tier::Mid, Tier::Head];

/// Yuan to whole fen, never negative.
pub fn fen(yuan: f64) -> u64 {
    if yuan.is_nan() {
        0
    } else {
        (yuan * 100.0).round().clamp(0.0, 1e17) as u64
    }
}

fn per_unit(cost: f64, count: f64) -> Option<f64> {
    (count > 0.0 && count.is_finite()).then(|| cost / count)
}

/// Vets one creator with the engagement calculator.
pub fn vet(creator: &Creator, inputs: &ShortlistInputs) -> CreatorResult {
    let report = engagement::compute(&EngagementInputs {
        followers: creator.followers,
        notes: vec![creator.note()],
        benchmark: inputs.benchmark,
        suspicious_line: DEFAULT_SUSPICIOUS_LINE,
        qualified_line: DEFAULT_QUALIFIED_LINE,
        fake_share: inputs.fake_share,
        tiers: inputs.tiers,
        profile_likes_saves: None,
        comments: String::new(),
    });
    // See the module note: one average note always "has" this warning.
    let verdict = match report.verdict {
        Ok(Verdict::Borderline)
            if report
                .reasons
                .iter()
                .filter(|r| r.is_warning())
                .all(|r| matches!(r, Reason::FollowersExceedLikesSaves { .. })) =>
        {
            Verdict::Meets
        }
        // No followers is refused by the form; a direct caller's zero fails.
        other => other.unwrap_or(Verdict::Below),
    };
    let fake = report.fake_share;
    let engagements = creator.note().interactions() as f64;
    let authentic = engagements * (1.0 - fake);
    let authentic_followers = creator.followers as f64 * (1.0 - fake);
    let fee = if inputs.fee.is_finite() {
        inputs.fee.max(0.0)
    } else {
        0.0
    };
    let quote = if creator.quote.is_finite() {
        creator.quote.max(0.0)
    } else {
        0.0
    };
    let cost = fen(quote * (1.0 + fee)) as f64 / 100.0;
    let reach = match creator.views {
        Some(views) => views as f64,
        None => authentic_followers,
    };
    let value = match inputs.objective {
        Objective::Engagements => authentic,
        Objective::Reach => reach,
        Objective::Notes => 1.0,
    };
    CreatorResult {
        tier: report.tier,
        ratio: report.ratio_mean.unwrap_or(0.0),
        fake_share: fake,
        engagements,
        authentic,
        cost,
        cpe: per_unit(cost, engagements),
        cost_per_authentic: per_unit(cost, authentic),
        cpm_authentic: per_unit(cost, authentic_followers).map(|c| c * 1000.0),
        verdict,
        red_flags: report.red_flags,
        value,
    }
}

/// Reach of one creator: views per note when given, else authentic followers.
pub fn reach(creator: &Creator, result: &CreatorResult) -> f64 {
    creator
        .views
        .map_or(creator.followers as f64 * (1.0 - result.fake_share), |v| {
            v as f64
        })
}

/// Vets every creator and picks the set to book. Never panics.
pub fn compute(inputs: &ShortlistInputs) -> ShortlistReport {
    let creators: Vec<Option<CreatorResult>> = inputs
        .creators
        .iter()
        .map(|c| c.as_ref().map(|c| vet(c, inputs)))
        .collect();
    // Candidates: vetted rows not marked never, and failing ones only if kept.
    let mut rows = Vec::new();
    let mut candidates = Vec::new();
    for (row, result) in creators.iter().enumerate() {
        let Some(result) = result else { continue };
        let mark = inputs.mark(row);
        let eligible = match mark {
            Mark::Never => false,
            Mark::Keep => true,
            Mark::Free => !result.fails(),
        };
        if eligible {
            rows.push(row);
            candidates.push(Candidate {
                cost: fen(result.cost),
                value: if result.value.is_finite() {
                    result.value.max(0.0)
                } else {
                    0.0
                },
                tier: result.tier,
                keep: mark == Mark::Keep,
            });
        }
    }
    let budget = if inputs.budget.is_finite() {
        fen(inputs.budget.min(MAX_BUDGET_CNY))
    } else {
        0
    };
    let pick = optimiser::optimise(&candidates, budget, &inputs.rules);
    let mut picked: Vec<usize> = pick
        .chosen
        .iter()
        .zip(&rows)
        .filter(|(chosen, _)| **chosen)
        .map(|(_, &row)| row)
        .collect();
    picked.sort_unstable();
    let mut report = ShortlistReport {
        failed_count: creators.iter().flatten().filter(|c| c.fails()).count(),
        creators,
        pick,
        picked,
        pick_cost: 0.0,
        pick_engagements: 0.0,
        pick_authentic: 0.0,
        pick_reach: 0.0,
        tier_counts: [0; 4],
        tier_spend: [0.0; 4],
    };
    for &row in &report.picked {
        let (Some(Some(result)), Some(Some(creator))) =
            (report.creators.get(row), inputs.creators.get(row))
        else {
            continue;
        };
        report.pick_cost += result.cost;
        report.pick_engagements += result.engagements;
        report.pick_authentic += result.authentic;
        report.pick_reach += reach(creator, result);
        let t = tier_index(result.tier);
        if let (Some(count), Some(spend)) =
            (report.tier_counts.get_mut(t), report.tier_spend.get_mut(t))
        {
            *count += 1;
            *spend += result.cost;
        }
    }
    report
}
