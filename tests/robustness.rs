//! Robustness of every calculator and of the link decoder over hostile
//! input: NaN, ±infinity, negatives, zero, 10^300, empty and 10,000-row
//! tables, random Unicode in every field, and links truncated at a random
//! byte, doubled, with every key repeated or randomly percent-encoded.
//!
//! Each target runs [`CASES`] cases (100,000 in an optimised build, 500 in
//! a debug one; `ROBUSTNESS_CASES` overrides)
//! and checks: no panic, no NaN or infinity in any figure (an undefined
//! figure must be `Err`/`None`), every case within [`CASE_LIMIT`] (no
//! hang), and decode → encode → decode reaching a fixed point. Run it in
//! release: `cargo test --release --test robustness`.
//!
//! Costly parts are sampled: the budget mix's optimiser runs on every case
//! (its search is capped at `MAX_BRANCHES`), its Monte Carlo (10,000 draws
//! per call) on one case in [`MONTE_CARLO_EVERY`]; tables have 0–8 rows in
//! most cases, 150–260 rows in some and 10,000 rows in about one in a
//! hundred.
//!
//! Number-like text goes down to decimals with 100 zeros after the point
//! (about 1e-100); the targets named `…_tiny_…` go down to 1e-308, where
//! divisions once overflowed. The `…_repro` tests keep the smallest inputs
//! of the bugs this suite found, now fixed. In CI:
//! `cargo test --profile robust --test robustness`.
#![cfg(not(target_arch = "wasm32"))]

use kolcalc::calculators::budget_mix::compute as mix_compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::model::{
    campaign, per_creator, Conflict, MixInputs, MixReport, Objective, Plan, Rules, Tier,
    TierInputs, Totals,
};
use kolcalc::calculators::budget_mix::montecarlo::simulate;
use kolcalc::calculators::compensation::form::{CompensationForm, Field as CompField, Kind};
use kolcalc::calculators::compensation::model::{
    compute as comp_compute, Basis, CompensationInputs, CompensationReport, Figure as CompFigure,
    Range, Warning,
};
use kolcalc::calculators::engagement::comments::check as check_comments;
use kolcalc::calculators::engagement::form::{EngagementForm, NoteText};
use kolcalc::calculators::engagement::link::{fit, LinkFit};
use kolcalc::calculators::engagement::model::{
    compute as eng_compute, EngagementInputs, EngagementReport, Note, Reason, TierBounds,
};
use kolcalc::calculators::engagement::paste::parse_pasted_rows;
use kolcalc::calculators::timeline::form::TimelineForm;
use kolcalc::calculators::timeline::model::Direction;
use kolcalc::calculators::timeline::plan::{compute as timeline_compute, Report as TimelineReport};
use kolcalc::calculators::{budget_mix, compensation, engagement, timeline};
use kolcalc::dates::Date;
use kolcalc::fields::FieldText;
use kolcalc::i18n::Lang;
use kolcalc::link::{
    build_query, percent_decode, percent_encode, split_hash, LinkNotice, LinkReader,
    SharedSettings, MAX_QUERY_BYTES, RATE_RANGE,
};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::time::{Duration, Instant};

/// Cases per target in an optimised build (CI runs it with
/// `--profile robust`).
const CASES: u32 = 100_000;
/// Cases per target in a debug build (`cargo test`), a quick pass.
const DEBUG_CASES: u32 = 500;
/// Longest one case may take (the slowest legitimate case, an optimiser run
/// at its branch cap plus a Monte Carlo band, takes tens of milliseconds).
const CASE_LIMIT: Duration = Duration::from_secs(2);
/// The budget mix's Monte Carlo runs on one case in this many.
const MONTE_CARLO_EVERY: u64 = 32;

fn config() -> ProptestConfig {
    let cases = std::env::var("ROBUSTNESS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            DEBUG_CASES
        } else {
            CASES
        });
    ProptestConfig {
        cases,
        // No regression files in the tree; a failure prints its input.
        failure_persistence: None,
        max_shrink_iters: 4_000,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Input strategies
// ---------------------------------------------------------------------------

/// Any float, weighted towards the hostile ones.
fn wild_f64() -> BoxedStrategy<f64> {
    prop_oneof![
        select(vec![
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
            -0.0,
            1e300,
            -1e300,
            1e-300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            1.0,
            -1.0,
        ]),
        -1e6..1e6f64,
        0.0..=1.0f64,
        any::<f64>(),
    ]
    .boxed()
}

/// Any count, weighted towards zero, one, the form's 10^10 and u64::MAX.
fn wild_u64() -> BoxedStrategy<u64> {
    prop_oneof![
        select(vec![
            0,
            1,
            999,
            1_000,
            10_000_000_000,
            u64::MAX,
            u64::MAX - 1
        ]),
        0..2_000u64,
        any::<u64>(),
    ]
    .boxed()
}

/// Decimals typed with up to this many zeros after the point (values down
/// to about 1e-100) in the targets CI runs (a product of two such values
/// can still underflow to a subnormal and overflow a division); the tests of the tiny-rate bugs
/// go down to 400 zeros (values down to about 1e-308, then 0).
const ZEROS: usize = 100;
/// See [`ZEROS`].
const TINY_ZEROS: usize = 400;

/// Text shaped like a number, including the pathological ones: decimals
/// with up to `zeros` zeros after the point.
fn number_text(zeros: usize) -> BoxedStrategy<String> {
    prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        any::<f64>().prop_map(|v| format!("{v:e}")),
        any::<u64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        // Tiny decimals: 0.000…0d with up to 400 zeros (the parser reads
        // down to about 1e-308 before the value becomes 0).
        (0usize..zeros, 1u32..1000, any::<bool>()).prop_map(|(zeros, digits, negative)| {
            format!(
                "{}0.{}{digits}",
                if negative { "-" } else { "" },
                "0".repeat(zeros)
            )
        }),
        (1usize..400).prop_map(|n| "9".repeat(n)),
        "[-+]?[0-9０-９]{0,12}([.．。][0-9]{0,12})?(万|w|W|亿|k|K|m|M|%|％)?",
        "[-+−－]?[0-9,，_ '\u{a0}.]{0,20}",
        select(vec![
            "",
            " ",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "Infinity",
            "1e300",
            "-0",
            "0",
            "0.0",
            "0%",
            "100%",
            "1e-300",
            ".",
            "-",
            "%",
            "1.2.3",
            "１２３",
            "0.001",
            "0.1",
            "1",
            "10",
            "95",
            "100",
            "100.0001",
            "120",
            "121",
            "1000000",
            "1000000000",
            "1000000001",
            "10000000000",
            "10000000001",
            "18446744073709551616",
            "1e10",
        ])
        .prop_map(String::from),
    ]
    .boxed()
}

/// What a user may type or paste into a field (decimals down to 1e-100).
fn field_text() -> BoxedStrategy<String> {
    field_text_down_to(ZEROS)
}

/// What a user may type or paste into a field, decimals with up to `zeros`
/// zeros after the point.
fn field_text_down_to(zeros: usize) -> BoxedStrategy<String> {
    prop_oneof![
        6 => number_text(zeros),
        1 => any::<String>(),
        1 => "\\PC{0,40}",
    ]
    .boxed()
}

