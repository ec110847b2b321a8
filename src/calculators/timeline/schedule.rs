//! One pass of the schedule for given step durations: every wave starts its
//! selection on the start date; all its creators are briefed together; the
//! brand then reviews them a group at a time (a group's draft review starts
//! when the previous group's note is approved). A group's note is submitted
//! on the platform (报备): the platform reviews it, then the brand (final
//! approval); each revision round sends the creator's revision through the
//! platform's review and the brand's again. An approved note goes live, but
//! not before the previous wave's last note plus the gap between waves.

use super::calendar::Calendar;
use super::model::{Step, TimelineInputs, Wave};
use crate::dates::Date;

/// A part of a wave's schedule, as drawn on the Gantt chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// One of the steps.
    Step(Step),
    /// The revision rounds after the brand's first review of the submitted
    /// note: each the creator's revision, the platform's review again and
    /// the brand's review again.
    Revisions,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 7] = [
        Stage::Step(Step::Selection),
        Stage::Step(Step::Briefing),
        Stage::Step(Step::DraftReview),
        Stage::Step(Step::PlatformReview),
        Stage::Step(Step::FinalApproval),
        Stage::Revisions,
        Stage::Step(Step::Publication),
    ];

    fn index(self) -> usize {
        Stage::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }
}

/// Where a stage of a wave runs: from its first day to the day after its
/// last, over all the wave's groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The wave.
    pub wave: Wave,
    /// The stage.
    pub stage: Stage,
    /// Its first day.
    pub start: Date,
    /// The day after its last day (equal to `start` when it takes no time).
    pub end: Date,
}

/// One wave's go-live dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaveDates {
    /// The wave.
    pub wave: Wave,
    /// Its first note's go-live day.
    pub first_live: Date,
    /// Its last note's go-live day.
    pub last_live: Date,
}

/// Days a stage takes for a wave's group, before time-zone delays.
pub trait Durations {
    /// Days of `stage` for group `group` of `wave`.
    fn days(&mut self, wave: Wave, group: u64, stage: Stage) -> f64;
}

/// The result of one pass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pass {
    /// Each scheduled wave's go-live dates, in order.
    pub waves: Vec<WaveDates>,
    /// Bars of every stage, when asked for.
    pub bars: Vec<Bar>,
    /// Where each stage of each review group runs, when asked for.
    pub group_spans: Vec<GroupSpan>,
}

/// Where one stage runs for one review group (selection and briefing are
/// the whole wave's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupSpan {
    /// The wave.
    pub wave: Wave,
    /// The review group, from 0; `None` for the wave's selection and briefing.
    pub group: Option<u64>,
    /// The stage.
    pub stage: Stage,
    /// Its first day.
    pub start: Date,
    /// The day after its last.
    pub end: Date,
}

impl Pass {
    /// The last note's go-live day.
    pub fn last_live(&self) -> Option<Date> {
        self.waves.iter().map(|w| w.last_live).max()
    }
}

/// Groups a wave is reviewed in.
pub fn groups(creators: u64, parallel: u64) -> u64 {
    creators.div_ceil(parallel.max(1))
}

/// A point in time along a chain of steps: a day and the fraction of it
/// already used. Steps carry fractions of a day (a draw of 2.4 days, a
/// 7-hour wait for the other office) from one to the next, so time is
/// rounded to whole days only where a date is read off.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct Pos {
    day: Date,
    used: f64,
}

impl Pos {
    fn at(day: Date) -> Pos {
        Pos { day, used: 0.0 }
    }

    fn later(self, other: Pos) -> Pos {
        if other > self {
            other
        } else {
            self
        }
    }
}

/// Days of rounding slack, so sums of halves and thirds land on whole days.
const EPS: f64 = 1e-9;

/// Runs a step of `days` (time-zone waits included) from `from`: its first
/// day, the day after its last, and where the next step may start.
fn advance(calendar: &Calendar, from: Pos, days: f64, working: bool) -> (Date, Date, Pos) {
    // A step that takes no time leaves the chain where it was.
    if days <= EPS {
        return (from.day, from.day, from);
    }
    // Work resumes on the next working day, from its start.
    let from = if working && !calendar.is_working(from.day) {
        Pos::at(calendar.next_working(from.day))
    } else {
        from
    };
    let total = from.used + days.min(100_000.0);
    // Days touched: the first one (partly used already) and the rest.
    let touched = (total - EPS).ceil().max(1.0) as u32;
    let end = if working {
        calendar.after_working_days(from.day, touched)
    } else {
        from.day.add_days(touched as i32)
    };
    let last = end.add_days(-1);
    let left = total - f64::from(touched - 1);
    let next = if left >= 1.0 - EPS {
        Pos::at(end)
    } else {
        Pos {
            day: last,
            used: left,
        }
    };
    (from.day, end, next)
}

