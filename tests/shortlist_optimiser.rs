//! The shortlist's 0/1 pick against brute force over every subset on small
//! random lists, and against the LP bound on large ones; the paste reader
//! and the whole compute on random lists.
#![cfg(not(target_arch = "wasm32"))]

use kolcalc::calculators::engagement::model::Tier;
use kolcalc::calculators::shortlist::optimiser::{optimise, optimise_within, Candidate};
use kolcalc::calculators::shortlist::rules::ShortlistRules as Rules;
use proptest::prelude::*;

const TIERS: [Tier; 4] = [Tier::Koc, Tier::Tail, Tier::Mid, Tier::Head];

fn candidate() -> impl Strategy<Value = Candidate> {
    (
        1u64..2_000_000,
        0.0f64..5_000.0,
        0usize..4,
        prop::bool::weighted(0.1),
    )
        .prop_map(|(cost, value, tier, keep)| Candidate {
            cost,
            value,
            tier: TIERS[tier],
            keep,
        })
}

fn rules() -> impl Strategy<Value = Rules> {
    (0u64..3, 0u64..3, 0.2f64..1.0).prop_map(|(head_cap, min_reviews, max_tier_share)| Rules {
        min_reviews,
        head_cap,
        max_tier_share,
    })
}

/// Whether `chosen` respects every rule.
fn feasible(items: &[Candidate], chosen: &[bool], budget: u64, rules: &Rules) -> bool {
    let share_cap = (budget as f64 * rules.max_tier_share + 1e-6).floor() as u64;
    let picked = || items.iter().zip(chosen).filter(|(_, &c)| c).map(|(i, _)| i);
    let cost: u64 = picked().map(|i| i.cost).sum();
    let kept = items.iter().zip(chosen).all(|(i, &c)| c || !i.keep);
    let heads = picked().filter(|i| i.tier == Tier::Head).count() as u64;
    let mids = picked().filter(|i| i.tier == Tier::Mid).count() as u64;
    let shares = TIERS.iter().all(|&t| {
        picked()
            .filter(|i| i.tier == t)
            .map(|i| i.cost)
            .sum::<u64>()
            <= share_cap
    });
    kept && cost <= budget && heads <= rules.head_cap && mids >= rules.min_reviews && shares
}

fn value(items: &[Candidate], chosen: &[bool]) -> f64 {
    items
        .iter()
        .zip(chosen)
        .filter(|(_, &c)| c)
        .map(|(i, _)| i.value)
        .sum()
}

