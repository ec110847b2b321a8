//! The exact integer optimum of the mix: maximise Σ n_t·v_t subject to
//! Σ n_t·c_t ≤ creator budget, n_seeding ≥ minimum, n_mid ≥ minimum reviews,
//! n_head ≤ cap and n_t·c_t ≤ max share × creator budget (domain facts §4.4).
//!
//! Costs are whole fen, so the budget test is exact integer arithmetic. The
//! search is depth-first branch and bound over the tiers in falling order of
//! value per yuan, each tier's count tried from its largest affordable value
//! down. A branch is cut when its LP-relaxation bound (the rest of the budget
//! filled greedily by value per yuan, fractions allowed, within each tier's
//! limit) cannot beat the best mix found. That bound is never below the best
//! whole-number completion, so no better mix is ever cut: the result is the
//! optimum (ties within a relative 1e-12 keep the first mix found). Lowering
//! a count of the best-ratio tier can only lower the bound, so each tier's
//! loop stops at its first cut. Tests check it against brute force.
//!
//! When tiers give (nearly) the same value per yuan the bound barely cuts,
//! and proving the optimum can take millions of branches. The search then
//! stops after [`MAX_BRANCHES`] and says the mix is the best found, not a
//! proven optimum, rather than freeze the page.

use super::model::{per_creator, pillars, Conflict, MixInputs, Tier};

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

/// Branches tried before the search gives up proving (about 20 ms in a browser).
pub const MAX_BRANCHES: u64 = 1_000_000;

/// The counts chosen and whether they are proven optimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Solution {
    /// Creators per tier, in [`Tier::ALL`] order.
    pub counts: [u64; 5],
    /// False when the search stopped at [`MAX_BRANCHES`].
    pub proven: bool,
}

struct Search<'a> {
    items: &'a [Item],
    branches: u64,
    counts: Vec<u64>,
    best_value: f64,
    best: Vec<u64>,
}

impl Search<'_> {
    /// The LP bound of filling `budget` fen with items from `level` on.
    fn bound(&self, level: usize, mut budget: u64) -> f64 {
        let mut total = 0.0;
        for item in self.items.iter().skip(level) {
            let whole = (budget / item.cost).min(item.room);
            total += whole as f64 * item.value;
            budget -= whole * item.cost;
            if whole < item.room {
                total += budget as f64 / item.cost as f64 * item.value;
                break;
            }
        }
        total
    }

    fn improves(&self, value: f64) -> bool {
        value > self.best_value + 1e-12 * self.best_value.abs().max(1.0)
    }

    fn run(&mut self, level: usize, budget: u64, value: f64) {
        let Some(&item) = self.items.get(level) else {
            if self.improves(value) || self.best_value < 0.0 {
                self.best_value = value;
                self.best.clone_from(&self.counts);
            }
            return;
        };
        let most = (budget / item.cost).min(item.room);
        let last = level + 1 == self.items.len();
        for n in (0..=most).rev() {
            if self.branches >= MAX_BRANCHES {
                break;
            }
            self.branches += 1;
            let left = budget - n * item.cost;
            let here = value + n as f64 * item.value;
            if self.best_value >= 0.0 && !self.improves(here + self.bound(level + 1, left)) {
                break;
            }
            if let Some(slot) = self.counts.get_mut(level) {
                *slot = n;
            }
            self.run(level + 1, left, here);
            if last {
                break;
            }
        }
        if let Some(slot) = self.counts.get_mut(level) {
            *slot = 0;
        }
    }
}

fn fen(yuan: f64) -> u64 {
    (yuan * 100.0).round().max(0.0) as u64
}

/// The best whole-number counts per tier, in [`Tier::ALL`] order, or the
/// inputs that cannot all hold.
pub fn optimise(inputs: &MixInputs) -> Result<Solution, Conflict> {
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
    let mut search = Search {
        items: &items,
        branches: 0,
        counts: vec![0; items.len()],
        best_value: -1.0,
        best: vec![0; items.len()],
    };
    search.run(0, left, 0.0);
    let mut counts = minimum;
    for (item, extra) in items.iter().zip(&search.best) {
        *item.tier.of_mut(&mut counts) += extra;
    }
    Ok(Solution {
        counts,
        proven: search.branches < MAX_BRANCHES,
    })
}
