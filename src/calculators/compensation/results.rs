//! The compensation results: the cheapest combination and warnings, the
//! break-even figures, one table row per pay model × channel (every cell an
//! `<output>`), both charts and the contract checklist.

use super::chart::{
    draw_breakdown, draw_costs, BreakdownChartData, BreakdownChartText, CostChartData,
    CostChartText,
};
use super::model::{
    cover, Channel, CompensationInputs, CompensationReport, Cover, Figure, Item, Model, Undefined,
    Warning,
};
use super::page::basis_key;
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

/// Props of [`CompensationResults`].
#[derive(Properties, PartialEq)]
pub struct CompensationResultsProps {
    /// The inputs computed with.
    pub inputs: Rc<CompensationInputs>,
    /// The results.
    pub report: Rc<CompensationReport>,
    /// Language and display currency.
    pub settings: Settings,
}

fn undefined_text(lang: Lang, why: Undefined) -> String {
    lang.text(match why {
        Undefined::NoResults => Key::CompUndefinedNoResults,
        Undefined::NoMargin => Key::CompUndefinedNoMargin,
        Undefined::NeverBreaksEven => Key::CompNeverBreaksEven,
        Undefined::NeverCrosses => Key::CompNeverCrosses,
        Undefined::OnlyBetween => Key::CompOnlyBetween,
    })
    .to_string()
}

/// The few words a table cell shows for an undefined figure.
fn short_reason(lang: Lang, why: Undefined) -> String {
    lang.text(match why {
        Undefined::NoResults => Key::CompShortNoResults,
        Undefined::NoMargin | Undefined::NeverBreaksEven => Key::CompShortNever,
        Undefined::NeverCrosses => Key::CompShortNeverMeet,
        Undefined::OnlyBetween => Key::CompShortOnlyBetween,
    })
    .to_string()
}

/// A table cell's figure: as [`row`], with a short reason.
fn cell_row(lang: Lang, value: Figure, format: impl Fn(f64) -> String) -> FigureRow {
    match value {
        Ok(v) => FigureRow::number(v, format(v)),
        Err(why) => FigureRow::Undefined {
            reason: short_reason(lang, why),
        },
    }
}

fn row(lang: Lang, value: Figure, format: impl Fn(f64) -> String) -> FigureRow {
    match value {
        Ok(v) => FigureRow::number(v, format(v)),
        Err(why) => FigureRow::Undefined {
            reason: undefined_text(lang, why),
        },
    }
}

/// A model's name.
pub fn model_key(model: Model) -> Key {
    match model {
        Model::Flat => Key::CompModelFlat,
        Model::Performance => Key::CompModelPerformance,
        Model::Seeding => Key::CompModelSeeding,
        Model::Hybrid => Key::CompModelHybrid,
    }
}

/// A channel's name.
pub fn channel_key(channel: Channel) -> Key {
    match channel {
        Channel::Platform => Key::CompChannelPlatform,
        Channel::Mcn => Key::CompChannelMcn,
        Channel::Agency => Key::CompChannelAgency,
    }
}

fn item_key(item: Item) -> Key {
    match item {
        Item::Disclosure => Key::CompItemDisclosure,
        Item::UsageRights => Key::CompItemUsage,
        Item::Reassignment => Key::CompItemReassignment,
        Item::PaymentHold => Key::CompItemHold,
        Item::Currency => Key::CompItemCurrency,
    }
}

fn cover_text(cover: Cover) -> Key {
    match cover {
        Cover::Covered => Key::CompCovered,
        Cover::Negotiate => Key::CompNegotiate,
        Cover::Gap => Key::CompGap,
    }
}

