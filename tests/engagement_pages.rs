//! The engagement page rendered natively with yew's server-side renderer:
//! every output carries its unrounded value, text follows the language,
//! undefined figures say why, link notices show, inputs are labelled.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

mod engagement_common;

use engagement_common::outputs::{page_output, page_output_names, Value};
use engagement_common::report_of;
use kolcalc::calculators::engagement::view::page::EngagementPage;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;

#[path = "support/ssr.rs"]
mod ssr;
use ssr::{attr, chart_data_tables, render_page, tags};

fn render(query: &str, lang: Lang) -> String {
    render_page::<EngagementPage>(query, lang, Currency::Cny)
}

/// One `<output>`: its name, data-value and visible text.
#[derive(Debug)]
struct Output {
    name: String,
    data: String,
    text: String,
}

fn outputs(html: &str) -> Vec<Output> {
    tags(html, "output")
        .into_iter()
        .map(|tag| {
            let at = html.find(tag).expect("tag is in the page") + tag.len();
            let text_len = html[at..].find("</output>").expect("output closes");
            Output {
                name: attr(tag, "name").expect("output has a name"),
                data: attr(tag, "data-value").expect("output has a data-value"),
                text: html[at..at + text_len].trim().to_string(),
            }
        })
        .collect()
}

fn output<'a>(all: &'a [Output], name: &str) -> &'a Output {
    let found: Vec<&Output> = all.iter().filter(|o| o.name == name).collect();
    assert_eq!(found.len(), 1, "{name} appears {} times", found.len());
    found[0]
}

/// Whether `word` appears in `text` as a word of its own.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

const QUERIES: [&str; 5] = [
    "",
    "v=1&lang=zh&cur=USD&rate=7.2&f=18%E4%B8%87&notes=1200,800,150,60,3.5%E4%B8%87;860,540,96,30;2100,1500,260,120,6.8%E4%B8%87&b=1&ls=12.6%E4%B8%87",
    "f=80000&notes=900,500,120,40,20000;1100,700,150,60&fake=0&ls=",
    "f=5000&notes=",
    "f=2000&notes=60,30,9,3&fake=100",
];

#[test]
fn every_output_carries_the_value_compute_gives() {
    for query in QUERIES {
        let report = report_of(query);
        for lang in Lang::ALL {
            let all = outputs(&render(query, lang));
            for name in &page_output_names() {
                let shown = output(&all, name);
                let at = format!("{name} in {lang:?} for {query:?}");
                match page_output(&report, name).expect("a page output") {
                    Value::Number(value) => {
                        let data: f64 = shown
                            .data
                            .parse()
                            .unwrap_or_else(|_| panic!("{at}: {shown:?}"));
                        assert_eq!(data, value, "{at}");
                        assert!(
                            !shown.text.is_empty() && shown.text != "–",
                            "{at}: {shown:?}"
                        );
                    }
                    Value::Undefined(_) => assert_eq!(shown.data, "", "{at}"),
                    Value::Word(word) => assert_eq!(shown.data, word, "{at}"),
                }
            }
        }
    }
}

#[test]
fn figures_are_rounded_for_reading_in_each_language() {
    // default scenario: ratio mean 4,715 / 150,000 = 3.1433% → "3.14%";
    // authentic followers 25,000 × 0.7 = 17,500 → "17,500" or "1.75万"
    let en = outputs(&render("", Lang::En));
    assert_eq!(output(&en, "ratio_mean").text, "3.14%");
    assert_eq!(output(&en, "authentic_followers").text, "17,500");
    // The median 2.4% is below the practitioners' 3% suspicious line: a
    // warning sign (issue 17), so borderline.
    assert_eq!(
        output(&en, "verdict").text,
        "Borderline: check the warnings"
    );
    let zh = outputs(&render("", Lang::Zh));
    assert_eq!(output(&zh, "authentic_followers").text, "1.75万");
    assert_eq!(output(&zh, "verdict").text, "勉强达标，请留意风险提示");
}

#[test]
fn the_headline_names_the_red_flags() {
    // Ten comments, every one 好看: duplicates, template and short.
    let query = format!("cm={}", ["%E5%A5%BD%E7%9C%8B"; 10].join("%0A"));
    let en = outputs(&render(&query, Lang::En));
    assert_eq!(
        output(&en, "verdict").text,
        "Red flags: duplicated comments, template comments, very short comments"
    );
    let zh = outputs(&render(&query, Lang::Zh));
    assert_eq!(
        output(&zh, "verdict").text,
        "风险信号：重复评论、模板评论、极短评论"
    );
}

