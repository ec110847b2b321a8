//! Two charts: cost against the basis volume for each pay model (crossovers
//! marked, the expected low–high range shaded, the likely volume drawn), and
//! a stacked bar of the cost split per channel. Both use the shared plot
//! layer; every line is piecewise linear, so it is drawn through its kink
//! and ends, not sampled.

use super::model::{basis_range, CompensationInputs, CompensationReport, Cost, Line, Range};
use super::model::{Channel, Model};
use crate::chart::{draw_title, error_text, nice_ticks, palette, Frame, Legend, Mark, Plot};
use crate::i18n::Lang;
use crate::units::format_number;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Colour of each pay model's line, in [`Model::ALL`] order.
pub const MODEL_COLORS: [RGBColor; 4] = [
    palette::GOOD,
    palette::FAIL,
    palette::PASS,
    palette::WARNING,
];
/// Colours of creator pay, fees, FX spread and products.
pub const PART_COLORS: [RGBColor; 4] = [
    palette::GOOD,
    palette::WARNING,
    palette::FAIL,
    palette::PASS,
];
/// The shaded expected range (a light blue that keeps lines readable).
pub const RANGE_COLOR: RGBColor = RGBColor(0xdc, 0xe8, 0xf7);

/// What the cost chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CostChartData {
    /// The channel drawn (the cheapest combination's).
    pub channel: Channel,
    /// Each model's cost line through that channel.
    pub lines: [Line; 4],
    /// The expected basis volumes.
    pub range: Range,
    /// Right end of the volume axis.
    pub x_max: f64,
    /// Crossovers: volume and cost where two lines meet.
    pub crossovers: Vec<(f64, f64)>,
}

impl CostChartData {
    /// The chart data of a computed report.
    pub fn new(inputs: &CompensationInputs, report: &CompensationReport) -> CostChartData {
        let channel = report.cheapest.1;
        let lines = Model::ALL.map(|m| inputs.cost_line(m, channel));
        let range = basis_range(inputs);
        let x_max = nice_ticks((range.high * 1.25).max(1.0), 4)
            .last()
            .copied()
            .unwrap_or(1.0);
        let mut crossovers = Vec::new();
        for (i, a) in lines.iter().enumerate() {
            for b in lines.iter().skip(i + 1) {
                for q in a.minus(b).roots(x_max) {
                    crossovers.push((q, a.at(q)));
                }
            }
        }
        CostChartData {
            channel,
            lines,
            range,
            x_max,
            crossovers,
        }
    }
}

/// The cost chart's words.
#[derive(Clone, Debug, PartialEq)]
pub struct CostChartText {
    /// Language of the numbers.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// Volume axis description.
    pub x_axis: String,
    /// Cost axis description.
    pub y_axis: String,
    /// Model names, in [`Model::ALL`] order.
    pub models: [String; 4],
    /// Legend of the shaded range.
    pub range: String,
    /// Legend of the crossover dots.
    pub crossover: String,
}

fn yuan(v: f64, lang: Lang) -> String {
    format!("¥{}", format_number(v, 0, lang))
}

fn plot_area(frame: Frame, width: u32, legend_top: i32, max: f64) -> Plot {
    Plot {
        left: frame.px(66.0),
        top: frame.px(34.0),
        right: width as i32 - frame.px(16.0),
        bottom: legend_top - frame.px(40.0),
        max,
    }
}