fn warning_text(lang: Lang, warning: &Warning, volume: &dyn Fn(f64) -> String) -> String {
    match *warning {
        Warning::SeedingUnrealistic { quote, line } => lang.format(
            Key::CompWarnSeeding,
            &[
                &format!("¥{}", format_number(quote, 0, lang)),
                &format!("¥{}", format_number(line, 0, lang)),
            ],
        ),
        Warning::ProfitTurnsNegative { model, from, until } => lang.format(
            Key::CompWarnTurnsNegative,
            &[lang.text(model_key(model)), &volume(from), &volume(until)],
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

/// A table cell holding one output.
fn cell(name: String, value: FigureRow) -> Html {
    let (data, text, reason) = match value {
        FigureRow::Value { data, text } => (data, text, None),
        FigureRow::Undefined { reason } => (String::new(), "–".to_string(), Some(reason)),
    };
    html! {
        <td>
            <output name={name} data-value={data}>{ text }</output>
            if let Some(reason) = reason {
                <span class="cell-reason">{ reason }</span>
            }
        </td>
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
    let unit = t(basis_key(inputs.basis));
    let text = CostChartText {
        lang,
        title: lang.format(Key::CompChartCostTitle, &[&t(channel_key(data.channel))]),
        x_axis: unit.clone(),
        y_axis: t(Key::CompChartCostAxis),
        models: Model::ALL.map(|m| t(model_key(m))),
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
        title: lang.format(Key::CompChartSplitTitle, &[&t(model_key(split.model))]),
        y_axis: t(Key::CompChartCostAxis),
        channels: Channel::ALL.map(|k| t(channel_key(k))),
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

const PERF_VS_FLAT: [&str; 3] = [
    "perf_vs_flat_platform",
    "perf_vs_flat_mcn",
    "perf_vs_flat_agency",
];
const HYBRID_VS_FLAT: [&str; 3] = [
    "hybrid_vs_flat_platform",
    "hybrid_vs_flat_mcn",
    "hybrid_vs_flat_agency",
];

/// Headline, figures, table, charts and checklist.
#[function_component]
pub fn CompensationResults(props: &CompensationResultsProps) -> Html {
    let settings = props.settings;
    let lang = settings.lang;
    let t = |key| lang.text(key);
    let report = &props.report;
    let inputs = &props.inputs;
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
    let money = |v: f64| settings.money(v);
    let unit = t(basis_key(inputs.basis));
    let volume = |v: f64| format!("{} {unit}", format_number(v, 1, lang));
    let (model, channel) = report.cheapest;
    let cheapest_key = format!("{}_{}", model.key(), channel.key());
    let cheapest_text = lang.format(
        Key::CompCheapestText,
        &[t(model_key(model)), t(channel_key(channel))],
    );
    let warning_keys: Vec<&str> = report.warnings.iter().map(Warning::key).collect();
    let name = |(m, k): (Model, Channel)| format!("{}_{}", m.key(), k.key());
    let ties_key: Vec<String> = report.cheapest_ties.iter().map(|&c| name(c)).collect();
    let ties_text: Vec<String> = report
        .cheapest_ties
        .iter()
        .map(|&(m, k)| format!("{} · {}", t(model_key(m)), t(channel_key(k))))
        .collect();

    let mut figures = vec![
        (
            "contribution_margin",
            t(Key::CompContributionMargin).to_string(),
            FigureRow::number(
                report.contribution_margin,
                format_percent(report.contribution_margin, 1),
            ),
        ),
        (
            "breakeven_roas",
            t(Key::CompBreakevenRoas).to_string(),
            row(lang, report.breakeven_roas, |v| format!("{v:.2}")),
        ),
    ];
    let breakevens = [
        (PERF_VS_FLAT, report.perf_vs_flat, Key::CompPerfVsFlat),
        (HYBRID_VS_FLAT, report.hybrid_vs_flat, Key::CompHybridVsFlat),
    ];
    for (names, values, label) in breakevens {
        for ((name, value), k) in names.into_iter().zip(values).zip(Channel::ALL) {
            figures.push((
                name,
                lang.format(label, &[t(channel_key(k))]),
                row(lang, value, volume),
            ));
        }
    }

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
        Key::CompColPaysUntil,
    ];
    let rows = report.combos.iter().map(|c| {
        let suffix = format!("{}_{}", c.model.key(), c.channel.key());
        let amount = |v: f64| FigureRow::number(v, money(v));
        let cells = [
            ("total", amount(c.total)),
            ("creator_pay", amount(c.cost.creator_pay)),
            ("fees", amount(c.cost.fees)),
            ("fx", amount(c.cost.fx)),
            ("product", amount(c.cost.product)),
            ("cpe", cell_row(lang, c.per_engagement, money)),
            ("cpr", cell_row(lang, c.per_read, money)),
            ("cpc", cell_row(lang, c.per_click, money)),
            ("cps", cell_row(lang, c.per_sale, money)),
            ("profit", amount(c.profit)),
            ("pays", cell_row(lang, c.pays_for_itself, volume)),
            (
                "pays_until",
                match c.profitable {
                    Some((_, Some(until))) => FigureRow::number(until, volume(until)),
                    _ => FigureRow::Undefined {
                        reason: String::new(),
                    },
                },
            ),
        ];
        let cheapest = (c.model, c.channel) == report.cheapest;
        html! {
            <tr class={classes!(cheapest.then_some("cheapest"))}>
                <th scope="row">{ t(model_key(c.model)) }<span class="via">{ t(channel_key(c.channel)) }</span></th>
                { for cells.into_iter().map(|(metric, value)| cell(format!("{metric}_{suffix}"), value)) }
            </tr>
        }
    });
    let checklist = Item::ALL.iter().map(|&item| {
        html! {
            <tr>
                <th scope="row">{ t(item_key(item)) }</th>
                { for Channel::ALL.iter().map(|&k| {
                    let c = cover(inputs, item, k);
                    html! {
                        <td class={c.key()}>
                            <output name={format!("contract_{}_{}", item.key(), k.key())} data-value={c.key()}>
                                { t(cover_text(c)) }
                            </output>
                        </td>
                    }
                }) }
            </tr>
        }
    });

    html! {
        <div class="compensation-results">
            <div class={classes!("verdict", if report.warnings.is_empty() { "meets" } else { "borderline" })} role="status" aria-live="polite">
                <p class="verdict-head">
                    <span class="visually-hidden">{ t(Key::CompCheapestLabel) }</span>
                    <output name="cheapest" data-value={cheapest_key}>{ cheapest_text }</output>
                    { " · " }
                    <output name="cheapest_total" data-value={report.cheapest_total.to_string()}>{ money(report.cheapest_total) }</output>
                </p>
                <p class={classes!("field-hint", ties_text.is_empty().then_some("visually-hidden"))}>
                    <output name="cheapest_ties" data-value={ties_key.join(",")}>
                        if !ties_text.is_empty() {
                            { lang.format(Key::CompCheapestTies, &[&ties_text.join(", ")]) }
                        }
                    </output>
                </p>
                <p class="field-hint">{ t(Key::CompCheapestNote) }</p>
                <output name="warnings" data-value={warning_keys.join(",")} class="visually-hidden">
                    { report.warnings.len().to_string() }
                </output>
                <ul class="reasons">
                    { for report.warnings.iter().map(|w| html! { <li class="warning">{ warning_text(lang, w, &volume) }</li> }) }
                </ul>
            </div>
            <div class="figures">
                { for figures.into_iter().map(|(name, label, value)| figure(name, &label, value, None)) }
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::CompTableCaption)}>
                <table class="comp-table">
                    <caption>{ t(Key::CompTableCaption) }</caption>
                    <thead><tr>{ for headers.iter().map(|&h| html! { <th scope="col">{ t(h) }</th> }) }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <ChartCanvas chart={Chart(cost_chart)} {lang} height={340} />
            <ChartCanvas chart={Chart(split_chart)} {lang} height={320} />
            <div class="table-scroll" tabindex="0" role="region" aria-label={t(Key::CompChecklistTitle)}>
                <table class="comp-table checklist">
                    <caption>{ t(Key::CompChecklistTitle) }</caption>
                    <thead><tr>
                        <th scope="col">{ t(Key::CompItem) }</th>
                        { for Channel::ALL.iter().map(|&k| html! { <th scope="col">{ t(channel_key(k)) }</th> }) }
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
