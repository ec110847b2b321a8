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
    assert_eq!(links.len(), 6);
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
            "seeding"
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
