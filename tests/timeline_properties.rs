//! Properties of the timeline over random plans: no panic and ordered
//! dates; adding work never brings the go-live earlier; backward scheduling
//! agrees with forward scheduling; links round-trip; the calendar file
//! parses back.
#![cfg(not(target_arch = "wasm32"))]

use kolcalc::calculators::timeline::calendar::{Calendar, CalendarEdits};
use kolcalc::calculators::timeline::export::{csv, ics, milestones};
use kolcalc::calculators::timeline::form::TimelineForm;
use kolcalc::calculators::timeline::link::{decode, encode};
use kolcalc::calculators::timeline::model::{
    hand_over_hours, Direction, StepInputs, TimelineInputs, WaveInputs,
};
use kolcalc::calculators::timeline::plan::{compute, Report};
use kolcalc::dates::Date;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkReader};
use proptest::prelude::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap()
}

fn estimate(max: f64) -> impl Strategy<Value = [f64; 3]> {
    (0.0..max, 0.0..max, 0.0..max).prop_map(|(a, b, c)| {
        let mut e = [a, b, c].map(|v: f64| (v * 2.0).round() / 2.0);
        e.sort_by(f64::total_cmp);
        e
    })
}

fn plan() -> impl Strategy<Value = TimelineInputs> {
    let step =
        (estimate(10.0), any::<bool>()).prop_map(|(days, working)| StepInputs { days, working });
    let wave =
        (0u64..12, 1u64..6, 0u32..20).prop_map(|(creators, parallel, gap_days)| WaveInputs {
            creators,
            parallel,
            gap_days,
        });
    (
        prop::array::uniform6(step),
        (0u32..=3, estimate(4.0), estimate(4.0)),
        prop::array::uniform3(wave),
        (-12.0f64..14.0, 0u64..1_000, -400i32..900, any::<bool>()),
    )
        .prop_map(
            |(steps, (count, creator_days, brand_days), waves, (tz, seed, offset, backward))| {
                let mut inputs = TimelineInputs::new(today());
                inputs.steps = steps;
                inputs.rounds.count = count;
                inputs.rounds.creator_days = creator_days;
                inputs.rounds.brand_days = brand_days;
                inputs.waves = waves;
                inputs.utc_offset = (tz * 2.0).round() / 2.0;
                inputs.seed = seed;
                inputs.start = today().add_days(offset);
                inputs.target = today().add_days(offset.abs());
                inputs.direction = if backward {
                    Direction::Backward
                } else {
                    Direction::Forward
                };
                inputs
            },
        )
}

fn last(report: &Report) -> Date {
    report.last_live[1]
}

// Each case runs a Monte Carlo of up to 1,000 draws in a debug build.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn dates_are_ordered(inputs in plan()) {
        let Ok(report) = compute(&inputs) else { return Ok(()); };
        let [earliest, likely, latest] = report.last_live;
        prop_assert!(earliest <= likely && likely <= latest);
        let [p50, p80, p95] = report.percentiles;
        prop_assert!(earliest <= p50 && p50 <= p80 && p80 <= p95 && p95 <= latest);
        prop_assert!(report.start <= earliest);
        for w in &report.waves {
            prop_assert!(w.first_live[1] <= w.last_live[1]);
            prop_assert!(w.last_live[1] <= likely);
        }
        for bar in &report.bars {
            prop_assert!(bar.start <= bar.end);
        }
    }

    #[test]
    fn more_work_never_goes_live_sooner(inputs in plan(), step in 0usize..6, extra in 0.5f64..6.0, wave in 0usize..3) {
        let mut inputs = inputs;
        inputs.direction = Direction::Forward;
        let Ok(before) = compute(&inputs) else { return Ok(()); };
        // A longer step.
        let mut longer = inputs.clone();
        longer.steps[step].days = longer.steps[step].days.map(|d| d + extra);
        if let Ok(after) = compute(&longer) {
            prop_assert!(last(&after) >= last(&before));
            prop_assert!(after.last_live[2] >= before.last_live[2]);
        }
        // One more revision round, and one more creator.
        let mut rounds = inputs.clone();
        if rounds.rounds.count < 3 {
            rounds.rounds.count += 1;
            if let Ok(after) = compute(&rounds) {
                prop_assert!(last(&after) >= last(&before));
            }
        }
        let mut creators = inputs.clone();
        creators.waves[wave].creators += 1;
        if let Ok(after) = compute(&creators) {
            prop_assert!(last(&after) >= last(&before));
        }
    }

    #[test]
    fn further_from_china_never_finishes_earlier(inputs in plan(), a in -24i32..=28, b in -24i32..=28) {
        let mut near = inputs;
        near.direction = Direction::Forward;
        let mut far = near.clone();
        near.utc_offset = f64::from(a) / 2.0;
        far.utc_offset = f64::from(b) / 2.0;
        if hand_over_hours(near.utc_offset) > hand_over_hours(far.utc_offset) {
            std::mem::swap(&mut near, &mut far);
        }
        let (Ok(near), Ok(far)) = (compute(&near), compute(&far)) else { return Ok(()); };
        for at in 0..3 {
            prop_assert!(far.last_live[at] >= near.last_live[at]);
            prop_assert!(far.percentiles[at] >= near.percentiles[at]);
        }
    }

    #[test]
    fn an_hour_more_per_hand_over_moves_a_chain_by_at_most_a_working_day(inputs in plan(), a in -24i32..=26) {
        // Working-day steps (publication on calendar days), one wave in one
        // review group, so the chain has 2 + 6 + 2 × rounds ≤ 14 hand-overs.
        // (A later wave follows the previous one's last note by calendar
        // days, so a Friday moved to Monday moves it by three days.)
        let mut near = inputs;
        near.direction = Direction::Forward;
        for s in near.steps.iter_mut() {
            s.working = true;
        }
        // Publication as by default, one calendar day: a longer one counted
        // in calendar days from a Friday or from a Monday ends days apart.
        near.steps[5] = StepInputs { days: [1.0; 3], working: false };
        let creators = near.waves.iter().map(|w| w.creators).max().unwrap_or(0).max(1);
        near.waves[0].creators = creators;
        near.waves[0].parallel = creators;
        near.waves[1].creators = 0;
        near.waves[2].creators = 0;
        near.utc_offset = f64::from(a) / 2.0;
        let mut far = near.clone();
        far.utc_offset = near.utc_offset + 1.0;
        if hand_over_hours(far.utc_offset) < hand_over_hours(near.utc_offset) {
            std::mem::swap(&mut near, &mut far);
        }
        prop_assume!(hand_over_hours(far.utc_offset) - hand_over_hours(near.utc_offset) <= 1.0);
        let (Ok(n), Ok(f)) = (compute(&near), compute(&far)) else { return Ok(()); };
        let calendar = Calendar::new(&CalendarEdits::default(), n.start, f.latest_end());
        for at in 0..3 {
            let (x, y) = (n.last_live[at], f.last_live[at]);
            let moved = (0..x.days_until(y)).filter(|&k| calendar.is_working(x.add_days(k))).count();
            prop_assert!(moved <= 1, "point {}: {:?} → {:?}", at, x, y);
        }
    }

    #[test]
    fn links_round_trip(inputs in plan()) {
        let form = TimelineForm::from_inputs(&inputs);
        let query = build_query(&encode(&form));
        let mut reader = LinkReader::new(&query);
        let opened = decode(&mut reader, today());
        prop_assert!(reader.finish().is_empty(), "{}", query);
        prop_assert_eq!(&opened, &form);
        prop_assert_eq!(opened.parse(today()).inputs, form.parse(today()).inputs);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn backward_agrees_with_forward(inputs in plan()) {
        let mut inputs = inputs;
        inputs.direction = Direction::Backward;
        inputs.target = inputs.today.add_days(200);
        let Ok(backward) = compute(&inputs) else { return Ok(()); };
        let latest = backward.latest_start.unwrap();
        if latest.confident < inputs.today {
            return Ok(());
        }
        let mut forward = inputs.clone();
        forward.direction = Direction::Forward;
        forward.start = latest.confident;
        prop_assert!(compute(&forward).unwrap().percentiles[1] <= inputs.target);
        forward.start = latest.confident.add_days(1);
        prop_assert!(compute(&forward).unwrap().percentiles[1] > inputs.target);
    }
}

