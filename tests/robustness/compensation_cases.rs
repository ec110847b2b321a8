//! The compensation model over hostile input.

use super::*;

pub(super) fn wild_range() -> impl Strategy<Value = Range> {
    (wild_f64(), wild_f64(), wild_f64()).prop_map(|(low, likely, high)| Range { low, likely, high })
}

/// Compensation inputs with any float in every field.
pub(super) fn wild_compensation_inputs() -> impl Strategy<Value = CompensationInputs> {
    (
        prop::collection::vec(wild_f64(), 25),
        prop::array::uniform4(wild_range()),
        select(Basis::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(
            |(v, [engagements, reads, clicks, sales], basis, quote_is_net)| {
                let mut inputs = CompensationInputs {
                    engagements,
                    reads,
                    clicks,
                    sales,
                    basis,
                    quote_is_net,
                    ..CompensationInputs::default()
                };
                let slots = [
                    &mut inputs.quote,
                    &mut inputs.format,
                    &mut inputs.price,
                    &mut inputs.margin,
                    &mut inputs.return_rate,
                    &mut inputs.per_engagement,
                    &mut inputs.per_click,
                    &mut inputs.commission,
                    &mut inputs.product_cost,
                    &mut inputs.shipping,
                    &mut inputs.post_rate,
                    &mut inputs.hybrid_base,
                    &mut inputs.hybrid_bonus,
                    &mut inputs.hybrid_threshold,
                    &mut inputs.hybrid_commission,
                    &mut inputs.platform_fee,
                    &mut inputs.mcn_commission,
                    &mut inputs.agency_fee,
                    &mut inputs.fx_spread,
                    &mut inputs.usage_share,
                    &mut inputs.usage_months,
                    &mut inputs.gifted_performance,
                    &mut inputs.gifted_usage_share,
                    &mut inputs.seeding_quote_line,
                    &mut inputs.bank_fx,
                ];
                for (slot, value) in slots.into_iter().zip(v) {
                    *slot = value;
                }
                inputs
            },
        )
}

/// A value the form accepts for a compensation field of `kind`.
pub(super) fn kind_value(kind: Kind, tiny: bool) -> BoxedStrategy<f64> {
    let (min, max, whole) = match kind {
        Kind::PositiveMoney => (0.01, 1e9, false),
        Kind::Money => (0.0, 1e9, false),
        Kind::Multiplier => (0.1, 10.0, false),
        Kind::Count => (0.0, 1e10, true),
        Kind::Percent => (0.0, 1.0, false),
        Kind::PostRate => (0.001, 1.0, false),
        Kind::Share => (0.0, 0.99, false),
        Kind::Months => (0.0, 120.0, true),
    };
    range_value(min, max, whole, tiny)
}

/// Compensation inputs as the form can produce them (every field within its
/// kind's range, estimates rising, the quote times a rate up to 10^6).
pub(super) fn valid_compensation_inputs(tiny: bool) -> impl Strategy<Value = CompensationInputs> {
    let values: Vec<BoxedStrategy<f64>> = CompField::ALL
        .iter()
        .map(|f| kind_value(f.kind(), tiny))
        .collect();
    (values, select(Basis::ALL.to_vec()), rate()).prop_map(|(values, basis, rate)| {
        let mut inputs = CompensationInputs {
            basis,
            ..CompensationInputs::default()
        };
        for (field, value) in CompField::ALL.iter().zip(values) {
            *field.slot(&mut inputs) = value;
        }
        for range in [
            &mut inputs.engagements,
            &mut inputs.reads,
            &mut inputs.clicks,
            &mut inputs.sales,
        ] {
            let mut v = [range.low, range.likely, range.high];
            v.sort_by(f64::total_cmp);
            *range = Range {
                low: v[0],
                likely: v[1],
                high: v[2],
            };
        }
        inputs.quote *= rate;
        inputs
    })
}

pub(super) fn compensation_form(zeros: usize) -> impl Strategy<Value = (CompensationForm, f64)> {
    (
        prop::collection::vec(field_text_down_to(zeros), CompField::ALL.len()),
        select(Basis::ALL.to_vec()),
        any::<bool>(),
        rate(),
    )
        .prop_map(|(texts, basis, quote_in_display, rate)| {
            let mut form = CompensationForm {
                basis,
                quote_in_display,
                ..CompensationForm::default()
            };
            for (field, text) in CompField::ALL.iter().zip(texts) {
                if let Some(slot) = form.text_mut(*field) {
                    *slot = text;
                }
            }
            (form, rate)
        })
}

pub(super) fn check_compensation(inputs: &CompensationInputs) -> Result<(), TestCaseError> {
    let report = timed("compensation compute", || comp_compute(inputs))?;
    all_finite(&compensation_numbers(&report))
}

proptest! {
    #![proptest_config(config())]

    /// compute assumes what the form produces; given anything at all
    /// (NaN, ±inf, negatives, 10^300) it must still not panic nor hang,
    /// and must still return every model through every channel.
    #[test]
    fn compensation_compute_any_floats_never_panics(inputs in wild_compensation_inputs()) {
        let report = timed("compensation compute", || comp_compute(&inputs))?;
        prop_assert_eq!(report.combos.len(), 12);
        prop_assert!(report.combos.iter().any(|c| (c.model, c.channel) == report.cheapest)
            || report.combos.iter().any(|c| c.total.is_nan()));
    }

    /// compute over everything the form can produce, ends of every range
    /// included: every figure finite.
    #[test]
    fn compensation_compute_valid_inputs(inputs in valid_compensation_inputs(false)) {
        check_compensation(&inputs)?;
    }

    /// Anything typed in every field, at any exchange rate, read by the
    /// form and computed: every figure finite.
    #[test]
    fn compensation_form_any_text((form, rate) in compensation_form(ZEROS)) {
        let parsed = timed("compensation parse", || form.parse_at_rate(rate))?;
        check_compensation(&parsed.inputs)?;
    }

    /// Any query through the compensation link: no panic, finite figures,
    /// and the link reopens to the same scenario.
    #[test]
    fn compensation_link_any_query(q in query(compensation_links(), COMPENSATION_KEYS)) {
        let (settings, form, _) = timed("compensation decode", || {
            check_round_trip(&q, &compensation_codec())
        })??;
        check_compensation(&form.parse_at_rate(settings.cny_per_unit).inputs)?;
    }
}

/// BUG: a tiny positive pay rate, which the form accepts (Money and Percent
/// fields take any value ≥ 0, and the parser reads `0.000…01` down to about
/// 1e-308), makes the break-even volumes infinite. `perf_vs_flat` is
/// F(1+f)/ρ (src/calculators/compensation/model.rs, `compute`,
/// `perf_vs_flat`) and `pays_for_itself` divides by the slope in
/// `Line::first_at_or_below_zero`; nothing bounds ρ away from zero.
/// Reproduce: the default form (or link) with `basis=engagement` and `pe` =
/// "0." followed by 307 zeros and "1" → `perf_vs_flat` = inf on every
/// channel; see `compensation_tiny_rate_repro`.
#[test]
pub(super) fn compensation_compute_valid_inputs_with_tiny_rates() {
    proptest!(config(), |(inputs in valid_compensation_inputs(true))| {
        check_compensation(&inputs)?;
    });
}
