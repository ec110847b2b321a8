//! What the user typed, kept as text, and its reading into
//! [`TimelineInputs`] with an error for each field that cannot be used. A
//! field in error falls back to its default so the rest still computes.

use super::model::{Direction, Step, TimelineInputs, Wave, MAX_CREATORS, MAX_ROUNDS};
use crate::dates::{parse_date, Date};
use crate::fields::FieldText;
use crate::units::{parse_count, parse_decimal, plain_number, FieldError};

/// Longest a single step or round may take, in days.
pub const MAX_STEP_DAYS: f64 = 365.0;
/// Most lines in a list of dates.
pub const MAX_DATE_LINES: usize = 366;

/// A single-value field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Global {
    /// Start date (`s`).
    Start,
    /// Target go-live date (`t`).
    Target,
    /// Revision rounds (`rounds`).
    Rounds,
    /// The brand's UTC offset in hours (`tz`).
    UtcOffset,
    /// Monte Carlo seed (`seed`).
    Seed,
    /// Extra days off, one date or range per line (`off`).
    DaysOff,
    /// Extra working days, one date per line (`work`).
    WorkingDays,
}

impl Global {
    /// Every field, in link order.
    pub const ALL: [Global; 7] = [
        Global::Start,
        Global::Target,
        Global::Rounds,
        Global::UtcOffset,
        Global::Seed,
        Global::DaysOff,
        Global::WorkingDays,
    ];

    /// Link key.
    pub fn key(self) -> &'static str {
        match self {
            Global::Start => "s",
            Global::Target => "t",
            Global::Rounds => "rounds",
            Global::UtcOffset => "tz",
            Global::Seed => "seed",
            Global::DaysOff => "off",
            Global::WorkingDays => "work",
        }
    }
}

/// Which estimate of the review rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundPart {
    /// The creator's revision days (`rc`).
    Creator,
    /// The brand's review days (`rb`).
    Brand,
}

impl RoundPart {
    /// Both, in order.
    pub const ALL: [RoundPart; 2] = [RoundPart::Creator, RoundPart::Brand];

    /// Link key.
    pub fn key(self) -> &'static str {
        match self {
            RoundPart::Creator => "rc",
            RoundPart::Brand => "rb",
        }
    }
}

/// A column of the waves table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaveColumn {
    /// Creators.
    Creators,
    /// Reviewed at once.
    Parallel,
    /// Days after the previous wave.
    Gap,
}

impl WaveColumn {
    /// Columns in link order.
    pub const ALL: [WaveColumn; 3] = [WaveColumn::Creators, WaveColumn::Parallel, WaveColumn::Gap];

    /// Reads a cell.
    pub fn read(self, text: &str) -> Result<u64, FieldError> {
        let n = parse_count(text)?;
        let (min, max) = match self {
            WaveColumn::Creators => (0, MAX_CREATORS),
            WaveColumn::Parallel => (1, MAX_CREATORS),
            WaveColumn::Gap => (0, 365),
        };
        if n == 0 && min > 0 {
            return Err(FieldError::Zero);
        }
        if n > max {
            return Err(FieldError::TooLarge { max: max as f64 });
        }
        Ok(n)
    }
}

/// A field of the form, to place its error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A single-value field.
    Global(Global),
    /// A step's minimum (0), likely (1) or maximum (2) days.
    StepDays(Step, usize),
    /// A round estimate's minimum, likely or maximum days.
    RoundDays(RoundPart, usize),
    /// A cell of the waves table.
    Wave(Wave, WaveColumn),
}

/// Every field of the timeline, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineForm {
    /// Forward from a start or backward from a target.
    pub direction: Direction,
    /// Single-value fields in [`Global::ALL`] order.
    pub globals: [String; 7],
    /// Step durations, rows in [`Step::ALL`] order: minimum, likely, maximum.
    pub steps: [[String; 3]; 6],
    /// Whether each step counts working days (else calendar days).
    pub working: [bool; 6],
    /// Round estimates in [`RoundPart::ALL`] order.
    pub rounds: [[String; 3]; 2],
    /// Waves, rows in [`Wave::ALL`] order, columns in [`WaveColumn::ALL`] order.
    pub waves: [[String; 3]; 3],
    /// Official holiday periods switched off, by their first day (ISO).
    pub ignored: Vec<String>,
}

