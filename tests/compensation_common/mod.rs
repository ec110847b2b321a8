//! Helpers of the compensation tests: open a link the way the page does,
//! and list every documented output with its value, by its page name.
#![allow(dead_code)]

use kolcalc::calculators::compensation::form::CompensationForm;
use kolcalc::calculators::compensation::link::{decode, encode};
use kolcalc::calculators::compensation::model::{
    compute, cover, Channel, CompensationInputs, CompensationReport, Figure, Item, Model, Undefined,
};
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings};

/// A page output's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number (`data-value`).
    Num(f64),
    /// A key such as `seeding_platform`.
    Word(String),
    /// No value, and why.
    Undefined(&'static str),
}

/// The stable name of an undefined reason in fixtures.
pub fn undefined_key(why: Undefined) -> &'static str {
    match why {
        Undefined::NoResults => "no_results",
        Undefined::NoMargin => "no_margin",
        Undefined::NeverBreaksEven => "never_breaks_even",
        Undefined::NeverCrosses => "never_crosses",
        Undefined::OnlyBetween => "only_between",
    }
}

fn figure(value: Figure) -> Value {
    match value {
        Ok(v) => Value::Num(v),
        Err(why) => Value::Undefined(undefined_key(why)),
    }
}

/// Every output the page shows, by its `name`, in page order.
pub fn outputs(inputs: &CompensationInputs, report: &CompensationReport) -> Vec<(String, Value)> {
    let (model, channel) = report.cheapest;
    let mut all = vec![
        (
            "cheapest".to_string(),
            Value::Word(format!("{}_{}", model.key(), channel.key())),
        ),
        (
            "cheapest_ties".into(),
            Value::Word(
                report
                    .cheapest_ties
                    .iter()
                    .map(|(m, k)| format!("{}_{}", m.key(), k.key()))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ),
        ("cheapest_total".into(), Value::Num(report.cheapest_total)),
        (
            "warnings".into(),
            Value::Word(
                report
                    .warnings
                    .iter()
                    .map(|w| w.key())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        ),
        (
            "contribution_margin".into(),
            Value::Num(report.contribution_margin),
        ),
        ("breakeven_roas".into(), figure(report.breakeven_roas)),
    ];
    for (i, k) in Channel::ALL.iter().enumerate() {
        all.push((
            format!("perf_vs_flat_{}", k.key()),
            figure(report.perf_vs_flat[i]),
        ));
    }
    for (i, k) in Channel::ALL.iter().enumerate() {
        all.push((
            format!("hybrid_vs_flat_{}", k.key()),
            figure(report.hybrid_vs_flat[i]),
        ));
    }
    for c in &report.combos {
        let s = format!("{}_{}", c.model.key(), c.channel.key());
        all.extend([
            (format!("total_{s}"), Value::Num(c.total)),
            (format!("creator_pay_{s}"), Value::Num(c.cost.creator_pay)),
            (format!("fees_{s}"), Value::Num(c.cost.fees)),
            (format!("fx_{s}"), Value::Num(c.cost.fx)),
            (format!("product_{s}"), Value::Num(c.cost.product)),
            (format!("cpe_{s}"), figure(c.per_engagement)),
            (format!("cpr_{s}"), figure(c.per_read)),
            (format!("cpc_{s}"), figure(c.per_click)),
            (format!("cps_{s}"), figure(c.per_sale)),
            (format!("profit_{s}"), Value::Num(c.profit)),
            (format!("pays_{s}"), figure(c.pays_for_itself)),
            (
                format!("pays_until_{s}"),
                figure(
                    c.profitable
                        .and_then(|p| p.1)
                        .ok_or(Undefined::NeverCrosses),
                ),
            ),
        ]);
    }
    for item in Item::ALL {
        for k in Channel::ALL {
            all.push((
                format!("contract_{}_{}", item.key(), k.key()),
                Value::Word(cover(inputs, item, k).key().to_string()),
            ));
        }
    }
    all
}

/// The value of output `name`.
pub fn output(inputs: &CompensationInputs, report: &CompensationReport, name: &str) -> Value {
    outputs(inputs, report)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("no output {name}"))
}

/// Opens a query the way the page does: settings, form, notices.
pub fn open(query: &str) -> (SharedSettings, CompensationForm, Vec<LinkNotice>) {
    let mut reader = LinkReader::new(query);
    let settings = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    (settings, form, reader.finish())
}

/// The calculator's part of a form's link.
pub fn link_of(form: &CompensationForm) -> String {
    build_query(&encode(form))
}

/// Inputs and report of a form that must read cleanly.
pub fn run(form: &CompensationForm) -> (CompensationInputs, CompensationReport) {
    let parsed = form.parse();
    assert_eq!(parsed.errors, vec![], "form should read cleanly");
    let report = compute(&parsed.inputs);
    (parsed.inputs, report)
}

/// The combination of `model` and `channel`.
pub fn combo(
    report: &CompensationReport,
    model: Model,
    channel: Channel,
) -> kolcalc::calculators::compensation::model::Combo {
    *report
        .combo(model, channel)
        .expect("every combination is computed")
}

/// Relative closeness for hand-worked figures.
pub fn close(actual: f64, wanted: f64) -> bool {
    (actual - wanted).abs() <= 1e-9 * wanted.abs().max(1.0)
}