/// The best value over every subset, or `None` when none is feasible.
fn brute_force(items: &[Candidate], budget: u64, rules: &Rules) -> Option<f64> {
    let n = items.len();
    let mut best: Option<f64> = None;
    for mask in 0u32..(1 << n) {
        let chosen: Vec<bool> = (0..n).map(|i| mask & (1 << i) != 0).collect();
        if feasible(items, &chosen, budget, rules) {
            let v = value(items, &chosen);
            best = Some(best.map_or(v, |b: f64| b.max(v)));
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn small_lists_match_brute_force(
        items in prop::collection::vec(candidate(), 0..12),
        budget in 0u64..8_000_000,
        rules in rules(),
    ) {
        let pick = optimise(&items, budget, &rules);
        let best = brute_force(&items, budget, &rules);
        match (pick.status, best) {
            (Ok(proof), Some(best)) => {
                prop_assert!(proof.proven);
                prop_assert!(feasible(&items, &pick.chosen, budget, &rules));
                let got = value(&items, &pick.chosen);
                prop_assert!((got - best).abs() <= 1e-9 * best.max(1.0), "{got} vs {best}");
            }
            (Err(_), None) => {}
            // Nothing affordable: the empty pick, named as the budget mix names it.
            (Err(kolcalc::calculators::budget_mix::model::Conflict::BudgetBelowCheapest { .. }), Some(0.0)) => {}
            (status, best) => prop_assert!(false, "{status:?} but brute force {best:?}"),
        }
    }
}

/// A seeded list of `n` creators with costs and values as agency sheets
/// have them (values roughly proportional to cost, with noise).
fn list(n: usize, seed: u64) -> Vec<Candidate> {
    let mut rng = kolcalc::random::SplitMix64::new(seed);
    (0..n)
        .map(|_| {
            let tier = TIERS[(rng.next_f64() * 4.0) as usize % 4];
            let base = match tier {
                Tier::Koc => 800.0,
                Tier::Tail => 3_000.0,
                Tier::Mid => 12_000.0,
                Tier::Head => 50_000.0,
            };
            let yuan = base * (0.5 + rng.next_f64());
            Candidate {
                cost: (yuan * 110.0).round() as u64,
                value: yuan * 0.3 * (0.3 + rng.next_f64() * 1.4),
                tier,
                keep: false,
            }
        })
        .collect()
}

fn lp_bound(items: &[Candidate], budget: u64) -> f64 {
    let mut by_density: Vec<&Candidate> = items.iter().collect();
    by_density.sort_by(|a, b| (b.value / b.cost as f64).total_cmp(&(a.value / a.cost as f64)));
    let (mut left, mut bound) = (budget as f64, 0.0);
    for item in by_density {
        let take = (item.cost as f64).min(left);
        bound += item.value * take / item.cost as f64;
        left -= take;
    }
    bound
}

#[test]
fn large_lists_stay_within_the_lp_bound_and_respect_the_rules() {
    let rules = Rules {
        min_reviews: 5,
        head_cap: 1,
        max_tier_share: 0.6,
    };
    let open = Rules {
        min_reviews: 0,
        head_cap: u64::MAX,
        max_tier_share: 1.0,
    };
    for seed in 0..20 {
        let items = list(500, seed);
        let budget = 50_000_000; // ¥500,000
        let bound = lp_bound(&items, budget);
        let pick = optimise(&items, budget, &rules);
        let proof = pick.status.expect("a pick exists");
        assert!(
            feasible(&items, &pick.chosen, budget, &rules),
            "seed {seed}"
        );
        let got = value(&items, &pick.chosen);
        assert!(
            got <= bound * (1.0 + 1e-12),
            "seed {seed}: {got} above the bound {bound}"
        );
        // Stopped by the guard, the pick is within a certified few percent
        // (the root bound relaxes the head cap and the reviews).
        assert!(
            proof.proven || proof.shortfall < 0.03,
            "seed {seed}: {proof:?}"
        );
        // Without the layer rules the LP bound is at most one creator's
        // value above the optimum (the fractional creator).
        let free = optimise(&items, budget, &open);
        free.status.expect("a pick exists");
        let top = items.iter().map(|c| c.value).fold(0.0, f64::max);
        let got = value(&items, &free.chosen);
        assert!(
            got <= bound * (1.0 + 1e-12) && got >= bound - top,
            "seed {seed}"
        );
    }
}

#[test]
fn a_stopped_search_states_a_true_certificate() {
    let rules = Rules {
        min_reviews: 2,
        head_cap: 2,
        max_tier_share: 0.5,
    };
    let items = list(60, 7);
    let budget = 20_000_000;
    let full = optimise_within(&items, budget, &rules, u64::MAX);
    assert!(full.status.unwrap().proven);
    for guard in [1, 10, 100, 1_000] {
        let early = optimise_within(&items, budget, &rules, guard);
        let proof = early.status.unwrap();
        let got = value(&items, &early.chosen);
        assert!(feasible(&items, &early.chosen, budget, &rules));
        if proof.proven {
            assert!((got - full.value).abs() <= 1e-9 * full.value);
        } else {
            // The optimum is at most the stated share better.
            assert!(
                full.value <= got / (1.0 - proof.shortfall) * (1.0 + 1e-9),
                "guard {guard}"
            );
        }
    }
}

#[test]
fn conflicts_are_named() {
    let item = |cost, tier, keep| Candidate {
        cost,
        value: 1.0,
        tier,
        keep,
    };
    let rules = Rules {
        min_reviews: 0,
        head_cap: 0,
        max_tier_share: 1.0,
    };
    let code = |items: &[Candidate], budget, rules: &Rules| {
        let status = optimise(items, budget, rules)
            .status
            .expect_err("a conflict");
        kolcalc::calculators::budget_mix::outputs::conflict_text(status).0
    };
    assert_eq!(
        code(&[item(500, Tier::Tail, true)], 100, &rules),
        "minimums_over_budget"
    );
    assert_eq!(
        code(&[item(50, Tier::Head, true)], 100, &rules),
        "minimum_above_cap"
    );
    assert_eq!(
        code(&[item(500, Tier::Tail, false)], 100, &rules),
        "budget_below_cheapest"
    );
    let reviews = Rules {
        min_reviews: 2,
        ..rules
    };
    assert_eq!(
        code(&[item(50, Tier::Mid, false)], 100, &reviews),
        "minimum_above_cap"
    );
    assert_eq!(
        code(
            &[item(80, Tier::Mid, false), item(80, Tier::Mid, false)],
            100,
            &reviews
        ),
        "minimums_over_budget"
    );
}

#[test]
fn kept_creators_whose_costs_add_past_the_largest_number_are_over_any_budget() {
    let kept = |cost, tier| Candidate {
        cost,
        value: 0.0,
        tier,
        keep: true,
    };
    let rules = Rules {
        min_reviews: 0,
        head_cap: 0,
        max_tier_share: 1.0,
    };
    let items = [kept(2, Tier::Tail), kept(u64::MAX, Tier::Koc)];
    let pick = optimise_within(&items, u64::MAX, &rules, 1_000);
    assert!(pick.status.is_err(), "{:?}", pick.status);
}
