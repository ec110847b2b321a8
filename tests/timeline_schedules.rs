//! Timeline schedules worked out by hand over real holidays, backward
//! scheduling against forward scheduling, and the warnings.

use kolcalc::calculators::timeline::model::{
    Direction, Step, StepInputs, TimelineInputs, WaveInputs,
};
use kolcalc::calculators::timeline::plan::{compute, Conflict, Warning};
use kolcalc::calculators::timeline::schedule::Stage;
use kolcalc::dates::Date;

fn d(y: i32, m: u32, dd: u32) -> Date {
    Date::from_ymd(y, m, dd).unwrap()
}

/// One vertical KOL, every step at a fixed length, no revision rounds, a
/// brand in China's time zone: the schedule is exact and easy to follow.
fn one_kol(start: Date) -> TimelineInputs {
    let mut inputs = TimelineInputs::new(d(2026, 1, 5));
    inputs.start = start;
    let fixed = |days: f64, working: bool| StepInputs {
        days: [days; 3],
        working,
    };
    inputs.steps = [
        fixed(3.0, true),
        fixed(2.0, true),
        fixed(3.0, true),
        fixed(2.0, true),
        fixed(1.0, true),
        fixed(1.0, false),
    ];
    inputs.rounds.count = 0;
    inputs.utc_offset = 8.0;
    inputs.waves = [
        WaveInputs {
            creators: 0,
            parallel: 1,
            gap_days: 0,
        },
        WaveInputs {
            creators: 1,
            parallel: 1,
            gap_days: 0,
        },
        WaveInputs {
            creators: 0,
            parallel: 1,
            gap_days: 0,
        },
    ];
    inputs
}

#[test]
fn over_spring_festival_2026() {
    // Selection Mon 9–Wed 11 Feb; briefing Thu 12–Fri 13; draft review
    // Sat 14 (a make-up working day), then 15–23 Feb off, Tue 24 and Wed 25;
    // platform review Thu 26; the brand's approval Fri 27–Sat 28 (make-up
    // day); the note goes live on Sunday 1 March.
    let report = compute(&one_kol(d(2026, 2, 9))).unwrap();
    assert_eq!(report.last_live, [d(2026, 3, 1); 3]);
    assert_eq!(report.percentiles, [d(2026, 3, 1); 3]);
    assert_eq!(report.likely_days, 21);
    let draft = report
        .bars
        .iter()
        .find(|b| b.stage == Stage::Step(Step::DraftReview))
        .unwrap();
    assert_eq!((draft.start, draft.end), (d(2026, 2, 14), d(2026, 2, 26)));
    assert!(report.warnings.iter().any(|w| matches!(w,
        Warning::SpansHoliday { stages, holiday, .. }
            if holiday.first == d(2026, 2, 15)
                && stages == &[Stage::Step(Step::DraftReview)])));
}

