//! Budget-mix links: published examples (the presets among them) keep opening
//! to the same outputs, every key is always written, tampered values fall
//! back one by one with a notice, oversized links are refused whole.

mod mix_common;

use kolcalc::calculators::budget_mix::form::{Field, Global, MixForm};
use kolcalc::calculators::budget_mix::link::{encode, fits, PRESETS};
use kolcalc::fields::FieldText;
use kolcalc::link::{build_query, LinkNotice, MAX_QUERY_BYTES};
use mix_common::{open, outputs};

#[path = "support/published.rs"]
mod support_published;
use support_published::{published, Published};

const FIXTURES: &str = include_str!("fixtures/budget_mix_links.txt");

fn same(got: &str, want: &str) -> bool {
    match (got.parse::<f64>(), want.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        _ => got == want,
    }
}

#[test]
fn published_links_keep_their_outputs() {
    let links = published(FIXTURES);
    // Six published before the reach factor (issue 17, item 11), four after.
    assert_eq!(links.len(), 10);
    for Published {
        line,
        link,
        expected,
    } in links
    {
        let opened = open(&link);
        assert!(opened.notices.is_empty(), "{link}: {:?}", opened.notices);
        let shown = outputs(&opened.inputs);
        assert!(expected.len() > 10, "{link}");
        for (name, want) in expected {
            let got = shown.get(&name).unwrap_or_else(|| panic!("{name} unknown"));
            assert!(
                same(got, &want),
                "line {line}: {name} = {got}, published {want}"
            );
        }
    }
}

#[test]
fn the_presets_are_published_links() {
    for (_, query) in PRESETS {
        assert!(
            FIXTURES.contains(query),
            "preset not in the fixtures: {query}"
        );
        let opened = open(query);
        assert!(opened.notices.is_empty());
        // Written back, a preset is the same link.
        assert_eq!(build_query(&encode(&opened.form)), query);
    }
}

#[test]
fn every_key_is_always_written() {
    let keys: Vec<&str> = encode(&MixForm::default())
        .iter()
        .map(|(k, _)| *k)
        .collect();
    assert_eq!(
        keys,
        [
            "b", "vs", "vm", "fee", "post", "fs", "cpm", "ss", "cpc", "own", "minseed", "minrev",
            "headcap", "maxshare", "seed", "spread", "obj", "head", "mid", "tail", "koc",
            "seeding", "reach"
        ]
    );
}

#[test]
fn tampered_values_fall_back_one_by_one() {
    let opened = open(
        "b=-5&vm=0&head=0,1,1,2,3,15,0&mid=1,2,3&obj=fame&headcap=99&koc=500,3000,4,7,12,30,7",
    );
    let defaults = MixForm::default();
    for key in ["b", "vm", "head", "mid", "obj", "headcap"] {
        assert!(
            opened
                .notices
                .iter()
                .any(|n| matches!(n, LinkNotice::Ignored { key: k, .. } if k == key)),
            "{key}: {:?}",
            opened.notices
        );
    }
    assert_eq!(
        opened.form.text(Field::Global(Global::Budget)),
        defaults.text(Field::Global(Global::Budget))
    );
    assert_eq!(opened.form.cells[0], defaults.cells[0]);
    // The good key beside them is kept.
    assert_eq!(opened.form.cells[3][6], "7");
}

#[test]
fn oversized_links_are_refused_whole() {
    let query = format!("b=1{}", "0".repeat(MAX_QUERY_BYTES));
    let opened = open(&query);
    assert!(matches!(opened.notices[..], [LinkNotice::TooLong { .. }]));
    assert_eq!(opened.form, MixForm::default());
    let mut form = MixForm::default();
    form.globals[0] = "1".repeat(MAX_QUERY_BYTES);
    assert!(!fits(&form));
    assert!(fits(&MixForm::default()));
}

/// Issue 17, item 11: the reach factors are one key, `reach`, five factors
/// in tier order; a link without it opens with the defaults, a malformed
/// one falls back with a notice and keeps the rest.
#[test]
fn the_reach_key_opens_and_falls_back() {
    let figure = |query: &str, name: &str| -> f64 {
        outputs(&open(query).inputs)[name]
            .parse()
            .expect("a number")
    };
    let opened = open("reach=0.5,1.5,2,4,3");
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    // Mid: 4 × 150,000 × 0.7 × 1.5 = 630,000; KOC: 40 × 3,000 × 0.7 × 4 = 336,000.
    assert!(same(
        &figure("reach=0.5,1.5,2,4,3", "manual_mid_impressions").to_string(),
        "630000"
    ));
    assert!(same(
        &figure("reach=0.5,1.5,2,4,3", "manual_koc_impressions").to_string(),
        "336000"
    ));
    for bad in [
        "reach=1,2",
        "reach=1,2,3,4,-1",
        "reach=1,2,3,4,x",
        "reach=1,2,3,4,101",
    ] {
        let query = format!("{bad}&b=300000");
        let opened = open(&query);
        assert!(
            matches!(&opened.notices[..], [LinkNotice::Ignored { key, .. }] if key == "reach"),
            "{bad}: {:?}",
            opened.notices
        );
        // The defaults: mid 1 (420,000), KOC 3 (252,000); the budget is kept.
        assert!(same(
            &figure(&query, "manual_mid_impressions").to_string(),
            "420000"
        ));
        assert!(same(
            &figure(&query, "manual_koc_impressions").to_string(),
            "252000"
        ));
        assert_eq!(opened.inputs.budget, 300_000.0);
    }
}
