//! The exact integer optimum of the mix: maximise Σ n_t·v_t subject to
//! Σ n_t·c_t ≤ creator budget, n_seeding ≥ minimum, n_mid ≥ minimum reviews,
//! n_head ≤ cap and n_t·c_t ≤ max share × creator budget (domain facts §4.4).
//!
//! Costs are whole fen, so the budget test is exact integer arithmetic. The
//! search is depth-first branch and bound over the tiers in falling order of
//! value per yuan, each tier's count tried from its largest affordable value
//! down. Two things cut branches, and neither can cut the optimum:
//!
//! - **Bound.** A branch is cut when its LP-relaxation bound (the rest of the
//!   budget, rounded down to a multiple of the common cost divisor, filled
//!   greedily by value per yuan with fractions allowed) cannot beat the best
//!   mix found. Lowering a count of the current tier can only lower that
//!   bound, so each tier's loop stops at its first cut. A tighter bound (the
//!   next tier in whole creators) then skips single branches.
//! - **Exchange.** For tiers a before b, with g = gcd(c_a, c_b), c_a/g
//!   creators of b cost exactly what c_b/g creators of a cost, and a gives at
//!   least as much per yuan. So while a still has room for c_b/g more, a mix
//!   with c_a/g or more extra creators of b is matched or beaten by the mix
//!   with the swap made, which is lexicographically larger in search order.
//!   The lexicographically largest optimum therefore survives every such cut.
//!   This is what keeps tiers with (nearly) the same value per yuan cheap:
//!   without it, proving the optimum could take millions of branches.
//!
//! Ties within a relative 1e-12 keep the first mix found. Tests check the
//! result against brute force and count the branches on adversarial inputs.
//! The last two tiers are not searched count by count: [`best_pair`] gives
//! their best fill exactly.
//!
//! Tiers of nearly the same value per yuan, three or more of them, with
//! costs that share no large divisor, can still need millions of branches.
//! The search stops at [`MAX_BRANCHES`] and the page then says the mix is
//! the best found, with the LP bound's certificate of how little better the
//! optimum could be ([`Solution::shortfall`]).

use super::model::{per_creator, pillars, Conflict, MixInputs, Tier};
use super::pair::{best_pair, Kind};

/// One tier as the search sees it.
#[derive(Clone, Copy, Debug)]
struct Item {
    tier: Tier,
    /// Cost of one creator, fen.
    cost: u64,
    /// Objective value of one creator.
    value: f64,
    /// Most creators above the minimum.
    room: u64,
}

/// Branches tried before the search stops proving (measured in Chromium: see README).
pub const MAX_BRANCHES: u64 = 500_000;

/// The counts chosen and whether they are proven optimal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Solution {
    /// Creators per tier, in [`Tier::ALL`] order.
    pub counts: [u64; 5],
    /// False when the search stopped at its branch guard.
    pub proven: bool,
    /// Branches the search tried.
    pub branches: u64,
    /// No mix is better than this one by more than this share of the best
    /// possible value: 0 when proven, else from the LP bound of the whole
    /// problem (a certificate, however the search stopped).
    pub shortfall: f64,
}

/// The swap between an earlier tier a and a later tier b: `steps` more of a
/// cost what `most` of b cost.
#[derive(Clone, Copy, Debug, Default)]
struct Exchange {
    steps: u64,
    most: u64,
}

/// Extra creators allowed per search level, tightened by exchanges.
type Limits = [u64; 5];

