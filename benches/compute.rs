//! `cargo bench`: each calculator's compute function on its default and its
//! largest supported inputs, timed natively with the standard clock (no
//! harness crate: the figures only need to be comparable run to run).
//! Prints the median and the 95th percentile of repeated runs.

use kolcalc::calculators::budget_mix::compute as mix;
use kolcalc::calculators::budget_mix::model::MixInputs;
use kolcalc::calculators::budget_mix::montecarlo::simulate;
use kolcalc::calculators::compensation::model::{compute as compensation, CompensationInputs};
use kolcalc::calculators::engagement::model::{compute as engagement, EngagementInputs};
use kolcalc::calculators::shortlist::compute as shortlist;
use kolcalc::calculators::shortlist::form::ShortlistForm;
use kolcalc::calculators::shortlist::paste::{creator_rows, read_sheet};
use kolcalc::calculators::timeline::model::{Direction, TimelineInputs};
use kolcalc::calculators::timeline::plan::compute as timeline;
use kolcalc::dates::Date;
use kolcalc::random::SplitMix64;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Runs `f` for about `budget`, at least 20 times; returns (median, p95).
fn time(budget: Duration, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut samples = Vec::new();
    let started = Instant::now();
    while samples.len() < 20 || (started.elapsed() < budget && samples.len() < 100_000) {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    let at = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.95))
}

fn report(name: &str, (median, p95): (Duration, Duration)) {
    println!(
        "{name:<48} median {:>9.4} ms   p95 {:>9.4} ms",
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
}

/// A 500-creator proposal sheet as a spreadsheet copies it: Chinese
/// headings, tab-separated, numbers as agencies write them.
fn sheet(rows: usize) -> String {
    let mut rng = SplitMix64::new(2026);
    let mut text =
        String::from("达人昵称\t粉丝数\t图文报价\t平均点赞\t平均收藏\t平均评论\t平均分享\n");
    for i in 0..rows {
        let followers = 2_000.0 * (1.0 + rng.next_f64() * 400.0);
        let quote = followers * (0.05 + rng.next_f64() * 0.1);
        let ratio = 0.01 + rng.next_f64() * 0.07;
        let likes = followers * ratio * 0.65;
        let saves = followers * ratio * 0.35;
        text.push_str(&format!(
            "达人{i}\t{:.1}万\t{:.0}\t{:.0}\t{:.0}\t{:.0}\t{:.0}\n",
            followers / 1e4,
            quote,
            likes,
            saves,
            likes * 0.08,
            likes * 0.03
        ));
    }
    text
}

fn main() {
    let budget = Duration::from_millis(600);
    let today = Date::from_ymd(2026, 11, 25).expect("a date");

    let inputs = EngagementInputs::default();
    report(
        "engagement, defaults",
        time(budget, || {
            black_box(engagement(black_box(&inputs)));
        }),
    );

    let inputs = CompensationInputs::default();
    report(
        "compensation, defaults",
        time(budget, || {
            black_box(compensation(black_box(&inputs)));
        }),
    );

    let inputs = MixInputs::default();
    report(
        "budget mix, defaults (optimiser)",
        time(budget, || {
            black_box(mix(black_box(&inputs)));
        }),
    );
    let large = MixInputs {
        budget: 10_000_000.0,
        ..MixInputs::default()
    };
    report(
        "budget mix, ¥10,000,000",
        time(budget, || {
            black_box(mix(black_box(&large)));
        }),
    );
    let counts = [1, 10, 40, 200, 400];
    report(
        "budget mix, 10,000-draw band",
        time(budget, || {
            black_box(simulate(black_box(&large), &counts, 1e6));
        }),
    );

    let forward = TimelineInputs::new(today);
    report(
        "timeline, defaults (forward)",
        time(budget, || {
            let _ = black_box(timeline(black_box(&forward)));
        }),
    );
    let mut backward = forward.clone();
    backward.direction = Direction::Backward;
    backward.target = today.add_days(90);
    report(
        "timeline, backward to a target",
        time(budget, || {
            let _ = black_box(timeline(black_box(&backward)));
        }),
    );
    let mut largest = forward.clone();
    for wave in &mut largest.waves {
        wave.creators = 10_000;
        wave.parallel = 400;
    }
    assert!(timeline(&largest).is_ok(), "the largest plan schedules");
    report(
        "timeline, 3 × 10,000 creators (75 groups)",
        time(budget, || {
            let _ = black_box(timeline(black_box(&largest)));
        }),
    );

    let text = sheet(500);
    report(
        "shortlist, 500-row paste (read, map, form)",
        time(budget, || {
            let sheet = read_sheet(black_box(&text));
            let form = ShortlistForm {
                rows: creator_rows(&sheet, &sheet.columns),
                ..ShortlistForm::default()
            };
            black_box(form.parse(1.0));
        }),
    );
    let sheet = read_sheet(&text);
    let mut inputs = ShortlistForm {
        rows: creator_rows(&sheet, &sheet.columns),
        ..ShortlistForm::default()
    }
    .parse(1.0)
    .inputs;
    inputs.budget = 2_000_000.0;
    inputs.rules.head_cap = 2;
    inputs.rules.min_reviews = 10;
    let result = shortlist(&inputs);
    println!(
        "  (500 creators: {} picked, {} nodes, {:?})",
        result.picked.len(),
        result.pick.nodes,
        result.pick.status
    );
    report(
        "shortlist, 500 creators (vet + pick)",
        time(budget, || {
            black_box(shortlist(black_box(&inputs)));
        }),
    );
}
