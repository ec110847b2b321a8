//! The budget mix computed: the manual mix, the exact optimum and the
//! pillars. Apart from the model, so the optimiser can use the model's
//! types without the model calling back into it.

use super::model::{pillars, plan, MixInputs, MixReport};

/// Computes the manual mix and the exact optimum.
pub fn compute(inputs: &MixInputs) -> MixReport {
    let counts = inputs.tiers.map(|t| t.count);
    let solution = super::optimiser::optimise(inputs);
    MixReport {
        pillars: pillars(inputs),
        manual: plan(inputs, counts),
        optimised: solution.map(|s| plan(inputs, s.counts)),
        proven: solution.is_ok_and(|s| s.proven),
        shortfall: solution.map_or(0.0, |s| s.shortfall),
    }
}
