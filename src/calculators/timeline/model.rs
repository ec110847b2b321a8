//! The timeline's inputs: the brief's steps with three-point durations,
//! review rounds, waves of creators in the layered order, the calendar and
//! the brand's time zone. Defaults and their sources:
//! - Steps: the brief (selection 3–5 days, briefing 2, mood board / draft
//!   review 3, final preview and approval 2–7, publication 1). The likely
//!   value of the final approval (4) is an assumption.
//! - Platform review of sponsored (报备) notes: 1–2 working days
//!   (domain facts §2.8). The brand's review window is 72 hours, with at
//!   most 3 rejections, after which the note may publish by default.
//! - Revision rounds (1), creator revision days (1–3) and brand review days
//!   per round (1–3, within the 72-hour window): assumptions.
//! - Waves (20 seeding KOCs, 10 at a time; 5 vertical KOLs; no Head KOL;
//!   7 days between waves), office hours 9:00–18:00 on both sides:
//!   assumptions.

use super::calendar::CalendarEdits;
use super::pert::Estimate;
use crate::dates::Date;
use crate::i18n::Key;

/// A step of one creator's collaboration, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// 达人筛选: shortlist and confirm creators.
    Selection,
    /// 需求简报: brief and confirm the schedule.
    Briefing,
    /// 脚本/初稿审核: mood board or first draft, reviewed by the brand.
    DraftReview,
    /// 终稿确认: final preview and approval.
    FinalApproval,
    /// 平台审核: the platform's review of a sponsored note.
    PlatformReview,
    /// 发布: the note goes live.
    Publication,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Selection,
        Step::Briefing,
        Step::DraftReview,
        Step::FinalApproval,
        Step::PlatformReview,
        Step::Publication,
    ];

    /// Link key.
    pub fn key(self) -> &'static str {
        match self {
            Step::Selection => "sel",
            Step::Briefing => "brief",
            Step::DraftReview => "draft",
            Step::FinalApproval => "final",
            Step::PlatformReview => "review",
            Step::Publication => "pub",
        }
    }

    /// Its name in the translation table.
    pub fn name(self) -> Key {
        match self {
            Step::Selection => Key::TlStepSelection,
            Step::Briefing => Key::TlStepBriefing,
            Step::DraftReview => Key::TlStepDraft,
            Step::FinalApproval => Key::TlStepFinal,
            Step::PlatformReview => Key::TlStepPlatform,
            Step::Publication => Key::TlStepPublication,
        }
    }

    /// Times work crosses between the brand and China in this step: each
    /// waits for the other office to open.
    pub fn hand_overs(self) -> u32 {
        match self {
            Step::Selection | Step::Briefing => 1,
            Step::DraftReview | Step::FinalApproval => 2,
            Step::PlatformReview | Step::Publication => 0,
        }
    }

    /// The step's default durations and counting.
    pub fn default_inputs(self) -> StepInputs {
        let (days, working) = match self {
            Step::Selection => ([3.0, 4.0, 5.0], true),
            Step::Briefing => ([2.0, 2.0, 2.0], true),
            Step::DraftReview => ([3.0, 3.0, 3.0], true),
            Step::FinalApproval => ([2.0, 4.0, 7.0], true),
            Step::PlatformReview => ([1.0, 1.0, 2.0], true),
            // Creators publish on any day of the week.
            Step::Publication => ([1.0, 1.0, 1.0], false),
        };
        StepInputs { days, working }
    }
}

/// One step's durations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepInputs {
    /// Minimum, likely and maximum days.
    pub days: Estimate,
    /// Counted in working days (Monday–Friday less holidays) rather than
    /// calendar days.
    pub working: bool,
}

/// Revision rounds after the draft review, each counted in working days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rounds {
    /// Rounds expected, 0–3: after 3 rejections the platform lets the
    /// creator publish by default.
    pub count: u32,
    /// The creator's days to revise, per round.
    pub creator_days: Estimate,
    /// The brand's days to review, per round (72 hours at most on the
    /// platform's marketplace).
    pub brand_days: Estimate,
}

/// The most revision rounds the platform allows (3 rejections).
pub const MAX_ROUNDS: u32 = 3;
/// The brand's review window on the platform's marketplace, in days.
pub const REVIEW_WINDOW_DAYS: f64 = 3.0;

/// A wave of creators, in the brief's layered order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wave {
    /// Seeding KOCs: authentic notes first.
    Seeding,
    /// Vertical KOLs: in-depth reviews.
    Vertical,
    /// An optional Head KOL for the launch moment.
    Head,
}

impl Wave {
    /// Every wave, in order.
    pub const ALL: [Wave; 3] = [Wave::Seeding, Wave::Vertical, Wave::Head];

