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
}

fn percentiles(sorted: &[f64]) -> [f64; 3] {
    [0.1, 0.5, 0.9].map(|p| {
        let at = ((sorted.len().saturating_sub(1)) as f64 * p).round() as usize;
        sorted.get(at).copied().unwrap_or(0.0)
    })
}

/// The band of total authentic engagements and CPE for `counts`.
pub fn simulate(inputs: &MixInputs, counts: &[u64; 5], cost: f64) -> Band {
    let mut rng = SplitMix64::new(inputs.seed);
    let mut totals = Vec::with_capacity(DRAWS);
    for _ in 0..DRAWS {
        let mut total = 0.0;
        for t in Tier::ALL {
            let n = *t.of(counts);
            let row = t.of(&inputs.tiers);
            let rate = triangular(rng.next_f64(), row.rate[0], row.rate[1], row.rate[2]);
            let spread = (rng.next_f64() * 2.0 - 1.0) * inputs.fake_spread;
            let fake = (row.fake + spread).clamp(0.0, 1.0);
            if n > 0 {
                total += n as f64 * per_creator_at(inputs, t, rate, Some(fake)).authentic;
            }
        }
        totals.push(total);
    }
    totals.sort_by(f64::total_cmp);
    let authentic = percentiles(&totals);
    let low = totals.first().copied().unwrap_or(0.0);
    let high = totals.last().copied().unwrap_or(0.0);
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
    Band {
        authentic,
        cpe,
        range: (low, high),
        histogram,
    }
}
