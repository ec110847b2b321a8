//! The language rule of shared links: a link names a language only when the
//! sender chose one, so a link copied without that choice opens in the
//! receiver's language; published links that name one keep opening in it,
//! and to the same scenario once the language is taken out.

#[path = "support/published.rs"]
mod support_published;

use kolcalc::calculators::{Calculator, Route};
use kolcalc::currency::Currency;
use kolcalc::dates::Date;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, split_hash, with_lang, LinkReader, SharedSettings};
use kolcalc::outputs::MoneyFormat;
use support_published::published;

const FIXTURES: [(Calculator, &str); 4] = [
    (
        Calculator::Engagement,
        include_str!("fixtures/engagement_links.txt"),
    ),
    (
        Calculator::BudgetMix,
        include_str!("fixtures/budget_mix_links.txt"),
    ),
    (
        Calculator::Compensation,
        include_str!("fixtures/compensation_links.txt"),
    ),
    (
        Calculator::Timeline,
        include_str!("fixtures/timeline_links.txt"),
    ),
];

fn lang_of(query: &str) -> Option<Lang> {
    SharedSettings::read(&mut LinkReader::new(query)).lang
}

#[test]
fn a_link_without_a_chosen_language_carries_none() {
    let settings = SharedSettings {
        lang: None,
        currency: Currency::Eur,
        cny_per_unit: 7.9,
        embed: false,
    };
    let query = build_query(&settings.pairs());
    assert!(!query.contains("lang"), "{query}");
    assert_eq!(lang_of(&query), None);
    let chosen = SharedSettings {
        lang: Some(Lang::Zh),
        ..settings
    };
    assert_eq!(lang_of(&build_query(&chosen.pairs())), Some(Lang::Zh));
}

#[test]
fn copying_sets_or_removes_the_language_and_keeps_every_other_byte() {
    let href = "https://hub.example/kol/#/engagement?v=1&lang=zh&f=12%2C000&notes=500,200,30,10";
    assert_eq!(
        with_lang(href, None),
        "https://hub.example/kol/#/engagement?v=1&f=12%2C000&notes=500,200,30,10"
    );
    assert_eq!(
        with_lang(href, Some(Lang::En)),
        "https://hub.example/kol/#/engagement?v=1&lang=en&f=12%2C000&notes=500,200,30,10"
    );
    // A link without a version or a query still gets or loses its language.
    assert_eq!(
        with_lang("#/timeline", Some(Lang::Zh)),
        "#/timeline?lang=zh"
    );
    assert_eq!(with_lang("#/timeline?lang=en", None), "#/timeline");
    assert_eq!(
        with_lang("#/timeline?s=2026-03-02", Some(Lang::Zh)),
        "#/timeline?lang=zh&s=2026-03-02"
    );
    // A page's own address carries the scenario as its whole fragment.
    assert_eq!(
        with_lang("https://hub.example/kol/engagement/#v=1&lang=en&f=1", None),
        "https://hub.example/kol/engagement/#v=1&f=1"
    );
    assert_eq!(
        with_lang("https://hub.example/kol/engagement/", Some(Lang::Zh)),
        "https://hub.example/kol/engagement/#lang=zh"
    );
    // A key that merely starts with "lang" is not the language.
    assert_eq!(
        with_lang("#/x?v=1&language=1&lang=en", None),
        "#/x?v=1&language=1"
    );
}

#[test]
fn published_links_open_in_their_language_and_the_same_scenario_without_it() {
    let today = Date::from_ymd(2026, 3, 2).expect("a date");
    let mut named = 0;
    for (calculator, fixtures) in FIXTURES {
        for link in published(fixtures) {
            let hash = format!("#/{}?{}", calculator.slug(), link.link);
            let (route, query) = split_hash(&hash);
            assert_eq!(Route::from_path(route), Route::Calculator(calculator));
            let lang = lang_of(query);
            if link.link.split('&').any(|p| p.starts_with("lang=")) {
                named += 1;
                assert!(lang.is_some(), "line {}: its language is read", link.line);
            }
            let without = with_lang(&hash, None);
            let (_, plain) = split_hash(&without);
            assert_eq!(lang_of(plain), None, "line {}", link.line);
            let money = MoneyFormat::yuan(Lang::En);
            assert_eq!(
                calculator.outputs(query, &money, today),
                calculator.outputs(plain, &money, today),
                "line {}: the language changes nothing but the language",
                link.line
            );
        }
    }
    assert!(named > 0, "the fixtures include links that name a language");
}