#[test]
fn over_mid_autumn_and_national_day_2026() {
    // Selection Tue 22–Thu 24 Sep; briefing Mon 28–Tue 29 (25–27 Sep is
    // Mid-Autumn); draft review Wed 30 Sep, then 1–7 Oct off, Thu 8 and
    // Fri 9; platform review Sat 10 Oct (make-up day); approval Mon 12 and
    // Tue 13; live Wed 14 Oct.
    let report = compute(&one_kol(d(2026, 9, 22))).unwrap();
    assert_eq!(report.last_live[1], d(2026, 10, 14));
    let spanned: Vec<_> = report
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::SpansHoliday {
                stages, holiday, ..
            } => Some(
                stages
                    .iter()
                    .map(|&s| (s, holiday.first))
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect();
    // Briefing waits for the holiday to end rather than running through it.
    assert!(!spanned
        .iter()
        .any(|&(stage, _)| stage == Stage::Step(Step::Briefing)));
    let briefing = report
        .bars
        .iter()
        .find(|b| b.stage == Stage::Step(Step::Briefing))
        .unwrap();
    assert_eq!(
        (briefing.start, briefing.end),
        (d(2026, 9, 28), d(2026, 9, 30))
    );
    assert!(spanned.contains(&(Stage::Step(Step::DraftReview), d(2026, 10, 1))));
}

#[test]
fn a_working_weekend_added_by_the_user_counts() {
    let mut inputs = one_kol(d(2026, 2, 9));
    inputs.edits.working_days = vec![d(2026, 2, 15), d(2026, 2, 16)];
    let report = compute(&inputs).unwrap();
    // Draft review now ends on Mon 16 Feb; approval 24–25; platform 26; live 27 Feb.
    assert_eq!(report.last_live[1], d(2026, 2, 27));
}

#[test]
fn backward_equals_forward_from_the_returned_start() {
    for target in [d(2026, 3, 20), d(2026, 10, 20), d(2026, 6, 30)] {
        let mut inputs = TimelineInputs::new(d(2026, 1, 5));
        inputs.direction = Direction::Backward;
        inputs.target = target;
        let backward = compute(&inputs).unwrap();
        let latest = backward.latest_start.unwrap();
        let mut forward = inputs.clone();
        forward.direction = Direction::Forward;
        forward.start = latest.confident;
        let p80 = compute(&forward).unwrap().percentiles[1];
        assert!(p80 <= target, "{target:?}: P80 {p80:?}");
        forward.start = latest.confident.add_days(1);
        let later = compute(&forward).unwrap().percentiles[1];
        assert!(later > target, "{target:?}: one day later still meets it");
        forward.start = latest.likely;
        assert!(compute(&forward).unwrap().last_live[1] <= target);
        forward.start = latest.likely.add_days(1);
        assert!(compute(&forward).unwrap().last_live[1] > target);
        assert!(latest.confident <= latest.likely);
    }
}

#[test]
fn what_the_planner_is_told() {
    let mut inputs = TimelineInputs::new(d(2026, 11, 25));
    inputs.direction = Direction::Backward;
    inputs.target = d(2026, 11, 1);
    let report = compute(&inputs).unwrap();
    assert!(report.warnings.contains(&Warning::TargetInPast {
        today: d(2026, 11, 25)
    }));
    assert_eq!(
        report.start,
        d(2026, 11, 25),
        "a plan from the past starts today"
    );

    inputs.target = d(2026, 12, 3);
    let report = compute(&inputs).unwrap();
    assert!(report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::TargetMissed { .. })));

    let mut forward = TimelineInputs::new(d(2026, 11, 25));
    let report = compute(&forward).unwrap();
    assert!(report.warnings.iter().any(|w| matches!(
        w,
        Warning::Provisional {
            year: 2027,
            last: 2026
        }
    )));
    let mut far = forward.clone();
    far.start = d(2099, 12, 1);
    let report = compute(&far).unwrap();
    assert!(report.warnings.iter().any(|w| matches!(
        w,
        Warning::BeyondTable {
            year: 2100,
            last: 2099
        }
    )));
    forward.start = d(2026, 10, 20);
    let report = compute(&forward).unwrap();
    assert!(report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::StartInPast { .. })));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::BeforePeak { .. })),
        "{:?}",
        report.warnings
    );

    forward.waves.iter_mut().for_each(|w| w.creators = 0);
    assert_eq!(compute(&forward), Err(Conflict::NoCreators));
    forward.waves[0] = WaveInputs {
        creators: 10_000,
        parallel: 1,
        gap_days: 0,
    };
    assert!(matches!(compute(&forward), Err(Conflict::TooLong { .. })));
    forward.waves[0].parallel = 1_000;
    let report = compute(&forward).unwrap();
    assert_eq!(report.waves[0].groups, 10);
}

#[test]
fn time_zones_delay_hand_overs() {
    let china = compute(&one_kol(d(2026, 3, 2))).unwrap();
    let mut inputs = one_kol(d(2026, 3, 2));
    inputs.utc_offset = -5.0;
    let new_york = compute(&inputs).unwrap();
    assert_eq!(new_york.hand_over_hours, 9.0);
    assert!(new_york.last_live[1] > china.last_live[1]);
}

#[test]
fn the_band_repeats_for_a_seed_and_orders_its_percentiles() {
    let inputs = TimelineInputs::new(d(2026, 3, 2));
    let a = compute(&inputs).unwrap();
    let b = compute(&inputs).unwrap();
    assert_eq!(a.percentiles, b.percentiles);
    let [p50, p80, p95] = a.percentiles;
    assert!(a.last_live[0] <= p50 && p50 <= p80 && p80 <= p95 && p95 <= a.last_live[2]);
}
