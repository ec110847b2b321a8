//! The timeline page rendered natively with yew's server-side renderer:
//! published links keep their schedules, every output is documented, the
//! page speaks Chinese with the practitioners' terms, fields are labelled,
//! bad values show errors beside their fields and tampered links a notice.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

use kolcalc::calculators::timeline::link::decode;
use kolcalc::calculators::timeline::plan::compute;
use kolcalc::calculators::timeline::view::TimelinePage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use kolcalc::link::{LinkReader, SharedSettings};
use kolcalc::ui::browser::today;

#[path = "support/published.rs"]
mod support_published;
use support_published::{published, Published};

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{attr, chart_data_tables, page_outputs, render_page, tags};

const FIXTURES: &str = include_str!("fixtures/timeline_links.txt");
const README: &str = include_str!("../README.md");

fn render(query: &str, lang: Lang) -> String {
    render_page::<TimelinePage>(query, lang, Currency::Cny)
}

fn same(got: &str, want: &str) -> bool {
    match (got.parse::<f64>(), want.parse::<f64>()) {
        (Ok(a), Ok(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        _ => got == want,
    }
}

#[test]
fn published_links_keep_their_schedules() {
    let links = published(FIXTURES);
    assert_eq!(links.len(), 4);
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

/// The README row of an output: `last_live_seeding_latest` →
/// `last_live_<wave>_latest`.
fn family(name: &str) -> String {
    ["seeding", "vertical", "head"]
        .iter()
        .fold(name.to_string(), |n, wave| n.replace(wave, "<wave>"))
}

#[test]
fn every_output_is_documented_and_finite() {
    let backward = "dir=target&t=2027-06-30";
    for query in ["", backward, "w3=1,1,7"] {
        let shown = page_outputs(&render(query, Lang::En));
        assert!(shown.len() >= 17, "{query}: {}", shown.len());
        for (name, (data, text)) in &shown {
            assert!(
                README.contains(&format!("`{}`", family(name))),
                "{name} not in README"
            );
            assert!(
                !data.is_empty() && !data.contains("NaN") && !data.contains("inf"),
                "{name}"
            );
            assert!(!text.is_empty(), "{name}");
        }
    }
    let shown = page_outputs(&render(backward, Lang::En));
    assert!(shown["latest_start_p80"].0 <= shown["latest_start_likely"].0);
    assert!(shown["p80"].0.as_str() <= "2027-06-30");
}

#[test]
fn no_schedule_says_why() {
    let shown = page_outputs(&render("w1=0,1,0&w2=0,1,7&w3=0,1,7", Lang::En));
    assert_eq!(shown["status"].0, "no_creators");
    assert_eq!(shown["answer"], shown["status"], "the answer says why");
    assert_eq!(shown.len(), 2);
    let shown = page_outputs(&render("w1=10000,1,0", Lang::Zh));
    assert_eq!(shown["status"].0, "too_long");
    assert!(shown["status"].1.contains("年"));
}

#[test]
fn speaks_chinese_with_practitioner_terms() {
    let html = render("s=2026-02-09", Lang::Zh);
    for term in [
        "达人筛选",
        "需求简报",
        "脚本/初稿审核",
        "终稿确认",
        "发布",
        "春节",
        "蒲公英",
        "报备笔记",
        "2026年3月",
    ] {
        assert!(html.contains(term), "{term} missing");
    }
    let english = render("s=2026-02-09", Lang::En);
    assert!(english.contains("Spring Festival") && english.contains("Mar 2026"));
}

#[test]
fn every_field_has_a_label() {
    let html = render("", Lang::En);
    let inputs = tags(&html, "input");
    let fields = tags(&html, "select")
        .into_iter()
        .chain(tags(&html, "textarea"))
        .chain(inputs.iter().copied());
    let mut count = 0;
    for tag in fields {
        let id = attr(tag, "id").expect("field has an id");
        let labelled = attr(tag, "aria-label").is_some() || html.contains(&format!("for=\"{id}\""));
        assert!(labelled, "{id} has no label");
        count += 1;
    }
    assert!(count >= 35, "{count}");
}

#[test]
fn bad_values_show_errors_beside_their_fields() {
    let html = render("sel=5,4,3,w&s=2026-02-30", Lang::En);
    // What the link carried shows in its fields, each with its message,
    // as on the page it was written from; no notice.
    assert!(!html.contains("class=\"notice\""));
    assert!(html.contains("value=\"2026-02-30\"") && html.contains("class=\"field-error\""));
    assert!(html.contains("class=\"cell-error\""));
    // No result is computed from a default put in for what was typed.
    assert!(page_outputs(&html).is_empty(), "no results");
    assert!(html.contains("data-state=\"stale\""));
    // A row no field can hold keeps its default and is named in a notice.
    let html = render("sel=5,4,3,x", Lang::En);
    assert!(html.contains("class=\"notice\"") && html.contains("sel"));
}

#[test]
fn the_gantt_chart_offers_its_milestones_as_a_table() {
    for query in ["", "dir=target&t=2027-06-30", "w3=1,1,7", "s=2026-02-09"] {
        let mut reader = LinkReader::new(query);
        SharedSettings::read(&mut reader);
        let inputs = decode(&mut reader, today()).parse(today()).inputs;
        let report = compute(&inputs).expect("a schedule");
        // The chart draws the bars that take time.
        let bars: Vec<_> = report.bars.iter().filter(|b| b.end > b.start).collect();
        assert!(!bars.is_empty(), "{query}");
        for lang in Lang::ALL {
            let html = render(query, lang);
            let at = format!("{lang:?} for {query:?}");
            let tables = chart_data_tables(&html, &[4], &at);
            let table = &tables[0];
            // The bars, each wave's first and last note live, the P50,
            // P80 and P95 lines and the holidays met (the downloads'
            // milestones), by date.
            let live = 2 * report.waves.len();
            let holidays = report.holidays.len();
            assert_eq!(table.rows.len(), bars.len() + live + 3 + holidays, "{at}");
            for h in &report.holidays {
                let provisional = h.provisional && lang == Lang::En;
                assert!(
                    table.rows.iter().any(|r| r[1] == h.first.display(lang)
                        && (!provisional
                            || r[0]
                                .contains("provisional: official arrangement not yet published"))),
                    "{at}: {h:?}"
                );
            }
            for bar in &bars {
                let want = [
                    bar.start.display(lang),
                    bar.end.add_days(-1).display(lang),
                    bar.start.days_until(bar.end).to_string(),
                ];
                assert!(table.rows.iter().any(|r| r[1..] == want), "{at}: {want:?}");
            }
            for (date, name) in report.percentiles.iter().zip(["P50", "P80", "P95"]) {
                let day = date.display(lang);
                let want = [day.clone(), day, "1".to_string()];
                assert!(
                    table
                        .rows
                        .iter()
                        .any(|r| r[0].ends_with(name) && r[1..] == want),
                    "{at}: {name} {want:?}"
                );
            }
        }
    }
}

#[test]
fn provisional_holidays_are_labelled_and_their_usual_block_is_one_click() {
    let query = "s=2027-01-11";
    let html = render(query, Lang::En);
    assert!(
        html.contains("data-kind=\"provisional\""),
        "no provisional warning"
    );
    assert!(
        html.contains("Spring Festival · "),
        "no Spring Festival in the list"
    );
    assert!(html.contains(" · provisional"));
    assert!(html.contains("Official arrangement not yet published; typical blocks are longer"));
    assert!(
        html.contains("id=\"tl-block-2027-02-05\""),
        "no one-click block"
    );
    // Once added to the days off, the button is gone.
    let added = render("s=2027-01-11&off=2027-02-05~2027-02-12", Lang::En);
    assert!(!added.contains("id=\"tl-block-2027-02-05\""));
    let zh = render(query, Lang::Zh);
    assert!(zh.contains("暂定") && zh.contains("官方放假安排尚未公布"));
}

#[test]
fn warnings_speak_plain_english() {
    // Spring Festival over revision rounds, and a target a day away.
    for query in [
        "s=2026-02-02&rounds=3",
        "s=2027-01-18",
        "dir=target&t=2026-12-20",
        "s=2026-02-23&w1=30,5,0",
    ] {
        let html = render(query, Lang::En);
        assert!(!html.contains(" 1 days"), "{query}");
        assert!(!html.contains("rounds runs"), "{query}");
        assert!(!html.contains("runs through"), "{query}");
    }
}

#[test]
fn the_page_opens_with_its_answer_in_both_languages() {
    let render = |query: &str, lang| ssr::render_page::<TimelinePage>(query, lang, Currency::Cny);
    let back = render("dir=target&t=2027-03-07", Lang::En);
    let shown = ssr::page_outputs(&back);
    assert!(back.find("data-answer") < back.find("class=\"columns\""));
    assert_eq!(
        shown["answer"].1,
        format!(
            "Start creator selection by {} to have every note live by 7 Mar 2027 (80% confident).",
            shown["latest_start_p80"].1
        )
    );
    let zh = render("dir=target&t=2027-03-07", Lang::Zh);
    let zh_shown = ssr::page_outputs(&zh);
    assert_eq!(
        zh_shown["answer"].1,
        format!(
            "最晚于 {} 开始筛选达人，即可在 2027年3月7日 前让全部笔记上线（80% 把握）。",
            zh_shown["latest_start_p80"].1
        )
    );
    let forward = ssr::page_outputs(&render("s=2027-01-04", Lang::En));
    assert_eq!(
        forward["answer"].1,
        format!(
            "Every note live by {} (80% confident); most likely {}.",
            forward["p80"].1, forward["last_live_likely"].1
        )
    );
}