/// A table of `row`s: usually 0–8 rows, sometimes 150–260, and in about one
/// case in a hundred 10,000 rows (a few generated rows repeated).
fn table<T: Clone + std::fmt::Debug>(
    row: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = Vec<T>> {
    prop_oneof![
        90 => prop::collection::vec(row.clone(), 0..8),
        9 => prop::collection::vec(row.clone(), 150..260),
        1 => prop::collection::vec(row, 1..6)
            .prop_map(|rows| rows.iter().cycle().take(10_000).cloned().collect()),
    ]
}

/// Runs `body`, failing the case when it takes longer than [`CASE_LIMIT`].
fn timed<T>(what: &str, body: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let start = Instant::now();
    let value = body();
    let took = start.elapsed();
    prop_assert!(took <= CASE_LIMIT, "{what} took {took:?}");
    Ok(value)
}

/// Fails the case on the first named number that is NaN or infinite.
fn all_finite(numbers: &[(String, f64)]) -> Result<(), TestCaseError> {
    for (name, value) in numbers {
        prop_assert!(value.is_finite(), "{name} = {value}");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Every number each calculator outputs
// ---------------------------------------------------------------------------

fn engagement_numbers(report: &EngagementReport) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let mut figure = |name: &str, figure: Result<f64, _>| {
        if let Ok(v) = figure {
            out.push((name.to_string(), v));
        }
    };
    figure("ratio_mean", report.ratio_mean);
    figure("ratio_median", report.ratio_median);
    figure("share_above_benchmark", report.share_above_benchmark);
    figure("er_followers", report.er_followers);
    figure("er_views", report.er_views);
    figure("save_share", report.save_share);
    figure("comment_share", report.comment_share);
    figure("stability_cv", report.stability_cv);
    figure("viral_rate", report.viral_rate);
    figure("authentic_followers", report.authentic_followers);
    figure("authentic_ratio_mean", report.authentic_ratio_mean);
    figure("fake_share", Ok(report.fake_share));
    for (i, note) in report.notes.iter().enumerate() {
        if let Ok(v) = note.ratio {
            out.push((format!("notes[{i}].ratio"), v));
        }
    }
    for reason in &report.reasons {
        // The benchmark in a reason is the input echoed, not a result.
        let numbers = match *reason {
            Reason::MeanMeetsBenchmark { mean, .. } | Reason::MeanBelowBenchmark { mean, .. } => {
                vec![mean]
            }
            Reason::FewNotesMeetBenchmark { share }
            | Reason::LowSaveShare { share }
            | Reason::CommentShareOutsideRange { share }
            | Reason::CommentsFlagged { share, .. } => vec![share],
            Reason::MedianBelowSuspiciousLine { median, line } => vec![median, line],
            Reason::AllNotesBelowSuspiciousLine { highest, line } => vec![highest, line],
            Reason::UnevenNotes { cv } => vec![cv],
            Reason::FollowersExceedLikesSaves { .. } => vec![],
        };
        out.extend(numbers.into_iter().map(|v| (format!("{reason:?}"), v)));
    }
    out
}

fn compensation_numbers(report: &CompensationReport) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let mut push = |name: String, v: f64| out.push((name, v));
    for c in &report.combos {
        let id = format!("{}_{}", c.model.key(), c.channel.key());
        push(format!("creator_pay_{id}"), c.cost.creator_pay);
        push(format!("fees_{id}"), c.cost.fees);
        push(format!("fx_{id}"), c.cost.fx);
        push(format!("product_{id}"), c.cost.product);
        push(format!("total_{id}"), c.total);
        push(format!("profit_{id}"), c.profit);
        push(format!("line_a_{id}"), c.line.a);
        push(format!("line_b_{id}"), c.line.b);
        push(format!("line_kink_{id}"), c.line.kink);
        push(format!("line_extra_{id}"), c.line.extra);
        let figures: [(&str, CompFigure); 5] = [
            ("cpe", c.per_engagement),
            ("cpr", c.per_read),
            ("cpc", c.per_click),
            ("cps", c.per_sale),
            ("pays", c.pays_for_itself),
        ];
        for (name, figure) in figures {
            if let Ok(v) = figure {
                push(format!("{name}_{id}"), v);
            }
        }
        if let Some((from, until)) = c.profitable {
            push(format!("pays_from_{id}"), from);
            if let Some(until) = until {
                push(format!("pays_until_{id}"), until);
            }
        }
    }
    push("contribution_margin".into(), report.contribution_margin);
    push("cheapest_total".into(), report.cheapest_total);
    if let Ok(v) = report.breakeven_roas {
        push("breakeven_roas".into(), v);
    }
    for (i, (p, h)) in report
        .perf_vs_flat
        .iter()
        .zip(&report.hybrid_vs_flat)
        .enumerate()
    {
        if let Ok(v) = p {
            push(format!("perf_vs_flat[{i}]"), *v);
        }
        if let Ok(v) = h {
            push(format!("hybrid_vs_flat[{i}]"), *v);
        }
    }
    for w in &report.warnings {
        match *w {
            Warning::CommissionAboveMargin { commission, margin } => {
                push("warning.commission".into(), commission);
                push("warning.margin".into(), margin);
            }
            Warning::NoMargin => {}
            Warning::ThresholdAboveHigh { threshold, high } => {
                push("warning.threshold".into(), threshold);
                push("warning.high".into(), high);
            }
            Warning::SeedingUnrealistic { quote, line } => {
                push("warning.quote".into(), quote);
                push("warning.seeding_line".into(), line);
            }
            Warning::ProfitTurnsNegative { from, until, .. } => {
                push("warning.from".into(), from);
                push("warning.until".into(), until);
            }
        }
    }
    out
}

fn totals_numbers(out: &mut Vec<(String, f64)>, name: &str, t: &Totals) {
    for (field, v) in [
        ("creators", t.creators),
        ("notes", t.notes),
        ("cost", t.cost),
        ("impressions", t.impressions),
        ("engagements", t.engagements),
        ("authentic", t.authentic),
    ] {
        out.push((format!("{name}.{field}"), v));
    }
    if let Some(v) = t.cpe() {
        out.push((format!("{name}.cpe"), v));
    }
    if let Some(v) = t.cpm() {
        out.push((format!("{name}.cpm"), v));
    }
}

fn plan_numbers(out: &mut Vec<(String, f64)>, name: &str, plan: &Plan) {
    for (t, totals) in Tier::ALL.iter().zip(&plan.tiers) {
        totals_numbers(out, &format!("{name}.{}", t.key()), totals);
    }
    totals_numbers(out, &format!("{name}.total"), &plan.total);
    out.push((format!("{name}.unspent"), plan.unspent));
}

fn campaign_numbers(out: &mut Vec<(String, f64)>, name: &str, plan: &Plan, report: &MixReport) {
    let c = campaign(plan, &report.pillars);
    for (field, v) in [
        ("cost", c.cost),
        ("impressions", c.impressions),
        ("clicks", c.clicks),
    ] {
        out.push((format!("{name}.campaign.{field}"), v));
    }
    if let Some(v) = c.cpm() {
        out.push((format!("{name}.campaign.cpm"), v));
    }
}

/// Every number of the budget mix's report, per-creator figures included;
/// with `monte_carlo`, the bands of the manual and the optimised mix too.
fn mix_numbers(inputs: &MixInputs, report: &MixReport, monte_carlo: bool) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let p = &report.pillars;
    for (name, v) in [
        ("pillars.creators", p.creators),
        ("pillars.feed", p.feed),
        ("pillars.feed_impressions", p.feed_impressions),
        ("pillars.search", p.search),
        ("pillars.search_clicks", p.search_clicks),
    ] {
        out.push((name.to_string(), v));
    }
    for t in Tier::ALL {
        let one = per_creator(inputs, t);
        for (field, v) in [
            ("cost", one.cost),
            ("notes", one.notes),
            ("impressions", one.impressions),
            ("engagements", one.engagements),
            ("authentic", one.authentic),
        ] {
            out.push((format!("per_creator.{}.{field}", t.key()), v));
        }
    }
    plan_numbers(&mut out, "manual", &report.manual);
    campaign_numbers(&mut out, "manual", &report.manual, report);
    match &report.optimised {
        Ok(plan) => {
            plan_numbers(&mut out, "optimised", plan);
            campaign_numbers(&mut out, "optimised", plan, report);
        }
        Err(Conflict::AdsTakeAll { shares }) => out.push(("conflict.shares".into(), *shares)),
        Err(Conflict::BudgetBelowCheapest {
            creator_budget,
            cost,
            ..
        }) => {
            out.push(("conflict.creator_budget".into(), *creator_budget));
            out.push(("conflict.cost".into(), *cost));
        }
        Err(Conflict::MinimumAboveCap { .. }) => {}
        Err(Conflict::MinimumsOverBudget {
            cost,
            creator_budget,
        }) => {
            out.push(("conflict.cost".into(), *cost));
            out.push(("conflict.creator_budget".into(), *creator_budget));
        }
    }
    if monte_carlo {
        let mut plans = vec![("manual", &report.manual)];
        if let Ok(plan) = &report.optimised {
            plans.push(("optimised", plan));
        }
        for (name, plan) in plans {
            let band = simulate(inputs, &plan.counts, plan.total.cost);
            for (i, v) in band.authentic.iter().enumerate() {
                out.push((format!("{name}.band.authentic[{i}]"), *v));
            }
            for (i, v) in band.cpe.iter().flatten().enumerate() {
                out.push((format!("{name}.band.cpe[{i}]"), *v));
            }
            out.push((format!("{name}.band.low"), band.range.0));
            out.push((format!("{name}.band.high"), band.range.1));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Link queries
// ---------------------------------------------------------------------------

/// The published links of a calculator (its fixture file) and its default
/// scenario, the valid queries the mutations start from.
fn published(fixtures: &str, default: String, extra: &[&str]) -> Vec<String> {
    let mut links: Vec<String> = fixtures
        .lines()
        .filter_map(|l| l.trim().strip_prefix("link:"))
        .map(|l| l.trim().to_string())
        .collect();
    links.push(default);
    links.extend(extra.iter().map(|s| s.to_string()));
    links
}

fn engagement_links() -> Vec<String> {
    let default = build_query(&engagement::link::encode(&EngagementForm::default()));
    published(
        include_str!("fixtures/engagement_links.txt"),
        default,
        &["cm=nice%0Agreat%0A%F0%9F%91%8D%0Anice"],
    )
}

fn compensation_links() -> Vec<String> {
    let default = build_query(&compensation::link::encode(&CompensationForm::default()));
    published(
        include_str!("fixtures/compensation_links.txt"),
        default,
        &[],
    )
}

fn mix_links() -> Vec<String> {
    let default = build_query(&budget_mix::link::encode(&MixForm::default()));
    let presets: Vec<&str> = budget_mix::link::PRESETS.iter().map(|p| p.1).collect();
    published(
        include_str!("fixtures/budget_mix_links.txt"),
        default,
        &presets,
    )
}

fn timeline_links() -> Vec<String> {
    let default = build_query(&timeline::link::encode(&TimelineForm::new(today())));
    published(
        include_str!("fixtures/timeline_links.txt"),
        default,
        &["dir=target&t=2027-03-01"],
    )
}

/// The day the timeline's properties run on (the page passes the real one).
fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap_or(Date::from_days(0))
}

/// `query` with every pair given again, after all of them, with `values`.
fn every_key_repeated(query: &str, values: &[String]) -> String {
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let again = pairs.iter().enumerate().map(|(i, pair)| {
        let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
        let value = values
            .get(i % values.len().max(1))
            .map_or("", String::as_str);
        format!("{key}={}", percent_encode(value))
    });
    pairs
        .iter()
        .map(|p| p.to_string())
        .chain(again)
        .collect::<Vec<_>>()
        .join("&")
}

/// `query` with the bytes at `at` percent-encoded and raw `%XX` escapes
/// (valid or not, any byte) inserted at `inserts`.
fn percent_mangled(query: &str, at: &[Index], inserts: &[(Index, u8, u8)]) -> String {
    let mut bytes = query.as_bytes().to_vec();
    let mut marked = vec![false; bytes.len()];
    for i in at {
        if !marked.is_empty() {
            let at = i.index(marked.len());
            marked[at] = true;
        }
    }
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for (byte, encode) in bytes.drain(..).zip(marked) {
        if encode {
            out.extend(format!("%{byte:02X}").bytes());
        } else {
            out.push(byte);
        }
    }
    for (i, kind, byte) in inserts {
        let at = i.index(out.len() + 1);
        let escape: Vec<u8> = match kind % 4 {
            0 => format!("%{byte:02X}").into_bytes(),
            1 => format!("%{byte:02x}").into_bytes(),
            2 => b"%".to_vec(),
            _ => vec![b'%', b"0123456789ABCDEFGZ"[usize::from(*byte) % 18]],
        };
        out.splice(at..at, escape);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Random pairs of the calculator's (and the shared) keys with field text.
fn random_pairs(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (select(keys), field_text(), any::<bool>()),
        0..(keys.len() * 2),
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, encode)| {
                let v = if encode { percent_encode(&v) } else { v };
                format!("{k}={v}")
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Any query a link may carry, good or hostile, started from `links`.
fn query(links: Vec<String>, keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    let link = select(links);
    prop_oneof![
        // Random Unicode.
        any::<String>(),
        "\\PC{0,300}",
        // A valid link as published, and cut at a random byte.
        link.clone(),
        (link.clone(), any::<Index>()).prop_map(|(q, i)| {
            let bytes = q.as_bytes();
            String::from_utf8_lossy(&bytes[..i.index(bytes.len() + 1)]).into_owned()
        }),
        // Doubled, with and without a separator.
        link.clone().prop_map(|q| format!("{q}&{q}")),
        link.clone().prop_map(|q| format!("{q}{q}")),
        // Every key repeated with another value.
        (link.clone(), prop::collection::vec(field_text(), 1..8))
            .prop_map(|(q, values)| every_key_repeated(&q, &values)),
        // Random percent-encoding.
        (
            link.clone(),
            prop::collection::vec(any::<Index>(), 0..40),
            prop::collection::vec((any::<Index>(), any::<u8>(), any::<u8>()), 0..10),
        )
            .prop_map(|(q, at, inserts)| percent_mangled(&q, &at, &inserts)),
        // Known keys with hostile values, after a valid link or alone.
        random_pairs(keys),
        (link.clone(), random_pairs(keys)).prop_map(|(q, pairs)| format!("{q}&{pairs}")),
        // Around the 8 KB limit: a long value, or thousands of pairs.
        (
            select(keys),
            MAX_QUERY_BYTES - 40..MAX_QUERY_BYTES + 40,
            any::<char>()
        )
            .prop_map(|(k, n, c)| {
                let mut q = format!("{k}=");
                while q.len() < n {
                    q.push(c);
                }
                q
            }),
        (link, 1usize..4_000).prop_map(|(q, n)| format!("{q}{}", "&".repeat(n))),
        (select(keys), 1usize..3_000).prop_map(|(k, n)| vec![format!("{k}=1"); n].join("&")),
    ]
}

const SHARED_KEYS: &[&str] = &["v", "lang", "cur", "rate", "embed"];
const TIMELINE_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "embed", "dir", "s", "t", "rounds", "tz", "seed", "off", "work",
    "ign", "sel", "brief", "draft", "final", "review", "pub", "rc", "rb", "w1", "w2", "w3", "zzz",
];
const ENGAGEMENT_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "f", "notes", "b", "sus", "qual", "fake", "tiers", "ls", "cm",
    "zzz",
];
const COMPENSATION_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "q", "qcur", "fmt", "eng", "reads", "clicks", "sales", "price",
    "margin", "ret", "basis", "pe", "pc", "com", "pcost", "ship", "post", "hb", "bonus", "thr",
    "hcom", "pf", "mcn", "af", "fx", "ur", "um", "zzz",
];
const MIX_KEYS: &[&str] = &[
    "v", "lang", "cur", "rate", "b", "vs", "vm", "fee", "post", "fs", "cpm", "ss", "cpc", "own",
    "minseed", "minrev", "headcap", "maxshare", "obj", "seed", "spread", "head", "mid", "tail",
    "koc", "seeding", "zzz",
];

/// What a page opens from a query: settings, form and notices.
fn open<F>(query: &str, decode: fn(&mut LinkReader) -> F) -> (SharedSettings, F, Vec<LinkNotice>) {
    let mut reader = LinkReader::new(query);
    let settings = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    (settings, form, reader.finish())
}

/// The query a page writes for a scenario: shared keys, then its own.
fn write<F>(
    settings: &SharedSettings,
    form: &F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
) -> String {
    let mut pairs = settings.pairs(settings.lang.unwrap_or(Lang::En));
    pairs.extend(encode(form));
    build_query(&pairs)
}

/// A calculator's link codec, its "the whole scenario fits" test, and what
/// a link may drop without changing the scenario.
struct Codec<F> {
    decode: fn(&mut LinkReader) -> F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
    fits: fn(&F) -> bool,
    normalise: fn(F) -> F,
}

fn engagement_codec() -> Codec<EngagementForm> {
    Codec {
        decode: engagement::link::decode,
        encode: engagement::link::encode,
        fits: |form| fit(form) == LinkFit::Whole,
        // Blank pasted comments are left out of the link.
        normalise: |mut form| {
            if form.comments.trim().is_empty() {
                form.comments.clear();
            }
            form
        },
    }
}

fn compensation_codec() -> Codec<CompensationForm> {
    Codec {
        decode: compensation::link::decode,
        encode: compensation::link::encode,
        fits: compensation::link::fits,
        normalise: |form| form,
    }
}

fn timeline_codec() -> Codec<TimelineForm> {
    Codec {
        decode: |reader| timeline::link::decode(reader, today()),
        encode: timeline::link::encode,
        fits: timeline::link::fits,
        normalise: |form| form,
    }
}

fn mix_codec() -> Codec<MixForm> {
    Codec {
        decode: budget_mix::link::decode,
        encode: budget_mix::link::encode,
        fits: budget_mix::link::fits,
        normalise: |form| form,
    }
}

/// Opens `query`, writes it back and opens that: the form must come back
/// unchanged when the whole scenario fits in a link, and once a scenario was
/// opened from a link within the size limit, writing and reopening it must
/// change nothing (one too long for a link reopens to the defaults).
/// Returns the first opening.
fn check_round_trip<F: Clone + PartialEq + std::fmt::Debug>(
    query: &str,
    codec: &Codec<F>,
) -> Result<(SharedSettings, F, Vec<LinkNotice>), TestCaseError> {
    let (settings, form, notices) = open(query, codec.decode);
    prop_assert!(
        notices.len() <= query.len() + 1,
        "{} notices for {} bytes",
        notices.len(),
        query.len()
    );
    let mut written = write(&settings, &form, codec.encode);
    let (mut settings2, mut form2, notices2) = open(&written, codec.decode);
    if (codec.fits)(&form) {
        prop_assert_eq!(
            (codec.normalise)(form2.clone()),
            (codec.normalise)(form.clone()),
            "reopened {:?}",
            written
        );
        prop_assert!(
            notices2.is_empty(),
            "{:?} reopening {:?}",
            notices2,
            written
        );
    }
    let mut opened_from = written.len();
    for _ in 0..3 {
        written = write(&settings2, &form2, codec.encode);
        let (settings3, form3, _) = open(&written, codec.decode);
        if opened_from <= MAX_QUERY_BYTES {
            prop_assert_eq!(&settings3, &settings2, "settings drift: {:?}", written);
            prop_assert_eq!(&form3, &form2, "form drift: {:?}", written);
            return Ok((settings, form, notices));
        }
        opened_from = written.len();
        (settings2, form2) = (settings3, form3);
    }
    Err(TestCaseError::fail(format!(
        "no link within the limit after three rounds: {written:?}"
    )))
}

// ---------------------------------------------------------------------------
// Engagement benchmark
// ---------------------------------------------------------------------------

fn wild_note() -> impl Strategy<Value = Note> + Clone {
    (
        wild_u64(),
        wild_u64(),
        wild_u64(),
        wild_u64(),
        prop::option::of(wild_u64()),
    )
        .prop_map(|(likes, saves, comments, shares, views)| Note {
            likes,
            saves,
            comments,
            shares,
            views,
        })
}

/// Engagement inputs anywhere in their types; `nan` lets the fake share be NaN.
fn wild_engagement_inputs(nan: bool) -> impl Strategy<Value = EngagementInputs> {
    let fake = wild_f64().prop_filter("no NaN", move |v| nan || !v.is_nan());
    (
        wild_u64(),
        table(wild_note()),
        (wild_f64(), wild_f64(), wild_f64()),
        prop::option::of(fake),
        (wild_u64(), wild_u64(), wild_u64()),
        prop::option::of(wild_u64()),
    )
        .prop_map(
            |(followers, notes, (benchmark, sus, qual), fake_share, (a, b, c), profile)| {
                EngagementInputs {
                    followers,
                    notes,
                    benchmark,
                    suspicious_line: sus,
                    qualified_line: qual,
                    fake_share,
                    tiers: TierBounds {
                        tail_from: a,
                        mid_from: b,
                        head_from: c,
                    },
                    profile_likes_saves: profile,
                    comments: String::new(),
                }
            },
        )
}

fn note_text() -> impl Strategy<Value = NoteText> + Clone {
    prop::array::uniform5(field_text())
        .prop_map(|cells| NoteText::from_cells(cells.each_ref().map(String::as_str)))
}

fn engagement_form() -> impl Strategy<Value = EngagementForm> {
    (
        prop::array::uniform10(field_text_down_to(TINY_ZEROS)),
        table(note_text()),
        prop_oneof![field_text(), "(\\PC{0,20}\n){0,50}"],
    )
        .prop_map(|(t, notes, comments)| {
            let [followers, benchmark, suspicious, qualified, fake, tail_from, mid_from, head_from, profile_likes_saves, _] =
                t;
            EngagementForm {
                followers,
                notes,
                benchmark,
                suspicious,
                qualified,
                fake,
                tail_from,
                mid_from,
                head_from,
                profile_likes_saves,
                comments,
            }
        })
}

fn check_engagement(inputs: &EngagementInputs) -> Result<(), TestCaseError> {
    let report = timed("engagement compute", || eng_compute(inputs))?;
    prop_assert_eq!(report.notes.len(), inputs.notes.len());
    all_finite(&engagement_numbers(&report))
}

proptest! {
    #![proptest_config(config())]

    /// compute over its whole input types (counts up to u64::MAX, 0 to
    /// 10,000 notes, any benchmark and tier bounds, ±inf fake share).
    #[test]
    fn engagement_compute_any_inputs(inputs in wild_engagement_inputs(false)) {
        check_engagement(&inputs)?;
    }

    /// Anything typed in every field, 0 to 10,000 note rows, read by the
    /// form and computed; pasted comments checked and pasted as a table.
    #[test]
    fn engagement_form_any_text(form in engagement_form()) {
        let parsed = timed("engagement parse", || form.parse())?;
        prop_assert!(parsed.inputs.notes.len() <= 200);
        check_engagement(&parsed.inputs)?;
        if let Some(c) = timed("comment check", || check_comments(&form.comments))? {
            all_finite(&[
                ("duplicate_share".into(), c.duplicate_share),
                ("template_share".into(), c.template_share),
                ("short_share".into(), c.short_share),
            ])?;
        }
        timed("paste", || parse_pasted_rows(&form.comments))?;
    }

    /// Any query through the engagement link: no panic, the form computes
    /// finite figures, and the link reopens to the same scenario.
    #[test]
    fn engagement_link_any_query(q in query(engagement_links(), ENGAGEMENT_KEYS)) {
        let (_, form, _) = timed("engagement decode", || {
            check_round_trip(&q, &engagement_codec())
        })??;
        check_engagement(&form.parse().inputs)?;
    }
}

/// A NaN fake-follower share (possible only for a direct caller: neither the
/// form nor a link can produce one) comes out as NaN in `fake_share`,
/// `authentic_followers` and `authentic_ratio_mean`: `f64::clamp` keeps NaN
/// (src/calculators/engagement/model.rs, `compute`, the `fake_share` match).
/// Reproduce: `compute(&EngagementInputs { fake_share: Some(f64::NAN),
/// ..Default::default() })`.
#[test]
fn engagement_compute_nan_fake_share() {
    proptest!(config(), |(inputs in wild_engagement_inputs(true))| {
        check_engagement(&inputs)?;
    });
}

// ---------------------------------------------------------------------------
// Compensation model
// ---------------------------------------------------------------------------

fn wild_range() -> impl Strategy<Value = Range> {
    (wild_f64(), wild_f64(), wild_f64()).prop_map(|(low, likely, high)| Range { low, likely, high })
}

/// Compensation inputs with any float in every field.
fn wild_compensation_inputs() -> impl Strategy<Value = CompensationInputs> {
    (
        prop::collection::vec(wild_f64(), 25),
        prop::array::uniform4(wild_range()),
        select(Basis::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(
            |(v, [engagements, reads, clicks, sales], basis, quote_is_net)| {
                let mut inputs = CompensationInputs {
                    engagements,
                    reads,
                    clicks,
                    sales,
                    basis,
                    quote_is_net,
                    ..CompensationInputs::default()
                };
                let slots = [
                    &mut inputs.quote,
                    &mut inputs.format,
                    &mut inputs.price,
                    &mut inputs.margin,
                    &mut inputs.return_rate,
                    &mut inputs.per_engagement,
                    &mut inputs.per_click,
                    &mut inputs.commission,
                    &mut inputs.product_cost,
                    &mut inputs.shipping,
                    &mut inputs.post_rate,
                    &mut inputs.hybrid_base,
                    &mut inputs.hybrid_bonus,
                    &mut inputs.hybrid_threshold,
                    &mut inputs.hybrid_commission,
                    &mut inputs.platform_fee,
                    &mut inputs.mcn_commission,
                    &mut inputs.agency_fee,
                    &mut inputs.fx_spread,
                    &mut inputs.usage_share,
                    &mut inputs.usage_months,
                    &mut inputs.gifted_performance,
                    &mut inputs.gifted_usage_share,
                    &mut inputs.seeding_quote_line,
                    &mut inputs.bank_fx,
                ];
                for (slot, value) in slots.into_iter().zip(v) {
                    *slot = value;
                }
                inputs
            },
        )
}

/// A value in `min..=max` (whole numbers with `whole`), weighted towards
/// the ends. With `tiny`, a range starting at zero may also give the tiny
/// positive values the parser accepts (down to about 1e-308).
fn range_value(min: f64, max: f64, whole: bool, tiny: bool) -> BoxedStrategy<f64> {
    let any = (min..=max).prop_map(move |v: f64| if whole { v.floor() } else { v });
    let usual = prop_oneof![
        2 => select(vec![min, max]),
        1 => select(vec![0.01_f64.max(min), 1.0_f64.clamp(min, max)]),
        3 => any,
    ];
    if tiny && min == 0.0 && !whole {
        prop_oneof![
            6 => usual,
            1 => select(vec![1e-308, 1e-300, 1e-200, 1e-100, 1e-30, 1e-12]),
        ]
        .boxed()
    } else {
        usual.boxed()
    }
}

/// A value the form accepts for a compensation field of `kind`.
fn kind_value(kind: Kind, tiny: bool) -> BoxedStrategy<f64> {
    let (min, max, whole) = match kind {
        Kind::PositiveMoney => (0.01, 1e9, false),
        Kind::Money => (0.0, 1e9, false),
        Kind::Multiplier => (0.1, 10.0, false),
        Kind::Count => (0.0, 1e10, true),
        Kind::Percent => (0.0, 1.0, false),
        Kind::PostRate => (0.001, 1.0, false),
        Kind::Share => (0.0, 0.99, false),
        Kind::Months => (0.0, 120.0, true),
    };
    range_value(min, max, whole, tiny)
}

/// Any exchange rate a link or the settings may give.
fn rate() -> BoxedStrategy<f64> {
    prop_oneof![
        Just(1.0),
        select(vec![RATE_RANGE.0, RATE_RANGE.1]),
        RATE_RANGE.0..RATE_RANGE.1
    ]
    .boxed()
}

/// Compensation inputs as the form can produce them (every field within its
/// kind's range, estimates rising, the quote times a rate up to 10^6).
fn valid_compensation_inputs(tiny: bool) -> impl Strategy<Value = CompensationInputs> {
    let values: Vec<BoxedStrategy<f64>> = CompField::ALL
        .iter()
        .map(|f| kind_value(f.kind(), tiny))
        .collect();
    (values, select(Basis::ALL.to_vec()), rate()).prop_map(|(values, basis, rate)| {
        let mut inputs = CompensationInputs {
            basis,
            ..CompensationInputs::default()
        };
        for (field, value) in CompField::ALL.iter().zip(values) {
            *field.slot(&mut inputs) = value;
        }
        for range in [
            &mut inputs.engagements,
            &mut inputs.reads,
            &mut inputs.clicks,
            &mut inputs.sales,
        ] {
            let mut v = [range.low, range.likely, range.high];
            v.sort_by(f64::total_cmp);
            *range = Range {
                low: v[0],
                likely: v[1],
                high: v[2],
            };
        }
        inputs.quote *= rate;
        inputs
    })
}

fn compensation_form(zeros: usize) -> impl Strategy<Value = (CompensationForm, f64)> {
    (
        prop::collection::vec(field_text_down_to(zeros), CompField::ALL.len()),
        select(Basis::ALL.to_vec()),
        any::<bool>(),
        rate(),
    )
        .prop_map(|(texts, basis, quote_in_display, rate)| {
            let mut form = CompensationForm {
                basis,
                quote_in_display,
                ..CompensationForm::default()
            };
            for (field, text) in CompField::ALL.iter().zip(texts) {
                if let Some(slot) = form.text_mut(*field) {
                    *slot = text;
                }
            }
            (form, rate)
        })
}

fn check_compensation(inputs: &CompensationInputs) -> Result<(), TestCaseError> {
    let report = timed("compensation compute", || comp_compute(inputs))?;
    all_finite(&compensation_numbers(&report))
}

proptest! {
    #![proptest_config(config())]

    /// compute assumes what the form produces; given anything at all
    /// (NaN, ±inf, negatives, 10^300) it must still not panic nor hang,
    /// and must still return every model through every channel.
    #[test]
    fn compensation_compute_any_floats_never_panics(inputs in wild_compensation_inputs()) {
        let report = timed("compensation compute", || comp_compute(&inputs))?;
        prop_assert_eq!(report.combos.len(), 12);
        prop_assert!(report.combos.iter().any(|c| (c.model, c.channel) == report.cheapest)
            || report.combos.iter().any(|c| c.total.is_nan()));
    }

    /// compute over everything the form can produce, ends of every range
    /// included: every figure finite.
    #[test]
    fn compensation_compute_valid_inputs(inputs in valid_compensation_inputs(false)) {
        check_compensation(&inputs)?;
    }

    /// Anything typed in every field, at any exchange rate, read by the
    /// form and computed: every figure finite.
    #[test]
    fn compensation_form_any_text((form, rate) in compensation_form(ZEROS)) {
        let parsed = timed("compensation parse", || form.parse_at_rate(rate))?;
        check_compensation(&parsed.inputs)?;
    }

    /// Any query through the compensation link: no panic, finite figures,
    /// and the link reopens to the same scenario.
    #[test]
    fn compensation_link_any_query(q in query(compensation_links(), COMPENSATION_KEYS)) {
        let (settings, form, _) = timed("compensation decode", || {
            check_round_trip(&q, &compensation_codec())
        })??;
        check_compensation(&form.parse_at_rate(settings.cny_per_unit).inputs)?;
    }
}

/// BUG: a tiny positive pay rate, which the form accepts (Money and Percent
/// fields take any value ≥ 0, and the parser reads `0.000…01` down to about
/// 1e-308), makes the break-even volumes infinite. `perf_vs_flat` is
/// F(1+f)/ρ (src/calculators/compensation/model.rs, `compute`,
/// `perf_vs_flat`) and `pays_for_itself` divides by the slope in
/// `Line::first_at_or_below_zero`; nothing bounds ρ away from zero.
/// Reproduce: the default form (or link) with `basis=engagement` and `pe` =
/// "0." followed by 307 zeros and "1" → `perf_vs_flat` = inf on every
/// channel; see `compensation_tiny_rate_repro`.
#[test]
fn compensation_compute_valid_inputs_with_tiny_rates() {
    proptest!(config(), |(inputs in valid_compensation_inputs(true))| {
        check_compensation(&inputs)?;
    });
}

// ---------------------------------------------------------------------------
// Budget mix
// ---------------------------------------------------------------------------

fn wild_tier() -> impl Strategy<Value = TierInputs> {
    (
        wild_f64(),
        wild_f64(),
        prop::array::uniform3(wild_f64()),
        wild_f64(),
        wild_u64(),
        wild_f64(),
    )
        .prop_map(|(price, followers, rate, fake, count, reach)| TierInputs {
            price,
            followers,
            rate,
            fake,
            count,
            reach,
        })
}

/// Budget-mix inputs with any float and count in every field; without
/// `nan_rates`, no tier has NaN as both its low and high engagement rate.
fn wild_mix_inputs(nan_rates: bool) -> impl Strategy<Value = MixInputs> {
    (
        prop::array::uniform5(wild_tier()).prop_map(move |mut tiers| {
            for t in tiers.iter_mut() {
                if !nan_rates && t.rate[0].is_nan() && t.rate[2].is_nan() {
                    t.rate[2] = 0.0;
                }
            }
            tiers
        }),
        prop::collection::vec(wild_f64(), 11),
        (wild_u64(), wild_u64(), wild_u64(), wild_u64(), wild_u64()),
        select(Objective::ALL.to_vec()),
    )
        .prop_map(
            |(tiers, f, (owned_notes, min_seeding, min_reviews, head_cap, seed), objective)| {
                MixInputs {
                    budget: f[0],
                    tiers,
                    video_share: f[1],
                    video_multiplier: f[2],
                    platform_fee: f[3],
                    post_rate: f[4],
                    feed_share: f[5],
                    feed_cpm: f[6],
                    search_share: f[7],
                    search_cpc: f[8],
                    owned_notes,
                    rules: Rules {
                        min_seeding,
                        min_reviews,
                        head_cap,
                        max_tier_share: f[9],
                    },
                    objective,
                    seed,
                    fake_spread: f[10],
                }
            },
        )
}

/// Budget-mix inputs as the form can produce them: every field within its
/// range (ends included), rates rising, the budget times any exchange rate
/// (so up to 10^15 yuan), counts up to what a 100% share buys.
fn valid_mix_inputs(tiny: bool) -> impl Strategy<Value = MixInputs> {
    let percent = |max: f64| range_value(0.0, max, false, tiny);
    let count = |max: f64| range_value(0.0, max, true, false);
    let tier = (
        range_value(1.0, 1e7, false, false),
        range_value(1.0, 1e9, false, false),
        prop::array::uniform3(percent(1.0)),
        percent(0.95),
        prop_oneof![9 => count(1e5), 1 => count(1e15)],
        range_value(0.0, 100.0, false, tiny),
    )
        .prop_map(|(price, followers, mut rate, fake, count, reach)| {
            rate.sort_by(f64::total_cmp);
            TierInputs {
                price,
                followers,
                rate,
                fake,
                count: count as u64,
                reach,
            }
        });
    (
        (range_value(0.01, 1e9, false, false), rate()),
        prop::array::uniform5(tier),
        (
            percent(1.0),
            range_value(1.0, 5.0, false, false),
            percent(0.5),
            percent(1.0),
        ),
        (
            percent(0.95),
            range_value(0.01, 1e4, false, false),
            percent(0.95),
            range_value(0.01, 1e4, false, false),
        ),
        (count(1e4), count(1e6), count(1e6), count(20.0)),
        (
            range_value(0.01, 1.0, false, false),
            select(Objective::ALL.to_vec()),
            count(1e10),
            percent(0.5),
        ),
    )
        .prop_map(
            |(
                (budget, rate),
                tiers,
                (video_share, video_multiplier, platform_fee, post_rate),
                (feed_share, feed_cpm, search_share, search_cpc),
                (owned, min_seeding, min_reviews, head_cap),
                (max_tier_share, objective, seed, fake_spread),
            )| MixInputs {
                budget: budget * rate,
                tiers,
                video_share,
                video_multiplier,
                platform_fee,
                post_rate,
                feed_share,
                feed_cpm,
                search_share,
                search_cpc,
                owned_notes: owned as u64,
                rules: Rules {
                    min_seeding: min_seeding as u64,
                    min_reviews: min_reviews as u64,
                    head_cap: head_cap as u64,
                    max_tier_share,
                },
                objective,
                seed: seed as u64,
                fake_spread,
            },
        )
}

fn mix_form(zeros: usize) -> impl Strategy<Value = (MixForm, f64)> {
    (
        prop::collection::vec(field_text_down_to(zeros), 16),
        prop::collection::vec(field_text_down_to(zeros), 40),
        select(Objective::ALL.to_vec()),
        rate(),
    )
        .prop_map(|(globals, cells, objective, rate)| {
            let mut form = MixForm {
                objective,
                ..MixForm::default()
            };
            for (slot, text) in form.globals.iter_mut().zip(globals) {
                *slot = text;
            }
            for (slot, text) in form.cells.iter_mut().flatten().zip(cells) {
                *slot = text;
            }
            (form, rate)
        })
}

fn check_mix(inputs: &MixInputs, monte_carlo: bool) -> Result<(), TestCaseError> {
    let numbers = timed("budget mix compute", || {
        let report = mix_compute(inputs);
        mix_numbers(inputs, &report, monte_carlo)
    })?;
    all_finite(&numbers)
}

/// Whether this case runs the Monte Carlo: one in [`MONTE_CARLO_EVERY`],
/// picked by the generated seed so shrinking keeps the choice.
fn sampled(seed: u64) -> bool {
    seed.is_multiple_of(MONTE_CARLO_EVERY)
}

proptest! {
    #![proptest_config(config())]

    /// compute and the Monte Carlo assume what the form produces; given
    /// anything at all (NaN, ±inf, 10^300 budgets, u64::MAX counts and
    /// minimums) they must still not panic nor hang.
    #[test]
    fn mix_compute_any_inputs_never_panics(inputs in wild_mix_inputs(false), pick in any::<u64>()) {
        timed("budget mix compute", || {
            let report = mix_compute(&inputs);
            mix_numbers(&inputs, &report, sampled(pick))
        })?;
    }

    /// compute and the Monte Carlo over everything the form can produce,
    /// ends of every range included: every figure finite.
    #[test]
    fn mix_compute_valid_inputs(inputs in valid_mix_inputs(false), pick in any::<u64>()) {
        check_mix(&inputs, sampled(pick))?;
    }

    /// Anything typed in every field and cell (counts as shares too), at
    /// any exchange rate, read by the form, optimised and simulated: every
    /// figure finite.
    #[test]
    fn mix_form_any_text((form, rate) in mix_form(ZEROS), pick in any::<u64>()) {
        let parsed = timed("budget mix parse", || form.parse(rate))?;
        check_mix(&parsed.inputs, sampled(pick))?;
    }

    /// Any query through the budget-mix link: no panic, finite figures, and
    /// the link reopens to the same scenario.
    #[test]
    fn mix_link_any_query(q in query(mix_links(), MIX_KEYS), pick in any::<u64>()) {
        let (settings, form, _) = timed("budget mix decode", || {
            check_round_trip(&q, &mix_codec())
        })??;
        check_mix(&form.parse(settings.cny_per_unit).inputs, sampled(pick))?;
    }
}

// ---------------------------------------------------------------------------
// The shared link reader and settings
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// The reader over any query: refuses over 8 KB whole, otherwise gives
    /// each key's first value once, reports repeats and unknown keys, and
    /// the shared settings are always usable and reopen to themselves.
    #[test]
    fn link_reader_and_settings_any_query(
        q in query(engagement_links(), SHARED_KEYS),
        keys in prop::collection::vec(select(ENGAGEMENT_KEYS), 0..6),
    ) {
        let q: &str = &q;
        let _ = timed("split_hash", || split_hash(q))?;
        let mut reader = LinkReader::new(q);
        let mut taken = Vec::new();
        for key in &keys {
            let value = reader.take(key);
            if taken.contains(key) {
                prop_assert_eq!(value, None, "{} taken twice", key);
            }
            taken.push(*key);
        }
        let settings = SharedSettings::read(&mut reader);
        let notices = reader.finish();
        let body = q.strip_prefix('?').unwrap_or(q);
        if body.len() > MAX_QUERY_BYTES {
            prop_assert_eq!(notices, vec![LinkNotice::TooLong { bytes: body.len() }]);
            prop_assert_eq!(&settings, &SharedSettings::read(&mut LinkReader::new("")));
        }
        let rate = settings.cny_per_unit;
        prop_assert!(rate.is_finite() && rate > 0.0, "rate {}", rate);
        prop_assert!(
            (RATE_RANGE.0..=RATE_RANGE.1).contains(&rate)
                || rate == settings.currency.default_cny_per_unit()
        );
        let written = build_query(&settings.pairs(settings.lang.unwrap_or(Lang::Zh)));
        let mut again = LinkReader::new(&written);
        let reread = SharedSettings::read(&mut again);
        prop_assert!(again.finish().is_empty(), "{}", written);
        prop_assert_eq!(reread.currency, settings.currency);
        // The rate is written exactly.
        prop_assert_eq!(reread.cny_per_unit, rate);
        let rewritten = build_query(&reread.pairs(reread.lang.unwrap_or(Lang::Zh)));
        prop_assert_eq!(SharedSettings::read(&mut LinkReader::new(&rewritten)), reread);
    }

    /// Every key of a calculator given twice: the first value is used and
    /// the repeat is reported, for every calculator.
    #[test]
    fn every_key_repeated_keeps_the_first(
        base in select(engagement_links().into_iter().chain(compensation_links()).chain(mix_links()).collect::<Vec<_>>()),
        values in prop::collection::vec(field_text(), 1..8),
    ) {
        let q = every_key_repeated(&base, &values);
        // Over 8 KB the link is refused whole (checked elsewhere).
        if q.len() > MAX_QUERY_BYTES {
            return Ok(());
        }
        let (s1, f1, _) = open(&base, engagement::link::decode);
        let (s2, f2, n2) = open(&q, engagement::link::decode);
        prop_assert_eq!(s1, s2);
        prop_assert_eq!(f1, f2);
        let (_, c1, _) = open(&base, compensation::link::decode);
        let (_, c2, _) = open(&q, compensation::link::decode);
        prop_assert_eq!(c1, c2);
        let (_, m1, _) = open(&base, budget_mix::link::decode);
        let (_, m2, _) = open(&q, budget_mix::link::decode);
        prop_assert_eq!(m1, m2);
        let (_, _, once) = open(&base, engagement::link::decode);
        for key in ENGAGEMENT_KEYS.iter().filter(|k| **k != "zzz") {
            let present = base.split('&').any(|p| p.split('=').next() == Some(*key));
            let repeated_before = once.contains(&LinkNotice::Repeated { key: key.to_string() });
            if present && base.len() <= MAX_QUERY_BYTES && q.len() <= MAX_QUERY_BYTES && !repeated_before {
                prop_assert!(
                    n2.contains(&LinkNotice::Repeated { key: key.to_string() }),
                    "{} not reported in {:?}", key, n2
                );
            }
        }
    }

    /// The timeline's link decoder over any query: no panic, round trips.
    #[test]
    fn timeline_link_any_query(q in query(timeline_links(), TIMELINE_KEYS)) {
        timed("timeline link", || check_round_trip(&q, &timeline_codec()))??;
    }

    /// Any text in every timeline field, read by the form and scheduled in
    /// both directions: no panic, finite figures, dates within the years
    /// a date field accepts (or a conflict), bounded time.
    #[test]
    fn timeline_form_any_text(
        globals in prop::array::uniform7(timeline_text()),
        steps in prop::array::uniform6(prop::array::uniform3(timeline_text())),
        working in prop::array::uniform6(any::<bool>()),
        rounds in prop::array::uniform2(prop::array::uniform3(timeline_text())),
        waves in prop::array::uniform3(prop::array::uniform3(timeline_text())),
        ignored in prop::collection::vec(timeline_text(), 0..4),
        backward in any::<bool>(),
    ) {
        let form = TimelineForm {
            direction: if backward { Direction::Backward } else { Direction::Forward },
            globals, steps, working, rounds, waves, ignored,
        };
        let parsed = timed("timeline parse", || form.parse(today()))?;
        if let Ok(report) = timed("timeline compute", || timeline_compute(&parsed.inputs))? {
            check_timeline(&report)?;
        }
    }
}

/// Text for a timeline field: numbers, dates (valid, invalid, far) and
/// anything at all.
fn timeline_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => field_text(),
        2 => (1900i32..2300, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
        1 => (0u32..400).prop_map(|d| format!("2026-01-01 ~ 2026-{:02}-{:02}", d / 31 % 12 + 1, d % 28 + 1)),
        1 => "[0-9]{1,6}",
    ]
    .boxed()
}

fn check_timeline(report: &TimelineReport) -> Result<(), TestCaseError> {
    prop_assert!(report.hand_over_hours.is_finite());
    let dates =
        report
            .last_live
            .iter()
            .chain(&report.percentiles)
            .chain(report.waves.iter().flat_map(|w| {
                w.first_live
                    .iter()
                    .chain(&w.last_live)
                    .chain(&w.percentiles)
            }));
    for date in dates {
        prop_assert!((1960..=2300).contains(&date.year()), "{:?}", date);
    }
    prop_assert!(report.likely_days >= 1);
    for bar in &report.bars {
        prop_assert!(bar.start <= bar.end);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Percent-decoding never panics and undoes percent-encoding of any text.
    #[test]
    fn percent_coding_any_text(text in any::<String>(), raw in "[%0-9A-Fa-fzZ+&=]{0,40}") {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), text);
        let _ = percent_decode(&raw);
    }
}

/// The exchange rate is written with six decimals, so a link whose rate has
/// more (`rate=7.1234567`) reopens, once rewritten by the page, at a
/// slightly different rate (7.123457): decode → encode → decode is not the
/// identity on its first round (src/link.rs, `SharedSettings::pairs`,
/// `plain_number(self.cny_per_unit, 6)`). The second round is stable (see
/// `link_reader_and_settings_any_query`).
#[test]
fn shared_settings_round_trip_exactly() {
    proptest!(config(), |(q in query(engagement_links(), SHARED_KEYS))| {
        let settings = SharedSettings::read(&mut LinkReader::new(&q));
        let written = build_query(&settings.pairs(settings.lang.unwrap_or(Lang::Zh)));
        let reread = SharedSettings::read(&mut LinkReader::new(&written));
        prop_assert_eq!(reread.cny_per_unit, settings.cny_per_unit, "{}", q);
    });
}

/// BUG: the same tiny positive values in the budget mix. A seeding post rate
/// of 1e-308 (`post` = "0." followed by 305 zeros and "1" percent, which
/// `Kind::Percent(0.0, 100.0)` accepts) makes a seeding KOC's expected
/// impressions about 1e-305, so `Totals::cpm` (cost / impressions × 1000,
/// src/calculators/budget_mix/model.rs) is infinite; a tiny engagement rate
/// does the same to `Totals::cpe`. See `mix_tiny_post_rate_repro`.
#[test]
fn mix_compute_valid_inputs_with_tiny_rates() {
    proptest!(config(), |(inputs in valid_mix_inputs(true), pick in any::<u64>())| {
        check_mix(&inputs, sampled(pick))?;
    });
}

/// The text `0.000…01` with `zeros` zeros after the point.
fn tiny(zeros: usize) -> String {
    format!("0.{}1", "0".repeat(zeros))
}

/// Minimal reproduction of `compensation_compute_valid_inputs_with_tiny_rates`
/// through the form, as a user (or a link: `pe=0.000…01`) gives it.
#[test]
fn compensation_tiny_rate_repro() {
    let mut form = CompensationForm {
        basis: Basis::Engagement,
        ..CompensationForm::default()
    };
    if let Some(slot) = form.text_mut(CompField::PerEngagement) {
        *slot = tiny(307);
    }
    let parsed = form.parse();
    assert_eq!(parsed.errors, vec![], "the form accepts every field");
    let report = comp_compute(&parsed.inputs);
    assert!(
        report.perf_vs_flat.iter().flatten().all(|v| v.is_finite()),
        "perf_vs_flat = {:?}",
        report.perf_vs_flat
    );
}

/// Minimal reproduction of `mix_compute_valid_inputs_with_tiny_rates`
/// through the form: the default mix with a seeding post rate of 1e-308 %.
#[test]
fn mix_tiny_post_rate_repro() {
    use kolcalc::calculators::budget_mix::form::{Field as MixField, Global};
    let mut form = MixForm::default();
    if let Some(slot) = form.text_mut(MixField::Global(Global::PostRate)) {
        *slot = tiny(307);
    }
    let parsed = form.parse(1.0);
    assert_eq!(parsed.errors, vec![], "the form accepts every field");
    let report = mix_compute(&parsed.inputs);
    let seeding = Tier::Seeding.of(&report.manual.tiers);
    assert!(
        seeding.cpm().is_none_or(f64::is_finite),
        "seeding CPM = {:?}",
        seeding.cpm()
    );
}

/// Minimal reproduction of `engagement_compute_nan_fake_share`.
#[test]
fn engagement_nan_fake_share_repro() {
    let report = eng_compute(&EngagementInputs {
        fake_share: Some(f64::NAN),
        ..EngagementInputs::default()
    });
    assert!(report.fake_share.is_finite(), "{}", report.fake_share);
}

/// Minimal reproduction of `shared_settings_round_trip_exactly`.
#[test]
fn shared_settings_rate_repro() {
    let settings = SharedSettings::read(&mut LinkReader::new("cur=USD&rate=7.1234567"));
    let written = build_query(&settings.pairs(Lang::En));
    let reread = SharedSettings::read(&mut LinkReader::new(&written));
    assert_eq!(reread.cny_per_unit, settings.cny_per_unit, "{written}");
}

/// The tiny-rate bugs reached from what a user types: anything in every
/// compensation field, decimals down to 1e-308.
#[test]
fn compensation_form_any_text_with_tiny_numbers() {
    proptest!(config(), |((form, rate) in compensation_form(TINY_ZEROS))| {
        check_compensation(&form.parse_at_rate(rate).inputs)?;
    });
}

/// The tiny-rate bugs reached from what a user types: anything in every
/// budget-mix field and cell, decimals down to 1e-308.
#[test]
fn mix_form_any_text_with_tiny_numbers() {
    proptest!(config(), |((form, rate) in mix_form(TINY_ZEROS), pick in any::<u64>())| {
        check_mix(&form.parse(rate).inputs, sampled(pick))?;
    });
}

/// BUG (direct callers only: the form and links never give a NaN rate): the
/// Monte Carlo panics when a tier's low and high engagement rates are both
/// NaN. `triangular` (src/calculators/budget_mix/montecarlo.rs) takes
/// `low.min(high)` and `low.max(high)`, both NaN, and `mode.clamp(NaN, NaN)`
/// panics ("min > max, or either was NaN"). See `mix_nan_rates_repro`.
#[test]
fn mix_compute_any_inputs_with_nan_rates_never_panics() {
    proptest!(config(), |(inputs in wild_mix_inputs(true))| {
        timed("budget mix compute", || {
            let report = mix_compute(&inputs);
            mix_numbers(&inputs, &report, true)
        })?;
    });
}

/// Minimal reproduction of `mix_compute_any_inputs_with_nan_rates_never_panics`.
#[test]
fn mix_nan_rates_repro() {
    let mut inputs = MixInputs::default();
    inputs.tiers[1].rate = [f64::NAN; 3];
    let counts = inputs.tiers.map(|t| t.count);
    simulate(&inputs, &counts, 1000.0);
}