/// Unfolds an iCalendar text into its logical lines, checking the physical
/// ones on the way: CRLF endings and at most 75 octets.
fn content_lines(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for physical in text.split_terminator("\r\n") {
        assert!(physical.len() <= 75, "{physical}");
        assert!(!physical.contains('\n') && !physical.contains('\r'));
        match physical.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("continuation follows a line")
                .push_str(rest),
            None => lines.push(physical.to_string()),
        }
    }
    lines
}

#[test]
fn the_calendar_file_parses_back() {
    let mut inputs = TimelineInputs::new(today());
    inputs.start = Date::from_ymd(2026, 2, 9).unwrap();
    inputs.waves[2].creators = 1;
    let report = compute(&inputs).unwrap();
    for lang in [Lang::En, Lang::Zh] {
        let list = milestones(&report, lang);
        let text = ics(&list, report.start, today(), lang);
        let lines = content_lines(&text);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.contains(&"VERSION:2.0".to_string()));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        // Every event has the required properties, in a balanced block.
        let mut events = Vec::new();
        let mut current: Option<Vec<(String, String)>> = None;
        for line in &lines {
            let (name, value) = line.split_once(':').expect("name:value");
            match (name, value) {
                ("BEGIN", "VEVENT") => current = Some(Vec::new()),
                ("END", "VEVENT") => events.push(current.take().expect("open event")),
                _ => {
                    if let Some(props) = current.as_mut() {
                        props.push((name.to_string(), value.to_string()));
                    }
                }
            }
        }
        assert_eq!(events.len(), list.len());
        let mut uids = std::collections::HashSet::new();
        for (event, milestone) in events.iter().zip(&list) {
            let get = |n: &str| event.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
            assert!(uids.insert(get("UID").expect("UID")));
            assert!(get("DTSTAMP").expect("DTSTAMP").ends_with('Z'));
            assert_eq!(get("DTSTART;VALUE=DATE"), Some(milestone.start.basic()));
            assert_eq!(
                get("DTEND;VALUE=DATE"),
                Some(milestone.last.add_days(1).basic())
            );
            let summary = get("SUMMARY").expect("SUMMARY");
            let unescaped = summary
                .replace("\\,", ",")
                .replace("\\;", ";")
                .replace("\\\\", "\\");
            assert_eq!(unescaped, milestone.title);
        }
        assert!(list.iter().any(|m| m.start == report.percentiles[1]));

        let table = csv(&list, lang);
        assert!(table.starts_with('\u{feff}'));
        let rows: Vec<&str> = table
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect();
        assert_eq!(rows.len(), list.len() + 1);
        for (row, m) in rows.iter().skip(1).zip(&list) {
            assert!(
                row.ends_with(&format!(
                    "{},{},{}",
                    m.start.iso(),
                    m.last.iso(),
                    m.start.days_until(m.last) + 1
                )),
                "{row}"
            );
        }
    }
}
