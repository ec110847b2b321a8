//! The budget-mix results: the optimiser's status or the conflicting inputs,
//! manual versus optimised totals with the difference, each plan per tier,
//! the KFS+C pillars, the Monte Carlo band, and the three charts. Every
//! figure is an `<output name data-value>` (names documented in README).

use super::super::chart::{draw_band, draw_bars, BandData, BarsData, ChartText};
use super::super::model::{Broken, MixInputs, MixReport, Plan, Tier, Totals};
use super::super::montecarlo::{simulate_reusing, Band, TierDraws, DRAWS};
use super::super::outputs::{band_plan, outputs};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::outputs::{Group, Output};
use crate::ui::browser::now_ms;
use crate::ui::{
    figures, output_table, Chart, ChartBackend, ChartCanvas, ChartData, Drawable, Settings,
};
use crate::units::format_number;
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
    /// The Monte Carlo band of the plan it runs on, and how long it took.
    pub band: Rc<(Band, f64)>,
    /// Every output.
    pub outputs: Rc<Vec<Output>>,
    /// Language and currency.
    pub settings: Settings,
}

fn broken_text(lang: Lang, broken: Broken) -> String {
    match broken {
        Broken::OverBudget => lang.text(Key::MixBrokenOverBudget).into(),
        Broken::TooFewSeeding => lang.text(Key::MixBrokenSeeding).into(),
        Broken::TooFewReviews => lang.text(Key::MixBrokenReviews).into(),
        Broken::TooManyHeads => lang.text(Key::MixBrokenHeads).into(),
        Broken::TierOverShare(t) => lang.format(Key::MixBrokenShare, &[lang.text(t.name())]),
    }
}

/// One plan per tier (the outputs of `table`): rows are tiers, columns the
/// metrics.
fn tier_table(outputs: &[Output], table: &str, title: &str, settings: &Settings) -> Html {
    let lang = settings.lang;
    let caption = lang.format(Key::MixPerTier, &[title]);
    // Focusable, so a keyboard can scroll the table sideways.
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="mix-table stack">
                <caption>{ caption }</caption>
                { output_table(outputs, table, lang.text(Key::MixTier), &settings.money_format()) }
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
    let band = &props.band;
    let band_ms = band.1;
    let charts = {
        let report = props.report.clone();
        let band = band.clone();
        use_memo((report, band, lang), |(report, band, lang)| {
            charts(&report.0, &band.0, *lang)
        })
    };

    let outputs: &[Output] = &props.outputs;
    let money = settings.money_format();
    let status = outputs.iter().find(|o| o.group == Group::Headline);
    let frame = match &report.optimised {
        Ok(_) if report.proven => "meets",
        Ok(_) => "borderline",
        Err(_) => "below",
    };

    html! {
        <div class="mix-results" data-optimise-ms={optimise_ms.to_string()} data-band-ms={band_ms.to_string()}>
            <div class={classes!("verdict", frame)} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="visually-hidden">{ t(Key::MixStatus) }</span>
                    if let Some(o) = status {
                        <output name={o.key.clone()} data-value={o.data()}>{ o.text(&money) }</output>
                    }
                </p>
                <ul class="reasons">
                    { for report.manual.broken.iter().map(|b| html! { <li class="warning">{ broken_text(lang, *b) }</li> }) }
                </ul>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::MixTotal)}>
                <table class="mix-table mix-compare stack">
                    { output_table(outputs, "totals", t(Key::MixTotal), &money) }
                </table>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::MixCampaignTitle)}>
                <table class="mix-table mix-compare stack">
                    <caption>{ t(Key::MixCampaignTitle) }</caption>
                    { output_table(outputs, "campaign", t(Key::MixCampaign), &money) }
                </table>
            </div>
            <p class="field-hint">{ t(Key::MixCampaignHint) }</p>
            { figures(outputs, "figures", &money) }
            <h3>{ t(Key::MixSectionBand) }</h3>
            <p class="field-hint">{ lang.format(Key::MixBandNote, &[&format_number(DRAWS as f64, 0, lang), &props.inputs.seed.to_string()]) }</p>
            <p class="field-hint">{ t(Key::MixBandWhy) }</p>
            { figures(outputs, "band", &money) }
            { for charts.iter().map(|chart| html! { <ChartCanvas chart={Chart(chart.clone())} {lang} height={300} /> }) }
            { tier_table(outputs, "manual_tiers", t(Key::MixManual), &settings) }
            { tier_table(outputs, "opt_tiers", t(Key::MixOptimised), &settings) }
        </div>
    }
}

/// Everything the results show for `inputs`: the report, the band of the
/// plan it runs on (reusing the band's draws `kept` from the last scenario
/// when they still apply) and every output, each with how long it took (ms).
pub fn mix_results(inputs: &MixInputs, kept: &mut Option<TierDraws>) -> MixComputed {
    let start = now_ms();
    let report = super::super::compute(inputs);
    let optimise_ms = now_ms() - start;
    let plan = band_plan(&report);
    let start = now_ms();
    let band = simulate_reusing(kept, inputs, &plan.counts, plan.total.cost);
    let band_ms = now_ms() - start;
    let outputs = outputs(inputs, &report, &band);
    (
        Rc::new(inputs.clone()),
        Rc::new((report, optimise_ms)),
        Rc::new((band, band_ms)),
        Rc::new(outputs),
    )
}

/// What [`mix_results`] computes: inputs, report, band, outputs.
pub type MixComputed = (
    Rc<MixInputs>,
    Rc<(MixReport, f64)>,
    Rc<(Band, f64)>,
    Rc<Vec<Output>>,
);