struct Search<'a> {
    items: &'a [Item],
    max_branches: u64,
    /// Greatest common divisor of the costs from each level on.
    divisor: [u64; 5],
    /// `exchange[a][b]` for levels a < b.
    exchange: [[Exchange; 5]; 5],
    branches: u64,
    counts: [u64; 5],
    best_value: f64,
    best: [u64; 5],
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl<'a> Search<'a> {
    fn new(items: &'a [Item], max_branches: u64) -> Self {
        let mut divisor = [0; 5];
        let mut common = 0;
        for (slot, item) in divisor.iter_mut().zip(items).rev() {
            common = gcd(item.cost, common);
            *slot = common;
        }
        let mut exchange = [[Exchange::default(); 5]; 5];
        for ((a, row), first) in exchange.iter_mut().enumerate().zip(items) {
            for (swap, second) in row.iter_mut().zip(items).skip(a + 1) {
                let g = gcd(first.cost, second.cost).max(1);
                *swap = Exchange {
                    steps: second.cost / g,
                    most: first.cost / g,
                };
            }
        }
        Search {
            items,
            max_branches,
            divisor,
            exchange,
            branches: 0,
            counts: [0; 5],
            best_value: -1.0,
            best: [0; 5],
        }
    }

    /// The LP-relaxation bound of filling `budget` fen with items from
    /// `level` on. Callers round the budget down to a multiple of the
    /// previous level's common divisor: the fill spends such a multiple, and
    /// lowering the previous count then frees whole multiples, so the bound
    /// grows by no more than what that count gave up.
    fn relaxed(&self, level: usize, budget: u64, limits: &Limits) -> f64 {
        self.fill(level, budget, limits, false)
    }

    /// A tighter bound on the same fill, for cutting one branch: any
    /// whole-number fill spends a multiple of the items' common divisor, and
    /// the first item is best taken as many whole times as fit (fewer frees
    /// budget that the rest turns into no more value per fen).
    fn tight(&self, level: usize, budget: u64, limits: &Limits) -> f64 {
        let divisor = self.divisor.get(level).copied().unwrap_or(0).max(1);
        self.fill(level, budget - budget % divisor, limits, true)
    }

    /// The greedy fill by value per fen, fractions allowed (but for the first
    /// item when `whole_first`).
    fn fill(&self, level: usize, mut budget: u64, limits: &Limits, whole_first: bool) -> f64 {
        let mut total = 0.0;
        for (at, (item, &limit)) in self.items.iter().zip(limits).enumerate().skip(level) {
            let whole = (budget / item.cost).min(limit);
            total += whole as f64 * item.value;
            budget -= whole * item.cost;
            if whole < limit && !(whole_first && at == level) {
                total += budget as f64 / item.cost as f64 * item.value;
                break;
            }
        }
        total
    }

    fn improves(&self, value: f64) -> bool {
        value > self.best_value + 1e-12 * self.best_value.abs().max(1.0)
    }

    /// The limits below `level` once its count is `n`.
    fn after(&self, level: usize, n: u64, limits: &Limits) -> Limits {
        let mut next = *limits;
        let (Some(item), Some(row)) = (self.items.get(level), self.exchange.get(level)) else {
            return next;
        };
        for (limit, swap) in next.iter_mut().zip(row).skip(level + 1) {
            if n.saturating_add(swap.steps) <= item.room {
                *limit = (*limit).min(swap.most.saturating_sub(1));
            }
        }
        next
    }

    fn record(&mut self, value: f64) {
        if self.improves(value) || self.best_value < 0.0 {
            self.best_value = value;
            self.best = self.counts;
        }
    }

    fn run(&mut self, level: usize, budget: u64, value: f64, limits: &Limits) {
        let Some(&item) = self.items.get(level) else {
            return;
        };
        let limit = |at: usize| limits.get(at).copied().unwrap_or(0);
        if let Some(next) = self
            .items
            .get(level + 1)
            .filter(|_| level + 2 == self.items.len())
        {
            let fill = best_pair(
                Kind {
                    cost: item.cost,
                    value: item.value,
                    limit: limit(level),
                },
                Kind {
                    cost: next.cost,
                    value: next.value,
                    limit: limit(level + 1),
                },
                budget,
            );
            self.branches += fill.steps;
            self.set(level, fill.a);
            self.set(level + 1, fill.b);
            self.record(value + fill.value);
            self.set(level, 0);
            self.set(level + 1, 0);
            return;
        }
        let most = (budget / item.cost).min(limit(level));
        let unit = self.divisor.get(level).copied().unwrap_or(0).max(1);
        for n in (0..=most).rev() {
            if self.branches >= self.max_branches {
                break;
            }
            self.branches += 1;
            let left = budget - n * item.cost;
            let here = value + n as f64 * item.value;
            let next = self.after(level, n, limits);
            if self.best_value >= 0.0 {
                let whole = left - left % unit;
                if !self.improves(here + self.relaxed(level + 1, whole, &next)) {
                    break;
                }
                if !self.improves(here + self.tight(level + 1, left, &next)) {
                    continue;
                }
            }
            self.set(level, n);
            self.run(level + 1, left, here, &next);
        }
        self.set(level, 0);
    }

    fn set(&mut self, level: usize, n: u64) {
        if let Some(slot) = self.counts.get_mut(level) {
            *slot = n;
        }
    }
}

