//! The compensation page rendered natively with yew's server-side renderer:
//! every documented output is present once with its unrounded value, text
//! follows the language, bad input shows messages and "never breaks even",
//! never NaN or infinity.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

mod compensation_common;

use compensation_common::{open, outputs, Value};
use kolcalc::calculators::compensation::chart::CostChartData;
use kolcalc::calculators::compensation::model::compute;
use kolcalc::calculators::compensation::view::page::CompensationPage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{attr, chart_data_tables, chart_tables, render_page, tags};

fn render(query: &str, lang: Lang, currency: Currency) -> String {
    render_page::<CompensationPage>(query, lang, currency)
}

/// (name, data-value) of every `<output>`, in document order.
fn page_outputs(html: &str) -> Vec<(String, String)> {
    tags(html, "output")
        .into_iter()
        .map(|tag| {
            (
                attr(tag, "name").expect("output has a name"),
                attr(tag, "data-value").unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn every_documented_output_is_present_with_its_value() {
    let query = "v=1&q=9000&basis=click";
    let html = render(query, Lang::En, Currency::Cny);
    let shown = page_outputs(&html);
    let (_, form, _) = open(query);
    let inputs = form.parse().inputs;
    let report = compute(&inputs);
    let documented = outputs(&inputs, &report);
    assert_eq!(
        shown.len(),
        documented.len(),
        "one output per documented name"
    );
    let readme = include_str!("../README.md");
    for (name, value) in documented {
        let found: Vec<&(String, String)> = shown.iter().filter(|(n, _)| *n == name).collect();
        assert_eq!(found.len(), 1, "{name} appears {} times", found.len());
        let data = &found[0].1;
        match value {
            Value::Num(v) => assert_eq!(data.parse::<f64>().ok(), Some(v), "{name}"),
            Value::Word(w) => assert_eq!(*data, w, "{name}"),
            Value::Undefined(_) => assert_eq!(data, "", "{name}"),
        }
        // Documented in README by its pattern (`total_<model>_<channel>`).
        let pattern = if name.contains("_vs_flat_") {
            name.clone()
        } else {
            ["flat", "perf", "seeding", "hybrid"]
                .iter()
                .fold(name.clone(), |p, m| {
                    p.replace(&format!("_{m}_"), "_<model>_")
                })
        };
        let pattern = ["platform", "mcn", "agency"].iter().fold(pattern, |p, k| {
            p.strip_suffix(k)
                .map_or(p.clone(), |s| format!("{s}<channel>"))
        });
        let pattern = ["disclosure", "usage", "reassignment", "hold", "currency"]
            .iter()
            .fold(pattern, |p, k| {
                p.replace(&format!("contract_{k}_"), "contract_<item>_")
            });
        assert!(
            readme.contains(&format!("`{pattern}`")),
            "{pattern} not in README"
        );
    }
}

#[test]
fn shows_the_display_currency_beside_yuan() {
    let html = render("", Lang::En, Currency::Eur);
    assert!(
        html.contains("¥13,332 (€"),
        "flat platform total in both currencies"
    );
}

#[test]
fn chinese_page_uses_practitioners_terms() {
    let html = render("", Lang::Zh, Currency::Cny);
    for term in [
        "报价",
        "佣金",
        "纯佣",
        "置换",
        "坑位费",
        "蒲公英",
        "MCN",
        "代理",
    ] {
        assert!(html.contains(term), "{term} missing");
    }
    assert!(!html.contains("Flat fee"));
}

#[test]
fn bad_input_gives_messages_never_nan_or_infinity() {
    let html = render("v=1&ret=100&com=70", Lang::En, Currency::Usd);
    assert!(html.contains("Never breaks even"));
    // Commission 65% on the 90% of units kept, × 1.02 through the agency:
    // 59.7% of each unit sold, above the 54% contribution margin.
    let loses = render("v=1&com=65", Lang::En, Currency::Usd);
    assert!(loses.contains("every sale loses money"));
    for bad in ["NaN", "inf", "Infinity"] {
        assert!(!html.contains(bad), "{bad} on the page");
    }
    // Paying ¥3 per engagement that earns ¥0.8: the table says so in words.
    let html = render(
        "v=1&basis=engagement&pe=3&eng=1000,3000,6000&sales=10,30,60&price=200&margin=50&ret=20",
        Lang::En,
        Currency::Cny,
    );
    assert!(html.contains("<span class=\"cell-reason\">never breaks even</span>"));
    // Values out of range show in their fields with their messages.
    let html = render("v=1&q=0&pf=150", Lang::En, Currency::Cny);
    assert!(!html.contains("data-notices"));
    assert_eq!(html.matches("class=\"field-error\"").count(), 2);
    // What no field can hold is named in a notice.
    let html = render("v=1&basis=xyz&zzz=1", Lang::En, Currency::Cny);
    assert!(html.contains("data-notices=\"2\""));
}

#[test]
fn every_field_has_a_label_and_hints_name_their_source() {
    let html = render("", Lang::En, Currency::Cny);
    let inputs = html.matches("<input ").count();
    let labels = html.matches("<label for=").count();
    assert_eq!(
        inputs + 3,
        labels,
        "every input, the basis and quote-source selects and the link's language are labelled"
    );
    for source in ["the AllXHS guide", "practitioner", "assumption"] {
        assert!(html.contains(source), "{source}");
    }
}

/// A number as the English page writes it: ¥12,345 or 1,234.5.
fn number(text: &str) -> f64 {
    text.trim_start_matches('¥')
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("{text:?}"))
}

#[test]
fn each_chart_offers_its_data_as_a_table() {
    for query in ["", "v=1&q=9000&basis=click"] {
        let (_, form, _) = open(query);
        let inputs = form.parse().inputs;
        let report = compute(&inputs);
        let cost = CostChartData::new(&inputs, &report);
        for lang in Lang::ALL {
            let html = render(query, lang, Currency::Cny);
            let at = format!("{lang:?} for {query:?}");
            // Cost: a volume column and one per pay model; rows at zero, the
            // kinks, the expected range, the crossovers and the axis end.
            // Split: one row per channel, its four parts and total.
            let tables = chart_data_tables(&html, &[5, 6], &at);
            let costs = &tables[0];
            assert!(
                (3..=9 + cost.crossovers.len()).contains(&costs.rows.len()),
                "{at}: {} rows",
                costs.rows.len()
            );
            assert_eq!(costs.rows[0][0], "0", "{at}");
            assert_eq!(tables[1].rows.len(), 3, "{at}");
        }
        let html = render(query, Lang::En, Currency::Cny);
        let tables = chart_tables(&html);
        let volumes: Vec<f64> = tables[0].rows.iter().map(|r| number(&r[0])).collect();
        assert!(volumes.windows(2).all(|w| w[0] < w[1]), "{volumes:?}");
        let kinks = cost.lines.iter().map(|l| l.kink);
        for q in kinks
            .filter(|q| (0.0..=cost.x_max).contains(q))
            .chain([cost.range.likely])
        {
            assert!(
                volumes.iter().any(|&v| (v - q).abs() < 0.01),
                "{q} in {volumes:?}"
            );
        }
        for row in &tables[0].rows {
            let q = number(&row[0]);
            for (cell, line) in row[1..].iter().zip(&cost.lines) {
                assert!((number(cell) - line.at(q)).abs() <= 1.0, "{cell} at {q}");
            }
        }
        let shown = page_outputs(&html);
        for (row, channel) in tables[1].rows.iter().zip(["platform", "mcn", "agency"]) {
            let parts: f64 = row[1..5].iter().map(|c| number(c)).sum();
            let total = number(&row[5]);
            assert!((parts - total).abs() <= 2.0, "{row:?}");
            let name = format!("total_flat_{channel}");
            let (_, data) = shown.iter().find(|(n, _)| *n == name).expect("the total");
            let want: f64 = data.parse().expect("a number");
            assert!((total - want).abs() <= 0.5, "{name}: {total} vs {want}");
        }
    }
}

#[test]
fn the_page_opens_with_its_answer_in_both_languages() {
    let en = render("", Lang::En, Currency::Cny);
    let text = ssr::page_outputs(&en)["answer"].1.clone();
    assert!(en.find("data-answer") < en.find("class=\"columns\""));
    let total = ssr::page_outputs(&en)["cheapest_total"].1.clone();
    assert!(
        text.starts_with("Cheapest for this creator: ") && text.contains(&total),
        "{text}"
    );
    let zh = render("", Lang::Zh, Currency::Cny);
    let zh_text = ssr::page_outputs(&zh)["answer"].1.clone();
    assert!(zh_text.starts_with("此达人最省钱的方式："), "{zh_text}");
    assert!(zh_text.contains(&total), "{zh_text}");
}
