//! The page's outputs by their stable names, as plain values read from the
//! core's list, so fixtures and rendered pages can be compared with what
//! `compute` returns.

use kolcalc::calculators::engagement::model::{
    EngagementInputs, EngagementReport, FakeShareSource, Reason, Undefined,
};
use kolcalc::calculators::engagement::{compute, outputs::outputs};
use kolcalc::i18n::Key;
use kolcalc::outputs::{Group, Output, Value as Listed};

/// An output's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number (shown rounded, carried unrounded in `data-value`).
    Number(f64),
    /// A figure without value, and why.
    Undefined(Key),
    /// A key such as a tier or a verdict.
    Word(String),
}

impl Value {
    /// Reads a value as written in the fixture file: `undefined:no_views`,
    /// a number, or a word.
    pub fn parse(text: &str) -> Value {
        if let Some(why) = text.strip_prefix("undefined:") {
            return Value::Undefined(
                undefined_from_key(why)
                    .unwrap_or_else(|| panic!("unknown reason {why}"))
                    .reason(),
            );
        }
        match text.parse::<f64>() {
            Ok(number) => Value::Number(number),
            Err(_) => Value::Word(text.to_string()),
        }
    }

    /// Whether `self` (actual) matches `expected`, numbers within `rel`.
    pub fn matches(&self, expected: &Value, rel: f64) -> bool {
        match (self, expected) {
            (Value::Number(a), Value::Number(b)) => super::approx_eq(*a, *b, rel),
            (a, b) => a == b,
        }
    }
}

/// The names of the outputs every scenario shows (the comment check's
/// only once comments are pasted), in the order the page shows them.
pub fn page_output_names() -> Vec<String> {
    outputs(&compute(&EngagementInputs::default()))
        .into_iter()
        // The answer restates the verdict and the ratio, which are listed.
        .filter(|o| o.group != Group::Figure("comments") && o.group != Group::Answer)
        .map(|o| o.key)
        .collect()
}

/// The stable key of an undefined figure's reason.
pub fn undefined_key(why: Undefined) -> &'static str {
    match why {
        Undefined::NoFollowers => "no_followers",
        Undefined::NoNotes => "no_notes",
        Undefined::TooFewNotes => "too_few_notes",
        Undefined::NoInteractions => "no_interactions",
        Undefined::NoViews => "no_views",
        Undefined::NoAuthenticFollowers => "no_authentic_followers",
    }
}

fn undefined_from_key(key: &str) -> Option<Undefined> {
    [
        Undefined::NoFollowers,
        Undefined::NoNotes,
        Undefined::TooFewNotes,
        Undefined::NoInteractions,
        Undefined::NoViews,
        Undefined::NoAuthenticFollowers,
    ]
    .into_iter()
    .find(|&why| undefined_key(why) == key)
}

/// The stable key of a verdict reason.
pub fn reason_key(reason: &Reason) -> &'static str {
    match reason {
        Reason::MeanMeetsBenchmark { .. } => "mean_meets_benchmark",
        Reason::MeanBelowBenchmark { .. } => "mean_below_benchmark",
        Reason::FewNotesMeetBenchmark { .. } => "few_notes_meet_benchmark",
        Reason::LowSaveShare { .. } => "low_save_share",
        Reason::UnevenNotes { .. } => "uneven_notes",
        Reason::CommentShareOutsideRange { .. } => "comment_share_outside_range",
        Reason::FollowersExceedLikesSaves {
            from_profile: true, ..
        } => "followers_exceed_likes_saves_profile",
        Reason::FollowersExceedLikesSaves {
            from_profile: false,
            ..
        } => "followers_exceed_likes_saves_notes",
        Reason::MedianBelowSuspiciousLine { .. } => "median_below_suspicious_line",
        Reason::AllNotesBelowSuspiciousLine { .. } => "all_notes_below_suspicious_line",
        Reason::CommentsFlagged { .. } => "comments_flagged",
    }
}

/// The reasons' keys, in order.
pub fn reason_keys(report: &EngagementReport) -> Vec<&'static str> {
    report.reasons.iter().map(reason_key).collect()
}

fn value(output: &Output) -> Value {
    match &output.value {
        Listed::Number(v) => Value::Number(*v),
        Listed::Undefined(why, _) => Value::Undefined(*why),
        Listed::Date(d) => Value::Word(d.iso()),
        Listed::Word(code, _) => Value::Word(code.clone()),
    }
}

/// The stable key of where the fake share came from.
pub fn fake_source_key(source: FakeShareSource) -> &'static str {
    match source {
        FakeShareSource::BriefBelowHead => "brief_below_head",
        FakeShareSource::PractitionerHead => "practitioner_head",
        FakeShareSource::User => "user",
    }
}

/// The value of the page output `name`, from the core's list.
pub fn page_output(report: &EngagementReport, name: &str) -> Option<Value> {
    outputs(report).iter().find(|o| o.key == name).map(value)
}
