//! Properties of the compensation model that hold for any input the form
//! accepts: raising a fee never lowers a cost, no NaN or infinity in any
//! figure, and links round-trip any form and survive any query.
#![cfg(not(target_arch = "wasm32"))]

mod compensation_common;

use compensation_common::{link_of, open, outputs, Value};
use kolcalc::calculators::compensation::form::{CompensationForm, Field};
use kolcalc::calculators::compensation::model::{compute, Basis, CompensationInputs, Range};
use kolcalc::fields::FieldText;
use proptest::prelude::*;

fn money() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), 0.0..100.0f64, 0.0..1e9f64]
}

fn share() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64]
}

fn range() -> impl Strategy<Value = Range> {
    prop::array::uniform3(prop_oneof![Just(0.0), 0.0..1e4f64, 0.0..1e10f64]).prop_map(|mut v| {
        v.sort_by(f64::total_cmp);
        let [low, likely, high] = v.map(f64::round);
        Range { low, likely, high }
    })
}

fn inputs() -> impl Strategy<Value = CompensationInputs> {
    let a = (
        0.01..1e9f64,
        0.1..=10.0f64,
        range(),
        range(),
        range(),
        range(),
        0.01..1e9f64,
        share(),
        share(),
        prop::sample::select(Basis::ALL.to_vec()),
    );
    let b = (money(), money(), share(), money(), money(), 0.001..=1.0f64);
    let c = (share(), money(), 0.0..1e10f64, share());
    // The MCN's share stops below 100%: the form refuses a share of everything.
    let d = (
        share(),
        0.0..=0.99f64,
        share(),
        share(),
        share(),
        0.0..=120.0f64,
    );
    let e = (share(), share(), money(), any::<bool>(), share());
    (a, b, c, d, e).prop_map(|(a, b, c, d, e)| CompensationInputs {
        quote: a.0,
        format: a.1,
        engagements: a.2,
        reads: a.3,
        clicks: a.4,
        sales: a.5,
        price: a.6,
        margin: a.7,
        return_rate: a.8,
        basis: a.9,
        per_engagement: b.0,
        per_click: b.1,
        commission: b.2,
        product_cost: b.3,
        shipping: b.4,
        post_rate: b.5,
        hybrid_base: c.0,
        hybrid_bonus: c.1,
        hybrid_threshold: c.2.round(),
        hybrid_commission: c.3,
        platform_fee: d.0,
        mcn_commission: d.1,
        agency_fee: d.2,
        fx_spread: d.3,
        usage_share: d.4,
        usage_months: d.5.round(),
        gifted_performance: e.0,
        gifted_usage_share: e.1,
        seeding_quote_line: e.2,
        quote_is_net: e.3,
        bank_fx: e.4,
    })
}

/// Totals of every combination, in report order.
fn totals(inputs: &CompensationInputs) -> Vec<f64> {
    compute(inputs).combos.iter().map(|c| c.total).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn raising_any_fee_never_lowers_a_cost(inputs in inputs(), which in 0..10usize, raise in 0.0..1.0f64) {
        let mut raised = inputs.clone();
        let slot = match which {
            0 => &mut raised.platform_fee,
            1 => &mut raised.mcn_commission,
            2 => &mut raised.agency_fee,
            3 => &mut raised.fx_spread,
            4 => &mut raised.usage_share,
            5 => &mut raised.commission,
            6 => &mut raised.hybrid_base,
            8 => &mut raised.bank_fx,
            9 => &mut raised.gifted_usage_share,
            _ => &mut raised.hybrid_commission,
        };
        *slot = (*slot + raise).min(1.0);
        for (before, after) in totals(&inputs).iter().zip(totals(&raised)) {
            prop_assert!(after >= before * (1.0 - 1e-12), "{before} → {after}");
        }
    }

    #[test]
    fn no_nan_or_infinity_in_any_output(inputs in inputs()) {
        let report = compute(&inputs);
        for (name, value) in outputs(&inputs, &report) {
            if let Value::Num(v) = value {
                prop_assert!(v.is_finite(), "{name} = {v}");
            }
        }
        for c in &report.combos {
            for v in [c.cost.creator_pay, c.cost.fees, c.cost.fx, c.cost.product] {
                prop_assert!(v.is_finite() && v >= 0.0);
            }
            if let Ok(q) = c.pays_for_itself {
                prop_assert!(q >= 0.0);
            }
        }
    }

    #[test]
    fn any_form_round_trips_through_its_link(inputs in inputs()) {
        let form = CompensationForm::from_inputs(&inputs);
        let (_, opened, notices) = open(&link_of(&form));
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(&opened, &form);
        // And the form computes what it shows, within its rounding.
        let parsed = form.parse();
        for field in Field::ALL {
            if parsed.error(field).is_none() {
                prop_assert!(field.kind().read(form.text(field)).is_ok());
            }
        }
    }

    #[test]
    fn any_query_opens_without_panicking(query in "[a-z=&,.%0-9-]{0,200}") {
        let (_, form, _) = open(&query);
        let parsed = form.parse();
        // What the link carried shows in its fields, errors and all (the
        // defaults themselves never are in error); the figures stay finite.
        prop_assert!(parsed.errors.is_empty() || form != CompensationForm::default());
        let report = compute(&parsed.inputs);
        for (name, value) in outputs(&parsed.inputs, &report) {
            if let Value::Num(v) = value {
                prop_assert!(v.is_finite(), "{name}");
            }
        }
    }

    #[test]
    fn typed_garbage_never_panics(text in "\\PC{0,12}", field in 0..kolcalc::calculators::compensation::form::FIELD_COUNT) {
        let mut form = CompensationForm::default();
        let field = Field::ALL[field];
        if let Some(slot) = form.text_mut(field) {
            *slot = text;
        }
        let parsed = form.parse();
        let report = compute(&parsed.inputs);
        for (name, value) in outputs(&parsed.inputs, &report) {
            if let Value::Num(v) = value {
                prop_assert!(v.is_finite(), "{name}");
            }
        }
    }
}
