//! Helpers of the compensation tests: open a link the way the page does,
//! and read every output with its value, by its page name, from the core's
//! list.
#![allow(dead_code)]

use kolcalc::calculators::compensation::form::CompensationForm;
use kolcalc::calculators::compensation::link::{decode, encode};
use kolcalc::calculators::compensation::model::{
    compute, Channel, CompensationInputs, CompensationReport, Model, Undefined,
};
use kolcalc::calculators::compensation::outputs::outputs as listed;
use kolcalc::i18n::Key;
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings};
use kolcalc::outputs::Value as Listed;

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

/// The fixture name of an undefined figure's reason, from its text.
fn undefined_name(why: Key) -> &'static str {
    [
        Undefined::NoResults,
        Undefined::NoMargin,
        Undefined::NeverBreaksEven,
        Undefined::NeverCrosses,
        Undefined::OnlyBetween,
    ]
    .into_iter()
    .find(|u| u.reasons().0 == why)
    .map_or("other", undefined_key)
}

/// Every output the page shows, by its `name`, in page order: the core's
/// list.
pub fn outputs(inputs: &CompensationInputs, report: &CompensationReport) -> Vec<(String, Value)> {
    listed(inputs, report)
        .into_iter()
        .map(|o| {
            let value = match o.value {
                Listed::Number(v) => Value::Num(v),
                Listed::Word(code, _) => Value::Word(code),
                Listed::Date(d) => Value::Word(d.iso()),
                Listed::Undefined(why, _) => Value::Undefined(undefined_name(why)),
            };
            (o.key, value)
        })
        .collect()
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
