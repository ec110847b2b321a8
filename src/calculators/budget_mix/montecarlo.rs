//! The uncertainty band: a seeded Monte Carlo over each tier's engagement
//! rate (triangular on low / likely / high) and fake share (uniform within
//! ± the spread), for fixed counts. One rate and one fake share are drawn per
//! tier and draw: the band is about how wrong the benchmarks may be, which
//! moves all creators of a tier together. The generator is SplitMix64, written
//! in `crate::random` so the same seed gives the same band everywhere
//! (domain facts §4.5).

use super::model::{per_creator_at, MixInputs, Tier};
pub use crate::random::SplitMix64;

/// Draws per band.
pub const DRAWS: usize = 10_000;
/// Bars of the distribution chart.
pub const BINS: usize = 24;

/// A draw from the triangular distribution on `[low, high]` with mode `mode`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let (low, high) = (low.min(high), low.max(high));
    // NaN ends leave no interval to draw from (clamp would panic on them).
    if low.is_nan() || high.is_nan() {
        return if mode.is_finite() { mode } else { 0.0 };
    }
    let mode = mode.clamp(low, high);
    let width = high - low;
    if width <= 0.0 {
        return mode;
    }
    let split = (mode - low) / width;
    if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

/// P10, P50 and P90 of the band with the histogram drawn from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Total authentic engagements: P10, P50, P90.
    pub authentic: [f64; 3],
    /// Cost per authentic engagement: P10, P50, P90 (P10 is the cheap end);
    /// `None` when no draw has engagements.
    pub cpe: Option<[f64; 3]>,
    /// Lowest and highest draw of authentic engagements.
    pub range: (f64, f64),
    /// Draws per bar, [`BINS`] equal bars over `range`.
    pub histogram: Vec<u32>,
    /// `mc_authentic_mean`: the expected total, each tier at its mean rate
    /// (low + likely + high) / 3 and its fake share. Above the likely-rate
    /// total whenever high is further above likely than low is below it,
    /// which is why P50 sits above the plan's totals.
    pub expected_authentic: f64,
}

/// The triangular distribution's mean: (low + mode + high) / 3.
pub fn triangular_mean(low: f64, mode: f64, high: f64) -> f64 {
    (low + mode + high) / 3.0
}

/// P10, P50 and P90 by nearest rank, as a sorted copy would give them:
/// selection is linear where sorting 10,000 draws dominated the band's time.
/// Selection leaves only larger or equal draws after a rank, so the search
/// for the next, higher rank starts there.
fn percentiles(draws: &mut [f64]) -> [f64; 3] {
    let mut from = 0;
    [0.1, 0.5, 0.9].map(|p| {
        let at = ((draws.len().saturating_sub(1)) as f64 * p).round() as usize;
        let found = draws
            .get_mut(from..)
            .and_then(|rest| crate::sort::select_number(rest, at - from));
        from = at;
        found.unwrap_or(0.0)
    })
}

/// What a tier's draws depend on: one creator's reach (notes × followers),
/// the engagement rate's low / likely / high and the fake share.
#[derive(Clone, Copy, Debug, PartialEq)]
struct TierDrawInputs {
    reach: f64,
    rate: [f64; 3],
    fake: f64,
}

/// Everything the draws depend on. The counts are not part of it: they
/// only multiply each draw, so a new mix reuses the draws.
#[derive(Clone, Copy, Debug, PartialEq)]
struct DrawKey {
    seed: u64,
    fake_spread: f64,
    tiers: [TierDrawInputs; 5],
}

impl DrawKey {
    /// The key of `inputs`.
    fn of(inputs: &MixInputs) -> DrawKey {
        DrawKey {
            seed: inputs.seed,
            fake_spread: inputs.fake_spread,
            tiers: Tier::ALL.map(|t| {
                let row = t.of(&inputs.tiers);
                let one = per_creator_at(inputs, t, 1.0, Some(0.0));
                TierDrawInputs {
                    reach: one.notes * row.followers,
                    rate: row.rate,
                    fake: row.fake,
                }
            }),
        }
    }
}

