//! The budget mix's charts, drawn on any plotters backend with the shared
//! plot layer: grouped bars (budget by tier and KFS+C pillar, engagements by
//! tier; manual mix beside the optimised one) and the Monte Carlo
//! distribution with P10, P50 and P90 marked.

use crate::chart::{
    draw_title, error_text, nice_ticks, palette, text_width, Frame, Legend, Mark, Plot,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Bars of two series (manual, optimised) over named categories.
#[derive(Clone, Debug, PartialEq)]
pub struct BarsData {
    /// Category labels under the bars.
    pub categories: Vec<String>,
    /// Values per series and category.
    pub series: [Vec<f64>; 2],
    /// Series names for the legend.
    pub names: [String; 2],
}

/// Words of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartText {
    /// Title.
    pub title: String,
    /// Value-axis description.
    pub y_axis: String,
    /// Shown when there is nothing to draw.
    pub empty: String,
}

/// The distribution of total authentic engagements.
#[derive(Clone, Debug, PartialEq)]
pub struct BandData {
    /// Draws per bar.
    pub histogram: Vec<u32>,
    /// Lowest and highest draw.
    pub range: (f64, f64),
    /// P10, P50, P90.
    pub marks: [f64; 3],
    /// Legend texts of the three marks.
    pub mark_names: [String; 3],
}

/// Short axis labels: 1.2M, 35K, 800.
pub fn short_number(v: f64) -> String {
    let a = v.abs();
    let (value, suffix) = if a >= 1e9 {
        (v / 1e9, "B")
    } else if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e3 {
        (v / 1e3, "K")
    } else {
        (v, "")
    };
    format!("{}{suffix}", crate::units::plain_number(value, 1))
}

const COLORS: [RGBColor; 2] = [palette::MUTED, palette::PASS];

fn layout<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    frame: Frame,
    title: &str,
    entries: &[(Mark, &str)],
) -> Result<i32, String> {
    root.fill(&WHITE).map_err(error_text)?;
    draw_title(root, frame, title)?;
    let legend = Legend::layout(frame, entries);
    let top = frame.pixels().1.saturating_sub(legend.height()) as i32;
    let (_, area) = root.split_vertically(top);
    legend.draw(&area)?;
    Ok(top)
}

