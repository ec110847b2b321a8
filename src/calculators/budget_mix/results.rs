//! The budget-mix results: the optimiser's status or the conflicting inputs,
//! manual versus optimised totals with the difference, each plan per tier,
//! the KFS+C pillars, the Monte Carlo band, and the three charts. Every
//! figure is an `<output name data-value>` (names documented in README).

use super::chart::{draw_band, draw_bars, BandData, BarsData, ChartText};
use super::model::{Broken, Conflict, MixInputs, MixReport, Plan, Tier, Totals};
use super::montecarlo::{simulate, Band, DRAWS};
use super::page::{now_ms, TIER_NAMES};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::ui::{
    figure, Chart, ChartBackend, ChartCanvas, ChartData, Drawable, FigureRow, Settings,
};
use crate::units::{format_number, format_percent};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`MixResults`].
#[derive(Properties, PartialEq)]
pub struct MixResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<MixInputs>,
    /// The results, and how long computing them took (ms, 0 off the browser).
    pub report: Rc<(MixReport, f64)>,
    /// Language and currency.
    pub settings: Settings,
}

/// Metrics of a plan: output-name part and label.
const METRICS: [(&str, Key); 8] = [
    ("creators", Key::MixCreators),
    ("notes", Key::MixNotes),
    ("cost", Key::MixCost),
    ("impressions", Key::MixImpressions),
    ("engagements", Key::MixEngagements),
    ("authentic", Key::MixAuthentic),
    ("cpe", Key::MixCpe),
    ("cpm", Key::MixCpm),
];

fn metric(totals: &Totals, i: usize) -> Option<f64> {
    match i {
        0 => Some(totals.creators),
        1 => Some(totals.notes),
        2 => Some(totals.cost),
        3 => Some(totals.impressions),
        4 => Some(totals.engagements),
        5 => Some(totals.authentic),
        6 => totals.cpe(),
        _ => totals.cpm(),
    }
}

fn show(settings: &Settings, i: usize, v: f64) -> String {
    let lang = settings.lang;
    match i {
        1 => format_number(v, 1, lang),
        2 | 6 | 7 => {
            let text = settings.money(v.abs());
            if v < 0.0 {
                format!("−{text}")
            } else {
                text
            }
        }
        _ => format_number(v, 0, lang),
    }
}

/// A table cell holding one output.
fn cell(name: String, value: Option<f64>, text: impl Fn(f64) -> String) -> Html {
    let (data, shown) = match value {
        Some(v) if v.is_finite() => (v.to_string(), text(v)),
        _ => (String::new(), "–".to_string()),
    };
    html! { <td><output name={name} data-value={data}>{ shown }</output></td> }
}

fn conflict_text(settings: &Settings, conflict: Conflict) -> (&'static str, String) {
    let lang = settings.lang;
    let tier_name = |t: Tier| lang.text(*t.of(&TIER_NAMES));
    match conflict {
        Conflict::AdsTakeAll { shares } => (
            "ads_take_all",
            lang.format(Key::MixConflictAds, &[&format_percent(shares, 0)]),
        ),
        Conflict::BudgetBelowCheapest {
            creator_budget,
            tier,
            cost,
        } => (
            "budget_below_cheapest",
            lang.format(
                Key::MixConflictBudget,
                &[
                    &settings.money(creator_budget),
                    tier_name(tier),
                    &settings.money(cost),
                ],
            ),
        ),
        Conflict::MinimumAboveCap { tier, minimum, cap } => (
            "minimum_above_cap",
            lang.format(
                Key::MixConflictCap,
                &[&minimum.to_string(), tier_name(tier), &cap.to_string()],
            ),
        ),
        Conflict::MinimumsOverBudget {
            cost,
            creator_budget,
        } => (
            "minimums_over_budget",
            lang.format(
                Key::MixConflictMinimums,
                &[&settings.money(cost), &settings.money(creator_budget)],
            ),
        ),
    }
}

fn broken_text(lang: Lang, broken: Broken) -> String {
    match broken {
        Broken::OverBudget => lang.text(Key::MixBrokenOverBudget).into(),
        Broken::TooFewSeeding => lang.text(Key::MixBrokenSeeding).into(),
        Broken::TooFewReviews => lang.text(Key::MixBrokenReviews).into(),
        Broken::TooManyHeads => lang.text(Key::MixBrokenHeads).into(),
        Broken::TierOverShare(t) => {
            lang.format(Key::MixBrokenShare, &[lang.text(*t.of(&TIER_NAMES))])
        }
    }
}