#[test]
fn the_page_speaks_the_language_of_its_settings() {
    let en = render("", Lang::En);
    let zh = render("", Lang::Zh);
    for text in [
        ">Followers<",
        "Mean like+save ratio",
        "Engagement benchmark",
    ] {
        assert!(en.contains(text), "English page lacks {text}");
        assert!(!zh.contains(text), "Chinese page has {text}");
    }
    for text in ["粉丝数", "平均赞藏比", "达人互动评估"] {
        assert!(zh.contains(text), "Chinese page lacks {text}");
        assert!(!en.contains(text), "English page has {text}");
    }
}

#[test]
fn an_undefined_figure_shows_a_dash_and_why_never_nan() {
    let cases = [
        (
            "f=5000&notes=",
            Lang::En,
            "ratio_mean",
            "needs at least one note",
        ),
        (
            "f=5000&notes=",
            Lang::Zh,
            "stability_cv",
            "至少需要一篇笔记",
        ),
        (
            "f=5000&notes=",
            Lang::En,
            "er_views",
            "no note gives its views",
        ),
        (
            "f=2000&notes=60,30,9,3&fake=100",
            Lang::En,
            "authentic_ratio_mean",
            "a fake share of 100% leaves no authentic follower",
        ),
        (
            "f=2000&notes=60,30,9,3",
            Lang::En,
            "stability_cv",
            "needs at least two notes",
        ),
    ];
    for (query, lang, name, reason) in cases {
        let html = render(query, lang);
        let all = outputs(&html);
        let shown = output(&all, name);
        assert_eq!(
            (shown.data.as_str(), shown.text.as_str()),
            ("", "–"),
            "{name}"
        );
        // the reason follows the output in the same figure
        let after = &html[html.find(&format!("name=\"{name}\"")).expect("output")..];
        let figure_end = after.find("</div>").expect("figure closes");
        assert!(
            after[..figure_end].contains(&format!("<span class=\"figure-reason\">{reason}</span>")),
            "{name}: no reason {reason:?} in {}",
            &after[..figure_end]
        );
    }
    for query in QUERIES {
        for lang in Lang::ALL {
            let html = render(query, lang);
            for word in ["NaN", "inf", "Infinity"] {
                assert!(!has_word(&html, word), "{word} in page for {query:?}");
            }
            assert!(!html.contains('∞'));
        }
    }
}

#[test]
fn a_tampered_link_shows_the_list_of_what_no_field_could_hold() {
    let html = render("f=abc&zzz=1&f=2&tiers=1,2", Lang::En);
    let aside = tags(&html, "aside");
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(attr(aside[0], "data-notices").as_deref(), Some("3"));
    for text in [
        "Some values in this link could not be used",
        "tiers = “1,2” is not a usable value.",
        "f appears more than once; the first value is used.",
        "“zzz” is not a setting of this calculator.",
    ] {
        assert!(html.contains(text), "notice {text:?} missing");
    }
    // the follower field shows the text the link carried, with its message
    let followers = tags(&html, "input")
        .into_iter()
        .find(|t| attr(t, "id").as_deref() == Some("followers"))
        .expect("followers input");
    assert_eq!(attr(followers, "value").as_deref(), Some("abc"));
    assert!(
        html.contains("class=\"field-error\""),
        "no message beside Followers"
    );
    // a clean link shows no notice at all
    assert!(tags(&render("f=9000", Lang::En), "aside").is_empty());
}

#[test]
fn every_input_has_a_label() {
    let html = render("", Lang::En);
    let mut labelled = Vec::new();
    for tag in tags(&html, "input")
        .into_iter()
        .chain(tags(&html, "textarea"))
    {
        match attr(tag, "id") {
            Some(id) => {
                assert!(
                    html.contains(&format!("<label for=\"{id}\">")),
                    "no label for {id}"
                );
                labelled.push(id);
            }
            // note cells are labelled by aria-label ("Likes, note 1")
            None => assert!(
                attr(tag, "aria-label").is_some_and(|l| !l.is_empty()),
                "unlabelled {tag}"
            ),
        }
    }
    for id in [
        "followers",
        "profile-likes-saves",
        "benchmark",
        "fake",
        "suspicious",
        "qualified",
        "tail-from",
        "mid-from",
        "head-from",
        "paste-rows",
        "comments",
    ] {
        assert!(labelled.iter().any(|l| l == id), "{id} not rendered");
    }
    // six default notes, five cells each
    let cells = tags(&html, "input")
        .into_iter()
        .filter(|t| attr(t, "id").is_none())
        .count();
    assert_eq!(cells, 30);
}

