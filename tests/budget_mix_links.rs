//! Budget-mix links: published examples (the presets among them) keep opening
//! to the same outputs, every key is always written, what was typed comes
//! back cell by cell (valid or not), what no field can hold falls back with
//! a notice, oversized links are refused whole.

mod mix_common;

use kolcalc::calculators::budget_mix::form::{Column, Field, Global, MixForm};
use kolcalc::calculators::budget_mix::link::{encode, fits, PRESETS};
use kolcalc::calculators::budget_mix::model::Tier;
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

/// The page's case: the Mid KOL quote set to `50`, then Mid followers to
/// `abc`, then reloaded. The page computed with the row's valid cells; the
/// reopened page must show the same cells with the same message and
/// compute the same, without a notice.
#[test]
fn a_row_with_a_bad_cell_reopens_cell_by_cell() {
    let mut form = MixForm::default();
    *form
        .text_mut(Field::Cell(Tier::Mid, Column::Price))
        .expect("a cell") = "50".into();
    *form
        .text_mut(Field::Cell(Tier::Mid, Column::Followers))
        .expect("a cell") = "abc".into();
    let link = build_query(&encode(&form));
    let opened = open(&link);
    assert_eq!(opened.notices, vec![], "{link}");
    assert_eq!(opened.form, form, "{link}");
    let (before, after) = (form.parse(1.0), opened.form.parse(1.0));
    assert_eq!(after, before);
    assert_eq!(Tier::Mid.of(&after.inputs.tiers).price, 50.0);
    assert_eq!(after.errors.len(), 1);
}

/// A link edited by hand is read the same way: each value shows in its
/// field with its own message; only what no field can hold (a row of
/// another length, an unknown objective) falls back with a notice.
#[test]
fn hand_edited_values_show_in_their_fields() {
    let opened = open(
        "b=-5&vm=0&head=0,1,1,2,3,15,0&mid=1,2,3&obj=fame&headcap=99&koc=500,3000,4,7,12,30,7",
    );
    let defaults = MixForm::default();
    let keys: Vec<&str> = opened
        .notices
        .iter()
        .map(|n| match n {
            LinkNotice::Ignored { key, .. } => key.as_str(),
            _ => "other",
        })
        .collect();
    assert_eq!(keys, vec!["obj", "mid"], "{:?}", opened.notices);
    assert_eq!(opened.form.text(Field::Global(Global::Budget)), "-5");
    assert_eq!(opened.form.text(Field::Global(Global::HeadCap)), "99");
    assert_eq!(opened.form.cells[0][0], "0");
    assert_eq!(opened.form.cells[1], defaults.cells[1]);
    assert_eq!(opened.form.cells[3][6], "7");
    let errors: Vec<Field> = opened.form.parse(1.0).errors.iter().map(|e| e.0).collect();
    for field in [
        Field::Global(Global::Budget),
        Field::Global(Global::VideoMultiplier),
        Field::Global(Global::HeadCap),
        Field::Cell(Tier::Head, Column::Price),
    ] {
        assert!(errors.contains(&field), "{field:?}: {errors:?}");
    }
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
/// in tier order; a link without it opens with the defaults; a row of the
/// wrong shape falls back with a notice, a bad cell stays in its field.
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
    // A row of the wrong shape: no field can hold it, so a notice and the
    // defaults: mid 1 (420,000), KOC 3 (252,000); the budget is kept.
    let query = "reach=1,2&b=300000";
    let opened = open(query);
    assert!(
        matches!(&opened.notices[..], [LinkNotice::Ignored { key, .. }] if key == "reach"),
        "{:?}",
        opened.notices
    );
    assert!(same(
        &figure(query, "manual_mid_impressions").to_string(),
        "420000"
    ));
    assert!(same(
        &figure(query, "manual_koc_impressions").to_string(),
        "252000"
    ));
    assert_eq!(opened.inputs.budget, 300_000.0);
    // A bad cell stays in its field with its error (no notice); the other
    // cells count: mid 2 (840,000), KOC 4 (336,000).
    for bad in ["-1", "x", "101"] {
        let query = format!("reach=1,2,3,4,{bad}&b=300000");
        let opened = open(&query);
        assert!(opened.notices.is_empty(), "{bad}: {:?}", opened.notices);
        let errors = opened.form.parse(1.0).errors;
        assert!(
            errors
                .iter()
                .any(|(f, _)| *f == Field::Cell(Tier::Seeding, Column::Reach)),
            "{bad}: {errors:?}"
        );
        assert_eq!(
            opened.form.text(Field::Cell(Tier::Seeding, Column::Reach)),
            bad
        );
        assert!(same(
            &figure(&query, "manual_mid_impressions").to_string(),
            "840000"
        ));
        assert!(same(
            &figure(&query, "manual_koc_impressions").to_string(),
            "336000"
        ));
    }
}
