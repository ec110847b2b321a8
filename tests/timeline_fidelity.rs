//! Issue 17's timeline items, each checked against how Xiaohongshu
//! campaigns really run: provisional holidays for years whose official
//! arrangement is not published, time-zone waits as clock hours, the
//! platform's review rules, holiday warnings per review group, and the
//! documented draw count.

use kolcalc::calculators::timeline::holidays::Festival;
use kolcalc::calculators::timeline::model::{Direction, TimelineInputs};
use kolcalc::calculators::timeline::plan::{compute, Warning};
use kolcalc::dates::Date;

fn d(y: i32, m: u32, dd: u32) -> Date {
    Date::from_ymd(y, m, dd).unwrap()
}

/// December 2026: brands plan for Spring Festival 2027 and Women's Day.
fn december_2026() -> TimelineInputs {
    TimelineInputs::new(d(2026, 12, 1))
}

#[test]
fn a_plan_for_womens_day_2027_counts_the_provisional_holidays() {
    let mut inputs = december_2026();
    inputs.direction = Direction::Backward;
    inputs.target = d(2027, 3, 7);
    let report = compute(&inputs).unwrap();
    // Spring Festival 2027 (the Eve, Friday 5 February, to lunar day 3,
    // Monday 8, plus the weekend's two days made up on Tuesday 9 and
    // Wednesday 10) is in the schedule and marked provisional; so is New
    // Year's Day when the plan starts before it.
    let mut early = inputs.clone();
    early.direction = Direction::Forward;
    early.start = d(2026, 12, 28);
    let new_year = compute(&early)
        .unwrap()
        .holidays
        .into_iter()
        .find(|h| h.first == d(2027, 1, 1))
        .expect("1 January 2027 is a day off");
    assert!(new_year.provisional);
    let spring = report
        .holidays
        .iter()
        .find(|h| h.festival == Festival::SpringFestival)
        .expect("Spring Festival 2027 is in the schedule");
    assert_eq!((spring.first, spring.last), (d(2027, 2, 5), d(2027, 2, 10)));
    assert!(spring.provisional);
    // The festival's days off move the start earlier than a plan that
    // works through it, and no note goes live inside the festival.
    let mut through = inputs.clone();
    through.edits.ignored = vec![spring.first];
    let worked = compute(&through).unwrap();
    assert!(
        report.start < worked.start,
        "{:?} vs {:?}",
        report.start,
        worked.start
    );
    for w in &report.waves {
        for live in [w.first_live[1], w.last_live[1]] {
            assert!(
                !(d(2027, 2, 6) <= live && live <= spring.last),
                "{:?} goes live on {live:?}",
                w.wave
            );
        }
    }
    assert!(report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Provisional { year: 2027, .. })));
}

#[test]
fn provisional_days_follow_the_regulation_and_give_way_to_official_ones() {
    use kolcalc::calculators::timeline::holidays::{
        likely_block, official_periods, provisional_periods, table_years,
    };
    let last_official = table_years().1;
    // No provisional period in a year the official table holds.
    assert!(provisional_periods().all(|p| p.first.year() > last_official));
    assert!(official_periods().all(|p| !p.provisional));
    // 13 statutory days a year, each on a day off (weekend days made up).
    for year in [2027, 2030, 2045] {
        let weekdays: i32 = provisional_periods()
            .filter(|p| p.first.year() == year)
            .map(|p| {
                (0..=p.first.days_until(p.last))
                    .filter(|&n| !p.first.add_days(n).is_weekend())
                    .count() as i32
            })
            .sum();
        assert_eq!(weekdays, 13, "{year}");
    }
    // The usual Spring Festival block of 2027: 8 days from the Eve, the
    // weekdays beyond the statutory ones made up on the nearest weekends.
    let spring = provisional_periods()
        .find(|p| p.festival == Festival::SpringFestival && p.first.year() == 2027)
        .unwrap();
    let block = likely_block(&spring).unwrap();
    assert_eq!((block.first, block.last), (d(2027, 2, 5), d(2027, 2, 12)));
    // Thursday 11 and Friday 12 are the extra days: the nearest weekend
    // days, Sunday 31 January before and Saturday 13 February after.
    assert_eq!(block.make_up, [d(2027, 1, 31), d(2027, 2, 13)]);
}

