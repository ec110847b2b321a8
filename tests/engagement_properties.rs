//! Properties of the engagement benchmark that hold for any input: scale
//! invariance, no NaN or infinity, shares within [0, 1], monotone share of
//! notes at the benchmark, and a link codec and paste parser that never
//! panic and round-trip what they should.
#![cfg(not(target_arch = "wasm32"))]

mod engagement_common;

use engagement_common::{approx_eq, link_with, open};
use kolcalc::calculators::engagement::form::{EngagementForm, NoteText};
use kolcalc::calculators::engagement::link::{fit, LinkFit};
use kolcalc::calculators::engagement::model::{
    compute, EngagementInputs, EngagementReport, Figure, Note, Reason, TierBounds, Verdict,
    MAX_NOTES,
};
use kolcalc::calculators::engagement::paste::parse_pasted_rows;
use kolcalc::currency::Currency;
use kolcalc::i18n::Lang;
use kolcalc::link::{LinkNotice, SharedSettings, MAX_QUERY_BYTES};
use proptest::prelude::*;
use std::time::{Duration, Instant};

const MAX: u64 = 10_000_000_000;

/// A count: small, around the viral line, or anywhere up to 10^10.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![0..=20u64, 900..=1_100u64, 0..=MAX, Just(MAX)]
}

fn note() -> impl Strategy<Value = Note> {
    (
        count(),
        count(),
        count(),
        count(),
        prop::option::of(count()),
    )
        .prop_map(|(likes, saves, comments, shares, views)| Note {
            likes,
            saves,
            comments,
            shares,
            views,
        })
}

/// A fraction in [0, 1], often exactly 0 or 1.
fn fraction() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64]
}

fn tiers() -> impl Strategy<Value = TierBounds> {
    (1..=MAX / 4, 1..=MAX / 4, 1..=MAX / 4).prop_map(|(a, b, c)| TierBounds {
        tail_from: a,
        mid_from: a + b,
        head_from: a + b + c,
    })
}

/// Any inputs with fewer than `max_notes` notes, counts up to 10^10.
fn inputs(max_notes: usize) -> impl Strategy<Value = EngagementInputs> {
    (
        prop_oneof![Just(0u64), count()],
        prop::collection::vec(note(), 0..max_notes),
        fraction(),
        prop::option::of(fraction()),
        tiers(),
        prop::option::of(count()),
    )
        .prop_map(
            |(followers, notes, benchmark, fake_share, tiers, profile)| EngagementInputs {
                followers,
                notes,
                benchmark,
                fake_share,
                tiers,
                profile_likes_saves: profile,
                comments: String::new(),
                ..EngagementInputs::default()
            },
        )
}