fn fen(yuan: f64) -> u64 {
    (yuan * 100.0).round().max(0.0) as u64
}

/// The best whole-number counts per tier, in [`Tier::ALL`] order, or the
/// inputs that cannot all hold.
pub fn optimise(inputs: &MixInputs) -> Result<Solution, Conflict> {
    optimise_within(inputs, MAX_BRANCHES)
}

/// [`optimise`] with another branch guard (tests check the certificate).
pub fn optimise_within(inputs: &MixInputs, max_branches: u64) -> Result<Solution, Conflict> {
    let shares = inputs.feed_share + inputs.search_share;
    if shares >= 1.0 {
        return Err(Conflict::AdsTakeAll { shares });
    }
    let creator_budget = pillars(inputs).creators;
    // Rounded down so a plan never spends a fraction of a fen too much.
    let budget = (creator_budget * 100.0 + 1e-6).floor().max(0.0) as u64;
    let rules = &inputs.rules;
    let mut minimum = [0u64; 5];
    *Tier::Mid.of_mut(&mut minimum) = rules.min_reviews;
    *Tier::Seeding.of_mut(&mut minimum) = rules.min_seeding;
    let per = Tier::ALL.map(|t| per_creator(inputs, t));
    let costs = per.map(|p| fen(p.cost).max(1));

    let cheapest = Tier::ALL
        .into_iter()
        .min_by_key(|t| *t.of(&costs))
        .unwrap_or(Tier::Seeding);
    if budget < *cheapest.of(&costs) {
        return Err(Conflict::BudgetBelowCheapest {
            creator_budget,
            tier: cheapest,
            cost: cheapest.of(&per).cost,
        });
    }
    let minimum_cost: u128 = Tier::ALL
        .iter()
        .map(|t| u128::from(*t.of(&minimum)) * u128::from(*t.of(&costs)))
        .fold(0, u128::saturating_add);
    if minimum_cost > u128::from(budget) {
        return Err(Conflict::MinimumsOverBudget {
            cost: minimum_cost as f64 / 100.0,
            creator_budget,
        });
    }
    let share_budget = (creator_budget * rules.max_tier_share * 100.0 + 1e-6).floor() as u64;
    let mut items = Vec::with_capacity(5);
    for t in Tier::ALL {
        let (cost, min) = (*t.of(&costs), *t.of(&minimum));
        let mut cap = share_budget / cost;
        if t == Tier::Head {
            cap = cap.min(rules.head_cap);
        }
        if min > cap {
            return Err(Conflict::MinimumAboveCap {
                tier: t,
                minimum: min,
                cap,
            });
        }
        items.push(Item {
            tier: t,
            cost,
            value: t.of(&per).value(inputs.objective).max(0.0),
            room: cap - min,
        });
    }
    let left = budget - minimum_cost as u64;
    // Best value per fen first; among equals the dearer first (fewer branches).
    items.sort_by(|a, b| {
        (b.value / b.cost as f64)
            .total_cmp(&(a.value / a.cost as f64))
            .then(b.cost.cmp(&a.cost))
    });
    let mut rooms = [0; 5];
    for (room, item) in rooms.iter_mut().zip(&items) {
        *room = item.room;
    }
    let mut search = Search::new(&items, max_branches);
    search.run(0, left, 0.0, &rooms);
    let mut counts = minimum;
    for (item, extra) in items.iter().zip(&search.best) {
        *item.tier.of_mut(&mut counts) += extra;
    }
    let proven = search.branches < max_branches;
    let shortfall = if proven {
        0.0
    } else {
        let required: f64 = items
            .iter()
            .map(|item| *item.tier.of(&minimum) as f64 * item.value)
            .sum();
        let bound = search.relaxed(0, left, &rooms);
        ((bound - search.best_value) / (required + bound)).max(0.0)
    };
    Ok(Solution {
        counts,
        proven,
        branches: search.branches,
        shortfall,
    })
}
