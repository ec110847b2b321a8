//! The whole calculation: deterministic schedules at the minimum, likely and
//! maximum durations, a seeded Monte Carlo over PERT-Beta step durations for
//! P50 / P80 / P95 go-live dates, the latest start that hits a target with
//! 80% confidence, and the warnings a planner needs (holidays, shopping
//! peaks, dates beyond the holiday table).

use super::calendar::{Calendar, DayOff};
use super::holiday_table::PROVISIONAL_LAST_YEAR;
use super::holidays::{
    table_years, year_is_covered, year_is_provisional, HolidayPeriod, ShoppingPeak,
};
use super::model::{hand_over_hours, Direction, Step, TimelineInputs, Wave, REVIEW_WINDOW_DAYS};
use super::pert::Pert;
use super::schedule::{
    groups, groups as groups_of, run, Bar, Durations, GroupSpan, Pass, Point, Stage, WaveDates,
};
use crate::dates::Date;
use crate::random::SplitMix64;
use std::cell::RefCell;
use std::rc::Rc;

/// Most draws of the Monte Carlo: enough to place P95 within a day on
/// plans of weeks, few enough to answer within a frame.
pub const DRAWS: usize = 1_000;
/// Fewest draws, when a huge plan makes each draw long.
pub const MIN_DRAWS: usize = 200;
/// Groups × draws the Monte Carlo may schedule in one run.
const WORK: u64 = 50_000;
/// The longest plan computed: ten years of likely durations.
pub const MAX_PLAN_DAYS: i32 = 3_653;
/// The confidence the latest start is found for.
pub const CONFIDENCE: f64 = 0.8;
/// Days before a shopping peak within which a note is worth a remark.
pub const PEAK_WINDOW_DAYS: i32 = 14;

/// Something the planner should know.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// Steps of a wave's review groups fall on a public holiday's days in
    /// the likely schedule (working-day steps pause over it).
    SpansHoliday {
        /// The wave.
        wave: Wave,
        /// The holiday.
        holiday: HolidayPeriod,
        /// The review groups concerned, from 0 (empty: only the wave's
        /// selection or briefing).
        groups: Vec<u64>,
        /// The wave's review groups in all.
        of: u64,
        /// The steps concerned, in schedule order.
        stages: Vec<Stage>,
    },
    /// The plan starts on a day of a public holiday.
    StartsInHoliday {
        /// The holiday.
        holiday: HolidayPeriod,
    },
    /// A note goes live on a public holiday in the likely schedule.
    LiveOnHoliday {
        /// The wave.
        wave: Wave,
        /// The holiday.
        holiday: HolidayPeriod,
    },
    /// A wave's notes go live shortly before a shopping peak.
    BeforePeak {
        /// The wave.
        wave: Wave,
        /// The peak.
        peak: ShoppingPeak,
        /// Its date.
        date: Date,
        /// Days from the wave's last note to the peak.
        days: i32,
    },
    /// The schedule reaches years whose official arrangement is not
    /// published: their statutory days count, provisionally.
    Provisional {
        /// The first such year.
        year: i32,
        /// The last year with a published arrangement.
        last: i32,
    },
    /// The schedule reaches years with no holiday data at all (before the
    /// official table, or past the provisional one).
    BeyondTable {
        /// The first such year.
        year: i32,
        /// The last year with holiday data.
        last: i32,
    },
    /// A brand review that can run past the platform's 72 clock hours.
    ReviewOverWindow {
        /// Which review.
        part: ReviewPart,
        /// Its longest duration typed, in days.
        days: f64,
        /// Counted in working days (a weekend or holiday inside it still
        /// runs the clock).
        working: bool,
    },
    /// Forward from a start date in the past.
    StartInPast {
        /// Today.
        today: Date,
    },
    /// A target go-live date in the past.
    TargetInPast {
        /// Today.
        today: Date,
    },
    /// Even starting today, the target is missed at 80% confidence.
    TargetMissed {
        /// The target.
        target: Date,
        /// P80 go-live when starting today.
        p80: Date,
    },
}

/// A review by the brand of a note submitted on the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewPart {
    /// The final preview and approval (the first review of the note).
    Final,
    /// The brand's review in each revision round.
    Round,
}

/// Whether a review of at most `days` can pass 72 clock hours: more than 3
/// calendar days; counted in working days, more than 1, since from a
/// Friday a weekend runs inside it (2 working days from Friday morning end
/// on Monday evening, 81 hours later).
pub fn can_exceed_window(days: f64, working: bool) -> bool {
    let limit = if working { 1.0 } else { REVIEW_WINDOW_DAYS };
    days > limit + 1e-9
}

