//! The exact 0/1 pick: choose creators x_i ∈ {0, 1} to maximise Σ v_i·x_i
//! subject to Σ c_i·x_i ≤ budget, Σ_{tier t} c_i·x_i ≤ max share × budget
//! for each tier, Σ_{head} x_i ≤ head cap, Σ_{mid} x_i ≥ minimum reviews,
//! and x_i = 1 for kept creators: the budget mix's layer rules, per creator.
//!
//! Costs are whole fen, so every budget test is exact integer arithmetic.
//! Depth-first branch and bound over the free creators in falling order of
//! value per fen, each tried in before out. A branch is cut when its bound
//! cannot beat the best pick found. The bound is the smaller of two
//! Lagrangian relaxations of the head cap over the LP relaxation (each
//! filled greedily by value per fen with fractions allowed, each tier up to
//! what its share cap leaves, which is the LP optimum here: every cap
//! counts fen, and the tier caps nest inside the budget): heads free but
//! their spend capped at what the dearest heads the cap allows cost, or
//! heads priced at the value of the first head beyond the cap's most
//! valuable ones. The minimum reviews are relaxed in the bound, which keeps
//! it an upper bound. A first pick (the cheapest creators that meet the
//! minimum reviews, then greedy by value per fen) starts the search, so a
//! pick exists whenever one can; then, at the root, a creator whose
//! booking (or leaving out) bounds every pick at or below it is left out
//! (or booked) before the search, which then runs over the rest.
//!
//! The search stops after [`MAX_NODES`] nodes (a count, so the result never
//! depends on the machine); the pick is then `best_found`, with the LP
//! bound's certificate of how much better the optimum could be at most.
//! Ties within a relative 1e-12 keep the first pick found.

use super::rules::ShortlistRules;
use crate::calculators::budget_mix::model::{Conflict, Tier as MixTier};
use crate::calculators::engagement::model::Tier;

/// Nodes searched before the search stops proving.
pub const MAX_NODES: u64 = 60_000;

/// Rounds of root fixing before the search.
const FIXING_PASSES: usize = 1;

/// Most a creator may bring to the objective: far above any real figure,
/// low enough that 500 of them sum to a finite number.
pub const MAX_VALUE: f64 = 1e15;

/// A creator the optimiser may pick.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    /// Cost with the platform fee, fen.
    pub cost: u64,
    /// What the creator brings to the objective (≥ 0).
    pub value: f64,
    /// Tier.
    pub tier: Tier,
    /// Must book.
    pub keep: bool,
}

/// The outcome of a pick.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    /// Per candidate, whether it is booked (all false on a conflict).
    pub chosen: Vec<bool>,
    /// Proven, stopped with a certificate, or why no pick respects the rules.
    pub status: Result<Proof, Conflict>,
    /// Σ value of the pick.
    pub value: f64,
    /// Nodes searched.
    pub nodes: u64,
}

/// How good the pick is known to be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Proof {
    /// True when the search finished: no pick is better.
    pub proven: bool,
    /// No pick is better than this one by more than this share of the best
    /// possible value (0 when proven): the LP bound's certificate.
    pub shortfall: f64,
}

/// The budget mix's tier of the same name, for its conflict texts.
pub fn mix_tier(tier: Tier) -> MixTier {
    match tier {
        Tier::Koc => MixTier::Koc,
        Tier::Tail => MixTier::Tail,
        Tier::Mid => MixTier::Mid,
        Tier::Head => MixTier::Head,
    }
}

fn slot(tier: Tier) -> usize {
    super::model::tier_index(tier)
}

/// What is left while searching.
#[derive(Clone, Copy, Debug)]
struct Room {
    budget: u64,
    tier: [u64; 4],
    heads: u64,
    /// Mid creators still needed.
    mids_needed: u64,
}

impl Room {
    fn fits(&self, item: &Candidate) -> bool {
        let t = slot(item.tier);
        item.cost <= self.budget
            && self.tier.get(t).is_some_and(|&left| item.cost <= left)
            && (item.tier != Tier::Head || self.heads > 0)
    }

    fn take(&self, item: &Candidate) -> Room {
        let mut next = *self;
        let t = slot(item.tier);
        next.budget -= item.cost;
        if let Some(left) = next.tier.get_mut(t) {
            *left -= item.cost;
        }
        if item.tier == Tier::Head {
            next.heads -= 1;
        }
        if item.tier == Tier::Mid {
            next.mids_needed = next.mids_needed.saturating_sub(1);
        }
        next
    }
}