/// One plan per tier: rows are tiers, columns the metrics.
fn tier_table(prefix: &str, title: &str, plan: Option<&Plan>, settings: &Settings) -> Html {
    let lang = settings.lang;
    let rows = Tier::ALL.into_iter().map(|tier| {
        let totals = plan.map(|p| *tier.of(&p.tiers));
        let cells = METRICS.iter().enumerate().map(|(i, (key, _))| {
            let name = format!("{prefix}_{}_{key}", tier.key());
            cell(name, totals.as_ref().and_then(|t| metric(t, i)), |v| {
                show(settings, i, v)
            })
        });
        html! { <tr><th scope="row">{ lang.text(*tier.of(&TIER_NAMES)) }</th>{ for cells }</tr> }
    });
    let caption = lang.format(Key::MixPerTier, &[title]);
    // Focusable, so a keyboard can scroll the table sideways.
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="mix-table">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ lang.text(Key::MixTier) }</th>
                    { for METRICS.iter().map(|(_, k)| html! { <th scope="col">{ lang.text(*k) }</th> }) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// The three charts of the page, one type so one canvas component serves all.
#[derive(Clone, Debug, PartialEq)]
pub enum MixChart {
    /// Grouped bars (allocation, engagements).
    Bars(BarsData, ChartText, String, &'static str),
    /// The Monte Carlo distribution.
    Band(BandData, ChartText, String),
}

impl Drawable for MixChart {
    fn title(&self) -> String {
        match self {
            MixChart::Bars(_, text, ..) | MixChart::Band(_, text, _) => text.title.clone(),
        }
    }
    fn summary(&self) -> String {
        match self {
            MixChart::Bars(_, _, summary, _) | MixChart::Band(_, _, summary) => summary.clone(),
        }
    }
    fn file_stem(&self) -> &'static str {
        match self {
            MixChart::Bars(.., stem) => stem,
            MixChart::Band(..) => "kolcalc-budget-mix-band",
        }
    }
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String> {
        match self {
            MixChart::Bars(data, text, ..) => draw_bars(root, frame, data, text),
            MixChart::Band(data, text, _) => draw_band(root, frame, data, text),
        }
    }
    /// Bars: one row per category, one column per series, in the unit of
    /// the value axis. Band: one row per histogram bar (its range of
    /// authentic engagements and its draws), then P10, P50 and P90.
    fn data(&self, lang: Lang) -> ChartData {
        let number = |v: f64| format_number(v, 0, lang);
        match self {
            MixChart::Bars(data, text, ..) => {
                let unit = |name: &String| match lang {
                    Lang::En => format!("{name} ({})", text.y_axis),
                    Lang::Zh => format!("{name}（{}）", text.y_axis),
                };
                let mut columns = vec![lang.text(Key::ChartColCategory).to_string()];
                columns.extend(data.names.iter().map(unit));
                let rows = data
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(i, category)| {
                        let mut row = vec![category.clone()];
                        row.extend(
                            data.series
                                .iter()
                                .map(|s| s.get(i).map_or_else(|| "–".into(), |&v| number(v))),
                        );
                        row
                    })
                    .collect();
                ChartData { columns, rows }
            }
            MixChart::Band(data, text, _) => {
                let (low, high) = data.range;
                let width = (high - low) / data.histogram.len().max(1) as f64;
                let bins = data.histogram.iter().enumerate().map(|(i, &n)| {
                    let from = low + width * i as f64;
                    vec![
                        format!("{} – {}", number(from), number(from + width)),
                        number(f64::from(n)),
                    ]
                });
                let marks = data.mark_names.iter().zip(data.marks).map(|(name, v)| {
                    let label = match lang {
                        Lang::En => format!("{name}: {}", number(v)),
                        Lang::Zh => format!("{name}：{}", number(v)),
                    };
                    vec![label, "–".to_string()]
                });
                ChartData {
                    columns: vec![lang.text(Key::MixAuthentic).into(), text.y_axis.clone()],
                    rows: bins.chain(marks).collect(),
                }
            }
        }
    }
}

const SHORT_TIERS: [Key; 5] = [
    Key::MixChartShortHead,
    Key::MixChartShortMid,
    Key::MixChartShortTail,
    Key::MixChartShortKoc,
    Key::MixChartShortSeeding,
];