/// Why there is no schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// Every wave has zero creators.
    NoCreators,
    /// The plan's likely duration passes ten years.
    TooLong {
        /// Likely days, estimated.
        days: i64,
    },
}

/// One wave's results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaveResult {
    /// The wave.
    pub wave: Wave,
    /// Creators and the groups the brand reviews them in.
    pub creators: u64,
    /// Review groups.
    pub groups: u64,
    /// First note live: earliest, likely, latest.
    pub first_live: [Date; 3],
    /// Last note live: earliest, likely, latest.
    pub last_live: [Date; 3],
    /// Last note live: P50, P80, P95.
    pub percentiles: [Date; 3],
}

/// The latest start dates that still meet the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LatestStart {
    /// With 80% confidence (Monte Carlo P80 ≤ target).
    pub confident: Date,
    /// With every step at its likely duration.
    pub likely: Date,
    /// The day the last note must be live.
    pub target: Date,
}

/// Everything the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The start the schedule runs from (the latest safe start, backward).
    pub start: Date,
    /// Each scheduled wave.
    pub waves: Vec<WaveResult>,
    /// The last note live: earliest, likely, latest.
    pub last_live: [Date; 3],
    /// The last note live: P50, P80, P95.
    pub percentiles: [Date; 3],
    /// Calendar days from the start to the last note, likely schedule,
    /// counting both ends.
    pub likely_days: i32,
    /// Backward: the latest starts; `None` forward.
    pub latest_start: Option<LatestStart>,
    /// The likely schedule's bars.
    pub bars: Vec<Bar>,
    /// Official holidays from the start to the latest last note.
    pub holidays: Vec<HolidayPeriod>,
    /// Hours each hand-over waits for the other office.
    pub hand_over_hours: f64,
    /// Draws of the Monte Carlo.
    pub draws: usize,
    /// What the planner should know.
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The last day any schedule shown can reach: the latest schedule's
    /// last note or the P95, whichever is later.
    pub fn latest_end(&self) -> Date {
        self.last_live[2].max(self.percentiles[2])
    }
}

/// The PERT-Beta distribution of every step and of a round's two parts.
struct Tables {
    steps: Vec<Pert>,
    creator: Pert,
    brand: Pert,
    rounds: u32,
}

impl Tables {
    fn new(inputs: &TimelineInputs) -> Tables {
        Tables {
            steps: Step::ALL
                .iter()
                .map(|&s| Pert::new(inputs.step(s).days))
                .collect(),
            creator: Pert::new(inputs.rounds.creator_days),
            brand: Pert::new(inputs.rounds.brand_days),
            rounds: inputs.rounds.count,
        }
    }
}

/// PERT-Beta draws of every stage, one per wave, group and stage.
struct Sampled<'a> {
    tables: &'a Tables,
    rng: SplitMix64,
}

impl Durations for Sampled<'_> {
    fn days(&mut self, _: Wave, _: u64, stage: Stage) -> f64 {
        let tables = self.tables;
        match stage {
            Stage::Step(s) => tables
                .steps
                .get(s as usize)
                .map_or(0.0, |p| p.quantile(self.rng.next_f64())),
            // Each round: the creator revises, the platform reviews the
            // revision again, the brand reviews it again.
            Stage::Revisions => (0..tables.rounds)
                .map(|_| {
                    let platform = tables
                        .steps
                        .get(Step::PlatformReview as usize)
                        .map_or(0.0, |p| p.quantile(self.rng.next_f64()));
                    tables.creator.quantile(self.rng.next_f64())
                        + platform
                        + tables.brand.quantile(self.rng.next_f64())
                })
                .sum(),
        }
    }
}

/// Every draw's stage durations, in the order a pass asks for them. A pass
/// asks in the same order from any start, so the durations do not depend on
/// the start: the first run draws and keeps them, and the search for a
/// latest start replays them at every other start it tries.
enum Drawn<'a> {
    /// Drawing, and keeping each duration in order.
    Recording {
        sampled: Sampled<'a>,
        kept: &'a mut Vec<f64>,
    },
    /// Replaying what was kept, from the first duration on.
    Replaying { kept: &'a [f64], next: usize },
}

impl Durations for Drawn<'_> {
    fn days(&mut self, wave: Wave, group: u64, stage: Stage) -> f64 {
        match self {
            Drawn::Recording { sampled, kept } => {
                let days = sampled.days(wave, group, stage);
                kept.push(days);
                days
            }
            Drawn::Replaying { kept, next } => {
                let days = kept.get(*next).copied().unwrap_or(0.0);
                *next += 1;
                days
            }
        }
    }
}

