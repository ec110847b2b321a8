//! The budget-mix page rendered natively with yew's server-side renderer:
//! every documented output is there once with the value the model gives,
//! conflicts name the inputs, the page speaks Chinese, link notices show.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

mod mix_common;

use kolcalc::calculators::budget_mix::montecarlo::{BINS, DRAWS};
use kolcalc::calculators::budget_mix::view::page::BudgetMixPage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use mix_common::{open, outputs};

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{attr, chart_data_tables, chart_tables, page_outputs, render_page_at};

const README: &str = include_str!("../README.md");

fn render(query: &str, lang: Lang, currency: Currency, cny_per_unit: f64) -> String {
    render_page_at::<BudgetMixPage>(query, lang, currency, cny_per_unit)
}

#[test]
fn every_documented_output_is_present_with_its_value() {
    let html = render("", Lang::En, Currency::Cny, 1.0);
    let shown = page_outputs(&html);
    let expected = outputs(&open("").inputs);
    assert_eq!(
        shown.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (name, value) in &expected {
        assert_eq!(&shown[name].0, value, "{name}");
        assert!(
            README.contains(&format!("`{}`", family(name))),
            "{name} not documented"
        );
        assert!(!shown[name].1.contains("NaN") && !shown[name].1.contains("inf"));
    }
    assert_eq!(shown["opt_status"].0, "proven");
    assert_eq!(shown["manual_total_cost"].1, "¥129,736");
}

/// The README row of an output: `manual_koc_cpe` → `<plan>_<tier>_<metric>`.
fn family(name: &str) -> String {
    let parts: Vec<&str> = name.split('_').collect();
    let generic: Vec<&str> = parts
        .iter()
        .enumerate()
        .map(|(i, part)| match *part {
            "manual" | "opt" if i == 0 && parts.len() == 3 => "<plan>",
            "manual" | "opt" if i == 0 && parts.get(1) == Some(&"unspent") => "<plan>",
            "head" | "mid" | "tail" | "koc" | "seeding" => "<tier>",
            "creators" | "notes" | "cost" | "impressions" | "engagements" | "authentic" | "cpe"
            | "cpm"
                if i == parts.len() - 1
                    && ["manual", "opt", "diff"].contains(&parts[0])
                    && parts.get(1) != Some(&"campaign") =>
            {
                "<metric>"
            }
            "p10" | "p50" | "p90" => "<p>",
            other => other,
        })
        .collect();
    generic.join("_")
}

#[test]
fn budget_is_typed_in_the_display_currency() {
    // ¥ per euro 7.8: a budget of 10,000 EUR is ¥78,000; creators get 70%.
    let html = render("b=10000", Lang::En, Currency::Eur, 7.8);
    let shown = page_outputs(&html);
    assert_eq!(shown["creator_budget"].0, (78_000.0f64 * 0.7).to_string());
    assert!(
        shown["creator_budget"].1.contains('€'),
        "{}",
        shown["creator_budget"].1
    );
}

#[test]
fn conflicts_name_the_inputs_in_english_and_chinese() {
    let query = "minseed=2000";
    let en = page_outputs(&render(query, Lang::En, Currency::Cny, 1.0));
    assert_eq!(en["opt_status"].0, "minimums_over_budget");
    assert!(en["opt_status"].1.contains("Minimum seeding KOCs"));
    assert_eq!(en["opt_total_cost"].0, "");
    assert_eq!(en["opt_total_cost"].1, "–");
    let zh = page_outputs(&render(query, Lang::Zh, Currency::Cny, 1.0));
    assert!(
        zh["opt_status"].1.contains("种草素人最少人数"),
        "{}",
        zh["opt_status"].1
    );
    let tiny = page_outputs(&render("b=100", Lang::En, Currency::Cny, 1.0));
    assert_eq!(tiny["opt_status"].0, "budget_below_cheapest");
    assert!(tiny["opt_status"].1.contains("Seeding KOC"));
}

#[test]
fn the_page_speaks_chinese_with_practitioner_terms() {
    let html = render("", Lang::Zh, Currency::Cny, 1.0);
    for term in [
        "头部",
        "腰部",
        "尾部",
        "素人",
        "种草",
        "蒲公英",
        "信息流",
        "搜索",
    ] {
        assert!(html.contains(term), "{term}");
    }
}

#[test]
fn bad_link_values_show_in_their_fields_and_malformed_rows_in_a_notice() {
    let html = render("b=abc&head=0,1,2&zzz=1", Lang::En, Currency::Cny, 1.0);
    // the row of three cells and the unknown key; the budget shows as typed
    assert!(html.contains("data-notices=\"2\""), "notices");
    assert!(html.contains("value=\"abc\"") && html.contains("class=\"field-error\""));
    // No result is computed from a default put in for the budget typed.
    assert!(page_outputs(&html).is_empty(), "no results");
    assert!(
        html.contains("data-state=\"stale\""),
        "results marked out of date"
    );
}

#[test]
fn every_input_is_labelled() {
    let html = render("", Lang::En, Currency::Cny, 1.0);
    for (at, _) in html.match_indices("<input ") {
        let tag = &html[at..at + html[at..].find('>').expect("closes")];
        let id = attr(tag, "id").expect("input has an id");
        assert!(
            attr(tag, "aria-label").is_some() || html.contains(&format!("for=\"{id}\"")),
            "{id} has no label"
        );
    }
}

/// A number as the English page writes it: 12,345.
fn number(text: &str) -> f64 {
    text.replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("{text:?}"))
}