/// Each draw's authentic engagements of one creator per tier. Editing the
/// budget or the mix keeps them; only the tiers' rates, fake shares,
/// reach, the spread or the seed draw them anew.
#[derive(Clone, Debug)]
pub struct TierDraws {
    key: DrawKey,
    per_creator: Vec<[f64; 5]>,
}

impl TierDraws {
    /// [`DRAWS`] draws for `key`.
    fn new(key: DrawKey) -> TierDraws {
        let mut rng = SplitMix64::new(key.seed);
        let per_creator = (0..DRAWS)
            .map(|_| {
                key.tiers.map(|tier| {
                    // Every tier takes its two numbers, so the draws of one
                    // tier do not depend on another.
                    let (u_rate, u_fake) = (rng.next_f64(), rng.next_f64());
                    let rate = triangular(u_rate, tier.rate[0], tier.rate[1], tier.rate[2]);
                    let fake = (tier.fake + (u_fake * 2.0 - 1.0) * key.fake_spread).clamp(0.0, 1.0);
                    // reach × rate × (1 − fake), in the order `per_creator_at`
                    // multiplies, so the band is the same to the last bit.
                    tier.reach * rate * (1.0 - fake)
                })
            })
            .collect();
        TierDraws { key, per_creator }
    }
}

/// The band of total authentic engagements and CPE for `counts`.
pub fn simulate(inputs: &MixInputs, counts: &[u64; 5], cost: f64) -> Band {
    simulate_with(&TierDraws::new(DrawKey::of(inputs)), counts, cost)
}

/// [`simulate`], reusing the draws in `kept` when they were made for the
/// same [`DrawKey`] and keeping the ones it makes otherwise.
pub fn simulate_reusing(
    kept: &mut Option<TierDraws>,
    inputs: &MixInputs,
    counts: &[u64; 5],
    cost: f64,
) -> Band {
    let key = DrawKey::of(inputs);
    let draws = match kept {
        Some(draws) if draws.key == key => draws,
        _ => kept.insert(TierDraws::new(key)),
    };
    simulate_with(draws, counts, cost)
}

/// [`simulate`] on draws made for the scenario's [`DrawKey`].
fn simulate_with(draws: &TierDraws, counts: &[u64; 5], cost: f64) -> Band {
    let counts = counts.map(|n| n as f64);
    let mut totals: Vec<f64> = draws
        .per_creator
        .iter()
        .map(|per_creator| {
            let mut total = 0.0;
            for (&n, &one) in counts.iter().zip(per_creator) {
                // A tier without creators adds nothing, not 0 × NaN.
                if n != 0.0 {
                    total += n * one;
                }
            }
            total
        })
        .collect();
    let authentic = percentiles(&mut totals);
    let low = totals.iter().copied().fold(f64::INFINITY, f64::min);
    let high = totals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (low, high) = if totals.is_empty() {
        (0.0, 0.0)
    } else {
        (low, high)
    };
    let mut histogram = vec![0u32; BINS];
    let width = (high - low) / BINS as f64;
    for &v in &totals {
        let bin = if width > 0.0 {
            (((v - low) / width) as usize).min(BINS - 1)
        } else {
            0
        };
        if let Some(slot) = histogram.get_mut(bin) {
            *slot += 1;
        }
    }
    // CPE falls as engagements rise, so its P10 comes from their P90.
    let [p10, p50, p90] = authentic;
    let cpe = (p10 > 0.0)
        .then(|| [cost / p90, cost / p50, cost / p10])
        .filter(|c| c.iter().all(|v| v.is_finite()));
    let expected_authentic = counts
        .iter()
        .zip(&draws.key.tiers)
        .map(|(&n, tier)| {
            n * tier.reach
                * triangular_mean(tier.rate[0], tier.rate[1], tier.rate[2])
                * (1.0 - tier.fake)
        })
        .sum();
    Band {
        authentic,
        cpe,
        range: (low, high),
        histogram,
        expected_authentic,
    }
}