/// Sorted go-live days of every draw: one list per wave, then the last note.
type Draws = Rc<Vec<Vec<i32>>>;

/// The calculation's fixed parts: the calendar and the draw count.
struct Planner<'a> {
    inputs: &'a TimelineInputs,
    tables: Tables,
    calendar: Calendar,
    hours: f64,
    draws: usize,
    runs: RefCell<Vec<(Date, Draws)>>,
    /// The durations of every draw, once the first run has drawn them.
    drawn: RefCell<Option<Rc<[f64]>>>,
}

impl Planner<'_> {
    fn pass(&self, start: Date, at: usize, with_bars: bool) -> Pass {
        let mut point = Point {
            inputs: self.inputs,
            at,
        };
        run(
            self.inputs,
            &self.calendar,
            start,
            self.hours,
            &mut point,
            with_bars,
        )
    }

    /// Per wave (in scheduled order) and for the last note: sorted draws of
    /// the last go-live day. The search for a latest start asks for the
    /// same start more than once, so runs are remembered.
    fn simulate(&self, start: Date) -> Draws {
        if let Some((_, draws)) = self.runs.borrow().iter().find(|(s, _)| *s == start) {
            return draws.clone();
        }
        let replayed = self.drawn.borrow().clone();
        let mut recorded = Vec::new();
        let mut durations = match &replayed {
            Some(kept) => Drawn::Replaying { kept, next: 0 },
            None => Drawn::Recording {
                sampled: Sampled {
                    tables: &self.tables,
                    rng: SplitMix64::new(self.inputs.seed),
                },
                kept: &mut recorded,
            },
        };
        let mut draws: Vec<Vec<i32>> = Vec::new();
        for _ in 0..self.draws {
            let pass = run(
                self.inputs,
                &self.calendar,
                start,
                self.hours,
                &mut durations,
                false,
            );
            if draws.is_empty() {
                draws = vec![Vec::with_capacity(self.draws); pass.waves.len() + 1];
            }
            let last = pass.last_live().unwrap_or(start).days();
            let values = pass.waves.iter().map(|w| w.last_live.days()).chain([last]);
            for (slot, value) in draws.iter_mut().zip(values) {
                slot.push(value);
            }
        }
        if replayed.is_none() {
            *self.drawn.borrow_mut() = Some(recorded.into());
        }
        for d in &mut draws {
            crate::sort::sort_integers(d);
        }
        let draws = Rc::new(draws);
        self.runs.borrow_mut().push((start, draws.clone()));
        draws
    }

    fn p80_last(&self, start: Date) -> Date {
        let draws = self.simulate(start);
        draws
            .last()
            .map_or(start, |d| Date::from_days(percentile(d, CONFIDENCE)))
    }

    /// The latest start whose `finish(start)` is on or before `target`,
    /// between `lowest` (which must meet it) and the target. The finish
    /// never moves earlier as the start moves later, so the starts that meet
    /// the target are all the days up to one boundary. Moving the start by
    /// the days the finish misses the target by lands next to the boundary
    /// in a step or two (holidays bend it a little); halving the interval
    /// between the closest start that meets and the closest that fails then
    /// finishes the search.
    fn latest_start(
        &self,
        target: Date,
        guess: Date,
        lowest: Date,
        finish: impl Fn(Date) -> Date,
    ) -> Date {
        let (low_bound, high_bound) = (lowest.days(), target.days());
        let mut meets = low_bound;
        let mut fails: Option<i32> = None;
        let mut tried: Vec<i32> = Vec::new();
        let mut s = guess.days().clamp(low_bound, high_bound);
        for _ in 0..4 {
            if tried.contains(&s) {
                break;
            }
            tried.push(s);
            let missed = finish(Date::from_days(s)).days_until(target);
            if missed >= 0 {
                meets = meets.max(s);
                s = if missed == 0 { s + 1 } else { s + missed };
            } else {
                fails = Some(fails.map_or(s, |f| f.min(s)));
                s += missed;
            }
            if fails.is_some_and(|f| f - meets <= 1) {
                break;
            }
            s = s.clamp(meets, fails.map_or(high_bound, |f| f - 1));
        }
        let mut high = match fails {
            Some(f) => f,
            None if finish(target) <= target => return target,
            None => high_bound,
        };
        while high - meets > 1 {
            let mid = meets + (high - meets) / 2;
            if finish(Date::from_days(mid)) <= target {
                meets = mid;
            } else {
                high = mid;
            }
        }
        Date::from_days(meets)
    }
}

