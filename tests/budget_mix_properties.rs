//! Properties of the budget mix over random inputs: no NaN or infinity in
//! any output, spend within the budget, more budget never lowers the
//! optimum, links round-trip, and the Monte Carlo repeats for a seed.
#![cfg(not(target_arch = "wasm32"))]

mod mix_common;

use kolcalc::calculators::budget_mix::compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::link::encode;
use kolcalc::calculators::budget_mix::model::{per_creator, pillars, MixInputs, Objective, Tier};
use kolcalc::calculators::budget_mix::montecarlo::{simulate, simulate_reusing};
use kolcalc::calculators::budget_mix::optimiser::optimise;
use kolcalc::link::build_query;
use mix_common::{open, outputs};
use proptest::prelude::*;

fn inputs() -> impl Strategy<Value = MixInputs> {
    let tier = (
        1.0f64..200_000.0,
        1.0f64..2e6,
        0.0f64..0.3,
        0.0f64..0.95,
        0u64..200,
        0.0f64..10.0,
    );
    (
        (1.0f64..5e7, prop::array::uniform5(tier)),
        (0.0f64..1.0, 1.0f64..5.0, 0.0f64..0.5, 0.0f64..1.0),
        (
            0.0f64..0.6,
            0.0f64..0.6,
            0u64..100,
            0u64..20,
            0u64..=20,
            0.01f64..1.0,
        ),
        (0usize..3, 0u64..=10_000_000_000, 0.0f64..0.5),
    )
        .prop_map(
            |(
                (budget, tiers),
                (vs, vm, fee, post),
                (fs, ss, seed_min, rev, cap, share),
                (obj, seed, spread),
            )| {
                let mut inputs = MixInputs {
                    budget,
                    video_share: vs,
                    video_multiplier: vm,
                    platform_fee: fee,
                    post_rate: post,
                    feed_share: fs,
                    search_share: ss,
                    objective: Objective::ALL[obj],
                    seed,
                    fake_spread: spread,
                    ..MixInputs::default()
                };
                for (row, (price, followers, rate, fake, count, reach)) in
                    inputs.tiers.iter_mut().zip(tiers)
                {
                    row.reach = reach;
                    row.price = price;
                    row.followers = followers;
                    row.rate = [rate * 0.5, rate, rate * 1.5];
                    row.fake = fake;
                    row.count = count;
                }
                inputs.rules.min_seeding = seed_min;
                inputs.rules.min_reviews = rev;
                inputs.rules.head_cap = cap;
                inputs.rules.max_tier_share = share;
                inputs
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_output_is_finite_or_empty(inputs in inputs()) {
        for (name, value) in outputs(&inputs) {
            prop_assert!(!value.contains("NaN") && !value.contains("inf"), "{name} = {value}");
        }
    }

    #[test]
    fn spend_never_exceeds_the_budget(inputs in inputs()) {
        let report = compute(&inputs);
        if let Ok(plan) = &report.optimised {
            prop_assert!(plan.total.cost <= pillars(&inputs).creators + 1e-6);
            prop_assert!(plan.broken.is_empty(), "{:?}", plan.broken);
        }
    }

    #[test]
    fn more_budget_never_lowers_the_optimum(inputs in inputs(), extra in 0.0f64..1e6) {
        let value = |i: &MixInputs| optimise(i).ok().map(|s| {
            Tier::ALL.iter().map(|&t| *t.of(&s.counts) as f64 * per_creator(i, t).value(i.objective)).sum::<f64>()
        });
        let mut more = inputs.clone();
        more.budget += extra;
        if let (Some(a), Some(b), Ok(sa), Ok(sb)) = (value(&inputs), value(&more), optimise(&inputs), optimise(&more)) {
            if sa.proven && sb.proven {
                prop_assert!(b >= a - 1e-9 * a.abs().max(1.0), "{b} < {a}");
            }
        }
    }

    #[test]
    fn links_round_trip(inputs in inputs()) {
        let form = MixForm::from_inputs(&inputs, 1.0);
        let opened = open(&build_query(&encode(&form)));
        prop_assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        prop_assert_eq!(&opened.form, &form);
        // What the link opens to writes the same form again.
        prop_assert_eq!(MixForm::from_inputs(&opened.inputs, 1.0), form);
    }

    #[test]
    fn monte_carlo_repeats_for_a_seed(inputs in inputs()) {
        let counts = inputs.tiers.map(|t| t.count);
        let a = simulate(&inputs, &counts, 1000.0);
        let b = simulate(&inputs, &counts, 1000.0);
        prop_assert_eq!(&a, &b);
        prop_assert!(a.authentic[0] <= a.authentic[1] && a.authentic[1] <= a.authentic[2]);
        prop_assert_eq!(a.histogram.iter().map(|&n| n as usize).sum::<usize>(), 10_000);
    }

    #[test]
    fn kept_draws_give_the_band_fresh_draws_give(
        inputs in inputs(),
        other in prop::array::uniform5(0u64..200),
        fake in 0.0f64..0.95,
        seed in 0u64..=10_000_000_000,
        post_rate in 0.01f64..1.0,
        budget in 1.0f64..5e7,
    ) {
        // Each scenario changes one thing from the one before: the mix and
        // budget (the draws are kept), then each input the draws depend on.
        let mut scenarios = vec![(inputs.clone(), inputs.tiers.map(|t| t.count))];
        let mut next = inputs.clone();
        next.budget = budget;
        scenarios.push((next.clone(), other));
        next.tiers[1].fake = fake;
        scenarios.push((next.clone(), other));
        next.seed = seed;
        scenarios.push((next.clone(), other));
        next.post_rate = post_rate;
        scenarios.push((next.clone(), other));
        scenarios.push((inputs.clone(), other));
        let mut kept = None;
        for (scenario, counts) in &scenarios {
            prop_assert_eq!(
                simulate_reusing(&mut kept, scenario, counts, 1000.0),
                simulate(scenario, counts, 1000.0)
            );
        }
    }
}
