//! Every calculator's list of outputs, over a set of scenarios (every
//! published link, the defaults, and scenarios with undefined figures or
//! conflicts), in both languages and two currencies:
//! - the page shows exactly the list: every output, once, with its value;
//! - README's "Results as data" documents exactly the keys the lists have;
//! - each output's name, unrounded value and text as the page shows them
//!   match `fixtures/outputs_snapshot.txt`. A change to a figure shows up
//!   there as a diff to read; rewrite the file on purpose with
//!   `KOLCALC_WRITE_SNAPSHOT=1 cargo test --test outputs`.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

use kolcalc::calculators::budget_mix::view::BudgetMixPage;
use kolcalc::calculators::compensation::view::CompensationPage;
use kolcalc::calculators::engagement::view::EngagementPage;
use kolcalc::calculators::shortlist::view::ShortlistPage;
use kolcalc::calculators::timeline::view::TimelinePage;
use kolcalc::calculators::Calculator;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use kolcalc::outputs::MoneyFormat;
use kolcalc::ui::browser::today;
use std::collections::{BTreeMap, BTreeSet};

#[path = "support/published.rs"]
#[allow(dead_code)]
mod support_published;
use support_published::published;

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{page_outputs, render_page};

const SNAPSHOT: &str = "tests/fixtures/outputs_snapshot.txt";

/// Scenarios of one calculator: its published links and a few more.
fn scenarios(fixtures: &str, more: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = published(fixtures).into_iter().map(|p| p.link).collect();
    all.extend(more.iter().map(|s| s.to_string()));
    all
}

fn render(calculator: Calculator, query: &str, lang: Lang, currency: Currency) -> String {
    match calculator {
        Calculator::Engagement => render_page::<EngagementPage>(query, lang, currency),
        Calculator::BudgetMix => render_page::<BudgetMixPage>(query, lang, currency),
        Calculator::Compensation => render_page::<CompensationPage>(query, lang, currency),
        Calculator::Timeline => render_page::<TimelinePage>(query, lang, currency),
        Calculator::Shortlist => render_page::<ShortlistPage>(query, lang, currency),
    }
}

/// Each calculator with the scenarios its outputs are checked on.
fn calculators() -> [(Calculator, Vec<String>); 5] {
    [
        (
            Calculator::Engagement,
            scenarios(
                include_str!("fixtures/engagement_links.txt"),
                &[
                    "",
                    "f=0",
                    "notes=",
                    "notes=0,0,0,0",
                    "f=100&fake=100",
                    "cm=好看%0A好看%0Anice",
                ],
            ),
        ),
        (
            Calculator::BudgetMix,
            scenarios(
                include_str!("fixtures/budget_mix_links.txt"),
                &[
                    "",
                    "b=100",
                    "fs=60&ss=50",
                    "headcap=0&minseed=500",
                    "obj=notes&b=50000",
                ],
            ),
        ),
        (
            Calculator::Compensation,
            scenarios(
                include_str!("fixtures/compensation_links.txt"),
                &[
                    "",
                    "margin=0",
                    "basis=click&pc=0",
                    "bonus=10&thr=2200",
                    "ur=20&um=6",
                ],
            ),
        ),
        (
            Calculator::Timeline,
            scenarios(
                include_str!("fixtures/timeline_links.txt"),
                &[
                    "s=2026-09-01",
                    "s=2026-09-01&w3=2,1,7",
                    "dir=target&t=2027-03-07",
                    "s=2026-01-05&w1=0,1,0&w2=0,1,0&w3=0,1,0",
                    "s=2026-04-20&rounds=3&tz=-5",
                ],
            ),
        ),
        (
            Calculator::Shortlist,
            scenarios(
                include_str!("fixtures/shortlist_links.txt"),
                &[
                    "",
                    "b=100",
                    "list=",
                    "obj=reach&headcap=1&minrev=0",
                    "list=A,abc,1000,1,1,1,1;B,5000,800,300,200,10,2",
                    "keep=1;6&never=2",
                ],
            ),
        ),
    ]
}

const LANGUAGES: [(Lang, Currency); 2] = [(Lang::En, Currency::Cny), (Lang::Zh, Currency::Eur)];

fn money(lang: Lang, currency: Currency) -> MoneyFormat {
    MoneyFormat {
        lang,
        currency,
        cny_per_unit: currency.default_cny_per_unit(),
    }
}

#[test]
fn every_calculator_has_scenarios_here() {
    let listed: Vec<Calculator> = calculators().iter().map(|c| c.0).collect();
    assert_eq!(listed, Calculator::ALL);
}

#[test]
fn the_page_shows_exactly_its_list_of_outputs() {
    for (calculator, queries) in calculators() {
        for query in &queries {
            for (lang, currency) in LANGUAGES {
                let shown = page_outputs(&render(calculator, query, lang, currency));
                let money = money(lang, currency);
                let listed: BTreeMap<String, (String, String)> = calculator
                    .outputs(query, &money, today())
                    .iter()
                    .map(|o| (o.key.clone(), (o.data(), o.text(&money))))
                    .collect();
                assert_eq!(shown, listed, "{} {query}", calculator.slug());
            }
        }
    }
}