/// The form read into inputs, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedForm {
    /// The inputs to compute with.
    pub inputs: TimelineInputs,
    /// Each field in error and why.
    pub errors: Vec<(Field, FieldError)>,
}

impl ParsedForm {
    /// The errors of fields that feed the results: the date field the
    /// direction hides feeds none. Results are shown only without any.
    pub fn feeding_errors(&self) -> Vec<&(Field, FieldError)> {
        let hidden = match self.inputs.direction {
            Direction::Forward => Global::Target,
            Direction::Backward => Global::Start,
        };
        self.errors
            .iter()
            .filter(|(field, _)| *field != Field::Global(hidden))
            .collect()
    }
}

fn days(value: f64) -> String {
    plain_number(value, 2)
}

impl TimelineForm {
    /// The form showing `inputs`.
    pub fn from_inputs(inputs: &TimelineInputs) -> TimelineForm {
        let join = |dates: Vec<String>| dates.join("\n");
        TimelineForm {
            direction: inputs.direction,
            globals: [
                inputs.start.iso(),
                inputs.target.iso(),
                inputs.rounds.count.to_string(),
                plain_number(inputs.utc_offset, 2),
                inputs.seed.to_string(),
                join(
                    inputs
                        .edits
                        .days_off
                        .iter()
                        .map(|&(a, b)| {
                            if a == b {
                                a.iso()
                            } else {
                                format!("{} ~ {}", a.iso(), b.iso())
                            }
                        })
                        .collect(),
                ),
                join(inputs.edits.working_days.iter().map(|d| d.iso()).collect()),
            ],
            steps: inputs.steps.map(|s| s.days.map(days)),
            working: inputs.steps.map(|s| s.working),
            rounds: [inputs.rounds.creator_days, inputs.rounds.brand_days].map(|e| e.map(days)),
            waves: inputs
                .waves
                .map(|w| [w.creators, w.parallel, u64::from(w.gap_days)].map(|n| n.to_string())),
            ignored: inputs.edits.ignored.iter().map(|d| d.iso()).collect(),
        }
    }

    /// The default form for `today`.
    pub fn new(today: Date) -> TimelineForm {
        TimelineForm::from_inputs(&TimelineInputs::new(today))
    }

    /// Reads the form; `today` comes from the page.
    pub fn parse(&self, today: Date) -> ParsedForm {
        let defaults = TimelineInputs::new(today);
        let mut inputs = defaults.clone();
        inputs.direction = self.direction;
        let mut errors = Vec::new();
        let mut check = |field: Field, result: Result<(), FieldError>| {
            if let Err(e) = result {
                errors.push((field, e));
            }
        };
        for g in Global::ALL {
            let text = self.text(Field::Global(g));
            let result = match g {
                Global::Start => parse_date(text).map(|d| inputs.start = d),
                Global::Target => parse_date(text).map(|d| inputs.target = d),
                Global::Rounds => read_rounds(text).map(|n| inputs.rounds.count = n),
                Global::UtcOffset => {
                    parse_decimal(text, -12.0, 14.0).map(|v| inputs.utc_offset = v)
                }
                Global::Seed => parse_count(text).map(|v| inputs.seed = v),
                Global::DaysOff => parse_ranges(text).map(|v| inputs.edits.days_off = v),
                Global::WorkingDays => parse_ranges(text).map(|v| {
                    inputs.edits.working_days = v
                        .into_iter()
                        .flat_map(|(a, b)| days_between(a, b))
                        .collect()
                }),
            };
            check(Field::Global(g), result);
        }
        for (i, step) in Step::ALL.into_iter().enumerate() {
            let cells = self.steps.get(i);
            let read = read_estimate(cells, |point| Field::StepDays(step, point));
            if let Some(slot) = inputs.steps.get_mut(i) {
                slot.working = self.working.get(i).copied().unwrap_or(slot.working);
                match read {
                    Ok(e) => slot.days = e,
                    Err(field_errors) => {
                        field_errors.into_iter().for_each(|(f, e)| check(f, Err(e)))
                    }
                }
            }
        }
        for (i, part) in RoundPart::ALL.into_iter().enumerate() {
            match read_estimate(self.rounds.get(i), |point| Field::RoundDays(part, point)) {
                Ok(e) => match part {
                    RoundPart::Creator => inputs.rounds.creator_days = e,
                    RoundPart::Brand => inputs.rounds.brand_days = e,
                },
                Err(field_errors) => field_errors.into_iter().for_each(|(f, e)| check(f, Err(e))),
            }
        }
        for (i, wave) in Wave::ALL.into_iter().enumerate() {
            for (j, column) in WaveColumn::ALL.into_iter().enumerate() {
                let text = self
                    .waves
                    .get(i)
                    .and_then(|r| r.get(j))
                    .map_or("", String::as_str);
                let result = column.read(text).map(|n| {
                    if let Some(w) = inputs.waves.get_mut(i) {
                        match column {
                            WaveColumn::Creators => w.creators = n,
                            WaveColumn::Parallel => w.parallel = n,
                            WaveColumn::Gap => w.gap_days = n as u32,
                        }
                    }
                });
                check(Field::Wave(wave, column), result);
            }
        }
        inputs.edits.ignored = self
            .ignored
            .iter()
            .filter_map(|t| parse_date(t).ok())
            .collect();
        ParsedForm { inputs, errors }
    }
}