/// The value below which `p` of the sorted draws fall (nearest rank).
pub fn percentile(sorted: &[i32], p: f64) -> i32 {
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted
        .get(rank.saturating_sub(1).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

/// Working days of a stage at its longest, for estimates before scheduling.
fn stage_days(inputs: &TimelineInputs, stage: Stage, at: usize) -> f64 {
    let mut point = Point { inputs, at };
    point.days(Wave::Seeding, 0, stage)
}

/// Calendar days a plan takes at point `at` of every estimate, roughly
/// (weekends and a margin for holidays and time zones), without scheduling.
fn rough_days(inputs: &TimelineInputs, hours: f64, at: usize) -> i64 {
    let per = |stage: Stage| {
        let hand_overs = match stage {
            Stage::Step(s) => s.hand_overs(),
            Stage::Revisions => 2 * inputs.rounds.count,
        };
        (stage_days(inputs, stage, at) + f64::from(hand_overs) * hours / 24.0).ceil()
    };
    let once = per(Stage::Step(Step::Selection)) + per(Stage::Step(Step::Briefing));
    let review = per(Stage::Step(Step::DraftReview))
        + per(Stage::Step(Step::PlatformReview))
        + per(Stage::Step(Step::FinalApproval))
        + per(Stage::Revisions);
    let after = per(Stage::Step(Step::Publication));
    let mut total = 0.0;
    for w in inputs.waves.iter().filter(|w| w.creators > 0) {
        let g = groups(w.creators, w.parallel) as f64;
        total += f64::from(w.gap_days) + (once + g * review + after) * 7.0 / 5.0;
    }
    (total * 1.1) as i64 + 30
}

/// Computes the timeline.
pub fn compute(inputs: &TimelineInputs) -> Result<Report, Conflict> {
    if inputs.waves.iter().all(|w| w.creators == 0) {
        return Err(Conflict::NoCreators);
    }
    let hours = hand_over_hours(inputs.utc_offset);
    let likely_days = rough_days(inputs, hours, 1);
    if likely_days > i64::from(MAX_PLAN_DAYS) {
        return Err(Conflict::TooLong { days: likely_days });
    }
    let span = rough_days(inputs, hours, 2).min(4 * i64::from(MAX_PLAN_DAYS)) as i32;
    let total_groups: u64 = inputs
        .waves
        .iter()
        .filter(|w| w.creators > 0)
        .map(|w| groups(w.creators, w.parallel))
        .sum();
    let draws = (WORK / total_groups.max(1)).clamp(MIN_DRAWS as u64, DRAWS as u64) as usize;
    let (from, to) = match inputs.direction {
        Direction::Forward => (inputs.start, inputs.start.add_days(span)),
        Direction::Backward => {
            let earliest = inputs.target.add_days(-span).min(inputs.today);
            (earliest, inputs.target.max(inputs.today).add_days(span))
        }
    };
    let planner = Planner {
        inputs,
        tables: Tables::new(inputs),
        calendar: Calendar::new(&inputs.edits, from.add_days(-7), to.add_days(31)),
        hours,
        draws,
        runs: RefCell::new(Vec::new()),
        drawn: RefCell::new(None),
    };
    let mut warnings = Vec::new();
    let (start, latest_start) = match inputs.direction {
        Direction::Forward => {
            if inputs.start < inputs.today {
                warnings.push(Warning::StartInPast {
                    today: inputs.today,
                });
            }
            (inputs.start, None)
        }
        Direction::Backward => {
            let target = inputs.target;
            let earliest = target.add_days(-span);
            let likely_finish = |s: Date| planner.pass(s, 1, false).last_live().unwrap_or(s);
            let likely = planner.latest_start(target, target, earliest, likely_finish);
            let confident = planner.latest_start(target, likely, earliest, |s| planner.p80_last(s));
            if target < inputs.today {
                warnings.push(Warning::TargetInPast {
                    today: inputs.today,
                });
            }
            let start = if confident < inputs.today {
                let p80 = planner.p80_last(inputs.today);
                if target >= inputs.today {
                    warnings.push(Warning::TargetMissed { target, p80 });
                }
                inputs.today
            } else {
                confident
            };
            (
                start,
                Some(LatestStart {
                    confident,
                    likely,
                    target,
                }),
            )
        }
    };
    let points = [0, 1, 2].map(|at| planner.pass(start, at, at == 1));
    let draws_by_wave = planner.simulate(start);
    let at = |d: &[i32]| [0.5, CONFIDENCE, 0.95].map(|p| Date::from_days(percentile(d, p)));
    let dates = |i: usize, pick: fn(&WaveDates) -> Date| {
        points.clone().map(|p| p.waves.get(i).map_or(start, pick))
    };
    let waves: Vec<WaveResult> = points[1]
        .waves
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let wi = inputs.wave(w.wave);
            WaveResult {
                wave: w.wave,
                creators: wi.creators,
                groups: groups(wi.creators, wi.parallel),
                first_live: dates(i, |w| w.first_live),
                last_live: dates(i, |w| w.last_live),
                percentiles: draws_by_wave.get(i).map_or([start; 3], |d| at(d)),
            }
        })
        .collect();
    let last_live = points.clone().map(|p| p.last_live().unwrap_or(start));
    let percentiles = draws_by_wave.last().map_or([start; 3], |d| at(d));
    let latest_end = last_live[2].max(percentiles[2]);
    let holidays = planner.calendar.holidays_between(start, latest_end);
    let bars = points[1].bars.clone();
    warnings.extend(schedule_warnings(
        inputs,
        &planner.calendar,
        &points[1],
        start,
        latest_end,
    ));
    Ok(Report {
        start,
        waves,
        last_live,
        percentiles,
        likely_days: start.days_until(last_live[1]) + 1,
        latest_start,
        bars,
        holidays,
        hand_over_hours: hours,
        draws,
        warnings,
    })
}