#[test]
fn each_chart_offers_its_data_as_a_table() {
    for lang in Lang::ALL {
        let html = render("", lang, Currency::Cny, 1.0);
        let tables = chart_data_tables(&html, &[3, 3, 2], &format!("{lang:?}"));
        // Allocation: five tiers, feed, search, unspent; manual and optimised.
        assert_eq!(tables[0].rows.len(), 8);
        // Engagements: five tiers.
        assert_eq!(tables[1].rows.len(), 5);
        // Band: every histogram bar, then P10, P50 and P90.
        assert_eq!(tables[2].rows.len(), BINS + 3);
        assert!(tables[2].rows[BINS][0].starts_with("P10"), "{lang:?}");
    }
    let html = render("", Lang::En, Currency::Cny, 1.0);
    let tables = chart_tables(&html);
    let shown = page_outputs(&html);
    let draws: f64 = tables[2].rows[..BINS].iter().map(|r| number(&r[1])).sum();
    assert_eq!(draws, DRAWS as f64);
    let authentic: f64 = tables[1].rows.iter().map(|r| number(&r[1])).sum();
    let total: f64 = shown["manual_total_authentic"].0.parse().expect("a number");
    assert!((authentic - total).abs() <= 3.0, "{authentic} vs {total}");
    let p50 = &shown["mc_authentic_p50"].1;
    assert_eq!(tables[2].rows[BINS + 1][0], format!("P50: {p50}"));
}

/// Issue 17, item 12: the budget mix has the formulas panel the other
/// calculators have, and says why the band's P50 sits above the totals.
#[test]
fn the_page_has_its_formulas_and_explains_the_band() {
    let html = render("", Lang::En, Currency::Cny, 1.0);
    assert!(html.contains("class=\"formulas\""), "no formulas panel");
    let shown = page_outputs(&html);
    // The expected total (mean rates) is above the likely-rate total the
    // table shows, and the page names it beside the band.
    let mean: f64 = shown["mc_authentic_mean"].0.parse().unwrap();
    let likely: f64 = shown["opt_total_authentic"].0.parse().unwrap();
    let p50: f64 = shown["mc_authentic_p50"].0.parse().unwrap();
    assert!(mean > likely, "{mean} vs {likely}");
    assert!((p50 - mean).abs() < 0.02 * mean, "{p50} vs {mean}");
    assert!(html.contains("likely rate"), "the page does not say why");
    let zh = render("", Lang::Zh, Currency::Cny, 1.0);
    assert!(zh.contains("class=\"formulas\""));
}

/// Issue 17, item 11: the tier table has a reach factor per tier, labelled
/// an assumption with its reasoning; the formula panel states the rule and
/// the choice about fake followers; the whole-campaign totals are shown.
#[test]
fn the_page_shows_the_reach_factor_as_an_assumption_and_the_campaign_totals() {
    let en = render("", Lang::En, Currency::Cny, 1.0);
    assert!(en.contains("id=\"mix-head-7\""), "no reach cell");
    assert!(en.contains("Reach ×"), "no reach column");
    assert!(en.contains("discovery feed"), "no reasoning");
    assert!(en.contains("Assumption"), "not labelled an assumption");
    assert!(
        en.contains("Fake followers still discount reach"),
        "no fake-follower rule"
    );
    let shown = page_outputs(&en);
    assert!(shown.contains_key("manual_campaign_cpm"));
    let zh = render("", Lang::Zh, Currency::Cny, 1.0);
    assert!(zh.contains("曝光倍数"), "no reach column in Chinese");
    assert!(zh.contains("发现页"), "no reasoning in Chinese");
    assert!(zh.contains("假设值"), "not labelled in Chinese");
}

#[test]
fn the_page_opens_with_its_answer_in_both_languages() {
    for (lang, start) in [(Lang::En, "Book "), (Lang::Zh, "投放头部 ")] {
        let html = render("", lang, Currency::Cny, 1.0);
        let shown = page_outputs(&html);
        let text = &shown["answer"].1;
        assert!(html.find("data-answer") < html.find("class=\"columns\""));
        assert!(text.starts_with(start), "{text}");
        // The decisive numbers are the optimised plan's: its cost and
        // every tier's creators.
        assert!(text.contains(&shown["opt_total_cost"].1), "{text}");
        for tier in ["head", "mid", "tail", "koc", "seeding"] {
            let n = &shown[&format!("opt_{tier}_creators")].1;
            assert!(text.contains(n.as_str()), "{tier}: {n} in {text}");
        }
    }
    let en = render("", Lang::En, Currency::Cny, 1.0);
    assert!(page_outputs(&en)["answer"]
        .1
        .contains("authentic engagements (P10–P90 "));
}
