//! Scenario links of the compensation calculator: published examples keep
//! opening to the same outputs, what was typed comes back in its field
//! (valid or not, an estimate cell by cell), what no field can hold falls
//! back with a notice naming it, oversized links are refused whole, and
//! every key is always written.

mod compensation_common;

use compensation_common::{link_of, open, outputs, run, Value};
use kolcalc::calculators::compensation::form::{CompensationForm, Field, RANGES};
use kolcalc::calculators::compensation::link::{encode, key};
use kolcalc::currency::Currency;
use kolcalc::fields::FieldText;
use kolcalc::i18n::Lang;
use kolcalc::link::{LinkNotice, MAX_QUERY_BYTES};

#[path = "support/published.rs"]
mod support_published;
use support_published::published;

const FIXTURES: &str = include_str!("fixtures/compensation_links.txt");

/// The link key a field is written under (an estimate's key for its parts).
fn link_key(field: Field) -> &'static str {
    key(field).unwrap_or_else(|| {
        RANGES
            .iter()
            .find(|(_, parts)| parts.contains(&field))
            .map_or("?", |(k, _)| k)
    })
}

fn notice_key(notice: &LinkNotice) -> String {
    match notice {
        LinkNotice::Ignored { key, .. } => format!("ignored:{key}"),
        LinkNotice::UnknownKey { key } => format!("unknown:{key}"),
        other => format!("{other:?}"),
    }
}

#[test]
fn published_links_keep_their_outputs() {
    let links = published(FIXTURES);
    assert_eq!(links.len(), 4);
    for block in links {
        let (_, form, notices) = open(&block.link);
        let parsed = form.parse();
        let errors: Vec<&str> = parsed
            .errors
            .iter()
            .map(|&(field, _)| link_key(field))
            .collect();
        let wanted_errors = block
            .expected
            .iter()
            .find(|(key, _)| key == "errors")
            .map_or("", |(_, v)| v.as_str());
        assert_eq!(errors.join(","), wanted_errors, "line {}", block.line);
        let report = kolcalc::calculators::compensation::model::compute(&parsed.inputs);
        let all = outputs(&parsed.inputs, &report);
        for (key, wanted) in &block.expected {
            let at = format!("line {}: {key}", block.line);
            if key == "errors" {
                continue;
            }
            if key == "notices" {
                let got: Vec<String> = notices.iter().map(notice_key).collect();
                assert_eq!(got.join(","), *wanted, "{at}");
                continue;
            }
            let value = &all
                .iter()
                .find(|(n, _)| n == key)
                .unwrap_or_else(|| panic!("{at}: no such output"))
                .1;
            match value {
                Value::Num(v) => {
                    let w: f64 = wanted.parse().unwrap_or_else(|_| panic!("{at}: {wanted}"));
                    assert!(
                        (v - w).abs() <= 1e-9 * w.abs().max(1.0),
                        "{at}: got {v}, want {w}"
                    );
                }
                Value::Word(word) => assert_eq!(word, wanted, "{at}"),
                Value::Undefined(why) => assert_eq!(format!("undefined:{why}"), *wanted, "{at}"),
            }
        }
    }
}

#[test]
fn published_links_set_language_and_currency() {
    let links = published(FIXTURES);
    let (settings, _, _) = open(&links[1].link);
    assert_eq!(settings.lang, Some(Lang::Zh));
    assert_eq!(settings.currency, Currency::Eur);
}

#[test]
fn every_key_is_always_written() {
    let keys: Vec<&str> = encode(&CompensationForm::default())
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        keys,
        [
            "q", "qcur", "fmt", "eng", "reads", "clicks", "sales", "price", "margin", "ret",
            "basis", "pe", "pc", "com", "pcost", "ship", "post", "hb", "bonus", "thr", "hcom",
            "pf", "mcn", "qsrc", "af", "fx", "ur", "um", "gp", "gur", "seedmax", "bfx"
        ]
    );
    // The first published link, written before `qcur`, `qsrc`, `gp`,
    // `gur`, `seedmax` and `bfx` existed, still opens the default scenario
    // with no notice.
    let (_, form, notices) = open(&published(FIXTURES)[0].link);
    assert_eq!(form, CompensationForm::default());
    assert_eq!(notices, vec![]);
}

#[test]
fn edited_forms_round_trip() {
    let mut form = CompensationForm::default();
    for (field, text) in [
        (
            kolcalc::calculators::compensation::form::Field::Quote,
            "1.2万",
        ),
        (
            kolcalc::calculators::compensation::form::Field::Margin,
            "45.5%",
        ),
        (
            kolcalc::calculators::compensation::form::Field::EngLikely,
            "3,000",
        ),
    ] {
        *form.text_mut(field).unwrap() = text.into();
    }
    let (_, opened, notices) = open(&link_of(&form));
    assert!(notices.is_empty(), "{notices:?}");
    // Commas inside numbers are dropped from range cells, which read the same.
    assert_eq!(run(&opened).1, run(&form).1);
}

#[test]
fn oversized_links_are_refused_whole() {
    let query = format!("q={}", "9".repeat(MAX_QUERY_BYTES));
    let (_, form, notices) = open(&query);
    assert_eq!(form, CompensationForm::default());
    assert!(matches!(notices[..], [LinkNotice::TooLong { .. }]));
}

/// An estimate with one bad cell: the page computes with the good cells
/// and the default in the bad one's place (here 100, 2,000, 9,000); the
/// reopened page must show the same cells and compute the same, where it
/// used to fall back to the whole default estimate.
#[test]
fn an_estimate_with_a_bad_cell_reopens_cell_by_cell() {
    let mut form = CompensationForm::default();
    for (field, text) in [
        (Field::EngLow, "100"),
        (Field::EngLikely, "abc"),
        (Field::EngHigh, "9000"),
    ] {
        *form.text_mut(field).expect("a field") = text.into();
    }
    let link = link_of(&form);
    let (_, opened, notices) = open(&link);
    assert_eq!(notices, vec![], "{link}");
    assert_eq!(opened, form, "{link}");
    let (before, after) = (form.parse(), opened.parse());
    assert_eq!(after, before);
    assert_eq!(after.inputs.engagements.low, 100.0);
}
