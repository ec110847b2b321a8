//! Hand-worked cases of the compensation model. The arithmetic is written
//! beside each expectation, worked out from the formulas in the model's
//! docs, not from the code.

mod compensation_common;

use compensation_common::{close, combo};
use kolcalc::calculators::compensation::model::{
    compute, Basis, Channel, CompensationInputs, Model, Undefined, Warning,
};

fn assert_close(actual: f64, wanted: f64, what: &str) {
    assert!(close(actual, wanted), "{what}: got {actual}, want {wanted}");
}

/// The defaults for a brand paying from an RMB account (no bank
/// conversion), so the channel arithmetic stays in round yuan; conversion
/// is worked in `compensation_fidelity.rs`.
fn defaults() -> CompensationInputs {
    CompensationInputs {
        bank_fx: 0.0,
        ..CompensationInputs::default()
    }
}

#[test]
fn flat_fee_through_each_channel() {
    // F = ¥12,000 × 1 (image note).
    let report = compute(&defaults());
    // Platform: 12,000 + 10% fee 1,200 = 13,200; no FX.
    let c = combo(&report, Model::Flat, Channel::Platform);
    assert_close(c.cost.creator_pay, 12_000.0, "creator pay");
    assert_close(c.cost.fees, 1_200.0, "platform fee");
    assert_close(c.total, 13_200.0, "platform total");
    // MCN: its 50% share is inside its own quote: 12,000.
    assert_close(
        combo(&report, Model::Flat, Channel::Mcn).total,
        12_000.0,
        "mcn",
    );
    // Agency: (12,000 + 15% 1,800) = 13,800; FX 2% of 13,800 = 276; 14,076.
    let a = combo(&report, Model::Flat, Channel::Agency);
    assert_close(a.cost.fx, 276.0, "fx spread");
    assert_close(a.total, 14_076.0, "agency total");
    // Per result at the likely volume: 13,200 / 2,000 engagements = 6.6,
    // / 25,000 reads = 0.528, / 500 clicks = 26.4, / 60 sales = 220.
    assert_eq!(c.per_engagement, Ok(6.6));
    assert_close(c.per_read.unwrap(), 0.528, "cpr");
    assert_close(c.per_click.unwrap(), 26.4, "cpc");
    assert_close(c.per_sale.unwrap(), 220.0, "cps");
    // Profit: contribution margin 60% × (1 − 10%) = 0.54; 0.54 × ¥300 × 60
    // = 9,720; 9,720 − 13,200 = −3,480.
    assert_close(c.profit, -3_480.0, "profit");
}

#[test]
fn performance_breaks_even_with_flat_at_q_star() {
    // Commission 20% × ¥300 on the 90% of units kept = ¥54 per unit sold (ρ).
    let report = compute(&defaults());
    // Q* = F(1 + f) / ρ: platform 12,000 × 1.1 / 54 = 244.44 units; MCN
    // (share inside its quote) 12,000 / 54 = 222.22; agency 13,800 / 54.
    assert_close(
        report.perf_vs_flat[0].unwrap(),
        13_200.0 / 54.0,
        "platform Q*",
    );
    assert_close(report.perf_vs_flat[1].unwrap(), 12_000.0 / 54.0, "mcn Q*");
    assert_close(
        report.perf_vs_flat[2].unwrap(),
        13_800.0 / 54.0,
        "agency Q*",
    );
    // At 60 units the commission is 60 × 54 = 3,240; no fee on it, agency
    // adds its 2% spread: 3,304.8.
    assert_close(
        combo(&report, Model::Performance, Channel::Platform).total,
        3_240.0,
        "perf",
    );
    assert_close(
        combo(&report, Model::Performance, Channel::Agency).total,
        3_304.8,
        "perf agency",
    );
    // Per engagement instead, ¥5 each: Q* = 13,200 / 5 = 2,640 engagements.
    let report = compute(&CompensationInputs {
        basis: Basis::Engagement,
        ..defaults()
    });
    assert_close(report.perf_vs_flat[0].unwrap(), 2_640.0, "engagement Q*");
    // 5 × 2,000 = 10,000 at the likely volume.
    assert_close(
        combo(&report, Model::Performance, Channel::Mcn).total,
        10_000.0,
        "per engagement",
    );
}

