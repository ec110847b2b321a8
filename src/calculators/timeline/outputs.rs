//! The campaign timeline's outputs: the go-live dates and their
//! percentiles, the duration, the latest starts (backward) and each wave;
//! or, when there is no schedule, why.

use super::model::Wave;
use super::plan::{Conflict, Report};
use crate::dates::Date;
use crate::i18n::Key;
use crate::outputs::{Arg, Group, Kind, Label, Output, Value};

impl Wave {
    /// The output-name part: `seeding`, `vertical` or `head`.
    pub fn slug(self) -> &'static str {
        match self {
            Wave::Seeding => "seeding",
            Wave::Vertical => "vertical",
            Wave::Head => "head",
        }
    }
}

fn date(key: &str, label: Key, date: Date) -> Output {
    Output::new(key, Label::text(label), Kind::Date, Value::Date(date))
}

/// Every output of a planned schedule, or its conflict.
pub fn outputs(report: &Result<Report, Conflict>) -> Vec<Output> {
    let report = match report {
        Ok(report) => report,
        Err(conflict) => {
            let (code, text) = match *conflict {
                Conflict::NoCreators => ("no_creators", Label::text(Key::TlConflictNoCreators)),
                Conflict::TooLong { days } => (
                    "too_long",
                    Label::with(
                        Key::TlConflictTooLong,
                        vec![Arg::Number(days as f64 / 365.0, 1)],
                    ),
                ),
            };
            return vec![
                Output::new(
                    "answer",
                    Label::text(Key::AnswerLabel),
                    Kind::Word,
                    Value::Word(code.to_string(), text.clone()),
                )
                .in_group(Group::Answer),
                Output::new(
                    "status",
                    Label::text(Key::TlStatus),
                    Kind::Word,
                    Value::Word(code.to_string(), text),
                )
                .in_group(Group::Headline),
            ];
        }
    };
    let [earliest, likely, latest] = report.last_live;
    let [p50, p80, p95] = report.percentiles;
    let days = f64::from(report.likely_days);
    let answer = match report.latest_start {
        Some(starts) => Label::with(
            Key::AnswerTlBackward,
            vec![Arg::Date(starts.confident), Arg::Date(starts.target)],
        ),
        None => Label::with(
            Key::AnswerTlForward,
            vec![Arg::Date(p80), Arg::Date(likely)],
        ),
    };
    let direction = if report.latest_start.is_some() {
        "backward"
    } else {
        "forward"
    };
    let mut all = vec![Output::new(
        "answer",
        Label::text(Key::AnswerLabel),
        Kind::Word,
        Value::Word(direction.to_string(), answer),
    )
    .in_group(Group::Answer)];
    // Backward, the latest starts come first.
    if let Some(starts) = report.latest_start {
        all.push(date(
            "latest_start_p80",
            Key::TlLatestStartP80,
            starts.confident,
        ));
        all.push(date(
            "latest_start_likely",
            Key::TlLatestStartLikely,
            starts.likely,
        ));
    }
    all.extend([
        date("start", Key::TlStartUsed, report.start),
        date("last_live_likely", Key::TlLastLiveLikely, likely),
        date("last_live_earliest", Key::TlLastLiveEarliest, earliest),
        date("last_live_latest", Key::TlLastLiveLatest, latest),
        date("p50", Key::TlP50, p50),
        date("p80", Key::TlP80, p80),
        date("p95", Key::TlP95, p95),
        Output::new(
            "duration_days",
            Label::text(Key::TlDurationDays),
            Kind::Number(0),
            Value::Number(days),
        ),
        Output::new(
            "duration_weeks",
            Label::text(Key::TlDurationWeeks),
            Kind::Number(1),
            Value::Number(days / 7.0),
        )
        .with_note(Label::text(Key::TlDurationNote)),
        Output::new(
            "hand_over_hours",
            Label::text(Key::TlHandOverHours),
            Kind::Number(2),
            Value::Number(report.hand_over_hours),
        ),
    ]);
    for w in &report.waves {
        let slug = w.wave.slug();
        let cell = |key: String, column: Key, kind: Kind, value: Value| {
            Output::new(key, Label::join(w.wave.name(), column), kind, value).in_group(
                Group::Cell {
                    table: "waves",
                    row: Label::text(w.wave.name()),
                    column: Label::text(column),
                },
            )
        };
        all.extend([
            cell(
                format!("creators_{slug}"),
                Key::TlWaveCreators,
                Kind::Number(0),
                Value::Number(w.creators as f64),
            ),
            cell(
                format!("groups_{slug}"),
                Key::TlGroups,
                Kind::Number(0),
                Value::Number(w.groups as f64),
            ),
            cell(
                format!("first_live_{slug}"),
                Key::TlFirstLiveCol,
                Kind::Date,
                Value::Date(w.first_live[1]),
            ),
            cell(
                format!("last_live_{slug}_earliest"),
                Key::TlEarliest,
                Kind::Date,
                Value::Date(w.last_live[0]),
            ),
            cell(
                format!("last_live_{slug}"),
                Key::TlLikelyCol,
                Kind::Date,
                Value::Date(w.last_live[1]),
            ),
            cell(
                format!("last_live_{slug}_latest"),
                Key::TlLatest,
                Kind::Date,
                Value::Date(w.last_live[2]),
            ),
            cell(
                format!("p80_{slug}"),
                Key::TlP80Col,
                Kind::Date,
                Value::Date(w.percentiles[1]),
            ),
        ]);
    }
    all
}

/// The outputs of the scenario a link opens on `today`, as its page
/// computes them.
pub fn of_link(reader: &mut crate::link::LinkReader, today: Date) -> Vec<Output> {
    let parsed = super::link::decode(reader, today).parse(today);
    if !parsed.feeding_errors().is_empty() {
        return vec![];
    }
    outputs(&super::plan::compute(&parsed.inputs))
}
