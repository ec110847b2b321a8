//! Cost per authentic engagement against like+save ratio, one dot per
//! vetted creator: picked creators filled, the rest hollow, with the
//! benchmark and the practitioners' 3% and 5% lines drawn upright.

use super::model::{ShortlistInputs, ShortlistReport};
use crate::calculators::engagement::model::{DEFAULT_QUALIFIED_LINE, DEFAULT_SUSPICIOUS_LINE};
use crate::chart::{draw_title, error_text, nice_ticks, palette, Frame, Legend, Mark, Plot};
use crate::units::format_percent;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One dot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// Row, 1-based.
    pub row: usize,
    /// (likes + saves) / followers.
    pub ratio: f64,
    /// Cost per authentic engagement, CNY.
    pub cost: f64,
    /// Whether the pick books this creator.
    pub picked: bool,
}

/// What the chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterData {
    /// Creators with a cost per authentic engagement.
    pub dots: Vec<Dot>,
    /// Benchmark, suspicious and qualified lines.
    pub lines: [f64; 3],
}

impl ScatterData {
    /// The chart data of a computed report.
    pub fn new(inputs: &ShortlistInputs, report: &ShortlistReport) -> ScatterData {
        let dots = report
            .creators
            .iter()
            .enumerate()
            .filter_map(|(row, c)| {
                let c = c.as_ref()?;
                let cost = c.cost_per_authentic.filter(|v| v.is_finite())?;
                Some(Dot {
                    row: row + 1,
                    ratio: c.ratio,
                    cost,
                    picked: report.picked.binary_search(&row).is_ok(),
                })
            })
            .collect();
        ScatterData {
            dots,
            lines: [
                inputs.benchmark,
                DEFAULT_SUSPICIOUS_LINE,
                DEFAULT_QUALIFIED_LINE,
            ],
        }
    }
}

/// The chart's words.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterText {
    /// Title.
    pub title: String,
    /// x axis.
    pub x_axis: String,
    /// y axis.
    pub y_axis: String,
    /// Legend: picked.
    pub picked: String,
    /// Legend: not picked.
    pub other: String,
    /// Legend of the three lines.
    pub lines: [String; 3],
    /// Shown when there is nothing to draw.
    pub empty: String,
}

/// Draws the scatter on any plotters backend.
pub fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &ScatterData,
    text: &ScatterText,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(error_text)?;
    let (width, height) = frame.pixels();
    draw_title(&root, frame, &text.title)?;
    let colours = [palette::REFERENCE, palette::WARNING, palette::GOOD];
    let legend_entries = [
        (Mark::Swatch(palette::PASS), text.picked.as_str()),
        (Mark::Swatch(palette::MUTED), text.other.as_str()),
        (Mark::Line(colours[0], 2.0), text.lines[0].as_str()),
        (Mark::Line(colours[1], 1.5), text.lines[1].as_str()),
        (Mark::Line(colours[2], 1.5), text.lines[2].as_str()),
    ];
    let legend = Legend::layout(frame, &legend_entries);
    let legend_top = height.saturating_sub(legend.height()) as i32;
    let (_, legend_area) = root.split_vertically(legend_top);
    legend.draw(&legend_area)?;

    let highest_cost = data.dots.iter().map(|d| d.cost).fold(0.0, f64::max);
    let y_ticks = nice_ticks(highest_cost.max(1e-9) * 1.05, 5);
    let plot = Plot {
        left: frame.px(58.0),
        top: frame.px(34.0),
        right: width as i32 - frame.px(14.0),
        bottom: legend_top - frame.px(40.0),
        max: y_ticks.last().copied().unwrap_or(1.0),
    };
    plot.draw_value_axis(&root, frame, &y_ticks, |v| format!("¥{v}"), &text.y_axis)?;
    let highest_ratio = data
        .dots
        .iter()
        .map(|d| d.ratio)
        .fold(data.lines.iter().copied().fold(0.0, f64::max), f64::max);
    let x_ticks = nice_ticks(highest_ratio.max(1e-9) * 1.05, 5);
    let x_max = x_ticks.last().copied().unwrap_or(1.0);
    let x = |v: f64| {
        let share = (v / x_max).clamp(0.0, 1.0);
        plot.left + (f64::from(plot.right - plot.left) * share).round() as i32
    };
    let tick_style = frame.text(12.0, &palette::INK, HPos::Center, VPos::Top);
    for &tick in &x_ticks {
        root.draw(&Text::new(
            format_percent(tick, 1),
            (x(tick), plot.bottom + frame.px(5.0)),
            tick_style.clone(),
        ))
        .map_err(error_text)?;
    }
    let description = frame.text(12.0, &palette::MUTED, HPos::Center, VPos::Top);
    root.draw(&Text::new(
        text.x_axis.clone(),
        ((plot.left + plot.right) / 2, plot.bottom + frame.px(22.0)),
        description,
    ))
    .map_err(error_text)?;
    for (value, (colour, stroke)) in data.lines.iter().zip(colours.iter().zip([2.0, 1.5, 1.5])) {
        let at = x(*value);
        root.draw(&PathElement::new(
            vec![(at, plot.top), (at, plot.bottom)],
            colour.stroke_width(frame.px(stroke) as u32),
        ))
        .map_err(error_text)?;
    }
    if data.dots.is_empty() {
        let style = frame.text(13.0, &palette::MUTED, HPos::Center, VPos::Center);
        let centre = ((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
        root.draw(&Text::new(text.empty.clone(), centre, style))
            .map_err(error_text)?;
    }
    let radius = frame.px(4.0);
    // Others first, so picked dots sit on top.
    for picked in [false, true] {
        for dot in data.dots.iter().filter(|d| d.picked == picked) {
            let centre = (x(dot.ratio), plot.y(dot.cost.min(plot.max)));
            let style = if picked {
                palette::PASS.filled()
            } else {
                palette::MUTED.stroke_width(frame.px(1.5) as u32)
            };
            root.draw(&Circle::new(centre, radius, style))
                .map_err(error_text)?;
        }
    }
    root.present().map_err(error_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculators::shortlist::model::compute;
    use crate::chart::render_svg;

    #[test]
    fn one_dot_per_vetted_creator_picked_ones_filled() {
        let inputs = ShortlistInputs::default();
        let report = compute(&inputs);
        let data = ScatterData::new(&inputs, &report);
        let text = ScatterText {
            title: "t".into(),
            x_axis: "x".into(),
            y_axis: "y".into(),
            picked: "picked".into(),
            other: "other".into(),
            lines: ["b".into(), "s".into(), "q".into()],
            empty: "none".into(),
        };
        let svg = render_svg(640, 360, |root, frame| draw(root, frame, &data, &text)).unwrap();
        assert_eq!(svg.matches("<circle").count(), inputs.creators.len());
        assert!(!report.picked.is_empty());
        // The picked dots plus the legend's swatch are filled teal.
        assert_eq!(
            svg.matches("fill=\"#0F766E\"").count(),
            report.picked.len() + 1
        );
    }
}