#[test]
fn the_comment_check_shows_its_shares() {
    // 绝了 / 绝了！ / So good!! / 这个色号黄皮能用吗？ / 👍: duplicates 2 of 5,
    // templates 4 of 5 (绝了 twice, so good, the emoji), short 3 of 5
    let query = "cm=%E7%BB%9D%E4%BA%86%0A%E7%BB%9D%E4%BA%86%EF%BC%81%0ASo+good!!%0A%E8%BF%99%E4%B8%AA%E8%89%B2%E5%8F%B7%E9%BB%84%E7%9A%AE%E8%83%BD%E7%94%A8%E5%90%97%EF%BC%9F%0A%F0%9F%91%8D";
    let all = outputs(&render(query, Lang::En));
    for (name, value) in [
        ("comments_checked", 5.0),
        ("duplicate_share", 0.4),
        ("template_share", 0.8),
        ("short_share", 0.6),
    ] {
        assert_eq!(
            output(&all, name).data.parse::<f64>().ok(),
            Some(value),
            "{name}"
        );
    }
    // without comments the check shows no figure
    assert!(outputs(&render("", Lang::En))
        .iter()
        .all(|o| o.name != "comments_checked"));
}

#[test]
fn a_scenario_whose_link_cannot_keep_its_comments_says_so() {
    // The opening link (8,060 bytes) fits in 8 KB, but written back with
    // every key (about 190 bytes more) the comments would push it over, so
    // the page warns they are left out.
    let comments = "a".repeat(8_050);
    let html = render(&format!("f=9000&cm={comments}"), Lang::En);
    assert!(html.contains("class=\"field-error link-warning\""));
    assert!(html.contains("The link keeps everything but the pasted comments"));
    // a scenario that fits shows no warning
    assert!(!render("f=9000&cm=hello", Lang::En).contains("link-warning"));
}

#[test]
fn the_ratio_chart_offers_its_data_as_a_table() {
    for query in QUERIES {
        let report = report_of(query);
        for lang in Lang::ALL {
            let html = render(query, lang);
            let at = format!("{lang:?} for {query:?}");
            let tables = chart_data_tables(&html, &[3], &at);
            let table = &tables[0];
            assert_eq!(table.rows.len(), report.notes.len(), "{at}");
            for (i, (row, note)) in table.rows.iter().zip(&report.notes).enumerate() {
                assert_eq!(row[0], (i + 1).to_string(), "{at}");
                match note.ratio {
                    Ok(_) => assert!(row[1].ends_with('%') && row[2] != "–", "{at}: {row:?}"),
                    Err(_) => assert_eq!(row[1..], ["–", "–"], "{at}"),
                }
            }
        }
    }
    let html = render("", Lang::Zh);
    assert!(html.contains("<summary>以表格显示数据</summary>"));
}

/// The answer sentence the page opens with, and whether it comes before
/// the form.
fn answer(html: &str) -> (String, bool) {
    let shown = ssr::page_outputs(html);
    let text = shown.get("answer").map(|o| o.1.clone()).unwrap_or_default();
    let answer_at = html.find("data-answer").unwrap_or(usize::MAX);
    let form_at = html.find("class=\"columns\"").unwrap_or(0);
    (text, answer_at < form_at)
}

#[test]
fn the_page_opens_with_its_answer_in_both_languages() {
    let en = render("", Lang::En);
    let (text, first) = answer(&en);
    assert!(first, "the answer comes before the form");
    let ratio = ssr::page_outputs(&en)["ratio_mean"].1.clone();
    assert_eq!(
        text,
        format!(
            "Tail KOL, like+save ratio {ratio}: meets the 1.5% benchmark, with warning signs; no red flags."
        )
    );
    let (zh, _) = answer(&render("", Lang::Zh));
    assert_eq!(
        zh,
        format!("尾部达人，赞藏比 {ratio}：达到 1.5% 基准，但请留意提示；无风险信号。")
    );
    // Red flags are counted in the sentence, with the ratio they rest on.
    let flagged = render(
        "f=500000&notes=500,200,30,10;400,100,20,5;300,200,10,5",
        Lang::En,
    );
    let (text, _) = answer(&flagged);
    let ratio = ssr::page_outputs(&flagged)["ratio_mean"].1.clone();
    assert_eq!(
        text,
        format!(
            "Head KOL, like+save ratio {ratio} (benchmark 1.5%): 2 red flags, check before paying."
        )
    );
}
