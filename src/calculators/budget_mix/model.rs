//! KOL-versus-KOC budget mix: what a split of the budget across creator
//! tiers and the KFS+C pillars buys.
//!
//! Per creator of tier t (all money in CNY):
//! - cost c_t = quote × (1 + video share × (multiplier − 1)) × (1 + platform
//!   fee) for paid tiers; product plus shipping for seeding (no quote, no fee);
//! - expected notes = post rate (1 for paid tiers);
//! - impressions = notes × followers × (1 − fake share) × reach factor: a
//!   note reaches beyond its creator's followers through the discovery feed
//!   and search, so the tier's reach factor is its impressions per note over
//!   authentic followers. Fake followers still discount reach: the feed
//!   widens a note's distribution on real users' responses, and bought
//!   followers neither see notes nor respond. A factor of 1 is the earlier
//!   rule (a note reaches its authentic followers only);
//! - engagements = notes × followers × like+save+comment rate;
//! - authentic engagements = engagements × (1 − fake share).
//!
//! Feed ads (信息流) get `feed_share` of the budget at a CPM, Search ads (搜索)
//! `search_share` at a CPC; creators get the rest. Defaults and sources
//! (domain facts §2.1, §2.4, §2.5, §5): quotes ¥50,000 / ¥12,000 / ¥2,500 /
//! ¥500 (ijunjun, practitioner); video 1.4× (four practitioner sources);
//! platform fee 10% (assumption: sources say 10–20%); fake share 30% below
//! 500K followers (the brief), 15% for head (practitioner); seeding post rate
//! 40% (seedingops, 30–50% healthy); Feed CPM ¥30 and Search CPC ¥4 (ijunjun:
//! ¥15–50 and ¥2–8). Reach factors 0.5 head, 1 mid, 2 tail, 3 KOC and
//! seeding (domain facts §7.6): an assumption, as no per-tier factor is
//! published; practitioners see notes reach several times the followers for
//! small creators and a fraction for large ones. With them every tier's
//! content CPM is ¥88–181, inside the practitioners' range (§2.3: above ¥80
//! for beauty 万粉 creators, ≤ ¥250 scores "good").
//!
//! The whole campaign ([`Campaign`]) adds the Feed ads' impressions to the
//! creators' and lists the Search ads' clicks, which add to no other figure.

use serde::{Deserialize, Serialize};

/// A creator tier of the mix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tier {
    /// Head KOL (头部), 500K+ followers.
    Head,
    /// Mid / vertical KOL (腰部), 50K–500K.
    Mid,
    /// Tail KOL (尾部), 10K–50K.
    Tail,
    /// Paid KOC (素人), under 10K.
    Koc,
    /// Seeding KOC (种草): product only, not all post.
    Seeding,
}

impl Tier {
    /// Every tier, in table order.
    pub const ALL: [Tier; 5] = [Tier::Head, Tier::Mid, Tier::Tail, Tier::Koc, Tier::Seeding];

    /// The stable key used in links and output names.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Head => "head",
            Tier::Mid => "mid",
            Tier::Tail => "tail",
            Tier::Koc => "koc",
            Tier::Seeding => "seeding",
        }
    }

    /// Position in [`Tier::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// This tier's entry of a per-tier array (constant indices: cannot panic).
    pub fn of<T>(self, values: &[T; 5]) -> &T {
        match self {
            Tier::Head => &values[0],
            Tier::Mid => &values[1],
            Tier::Tail => &values[2],
            Tier::Koc => &values[3],
            Tier::Seeding => &values[4],
        }
    }

    /// This tier's entry of a per-tier array, to change.
    pub fn of_mut<T>(self, values: &mut [T; 5]) -> &mut T {
        match self {
            Tier::Head => &mut values[0],
            Tier::Mid => &mut values[1],
            Tier::Tail => &mut values[2],
            Tier::Koc => &mut values[3],
            Tier::Seeding => &mut values[4],
        }
    }
}

/// What the optimiser maximises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Objective {
    /// Expected authentic engagements.
    Engagements,
    /// Expected impressions (reach).
    Reach,
    /// Expected number of creator notes (social proof).
    Notes,
}

impl Objective {
    /// Every objective, in the order of the menu.
    pub const ALL: [Objective; 3] = [Objective::Engagements, Objective::Reach, Objective::Notes];

    /// The link value.
    pub fn key(self) -> &'static str {
        match self {
            Objective::Engagements => "eng",
            Objective::Reach => "reach",
            Objective::Notes => "notes",
        }
    }

    /// Reads a link value.
    pub fn from_key(key: &str) -> Option<Objective> {
        Objective::ALL.into_iter().find(|o| o.key() == key.trim())
    }
}

