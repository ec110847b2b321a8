//! Three-point estimates (PERT): the expected value and spread of a step
//! from its minimum, likely and maximum days, and draws from the PERT-Beta
//! distribution for the Monte Carlo (domain facts §4.5).

use crate::random::SplitMix64;

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

/// A draw from the PERT-Beta distribution of `estimate`: a Beta on
/// [min, max] with shapes 1 + 4(likely − min)/(max − min) and
/// 1 + 4(max − likely)/(max − min), so its mean is the PERT mean.
pub fn draw(rng: &mut SplitMix64, [min, likely, max]: Estimate) -> f64 {
    let width = max - min;
    if width <= 0.0 || !width.is_finite() {
        return likely;
    }
    let alpha = 1.0 + 4.0 * (likely - min) / width;
    let beta = 1.0 + 4.0 * (max - likely) / width;
    let x = gamma(rng, alpha);
    let y = gamma(rng, beta);
    let fraction = if x + y > 0.0 { x / (x + y) } else { 0.5 };
    min + fraction * width
}

/// A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang 2000). The
/// method accepts over 95% of tries; after 64 rejections it returns the
/// mean so that no draw can loop for long.
fn gamma(rng: &mut SplitMix64, shape: f64) -> f64 {
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    for _ in 0..64 {
        let x = normal(rng);
        let v = (1.0 + c * x).powi(3);
        if v <= 0.0 {
            continue;
        }
        let u = rng.next_f64();
        if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
            return d * v;
        }
    }
    shape
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut SplitMix64) -> f64 {
    let u1 = 1.0 - rng.next_f64();
    let u2 = rng.next_f64();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_hand() {
        assert_eq!(mean([2.0, 4.0, 7.0]), 25.0 / 6.0);
        assert_eq!(spread([2.0, 4.0, 7.0]), 5.0 / 6.0);
        assert_eq!(mean([3.0, 3.0, 3.0]), 3.0);
    }

    #[test]
    fn draws_stay_in_range_and_average_to_the_pert_mean() {
        let mut rng = SplitMix64::new(42);
        let estimate = [2.0, 4.0, 7.0];
        let n = 50_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let x = draw(&mut rng, estimate);
            assert!((2.0..=7.0).contains(&x));
            sum += x;
        }
        let average = sum / n as f64;
        assert!((average - mean(estimate)).abs() < 0.02, "{average}");
        assert_eq!(draw(&mut rng, [3.0, 3.0, 3.0]), 3.0);
    }
}