/// The creators still free, with what the bound needs about them.
struct Core {
    items: Vec<Candidate>,
    /// Mid creators from each position on.
    mids_after: Vec<u64>,
    /// Fen the h dearest heads cost together, for h = 0, 1, …: no pick
    /// with h more heads spends more on them.
    dearest_heads: Vec<u64>,
    /// Positions of the heads, most valuable first.
    heads_by_value: Vec<usize>,
}

/// A head priced out of the bound: its value less the price, cost, tier.
type Priced = (f64, u64, Tier);

impl Core {
    /// `items` in falling order of value per fen.
    fn new(items: Vec<Candidate>) -> Core {
        let mut mids_after = vec![0u64; items.len() + 1];
        for i in (0..items.len()).rev() {
            let here = u64::from(items.get(i).is_some_and(|c| c.tier == Tier::Mid));
            let next = mids_after.get(i + 1).copied().unwrap_or(0);
            if let Some(slot) = mids_after.get_mut(i) {
                *slot = next + here;
            }
        }
        let mut head_costs: Vec<u64> = items
            .iter()
            .filter(|c| c.tier == Tier::Head)
            .map(|c| c.cost)
            .collect();
        head_costs.sort_unstable_by(|a, b| b.cmp(a));
        let mut dearest_heads = vec![0u64];
        for cost in head_costs {
            let last = dearest_heads.last().copied().unwrap_or(0);
            dearest_heads.push(last.saturating_add(cost));
        }
        let mut heads_by_value: Vec<usize> = (0..items.len())
            .filter(|&i| items.get(i).is_some_and(|c| c.tier == Tier::Head))
            .collect();
        let value = |i: usize| items.get(i).map_or(0.0, |c| c.value);
        heads_by_value.sort_by(|&a, &b| value(b).total_cmp(&value(a)).then(a.cmp(&b)));
        Core {
            items,
            mids_after,
            dearest_heads,
            heads_by_value,
        }
    }

    /// Upper bound on what items from `at` on, `skip` left out, can add
    /// within `room`: the smaller of two Lagrangian relaxations of the head
    /// cap, each a bound on the LP relaxation, which bounds every pick.
    /// With no price on heads, heads' spend is capped at what the dearest
    /// heads the cap allows cost. Priced at the value of the first head
    /// beyond the cap's most valuable ones, only those are worth anything,
    /// each its value less the price, and the price comes back once per
    /// head the cap allows.
    fn bound(&self, at: usize, room: &Room, skip: Option<usize>) -> f64 {
        let free = self.fill(at, room, skip, None);
        if room.heads == 0 || self.heads_by_value.is_empty() {
            return free;
        }
        let cap = usize::try_from(room.heads).unwrap_or(usize::MAX);
        let mut best: Vec<Priced> = Vec::new();
        let mut price = 0.0;
        for &i in &self.heads_by_value {
            if i < at || Some(i) == skip {
                continue;
            }
            let Some(c) = self.items.get(i) else { continue };
            if best.len() == cap {
                price = c.value;
                break;
            }
            best.push((c.value, c.cost, c.tier));
        }
        if price <= 0.0 {
            return free;
        }
        best.retain(|h| h.0 > price);
        for h in &mut best {
            h.0 -= price;
        }
        best.sort_by(|a, b| (b.0 / b.1.max(1) as f64).total_cmp(&(a.0 / a.1.max(1) as f64)));
        let priced = self.fill(at, room, skip, Some(&best)) + price * room.heads as f64;
        free.min(priced)
    }