fn read_rounds(text: &str) -> Result<u32, FieldError> {
    let n = parse_count(text)?;
    if n > u64::from(MAX_ROUNDS) {
        return Err(FieldError::OutOfRange {
            min: 0.0,
            max: f64::from(MAX_ROUNDS),
        });
    }
    Ok(n as u32)
}

/// Reads minimum, likely and maximum days; every cell in error, or a
/// decreasing triple (reported on the likely cell), comes back as errors.
fn read_estimate(
    cells: Option<&[String; 3]>,
    field: impl Fn(usize) -> Field,
) -> Result<[f64; 3], Vec<(Field, FieldError)>> {
    let mut values = [0.0; 3];
    let mut errors = Vec::new();
    for (point, value) in values.iter_mut().enumerate() {
        let text = cells.and_then(|c| c.get(point)).map_or("", String::as_str);
        match parse_decimal(text, 0.0, MAX_STEP_DAYS) {
            Ok(v) => *value = v,
            Err(e) => errors.push((field(point), e)),
        }
    }
    if errors.is_empty() && !(values[0] <= values[1] && values[1] <= values[2]) {
        errors.push((field(1), FieldError::NotOrdered));
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors)
    }
}

/// Separators between the two ends of a range of dates.
const RANGE_SEPARATORS: [&str; 8] = ["~", "～", "–", "—", "..", " to ", "至", " - "];

/// Reads one date or range per line (`2026-07-01`, `2026-07-01 ~ 2026-07-03`).
pub fn parse_ranges(text: &str) -> Result<Vec<(Date, Date)>, FieldError> {
    let lines: Vec<&str> = text
        .split(['\n', ';', '；', ','])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() > MAX_DATE_LINES {
        return Err(FieldError::TooLarge {
            max: MAX_DATE_LINES as f64,
        });
    }
    lines
        .into_iter()
        .map(|line| {
            let split = RANGE_SEPARATORS.iter().find_map(|sep| line.split_once(sep));
            let (a, b) = match split {
                Some((a, b)) => (parse_date(a)?, parse_date(b)?),
                None => {
                    let d = parse_date(line)?;
                    (d, d)
                }
            };
            if a.days_until(b) > MAX_DATE_LINES as i32 || b < a {
                return Err(FieldError::NotADate);
            }
            Ok((a, b))
        })
        .collect()
}

fn days_between(a: Date, b: Date) -> Vec<Date> {
    (0..=a.days_until(b).max(0))
        .map(|n| a.add_days(n))
        .collect()
}

impl FieldText for TimelineForm {
    type Field = Field;

    fn text(&self, field: Field) -> &str {
        match field {
            Field::Global(g) => self.globals.get(g as usize),
            Field::StepDays(s, p) => self.steps.get(s as usize).and_then(|r| r.get(p)),
            Field::RoundDays(r, p) => self.rounds.get(r as usize).and_then(|c| c.get(p)),
            Field::Wave(w, c) => self.waves.get(w.index()).and_then(|r| r.get(c as usize)),
        }
        .map_or("", String::as_str)
    }

    fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        match field {
            Field::Global(g) => self.globals.get_mut(g as usize),
            Field::StepDays(s, p) => self.steps.get_mut(s as usize).and_then(|r| r.get_mut(p)),
            Field::RoundDays(r, p) => self.rounds.get_mut(r as usize).and_then(|c| c.get_mut(p)),
            Field::Wave(w, c) => self
                .waves
                .get_mut(w.index())
                .and_then(|r| r.get_mut(c as usize)),
        }
    }
}
