//! Shared by the budget-mix tests: open a link the way the page does and
//! list every output the page shows, by name, computed from the model alone.
#![allow(dead_code)]

use kolcalc::calculators::budget_mix::compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::link::decode;
use kolcalc::calculators::budget_mix::model::{Conflict, MixInputs, Tier, Totals};
use kolcalc::calculators::budget_mix::montecarlo::simulate;
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

/// Plan metrics in page order, as output-name parts.
pub const METRICS: [&str; 8] = [
    "creators",
    "notes",
    "cost",
    "impressions",
    "engagements",
    "authentic",
    "cpe",
    "cpm",
];

fn metric(t: &Totals, i: usize) -> Option<f64> {
    [
        Some(t.creators),
        Some(t.notes),
        Some(t.cost),
        Some(t.impressions),
        Some(t.engagements),
        Some(t.authentic),
        t.cpe(),
        t.cpm(),
    ][i]
}

fn text(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// Every output of the page for `inputs`: name → data-value.
pub fn outputs(inputs: &MixInputs) -> BTreeMap<String, String> {
    let report = compute(inputs);
    let mut out = BTreeMap::new();
    let optimised = report.optimised.as_ref().ok();
    let status = match &report.optimised {
        Ok(_) if report.proven => "proven",
        Ok(_) => "best_found",
        Err(Conflict::AdsTakeAll { .. }) => "ads_take_all",
        Err(Conflict::BudgetBelowCheapest { .. }) => "budget_below_cheapest",
        Err(Conflict::MinimumAboveCap { .. }) => "minimum_above_cap",
        Err(Conflict::MinimumsOverBudget { .. }) => "minimums_over_budget",
    };
    out.insert("opt_status".into(), status.into());
    for (i, m) in METRICS.iter().enumerate() {
        let manual = metric(&report.manual.total, i);
        let best = optimised.and_then(|p| metric(&p.total, i));
        out.insert(format!("manual_total_{m}"), text(manual));
        out.insert(format!("opt_total_{m}"), text(best));
        out.insert(
            format!("diff_{m}"),
            text(manual.zip(best).map(|(a, b)| b - a)),
        );
        for t in Tier::ALL {
            out.insert(
                format!("manual_{}_{m}", t.key()),
                text(metric(t.of(&report.manual.tiers), i)),
            );
            out.insert(
                format!("opt_{}_{m}", t.key()),
                text(optimised.and_then(|p| metric(t.of(&p.tiers), i))),
            );
        }
    }
    out.insert("manual_unspent".into(), text(Some(report.manual.unspent)));
    out.insert("opt_unspent".into(), text(optimised.map(|p| p.unspent)));
    out.insert(
        "diff_unspent".into(),
        text(optimised.map(|p| p.unspent - report.manual.unspent)),
    );
    // The whole campaign: creators with the Feed impressions and the Search
    // clicks, worked out here from the totals and the pillars.
    let p = &report.pillars;
    let campaign = |t: &Totals| {
        let impressions = t.impressions + p.feed_impressions;
        let cpm = (t.cost + p.feed) / impressions * 1000.0;
        [
            Some(t.cost + p.feed + p.search),
            Some(impressions),
            (impressions > 0.0).then_some(cpm),
            Some(p.search_clicks),
        ]
    };
    let mine = campaign(&report.manual.total);
    let best = optimised.map(|plan| campaign(&plan.total));
    for (i, m) in ["cost", "impressions", "cpm", "clicks"].iter().enumerate() {
        let (a, b) = (mine[i], best.and_then(|c| c[i]));
        out.insert(format!("manual_campaign_{m}"), text(a));
        out.insert(format!("opt_campaign_{m}"), text(b));
        out.insert(
            format!("diff_campaign_{m}"),
            text(a.zip(b).map(|(a, b)| b - a)),
        );
    }
    for (name, v) in [
        ("creator_budget", p.creators),
        ("feed_budget", p.feed),
        ("feed_impressions", p.feed_impressions),
        ("search_budget", p.search),
        ("search_clicks", p.search_clicks),
        ("owned_notes", inputs.owned_notes as f64),
    ] {
        out.insert(name.into(), text(Some(v)));
    }
    let plan = optimised.unwrap_or(&report.manual);
    let band = simulate(inputs, &plan.counts, plan.total.cost);
    for (i, p) in ["p10", "p50", "p90"].iter().enumerate() {
        out.insert(format!("mc_authentic_{p}"), text(Some(band.authentic[i])));
        out.insert(format!("mc_cpe_{p}"), text(band.cpe.map(|c| c[i])));
    }
    out.insert(
        "mc_authentic_mean".into(),
        text(Some(band.expected_authentic)),
    );
    out
}