/// One tier's row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierInputs {
    /// Quote per image note in CNY; for seeding, product plus shipping per creator.
    pub price: f64,
    /// Typical followers of a creator of this tier.
    pub followers: f64,
    /// Like+save+comment rate per note over followers: low, likely, high.
    pub rate: [f64; 3],
    /// Fake-follower share, as a fraction.
    pub fake: f64,
    /// Creators in the manual mix.
    pub count: u64,
    /// Impressions per note over authentic followers (link key `reach`).
    pub reach: f64,
}

/// Layer rules every mix must respect.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    /// Seed first: at least this many seeding KOCs.
    pub min_seeding: u64,
    /// At least this many vertical (mid) KOL reviews.
    pub min_reviews: u64,
    /// At most this many head KOLs.
    pub head_cap: u64,
    /// No tier may take more than this share of the creator budget.
    pub max_tier_share: f64,
}

/// Everything the budget mix needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MixInputs {
    /// Total budget in CNY (typed in the display currency, converted by the form).
    pub budget: f64,
    /// Tier rows in [`Tier::ALL`] order.
    pub tiers: [TierInputs; 5],
    /// Share of notes that are videos.
    pub video_share: f64,
    /// Video quote over image quote.
    pub video_multiplier: f64,
    /// Platform (蒲公英) service fee on quotes.
    pub platform_fee: f64,
    /// Share of seeded creators who post.
    pub post_rate: f64,
    /// Share of the budget for Feed ads (信息流).
    pub feed_share: f64,
    /// Feed ads cost per thousand impressions, CNY.
    pub feed_cpm: f64,
    /// Share of the budget for Search ads (搜索).
    pub search_share: f64,
    /// Search ads cost per click, CNY.
    pub search_cpc: f64,
    /// Owned brand notes (the C of KFS+C); free, counted with the notes.
    pub owned_notes: u64,
    /// Layer rules.
    pub rules: Rules,
    /// What the optimiser maximises.
    pub objective: Objective,
    /// Monte Carlo seed.
    pub seed: u64,
    /// Fake share varies by ± this much in the Monte Carlo (fraction).
    pub fake_spread: f64,
}

/// Most head KOLs the cap may allow: more is not a layered campaign.
pub const MAX_HEAD_CAP: u64 = 20;
/// Largest budget accepted, CNY.
pub const MAX_BUDGET_CNY: f64 = 1e9;
/// Quotes outside this range (CNY) are typos.
pub const PRICE_RANGE: (f64, f64) = (1.0, 10_000_000.0);
/// Reach factors accepted: none up to a hundred times the authentic followers.
pub const REACH_RANGE: (f64, f64) = (0.0, 100.0);
/// Default reach factors in [`Tier::ALL`] order (an assumption, see above).
pub const DEFAULT_REACH: [f64; 5] = [0.5, 1.0, 2.0, 3.0, 3.0];

fn tier(price: f64, followers: f64, rate: [f64; 3], fake: f64, count: u64) -> TierInputs {
    TierInputs {
        price,
        followers,
        rate,
        fake,
        count,
        reach: 1.0,
    }
}

impl Default for MixInputs {
    /// A ¥200,000 layered campaign without a head KOL.
    fn default() -> Self {
        let mut tiers = [
            tier(50_000.0, 800_000.0, [0.01, 0.02, 0.04], 0.15, 0),
            tier(12_000.0, 150_000.0, [0.02, 0.04, 0.07], 0.30, 4),
            tier(2_500.0, 25_000.0, [0.03, 0.05, 0.08], 0.30, 12),
            tier(500.0, 3_000.0, [0.04, 0.07, 0.12], 0.30, 40),
            tier(150.0, 1_500.0, [0.04, 0.07, 0.12], 0.30, 60),
        ];
        for (row, reach) in tiers.iter_mut().zip(DEFAULT_REACH) {
            row.reach = reach;
        }
        MixInputs {
            budget: 200_000.0,
            tiers,
            video_share: 0.3,
            video_multiplier: 1.4,
            platform_fee: 0.10,
            post_rate: 0.40,
            feed_share: 0.20,
            feed_cpm: 30.0,
            search_share: 0.10,
            search_cpc: 4.0,
            owned_notes: 10,
            rules: Rules {
                min_seeding: 30,
                min_reviews: 3,
                head_cap: 0,
                max_tier_share: 0.6,
            },
            objective: Objective::Engagements,
            seed: 2024,
            fake_spread: 0.10,
        }
    }
}