/// Working days from `a` (inclusive) to `b` (exclusive) on the official
/// calendar, negative when `b` is before `a`: a go-live day is the day
/// after the last working day of the platform's review, so a note moved by
/// one working day goes, say, from Saturday to Tuesday.
fn working_days_between(a: Date, b: Date) -> i32 {
    use kolcalc::calculators::timeline::calendar::{Calendar, CalendarEdits};
    let calendar = Calendar::new(&CalendarEdits::default(), a.min(b), a.max(b));
    let (lo, hi) = (a.min(b), a.max(b));
    let n = (0..lo.days_until(hi))
        .filter(|&k| calendar.is_working(lo.add_days(k)))
        .count() as i32;
    if b < a {
        -n
    } else {
        n
    }
}

#[test]
fn one_hour_from_china_moves_the_default_plan_by_at_most_a_day() {
    for start in [d(2026, 3, 2), d(2026, 6, 10), d(2027, 4, 14)] {
        let mut china = TimelineInputs::new(start);
        china.utc_offset = 8.0;
        let mut near = china.clone();
        near.utc_offset = 7.0;
        let (a, b) = (compute(&china).unwrap(), compute(&near).unwrap());
        for at in 0..3 {
            let moved = working_days_between(a.last_live[at], b.last_live[at]);
            assert!((0..=1).contains(&moved), "{start:?} point {at}: {moved}");
        }
    }
}

/// One vertical KOL, every step fixed, a brand in China's time zone.
fn one_kol(start: Date, rounds: u32) -> TimelineInputs {
    use kolcalc::calculators::timeline::model::{StepInputs, WaveInputs};
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
        fixed(1.0, true),
        fixed(1.0, true),
        fixed(1.0, false),
    ];
    inputs.rounds.count = rounds;
    inputs.rounds.creator_days = [1.0; 3];
    inputs.rounds.brand_days = [1.0; 3];
    inputs.utc_offset = 8.0;
    let none = WaveInputs {
        creators: 0,
        parallel: 1,
        gap_days: 0,
    };
    inputs.waves = [
        none,
        WaveInputs {
            creators: 1,
            parallel: 1,
            gap_days: 0,
        },
        none,
    ];
    inputs
}

#[test]
fn every_submission_goes_through_the_platform_before_the_brand() {
    use kolcalc::calculators::timeline::model::Step;
    use kolcalc::calculators::timeline::schedule::Stage;
    // Mon 2 Mar 2026: selection 2–4, briefing 5–6, draft review 9–11; the
    // note is submitted: platform review Thu 12, brand's final review Fri
    // 13 (rejected); two rounds of creator 1 + platform 1 + brand 1 day:
    // 16–18 and 19–23 Mar; live Tue 24 Mar.
    let report = compute(&one_kol(d(2026, 3, 2), 2)).unwrap();
    assert_eq!(report.last_live[1], d(2026, 3, 24));
    let bar = |stage| {
        report
            .bars
            .iter()
            .find(|b| b.stage == stage)
            .map(|b| (b.start, b.end))
            .unwrap()
    };
    assert_eq!(
        bar(Stage::Step(Step::PlatformReview)),
        (d(2026, 3, 12), d(2026, 3, 13))
    );
    assert_eq!(
        bar(Stage::Step(Step::FinalApproval)),
        (d(2026, 3, 13), d(2026, 3, 14))
    );
    assert_eq!(bar(Stage::Revisions), (d(2026, 3, 16), d(2026, 3, 24)));
}

