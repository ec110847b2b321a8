//! The timeline's results: go-live dates (earliest, likely, latest and the
//! Monte Carlo P50 / P80 / P95), the latest safe start for a target, the
//! warnings, each wave, the Gantt chart with its data as a table, calendar
//! and CSV export, the holidays in the window (each can be switched off)
//! and the formulas. Every figure is an `<output name data-value>`; dates
//! carry ISO 8601 (names documented in README).

use super::super::chart::{draw_gantt, height, GanttData, GanttRow};
use super::super::export::{
    csv, day_count, groups_text, holiday_range, ics, milestones, stage_list, stage_short_name,
    Milestone,
};
use super::super::holidays::{all_periods, likely_block, peaks_between, table_years};
use super::super::model::{TimelineInputs, Wave};
use super::super::outputs::outputs;
use super::super::plan::{Conflict, Report, ReviewPart, Warning, DRAWS};
use crate::chart::Frame;
use crate::dates::Date;
use crate::i18n::{Key, Lang};
use crate::outputs::Group;
use crate::ui::browser::download_text;
use crate::ui::{
    figures, formula_panel, output_table, Chart, ChartBackend, ChartCanvas, ChartData, Drawable,
    Settings,
};
use crate::units::{format_number, plain_number};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TimelineResults`].
#[derive(Properties, PartialEq)]
pub struct TimelineResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<TimelineInputs>,
    /// The results, or why there are none.
    pub report: Rc<Result<Report, Conflict>>,
    /// Language and currency.
    pub settings: Settings,
    /// Today, for the calendar file's stamp.
    pub today: Date,
    /// Switches an official holiday (by its first day, ISO) on or off.
    pub on_holiday: Callback<(String, bool)>,
    /// Adds a likely holiday block to the days off (`first ~ last`) and its
    /// make-up days to the working days.
    pub on_block: Callback<(String, Vec<String>)>,
}

/// Output-name part of each wave.
fn warning_text(warning: &Warning, lang: Lang) -> (&'static str, String) {
    let t = |k| lang.text(k);
    match warning {
        Warning::SpansHoliday {
            wave,
            holiday,
            groups,
            of,
            stages,
        } => (
            "spans_holiday",
            lang.format(
                Key::TlWarnSpans,
                &[
                    t(wave.name()),
                    &groups_text(groups, *of, lang),
                    t(holiday.festival.name()),
                    &holiday_range(holiday, lang),
                    &stage_list(stages, lang),
                ],
            ),
        ),
        Warning::StartsInHoliday { holiday } => (
            "starts_in_holiday",
            lang.format(
                Key::TlWarnStartsInHoliday,
                &[t(holiday.festival.name()), &holiday_range(holiday, lang)],
            ),
        ),
        Warning::LiveOnHoliday { wave, holiday } => (
            "live_on_holiday",
            lang.format(
                Key::TlWarnLiveOnHoliday,
                &[t(wave.name()), t(holiday.festival.name())],
            ),
        ),
        Warning::BeforePeak {
            wave,
            peak,
            date,
            days,
        } => (
            "before_peak",
            lang.format(
                Key::TlWarnBeforePeak,
                &[
                    t(wave.name()),
                    &day_count(i64::from(*days), lang),
                    t(peak.name()),
                    &date.display(lang),
                ],
            ),
        ),
        Warning::Provisional { year, last } => (
            "provisional",
            lang.format(
                Key::TlWarnProvisional,
                &[&year.to_string(), &last.to_string()],
            ),
        ),
        Warning::BeyondTable { year, last } => (
            "beyond_table",
            lang.format(
                Key::TlWarnBeyondTable,
                &[
                    &year.to_string(),
                    &table_years().0.to_string(),
                    &last.to_string(),
                ],
            ),
        ),
        Warning::ReviewOverWindow {
            part,
            days,
            working,
        } => (
            "review_over_window",
            lang.format(
                Key::TlWarnReviewWindow,
                &[
                    t(match part {
                        ReviewPart::Final => Key::TlStepFinal,
                        ReviewPart::Round => Key::TlRoundBrandReview,
                    }),
                    &plain_number(*days, 2),
                    t(if *working {
                        Key::TlWorkingDays
                    } else {
                        Key::TlCalendarDays
                    }),
                ],
            ),
        ),
        Warning::StartInPast { today } => (
            "start_in_past",
            lang.format(Key::TlWarnStartPast, &[&today.display(lang)]),
        ),
        Warning::TargetInPast { today } => (
            "target_in_past",
            lang.format(Key::TlWarnTargetPast, &[&today.display(lang)]),
        ),
        Warning::TargetMissed { target, p80 } => (
            "target_missed",
            lang.format(
                Key::TlWarnTargetMissed,
                &[
                    &p80.display(lang),
                    &day_count(i64::from(target.days_until(*p80)), lang),
                ],
            ),
        ),
    }
}

/// The Gantt chart, as the chart component draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    data: GanttData,
    summary: String,
    /// The schedule's dated entries: the chart's data table and the
    /// calendar and CSV downloads.
    milestones: Vec<Milestone>,
}

impl Drawable for TimelineChart {
    fn title(&self) -> String {
        self.data.title.clone()
    }
    fn summary(&self) -> String {
        self.summary.clone()
    }
    fn file_stem(&self) -> &'static str {
        "kolcalc-timeline"
    }
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String> {
        draw_gantt(root, frame, &self.data)
    }
    /// One row per milestone (the bars, the go-live dates and the P50, P80
    /// and P95 lines): what, first and last day, and length in days.
    fn data(&self, lang: Lang) -> ChartData {
        let t = |k| lang.text(k).to_string();
        ChartData {
            columns: vec![
                t(Key::TlCsvMilestone),
                t(Key::TlCsvStart),
                t(Key::TlCsvEnd),
                t(Key::TlCsvDays),
            ],
            rows: self
                .milestones
                .iter()
                .map(|m| {
                    vec![
                        m.title.clone(),
                        m.start.display(lang),
                        m.last.display(lang),
                        format_number(f64::from(m.start.days_until(m.last) + 1), 0, lang),
                    ]
                })
                .collect(),
        }
    }
}

fn chart(report: &Report, lang: Lang) -> Rc<TimelineChart> {
    let t = |k| lang.text(k).to_string();
    let several = report.waves.len() > 1;
    let rows = report
        .bars
        .iter()
        .filter(|b| b.end > b.start)
        .map(|b| GanttRow {
            label: if several {
                format!(
                    "{} · {}",
                    t(b.wave.short_name()),
                    t(stage_short_name(b.stage))
                )
            } else {
                t(stage_short_name(b.stage))
            },
            wave: b.wave.index(),
            start: b.start,
            end: b.end,
        })
        .collect();
    let [p50, p80, _] = report.percentiles;
    let mut legend: Vec<String> = Wave::ALL.iter().map(|w| t(w.name())).collect();
    // No holiday in the window: no holiday swatch in the legend.
    let holiday = if report.holidays.is_empty() {
        String::new()
    } else {
        t(Key::TlChartHoliday)
    };
    legend.extend([holiday, t(Key::TlChartP50), t(Key::TlChartP80)]);
    Rc::new(TimelineChart {
        data: GanttData {
            rows,
            holidays: report.holidays.iter().map(|h| (h.first, h.last)).collect(),
            marks: [p50, p80],
            peaks: peaks_between(report.start, report.latest_end())
                .map(|(peak, date)| (date, t(peak.short_name())))
                .collect(),
            legend,
            lang,
            title: t(Key::TlChartTitle),
        },
        summary: lang.format(
            Key::TlChartSummary,
            &[
                &report.start.display(lang),
                &report.last_live[1].display(lang),
                &p80.display(lang),
            ],
        ),
        milestones: milestones(report, lang),
    })
}

/// Results, chart, exports, holidays and formulas.
#[function_component]
pub fn TimelineResults(props: &TimelineResultsProps) -> Html {
    let lang = props.settings.lang;
    let t = |k| lang.text(k);
    let chart = use_memo((props.report.clone(), lang), |(report, lang)| {
        report.as_ref().as_ref().ok().map(|r| chart(r, *lang))
    });
    let money = props.settings.money_format();
    let outputs = use_memo(props.report.clone(), |report| outputs(report));
    let report = match props.report.as_ref() {
        Ok(report) => report,
        Err(_) => {
            return html! {
                <div class="verdict below" role="status" aria-live="polite">
                    <p class="verdict-head">
                        { for outputs.iter().filter(|o| o.group != Group::Answer).map(|o| html! {
                            <output name={o.key.clone()} data-value={o.data()}>{ o.text(&money) }</output>
                        }) }
                    </p>
                </div>
            };
        }
    };
    let Some(chart) = chart.as_ref() else {
        return Html::default();
    };
    // The files are written when asked for, not on every render.
    let on_ics = {
        let (chart, start, today) = (chart.clone(), report.start, props.today);
        Callback::from(move |_: MouseEvent| {
            let text = ics(&chart.milestones, start, today, lang);
            download_text(&text, "text/calendar;charset=utf-8", "kolcalc-timeline.ics");
        })
    };
    let on_csv = {
        let chart = chart.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv(&chart.milestones, lang);
            download_text(&text, "text/csv;charset=utf-8", "kolcalc-timeline.csv");
        })
    };
    let likely = report.last_live[1];
    let p80 = report.percentiles[1];
    let warnings = report.warnings.iter().map(|w| {
        let (kind, text) = warning_text(w, lang);
        html! { <li data-kind={kind}>{ "⚠ " }{ text }</li> }
    });
    let window_end = report.latest_end();
    let ignored = &props.inputs.edits.ignored;
    let holidays = all_periods()
        .filter(|p| p.last >= report.start && p.first <= window_end)
        .map(|p| {
            let counts = !ignored.contains(&p.first);
            let id = format!("tl-holiday-{}", p.first.iso());
            let on_change = {
                let callback = props.on_holiday.clone();
                let first = p.first.iso();
                Callback::from(move |event: Event| {
                    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                    callback.emit((first.clone(), input.checked()));
                })
            };
            let range = format!("{} – {}", p.first.display(lang), p.last.display(lang));
            let label = if p.provisional {
                format!("{} · {range} · {}", t(p.festival.name()), t(Key::TlProvisional))
            } else {
                format!("{} · {range}", t(p.festival.name()))
            };
            // The usual block, one click away, unless already added.
            let block = likely_block(&p).filter(|b| {
                !props.inputs.edits.days_off.contains(&(b.first, b.last))
            });
            let block = block.map(|b| {
                let make_up = if b.make_up.is_empty() {
                    t(Key::TlNone).to_string()
                } else {
                    b.make_up.iter().map(|d| d.display(lang)).collect::<Vec<_>>().join(t(Key::ListSeparator))
                };
                let text = lang.format(
                    Key::TlUseBlock,
                    &[&b.first.display(lang), &b.last.display(lang), &make_up],
                );
                let on_click = {
                    let callback = props.on_block.clone();
                    let line = format!("{} ~ {}", b.first.iso(), b.last.iso());
                    let work: Vec<String> = b.make_up.iter().map(|d| d.iso()).collect();
                    Callback::from(move |_: MouseEvent| callback.emit((line.clone(), work.clone())))
                };
                html! {
                    <button type="button" class="secondary small" id={format!("tl-block-{}", p.first.iso())} onclick={on_click}>{ text }</button>
                }
            });
            html! {
                <li class={classes!(p.provisional.then_some("provisional"))}>
                    <input type="checkbox" id={id.clone()} checked={counts} onchange={on_change} />
                    <label for={id}>{ label }</label>
                    if p.provisional {
                        <p class="field-hint">{ t(Key::TlProvisionalNote) }</p>
                    }
                    { for block }
                </li>
            }
        })
        .collect::<Vec<_>>();
    let verdict = if report.warnings.is_empty() {
        "meets"
    } else {
        "borderline"
    };

    html! {
        <div class="timeline-results">
            <div class={classes!("verdict", verdict)} role="status" aria-live="polite">
                <p class="verdict-head">{ lang.format(Key::TlHeadline, &[&likely.display(lang), &p80.display(lang)]) }</p>
            </div>
            { figures(&outputs, "figures", &money) }
            if !report.warnings.is_empty() {
                <ul class="warnings" aria-label={t(Key::TlWarningsLabel)}>{ for warnings }</ul>
            }
            <h3>{ t(Key::TlWavesTitle) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::TlWavesTitle)}>
                <table class="mix-table waves-result stack">
                    { output_table(&outputs, "waves", t(Key::TlWave), &money) }
                </table>
            </div>
            <ChartCanvas chart={Chart((*chart).clone())} {lang} height={height(chart.data.rows.len())} />
            <div class="exports">
                <button type="button" class="secondary" id="tl-export-ics" onclick={on_ics}>{ t(Key::TlExportIcs) }</button>
                <button type="button" class="secondary" id="tl-export-csv" onclick={on_csv}>{ t(Key::TlExportCsv) }</button>
            </div>
            <section class="holidays" aria-labelledby="tl-holidays-title">
                <h3 id="tl-holidays-title">{ t(Key::TlHolidaysTitle) }</h3>
                <p class="field-hint">{ t(Key::TlHolidaysHint) }</p>
                if holidays.is_empty() {
                    <p>{ t(Key::TlHolidaysNone) }</p>
                } else {
                    <ul class="holiday-list">{ for holidays }</ul>
                }
            </section>
            { formula_panel(lang, &FORMULAS, &SOURCES) }
            <p class="field-hint">{ lang.format(Key::TlDrawsNote, &[&report.draws.to_string(), &DRAWS.to_string()]) }</p>
        </div>
    }
}

const FORMULAS: [(Key, Key); 5] = [
    (Key::FtTlPert, Key::TlFormulaPert),
    (Key::FtTlWorking, Key::TlFormulaWorking),
    (Key::FtTlGroups, Key::TlFormulaGroups),
    (Key::FtTlHandOver, Key::TlFormulaHandOver),
    (Key::FtTlMonteCarlo, Key::TlFormulaMonteCarlo),
];

const SOURCES: [Key; 4] = [
    Key::TlSourceBrief,
    Key::TlSourcePlatform,
    Key::TlSourceHolidays,
    Key::TlSourceAssumptions,
];