fn charts(report: &MixReport, band: &Band, lang: Lang) -> [Rc<MixChart>; 3] {
    let t = |k| lang.text(k).to_string();
    let optimised = report.optimised.as_ref().ok();
    let names = [t(Key::MixManual), t(Key::MixOptimised)];
    let text = |title, y_axis| ChartText {
        title: t(title),
        y_axis: t(y_axis),
        empty: t(Key::MixChartEmpty),
    };
    let tiers: Vec<String> = SHORT_TIERS.iter().map(|&k| t(k)).collect();
    let pillars = &report.pillars;
    let spend = |p: Option<&Plan>| -> Vec<f64> {
        let mut v: Vec<f64> = Tier::ALL
            .iter()
            .map(|t| p.map_or(0.0, |p| t.of(&p.tiers).cost))
            .collect();
        v.extend([
            pillars.feed,
            pillars.search,
            p.map_or(0.0, |p| p.unspent.max(0.0)),
        ]);
        v
    };
    let mut categories = tiers.clone();
    categories.extend([
        t(Key::MixChartFeed),
        t(Key::MixChartSearch),
        t(Key::MixChartUnspent),
    ]);
    let summary = |title: Key, a: f64, b: f64| {
        lang.format(
            Key::MixChartSummary,
            &[
                lang.text(title),
                &format_number(a, 0, lang),
                &format_number(b, 0, lang),
            ],
        )
    };
    let allocation = BarsData {
        categories,
        series: [spend(Some(&report.manual)), spend(optimised)],
        names: names.clone(),
    };
    let authentic = |p: Option<&Plan>| -> Vec<f64> {
        Tier::ALL
            .iter()
            .map(|t| p.map_or(0.0, |p| t.of(&p.tiers).authentic))
            .collect()
    };
    let engagements = BarsData {
        categories: tiers,
        series: [authentic(Some(&report.manual)), authentic(optimised)],
        names,
    };
    let opt_total = |f: fn(&Totals) -> f64| optimised.map_or(0.0, |p| f(&p.total));
    let [p10, p50, p90] = band.authentic.map(|v| format_number(v, 0, lang));
    [
        Rc::new(MixChart::Bars(
            allocation,
            text(Key::MixChartAllocation, Key::MixChartMoney),
            summary(
                Key::MixCost,
                report.manual.total.cost,
                opt_total(|t| t.cost),
            ),
            "kolcalc-budget-mix-allocation",
        )),
        Rc::new(MixChart::Bars(
            engagements,
            text(Key::MixChartEngagements, Key::MixAuthentic),
            summary(
                Key::MixAuthentic,
                report.manual.total.authentic,
                opt_total(|t| t.authentic),
            ),
            "kolcalc-budget-mix-engagements",
        )),
        Rc::new(MixChart::Band(
            BandData {
                histogram: band.histogram.clone(),
                range: band.range,
                marks: band.authentic,
                mark_names: ["P10", "P50", "P90"].map(String::from),
            },
            text(Key::MixChartBand, Key::MixChartDraws),
            lang.format(Key::MixBandSummary, &[&p10, &p50, &p90]),
        )),
    ]
}