/// Draws grouped bars.
pub fn draw_bars<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &BarsData,
    text: &ChartText,
) -> Result<(), String> {
    let entries = [
        (Mark::Swatch(COLORS[0]), data.names[0].as_str()),
        (Mark::Swatch(COLORS[1]), data.names[1].as_str()),
    ];
    let legend_top = layout(&root, frame, &text.title, &entries)?;
    let highest = data.series.iter().flatten().copied().fold(0.0, f64::max);
    let ticks = nice_ticks(highest * 1.05, 4);
    let (left, right) = (frame.px(52.0), frame.pixels().0 as i32 - frame.px(10.0));
    let count = data.categories.len();
    // Labels wider than their band go on two staggered lines, so they never
    // run into each other on a phone.
    let band = f64::from(right - left) / count.max(1) as f64;
    let widest = data
        .categories
        .iter()
        .map(|c| text_width(c, frame.font(11.0)))
        .max()
        .unwrap_or(0);
    let stagger = f64::from(widest) > band - frame.font(4.0);
    let plot = Plot {
        left,
        top: frame.px(34.0),
        right,
        bottom: legend_top - frame.px(if stagger { 40.0 } else { 26.0 }),
        max: ticks.last().copied().unwrap_or(1.0),
    };
    plot.draw_value_axis(&root, frame, &ticks, short_number, &text.y_axis)?;
    if highest <= 0.0 {
        let style = frame.text(13.0, &palette::MUTED, HPos::Center, VPos::Center);
        let centre = ((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
        root.draw(&Text::new(text.empty.clone(), centre, style))
            .map_err(error_text)?;
    }
    let label = frame.text(11.0, &palette::INK, HPos::Center, VPos::Top);
    for (i, name) in data.categories.iter().enumerate() {
        let (left, right) = plot.band(i, count);
        let inset = (right - left) / 8;
        let bar = (right - left - 2 * inset) / 2;
        for (s, (values, color)) in data.series.iter().zip(COLORS).enumerate() {
            let value = values.get(i).copied().unwrap_or(0.0);
            if value > 0.0 {
                let x = left + inset + s as i32 * bar;
                root.draw(&Rectangle::new(
                    [(x, plot.y(value)), (x + bar - frame.px(1.0), plot.bottom)],
                    color.filled(),
                ))
                .map_err(error_text)?;
            }
        }
        root.draw(&Text::new(
            name.clone(),
            (
                (left + right) / 2,
                plot.bottom + frame.px(if stagger && i % 2 == 1 { 19.0 } else { 5.0 }),
            ),
            label.clone(),
        ))
        .map_err(error_text)?;
    }
    Ok(())
}

/// Draws the distribution with its percentiles.
pub fn draw_band<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &BandData,
    text: &ChartText,
) -> Result<(), String> {
    let marks = [palette::WARNING, palette::REFERENCE, palette::GOOD];
    let entries = [
        (Mark::Swatch(palette::PASS), text.y_axis.as_str()),
        (Mark::Line(marks[0], 2.0), data.mark_names[0].as_str()),
        (Mark::Line(marks[1], 2.0), data.mark_names[1].as_str()),
        (Mark::Line(marks[2], 2.0), data.mark_names[2].as_str()),
    ];
    let legend_top = layout(&root, frame, &text.title, &entries)?;
    let highest = data.histogram.iter().copied().max().unwrap_or(0);
    let ticks = nice_ticks(f64::from(highest) * 1.05, 4);
    let plot = Plot {
        left: frame.px(52.0),
        top: frame.px(34.0),
        right: frame.pixels().0 as i32 - frame.px(14.0),
        bottom: legend_top - frame.px(26.0),
        max: ticks.last().copied().unwrap_or(1.0),
    };
    plot.draw_value_axis(&root, frame, &ticks, short_number, "")?;
    let (low, high) = data.range;
    if highest == 0 {
        let style = frame.text(13.0, &palette::MUTED, HPos::Center, VPos::Center);
        let centre = ((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
        return root
            .draw(&Text::new(text.empty.clone(), centre, style))
            .map_err(error_text);
    }
    let bins = data.histogram.len();
    for (i, &n) in data.histogram.iter().enumerate() {
        let (left, right) = plot.band(i, bins);
        root.draw(&Rectangle::new(
            [
                (left + frame.px(1.0), plot.y(f64::from(n))),
                (right - frame.px(1.0), plot.bottom),
            ],
            palette::PASS.mix(0.75).filled(),
        ))
        .map_err(error_text)?;
    }
    let x_of = |v: f64| {
        let share = if high > low {
            (v - low) / (high - low)
        } else {
            0.5
        };
        plot.left + (share.clamp(0.0, 1.0) * f64::from(plot.right - plot.left)).round() as i32
    };
    for (&v, color) in data.marks.iter().zip(marks) {
        let x = x_of(v);
        root.draw(&PathElement::new(
            vec![(x, plot.top), (x, plot.bottom)],
            color.stroke_width(frame.px(2.0) as u32),
        ))
        .map_err(error_text)?;
    }
    let label = frame.text(11.0, &palette::INK, HPos::Center, VPos::Top);
    for (v, h) in [(low, HPos::Left), (high, HPos::Right)] {
        let x = x_of(v);
        root.draw(&Text::new(
            short_number(v),
            (x, plot.bottom + frame.px(5.0)),
            label
                .clone()
                .pos(plotters::style::text_anchor::Pos::new(h, VPos::Top)),
        ))
        .map_err(error_text)?;
    }
    Ok(())
}