#[test]
fn each_model_pays_for_itself_from_its_volume() {
    let report = compute(&defaults());
    // Flat: 13,200 / (0.54 × 300 = 162 per unit) = 81.48… units.
    let flat = combo(&report, Model::Flat, Channel::Platform);
    assert_close(flat.pays_for_itself.unwrap(), 13_200.0 / 162.0, "flat");
    // Commission 20% × 0.9 kept < margin 54%: profitable from the first unit.
    assert_eq!(
        combo(&report, Model::Performance, Channel::Platform).pays_for_itself,
        Ok(0.0)
    );
    // Seeding: (80 + 120) / 40% = 500 per posted note; 500 / 162 = 3.086…
    // units sold by the gifted note itself.
    let seeding = combo(&report, Model::Seeding, Channel::Mcn);
    assert_close(seeding.total, 500.0, "seeding");
    assert_close(seeding.cost.product, 500.0, "products");
    assert_close(
        seeding.pays_for_itself.unwrap(),
        500.0 / 162.0,
        "seeding pays",
    );
    // Hybrid: base 50% × 12,000 = 6,000, × 1.1 = 6,600. Engagements scale
    // as 2,000 / 60 = 100/3 per unit, so the 1,000 threshold is at 30 units
    // and the bonus adds 4 × 100/3 = 400/3 per unit after it. Cost
    // 6,600 + 400/3 (q − 30) = 162 q  ⇒  2,600 = (162 − 400/3) q = 86/3 q
    // ⇒ q = 7,800 / 86 = 90.697… units.
    let hybrid = combo(&report, Model::Hybrid, Channel::Platform);
    assert_close(
        hybrid.pays_for_itself.unwrap(),
        7_800.0 / 86.0,
        "hybrid pays",
    );
    // At 2,000 engagements: 6,000 + 4 × 1,000 = 10,000 pay, fee 600: 10,600.
    assert_close(hybrid.total, 10_600.0, "hybrid total");
    // Hybrid meets flat: 6,600 + 400/3 (q − 30) = 13,200 ⇒ q − 30 = 49.5 ⇒ 79.5.
    assert_close(report.hybrid_vs_flat[0].unwrap(), 79.5, "hybrid vs flat");
}

#[test]
fn break_even_roas_is_one_over_contribution_margin() {
    // 60% × (1 − 10%) = 0.54; 1 / 0.54 = 1.8518…
    let report = compute(&defaults());
    assert_close(report.contribution_margin, 0.54, "cm");
    assert_close(report.breakeven_roas.unwrap(), 1.0 / 0.54, "roas");
    // Domain example without the payment fee: 40% × 0.95 = 0.38 → 2.6315…
    let report = compute(&CompensationInputs {
        margin: 0.40,
        return_rate: 0.05,
        ..defaults()
    });
    assert_close(report.breakeven_roas.unwrap(), 1.0 / 0.38, "domain roas");
}

#[test]
fn cheapest_is_the_lowest_cost_per_result() {
    // A ¥12,000 creator is mid tier: seeding is left out. Commission costs
    // 3,240 / 60 = 54 per unit through the platform and the MCN (no fee on
    // performance pay), a tie the platform wins with 1 contract gap to 3.
    let report = compute(&defaults());
    assert_eq!(report.cheapest, (Model::Performance, Channel::Platform));
    assert_eq!(
        report.cheapest_ties,
        vec![(Model::Performance, Channel::Mcn)]
    );
    assert_close(report.cheapest_total, 3_240.0, "cheapest");
    // A ¥2,000 tail creator: seeding's 500 brings 30% × 60 = 18 units,
    // 27.78 per unit against 2,200 / 60 = 36.67 for the flat fee; the
    // agency (no gap) wins the three-way tie.
    let tail = CompensationInputs {
        quote: 2_000.0,
        ..defaults()
    };
    let report = compute(&tail);
    assert_eq!(report.cheapest, (Model::Seeding, Channel::Agency));
    assert_close(report.cheapest_total, 500.0, "seeding");
    // With an expensive product, seeding costs (2,000 + 120) / 0.4 = 5,300
    // for 18 units, 294 each; commission costs 54 a unit, the MCN's flat
    // fee (its share inside) 2,000 / 60 = 33.33: the flat fee wins.
    let report = compute(&CompensationInputs {
        product_cost: 2_000.0,
        ..tail
    });
    assert_eq!(report.cheapest, (Model::Flat, Channel::Mcn));
    assert_close(report.cheapest_total, 2_000.0, "flat mcn");
}

