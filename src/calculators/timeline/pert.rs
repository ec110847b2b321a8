//! Three-point estimates (PERT): the expected value and spread of a step
//! from its minimum, likely and maximum days, and draws from the PERT-Beta
//! distribution for the Monte Carlo (domain facts §4.5).
//!
//! Draws come from a table of the distribution's quantiles, built once per
//! estimate by integrating its density: a draw is then one lookup, which
//! keeps thousands of draws within a frame.

/// Minimum, likely and maximum days.
pub type Estimate = [f64; 3];

/// PERT mean: (min + 4 × likely + max) / 6.
pub fn mean([min, likely, max]: Estimate) -> f64 {
    (min + 4.0 * likely + max) / 6.0
}

/// PERT standard deviation: (max − min) / 6.
pub fn spread([min, _, max]: Estimate) -> f64 {
    (max - min) / 6.0
}

/// Cells the density is integrated over.
const CELLS: usize = 256;
/// Quantiles kept: the table holds the values at 0, 1/STEPS, …, 1.
const STEPS: usize = 128;

/// The PERT-Beta distribution of an estimate: a Beta on [min, max] with
/// shapes 1 + 4(likely − min)/(max − min) and 1 + 4(max − likely)/(max − min),
/// so its mean is the PERT mean; kept as its quantile function.
#[derive(Clone, Debug, PartialEq)]
pub struct Pert {
    quantiles: Vec<f64>,
}

impl Pert {
    /// Tabulates the distribution of `estimate`.
    pub fn new([min, likely, max]: Estimate) -> Pert {
        let width = max - min;
        if width <= 0.0 || !width.is_finite() {
            return Pert {
                quantiles: vec![likely],
            };
        }
        let alpha = 1.0 + 4.0 * (likely - min) / width;
        let beta = 1.0 + 4.0 * (max - likely) / width;
        // Cumulative mass at the right edge of each cell (midpoint rule).
        let mut cumulative = Vec::with_capacity(CELLS);
        let mut total = 0.0;
        for k in 0..CELLS {
            let x = (k as f64 + 0.5) / CELLS as f64;
            total += x.powf(alpha - 1.0) * (1.0 - x).powf(beta - 1.0);
            cumulative.push(total);
        }
        let mut quantiles = Vec::with_capacity(STEPS + 1);
        let mut k = 0;
        for j in 0..=STEPS {
            let target = total * j as f64 / STEPS as f64;
            while k + 1 < CELLS && cumulative.get(k).is_some_and(|&c| c < target) {
                k += 1;
            }
            let high = cumulative.get(k).copied().unwrap_or(total);
            let low = if k == 0 {
                0.0
            } else {
                cumulative.get(k - 1).copied().unwrap_or(0.0)
            };
            let within = if high > low {
                ((target - low) / (high - low)).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let fraction = (k as f64 + within) / CELLS as f64;
            quantiles.push(min + fraction.clamp(0.0, 1.0) * width);
        }
        Pert { quantiles }
    }

    /// The value below which a share `u` (in [0, 1)) of draws fall.
    pub fn quantile(&self, u: f64) -> f64 {
        let position = u.clamp(0.0, 1.0) * (self.quantiles.len() - 1) as f64;
        let i = position.floor() as usize;
        let low = self.quantiles.get(i).copied().unwrap_or(0.0);
        let high = self.quantiles.get(i + 1).copied().unwrap_or(low);
        low + (high - low) * (position - i as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::SplitMix64;

    #[test]
    fn by_hand() {
        assert_eq!(mean([2.0, 4.0, 7.0]), 25.0 / 6.0);
        assert_eq!(spread([2.0, 4.0, 7.0]), 5.0 / 6.0);
        assert_eq!(mean([3.0, 3.0, 3.0]), 3.0);
    }

    #[test]
    fn draws_stay_in_range_and_average_to_the_pert_mean() {
        let mut rng = SplitMix64::new(42);
        for estimate in [
            [2.0, 4.0, 7.0],
            [1.0, 1.0, 2.0],
            [0.0, 5.0, 5.0],
            [3.0, 3.0, 3.0],
        ] {
            let pert = Pert::new(estimate);
            let n = 100_000;
            let mut sum = 0.0;
            for _ in 0..n {
                let x = pert.quantile(rng.next_f64());
                assert!((estimate[0]..=estimate[2]).contains(&x));
                sum += x;
            }
            let average = sum / n as f64;
            assert!(
                (average - mean(estimate)).abs() < 0.01,
                "{estimate:?}: {average}"
            );
        }
    }

    #[test]
    fn a_symmetric_estimate_has_its_median_at_the_likely_value() {
        let pert = Pert::new([2.0, 4.0, 6.0]);
        assert!((pert.quantile(0.5) - 4.0).abs() < 1e-3);
        assert_eq!(pert.quantile(0.0), 2.0);
        assert!((pert.quantile(1.0) - 6.0).abs() < 1e-9);
    }
}
