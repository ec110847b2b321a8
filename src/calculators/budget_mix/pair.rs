//! The best whole-number fill of a budget with two kinds of creator, exact
//! and in a number of steps that grows with the logarithm of the costs, not
//! with the counts. The optimiser's search ends on it for its last two tiers,
//! where tiers of (nearly) the same value per yuan would otherwise have it
//! try every count of the first.
//!
//! Kind a gives at least as much per fen as kind b. Count a down from its
//! most, y steps: while b is under its limit, b fills what a leaves and the
//! fen left over is r(y) = (r₀ + y·c_a) mod c_b. A step down costs a's edge
//! over b, so only steps that reach a new lowest r can pay. Those records
//! come in runs of equal steps (Δy, δ): a run lasts while r ≥ δ, and each
//! later run has a smaller δ per step. So the search takes whole runs while
//! a run gains value and stops at the first that does not. Beyond b's limit
//! only a counts, so the first count there is the one candidate.

/// One kind of creator.
#[derive(Clone, Copy, Debug)]
pub struct Kind {
    /// Cost of one creator, fen (at least 1).
    pub cost: u64,
    /// Objective value of one creator.
    pub value: f64,
    /// Most creators allowed.
    pub limit: u64,
}

/// The best fill found and the steps it took.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fill {
    /// Creators of kind a.
    pub a: u64,
    /// Creators of kind b.
    pub b: u64,
    /// Their value.
    pub value: f64,
    /// Runs examined (for the search's count of branches).
    pub steps: u64,
}

/// The most valuable counts of `a` and `b` within `budget` fen and their
/// limits, when `a` gives at least as much value per fen as `b`.
pub fn best_pair(a: Kind, b: Kind, budget: u64) -> Fill {
    let (ca, cb) = (u128::from(a.cost.max(1)), u128::from(b.cost.max(1)));
    let budget = u128::from(budget);
    let most = u128::from(a.limit).min(budget / ca);
    let fill = |y: u128, steps: u64| {
        let count_a = most - y;
        let count_b = ((budget - count_a * ca) / cb).min(u128::from(b.limit));
        let (count_a, count_b) = (as_u64(count_a), as_u64(count_b));
        Fill {
            a: count_a,
            b: count_b,
            value: count_a as f64 * a.value + count_b as f64 * b.value,
            steps,
        }
    };
    // Past `open`, b is at its limit and fewer a only loses value.
    let left = budget - most * ca;
    let full = (u128::from(b.limit) + 1) * cb;
    if full <= left {
        return fill(0, 1);
    }
    let open = (full - left).div_ceil(ca) - 1;
    let mut best = fill(0, 1);
    if open < most {
        let capped = fill(open + 1, 1);
        if capped.value > best.value {
            best = capped;
        }
    }
    let open = open.min(most);
    let shift = ca % cb;
    let (mut y, mut r, mut steps) = (0u128, left % cb, 1u64);
    while r > 0 && y < open {
        // The first step that wraps past c_b, landing below r.
        let Some(dy) = first_in(shift, cb, cb - r, cb - 1) else {
            break;
        };
        let drop = cb - (dy * shift) % cb;
        // Each step of the run adds (dy·c_a + drop) / c_b creators of b.
        let gain = ((dy * ca + drop) / cb) as f64 * b.value - dy as f64 * a.value;
        let runs = (r / drop).min((open - y) / dy);
        steps += 1;
        if gain <= 0.0 || runs == 0 {
            break;
        }
        y += runs * dy;
        r -= runs * drop;
        let candidate = fill(y, steps);
        if candidate.value > best.value {
            best = candidate;
        }
    }
    Fill { steps, ..best }
}

fn as_u64(n: u128) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The smallest x ≥ 0 with lo ≤ (k·x mod m) ≤ hi, for lo ≤ hi < m: the
/// Euclid-like reduction swaps the roles of k and m, so it takes O(log m)
/// calls. Moduli that fit 32 bits (every real cost) take 64-bit arithmetic,
/// which is far cheaper than 128-bit in WebAssembly.
pub(super) fn first_in(k: u128, m: u128, lo: u128, hi: u128) -> Option<u128> {
    first_in_counted(k, m, lo, hi, &mut 0)
}

/// [`first_in`], adding its reductions to `steps` (the optimiser counts
/// them towards its branches, so its guard bounds the time they take).
pub(super) fn first_in_counted(
    k: u128,
    m: u128,
    lo: u128,
    hi: u128,
    steps: &mut u64,
) -> Option<u128> {
    match (
        u64::try_from(k),
        u32::try_from(m),
        u64::try_from(lo),
        u64::try_from(hi),
    ) {
        (Ok(k), Ok(m), Ok(lo), Ok(hi)) => {
            first_in_small(k, m.into(), lo, hi, steps).map(u128::from)
        }
        _ => first_in_wide(k, m, lo, hi, steps),
    }
}

