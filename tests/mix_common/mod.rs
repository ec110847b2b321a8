//! Shared by the budget-mix tests: open a link the way the page does and
//! read every output the page shows, by name, from the core's list.
#![allow(dead_code)]

use kolcalc::calculators::budget_mix::compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::link::decode;
use kolcalc::calculators::budget_mix::model::MixInputs;
use kolcalc::calculators::budget_mix::outputs::{band, outputs as listed};
use kolcalc::link::{LinkNotice, LinkReader, SharedSettings};
use std::collections::BTreeMap;

/// What a link opens to.
pub struct Opened {
    /// Shared settings.
    pub shared: SharedSettings,
    /// The form.
    pub form: MixForm,
    /// The inputs computed with.
    pub inputs: MixInputs,
    /// What was ignored.
    pub notices: Vec<LinkNotice>,
}

/// Opens a link query as the page does.
pub fn open(query: &str) -> Opened {
    let mut reader = LinkReader::new(query);
    let shared = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    let notices = reader.finish();
    let inputs = form.parse(shared.cny_per_unit).inputs;
    Opened {
        shared,
        form,
        inputs,
        notices,
    }
}

/// Every output of the page for `inputs`: name → data-value, from the
/// core's list.
pub fn outputs(inputs: &MixInputs) -> BTreeMap<String, String> {
    let report = compute(inputs);
    listed(inputs, &report, &band(inputs, &report))
        .iter()
        .map(|o| (o.key.clone(), o.data()))
        .collect()
}
