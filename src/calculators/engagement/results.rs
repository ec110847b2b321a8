//! The engagement results: verdict with its reasons, every figure as an
//! `<output>`, and the per-note ratio chart.

use super::chart::{draw, RatioChartData, RatioChartText};
use super::comments::CommentFlag;
use super::model::{
    EngagementInputs, EngagementReport, FakeShareSource, Figure as Value, Reason, RedFlag, Tier,
    Undefined, Verdict,
};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::ui::{figure, Chart, ChartBackend, ChartCanvas, ChartData, Drawable, FigureRow};
use crate::units::{format_number, format_percent};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EngagementResults`].
#[derive(Properties, PartialEq)]
pub struct EngagementResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<EngagementInputs>,
    /// The results.
    pub report: Rc<EngagementReport>,
    /// Language.
    pub lang: Lang,
}

fn undefined_text(lang: Lang, why: Undefined) -> String {
    lang.text(match why {
        Undefined::NoFollowers => Key::UndefinedNoFollowers,
        Undefined::NoNotes => Key::UndefinedNoNotes,
        Undefined::TooFewNotes => Key::UndefinedTooFewNotes,
        Undefined::NoInteractions => Key::UndefinedNoInteractions,
        Undefined::NoViews => Key::UndefinedNoViews,
        Undefined::NoAuthenticFollowers => Key::UndefinedNoAuthenticFollowers,
    })
    .to_string()
}

fn row(lang: Lang, value: Value, format: impl Fn(f64) -> String) -> FigureRow {
    match value {
        Ok(v) => FigureRow::number(v, format(v)),
        Err(why) => FigureRow::Undefined {
            reason: undefined_text(lang, why),
        },
    }
}

fn tier_key(tier: Tier) -> Key {
    match tier {
        Tier::Koc => Key::TierKoc,
        Tier::Tail => Key::TierTail,
        Tier::Mid => Key::TierMid,
        Tier::Head => Key::TierHead,
    }
}

fn pct(v: f64) -> String {
    format_percent(v, 2)
}

fn reason_text(lang: Lang, reason: &Reason) -> String {
    match *reason {
        Reason::MeanMeetsBenchmark { mean, benchmark } => {
            lang.format(Key::ReasonMeanMeets, &[&pct(mean), &pct(benchmark)])
        }
        Reason::MeanBelowBenchmark { mean, benchmark } => {
            lang.format(Key::ReasonMeanBelow, &[&pct(mean), &pct(benchmark)])
        }
        Reason::FewNotesMeetBenchmark { share } => {
            lang.format(Key::ReasonFewNotes, &[&format_percent(share, 0)])
        }
        Reason::LowSaveShare { share } => {
            lang.format(Key::ReasonLowSaves, &[&format_percent(share, 1)])
        }
        Reason::UnevenNotes { cv } => lang.format(Key::ReasonUneven, &[&format!("{cv:.2}")]),
        Reason::CommentShareOutsideRange { share } => {
            lang.format(Key::ReasonCommentShare, &[&format_percent(share, 1)])
        }
        Reason::MedianBelowSuspiciousLine { median, line } => {
            lang.format(Key::ReasonMedianSuspicious, &[&pct(median), &pct(line)])
        }
        Reason::AllNotesBelowSuspiciousLine { highest, line } => {
            lang.format(Key::ReasonAllSuspicious, &[&pct(highest), &pct(line)])
        }
        Reason::CommentsFlagged { flag, share } => lang.format(
            match flag {
                CommentFlag::Duplicates => Key::ReasonCommentsDuplicate,
                CommentFlag::Templates => Key::ReasonCommentsTemplate,
                CommentFlag::Short => Key::ReasonCommentsShort,
            },
            &[&format_percent(share, 0)],
        ),
        Reason::FollowersExceedLikesSaves {
            followers,
            likes_saves,
            from_profile,
        } => lang.format(
            if from_profile {
                Key::ReasonFollowersExceedProfile
            } else {
                Key::ReasonFollowersExceedNotes
            },
            &[
                &format_number(followers as f64, 0, lang),
                &format_number(likes_saves as f64, 0, lang),
            ],
        ),
    }
}

fn red_flag_key(flag: RedFlag) -> Key {
    match flag {
        RedFlag::DuplicateComments => Key::RedFlagDuplicates,
        RedFlag::TemplateComments => Key::RedFlagTemplates,
        RedFlag::ShortComments => Key::RedFlagShort,
        RedFlag::BelowSuspiciousLine => Key::RedFlagSuspicious,
        RedFlag::FollowersExceedProfile => Key::RedFlagProfile,
    }
}

/// The ratio chart with its words, drawable on canvas and in SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioChart {
    data: RatioChartData,
    text: RatioChartText,
    summary: String,
}

impl RatioChart {
    fn new(lang: Lang, inputs: &EngagementInputs, report: &EngagementReport) -> RatioChart {
        let data = RatioChartData::new(inputs, report);
        let text = RatioChartText {
            title: lang.text(Key::ChartTitle).into(),
            x_axis: lang.text(Key::ColNote).into(),
            y_axis: lang.text(Key::ChartYAxis).into(),
            passes: lang.text(Key::ChartPasses).into(),
            fails: lang.text(Key::ChartFails).into(),
            benchmark: lang.format(Key::ChartBenchmark, &[&pct(inputs.benchmark)]),
            suspicious: lang.format(Key::ChartSuspicious, &[&pct(inputs.suspicious_line)]),
            qualified: lang.format(Key::ChartQualified, &[&pct(inputs.qualified_line)]),
            empty: lang.text(Key::ChartEmpty).into(),
        };
        let ratios: Vec<f64> = data.ratios.iter().flatten().copied().collect();
        let summary = if ratios.is_empty() {
            text.empty.clone()
        } else {
            let passing = ratios.iter().filter(|&&r| r >= inputs.benchmark).count();
            let high = ratios.iter().copied().fold(f64::MIN, f64::max);
            let low = ratios.iter().copied().fold(f64::MAX, f64::min);
            lang.format(
                Key::ChartSummary,
                &[
                    &passing.to_string(),
                    &ratios.len().to_string(),
                    &pct(inputs.benchmark),
                    &pct(high),
                    &pct(low),
                ],
            )
        };
        RatioChart {
            data,
            text,
            summary,
        }
    }
}

impl Drawable for RatioChart {
    fn title(&self) -> String {
        self.text.title.clone()
    }
    fn summary(&self) -> String {
        self.summary.clone()
    }
    fn file_stem(&self) -> &'static str {
        "kolcalc-engagement-ratios"
    }
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String> {
        draw(root, frame, &self.data, &self.text)
    }
    /// One row per note: its number, its ratio and whether that meets the
    /// benchmark ("–" when the ratio is undefined).
    fn data(&self, lang: Lang) -> ChartData {
        let text = &self.text;
        ChartData {
            columns: vec![
                text.x_axis.clone(),
                text.y_axis.clone(),
                text.benchmark.clone(),
            ],
            rows: self
                .data
                .ratios
                .iter()
                .enumerate()
                .map(|(i, ratio)| {
                    let note = format_number((i + 1) as f64, 0, lang);
                    match ratio {
                        Some(r) => {
                            let side = if *r >= self.data.benchmark {
                                &text.passes
                            } else {
                                &text.fails
                            };
                            vec![note, pct(*r), side.clone()]
                        }
                        None => vec![note, "–".into(), "–".into()],
                    }
                })
                .collect(),
        }
    }
}

/// Verdict, figures and chart.
#[function_component]
pub fn EngagementResults(props: &EngagementResultsProps) -> Html {
    let lang = props.lang;
    let t = |key| lang.text(key);
    let report = &props.report;
    let chart = {
        let (inputs, report) = (props.inputs.clone(), props.report.clone());
        use_memo((inputs, report, lang), |(inputs, report, lang)| {
            RatioChart::new(*lang, inputs, report)
        })
    };

    let (verdict_class, symbol, verdict_text, verdict_key) = match report.verdict {
        Ok(Verdict::Meets) => ("meets", "✓", t(Key::VerdictMeets).to_string(), "meets"),
        Ok(Verdict::Borderline) => (
            "borderline",
            "!",
            t(Key::VerdictBorderline).to_string(),
            "borderline",
        ),
        Ok(Verdict::Below) => ("below", "✗", t(Key::VerdictBelow).to_string(), "below"),
        Ok(Verdict::RedFlags) => {
            // The headline names every signal that failed.
            let names: Vec<&str> = report
                .red_flags
                .iter()
                .map(|&f| t(red_flag_key(f)))
                .collect();
            (
                "below",
                "✗",
                lang.format(
                    Key::VerdictRedFlags,
                    &[&names.join(lang.text(Key::ListSeparator))],
                ),
                "red_flags",
            )
        }
        Err(why) => ("undefined", "–", undefined_text(lang, why), ""),
    };
    let red_flag_keys = report
        .red_flags
        .iter()
        .map(|f| f.key())
        .collect::<Vec<_>>()
        .join(",");
    let fake_source = match report.fake_share_source {
        FakeShareSource::BriefBelowHead => Key::FakeSourceBrief,
        FakeShareSource::PractitionerHead => Key::FakeSourcePractitioner,
        FakeShareSource::User => Key::FakeSourceUser,
    };
    let count = |v: f64| format_number(v, 0, lang);
    // Ratios and shares, shown as percentages: name, label, value, decimals.
    let percentages: [(&str, Key, Value, usize); 9] = [
        ("ratio_mean", Key::RatioMean, report.ratio_mean, 2),
        ("ratio_median", Key::RatioMedian, report.ratio_median, 2),
        (
            "share_above_benchmark",
            Key::ShareAboveBenchmark,
            report.share_above_benchmark,
            0,
        ),
        ("er_followers", Key::ErFollowers, report.er_followers, 2),
        ("er_views", Key::ErViews, report.er_views, 2),
        ("save_share", Key::SaveShare, report.save_share, 1),
        ("comment_share", Key::CommentShare, report.comment_share, 1),
        ("viral_rate", Key::ViralRate, report.viral_rate, 0),
        (
            "authentic_ratio_mean",
            Key::AuthenticRatioMean,
            report.authentic_ratio_mean,
            2,
        ),
    ];
    let mut figures: Vec<(&str, Key, FigureRow, Option<Key>)> = vec![(
        "tier",
        Key::TierLabel,
        FigureRow::Value {
            data: report.tier.key().to_string(),
            text: t(tier_key(report.tier)).to_string(),
        },
        None,
    )];
    figures.extend(
        percentages
            .into_iter()
            .map(|(name, label, value, decimals)| {
                (
                    name,
                    label,
                    row(lang, value, |v| format_percent(v, decimals)),
                    None,
                )
            }),
    );
    let likes_saves = report.likes_saves_notes as f64;
    let notes = report.notes.len() as f64;
    figures.extend([
        (
            "stability_cv",
            Key::StabilityCv,
            row(lang, report.stability_cv, |v| format!("{v:.2}")),
            None,
        ),
        (
            "fake_share",
            Key::FakeShareUsed,
            FigureRow::number(report.fake_share, format_percent(report.fake_share, 0)),
            Some(fake_source),
        ),
        (
            "authentic_followers",
            Key::AuthenticFollowers,
            row(lang, report.authentic_followers, count),
            None,
        ),
        (
            "likes_saves_notes",
            Key::LikesSavesNotes,
            FigureRow::number(likes_saves, count(likes_saves)),
            None,
        ),
        (
            "notes_counted",
            Key::NotesCounted,
            FigureRow::number(notes, count(notes)),
            None,
        ),
    ]);

    html! {
        <div class="engagement-results">
            <div class={classes!("verdict", verdict_class)} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="verdict-symbol" aria-hidden="true">{ symbol }</span>
                    <span class="visually-hidden">{ t(Key::VerdictLabel) }</span>
                    <output name="verdict" data-value={verdict_key}>{ verdict_text }</output>
                </p>
                <output name="red_flags" class="visually-hidden" data-value={red_flag_keys}>{ report.red_flags.len().to_string() }</output>
                <ul class="reasons">
                    { for report.reasons.iter().map(|r| html! {
                        <li class={classes!(r.is_warning().then_some("warning"))}>{ reason_text(lang, r) }</li>
                    }) }
                </ul>
            </div>
            <div class="figures">
                { for figures.into_iter().map(|(name, label, row, note)| figure(name, t(label), row, note.map(t))) }
            </div>
            <ChartCanvas chart={Chart(chart)} {lang} />
        </div>
    }
}