#[test]
fn commission_at_or_above_margin_warns_and_never_breaks_even() {
    // Commission 65% on the 90% of units kept = 58.5% of each unit sold's
    // price, above the contribution margin 54%: each unit nets
    // (0.54 − 0.585) × 300 = −13.5.
    let report = compute(&CompensationInputs {
        commission: 0.65,
        ..defaults()
    });
    assert!(report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::CommissionAboveMargin { .. })));
    let perf = combo(&report, Model::Performance, Channel::Platform);
    // Cost − revenue = 13.5 q: zero at q = 0, then rising, so it never
    // pays for itself.
    assert_eq!(perf.pays_for_itself, Err(Undefined::NeverBreaksEven));
    assert_close(perf.profit, -13.5 * 60.0, "perf profit");
    // The hybrid's bonus (4 × 100/3 = 133.3 per unit above 30 units) stays
    // below the 162 earned per unit, so it still pays for itself.
    assert!(combo(&report, Model::Hybrid, Channel::Platform)
        .pays_for_itself
        .is_ok());
}

#[test]
fn no_margin_never_breaks_even() {
    for inputs in [
        CompensationInputs {
            margin: 0.0,
            ..defaults()
        },
        CompensationInputs {
            return_rate: 1.0,
            ..defaults()
        },
    ] {
        let report = compute(&inputs);
        assert_eq!(report.breakeven_roas, Err(Undefined::NoMargin));
        assert!(report.warnings.contains(&Warning::NoMargin));
        for c in &report.combos {
            assert_eq!(c.pays_for_itself, Err(Undefined::NoMargin));
            assert!(c.total.is_finite() && c.profit.is_finite());
        }
    }
}

#[test]
fn usage_rights_and_threshold_above_every_volume() {
    // Usage rights 20% of 12,000 = 2,400, booked through the channel: flat
    // platform (12,000 + 2,400) × 1.1 = 15,840; gifted posts carry none
    // unless asked: seeding 500.
    let report = compute(&CompensationInputs {
        usage_share: 0.2,
        usage_months: 3.0,
        ..defaults()
    });
    assert_close(
        combo(&report, Model::Flat, Channel::Platform).total,
        15_840.0,
        "usage flat",
    );
    assert_close(
        combo(&report, Model::Seeding, Channel::Platform).total,
        500.0,
        "usage seeding",
    );
    // Threshold 6,000 above the high estimate 5,000: bonus never paid at the
    // expected volumes; hybrid = 6,000 × 1.1 = 6,600.
    let report = compute(&CompensationInputs {
        hybrid_threshold: 6_000.0,
        ..defaults()
    });
    assert!(report.warnings.contains(&Warning::ThresholdAboveHigh {
        threshold: 6_000.0,
        high: 5_000.0
    }));
    assert_close(
        combo(&report, Model::Hybrid, Channel::Platform).total,
        6_600.0,
        "hybrid base only",
    );
}

#[test]
fn zero_results_leave_per_result_costs_undefined() {
    let mut inputs = defaults();
    inputs.clicks.low = 0.0;
    inputs.clicks.likely = 0.0;
    inputs.clicks.high = 0.0;
    let report = compute(&inputs);
    assert_eq!(
        combo(&report, Model::Flat, Channel::Platform).per_click,
        Err(Undefined::NoResults)
    );
    // A zero performance rate: performance never meets flat.
    let report = compute(&CompensationInputs {
        commission: 0.0,
        ..defaults()
    });
    assert_eq!(report.perf_vs_flat[0], Err(Undefined::NeverCrosses));
}