    /// The LP optimum of filling `room` with items from `at` on, greedily
    /// by value per fen (optimal here: every cap counts fen and the tier
    /// caps nest inside the budget). `priced`: the heads that count
    /// instead of every head, best reduced value per fen first.
    fn fill(&self, at: usize, room: &Room, skip: Option<usize>, priced: Option<&[Priced]>) -> f64 {
        let mut budget = room.budget;
        let mut tier = room.tier;
        if let (Some(left), Some(&most)) = (
            tier.get_mut(slot(Tier::Head)),
            self.dearest_heads
                .get(room.heads as usize)
                .or(self.dearest_heads.last()),
        ) {
            *left = (*left).min(most);
        }
        let mut total = 0.0;
        let mut add = |value: f64, cost: u64, of: Tier, budget: &mut u64| {
            let Some(left) = tier.get_mut(slot(of)) else {
                return;
            };
            let spend = cost.min(*budget).min(*left);
            if spend == 0 {
                return;
            }
            total += if spend == cost {
                value
            } else {
                value * spend as f64 / cost as f64
            };
            *budget -= spend;
            *left -= spend;
        };
        let special = priced.unwrap_or(&[]);
        let mut next = 0;
        let skip_heads = room.heads == 0 || priced.is_some();
        for (i, item) in self.items.iter().enumerate().skip(at) {
            let value = item.value;
            if budget == 0 {
                break;
            }
            if Some(i) == skip || (skip_heads && item.tier == Tier::Head) {
                continue;
            }
            let density = value / item.cost.max(1) as f64;
            while let Some(&(head, cost, of)) = special.get(next) {
                if head / cost.max(1) as f64 <= density {
                    break;
                }
                add(head, cost, of, &mut budget);
                next += 1;
            }
            add(value, item.cost, item.tier, &mut budget);
        }
        for &(value, cost, of) in special.iter().skip(next) {
            add(value, cost, of, &mut budget);
        }
        total
    }

    /// Mid creators other than `skip`.
    fn mids_without(&self, skip: usize) -> u64 {
        let all = self.mids_after.first().copied().unwrap_or(0);
        all - u64::from(self.items.get(skip).is_some_and(|c| c.tier == Tier::Mid))
    }
}

/// Whether `value` beats `best` (ties within a relative 1e-12 do not).
fn better(value: f64, best: f64) -> bool {
    value > best * (1.0 + 1e-12) || best < 0.0
}

/// What fixing the creators at the root decided.
enum Fixed {
    /// Any pick better than the best found books these (positions in the
    /// core) and leaves out these.
    Some { take: Vec<usize>, drop: Vec<usize> },
    /// Nothing to fix.
    None,
    /// No pick beats the best found.
    Done,
}

/// Root reduction: a creator whose booking (or leaving out) bounds every
/// pick below the best found is left out (or booked) in any better pick.
/// Each test bounds the whole problem with one creator fixed, so the
/// decisions hold together.
fn fix(core: &Core, room: &Room, base: f64, best: f64) -> Fixed {
    let mut take = Vec::new();
    let mut drop = Vec::new();
    for (i, item) in core.items.iter().enumerate() {
        let out = if core.mids_without(i) < room.mids_needed {
            f64::NEG_INFINITY
        } else {
            base + core.bound(0, room, Some(i))
        };
        let into = if room.fits(item) {
            base + item.value + core.bound(0, &room.take(item), Some(i))
        } else {
            f64::NEG_INFINITY
        };
        match (better(out, best), better(into, best)) {
            (false, false) => return Fixed::Done,
            (false, true) => take.push(i),
            (true, false) => drop.push(i),
            (true, true) => {}
        }
    }
    if take.is_empty() && drop.is_empty() {
        Fixed::None
    } else {
        Fixed::Some { take, drop }
    }
}

struct Search<'a> {
    core: &'a Core,
    max_nodes: u64,
    nodes: u64,
    stopped: bool,
    taken: Vec<bool>,
    best_value: f64,
    /// The best pick the search found, when better than the first.
    best: Option<Vec<bool>>,
}

impl Search<'_> {
    fn run(&mut self, at: usize, room: Room, value: f64) {
        self.nodes += 1;
        if self.nodes > self.max_nodes {
            self.stopped = true;
            return;
        }
        if room.mids_needed == 0 && better(value, self.best_value) {
            self.best_value = value;
            self.best = Some(self.taken.clone());
        }
        let Some(item) = self.core.items.get(at) else {
            return;
        };
        if self.core.mids_after.get(at).copied().unwrap_or(0) < room.mids_needed {
            return;
        }
        if !better(value + self.core.bound(at, &room, None), self.best_value) {
            return;
        }
        if room.fits(item) {
            if let Some(t) = self.taken.get_mut(at) {
                *t = true;
            }
            self.run(at + 1, room.take(item), value + item.value);
            if let Some(t) = self.taken.get_mut(at) {
                *t = false;
            }
            if self.stopped {
                return;
            }
        }
        self.run(at + 1, room, value);
    }
}