/// Schedules every wave with creators from `start`.
pub fn run(
    inputs: &TimelineInputs,
    calendar: &Calendar,
    start: Date,
    hand_over_hours: f64,
    durations: &mut impl Durations,
    with_bars: bool,
) -> Pass {
    let mut pass = Pass::default();
    let mut previous_last: Option<Date> = None;
    for wave in Wave::ALL {
        let w = inputs.wave(wave);
        if w.creators == 0 {
            continue;
        }
        let hold = previous_last.map(|last| Pos::at(last.add_days(w.gap_days as i32)));
        let mut spans: [Option<(Date, Date)>; 7] = [None; 7];
        let group_spans = &mut pass.group_spans;
        // A step's time-zone waits are clock hours added to its days; they
        // are carried along the chain with the fractions of days and
        // rounded once, where a date is read off, not step by step.
        let mut step =
            |stage: Stage, group: u64, from: Pos, spans: &mut [Option<(Date, Date)>; 7]| {
                let (days, working, hand_overs) = match stage {
                    Stage::Step(s) => {
                        let i = inputs.step(s);
                        (
                            durations.days(wave, group, stage),
                            i.working,
                            s.hand_overs(),
                        )
                    }
                    Stage::Revisions => (
                        durations.days(wave, group, stage),
                        true,
                        2 * inputs.rounds.count,
                    ),
                };
                let waits = f64::from(hand_overs) * hand_over_hours / 24.0;
                let (first, end, next) = advance(calendar, from, days + waits, working);
                if with_bars {
                    if end > first {
                        let whole_wave = matches!(
                            stage,
                            Stage::Step(Step::Selection) | Stage::Step(Step::Briefing)
                        );
                        group_spans.push(GroupSpan {
                            wave,
                            group: (!whole_wave).then_some(group),
                            stage,
                            start: first,
                            end,
                        });
                    }
                    if let Some(slot) = spans.get_mut(stage.index()) {
                        *slot = Some(match *slot {
                            Some((a, b)) => (a.min(first), b.max(end)),
                            None => (first, end),
                        });
                    }
                }
                (end, next)
            };
        let (_, selected) = step(Stage::Step(Step::Selection), 0, Pos::at(start), &mut spans);
        let (_, briefed) = step(Stage::Step(Step::Briefing), 0, selected, &mut spans);
        let mut reviewer_free = briefed;
        let mut first_live: Option<Date> = None;
        let mut last_live = briefed.day;
        for group in 0..groups(w.creators, w.parallel) {
            let (_, drafted) = step(
                Stage::Step(Step::DraftReview),
                group,
                reviewer_free,
                &mut spans,
            );
            let (_, submitted) = step(
                Stage::Step(Step::PlatformReview),
                group,
                drafted,
                &mut spans,
            );
            let (_, approved) = step(
                Stage::Step(Step::FinalApproval),
                group,
                submitted,
                &mut spans,
            );
            let (_, cleared) = step(Stage::Revisions, group, approved, &mut spans);
            reviewer_free = cleared;
            let publish_from = hold.map_or(cleared, |h| cleared.later(h));
            let (published, _) = step(
                Stage::Step(Step::Publication),
                group,
                publish_from,
                &mut spans,
            );
            // The note is live on the last day of publication.
            let live = if published > publish_from.day {
                published.add_days(-1)
            } else {
                publish_from.day
            };
            first_live = Some(first_live.map_or(live, |f| f.min(live)));
            last_live = last_live.max(live);
        }
        let first_live = first_live.unwrap_or(last_live);
        pass.waves.push(WaveDates {
            wave,
            first_live,
            last_live,
        });
        if with_bars {
            for (stage, span) in Stage::ALL.into_iter().zip(spans) {
                if let Some((start, end)) = span {
                    pass.bars.push(Bar {
                        wave,
                        stage,
                        start,
                        end,
                    });
                }
            }
        }
        previous_last = Some(last_live);
    }
    pass
}

/// Durations fixed at one point of each estimate: 0 the minimum, 1 the
/// likely value, 2 the maximum.
pub struct Point<'a> {
    /// The inputs.
    pub inputs: &'a TimelineInputs,
    /// Which point.
    pub at: usize,
}

impl Durations for Point<'_> {
    fn days(&mut self, _: Wave, _: u64, stage: Stage) -> f64 {
        let pick = |e: [f64; 3]| e.get(self.at).copied().unwrap_or(e[1]);
        match stage {
            Stage::Step(s) => pick(self.inputs.step(s).days),
            Stage::Revisions => {
                let r = self.inputs.rounds;
                let platform = pick(self.inputs.step(Step::PlatformReview).days);
                f64::from(r.count) * (pick(r.creator_days) + platform + pick(r.brand_days))
            }
        }
    }
}
