//! The shortlist page rendered natively with yew's server-side renderer:
//! published links keep their vetting and pick, every output is documented
//! and finite, the page speaks Chinese, fields are labelled, a long list
//! shows a page of rows at a time with every row reachable, and tampered
//! links a notice.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

use kolcalc::calculators::shortlist::view::ShortlistPage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;

#[path = "support/published.rs"]
mod support_published;
use support_published::{published, Published};

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{attr, page_outputs, render_page, tags};

const FIXTURES: &str = include_str!("fixtures/shortlist_links.txt");
const README: &str = include_str!("../README.md");

fn render(query: &str, lang: Lang) -> String {
    render_page::<ShortlistPage>(query, lang, Currency::Cny)
}

fn same(got: &str, want: &str) -> bool {
    match (got.parse::<f64>(), want.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        _ => got == want,
    }
}

/// A list of `n` creators as the link writes it, with varied figures.
fn list(n: usize) -> String {
    (1..=n)
        .map(|i| {
            let followers = 8_000 + i * 1_517 % 290_000;
            let quote = followers / 10 + i % 7 * 100;
            let likes = followers * (2 + i % 5) / 100;
            format!(
                "C{i},{followers},{quote},{likes},{},{},{}",
                likes / 2,
                likes / 12,
                likes / 30
            )
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[test]
fn published_links_keep_their_vetting_and_pick() {
    let links = published(FIXTURES);
    assert!(links.len() >= 4, "{}", links.len());
    for Published {
        line,
        link,
        expected,
    } in links
    {
        let html = render(&link, Lang::En);
        assert!(!html.contains("class=\"notice\""), "line {line}: a notice");
        let shown = page_outputs(&html);
        for (name, want) in expected {
            let got = &shown
                .get(&name)
                .unwrap_or_else(|| panic!("line {line}: {name} not shown"))
                .0;
            assert!(
                same(got, &want),
                "line {line}: {name} = {got}, published {want}"
            );
        }
    }
}

/// The README row of an output: `c12_cost` → `c<i>_cost`.
fn family(name: &str) -> String {
    match name.strip_prefix('c').and_then(|rest| rest.split_once('_')) {
        Some((row, field)) if row.parse::<usize>().is_ok() => format!("c<i>_{field}"),
        _ => name.to_string(),
    }
}

#[test]
fn every_output_is_documented_and_finite() {
    for query in ["", "b=50000&headcap=1&minrev=1", "obj=reach&maxshare=40"] {
        let shown = page_outputs(&render(query, Lang::En));
        assert!(shown.len() >= 80, "{query}: {}", shown.len());
        for (name, (data, _)) in &shown {
            assert!(
                README.contains(&format!("`{}`", family(name))),
                "{name} not in README"
            );
            if let Ok(v) = data.parse::<f64>() {
                assert!(v.is_finite(), "{query}: {name} = {data}");
            }
        }
    }
}

#[test]
fn the_page_speaks_chinese() {
    let html = render("", Lang::Zh);
    for term in ["达人提报筛选", "赞藏比", "预算"] {
        assert!(html.contains(term), "{term} missing");
    }
    assert!(!html.contains("Creator shortlist"));
}

#[test]
fn every_field_has_a_label() {
    let html = render(&format!("list={}", list(60)), Lang::En);
    let fields = tags(&html, "select")
        .into_iter()
        .chain(tags(&html, "textarea"))
        .chain(tags(&html, "input"));
    let mut count = 0;
    for tag in fields {
        let id = attr(tag, "id").expect("field has an id");
        // Labelled by aria-label, by a label for it, or inside a label.
        let at = html.find(tag).expect("tag in page");
        let before = &html[..at];
        let wrapped = before.rfind("<label") > before.rfind("</label>");
        let labelled =
            attr(tag, "aria-label").is_some() || html.contains(&format!("for=\"{id}\"")) || wrapped;
        assert!(labelled, "{id} has no label");
        count += 1;
    }
    assert!(count >= 50 * 9, "{count}");
}

#[test]
fn a_long_list_shows_a_page_of_rows_at_a_time() {
    let html = render(&format!("b=2000000&list={}", list(120)), Lang::En);
    assert!(!html.contains("class=\"notice\""));
    // The list: rows 1–50 as inputs, a pager for the rest.
    assert!(html.contains("id=\"sl-name-50\""));
    assert!(!html.contains("id=\"sl-name-51\""));
    assert!(html.contains("Rows 1–50 of 120"), "pager status");
    for id in [
        "sl-list-pager-next",
        "sl-list-pager-page",
        "sl-table-pager-next",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    // The results: the answer and totals for all 120, the table a page.
    let shown = page_outputs(&html);
    assert!(shown.contains_key("pick_count"));
    assert!(shown.contains_key("c50_tier") && !shown.contains_key("c51_tier"));
    let rows = tags(&html, "tr")
        .into_iter()
        .filter(|t| attr(t, "data-row").is_some())
        .count();
    assert_eq!(rows, 50);
    // A short list has no pager.
    let short = render("", Lang::En);
    assert!(!short.contains("sl-list-pager"));
}

#[test]
fn a_tampered_link_opens_with_defaults_and_a_notice() {
    let html = render("obj=fame&list=a,1", Lang::En);
    assert!(html.contains("class=\"notice\""));
    assert_eq!(html, render("obj=fame&list=a,1", Lang::En));
    let defaults = page_outputs(&render("", Lang::En));
    let shown = page_outputs(&html);
    assert_eq!(shown.get("pick_count"), defaults.get("pick_count"));
}