    /// Link key.
    pub fn key(self) -> &'static str {
        match self {
            Wave::Seeding => "w1",
            Wave::Vertical => "w2",
            Wave::Head => "w3",
        }
    }

    /// Its name in the translation table.
    pub fn name(self) -> Key {
        match self {
            Wave::Seeding => Key::TlWaveSeeding,
            Wave::Vertical => Key::TlWaveVertical,
            Wave::Head => Key::TlWaveHead,
        }
    }

    /// Its short name, for chart labels.
    pub fn short_name(self) -> Key {
        match self {
            Wave::Seeding => Key::TlShortSeeding,
            Wave::Vertical => Key::TlShortVertical,
            Wave::Head => Key::TlShortHead,
        }
    }

    /// Its position.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One wave's creators.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WaveInputs {
    /// Creators in the wave; 0 leaves it out.
    pub creators: u64,
    /// Creators the brand reviews at once; the next group starts its review
    /// when the previous one is approved.
    pub parallel: u64,
    /// Calendar days from the previous wave's last note to this wave's first.
    pub gap_days: u32,
}

/// Most creators in one wave.
pub const MAX_CREATORS: u64 = 10_000;

/// Which way to schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// From a start date forward.
    Forward,
    /// Back from a target go-live date to the latest safe start.
    Backward,
}

impl Direction {
    /// Link value.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Forward => "start",
            Direction::Backward => "target",
        }
    }

    /// From a link value.
    pub fn from_key(key: &str) -> Option<Direction> {
        [Direction::Forward, Direction::Backward]
            .into_iter()
            .find(|d| d.key() == key)
    }
}

/// Everything the timeline computes from.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineInputs {
    /// Forward from `start` or backward from `target`.
    pub direction: Direction,
    /// The first day of creator selection (forward).
    pub start: Date,
    /// The day the last note must be live (backward).
    pub target: Date,
    /// Today, from the page: never read inside the calculation.
    pub today: Date,
    /// Each step's durations, in [`Step::ALL`] order.
    pub steps: [StepInputs; 6],
    /// Revision rounds.
    pub rounds: Rounds,
    /// Each wave, in [`Wave::ALL`] order.
    pub waves: [WaveInputs; 3],
    /// The brand's offset from UTC in hours (China is UTC+8).
    pub utc_offset: f64,
    /// The Monte Carlo seed.
    pub seed: u64,
    /// The user's changes to the holiday calendar.
    pub edits: CalendarEdits,
}

impl TimelineInputs {
    /// The defaults, starting `today` and aiming six weeks later.
    pub fn new(today: Date) -> TimelineInputs {
        TimelineInputs {
            direction: Direction::Forward,
            start: today,
            target: today.add_days(42),
            today,
            steps: Step::ALL.map(Step::default_inputs),
            rounds: Rounds {
                count: 1,
                creator_days: [1.0, 2.0, 3.0],
                brand_days: [1.0, 2.0, 3.0],
            },
            waves: [
                WaveInputs {
                    creators: 20,
                    parallel: 10,
                    gap_days: 0,
                },
                WaveInputs {
                    creators: 5,
                    parallel: 5,
                    gap_days: 7,
                },
                WaveInputs {
                    creators: 0,
                    parallel: 1,
                    gap_days: 7,
                },
            ],
            utc_offset: 1.0,
            seed: 1,
            edits: CalendarEdits::default(),
        }
    }

    /// The inputs of a step.
    pub fn step(&self, step: Step) -> StepInputs {
        self.steps
            .get(step as usize)
            .copied()
            .unwrap_or_else(|| step.default_inputs())
    }

    /// The inputs of a wave.
    pub fn wave(&self, wave: Wave) -> WaveInputs {
        self.waves.get(wave.index()).copied().unwrap_or(WaveInputs {
            creators: 0,
            parallel: 1,
            gap_days: 0,
        })
    }
}

/// China's offset from UTC.
pub const CHINA_UTC_OFFSET: f64 = 8.0;
/// Office hours on both sides (assumption): 9:00 to 18:00 local time.
pub const OFFICE_HOURS: (f64, f64) = (9.0, 18.0);

/// Hours of the working day the brand's office and a China office are not
/// both open: each hand-over waits that long for the other side.
pub fn hand_over_hours(utc_offset: f64) -> f64 {
    let (open, close) = OFFICE_HOURS;
    let length = close - open;
    let shift = CHINA_UTC_OFFSET - utc_offset;
    // The brand's office hours on China's clock, yesterday, today, tomorrow.
    let overlap = [-24.0, 0.0, 24.0]
        .into_iter()
        .map(|day| {
            let (a, b) = (open + shift + day, close + shift + day);
            (b.min(close) - a.max(open)).max(0.0)
        })
        .fold(0.0, f64::max);
    (length - overlap).clamp(0.0, length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_overlap_by_hand() {
        // Shanghai itself: full overlap.
        assert_eq!(hand_over_hours(8.0), 0.0);
        // Paris in winter (UTC+1): China 9–18 is 2:00–11:00 in Paris; 9–11 overlap.
        assert_eq!(hand_over_hours(1.0), 7.0);
        // New York (UTC−5): China 9–18 is 20:00–5:00; no overlap.
        assert_eq!(hand_over_hours(-5.0), 9.0);
        // Sydney (UTC+11): China 9–18 is 12:00–21:00 in Sydney; 12–18 overlap.
        assert_eq!(hand_over_hours(11.0), 3.0);
        // India (UTC+5:30): China 9–18 is 6:30–15:30; 9–15:30 overlap.
        assert_eq!(hand_over_hours(5.5), 2.5);
    }
}
