//! Per-note ratio bars, coloured by pass or fail, with the benchmark and the
//! practitioners' lines drawn across.

use super::model::{EngagementInputs, EngagementReport};
use crate::chart::{draw_title, error_text, nice_ticks, palette, Frame, Legend, Mark, Plot};
use crate::units::format_percent;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// What the chart shows, taken from inputs and report.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioChartData {
    /// Each note's (likes + saves) / followers; `None` when undefined.
    pub ratios: Vec<Option<f64>>,
    /// Benchmark, suspicious and qualified lines, as fractions.
    pub benchmark: f64,
    /// See `benchmark`.
    pub suspicious: f64,
    /// See `benchmark`.
    pub qualified: f64,
}

impl RatioChartData {
    /// The chart data of a computed report.
    pub fn new(inputs: &EngagementInputs, report: &EngagementReport) -> RatioChartData {
        RatioChartData {
            ratios: report.notes.iter().map(|n| n.ratio.ok()).collect(),
            benchmark: inputs.benchmark,
            suspicious: inputs.suspicious_line,
            qualified: inputs.qualified_line,
        }
    }
}

/// The chart's words, in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioChartText {
    /// Title above the chart.
    pub title: String,
    /// Label of the x axis ("Note").
    pub x_axis: String,
    /// Label of the y axis.
    pub y_axis: String,
    /// Legend of passing bars.
    pub passes: String,
    /// Legend of failing bars.
    pub fails: String,
    /// Legend of the benchmark line, with its value.
    pub benchmark: String,
    /// Legend of the suspicious line, with its value.
    pub suspicious: String,
    /// Legend of the qualified line, with its value.
    pub qualified: String,
    /// Shown instead of bars when there is nothing to draw.
    pub empty: String,
}