#[test]
fn the_brands_72_hours_are_clock_hours() {
    use kolcalc::calculators::timeline::plan::ReviewPart;
    // The defaults: each round's brand review up to 3 working days, final
    // approval up to 7. Three working days from a Friday end on Tuesday:
    // past 72 clock hours, as is a final approval of 7 days.
    let report = compute(&december_2026()).unwrap();
    let over: Vec<_> = report
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::ReviewOverWindow { part, days, .. } => Some((*part, *days)),
            _ => None,
        })
        .collect();
    assert_eq!(over, [(ReviewPart::Final, 7.0), (ReviewPart::Round, 3.0)]);
    // One working day fits in 72 hours even over a weekend; three calendar
    // days are exactly 72 hours.
    let mut short = december_2026();
    short.rounds.brand_days = [1.0; 3];
    short.steps[3].days = [1.0, 2.0, 3.0];
    short.steps[3].working = false;
    let report = compute(&short).unwrap();
    assert!(!report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ReviewOverWindow { .. })));
}

#[test]
fn holiday_warnings_name_the_groups_and_steps_that_meet_the_holiday() {
    use kolcalc::calculators::timeline::model::Step;
    use kolcalc::calculators::timeline::schedule::Stage;
    // Two creators reviewed one at a time from Mon 2 Feb 2026: group 1 is
    // live on Sat 14 Feb, before Spring Festival (15–23 Feb); group 2's
    // draft review starts on Sat 14 (a make-up working day) and pauses over
    // the festival: only group 2's draft review meets it.
    let mut inputs = one_kol(d(2026, 2, 2), 0);
    inputs.steps[3].days = [1.0; 3];
    inputs.waves[1].creators = 2;
    let report = compute(&inputs).unwrap();
    let spans: Vec<_> = report
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::SpansHoliday {
                holiday,
                groups,
                of,
                stages,
                ..
            } => Some((holiday.first, groups.clone(), *of, stages.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        spans,
        [(
            d(2026, 2, 15),
            vec![1],
            2,
            vec![Stage::Step(Step::DraftReview)]
        )]
    );
    // No note goes live on the holiday.
    assert!(!report
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::LiveOnHoliday { .. })));
}

#[test]
fn a_plan_starting_inside_a_holiday_says_so() {
    let mut inputs = december_2026();
    inputs.start = d(2027, 2, 8);
    let report = compute(&inputs).unwrap();
    assert!(report.warnings.iter().any(|w| matches!(
        w,
        Warning::StartsInHoliday { holiday } if holiday.festival == Festival::SpringFestival
    )));
}

#[test]
fn a_plan_over_spring_festival_gives_a_handful_of_warnings() {
    // The default plan from mid-January 2027 over Spring Festival: one
    // holiday warning per wave and holiday, not one per stage.
    let mut inputs = december_2026();
    inputs.start = d(2027, 1, 18);
    let report = compute(&inputs).unwrap();
    let holiday_warnings = report
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::SpansHoliday { .. }))
        .count();
    assert!(holiday_warnings <= report.waves.len() * report.holidays.len());
    assert!(
        report.warnings.len() <= 7,
        "{} warnings: {:?}",
        report.warnings.len(),
        report.warnings
    );
}

#[test]
fn an_ign_date_that_starts_no_holiday_gets_a_notice() {
    use kolcalc::calculators::timeline::link::decode;
    use kolcalc::link::LinkReader;
    let today = d(2026, 12, 1);
    // 1 October 2026 starts National Day; 2 October is inside it.
    let mut reader = LinkReader::new("ign=2026-10-01;2026-10-02");
    let form = decode(&mut reader, today);
    assert_eq!(form.ignored, ["2026-10-01"]);
    let notices = reader.finish();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(format!("{notices:?}").contains("2026-10-02"));
    // A provisional holiday's first day is accepted.
    let mut reader = LinkReader::new("ign=2027-02-05");
    assert_eq!(decode(&mut reader, today).ignored, ["2027-02-05"]);
    assert!(reader.finish().is_empty());
}

#[test]
fn the_readme_states_the_draws_the_page_makes() {
    use kolcalc::calculators::timeline::plan::DRAWS;
    let readme = include_str!("../README.md");
    let at = readme
        .find("Campaign timeline (dates as ISO")
        .expect("the timeline's results section");
    let section = &readme[at..at + 400];
    let thousands = format!("{},{:03}", DRAWS / 1000, DRAWS % 1000);
    assert!(
        section.contains(&format!("up to {thousands} seeded draws")),
        "README does not say {thousands} draws: {section}"
    );
}
