//! Values down to 1e-308 and NaN from direct callers, and the smallest
//! inputs of the bugs this suite found (the `…_repro` tests), now fixed.

use super::*;

/// The exchange rate is written with six decimals, so a link whose rate has
/// more (`rate=7.1234567`) reopens, once rewritten by the page, at a
/// slightly different rate (7.123457): decode → encode → decode is not the
/// identity on its first round (src/link.rs, `SharedSettings::pairs`,
/// `plain_number(self.cny_per_unit, 6)`). The second round is stable (see
/// `link_reader_and_settings_any_query`).
#[test]
pub(super) fn shared_settings_round_trip_exactly() {
    proptest!(config(), |(q in query(engagement_links(), SHARED_KEYS))| {
        let settings = SharedSettings::read(&mut LinkReader::new(&q));
        let written = build_query(&SharedSettings { lang: Some(settings.lang.unwrap_or(Lang::Zh)), ..settings.clone() }.pairs());
        let reread = SharedSettings::read(&mut LinkReader::new(&written));
        prop_assert_eq!(reread.cny_per_unit, settings.cny_per_unit, "{}", q);
    });
}

/// BUG: the same tiny positive values in the budget mix. A seeding post rate
/// of 1e-308 (`post` = "0." followed by 305 zeros and "1" percent, which
/// `Kind::Percent(0.0, 100.0)` accepts) makes a seeding KOC's expected
/// impressions about 1e-305, so `Totals::cpm` (cost / impressions × 1000,
/// src/calculators/budget_mix/model.rs) is infinite; a tiny engagement rate
/// does the same to `Totals::cpe`. See `mix_tiny_post_rate_repro`.
#[test]
pub(super) fn mix_compute_valid_inputs_with_tiny_rates() {
    proptest!(config(), |(inputs in valid_mix_inputs(true), pick in any::<u64>())| {
        check_mix(&inputs, sampled(pick))?;
    });
}

/// The text `0.000…01` with `zeros` zeros after the point.
pub(super) fn tiny(zeros: usize) -> String {
    format!("0.{}1", "0".repeat(zeros))
}

/// Minimal reproduction of `compensation_compute_valid_inputs_with_tiny_rates`
/// through the form, as a user (or a link: `pe=0.000…01`) gives it.
#[test]
pub(super) fn compensation_tiny_rate_repro() {
    let mut form = CompensationForm {
        basis: Basis::Engagement,
        ..CompensationForm::default()
    };
    if let Some(slot) = form.text_mut(CompField::PerEngagement) {
        *slot = tiny(307);
    }
    let parsed = form.parse();
    assert_eq!(parsed.errors, vec![], "the form accepts every field");
    let report = comp_compute(&parsed.inputs);
    assert!(
        report.perf_vs_flat.iter().flatten().all(|v| v.is_finite()),
        "perf_vs_flat = {:?}",
        report.perf_vs_flat
    );
}

/// Minimal reproduction of `mix_compute_valid_inputs_with_tiny_rates`
/// through the form: the default mix with a seeding post rate of 1e-308 %.
#[test]
pub(super) fn mix_tiny_post_rate_repro() {
    use kolcalc::calculators::budget_mix::form::{Field as MixField, Global};
    let mut form = MixForm::default();
    if let Some(slot) = form.text_mut(MixField::Global(Global::PostRate)) {
        *slot = tiny(307);
    }
    let parsed = form.parse(1.0);
    assert_eq!(parsed.errors, vec![], "the form accepts every field");
    let report = mix_compute(&parsed.inputs);
    let seeding = Tier::Seeding.of(&report.manual.tiers);
    assert!(
        seeding.cpm().is_none_or(f64::is_finite),
        "seeding CPM = {:?}",
        seeding.cpm()
    );
}

/// Minimal reproduction of `engagement_compute_nan_fake_share`.
#[test]
pub(super) fn engagement_nan_fake_share_repro() {
    let report = eng_compute(&EngagementInputs {
        fake_share: Some(f64::NAN),
        ..EngagementInputs::default()
    });
    assert!(report.fake_share.is_finite(), "{}", report.fake_share);
}

/// Minimal reproduction of `shared_settings_round_trip_exactly`.
#[test]
pub(super) fn shared_settings_rate_repro() {
    let settings = SharedSettings::read(&mut LinkReader::new("cur=USD&rate=7.1234567"));
    let written = build_query(
        &SharedSettings {
            lang: Some(Lang::En),
            ..settings.clone()
        }
        .pairs(),
    );
    let reread = SharedSettings::read(&mut LinkReader::new(&written));
    assert_eq!(reread.cny_per_unit, settings.cny_per_unit, "{written}");
}

/// The tiny-rate bugs reached from what a user types: anything in every
/// compensation field, decimals down to 1e-308.
#[test]
pub(super) fn compensation_form_any_text_with_tiny_numbers() {
    proptest!(config(), |((form, rate) in compensation_form(TINY_ZEROS))| {
        check_compensation(&form.parse_at_rate(rate).inputs)?;
    });
}

/// The tiny-rate bugs reached from what a user types: anything in every
/// budget-mix field and cell, decimals down to 1e-308.
#[test]
pub(super) fn mix_form_any_text_with_tiny_numbers() {
    proptest!(config(), |((form, rate) in mix_form(TINY_ZEROS), pick in any::<u64>())| {
        check_mix(&form.parse(rate).inputs, sampled(pick))?;
    });
}

/// BUG (direct callers only: the form and links never give a NaN rate): the
/// Monte Carlo panics when a tier's low and high engagement rates are both
/// NaN. `triangular` (src/calculators/budget_mix/montecarlo.rs) takes
/// `low.min(high)` and `low.max(high)`, both NaN, and `mode.clamp(NaN, NaN)`
/// panics ("min > max, or either was NaN"). See `mix_nan_rates_repro`.
#[test]
pub(super) fn mix_compute_any_inputs_with_nan_rates_never_panics() {
    proptest!(config(), |(inputs in wild_mix_inputs(true))| {
        timed("budget mix compute", || {
            let report = mix_compute(&inputs);
            mix_numbers(&inputs, &report, true)
        })?;
    });
}

/// Minimal reproduction of `mix_compute_any_inputs_with_nan_rates_never_panics`.
#[test]
pub(super) fn mix_nan_rates_repro() {
    let mut inputs = MixInputs::default();
    inputs.tiers[1].rate = [f64::NAN; 3];
    let counts = inputs.tiers.map(|t| t.count);
    simulate(&inputs, &counts, 1000.0);
}
