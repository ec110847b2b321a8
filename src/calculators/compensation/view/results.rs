//! The compensation results: the cheapest combination and warnings, the
//! break-even figures, one table row per pay model × channel (every cell an
//! `<output>`), both charts and the contract checklist.

use super::super::chart::{
    draw_breakdown, draw_costs, BreakdownChartData, BreakdownChartText, CostChartData,
    CostChartText,
};
use super::super::model::{Channel, CompensationInputs, CompensationReport, Model, Warning};
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use crate::outputs::{Group, Kind, MoneyFormat, Output};
use crate::ui::{
    cell, figures, table_of, Chart, ChartBackend, ChartCanvas, ChartData, Drawable, Settings,
};
use crate::units::{format_number, format_percent};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompensationResults`].
#[derive(Properties, PartialEq)]
pub struct CompensationResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<CompensationInputs>,
    /// The results.
    pub report: Rc<CompensationReport>,
    /// Their outputs.
    pub outputs: Rc<Vec<Output>>,
    /// Language and display currency.
    pub settings: Settings,
}

fn warning_text(lang: Lang, warning: &Warning, volume: &dyn Fn(f64) -> String) -> String {
    match *warning {
        Warning::SeedingUnrealistic { quote, line } => lang.format(
            Key::CompWarnSeeding,
            &[
                &MoneyFormat::yuan(lang).write(quote),
                &MoneyFormat::yuan(lang).write(line),
            ],
        ),
        Warning::ProfitTurnsNegative { model, from, until } => lang.format(
            Key::CompWarnTurnsNegative,
            &[lang.text(model.name()), &volume(from), &volume(until)],
        ),
        Warning::CommissionAboveMargin { commission, margin } => lang.format(
            Key::CompWarnCommission,
            &[&format_percent(commission, 1), &format_percent(margin, 1)],
        ),
        Warning::NoMargin => lang.text(Key::CompWarnNoMargin).to_string(),
        Warning::ThresholdAboveHigh { threshold, high } => lang.format(
            Key::CompWarnThreshold,
            &[
                &format_number(threshold, 0, lang),
                &format_number(high, 0, lang),
            ],
        ),
    }
}

/// The cost chart with its words.
#[derive(Clone, Debug, PartialEq)]
pub struct CostChart {
    data: CostChartData,
    text: CostChartText,
    summary: String,
}

/// The breakdown chart with its words.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownChart {
    data: BreakdownChartData,
    text: BreakdownChartText,
}

fn charts(
    lang: Lang,
    inputs: &CompensationInputs,
    report: &CompensationReport,
) -> (CostChart, BreakdownChart) {
    let t = |k| lang.text(k).to_string();
    let data = CostChartData::new(inputs, report);
    let unit = t(inputs.basis.name());
    let text = CostChartText {
        lang,
        title: lang.format(Key::CompChartCostTitle, &[&t(Channel::name(data.channel))]),
        x_axis: unit.clone(),
        y_axis: t(Key::CompChartCostAxis),
        models: Model::ALL.map(|m| t(Model::name(m))),
        range: t(Key::CompChartRange),
        crossover: t(Key::CompChartCrossover),
    };
    let summary = lang.format(
        Key::CompChartCostSummary,
        &[
            &text.models.join(", "),
            &unit,
            &data.crossovers.len().to_string(),
        ],
    );
    let split = BreakdownChartData::new(report);
    let split_text = BreakdownChartText {
        lang,
        title: lang.format(Key::CompChartSplitTitle, &[&t(Model::name(split.model))]),
        y_axis: t(Key::CompChartCostAxis),
        channels: Channel::ALL.map(|k| t(Channel::name(k))),
        parts: [
            t(Key::CompCreatorPay),
            t(Key::CompFees),
            t(Key::CompFx),
            t(Key::CompProduct),
        ],
    };
    (
        CostChart {
            data,
            text,
            summary,
        },
        BreakdownChart {
            data: split,
            text: split_text,
        },
    )
}

/// Either chart, behind one `Drawable` implementation.
#[derive(Clone, Debug, PartialEq)]
pub enum CompensationChart {
    /// Cost against volume.
    Cost(CostChart),
    /// Cost split per channel.
    Split(BreakdownChart),
}

impl Drawable for CompensationChart {
    fn title(&self) -> String {
        match self {
            CompensationChart::Cost(c) => c.text.title.clone(),
            CompensationChart::Split(c) => c.text.title.clone(),
        }
    }
    fn summary(&self) -> String {
        match self {
            CompensationChart::Cost(c) => c.summary.clone(),
            CompensationChart::Split(c) => c.text.title.clone(),
        }
    }
    fn file_stem(&self) -> &'static str {
        match self {
            CompensationChart::Cost(_) => "kolcalc-compensation-costs",
            CompensationChart::Split(_) => "kolcalc-compensation-split",
        }
    }
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String> {
        match self {
            CompensationChart::Cost(c) => draw_costs(root, frame, &c.data, &c.text),
            CompensationChart::Split(c) => draw_breakdown(root, frame, &c.data, &c.text),
        }
    }
    /// Cost: each model's cost at the volumes that shape the lines (zero,
    /// the kinks, the expected low, likely and high, the crossovers, the
    /// axis end).
    /// Split: one row per channel with its cost parts and total.
    fn data(&self, lang: Lang) -> ChartData {
        let yuan = |v: f64| {
            if v.is_finite() {
                format!("¥{}", format_number(v, 0, lang))
            } else {
                "–".to_string()
            }
        };
        match self {
            CompensationChart::Cost(c) => {
                let range = &c.data.range;
                let mut volumes = vec![0.0, range.low, range.likely, range.high, c.data.x_max];
                volumes.extend(c.data.crossovers.iter().map(|&(q, _)| q));
                volumes.extend(c.data.lines.iter().map(|line| line.kink));
                volumes.retain(|q| q.is_finite() && (0.0..=c.data.x_max).contains(q));
                crate::sort::sort_numbers(&mut volumes);
                volumes.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
                let mut columns = vec![c.text.x_axis.clone()];
                columns.extend(c.text.models.iter().cloned());
                let rows = volumes
                    .into_iter()
                    .map(|q| {
                        let mut row = vec![format_number(q, 2, lang)];
                        row.extend(c.data.lines.iter().map(|line| yuan(line.at(q))));
                        row
                    })
                    .collect();
                ChartData { columns, rows }
            }
            CompensationChart::Split(c) => {
                let mut columns = vec![lang.text(Key::CompColChannel).to_string()];
                columns.extend(c.text.parts.iter().cloned());
                columns.push(lang.text(Key::CompColTotal).into());
                let rows = c
                    .text
                    .channels
                    .iter()
                    .zip(&c.data.bars)
                    .map(|(channel, cost)| {
                        vec![
                            channel.clone(),
                            yuan(cost.creator_pay),
                            yuan(cost.fees),
                            yuan(cost.fx),
                            yuan(cost.product),
                            yuan(cost.total()),
                        ]
                    })
                    .collect();
                ChartData { columns, rows }
            }
        }
    }
}

/// Headline, figures, table, charts and checklist.
#[function_component]
pub fn CompensationResults(props: &CompensationResultsProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let report = &props.report;
    let (cost_chart, split_chart) = {
        let (inputs, report) = (props.inputs.clone(), props.report.clone());
        let pair = use_memo((inputs, report, lang), |(inputs, report, lang)| {
            charts(*lang, inputs, report)
        });
        (
            Rc::new(CompensationChart::Cost(pair.0.clone())),
            Rc::new(CompensationChart::Split(pair.1.clone())),
        )
    };
    let money = settings.money_format();
    let volume = |v: f64| Kind::Volume(props.inputs.basis.volume()).write(v, &money);
    let outputs = &props.outputs;
    let group = |g: Group| -> Vec<&Output> { outputs.iter().filter(|o| o.group == g).collect() };
    let (headline, notes, data) = (
        group(Group::Headline),
        group(Group::Note),
        group(Group::Data),
    );
    let (_, combos) = table_of(outputs, "combos");
    let rows = combos.iter().zip(&report.combos).map(|((row, cells), c)| {
        let cheapest = (c.model, c.channel) == report.cheapest;
        html! {
            <tr class={classes!(cheapest.then_some("cheapest"))}>
                <th scope="row">{ row.write(&money) }</th>
                { for cells.iter().map(|o| cell(o, &money)) }
            </tr>
        }
    });
    let (channels, items) = table_of(outputs, "contract");
    let checklist = items.iter().map(|(item, cells)| {
        html! {
            <tr>
                <th scope="row">{ item.write(&money) }</th>
                { for cells.iter().zip(&channels).map(|(o, channel)| html! {
                    <td class={o.data()} data-label={channel.write(&money)}>
                        <output name={o.key.clone()} data-value={o.data()}>{ o.text(&money) }</output>
                    </td>
                }) }
            </tr>
        }
    });
    let headers = [
        Key::CompColCombination,
        Key::CompColTotal,
        Key::CompCreatorPay,
        Key::CompFees,
        Key::CompFx,
        Key::CompProduct,
        Key::CompColCpe,
        Key::CompColCpr,
        Key::CompColCpc,
        Key::CompColCps,
        Key::CompColProfit,
        Key::CompColPays,
    ];

    html! {
        <div class="compensation-results">
            <div class={classes!("verdict", if report.warnings.is_empty() { "meets" } else { "borderline" })} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="visually-hidden">{ t(Key::CompCheapestLabel) }</span>
                    { for headline.iter().enumerate().map(|(i, o)| html! {
                        <>
                            if i > 0 { { " · " } }
                            <output name={o.key.clone()} data-value={o.data()}>{ o.text(&money) }</output>
                        </>
                    }) }
                </p>
                { for notes.iter().map(|o| html! {
                    <p class={classes!("field-hint", o.data().is_empty().then_some("visually-hidden"))}>
                        <output name={o.key.clone()} data-value={o.data()}>{ o.text(&money) }</output>
                    </p>
                }) }
                <p class="field-hint">{ t(Key::CompCheapestNote) }</p>
                { for data.iter().map(|o| html! {
                    <output name={o.key.clone()} data-value={o.data()} class="visually-hidden">{ o.text(&money) }</output>
                }) }
                <ul class="reasons">
                    { for report.warnings.iter().map(|w| html! { <li class="warning">{ warning_text(lang, w, &volume) }</li> }) }
                </ul>
            </div>
            { figures(outputs, "figures", &money) }
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::CompTableCaption)}>
                <table class="comp-table stack fold">
                    <caption>{ t(Key::CompTableCaption) }</caption>
                    <thead><tr>{ for headers.iter().map(|&h| html! { <th scope="col">{ t(h) }</th> }) }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <ChartCanvas chart={Chart(cost_chart)} {lang} height={340} />
            <ChartCanvas chart={Chart(split_chart)} {lang} height={320} />
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::CompChecklistTitle)}>
                <table class="comp-table checklist stack">
                    <caption>{ t(Key::CompChecklistTitle) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(Key::CompItem) }</th>
                        { for channels.iter().map(|c| html! { <th scope="col">{ c.write(&money) }</th> }) }
                    </tr></thead>
                    <tbody>{ for checklist }</tbody>
                </table>
            </div>
            <ul class="channel-notes">
                <li>{ t(Key::CompNotePlatform) }</li>
                <li>{ t(Key::CompNoteMcn) }</li>
                <li>{ t(Key::CompNoteAgency) }</li>
            </ul>
        </div>
    }
}