/// Draws the ratio chart on any plotters backend.
pub fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &RatioChartData,
    text: &RatioChartText,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(error_text)?;
    let (width, height) = frame.pixels();
    draw_title(&root, frame, &text.title)?;

    let legend_entries = [
        (Mark::Swatch(palette::PASS), text.passes.as_str()),
        (Mark::Swatch(palette::FAIL), text.fails.as_str()),
        (Mark::Line(palette::REFERENCE, 2.0), text.benchmark.as_str()),
        (Mark::Line(palette::WARNING, 1.5), text.suspicious.as_str()),
        (Mark::Line(palette::GOOD, 1.5), text.qualified.as_str()),
    ];
    let legend = Legend::layout(frame, &legend_entries);
    let legend_top = height.saturating_sub(legend.height()) as i32;
    let (_, legend_area) = root.split_vertically(legend_top);
    legend.draw(&legend_area)?;

    let ratios: Vec<f64> = data.ratios.iter().flatten().copied().collect();
    let highest = ratios.iter().copied().fold(
        data.benchmark.max(data.suspicious).max(data.qualified),
        f64::max,
    );
    let ticks = nice_ticks(highest * 1.05, 5);
    let plot = Plot {
        left: frame.px(58.0),
        top: frame.px(34.0),
        right: width as i32 - frame.px(14.0),
        bottom: legend_top - frame.px(40.0),
        max: ticks.last().copied().unwrap_or(1.0),
    };
    plot.draw_value_axis(&root, frame, &ticks, |v| format_percent(v, 1), &text.y_axis)?;

    let count = data.ratios.len();
    if ratios.is_empty() {
        let style = frame.text(13.0, &palette::MUTED, HPos::Center, VPos::Center);
        let centre = ((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
        root.draw(&Text::new(text.empty.clone(), centre, style))
            .map_err(error_text)?;
    }
    for (i, ratio) in data.ratios.iter().enumerate() {
        let Some(ratio) = *ratio else { continue };
        let (band_left, band_right) = plot.band(i, count);
        let inset = (band_right - band_left) / 5;
        let color = if ratio >= data.benchmark {
            palette::PASS
        } else {
            palette::FAIL
        };
        root.draw(&Rectangle::new(
            [
                (band_left + inset, plot.y(ratio)),
                (band_right - inset, plot.bottom),
            ],
            color.filled(),
        ))
        .map_err(error_text)?;
    }

    // Note numbers under the bars, thinned out so they never collide.
    let label_style = frame.text(12.0, &palette::INK, HPos::Center, VPos::Top);
    let band_css = f64::from(plot.right - plot.left) / frame.scale / count.max(1) as f64;
    let step = (28.0 / band_css).ceil().max(1.0) as usize;
    for i in (0..count).step_by(step) {
        let (band_left, band_right) = plot.band(i, count);
        let position = ((band_left + band_right) / 2, plot.bottom + frame.px(5.0));
        root.draw(&Text::new(
            (i + 1).to_string(),
            position,
            label_style.clone(),
        ))
        .map_err(error_text)?;
    }
    let description = frame.text(12.0, &palette::MUTED, HPos::Center, VPos::Top);
    let position = ((plot.left + plot.right) / 2, plot.bottom + frame.px(22.0));
    root.draw(&Text::new(text.x_axis.clone(), position, description))
        .map_err(error_text)?;

    let lines = [
        (data.benchmark, palette::REFERENCE, 2.0),
        (data.suspicious, palette::WARNING, 1.5),
        (data.qualified, palette::GOOD, 1.5),
    ];
    for (value, color, stroke) in lines {
        let y = plot.y(value);
        root.draw(&PathElement::new(
            vec![(plot.left, y), (plot.right, y)],
            color.stroke_width(frame.px(stroke) as u32),
        ))
        .map_err(error_text)?;
    }
    root.present().map_err(error_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculators::engagement::model::compute;
    use crate::chart::render_svg;

    fn text() -> RatioChartText {
        RatioChartText {
            title: "赞藏比 per note".into(),
            x_axis: "Note".into(),
            y_axis: "(likes + saves) / followers".into(),
            passes: "meets benchmark".into(),
            fails: "below benchmark".into(),
            benchmark: "Benchmark 1.5%".into(),
            suspicious: "Suspicious below 3%".into(),
            qualified: "Qualified 5%".into(),
            empty: "No notes yet".into(),
        }
    }

    fn svg_of(inputs: &EngagementInputs) -> String {
        let data = RatioChartData::new(inputs, &compute(inputs));
        render_svg(640, 320, |root, frame| draw(root, frame, &data, &text())).unwrap()
    }

    fn count_fill(svg: &str, color: RGBColor) -> usize {
        let hex = format!("fill=\"#{:02X}{:02X}{:02X}\"", color.0, color.1, color.2);
        svg.matches(&hex).count()
    }

    #[test]
    fn draws_one_bar_per_note_coloured_by_benchmark() {
        let mut inputs = EngagementInputs::default();
        // Note 2 drops below 1.5% of 25,000 followers (375 likes + saves).
        inputs.notes[1].likes = 100;
        inputs.notes[1].saves = 100;
        let svg = svg_of(&inputs);
        // One legend swatch per colour plus the bars.
        assert_eq!(count_fill(&svg, palette::PASS), 5 + 1);
        assert_eq!(count_fill(&svg, palette::FAIL), 1 + 1);
        for label in [
            "赞藏比 per note",
            "Benchmark 1.5%",
            "Suspicious below 3%",
            "Qualified 5%",
            ">\n6\n<",
            "8.0%",
        ] {
            assert!(svg.contains(label), "{label} missing");
        }
    }

    #[test]
    fn taller_bars_stand_for_higher_ratios() {
        let svg = svg_of(&EngagementInputs::default());
        // Bars are the teal rectangles after the legend swatch; note 3 (7.56%)
        // must be the tallest.
        let heights: Vec<f64> = svg
            .split("<rect")
            .filter(|r| r.contains("fill=\"#0F766E\""))
            .filter_map(|r| {
                let h = r.split("height=\"").nth(1)?.split('"').next()?;
                h.parse().ok()
            })
            .collect();
        assert_eq!(heights.len(), 7);
        let bars = &heights[1..];
        let tallest = bars
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, _)| i);
        assert_eq!(tallest, Some(2));
    }

    #[test]
    fn draws_an_empty_chart_with_a_message() {
        let inputs = EngagementInputs {
            notes: vec![],
            ..EngagementInputs::default()
        };
        let svg = svg_of(&inputs);
        assert!(svg.contains("No notes yet"));
        assert_eq!(count_fill(&svg, palette::PASS), 1);
    }
}
