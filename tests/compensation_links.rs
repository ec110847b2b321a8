//! Scenario links of the compensation calculator: published examples keep
//! opening to the same outputs, tampered links fall back key by key with a
//! notice naming each, oversized links are refused whole, and every key is
//! always written.

mod compensation_common;

use compensation_common::{link_of, open, outputs, run, Value};
use kolcalc::calculators::compensation::form::CompensationForm;
use kolcalc::calculators::compensation::link::encode;
use kolcalc::currency::Currency;
use kolcalc::fields::FieldText;
use kolcalc::i18n::Lang;
use kolcalc::link::{LinkNotice, MAX_QUERY_BYTES};

#[path = "support/published.rs"]
mod support_published;
use support_published::published;

const FIXTURES: &str = include_str!("fixtures/compensation_links.txt");

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
        assert!(parsed.errors.is_empty(), "line {}", block.line);
        let report = kolcalc::calculators::compensation::model::compute(&parsed.inputs);
        let all = outputs(&parsed.inputs, &report);
        for (key, wanted) in &block.expected {
            let at = format!("line {}: {key}", block.line);
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