/// The best pick of `candidates` within `budget` fen under `rules`.
pub fn optimise(candidates: &[Candidate], budget: u64, rules: &ShortlistRules) -> Pick {
    optimise_within(candidates, budget, rules, MAX_NODES)
}

/// [`optimise`] with another node guard (tests check the certificate).
pub fn optimise_within(
    candidates: &[Candidate],
    budget: u64,
    rules: &ShortlistRules,
    max_nodes: u64,
) -> Pick {
    // A direct caller's NaN, infinite or negative value counts as nothing,
    // and a value above [`MAX_VALUE`] as that.
    let sane: Vec<Candidate> = candidates
        .iter()
        .map(|c| Candidate {
            value: if c.value.is_finite() {
                c.value.clamp(0.0, MAX_VALUE)
            } else {
                0.0
            },
            ..*c
        })
        .collect();
    let candidates = &sane[..];
    let conflict = |conflict| Pick {
        chosen: vec![false; candidates.len()],
        status: Err(conflict),
        value: 0.0,
        nodes: 0,
    };
    let yuan = |fen: u64| fen as f64 / 100.0;
    let share = if rules.max_tier_share.is_finite() {
        rules.max_tier_share.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let share_cap = (budget as f64 * share + 1e-6).floor() as u64;
    // The kept creators first: they are booked whatever the rest.
    let mut room = Room {
        budget,
        tier: [share_cap; 4],
        heads: rules.head_cap,
        mids_needed: rules.min_reviews,
    };
    let mut kept_cost: u64 = 0;
    for item in candidates.iter().filter(|c| c.keep) {
        // A sum past u64::MAX is past any budget too.
        let within = kept_cost.checked_add(item.cost).filter(|&c| c <= budget);
        let Some(cost) = within else {
            return conflict(Conflict::MinimumsOverBudget {
                cost: yuan(
                    candidates
                        .iter()
                        .filter(|c| c.keep)
                        .fold(0u64, |sum, c| sum.saturating_add(c.cost)),
                ),
                creator_budget: yuan(budget),
            });
        };
        kept_cost = cost;
        let t = slot(item.tier);
        let kept_in_tier: u64 = candidates
            .iter()
            .filter(|c| c.keep && c.tier == item.tier)
            .count() as u64;
        let over_share = room.tier.get(t).is_some_and(|&left| item.cost > left);
        if over_share || (item.tier == Tier::Head && room.heads == 0) {
            let cap = if item.tier == Tier::Head {
                rules.head_cap
            } else {
                kept_in_tier - 1
            };
            return conflict(Conflict::MinimumAboveCap {
                tier: mix_tier(item.tier),
                minimum: kept_in_tier,
                cap,
            });
        }
        room = room.take(item);
    }
    let kept_value: f64 = candidates.iter().filter(|c| c.keep).map(|c| c.value).sum();

    // Free creators that could still be booked, best value per fen first.
    let mut order: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates.get(i).is_some_and(|c| !c.keep && room.fits(c)))
        .collect();
    let density = |i: usize| {
        candidates
            .get(i)
            .map_or(0.0, |c| c.value / c.cost.max(1) as f64)
    };
    order.sort_by(|&a, &b| density(b).total_cmp(&density(a)).then(a.cmp(&b)));
    let items: Vec<Candidate> = order
        .iter()
        .filter_map(|&i| candidates.get(i).copied())
        .collect();

    // The cheapest mid creators that meet the minimum, or the conflict.
    let mut mids: Vec<usize> = (0..items.len())
        .filter(|&i| items.get(i).is_some_and(|c| c.tier == Tier::Mid))
        .collect();
    mids.sort_by_key(|&i| (items.get(i).map_or(0, |c| c.cost), i));
    let needed = room.mids_needed as usize;
    if mids.len() < needed {
        return conflict(Conflict::MinimumAboveCap {
            tier: MixTier::Mid,
            minimum: rules.min_reviews,
            cap: (rules.min_reviews - room.mids_needed) + mids.len() as u64,
        });
    }
    let mut start = room;
    let mut first = vec![false; items.len()];
    let mut first_value = 0.0;
    for &i in mids.iter().take(needed) {
        let Some(item) = items.get(i) else { continue };
        if !start.fits(item) {
            let cost: u64 = mids
                .iter()
                .take(needed)
                .filter_map(|&m| items.get(m))
                .fold(0u64, |sum, c| sum.saturating_add(c.cost))
                .saturating_add(kept_cost);
            return conflict(Conflict::MinimumsOverBudget {
                cost: yuan(cost),
                creator_budget: yuan(budget.min(share_cap.saturating_add(kept_cost))),
            });
        }
        start = start.take(item);
        if let Some(f) = first.get_mut(i) {
            *f = true;
        }
        first_value += item.value;
    }
    for (i, item) in items.iter().enumerate() {
        if first.get(i) == Some(&false) && start.fits(item) {
            start = start.take(item);
            if let Some(f) = first.get_mut(i) {
                *f = true;
            }
            first_value += item.value;
        }
    }
    if candidates.iter().all(|c| !c.keep) && items.is_empty() && rules.min_reviews == 0 {
        if let Some(cheapest) = candidates.iter().min_by_key(|c| c.cost) {
            return conflict(Conflict::BudgetBelowCheapest {
                creator_budget: yuan(budget),
                tier: mix_tier(cheapest.tier),
                cost: yuan(cheapest.cost),
            });
        }
    }

    // Fix what the bounds decide at the root, a few passes, then search
    // what is left. `core_at` maps core positions to `items` positions.
    let mut core = Core::new(items.clone());
    let mut core_at: Vec<usize> = (0..items.len()).collect();
    let mut fixed_in: Vec<usize> = Vec::new();
    let mut base_room = room;
    let mut base_value = 0.0;
    let mut done = false;
    for _ in 0..FIXING_PASSES {
        match fix(&core, &base_room, base_value, first_value) {
            Fixed::None => break,
            Fixed::Done => {
                done = true;
                break;
            }
            Fixed::Some { take, drop } => {
                for &i in &take {
                    let Some(item) = core.items.get(i) else {
                        continue;
                    };
                    if !base_room.fits(item) {
                        // Those every better pick books do not fit together.
                        done = true;
                        break;
                    }
                    base_room = base_room.take(item);
                    base_value += item.value;
                    fixed_in.extend(core_at.get(i));
                }
                if done {
                    break;
                }
                let keep: Vec<usize> = (0..core.items.len())
                    .filter(|i| take.binary_search(i).is_err() && drop.binary_search(i).is_err())
                    .collect();
                core_at = keep
                    .iter()
                    .filter_map(|&i| core_at.get(i).copied())
                    .collect();
                core = Core::new(
                    keep.iter()
                        .filter_map(|&i| core.items.get(i).copied())
                        .collect(),
                );
            }
        }
    }
    let mut search = Search {
        core: &core,
        max_nodes,
        nodes: 0,
        stopped: false,
        taken: vec![false; core.items.len()],
        best_value: first_value,
        best: None,
    };
    if !done {
        search.run(0, base_room, base_value);
    }
    let proven = !search.stopped;
    let shortfall = if proven {
        0.0
    } else {
        // Any better pick keeps the fixings, so this bounds the optimum.
        let bound =
            (base_value + core.bound(0, &base_room, None)).max(search.best_value) + kept_value;
        let found = search.best_value + kept_value;
        if bound > 0.0 {
            ((bound - found) / bound).max(0.0)
        } else {
            0.0
        }
    };
    let booked: Vec<bool> = match &search.best {
        Some(taken) => {
            let mut booked = vec![false; items.len()];
            for &i in fixed_in.iter().chain(
                core_at
                    .iter()
                    .zip(taken)
                    .filter(|(_, &t)| t)
                    .map(|(i, _)| i),
            ) {
                if let Some(b) = booked.get_mut(i) {
                    *b = true;
                }
            }
            booked
        }
        None => first,
    };
    let mut chosen: Vec<bool> = candidates.iter().map(|c| c.keep).collect();
    for (&i, &taken) in order.iter().zip(&booked) {
        if let Some(c) = chosen.get_mut(i) {
            *c = taken;
        }
    }
    Pick {
        chosen,
        status: Ok(Proof { proven, shortfall }),
        value: search.best_value + kept_value,
        nodes: search.nodes,
    }
}