/// Draws the cost chart on any plotters backend.
pub fn draw_costs<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &CostChartData,
    text: &CostChartText,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(error_text)?;
    let (width, height) = frame.pixels();
    draw_title(&root, frame, &text.title)?;
    let mut entries: Vec<(Mark, &str)> = MODEL_COLORS
        .iter()
        .zip(&text.models)
        .map(|(&c, name)| (Mark::Line(c, 2.5), name.as_str()))
        .collect();
    entries.push((Mark::Swatch(RANGE_COLOR), text.range.as_str()));
    entries.push((Mark::Swatch(palette::INK), text.crossover.as_str()));
    let legend = Legend::layout(frame, &entries);
    let legend_top = height.saturating_sub(legend.height()) as i32;
    let (_, legend_area) = root.split_vertically(legend_top);
    legend.draw(&legend_area)?;

    let highest = data
        .lines
        .iter()
        .flat_map(|l| [l.at(0.0), l.at(data.x_max)])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let ticks = nice_ticks(highest * 1.05, 5);
    let plot = plot_area(
        frame,
        width,
        legend_top,
        ticks.last().copied().unwrap_or(1.0),
    );
    let x = |q: f64| {
        let share = (q / data.x_max).clamp(0.0, 1.0);
        plot.left + (share * f64::from(plot.right - plot.left)).round() as i32
    };
    root.draw(&Rectangle::new(
        [
            (x(data.range.low), plot.top),
            (x(data.range.high), plot.bottom),
        ],
        RANGE_COLOR.filled(),
    ))
    .map_err(error_text)?;
    let lang = text.lang;
    plot.draw_value_axis(&root, frame, &ticks, |v| yuan(v, lang), &text.y_axis)?;
    root.draw(&PathElement::new(
        vec![
            (x(data.range.likely), plot.top),
            (x(data.range.likely), plot.bottom),
        ],
        palette::MUTED.stroke_width(frame.px(1.0) as u32),
    ))
    .map_err(error_text)?;

    let tick_style = frame.text(12.0, &palette::INK, HPos::Center, VPos::Top);
    for q in nice_ticks(data.x_max, 4) {
        root.draw(&Text::new(
            format_number(q, 0, lang),
            (x(q), plot.bottom + frame.px(5.0)),
            tick_style.clone(),
        ))
        .map_err(error_text)?;
    }
    let description = frame.text(12.0, &palette::MUTED, HPos::Center, VPos::Top);
    let position = ((plot.left + plot.right) / 2, plot.bottom + frame.px(22.0));
    root.draw(&Text::new(text.x_axis.clone(), position, description))
        .map_err(error_text)?;

    for (line, color) in data.lines.iter().zip(MODEL_COLORS) {
        let mut qs = vec![0.0];
        if line.extra != 0.0 && line.kink > 0.0 && line.kink < data.x_max {
            qs.push(line.kink);
        }
        qs.push(data.x_max);
        let points: Vec<(i32, i32)> = qs.iter().map(|&q| (x(q), plot.y(line.at(q)))).collect();
        root.draw(&PathElement::new(
            points,
            color.stroke_width(frame.px(2.5) as u32),
        ))
        .map_err(error_text)?;
    }
    for &(q, cost) in &data.crossovers {
        root.draw(&Circle::new(
            (x(q), plot.y(cost)),
            frame.px(4.5),
            palette::INK.filled(),
        ))
        .map_err(error_text)?;
    }
    root.present().map_err(error_text)
}

/// What the breakdown chart shows: one stacked bar per channel.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownChartData {
    /// The pay model drawn.
    pub model: Model,
    /// Each channel's cost split, in [`Channel::ALL`] order.
    pub bars: [Cost; 3],
}

impl BreakdownChartData {
    /// The chart data of a computed report: the flat fee, the quote as
    /// booked, which is where the channels differ most (performance pay
    /// carries no channel fee, seeding hardly any).
    pub fn new(report: &CompensationReport) -> BreakdownChartData {
        let model = Model::Flat;
        BreakdownChartData {
            model,
            bars: Channel::ALL.map(|k| report.combo(model, k).map_or(Cost::default(), |c| c.cost)),
        }
    }
}

/// The breakdown chart's words.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownChartText {
    /// Language of the numbers.
    pub lang: Lang,
    /// Title.
    pub title: String,
    /// Cost axis description.
    pub y_axis: String,
    /// Channel names, in [`Channel::ALL`] order.
    pub channels: [String; 3],
    /// Creator pay, fees, FX spread and products.
    pub parts: [String; 4],
}