/// Status, tables, band and charts.
#[function_component]
pub fn MixResults(props: &MixResultsProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let (report, optimise_ms) = &*props.report;
    let optimised = report.optimised.as_ref().ok();
    let band_plan = optimised.unwrap_or(&report.manual);
    let band = {
        let deps = (props.inputs.clone(), band_plan.counts, band_plan.total.cost);
        use_memo(deps, |(inputs, counts, cost)| {
            let start = now_ms();
            let band = simulate(inputs, counts, *cost);
            (band, now_ms() - start)
        })
    };
    let (band_result, band_ms) = &*band;
    let charts = {
        let report = props.report.clone();
        let band = band.clone();
        use_memo((report, band, lang), |(report, band, lang)| {
            charts(&report.0, &band.0, *lang)
        })
    };

    // The frame: proven, best found (with its bound), or inputs in conflict.
    let (status_key, status_text, frame) = match &report.optimised {
        Ok(_) if report.proven => ("proven", t(Key::MixProven).to_string(), "meets"),
        Ok(_) => {
            // Rounded up: the figure is a bound.
            let at_most = format_percent((report.shortfall * 1e6).ceil() / 1e6, 4);
            let text = settings.lang.format(Key::MixNotProven, &[&at_most]);
            ("best_found", text, "borderline")
        }
        Err(c) => {
            let (key, text) = conflict_text(&settings, *c);
            (key, format!("{} {text}", t(Key::MixConflictTitle)), "below")
        }
    };
    let totals_rows = METRICS.iter().enumerate().map(|(i, (key, label))| {
        let manual = metric(&report.manual.total, i);
        let best = optimised.and_then(|p| metric(&p.total, i));
        let diff = manual.zip(best).map(|(m, b)| b - m);
        let signed = |v: f64| {
            let text = show(&settings, i, v);
            match text.strip_prefix('-') {
                Some(rest) => format!("−{rest}"),
                None if v > 0.0 => format!("+{text}"),
                None => text,
            }
        };
        html! {
            <tr>
                <th scope="row">{ t(*label) }</th>
                { cell(format!("manual_total_{key}"), manual, |v| show(&settings, i, v)) }
                { cell(format!("opt_total_{key}"), best, |v| show(&settings, i, v)) }
                { cell(format!("diff_{key}"), diff, signed) }
            </tr>
        }
    });
    let money = |v: f64| FigureRow::number(v, settings.money(v));
    let count = |v: f64| FigureRow::number(v, format_number(v, 0, lang));
    let pillars = &report.pillars;
    let pillar_figures = [
        (
            "creator_budget",
            Key::MixCreatorBudget,
            money(pillars.creators),
        ),
        ("feed_budget", Key::MixFeedBudget, money(pillars.feed)),
        (
            "feed_impressions",
            Key::MixFeedImpressions,
            count(pillars.feed_impressions),
        ),
        ("search_budget", Key::MixSearchBudget, money(pillars.search)),
        (
            "search_clicks",
            Key::MixSearchClicks,
            count(pillars.search_clicks),
        ),
        (
            "owned_notes",
            Key::MixOwnedNotes,
            count(props.inputs.owned_notes as f64),
        ),
    ];
    let undefined = || FigureRow::Undefined {
        reason: t(Key::MixNoEngagements).to_string(),
    };
    let cpe = |i: usize| match band_result.cpe {
        Some(cpe) => money(*cpe.get(i).unwrap_or(&0.0)),
        None => undefined(),
    };
    let band_figures = [
        (
            "mc_authentic_p10",
            lang.format(Key::MixBandAuthentic, &["P10"]),
            count(band_result.authentic[0]),
        ),
        (
            "mc_authentic_p50",
            lang.format(Key::MixBandAuthentic, &["P50"]),
            count(band_result.authentic[1]),
        ),
        (
            "mc_authentic_p90",
            lang.format(Key::MixBandAuthentic, &["P90"]),
            count(band_result.authentic[2]),
        ),
        (
            "mc_authentic_mean",
            t(Key::MixBandMean).to_string(),
            count(band_result.expected_authentic),
        ),
        ("mc_cpe_p10", lang.format(Key::MixBandCpe, &["P10"]), cpe(0)),
        ("mc_cpe_p50", lang.format(Key::MixBandCpe, &["P50"]), cpe(1)),
        ("mc_cpe_p90", lang.format(Key::MixBandCpe, &["P90"]), cpe(2)),
    ];

    html! {
        <div class="mix-results" data-optimise-ms={optimise_ms.to_string()} data-band-ms={band_ms.to_string()}>
            <div class={classes!("verdict", frame)} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="visually-hidden">{ t(Key::MixStatus) }</span>
                    <output name="opt_status" data-value={status_key}>{ status_text }</output>
                </p>
                <ul class="reasons">
                    { for report.manual.broken.iter().map(|b| html! { <li class="warning">{ broken_text(lang, *b) }</li> }) }
                </ul>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::MixTotal)}>
                <table class="mix-table mix-compare">
                    <thead><tr>
                        <th scope="col">{ t(Key::MixTotal) }</th>
                        <th scope="col">{ t(Key::MixManual) }</th>
                        <th scope="col">{ t(Key::MixOptimised) }</th>
                        <th scope="col">{ t(Key::MixDifference) }</th>
                    </tr></thead>
                    <tbody>
                        { for totals_rows }
                        <tr>
                            <th scope="row">{ t(Key::MixUnspent) }</th>
                            { cell("manual_unspent".into(), Some(report.manual.unspent), |v| show(&settings, 2, v)) }
                            { cell("opt_unspent".into(), optimised.map(|p| p.unspent), |v| show(&settings, 2, v)) }
                            { cell("diff_unspent".into(), optimised.map(|p| p.unspent - report.manual.unspent), |v| show(&settings, 2, v)) }
                        </tr>
                    </tbody>
                </table>
            </div>
            <div class="figures">
                { for pillar_figures.into_iter().map(|(name, label, row)| figure(name, t(label), row, None)) }
            </div>
            <h3>{ t(Key::MixSectionBand) }</h3>
            <p class="field-hint">{ lang.format(Key::MixBandNote, &[&format_number(DRAWS as f64, 0, lang), &props.inputs.seed.to_string()]) }</p>
            <p class="field-hint">{ t(Key::MixBandWhy) }</p>
            <div class="figures">
                { for band_figures.into_iter().map(|(name, label, row)| figure(name, &label, row, None)) }
            </div>
            { for charts.iter().map(|chart| html! { <ChartCanvas chart={Chart(chart.clone())} {lang} height={300} /> }) }
            { tier_table("manual", t(Key::MixManual), Some(&report.manual), &settings) }
            { tier_table("opt", t(Key::MixOptimised), optimised, &settings) }
        </div>
    }
}
