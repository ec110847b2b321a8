//! Every calculator's outputs for a set of scenarios (every published link,
//! the defaults, and scenarios with undefined figures), in both languages and
//! two currencies: each output's name, unrounded value and text as the page
//! shows them, held against `fixtures/outputs_snapshot.txt`. A change to a
//! figure shows up here as a diff to read; rewrite the file on purpose with
//! `KOLCALC_WRITE_SNAPSHOT=1 cargo test --test outputs_snapshot`.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

use kolcalc::calculators::budget_mix::view::page::BudgetMixPage;
use kolcalc::calculators::compensation::view::page::CompensationPage;
use kolcalc::calculators::engagement::view::page::EngagementPage;
use kolcalc::calculators::timeline::view::page::TimelinePage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;

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

fn render(slug: &str, query: &str, lang: Lang, currency: Currency) -> String {
    match slug {
        "engagement" => render_page::<EngagementPage>(query, lang, currency),
        "budget-mix" => render_page::<BudgetMixPage>(query, lang, currency),
        "compensation" => render_page::<CompensationPage>(query, lang, currency),
        _ => render_page::<TimelinePage>(query, lang, currency),
    }
}

fn snapshot() -> String {
    let calculators = [
        (
            "engagement",
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
            "budget-mix",
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
            "compensation",
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
            "timeline",
            scenarios(
                include_str!("fixtures/timeline_links.txt"),
                &[
                    "s=2026-09-01",
                    "dir=target&t=2027-03-07",
                    "s=2026-01-05&w1=0,1,0&w2=0,1,0&w3=0,1,0",
                    "s=2026-04-20&rounds=3&tz=-5",
                ],
            ),
        ),
    ];
    let mut out = String::new();
    for (slug, queries) in &calculators {
        for query in queries {
            for (lang, currency) in [(Lang::En, Currency::Cny), (Lang::Zh, Currency::Eur)] {
                out.push_str(&format!(
                    "## {slug} {} {} {query}\n",
                    lang.code(),
                    currency.code()
                ));
                for (name, (value, text)) in page_outputs(&render(slug, query, lang, currency)) {
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