/// What one creator of a tier costs and brings, on average.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerCreator {
    /// Cost including video mix and fee, CNY, rounded to the fen.
    pub cost: f64,
    /// Expected notes.
    pub notes: f64,
    /// Expected impressions: notes × authentic followers × reach factor.
    pub impressions: f64,
    /// Expected engagements.
    pub engagements: f64,
    /// Expected authentic engagements.
    pub authentic: f64,
}

impl PerCreator {
    /// The value of one creator for `objective`.
    pub fn value(&self, objective: Objective) -> f64 {
        match objective {
            Objective::Engagements => self.authentic,
            Objective::Reach => self.impressions,
            Objective::Notes => self.notes,
        }
    }
}

/// One creator of `tier` under `inputs`, with its likely engagement rate.
pub fn per_creator(inputs: &MixInputs, tier: Tier) -> PerCreator {
    per_creator_at(inputs, tier, tier.of(&inputs.tiers).rate[1], None)
}

/// One creator at engagement rate `rate` and fake share `fake` (default the input).
pub fn per_creator_at(inputs: &MixInputs, tier: Tier, rate: f64, fake: Option<f64>) -> PerCreator {
    let row = tier.of(&inputs.tiers);
    let fake = fake.unwrap_or(row.fake);
    let (cost, notes) = if tier == Tier::Seeding {
        (row.price, inputs.post_rate)
    } else {
        let format = 1.0 + inputs.video_share * (inputs.video_multiplier - 1.0);
        (row.price * format * (1.0 + inputs.platform_fee), 1.0)
    };
    let engagements = notes * row.followers * rate;
    PerCreator {
        cost: (cost * 100.0).round() / 100.0,
        notes,
        impressions: notes * row.followers * (1.0 - fake) * row.reach,
        engagements,
        authentic: engagements * (1.0 - fake),
    }
}

/// Why no mix can be chosen: names the inputs in conflict.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Conflict {
    /// Feed and Search shares leave nothing for creators.
    AdsTakeAll {
        /// Feed + Search share.
        shares: f64,
    },
    /// The creator budget buys not even the cheapest creator.
    BudgetBelowCheapest {
        /// Creator budget, CNY.
        creator_budget: f64,
        /// Cheapest tier.
        tier: Tier,
        /// Its cost per creator.
        cost: f64,
    },
    /// A minimum is above what the head cap or tier share allows.
    MinimumAboveCap {
        /// The tier of the minimum.
        tier: Tier,
        /// The minimum.
        minimum: u64,
        /// Most the share cap allows.
        cap: u64,
    },
    /// The minimum seeding KOCs and reviews together cost more than the budget.
    MinimumsOverBudget {
        /// Their cost, CNY.
        cost: f64,
        /// Creator budget, CNY.
        creator_budget: f64,
    },
}

/// Counts per tier with what they buy.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Creators per tier.
    pub counts: [u64; 5],
    /// Per tier: notes, cost, impressions, engagements, authentic.
    pub tiers: [Totals; 5],
    /// All tiers plus owned notes.
    pub total: Totals,
    /// Creator budget left, CNY (negative when overspent).
    pub unspent: f64,
    /// Rules this plan breaks (a manual mix may).
    pub broken: Vec<Broken>,
}

/// A layer rule a plan breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broken {
    /// It spends more than the creator budget.
    OverBudget,
    /// Fewer seeding KOCs than the minimum.
    TooFewSeeding,
    /// Fewer mid KOL reviews than the minimum.
    TooFewReviews,
    /// More head KOLs than the cap.
    TooManyHeads,
    /// A tier over its share of the budget.
    TierOverShare(Tier),
}

/// Sums of a tier or of the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Creators.
    pub creators: f64,
    /// Expected notes.
    pub notes: f64,
    /// Cost, CNY.
    pub cost: f64,
    /// Expected impressions.
    pub impressions: f64,
    /// Expected engagements.
    pub engagements: f64,
    /// Expected authentic engagements.
    pub authentic: f64,
}

impl Totals {
    /// Cost per authentic engagement, if any.
    pub fn cpe(&self) -> Option<f64> {
        (self.authentic > 0.0)
            .then(|| self.cost / self.authentic)
            .filter(|v| v.is_finite())
    }

    /// Cost per thousand impressions, if any.
    pub fn cpm(&self) -> Option<f64> {
        (self.impressions > 0.0)
            .then(|| self.cost / self.impressions * 1000.0)
            .filter(|v| v.is_finite())
    }