/// The values each `<placeholder>` of README's output names stands for.
const PLACEHOLDERS: [(&str, &[&str]); 8] = [
    ("<plan>", &["manual", "opt"]),
    ("<tier>", &["head", "mid", "tail", "koc", "seeding"]),
    (
        "<metric>",
        &[
            "creators",
            "notes",
            "cost",
            "impressions",
            "engagements",
            "authentic",
            "cpe",
            "cpm",
        ],
    ),
    ("<model>", &["flat", "perf", "seeding", "hybrid"]),
    ("<channel>", &["platform", "mcn", "agency"]),
    (
        "<item>",
        &["disclosure", "usage", "reassignment", "hold", "currency"],
    ),
    ("<p>", &["p10", "p50", "p90"]),
    ("<wave>", &["seeding", "vertical", "head"]),
];

/// Every name a documented name stands for, placeholders expanded.
fn expand(name: &str) -> Vec<String> {
    for (placeholder, values) in PLACEHOLDERS {
        if name.contains(placeholder) {
            return values
                .iter()
                .flat_map(|v| expand(&name.replacen(placeholder, v, 1)))
                .collect();
        }
    }
    vec![name.to_string()]
}

/// The output names README's "Results as data" documents for each
/// calculator: the code spans of the first column of each table, by the
/// paragraph that introduces the table.
fn documented() -> BTreeMap<&'static str, BTreeSet<String>> {
    let readme = include_str!("../README.md");
    let start = readme
        .find("## Results as data")
        .expect("README has Results as data");
    let end = start + readme[start + 1..].find("\n## ").expect("a next section") + 1;
    let intros = [
        ("Engagement benchmark", "engagement"),
        ("Compensation model", "compensation"),
        ("KOL vs KOC budget mix", "budget-mix"),
        ("Campaign timeline", "timeline"),
        ("Creator shortlist", "shortlist"),
    ];
    let mut all: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in readme[start..end].lines() {
        if let Some((_, slug)) = intros.iter().find(|(intro, _)| line.starts_with(intro)) {
            current = Some(*slug);
        }
        let Some(first_cell) = line.strip_prefix("| ").and_then(|l| l.split(" | ").next()) else {
            continue;
        };
        let Some(slug) = current else { continue };
        for name in first_cell.split('`').skip(1).step_by(2) {
            all.entry(slug).or_default().extend(expand(name));
        }
    }
    all
}

#[test]
fn readme_documents_exactly_the_listed_outputs() {
    let documented = documented();
    for (calculator, queries) in calculators() {
        let money = money(Lang::En, Currency::Cny);
        // Per-row keys (`c12_tier`) are documented once, as `c<i>_tier`.
        let listed: BTreeSet<String> = queries
            .iter()
            .flat_map(|q| calculator.outputs(q, &money, today()))
            .map(|o| per_row(&o.key))
            .collect();
        let slug = calculator.slug();
        let docs = documented.get(slug).cloned().unwrap_or_default();
        let undocumented: Vec<_> = listed.difference(&docs).collect();
        let missing: Vec<_> = docs.difference(&listed).collect();
        assert!(
            undocumented.is_empty(),
            "{slug}: not in README: {undocumented:?}"
        );
        assert!(
            missing.is_empty(),
            "{slug}: in README, never listed: {missing:?}"
        );
    }
}

/// `c12_tier` as README writes it, `c<i>_tier`; other keys as they are.
fn per_row(key: &str) -> String {
    let digits = key.strip_prefix('c').map_or(0, |rest| {
        rest.chars().take_while(char::is_ascii_digit).count()
    });
    match key.get(1 + digits..) {
        Some(rest) if digits > 0 && rest.starts_with('_') => format!("c<i>{rest}"),
        _ => key.to_string(),
    }
}

fn snapshot() -> String {
    let mut out = String::new();
    for (calculator, queries) in calculators() {
        let slug = calculator.slug();
        for query in queries {
            for (lang, currency) in LANGUAGES {
                out.push_str(&format!(
                    "## {slug} {} {} {query}\n",
                    lang.code(),
                    currency.code()
                ));
                for (name, (value, text)) in
                    page_outputs(&render(calculator, &query, lang, currency))
                {
                    out.push_str(&format!("{name} = {value} | {text}\n"));
                }
            }
        }
    }
    out
}

#[test]
fn outputs_match_the_snapshot() {
    let now = snapshot();
    if std::env::var_os("KOLCALC_WRITE_SNAPSHOT").is_some() {
        std::fs::write(SNAPSHOT, &now).expect("snapshot written");
        return;
    }
    let before = std::fs::read_to_string(SNAPSHOT).expect("snapshot exists");
    for (i, (a, b)) in before.lines().zip(now.lines()).enumerate() {
        assert_eq!(a, b, "line {} of {SNAPSHOT}", i + 1);
    }
    assert_eq!(before.lines().count(), now.lines().count());
}
