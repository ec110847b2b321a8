//! The budget mix over hostile input.

use super::*;

pub(super) fn wild_tier() -> impl Strategy<Value = TierInputs> {
    (
        wild_f64(),
        wild_f64(),
        prop::array::uniform3(wild_f64()),
        wild_f64(),
        wild_u64(),
        wild_f64(),
    )
        .prop_map(|(price, followers, rate, fake, count, reach)| TierInputs {
            price,
            followers,
            rate,
            fake,
            count,
            reach,
        })
}

/// Budget-mix inputs with any float and count in every field; without
/// `nan_rates`, no tier has NaN as both its low and high engagement rate.
pub(super) fn wild_mix_inputs(nan_rates: bool) -> impl Strategy<Value = MixInputs> {
    (
        prop::array::uniform5(wild_tier()).prop_map(move |mut tiers| {
            for t in tiers.iter_mut() {
                if !nan_rates && t.rate[0].is_nan() && t.rate[2].is_nan() {
                    t.rate[2] = 0.0;
                }
            }
            tiers
        }),
        prop::collection::vec(wild_f64(), 11),
        (wild_u64(), wild_u64(), wild_u64(), wild_u64(), wild_u64()),
        select(Objective::ALL.to_vec()),
    )
        .prop_map(
            |(tiers, f, (owned_notes, min_seeding, min_reviews, head_cap, seed), objective)| {
                MixInputs {
                    budget: f[0],
                    tiers,
                    video_share: f[1],
                    video_multiplier: f[2],
                    platform_fee: f[3],
                    post_rate: f[4],
                    feed_share: f[5],
                    feed_cpm: f[6],
                    search_share: f[7],
                    search_cpc: f[8],
                    owned_notes,
                    rules: Rules {
                        min_seeding,
                        min_reviews,
                        head_cap,
                        max_tier_share: f[9],
                    },
                    objective,
                    seed,
                    fake_spread: f[10],
                }
            },
        )
}

/// Budget-mix inputs as the form can produce them: every field within its
/// range (ends included), rates rising, the budget times any exchange rate
/// (so up to 10^15 yuan), counts up to what a 100% share buys.
pub(super) fn valid_mix_inputs(tiny: bool) -> impl Strategy<Value = MixInputs> {
    let percent = |max: f64| range_value(0.0, max, false, tiny);
    let count = |max: f64| range_value(0.0, max, true, false);
    let tier = (
        range_value(1.0, 1e7, false, false),
        range_value(1.0, 1e9, false, false),
        prop::array::uniform3(percent(1.0)),
        percent(0.95),
        prop_oneof![9 => count(1e5), 1 => count(1e15)],
        range_value(0.0, 100.0, false, tiny),
    )
        .prop_map(|(price, followers, mut rate, fake, count, reach)| {
            rate.sort_by(f64::total_cmp);
            TierInputs {
                price,
                followers,
                rate,
                fake,
                count: count as u64,
                reach,
            }
        });
    (
        (range_value(0.01, 1e9, false, false), rate()),
        prop::array::uniform5(tier),
        (
            percent(1.0),
            range_value(1.0, 5.0, false, false),
            percent(0.5),
            percent(1.0),
        ),
        (
            percent(0.95),
            range_value(0.01, 1e4, false, false),
            percent(0.95),
            range_value(0.01, 1e4, false, false),
        ),
        (count(1e4), count(1e6), count(1e6), count(20.0)),
        (
            range_value(0.01, 1.0, false, false),
            select(Objective::ALL.to_vec()),
            count(1e10),
            percent(0.5),
        ),
    )
        .prop_map(
            |(
                (budget, rate),
                tiers,
                (video_share, video_multiplier, platform_fee, post_rate),
                (feed_share, feed_cpm, search_share, search_cpc),
                (owned, min_seeding, min_reviews, head_cap),
                (max_tier_share, objective, seed, fake_spread),
            )| MixInputs {
                budget: budget * rate,
                tiers,
                video_share,
                video_multiplier,
                platform_fee,
                post_rate,
                feed_share,
                feed_cpm,
                search_share,
                search_cpc,
                owned_notes: owned as u64,
                rules: Rules {
                    min_seeding: min_seeding as u64,
                    min_reviews: min_reviews as u64,
                    head_cap: head_cap as u64,
                    max_tier_share,
                },
                objective,
                seed: seed as u64,
                fake_spread,
            },
        )
}

pub(super) fn mix_form(zeros: usize) -> impl Strategy<Value = (MixForm, f64)> {
    (
        prop::collection::vec(field_text_down_to(zeros), 16),
        prop::collection::vec(field_text_down_to(zeros), 40),
        select(Objective::ALL.to_vec()),
        rate(),
    )
        .prop_map(|(globals, cells, objective, rate)| {
            let mut form = MixForm {
                objective,
                ..MixForm::default()
            };
            for (slot, text) in form.globals.iter_mut().zip(globals) {
                *slot = text;
            }
            for (slot, text) in form.cells.iter_mut().flatten().zip(cells) {
                *slot = text;
            }
            (form, rate)
        })
}

pub(super) fn check_mix(inputs: &MixInputs, monte_carlo: bool) -> Result<(), TestCaseError> {
    let numbers = timed("budget mix compute", || {
        let report = mix_compute(inputs);
        mix_numbers(inputs, &report, monte_carlo)
    })?;
    all_finite(&numbers)
}

/// Whether this case runs the Monte Carlo: one in [`MONTE_CARLO_EVERY`],
/// picked by the generated seed so shrinking keeps the choice.
pub(super) fn sampled(seed: u64) -> bool {
    seed.is_multiple_of(MONTE_CARLO_EVERY)
}

proptest! {
    #![proptest_config(config())]

    /// compute and the Monte Carlo assume what the form produces; given
    /// anything at all (NaN, ±inf, 10^300 budgets, u64::MAX counts and
    /// minimums) they must still not panic nor hang.
    #[test]
    fn mix_compute_any_inputs_never_panics(inputs in wild_mix_inputs(false), pick in any::<u64>()) {
        timed("budget mix compute", || {
            let report = mix_compute(&inputs);
            mix_numbers(&inputs, &report, sampled(pick))
        })?;
    }

    /// compute and the Monte Carlo over everything the form can produce,
    /// ends of every range included: every figure finite.
    #[test]
    fn mix_compute_valid_inputs(inputs in valid_mix_inputs(false), pick in any::<u64>()) {
        check_mix(&inputs, sampled(pick))?;
    }

    /// Anything typed in every field and cell (counts as shares too), at
    /// any exchange rate, read by the form, optimised and simulated: every
    /// figure finite.
    #[test]
    fn mix_form_any_text((form, rate) in mix_form(ZEROS), pick in any::<u64>()) {
        let parsed = timed("budget mix parse", || form.parse(rate))?;
        check_mix(&parsed.inputs, sampled(pick))?;
    }

    /// Any query through the budget-mix link: no panic, finite figures, and
    /// the link reopens to the same scenario.
    #[test]
    fn mix_link_any_query(q in query(mix_links(), MIX_KEYS), pick in any::<u64>()) {
        let (settings, form, _) = timed("budget mix decode", || {
            check_round_trip(&q, &mix_codec())
        })??;
        check_mix(&form.parse(settings.cny_per_unit).inputs, sampled(pick))?;
    }
}