fn ratio_figures(report: &EngagementReport) -> [(&'static str, Figure); 9] {
    [
        ("ratio_mean", report.ratio_mean),
        ("ratio_median", report.ratio_median),
        ("share_above_benchmark", report.share_above_benchmark),
        ("er_followers", report.er_followers),
        ("er_views", report.er_views),
        ("save_share", report.save_share),
        ("comment_share", report.comment_share),
        ("stability_cv", report.stability_cv),
        ("authentic_ratio_mean", report.authentic_ratio_mean),
    ]
}

fn all_figures(report: &EngagementReport) -> Vec<(&'static str, Figure)> {
    let mut figures = ratio_figures(report).to_vec();
    figures.push(("viral_rate", report.viral_rate));
    figures.push(("authentic_followers", report.authentic_followers));
    figures.push(("fake_share", Ok(report.fake_share)));
    figures.extend(report.notes.iter().map(|n| ("note ratio", n.ratio)));
    figures
}

fn reason_numbers(reason: &Reason) -> Vec<f64> {
    match *reason {
        Reason::MeanMeetsBenchmark { mean, benchmark }
        | Reason::MeanBelowBenchmark { mean, benchmark } => vec![mean, benchmark],
        Reason::FewNotesMeetBenchmark { share }
        | Reason::LowSaveShare { share }
        | Reason::CommentShareOutsideRange { share }
        | Reason::CommentsFlagged { share, .. } => vec![share],
        Reason::MedianBelowSuspiciousLine { median, line } => vec![median, line],
        Reason::AllNotesBelowSuspiciousLine { highest, line } => vec![highest, line],
        Reason::UnevenNotes { cv } => vec![cv],
        Reason::FollowersExceedLikesSaves { .. } => vec![],
    }
}

proptest! {
    // Up to 600 notes per case (more than a link may carry) is slow to
    // generate in debug builds, so this one runs fewer cases.
    #![proptest_config(ProptestConfig::with_cases(80))]

    #[test]
    fn every_defined_figure_is_finite_and_shares_lie_in_zero_to_one(inputs in inputs(600)) {
        let report = compute(&inputs);
        for (name, figure) in all_figures(&report) {
            if let Ok(value) = figure {
                prop_assert!(value.is_finite() && value >= 0.0, "{} = {}", name, value);
            }
        }
        for reason in &report.reasons {
            for value in reason_numbers(reason) {
                prop_assert!(value.is_finite(), "{:?}", reason);
            }
        }
        for (name, figure) in [
            ("share_above_benchmark", report.share_above_benchmark),
            ("save_share", report.save_share),
            ("comment_share", report.comment_share),
            ("viral_rate", report.viral_rate),
            ("fake_share", Ok(report.fake_share)),
        ] {
            if let Ok(value) = figure {
                prop_assert!((0.0..=1.0).contains(&value), "{} = {}", name, value);
            }
        }
        if let Ok(authentic) = report.authentic_followers {
            prop_assert!(authentic <= inputs.followers as f64);
        }
        prop_assert_eq!(report.notes.len(), inputs.notes.len());
        // the verdict agrees with its reasons
        if let (Ok(verdict), Ok(mean)) = (report.verdict, report.ratio_mean) {
            let warned = report.reasons.iter().any(Reason::is_warning);
            // Red flags decide the verdict, whatever the ratio.
            let expected = if !report.red_flags.is_empty() {
                Verdict::RedFlags
            } else if mean < inputs.benchmark {
                Verdict::Below
            } else if warned {
                Verdict::Borderline
            } else {
                Verdict::Meets
            };
            prop_assert_eq!(verdict, expected);
        } else {
            prop_assert!(report.verdict.is_err() && report.reasons.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scaling_every_count_and_the_followers_leaves_ratios_and_shares_unchanged(
        followers in 1..=1_000_000u64,
        notes in prop::collection::vec(
            (0..=1_000_000u64, 0..=1_000_000u64, 0..=1_000_000u64, 0..=1_000_000u64,
             prop::option::of(0..=1_000_000u64)),
            0..40,
        ),
        factor in 1..=10_000u64,
        benchmark in fraction(),
        fake in 0.0..0.99f64,
    ) {
        let build = |k: u64| EngagementInputs {
            followers: followers * k,
            notes: notes
                .iter()
                .map(|&(likes, saves, comments, shares, views)| Note {
                    likes: likes * k,
                    saves: saves * k,
                    comments: comments * k,
                    shares: shares * k,
                    views: views.map(|v| v * k),
                })
                .collect(),
            benchmark,
            // a given share, so a tier change cannot change it
            fake_share: Some(fake),
            ..EngagementInputs::default()
        };
        let base = compute(&build(1));
        let scaled = compute(&build(factor));
        for ((name, a), (_, b)) in ratio_figures(&base).into_iter().zip(ratio_figures(&scaled)) {
            match (a, b) {
                (Ok(a), Ok(b)) => prop_assert!(approx_eq(a, b, 1e-9), "{}: {} vs {}", name, a, b),
                (a, b) => prop_assert_eq!(a, b, "{}", name),
            }
        }
    }

    #[test]
    fn a_note_above_the_benchmark_never_lowers_the_share_at_the_benchmark(
        mut inputs in inputs(60),
        followers in prop_oneof![1..=20u64, 900..=1_100u64, 1..=MAX],
        extra in 0..=1_000u64,
        split in 0.0..=1.0f64,
        comments in count(),
    ) {
        inputs.followers = followers;
        let before = compute(&inputs);
        // likes + saves at least benchmark × followers, split between the two
        let needed = (inputs.benchmark * inputs.followers as f64).ceil() as u64 + extra;
        let likes = (needed as f64 * split) as u64;
        let added = Note { likes, saves: needed - likes, comments, ..Note::default() };
        prop_assume!(added.likes_saves() as f64 / inputs.followers as f64 >= inputs.benchmark);
        let mut more = inputs.clone();
        more.notes.push(added);
        let after = compute(&more);
        let after_share = after.share_above_benchmark.expect("followers and a note are given");
        if let Ok(before_share) = before.share_above_benchmark {
            prop_assert!(after_share >= before_share, "{} < {}", after_share, before_share);
        } else {
            prop_assert_eq!(after_share, 1.0);
        }
    }
}

// --- the link codec -----------------------------------------------------------

/// A whole count as people type it: plain, with thousands commas, or in 万.
fn typed_count(min: u64) -> impl Strategy<Value = String> {
    prop_oneof![
        (min..=MAX).prop_map(|n| n.to_string()),
        (min.max(1)..=99_999u64).prop_map(|n| n.to_string()),
        (min.max(1)..=9_999u64).prop_map(|n| format!("{}.{}万", n / 10, n % 10)),
        (1..=999u64).prop_map(|n| format!("{n}k")),
    ]
}

fn typed_percent(min_thousandths: u64) -> impl Strategy<Value = String> {
    (min_thousandths..=100_000u64, any::<bool>()).prop_map(|(n, sign)| {
        let text = kolcalc::units::plain_number(n as f64 / 1000.0, 3);
        if sign {
            format!("{text}%")
        } else {
            text
        }
    })
}

fn typed_row() -> impl Strategy<Value = NoteText> {
    (
        typed_count(0),
        typed_count(0),
        typed_count(0),
        typed_count(0),
        prop_oneof![Just(String::new()), typed_count(0)],
    )
        .prop_map(|(likes, saves, comments, shares, views)| NoteText {
            likes,
            saves,
            comments,
            shares,
            views,
        })
        .prop_filter("a row that reads cleanly", |row| {
            matches!(row.read(), Ok(Some(_)))
        })
}

/// Comments as pasted: any text with something in it, line breaks and
/// query syntax included; with `bulky`, sometimes more than a link holds.
fn typed_comments(bulky: bool) -> BoxedStrategy<String> {
    let short = "[a-z&=%+;,#?\\n 绝了买它👍！]{0,40}[a-z绝]";
    if bulky {
        prop_oneof![Just(String::new()), short, "[绝了买它\\n]{200,1200}绝"].boxed()
    } else {
        prop_oneof![Just(String::new()), short].boxed()
    }
}

/// A form that reads without any error, as typed in the page, with fewer
/// than `max_rows` notes.
fn valid_form(max_rows: usize, bulky_comments: bool) -> impl Strategy<Value = EngagementForm> {
    (
        (
            typed_count(1).prop_filter("positive", |t| t != "0"),
            prop::collection::vec(typed_row(), 0..max_rows),
            typed_percent(1),
            typed_percent(1),
            typed_percent(1),
        ),
        (
            prop_oneof![Just(String::new()), typed_percent(0)],
            (1..=MAX / 4, 1..=MAX / 4, 1..=MAX / 4),
            prop_oneof![Just(String::new()), typed_count(0)],
            typed_comments(bulky_comments),
        ),
    )
        .prop_map(
            |(
                (followers, notes, benchmark, suspicious, qualified),
                (fake, (a, b, c), ls, comments),
            )| {
                EngagementForm {
                    followers,
                    notes,
                    benchmark,
                    suspicious,
                    qualified,
                    fake,
                    tail_from: a.to_string(),
                    mid_from: (a + b).to_string(),
                    head_from: (a + b + c).to_string(),
                    profile_likes_saves: ls,
                    comments,
                }
            },
        )
        .prop_filter("reads without error", |form| form.parse().errors.is_empty())
}

fn settings() -> impl Strategy<Value = (SharedSettings, Lang)> {
    (
        prop::sample::select(Currency::ALL.to_vec()),
        prop::option::of(1..=1_000_000_000_000u64),
        prop::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(|(currency, micro_rate, lang)| {
            let settings = SharedSettings {
                lang: Some(lang),
                currency,
                cny_per_unit: micro_rate
                    .map_or(currency.default_cny_per_unit(), |m| m as f64 / 1_000_000.0),
                embed: false,
            };
            (settings, lang)
        })
}

#[track_caller]
fn decodes_quickly(query: &str) -> (EngagementForm, Vec<LinkNotice>) {
    let start = Instant::now();
    let opened = open(query);
    let took = start.elapsed();
    assert!(
        took < Duration::from_millis(250),
        "{} bytes took {took:?}",
        query.len()
    );
    (opened.form, opened.notices)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_valid_form_round_trips_through_its_link(
        form in valid_form(25, true),
        (settings, lang) in settings(),
    ) {
        let query = link_with(&settings, lang, &form);
        // comments that would push the link over 8 KB are left out of it
        let mut expected = form.clone();
        match fit(&form) {
            LinkFit::Whole => {}
            LinkFit::WithoutComments => expected.comments.clear(),
            LinkFit::TooLong => prop_assert!(false, "25 notes always fit"),
        }
        prop_assert!(query.len() <= MAX_QUERY_BYTES, "{} bytes", query.len());
        let opened = open(&query);
        prop_assert_eq!(opened.notices, vec![], "{}", query);
        prop_assert_eq!(&opened.form, &expected, "{}", query);
        prop_assert_eq!(opened.settings, settings);
    }

    #[test]
    fn decoding_any_text_never_panics_and_returns_quickly(
        query in prop_oneof![
            any::<String>(),
            "[a-z=&%;,0-9A-F+.\\-万]{0,300}",
            "((f|notes|b|sus|qual|fake|tiers|ls|cm|v|lang|cur|rate)=[0-9,;%.\\-a-z万]{0,12}&){0,30}",
        ],
    ) {
        let (form, _) = decodes_quickly(&query);
        // whatever the link says, the page gets a form it can compute
        let _ = compute(&form.parse().inputs);
    }

    #[test]
    fn truncated_links_never_panic(form in valid_form(25, true), cut in any::<prop::sample::Index>()) {
        let query = link_with(&SharedSettings::default(), Lang::Zh, &form);
        let mut end = cut.index(query.len() + 1);
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        decodes_quickly(&query[..end]);
    }

    #[test]
    fn a_doubled_link_reads_its_first_copy_and_names_every_repeated_key(
        form in valid_form(25, false),
    ) {
        let query = link_with(&SharedSettings::default(), Lang::En, &form);
        let (doubled, notices) = decodes_quickly(&format!("{query}&{query}"));
        prop_assert_eq!(&doubled, &form);
        let keys: Vec<&str> = query.split('&').filter_map(|p| p.split('=').next()).collect();
        prop_assert_eq!(notices.len(), keys.len(), "{:?}", notices);
        for key in keys {
            prop_assert!(notices.contains(&LinkNotice::Repeated { key: key.to_string() }), "{}", key);
        }
    }

    #[test]
    fn the_paste_parser_never_panics_and_accounts_for_every_line(
        text in prop_oneof![
            any::<String>(),
            "([0-9,.万\"]{0,6}[\\t,;]){0,6}[a-z点赞收藏评论]{0,4}(\\n|\\r\\n)",
            "((likes|点赞|收藏|views|日期)[\\t,]){1,5}\\n([0-9]{1,4}[\\t,]){1,6}\\n",
        ],
    ) {
        let pasted = parse_pasted_rows(&text);
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(
            pasted.rows.len() + pasted.skipped_lines + usize::from(pasted.had_header),
            lines
        );
    }
}

proptest! {
    // Forms with up to every note a vetting takes are slow to generate.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_link_the_page_offers_as_fitting_opens_again(
        form in valid_form(MAX_NOTES + 1, true),
        (settings, lang) in settings(),
    ) {
        let query = link_with(&settings, lang, &form);
        let opened = open(&query);
        match fit(&form) {
            LinkFit::TooLong => {
                prop_assert!(query.len() > MAX_QUERY_BYTES - 96, "{} bytes", query.len());
            }
            whole_or_not => {
                prop_assert!(query.len() <= MAX_QUERY_BYTES, "{} bytes", query.len());
                prop_assert_eq!(opened.notices, vec![]);
                let mut expected = form.clone();
                if whole_or_not == LinkFit::WithoutComments {
                    expected.comments.clear();
                }
                prop_assert_eq!(opened.form, expected);
            }
        }
    }
}