/// Draws the breakdown chart on any plotters backend.
pub fn draw_breakdown<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &BreakdownChartData,
    text: &BreakdownChartText,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(error_text)?;
    let (width, height) = frame.pixels();
    draw_title(&root, frame, &text.title)?;
    let entries: Vec<(Mark, &str)> = PART_COLORS
        .iter()
        .zip(&text.parts)
        .map(|(&c, name)| (Mark::Swatch(c), name.as_str()))
        .collect();
    let legend = Legend::layout(frame, &entries);
    let legend_top = height.saturating_sub(legend.height()) as i32;
    let (_, legend_area) = root.split_vertically(legend_top);
    legend.draw(&legend_area)?;

    let highest = data.bars.iter().map(Cost::total).fold(0.0, f64::max);
    let ticks = nice_ticks(highest * 1.12, 5);
    let plot = plot_area(
        frame,
        width,
        legend_top,
        ticks.last().copied().unwrap_or(1.0),
    );
    let lang = text.lang;
    plot.draw_value_axis(&root, frame, &ticks, |v| yuan(v, lang), &text.y_axis)?;
    let label_style = frame.text(12.0, &palette::INK, HPos::Center, VPos::Top);
    let total_style = frame.text(12.0, &palette::INK, HPos::Center, VPos::Bottom);
    for (i, (cost, name)) in data.bars.iter().zip(&text.channels).enumerate() {
        let (band_left, band_right) = plot.band(i, data.bars.len());
        let inset = (band_right - band_left) / 5;
        let mut base = 0.0;
        for (part, color) in [cost.creator_pay, cost.fees, cost.fx, cost.product]
            .into_iter()
            .zip(PART_COLORS)
        {
            if part > 0.0 {
                root.draw(&Rectangle::new(
                    [
                        (band_left + inset, plot.y(base + part)),
                        (band_right - inset, plot.y(base)),
                    ],
                    color.filled(),
                ))
                .map_err(error_text)?;
            }
            base += part;
        }
        let centre = (band_left + band_right) / 2;
        root.draw(&Text::new(
            yuan(base, lang),
            (centre, plot.y(base) - frame.px(3.0)),
            total_style.clone(),
        ))
        .map_err(error_text)?;
        root.draw(&Text::new(
            name.clone(),
            (centre, plot.bottom + frame.px(5.0)),
            label_style.clone(),
        ))
        .map_err(error_text)?;
    }
    root.present().map_err(error_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculators::compensation::model::compute;
    use crate::chart::render_svg;

    fn words() -> (CostChartText, BreakdownChartText) {
        let s = |t: &str| t.to_string();
        (
            CostChartText {
                lang: Lang::En,
                title: s("Cost against units sold"),
                x_axis: s("Units sold"),
                y_axis: s("Cost"),
                models: [s("Flat"), s("Perf"), s("Seeding"), s("Hybrid")],
                range: s("Expected range"),
                crossover: s("Crossover"),
            },
            BreakdownChartText {
                lang: Lang::En,
                title: s("Split"),
                y_axis: s("Cost"),
                channels: [s("Platform"), s("MCN"), s("Agency")],
                parts: [s("Creator"), s("Fees"), s("FX"), s("Products")],
            },
        )
    }

    #[test]
    fn both_charts_draw_with_their_words() {
        let inputs = CompensationInputs::default();
        let report = compute(&inputs);
        let (cost_text, split_text) = words();
        let data = CostChartData::new(&inputs, &report);
        let svg = render_svg(640, 360, |r, f| draw_costs(r, f, &data, &cost_text)).unwrap();
        assert!(svg.contains("Cost against units sold") && svg.contains("Crossover"));
        // Performance crosses seeding and hybrid within the axis.
        assert!(!data.crossovers.is_empty());
        assert_eq!(svg.matches("<circle").count(), data.crossovers.len());
        let split = BreakdownChartData::new(&report);
        let svg = render_svg(640, 360, |r, f| draw_breakdown(r, f, &split, &split_text)).unwrap();
        assert!(svg.contains("MCN") && svg.contains("Products"));
    }
}