fn schedule_warnings(
    inputs: &TimelineInputs,
    calendar: &Calendar,
    pass: &Pass,
    start: Date,
    latest_end: Date,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Some(holiday) = calendar.holiday_on(start) {
        warnings.push(Warning::StartsInHoliday { holiday });
    }
    // One warning per holiday and wave, naming the review groups and the
    // steps whose own days meet the holiday.
    for holiday in calendar.holidays_between(start, latest_end) {
        for w in &pass.waves {
            let meets: Vec<&GroupSpan> = pass
                .group_spans
                .iter()
                .filter(|g| g.wave == w.wave && g.start <= holiday.last)
                .filter(|g| g.end.add_days(-1) >= holiday.first)
                .collect();
            if meets.is_empty() {
                continue;
            }
            let mut groups: Vec<u64> = meets.iter().filter_map(|g| g.group).collect();
            groups.sort_unstable();
            groups.dedup();
            let stages: Vec<Stage> = Stage::ALL
                .into_iter()
                .filter(|s| meets.iter().any(|g| g.stage == *s))
                .collect();
            let wi = inputs.wave(w.wave);
            warnings.push(Warning::SpansHoliday {
                wave: w.wave,
                holiday,
                groups,
                of: groups_of(wi.creators, wi.parallel),
                stages,
            });
        }
    }
    for w in &pass.waves {
        // Every group's go-live day, not only the first and last.
        let lives = pass
            .group_spans
            .iter()
            .filter(|g| g.wave == w.wave && g.stage == Stage::Step(Step::Publication))
            .map(|g| g.end.add_days(-1))
            .chain([w.first_live, w.last_live]);
        for live in lives {
            if let Some(DayOff::Holiday(holiday)) = calendar.day_off(live) {
                let warning = Warning::LiveOnHoliday {
                    wave: w.wave,
                    holiday,
                };
                if !warnings.contains(&warning) {
                    warnings.push(warning);
                }
            }
        }
        if let Some((peak, date)) = ShoppingPeak::next_after(w.last_live) {
            let days = w.last_live.days_until(date);
            if days <= PEAK_WINDOW_DAYS {
                warnings.push(Warning::BeforePeak {
                    wave: w.wave,
                    peak,
                    date,
                    days,
                });
            }
        }
    }
    let (_, last_year) = table_years();
    let mut years = start.year()..=latest_end.year();
    if let Some(year) = years.clone().find(|&y| year_is_provisional(y)) {
        warnings.push(Warning::Provisional {
            year,
            last: last_year,
        });
    }
    if let Some(year) = years.find(|&y| !year_is_covered(y) && !year_is_provisional(y)) {
        warnings.push(Warning::BeyondTable {
            year,
            last: PROVISIONAL_LAST_YEAR,
        });
    }
    // The brand's 72 hours are clock time: weekends and holidays run it.
    let last = inputs.step(Step::FinalApproval);
    let mut reviews = vec![(ReviewPart::Final, last.days[2], last.working)];
    if inputs.rounds.count > 0 {
        reviews.push((ReviewPart::Round, inputs.rounds.brand_days[2], true));
    }
    for (part, days, working) in reviews {
        if can_exceed_window(days, working) {
            warnings.push(Warning::ReviewOverWindow {
                part,
                days,
                working,
            });
        }
    }
    warnings
}
