//! Scenario links: published examples keep opening to the same scenario,
//! what was typed comes back in its field (valid or not), what no field can
//! hold falls back with a notice naming it, oversized links are refused
//! whole, and every scenario of the tests round-trips.

mod engagement_common;

use engagement_common::outputs::{
    fake_source_key, page_output, page_output_names, reason_keys, Value,
};
use engagement_common::{
    link_of, link_with, open, open_link, report_of_form, row, scenarios, viewed, Opened,
};
use kolcalc::calculators::engagement::comments::{self, CommentFlag};
use kolcalc::calculators::engagement::form::{EngagementForm, Field, NoteText};
use kolcalc::calculators::engagement::link::{fit, LinkFit};
use kolcalc::calculators::engagement::model::{compute, EngagementReport, MAX_NOTES};
use kolcalc::currency::Currency;
use kolcalc::fields::FieldText;
use kolcalc::i18n::Lang;
use kolcalc::link::{LinkNotice, SharedSettings, MAX_QUERY_BYTES};
use std::time::{Duration, Instant};

#[path = "support/published.rs"]
mod support_published;
use support_published::{published, Published};

const FIXTURES: &str = include_str!("fixtures/engagement_links.txt");

fn published_links() -> Vec<Published> {
    published(FIXTURES)
}

fn flag_key(flag: CommentFlag) -> &'static str {
    match flag {
        CommentFlag::Duplicates => "duplicates",
        CommentFlag::Templates => "templates",
        CommentFlag::Short => "short",
    }
}

/// The value a fixture key names, for this opened link.
fn actual(opened: &Opened, report: &EngagementReport, key: &str) -> Option<Value> {
    if let Some(value) = page_output(report, key) {
        return Some(value);
    }
    let inputs = opened.form.parse().inputs;
    let check = comments::check(&opened.form.comments);
    let word = |text: &str| Some(Value::Word(text.to_string()));
    match key {
        "lang" => word(opened.settings.lang.map_or("none", Lang::code)),
        "currency" => word(opened.settings.currency.code()),
        "rate" => Some(Value::Number(opened.settings.cny_per_unit)),
        "followers" => Some(Value::Number(inputs.followers as f64)),
        "benchmark" => Some(Value::Number(inputs.benchmark)),
        "suspicious_line" => Some(Value::Number(inputs.suspicious_line)),
        "qualified_line" => Some(Value::Number(inputs.qualified_line)),
        "fake_share_source" => word(fake_source_key(report.fake_share_source)),
        "reasons" => word(&reason_keys(report).join(", ")),
        "comments_checked" => check.map(|c| Value::Number(c.total as f64)),
        "duplicate_share" => check.map(|c| Value::Number(c.duplicate_share)),
        "template_share" => check.map(|c| Value::Number(c.template_share)),
        "short_share" => check.map(|c| Value::Number(c.short_share)),
        "comment_flags" => check.map(|c| {
            let flags: Vec<&str> = c.flags.into_iter().map(flag_key).collect();
            Value::Word(flags.join(", "))
        }),
        _ => None,
    }
}

