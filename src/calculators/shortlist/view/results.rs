//! The shortlist's results: the answer first, the optimiser's status, the
//! pick's totals, spend by tier, links on to the budget mix and the
//! timeline, the chart, and every creator in a sortable table with the
//! picked rows marked. Every figure is an `<output name data-value>`.

use super::super::chart::{draw, ScatterData, ScatterText};
use super::super::handoff::{budget_mix_query, engagement_query, timeline_query};
use super::super::model::{ShortlistInputs, ShortlistReport, TIERS};
use super::pager::{page_range, pager};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::outputs::{Group, Output};
use crate::ui::{
    cell, figures, table_of, Chart, ChartBackend, ChartCanvas, ChartData, Drawable, Settings,
};
use crate::units::{format_number, format_percent};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ShortlistResults`].
#[derive(Properties, PartialEq)]
pub struct ShortlistResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<ShortlistInputs>,
    /// The results and how long computing them took (ms, 0 off the browser).
    pub report: Rc<(ShortlistReport, f64)>,
    /// Their outputs.
    pub outputs: Rc<Vec<Output>>,
    /// Language and currency.
    pub settings: Settings,
}

/// The scatter with its words.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterChart {
    data: ScatterData,
    text: ScatterText,
    summary: String,
}

impl ScatterChart {
    fn new(lang: Lang, inputs: &ShortlistInputs, report: &ShortlistReport) -> ScatterChart {
        let data = ScatterData::new(inputs, report);
        let pct = |v: f64| format_percent(v, 1);
        let text = ScatterText {
            title: lang.text(Key::SlChartTitle).into(),
            x_axis: lang.text(Key::SlChartX).into(),
            y_axis: lang.text(Key::SlChartY).into(),
            picked: lang.text(Key::SlPickedYes).into(),
            other: lang.text(Key::SlPickedNo).into(),
            lines: [
                lang.format(Key::ChartBenchmark, &[&pct(data.lines[0])]),
                lang.format(Key::ChartSuspicious, &[&pct(data.lines[1])]),
                lang.format(Key::ChartQualified, &[&pct(data.lines[2])]),
            ],
            empty: lang.text(Key::ChartEmpty).into(),
        };
        let picked = data.dots.iter().filter(|d| d.picked).count();
        let summary = lang.format(
            Key::SlChartSummary,
            &[
                &data.dots.len().to_string(),
                &picked.to_string(),
                &pct(data.lines[0]),
            ],
        );
        ScatterChart {
            data,
            text,
            summary,
        }
    }
}

impl Drawable for ScatterChart {
    fn title(&self) -> String {
        self.text.title.clone()
    }
    fn summary(&self) -> String {
        self.summary.clone()
    }
    fn file_stem(&self) -> &'static str {
        "kolcalc-shortlist"
    }
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String> {
        draw(root, frame, &self.data, &self.text)
    }
    fn data(&self, lang: Lang) -> ChartData {
        ChartData {
            columns: vec![
                "#".into(),
                self.text.x_axis.clone(),
                self.text.y_axis.clone(),
                lang.text(Key::SlColPicked).into(),
            ],
            rows: self
                .data
                .dots
                .iter()
                .map(|d| {
                    vec![
                        d.row.to_string(),
                        format_percent(d.ratio, 2),
                        format_number(d.cost, 2, lang),
                        lang.text(if d.picked {
                            Key::SlPickedYes
                        } else {
                            Key::SlPickedNo
                        })
                        .into(),
                    ]
                })
                .collect(),
        }
    }
}

/// Columns the table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    Row,
    Ratio,
    Authentic,
    Cost,
    CostPerAuthentic,
    Picked,
}

const SORTS: [(SortBy, Key); 6] = [
    (SortBy::Row, Key::SlColName),
    (SortBy::Ratio, Key::SlColRatio),
    (SortBy::Authentic, Key::SlColAuthentic),
    (SortBy::Cost, Key::SlColCost),
    (SortBy::CostPerAuthentic, Key::SlColCpae),
    (SortBy::Picked, Key::SlColPicked),
];

fn sort_value(report: &ShortlistReport, row: usize, by: SortBy) -> f64 {
    let Some(Some(c)) = report.creators.get(row) else {
        return f64::NEG_INFINITY;
    };
    match by {
        SortBy::Row => -(row as f64),
        SortBy::Ratio => c.ratio,
        SortBy::Authentic => c.authentic,
        SortBy::Cost => c.cost,
        SortBy::CostPerAuthentic => c.cost_per_authentic.map_or(f64::NEG_INFINITY, |v| -v),
        SortBy::Picked => f64::from(u8::from(report.picked.binary_search(&row).is_ok())),
    }
}

/// Status, totals, links, chart and table.
#[function_component]
pub fn ShortlistResults(props: &ShortlistResultsProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let money = settings.money_format();
    let (report, elapsed) = &*props.report;
    let inputs = &props.inputs;
    let outputs = &props.outputs;
    let sort = use_state(|| (SortBy::Row, true));
    let page = use_state(|| 0usize);
    let chart = {
        let (inputs, report) = (props.inputs.clone(), props.report.clone());
        use_memo((inputs, report, lang), |(inputs, report, lang)| {
            ScatterChart::new(*lang, inputs, &report.0)
        })
    };
    let status = outputs.iter().find(|o| o.group == Group::Headline);
    let (_, table_rows) = table_of(outputs, "creators");
    let mut order: Vec<usize> = (0..table_rows.len()).collect();
    let (by, descending) = *sort;
    order.sort_by(|&a, &b| {
        let (va, vb) = (sort_value(report, a, by), sort_value(report, b, by));
        let ord = va.total_cmp(&vb).then(b.cmp(&a));
        if descending {
            ord.reverse()
        } else {
            ord
        }
    });
    let shared = format!("v=1&lang={}&cur={}", lang.code(), settings.currency.code());
    let mix_href = format!(
        "#/budget-mix?{shared}&{}",
        budget_mix_query(inputs, report, settings.cny_per_unit)
    );
    let timeline_href = format!("#/timeline?{shared}&{}", timeline_query(report));
    let sort_buttons = SORTS.iter().map(|&(key, name)| {
        let (sort, page) = (sort.clone(), page.clone());
        let active = by == key;
        let onclick = Callback::from(move |_| {
            let (current, descending) = *sort;
            page.set(0);
            sort.set((key, if current == key { !descending } else { true }));
        });
        html! {
            <button type="button" class={classes!("secondary", "sl-sort", active.then_some("active"))}
                aria-pressed={active.to_string()} {onclick}>
                { lang.format(Key::SlSortBy, &[t(name)]) }
                if active { { if descending { " ↓" } else { " ↑" } } }
            </button>
        }
    });
    let shown = page_range(*page, order.len());
    let rows = order.get(shown).unwrap_or(&[]).iter().filter_map(|&row| {
        let (_, cells) = table_rows.get(row)?;
        let picked = report.picked.binary_search(&row).is_ok();
        let creator = inputs.creators.get(row).and_then(Option::as_ref);
        let result = report.creators.get(row).and_then(Option::as_ref);
        let name = creator.map(|c| c.name.clone()).unwrap_or_default();
        let extra = |v: Option<f64>| v.map_or("–".to_string(), |v| money.write(v));
        let engagement_href = creator.map(|c| {
            format!("#/engagement?{shared}&{}", engagement_query(c, inputs))
        });
        Some(html! {
            <tr class={classes!(picked.then_some("picked"))} data-row={(row + 1).to_string()}>
                <th scope="row">{ row + 1 }<span class="sl-name">{ name }</span></th>
                { for cells.iter().take(6).map(|o| cell(o, &money)) }
                <td>{ extra(result.and_then(|r| r.cost_per_authentic)) }</td>
                <td>{ extra(result.and_then(|r| r.cpm_authentic)) }</td>
                { for cells.iter().skip(6).map(|o| cell(o, &money)) }
                <td>
                    if let Some(href) = engagement_href {
                        <a href={href} target="_blank" rel="noopener">{ t(Key::SlOpenInEngagement) }</a>
                    }
                </td>
            </tr>
        })
    });
    let spend = TIERS.iter().enumerate().map(|(i, tier)| {
        html! {
            <tr>
                <th scope="row">{ t(tier.name()) }</th>
                <td>{ lang.format(Key::SlTierCount, &[&report.tier_counts.get(i).copied().unwrap_or(0).to_string()]) }</td>
                <td>{ settings.money(report.tier_spend.get(i).copied().unwrap_or(0.0)) }</td>
            </tr>
        }
    });
    html! {
        <div class="sl-results" data-optimise-ms={format!("{elapsed:.2}")} data-rows={inputs.creators.len().to_string()}>
            if let Some(status) = status {
                <p class="sl-status">
                    <span>{ status.label.write(&money) }{ ": " }</span>
                    <output name={status.key.clone()} data-value={status.data()}>{ status.text(&money) }</output>
                </p>
            }
            { figures(outputs, "pick", &money) }
            <h3>{ t(Key::SlSpendByTier) }</h3>
            <table class="sl-spend">
                <tbody>{ for spend }</tbody>
            </table>
            <p class="sl-handoff">
                <a id="sl-to-mix" href={mix_href}>{ t(Key::SlToBudgetMix) }</a>
                <a id="sl-to-timeline" href={timeline_href}>{ t(Key::SlToTimeline) }</a>
            </p>
            <ChartCanvas chart={Chart(chart)} {lang} />
            <h3>{ t(Key::SlTableTitle) }</h3>
            <div class="sl-sorts">{ for sort_buttons }</div>
            { pager(lang, "sl-table-pager", order.len(), &page) }
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::SlTableTitle)}>
                <table class="sl-table">
                    <thead><tr>
                        <th scope="col">{ t(Key::SlColName) }</th>
                        <th scope="col">{ t(Key::TierLabel) }</th>
                        <th scope="col">{ t(Key::SlColRatio) }</th>
                        <th scope="col">{ t(Key::SlColEngagements) }</th>
                        <th scope="col">{ t(Key::SlColAuthentic) }</th>
                        <th scope="col">{ t(Key::SlColCost) }</th>
                        <th scope="col">{ t(Key::SlColCpe) }</th>
                        <th scope="col">{ t(Key::SlColCpae) }</th>
                        <th scope="col">{ t(Key::SlColCpm) }</th>
                        <th scope="col">{ t(Key::SlColVerdict) }</th>
                        <th scope="col">{ t(Key::SlColPicked) }</th>
                        <th scope="col">{ t(Key::SlOpenInEngagement) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </div>
    }
}