/// The reduction behind [`first_in`], written once for each integer width.
macro_rules! first_in_with {
    ($(#[$doc:meta])* $name:ident, $int:ty) => {
        $(#[$doc])*
        fn $name(k: $int, m: $int, lo: $int, hi: $int, steps: &mut u64) -> Option<$int> {
            *steps += 1;
            if lo == 0 {
                return Some(0);
            }
            let k = k % m;
            if k == 0 {
                return None;
            }
            let x = lo.div_ceil(k);
            if k * x <= hi {
                return Some(x);
            }
            // No multiple of k lies in [lo, hi]: k·x − m·y lands there
            // exactly when m·y mod k lies in [(−hi) mod k, (−lo) mod k], an
            // interval that does not wrap. The smallest such y gives the
            // smallest x.
            let y = $name(m % k, k, k - hi % k, k - lo % k, steps)?;
            Some((lo + m * y).div_ceil(k))
        }
    };
}

first_in_with!(
    /// [`first_in`] for m < 2³², where m·y < m² fits 64 bits.
    first_in_small,
    u64
);
first_in_with!(
    /// [`first_in`] for any m.
    first_in_wide,
    u128
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::SplitMix64;

    fn brute(a: Kind, b: Kind, budget: u64) -> f64 {
        let most = a.limit.min(budget / a.cost);
        (0..=most)
            .map(|x| {
                let nb = ((budget - x * a.cost) / b.cost).min(b.limit);
                x as f64 * a.value + nb as f64 * b.value
            })
            .fold(0.0, f64::max)
    }

    #[test]
    fn first_in_finds_the_first_hit() {
        let mut rng = SplitMix64::new(5);
        for _ in 0..20_000 {
            let m = 1 + rng.next_u64() % 400;
            let k = rng.next_u64() % m;
            let lo = rng.next_u64() % m;
            let hi = lo + rng.next_u64() % (m - lo);
            let expected = (0..m).find(|x| (k * x % m) >= lo && (k * x % m) <= hi);
            let got = first_in(k.into(), m.into(), lo.into(), hi.into());
            assert_eq!(got.map(|x| x as u64), expected, "k {k} m {m} [{lo}, {hi}]");
            let wide = first_in_wide(k.into(), m.into(), lo.into(), hi.into(), &mut 0);
            assert_eq!(wide, got, "k {k} m {m} [{lo}, {hi}]");
        }
    }

    #[test]
    fn both_widths_agree_on_large_moduli() {
        let mut rng = SplitMix64::new(8);
        for _ in 0..20_000 {
            let m = 1 + rng.next_u64() % u64::from(u32::MAX);
            let k = rng.next_u64() % m;
            let lo = rng.next_u64() % m;
            let hi = lo + rng.next_u64() % (m - lo).min(1 + rng.next_u64() % 1_000);
            let (k, m, lo, hi) = (k.into(), m.into(), lo.into(), hi.into());
            let got = first_in(k, m, lo, hi);
            assert_eq!(
                got,
                first_in_wide(k, m, lo, hi, &mut 0),
                "k {k} m {m} [{lo}, {hi}]"
            );
            if let Some(x) = got {
                assert!((lo..=hi).contains(&(k * x % m)), "k {k} m {m} [{lo}, {hi}]");
            }
        }
    }

    #[test]
    fn equals_trying_every_count() {
        let mut rng = SplitMix64::new(11);
        for case in 0..20_000 {
            let cb = 1 + rng.next_u64() % 300;
            let ca = 1 + rng.next_u64() % 900;
            // Value per fen of a at or just above b's: near ties are the hard case.
            let per_fen = 1.0 + rng.next_f64();
            let edge = if case % 2 == 0 {
                1e-9
            } else {
                rng.next_f64() * 0.2
            };
            let b = Kind {
                cost: cb,
                value: cb as f64 * per_fen,
                limit: rng.next_u64() % 200,
            };
            let a = Kind {
                cost: ca,
                value: ca as f64 * per_fen * (1.0 + edge),
                limit: rng.next_u64() % 200,
            };
            let budget = rng.next_u64() % 60_000;
            let got = best_pair(a, b, budget);
            let want = brute(a, b, budget);
            assert!(got.a * ca + got.b * cb <= budget && got.a <= a.limit && got.b <= b.limit);
            assert!(
                (got.value - want).abs() <= 1e-9 * want.max(1.0),
                "case {case}: {got:?} vs {want}"
            );
            assert!(got.steps <= 64, "case {case}: {} steps", got.steps);
        }
    }
}
