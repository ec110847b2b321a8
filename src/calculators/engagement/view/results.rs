//! The engagement results: verdict with its reasons, every figure as an
//! `<output>`, and the per-note ratio chart.

use super::super::chart::{draw, RatioChartData, RatioChartText};
use super::super::comments::CommentFlag;
use super::super::model::{EngagementInputs, EngagementReport, Reason, Verdict};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::outputs::{Group, MoneyFormat, Output};
use crate::ui::{figures, Chart, ChartBackend, ChartCanvas, ChartData, Drawable};
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
    /// Their outputs.
    pub outputs: Rc<Vec<Output>>,
    /// Language.
    pub lang: Lang,
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
    let outputs = &props.outputs;
    let chart = {
        let (inputs, report) = (props.inputs.clone(), props.report.clone());
        use_memo((inputs, report, lang), |(inputs, report, lang)| {
            RatioChart::new(*lang, inputs, report)
        })
    };

    let money = MoneyFormat::yuan(lang);
    let verdict = outputs.iter().find(|o| o.group == Group::Headline);
    let hidden: Vec<&Output> = outputs.iter().filter(|o| o.group == Group::Data).collect();
    let (verdict_class, symbol) = match report.verdict {
        Ok(Verdict::Meets) => ("meets", "✓"),
        Ok(Verdict::Borderline) => ("borderline", "!"),
        Ok(Verdict::Below | Verdict::RedFlags) => ("below", "✗"),
        Err(_) => ("undefined", "–"),
    };
    let verdict_text = verdict.map(|v| v.text(&money));

    html! {
        <div class="engagement-results">
            <div class={classes!("verdict", verdict_class)} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="verdict-symbol" aria-hidden="true">{ symbol }</span>
                    <span class="visually-hidden">{ t(Key::VerdictLabel) }</span>
                    if let Some(v) = verdict {
                        <output name={v.key.clone()} data-value={v.data()}>{ verdict_text }</output>
                    }
                </p>
                { for hidden.iter().map(|o| html! {
                    <output name={o.key.clone()} class="visually-hidden" data-value={o.data()}>{ o.text(&money) }</output>
                }) }
                <ul class="reasons">
                    { for report.reasons.iter().map(|r| html! {
                        <li class={classes!(r.is_warning().then_some("warning"))}>{ reason_text(lang, r) }</li>
                    }) }
                </ul>
            </div>
            { figures(outputs, "figures", &money) }
            <ChartCanvas chart={Chart(chart)} {lang} />
        </div>
    }
}
