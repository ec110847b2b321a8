//! The engagement benchmark's outputs, in the order the page shows them.

use super::comments::{CommentFlag, DUPLICATE_SHARE_FLAG, SHORT_SHARE_FLAG, TEMPLATE_SHARE_FLAG};
use super::model::{
    EngagementReport, FakeShareSource, Figure, Reason, RedFlag, Tier, Undefined, Verdict,
};
use crate::i18n::Key;
use crate::outputs::{Arg, Group, Kind, Label, Output, Value};

impl Undefined {
    /// Why a figure has no value, in words.
    pub fn reason(self) -> Key {
        match self {
            Undefined::NoFollowers => Key::UndefinedNoFollowers,
            Undefined::NoNotes => Key::UndefinedNoNotes,
            Undefined::TooFewNotes => Key::UndefinedTooFewNotes,
            Undefined::NoInteractions => Key::UndefinedNoInteractions,
            Undefined::NoViews => Key::UndefinedNoViews,
            Undefined::NoAuthenticFollowers => Key::UndefinedNoAuthenticFollowers,
        }
    }
}

impl Tier {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            Tier::Koc => Key::TierKoc,
            Tier::Tail => Key::TierTail,
            Tier::Mid => Key::TierMid,
            Tier::Head => Key::TierHead,
        }
    }
}

impl RedFlag {
    /// Its name.
    pub fn name(self) -> Key {
        match self {
            RedFlag::DuplicateComments => Key::RedFlagDuplicates,
            RedFlag::TemplateComments => Key::RedFlagTemplates,
            RedFlag::ShortComments => Key::RedFlagShort,
            RedFlag::BelowSuspiciousLine => Key::RedFlagSuspicious,
            RedFlag::FollowersExceedProfile => Key::RedFlagProfile,
        }
    }
}

/// The verdict in words; red flags are each named.
fn verdict_text(verdict: Verdict, flags: &[RedFlag]) -> Label {
    match verdict {
        Verdict::Meets => Label::text(Key::VerdictMeets),
        Verdict::Borderline => Label::text(Key::VerdictBorderline),
        Verdict::Below => Label::text(Key::VerdictBelow),
        Verdict::RedFlags => Label::with(
            Key::VerdictRedFlags,
            vec![Arg::List(
                flags.iter().map(|f| Label::text(f.name())).collect(),
            )],
        ),
    }
}

impl FakeShareSource {
    /// Where the share comes from, in words.
    pub fn name(self) -> Key {
        match self {
            FakeShareSource::BriefBelowHead => Key::FakeSourceBrief,
            FakeShareSource::PractitionerHead => Key::FakeSourcePractitioner,
            FakeShareSource::User => Key::FakeSourceUser,
        }
    }
}

fn value(figure: Figure) -> Value {
    match figure {
        Ok(v) => Value::Number(v),
        Err(why) => Value::Undefined(why.reason(), None),
    }
}

fn figure(key: &str, label: Key, kind: Kind, figure: Figure) -> Output {
    Output::new(key, Label::text(label), kind, value(figure))
}

fn count(key: &str, label: Key, n: f64) -> Output {
    Output::new(key, Label::text(label), Kind::Number(0), Value::Number(n))
}

/// The answer in one sentence: the tier, the mean ratio against the
/// benchmark, the verdict and how many red flags.
fn answer(report: &EngagementReport) -> Output {
    let benchmark = report.reasons.iter().find_map(|r| match *r {
        Reason::MeanMeetsBenchmark { benchmark, .. }
        | Reason::MeanBelowBenchmark { benchmark, .. } => Some(benchmark),
        _ => None,
    });
    let value = match (report.verdict, report.ratio_mean, benchmark) {
        (Ok(verdict), Ok(mean), Some(benchmark)) => {
            let flags = match report.red_flags.len() {
                0 => Label::text(Key::AnswerNoRedFlags),
                1 => Label::text(Key::AnswerOneRedFlag),
                n => Label::with(Key::AnswerRedFlags, vec![Arg::Number(n as f64, 0)]),
            };
            let template = match verdict {
                Verdict::Meets => Key::AnswerEngMeets,
                Verdict::Borderline => Key::AnswerEngBorderline,
                Verdict::Below => Key::AnswerEngBelow,
                Verdict::RedFlags => Key::AnswerEngRedFlags,
            };
            Value::Word(
                verdict.key().to_string(),
                Label::with(
                    template,
                    vec![
                        Arg::Text(report.tier.name()),
                        Arg::Share(mean, 2),
                        Arg::Share(benchmark, 1),
                        Arg::Label(Box::new(flags)),
                    ],
                ),
            )
        }
        (Err(why), ..) | (_, Err(why), _) => Value::Undefined(why.reason(), None),
        (Ok(_), Ok(_), None) => Value::Undefined(Key::UndefinedNoNotes, None),
    };
    Output::new("answer", Label::text(Key::AnswerLabel), Kind::Word, value).in_group(Group::Answer)
}

