//! Published shortlist links keep opening to the same vetting and pick
//! (`fixtures/shortlist_links.txt`), and the list travels cell by cell.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/published.rs"]
mod published;

use kolcalc::calculators::shortlist::form::ShortlistForm;
use kolcalc::calculators::shortlist::link::{decode, encode};
use kolcalc::calculators::Calculator;
use kolcalc::currency::Currency;
use kolcalc::dates::Date;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkReader};
use kolcalc::outputs::MoneyFormat;

#[test]
fn published_links_give_the_same_outputs() {
    let money = MoneyFormat {
        lang: Lang::En,
        currency: Currency::Cny,
        cny_per_unit: 1.0,
    };
    let today = Date::from_ymd(2026, 12, 7).expect("a date");
    for link in published::published(include_str!("fixtures/shortlist_links.txt")) {
        let mut reader = LinkReader::new(&link.link);
        kolcalc::link::SharedSettings::read(&mut reader);
        decode(&mut reader);
        assert_eq!(reader.finish(), vec![], "line {}: a notice", link.line);
        let outputs = Calculator::Shortlist.outputs(&link.link, &money, today);
        for (key, expected) in &link.expected {
            let output = outputs
                .iter()
                .find(|o| &o.key == key)
                .unwrap_or_else(|| panic!("line {}: no output {key}", link.line));
            let got = output.data();
            match (got.parse::<f64>(), expected.parse::<f64>()) {
                (Ok(a), Ok(b)) => assert!(
                    (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                    "line {}: {key} = {a}, published {b}",
                    link.line
                ),
                _ => assert_eq!(&got, expected, "line {}: {key}", link.line),
            }
        }
    }
}

#[test]
fn a_typed_list_comes_back_as_typed() {
    let mut form = ShortlistForm::default();
    form.rows[0].name = "Lily, 100% 护肤; ok".into();
    form.rows[1].quote = "¥1.2万".into();
    form.rows[2].likes = "lots".into();
    let mut reader = LinkReader::new(&build_query(&encode(&form)));
    let back = decode(&mut reader);
    assert_eq!(reader.finish(), vec![]);
    assert_eq!(back, form);
    assert_eq!(back.parse(1.0), form.parse(1.0));
}