#[test]
fn published_links_keep_opening_to_the_same_scenario() {
    let links = published_links();
    assert!(links.len() >= 8, "only {} published links", links.len());
    let mut problems = Vec::new();
    for published in &links {
        let at = format!("line {}", published.line);
        let opened = open(&published.link);
        if !opened.notices.is_empty() {
            problems.push(format!("{at}: notices {:?}", opened.notices));
        }
        let report = report_of_form(&opened.form);
        for name in &page_output_names() {
            if !published.expected.iter().any(|(key, _)| key == name) {
                problems.push(format!("{at}: {name} not listed"));
            }
        }
        for (key, text) in &published.expected {
            let expected = Value::parse(text);
            match actual(&opened, &report, key) {
                Some(value) if value.matches(&expected, 1e-9) => {}
                Some(value) => problems.push(format!("{at}: {key} = {value:?}, published {text}")),
                None => problems.push(format!("{at}: no output {key}")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_default_scenario_link_opens_the_default_form() {
    let full = &published_links()[0].link;
    assert_eq!(open_link(full), (EngagementForm::default(), vec![]));
    // and an empty link opens the same scenario
    assert_eq!(open_link(""), (EngagementForm::default(), vec![]));
}

#[test]
fn hand_written_values_read_as_people_type_them() {
    // 1.2万 (percent-encoded), 1.5%, a space written as +, 1.2k and 1.5万 views
    let (form, notices) =
        open_link("f=1.2%E4%B8%87&b=1.5%25&ls=86+000&notes=1.2k,300,40,10,1.5%E4%B8%87");
    assert_eq!(notices, vec![]);
    let inputs = engagement_common::inputs_of(&form);
    assert_eq!(inputs.followers, 12_000);
    assert_eq!(inputs.benchmark, 0.015);
    assert_eq!(inputs.profile_likes_saves, Some(86_000));
    assert_eq!(inputs.notes.len(), 1);
    assert_eq!(inputs.notes[0].likes, 1_200);
    assert_eq!(inputs.notes[0].views, Some(15_000));
}

/// The page's case: Followers cleared or typed as `abc`, then reloaded.
/// The field comes back with its text and its message, the ratios stay
/// undefined, and no notice shows: the app wrote this link itself.
#[test]
fn typed_values_reopen_in_their_fields_with_their_errors() {
    for typed in ["abc", ""] {
        let form = EngagementForm {
            followers: typed.into(),
            ..EngagementForm::default()
        };
        let before = form.parse();
        let link = link_of(&form);
        let opened = open(&link);
        assert_eq!(opened.form, form, "{link}");
        assert_eq!(opened.notices, vec![], "{link}");
        let after = opened.form.parse();
        assert_eq!(after, before);
        assert!(after.error(Field::Followers).is_some());
        let report = compute(&after.inputs);
        assert!(report.ratio_mean.is_err(), "{link}");
    }
}

/// A link edited by hand is read the same way: each value shows in its
/// field with the field's own message, and the rest of the scenario holds.
#[test]
fn hand_edited_values_show_in_their_fields_without_a_notice() {
    let cases = [
        (
            "f=abc&b=2",
            vec![(Field::Followers, "abc"), (Field::Benchmark, "2")],
        ),
        ("f=0", vec![(Field::Followers, "0")]),
        (
            "b=-1&f=9000",
            vec![(Field::Benchmark, "-1"), (Field::Followers, "9000")],
        ),
        (
            "sus=0&qual=x",
            vec![(Field::Suspicious, "0"), (Field::Qualified, "x")],
        ),
        ("fake=150", vec![(Field::Fake, "150")]),
        ("ls=-5", vec![(Field::ProfileLikesSaves, "-5")]),
        (
            "tiers=5,4,3",
            vec![
                (Field::TailFrom, "5"),
                (Field::MidFrom, "4"),
                (Field::HeadFrom, "3"),
            ],
        ),
    ];
    for (query, fields) in cases {
        let mut expected = EngagementForm::default();
        for (field, text) in &fields {
            *expected.text_mut(*field).expect("a field") = (*text).into();
        }
        let opened = open(query);
        assert_eq!(opened.form, expected, "{query}");
        assert_eq!(opened.notices, vec![], "{query}");
        assert!(
            !opened.form.parse().errors.is_empty(),
            "{query}: no message"
        );
    }
}

/// Opens `query` and expects the default form with only `field` set to
/// `text`, and exactly `notices`.
#[track_caller]
fn expect_fallback(query: &str, (field, text): (Field, &str), notices: &[LinkNotice]) {
    let mut expected = EngagementForm::default();
    *expected.text_mut(field).expect("a single-value field") = text.into();
    let opened = open(query);
    assert_eq!(opened.form, expected, "{query}");
    assert_eq!(opened.notices, notices, "{query}");
}

fn ignored(key: &str, value: &str) -> LinkNotice {
    LinkNotice::Ignored {
        key: key.into(),
        value: value.into(),
    }
}

/// What no field can hold comes only from a link edited by hand: the
/// default stays there and a notice names it.
#[test]
fn what_no_field_can_hold_keeps_its_default_with_a_notice_each() {
    let followers_9000 = (Field::Followers, "9000");
    let cases = [
        (
            "tiers=10000,50000&f=9000",
            vec![ignored("tiers", "10000,50000")],
        ),
        (
            "tiers=abc,1000,2000,3000&f=9000",
            vec![ignored("tiers", "abc,1000,2000,3000")],
        ),
        (
            "f=9000&zzz=1",
            vec![LinkNotice::UnknownKey { key: "zzz".into() }],
        ),
        ("f=9000&f=1", vec![LinkNotice::Repeated { key: "f".into() }]),
        (
            "v=99&f=9000",
            vec![LinkNotice::NewerFormat {
                version: "99".into(),
            }],
        ),
        ("v=abc&f=9000", vec![ignored("v", "abc")]),
        ("v=0&f=9000", vec![ignored("v", "0")]),
        (
            "lang=fr&cur=XYZ&f=9000",
            vec![ignored("lang", "fr"), ignored("cur", "XYZ")],
        ),
        ("rate=0&f=9000", vec![ignored("rate", "0")]),
    ];
    for (query, notices) in cases {
        expect_fallback(query, followers_9000, &notices);
    }
    // settings fall back too: no language, yuan at rate 1
    let opened = open("lang=fr&cur=XYZ&rate=-2");
    assert_eq!(opened.settings, SharedSettings::default());
}

#[test]
fn a_link_tampered_everywhere_names_what_no_field_holds() {
    let opened = open("v=99&f=abc&b=-1&tiers=5,4&zzz=1&sus=2&sus=4&ls=x");
    let expected = EngagementForm {
        followers: "abc".into(),
        benchmark: "-1".into(),
        suspicious: "2".into(),
        profile_likes_saves: "x".into(),
        ..EngagementForm::default()
    };
    assert_eq!(opened.form, expected);
    assert_eq!(
        opened.notices,
        vec![
            LinkNotice::NewerFormat {
                version: "99".into(),
            },
            LinkNotice::Repeated { key: "sus".into() },
            ignored("tiers", "5,4"),
            LinkNotice::UnknownKey { key: "zzz".into() },
        ]
    );
}

/// Rows of the wrong shape are all the notes carried: the default notes
/// stay, as for any value no field can hold.
#[test]
fn notes_with_no_row_of_the_right_shape_fall_back_to_the_default_notes() {
    expect_fallback(
        "notes=1,2;x&f=9000",
        (Field::Followers, "9000"),
        &[ignored("notes", "1,2"), ignored("notes", "x")],
    );
}

#[test]
fn note_rows_come_back_cell_by_cell_and_rows_of_the_wrong_shape_are_named() {
    let (form, notices) = open_link("notes=10,5,1,0;1,2;x;20,abc,2,1,300;1,2,3,4,5,6");
    let mut typed = row(20, 0, 2, 1);
    typed.saves = "abc".into();
    typed.views = "300".into();
    assert_eq!(form.notes, vec![row(10, 5, 1, 0), typed]);
    assert_eq!(
        notices,
        vec![
            ignored("notes", "1,2"),
            ignored("notes", "x"),
            ignored("notes", "1,2,3,4,5,6")
        ]
    );
    // the row with a bad cell is left out of the figures, as on the page
    assert_eq!(form.parse().rows_left_out, 1);
}

/// A comma or semicolon typed in a cell (`1,5` for one and a half) stays
/// in its cell: stripping it would turn an error into fifteen.
#[test]
fn separators_typed_in_a_cell_stay_in_it() {
    let mut form = EngagementForm::default();
    form.notes[0].likes = "1,5".into();
    form.notes[1].saves = "2;3".into();
    form.mid_from = "50,000".into();
    let link = link_of(&form);
    let opened = open(&link);
    assert_eq!(opened.form, form, "{link}");
    assert_eq!(opened.notices, vec![]);
    assert_eq!(opened.form.parse(), form.parse());
}

#[track_caller]
fn open_quickly(query: &str) -> Opened {
    let start = Instant::now();
    let opened = open(query);
    assert!(
        start.elapsed() < Duration::from_millis(100),
        "took {:?}",
        start.elapsed()
    );
    opened
}

#[test]
fn links_over_eight_kilobytes_are_refused_whole_and_quickly() {
    let head = "f=9000&cm=";
    let at_limit = format!("{head}{}", "a".repeat(MAX_QUERY_BYTES - head.len()));
    let opened = open_quickly(&at_limit);
    assert_eq!(opened.notices, vec![]);
    assert_eq!(opened.form.followers, "9000");

    let over = format!("{at_limit}a");
    let opened = open_quickly(&over);
    assert_eq!(
        opened.notices,
        vec![LinkNotice::TooLong {
            bytes: MAX_QUERY_BYTES + 1
        }]
    );
    assert_eq!(opened.form, EngagementForm::default());
    assert_eq!(opened.settings, SharedSettings::default());
}

#[test]
fn a_link_with_ten_thousand_note_rows_is_refused_quickly() {
    let query = format!("notes={}", vec!["1,1,1,1"; 10_000].join(";"));
    let opened = open_quickly(&query);
    assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
    assert!(matches!(
        opened.notices[0],
        LinkNotice::TooLong { .. } | LinkNotice::TooManyRows { .. }
    ));
    assert_eq!(opened.form, EngagementForm::default());
}

#[test]
fn note_rows_beyond_the_limit_are_refused_within_eight_kilobytes() {
    let rows = |n: usize| vec!["1,1,1,1"; n].join(";");
    let opened = open_quickly(&format!("notes={}", rows(MAX_NOTES + 1)));
    assert_eq!(
        opened.notices,
        vec![LinkNotice::TooManyRows {
            key: "notes".into(),
            rows: MAX_NOTES + 1,
            max: MAX_NOTES
        }]
    );
    assert_eq!(opened.form, EngagementForm::default());

    let opened = open_quickly(&format!("notes={}", rows(MAX_NOTES)));
    assert_eq!(opened.notices, vec![]);
    assert_eq!(report_of_form(&opened.form).notes.len(), MAX_NOTES);
}

#[test]
fn comments_too_long_for_a_link_are_left_out_of_it() {
    // 400 lines of 9 Chinese characters: 400 × (9 × 9 + 3) bytes encoded ≈ 33 KB
    let form = EngagementForm {
        comments: "这个色号黄皮能用吗\n".repeat(400),
        ..EngagementForm::default()
    };
    assert_eq!(fit(&form), LinkFit::WithoutComments);
    let link = link_of(&form);
    assert!(link.len() <= MAX_QUERY_BYTES, "{} bytes", link.len());
    assert_eq!(open_link(&link), (EngagementForm::default(), vec![]));
    // a few comments still travel with the link
    let few = EngagementForm {
        comments: "这个色号黄皮能用吗\n".repeat(20),
        ..EngagementForm::default()
    };
    assert_eq!(fit(&few), LinkFit::Whole);
    assert_eq!(open_link(&link_of(&few)), (few, vec![]));
}

#[test]
fn every_note_a_vetting_takes_fits_in_a_link_unless_the_counts_are_huge() {
    // MAX_NOTES rows of six-figure counts with views: about 35 bytes a row
    let typical = EngagementForm {
        notes: vec![viewed(123_456, 65_432, 9_876, 5_432, 987_654); MAX_NOTES],
        ..EngagementForm::default()
    };
    assert_eq!(fit(&typical), LinkFit::Whole);
    let link = link_of(&typical);
    assert!(link.len() <= MAX_QUERY_BYTES, "{} bytes", link.len());
    assert_eq!(open_link(&link), (typical, vec![]));
    // ten-digit counts in every cell: about 60 bytes a row, over 8 KB;
    // the page is told the link cannot hold the scenario
    let huge = EngagementForm {
        notes: vec![
            viewed(
                9_999_999_999,
                9_999_999_999,
                9_999_999_999,
                9_999_999_999,
                9_999_999_999
            );
            MAX_NOTES
        ],
        ..EngagementForm::default()
    };
    assert_eq!(fit(&huge), LinkFit::TooLong);
    assert!(link_of(&huge).len() > MAX_QUERY_BYTES);
}

#[test]
fn every_scenario_of_the_tests_round_trips_through_its_link() {
    // a link always names its language, so it opens with `lang` set
    let settings = [
        (
            SharedSettings {
                lang: Some(Lang::En),
                ..SharedSettings::default()
            },
            Lang::En,
        ),
        (
            SharedSettings {
                lang: Some(Lang::Zh),
                currency: Currency::Usd,
                cny_per_unit: 7.2,
                embed: false,
            },
            Lang::Zh,
        ),
    ];
    let mut forms = scenarios::all();
    forms.extend(
        published_links()
            .into_iter()
            .map(|p| ("published", open(&p.link).form)),
    );
    for (name, form) in forms {
        for (settings, lang) in &settings {
            let link = link_with(settings, *lang, &form);
            let opened = open(&link);
            assert_eq!(opened.notices, vec![], "{name}: {link}");
            assert_eq!(opened.form, form, "{name}: {link}");
            assert_eq!(&opened.settings, settings, "{name}");
        }
    }
}

/// Fails today (bug in `engagement::link::encode`): "Add note" puts a blank
/// row in the form, which reads fine (blank rows are skipped), but the link
/// writes it as `,,,` and opening that link reports `notes = ",,,"` as an
/// unusable value.
#[test]
fn a_link_written_after_adding_a_blank_note_row_opens_without_notice() {
    let mut form = EngagementForm::default();
    form.notes.push(NoteText::default());
    let link = link_of(&form);
    let opened = open(&link);
    assert_eq!(opened.notices, vec![], "{link}");
    assert_eq!(opened.form.parse().inputs, form.parse().inputs);
}