/// Every output of a benchmark run and, when comments were pasted, of their
/// check.
pub fn outputs(report: &EngagementReport) -> Vec<Output> {
    let verdict = match report.verdict {
        Ok(v) => Value::Word(v.key().to_string(), verdict_text(v, &report.red_flags)),
        Err(why) => Value::Undefined(why.reason(), None),
    };
    let flags: Vec<&str> = report.red_flags.iter().map(|f| f.key()).collect();
    let red_flags = Output::new(
        "red_flags",
        Label::text(Key::RedFlagsLabel),
        Kind::Word,
        Value::Word(
            flags.join(","),
            Label::with(Key::RedFlagsCount, vec![Arg::Number(flags.len() as f64, 0)]),
        ),
    )
    .in_group(Group::Data);
    let mut all = vec![
        answer(report),
        Output::new(
            "verdict",
            Label::text(Key::VerdictLabel),
            Kind::Word,
            verdict,
        )
        .in_group(Group::Headline),
        red_flags,
        Output::new(
            "tier",
            Label::text(Key::TierLabel),
            Kind::Word,
            Value::Word(
                report.tier.key().to_string(),
                Label::text(report.tier.name()),
            ),
        ),
        figure(
            "ratio_mean",
            Key::RatioMean,
            Kind::Share(2),
            report.ratio_mean,
        ),
        figure(
            "ratio_median",
            Key::RatioMedian,
            Kind::Share(2),
            report.ratio_median,
        ),
        figure(
            "share_above_benchmark",
            Key::ShareAboveBenchmark,
            Kind::Share(0),
            report.share_above_benchmark,
        ),
        figure(
            "er_followers",
            Key::ErFollowers,
            Kind::Share(2),
            report.er_followers,
        ),
        figure("er_views", Key::ErViews, Kind::Share(2), report.er_views),
        figure(
            "save_share",
            Key::SaveShare,
            Kind::Share(1),
            report.save_share,
        ),
        figure(
            "comment_share",
            Key::CommentShare,
            Kind::Share(1),
            report.comment_share,
        ),
        figure(
            "viral_rate",
            Key::ViralRate,
            Kind::Share(0),
            report.viral_rate,
        ),
        figure(
            "authentic_ratio_mean",
            Key::AuthenticRatioMean,
            Kind::Share(2),
            report.authentic_ratio_mean,
        ),
        figure(
            "stability_cv",
            Key::StabilityCv,
            Kind::Ratio(2),
            report.stability_cv,
        ),
        figure(
            "fake_share",
            Key::FakeShareUsed,
            Kind::Share(0),
            Ok(report.fake_share),
        )
        .with_note(Label::text(report.fake_share_source.name())),
        figure(
            "authentic_followers",
            Key::AuthenticFollowers,
            Kind::Number(0),
            report.authentic_followers,
        ),
        count(
            "likes_saves_notes",
            Key::LikesSavesNotes,
            report.likes_saves_notes as f64,
        ),
        count(
            "notes_counted",
            Key::NotesCounted,
            report.notes.len() as f64,
        ),
    ];
    if let Some(check) = &report.comment_check {
        let group = Group::Figure("comments");
        all.push(
            count("comments_checked", Key::CommentsChecked, check.total as f64)
                .in_group(group.clone()),
        );
        let shares = [
            (
                "duplicate_share",
                Key::DuplicateShare,
                check.duplicate_share,
                DUPLICATE_SHARE_FLAG,
                CommentFlag::Duplicates,
            ),
            (
                "template_share",
                Key::TemplateShare,
                check.template_share,
                TEMPLATE_SHARE_FLAG,
                CommentFlag::Templates,
            ),
            (
                "short_share",
                Key::ShortShare,
                check.short_share,
                SHORT_SHARE_FLAG,
                CommentFlag::Short,
            ),
        ];
        for (key, label, share, line, flag) in shares {
            let mark = if check.flags.contains(&flag) {
                Key::FlagLineOver
            } else {
                Key::FlagLineUnder
            };
            all.push(
                figure(key, label, Kind::Share(0), Ok(share))
                    .in_group(group.clone())
                    .with_note(Label::with(mark, vec![Arg::Share(line, 0)])),
            );
        }
    }
    all
}

/// The outputs of the scenario a link opens, as its page computes them.
pub fn of_link(reader: &mut crate::link::LinkReader) -> Vec<Output> {
    let parsed = super::link::decode(reader).parse();
    if !parsed.errors.is_empty() {
        return vec![];
    }
    outputs(&super::model::compute(&parsed.inputs))
}