    fn add(&mut self, other: &Totals) {
        self.creators += other.creators;
        self.notes += other.notes;
        self.cost += other.cost;
        self.impressions += other.impressions;
        self.engagements += other.engagements;
        self.authentic += other.authentic;
    }
}

/// The budget split across the KFS+C pillars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pillars {
    /// Budget for creators (K), CNY.
    pub creators: f64,
    /// Budget for Feed ads (F), CNY.
    pub feed: f64,
    /// Feed impressions bought.
    pub feed_impressions: f64,
    /// Budget for Search ads (S), CNY.
    pub search: f64,
    /// Search clicks bought.
    pub search_clicks: f64,
}

/// How the budget splits across the pillars.
pub fn pillars(inputs: &MixInputs) -> Pillars {
    let feed = inputs.budget * inputs.feed_share;
    let search = inputs.budget * inputs.search_share;
    Pillars {
        creators: (inputs.budget - feed - search).max(0.0),
        feed,
        feed_impressions: if inputs.feed_cpm > 0.0 {
            feed / inputs.feed_cpm * 1000.0
        } else {
            0.0
        },
        search,
        search_clicks: if inputs.search_cpc > 0.0 {
            search / inputs.search_cpc
        } else {
            0.0
        },
    }
}

/// What `counts` buy under `inputs`, and the rules they break.
pub fn plan(inputs: &MixInputs, counts: [u64; 5]) -> Plan {
    let budget = pillars(inputs).creators;
    let mut tiers = [Totals::default(); 5];
    let mut total = Totals {
        notes: inputs.owned_notes as f64,
        ..Totals::default()
    };
    let mut broken = Vec::new();
    for (t, slot) in Tier::ALL.into_iter().zip(tiers.iter_mut()) {
        let one = per_creator(inputs, t);
        let n = *t.of(&counts) as f64;
        *slot = Totals {
            creators: n,
            notes: n * one.notes,
            cost: n * one.cost,
            impressions: n * one.impressions,
            engagements: n * one.engagements,
            authentic: n * one.authentic,
        };
        total.add(slot);
        if slot.cost > budget * inputs.rules.max_tier_share + 1e-6 {
            broken.push(Broken::TierOverShare(t));
        }
    }
    let rules = &inputs.rules;
    if total.cost > budget + 1e-6 {
        broken.insert(0, Broken::OverBudget);
    }
    if *Tier::Seeding.of(&counts) < rules.min_seeding {
        broken.push(Broken::TooFewSeeding);
    }
    if *Tier::Mid.of(&counts) < rules.min_reviews {
        broken.push(Broken::TooFewReviews);
    }
    if *Tier::Head.of(&counts) > rules.head_cap {
        broken.push(Broken::TooManyHeads);
    }
    Plan {
        counts,
        tiers,
        total,
        unspent: budget - total.cost,
        broken,
    }
}

/// A plan with the Feed and Search ads: what the whole campaign buys.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Campaign {
    /// Creator cost + Feed budget + Search budget, CNY.
    pub cost: f64,
    /// Creators' impressions + Feed impressions.
    pub impressions: f64,
    /// Creator cost + Feed budget, the spend that buys those impressions.
    pub impressions_cost: f64,
    /// Search clicks bought: clicks, not impressions, so they add to no
    /// other figure.
    pub clicks: f64,
}

impl Campaign {
    /// Cost per thousand impressions over creators and Feed, if any.
    pub fn cpm(&self) -> Option<f64> {
        (self.impressions > 0.0)
            .then(|| self.impressions_cost / self.impressions * 1000.0)
            .filter(|v| v.is_finite())
    }
}

/// `plan` with the Feed and Search ads of `pillars`.
pub fn campaign(plan: &Plan, pillars: &Pillars) -> Campaign {
    Campaign {
        cost: plan.total.cost + pillars.feed + pillars.search,
        impressions: plan.total.impressions + pillars.feed_impressions,
        impressions_cost: plan.total.cost + pillars.feed,
        clicks: pillars.search_clicks,
    }
}

/// The manual mix, the optimised one (or why there is none) and the pillars.
#[derive(Clone, Debug, PartialEq)]
pub struct MixReport {
    /// Budget split across KFS+C.
    pub pillars: Pillars,
    /// The counts typed in the table.
    pub manual: Plan,
    /// The best counts, or the inputs in conflict.
    pub optimised: Result<Plan, Conflict>,
    /// False when the optimiser stopped before proving its mix optimal.
    pub proven: bool,
    /// How much better, at most, the optimum could be (a share of it).
    pub shortfall: f64,
}
