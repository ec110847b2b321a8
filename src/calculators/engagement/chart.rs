//! Per-note ratio bars, coloured by pass or fail, with the benchmark and the
//! practitioners' lines drawn across.

use super::model::{EngagementInputs, EngagementReport};
use crate::chart::{error_text, palette, Frame, Legend, Mark, FONT};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
    let legend_entries = [
        (Mark::Swatch(palette::PASS), text.passes.as_str()),
        (Mark::Swatch(palette::FAIL), text.fails.as_str()),
        (Mark::Line(palette::REFERENCE, 2.0), text.benchmark.as_str()),
        (Mark::Line(palette::WARNING, 1.5), text.suspicious.as_str()),
        (Mark::Line(palette::GOOD, 1.5), text.qualified.as_str()),
    ];
    let legend = Legend::layout(&root, frame, &legend_entries);
    let (plot_area, legend_area) =
        root.split_vertically(frame.pixels().1.saturating_sub(legend.height()));
    legend.draw(&legend_area)?;
    let root = plot_area;
    let small = (FONT, frame.font(12.0)).into_font().color(&palette::INK);
    let bars: Vec<(usize, f64)> = data
        .ratios
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.map(|r| (i, r)))
        .collect();
    let count = data.ratios.len().max(1);
    let top = bars.iter().map(|&(_, r)| r).fold(
        data.benchmark.max(data.suspicious).max(data.qualified),
        f64::max,
    ) * 1.15;
    let top = if top.is_finite() && top > 0.0 {
        top
    } else {
        0.06
    };

    let label_step = count.div_ceil(12).max(1);
    let mut chart = ChartBuilder::on(&root)
        .caption(
            &text.title,
            (FONT, frame.font(15.0)).into_font().color(&palette::INK),
        )
        .margin(frame.px(10.0))
        .x_label_area_size(frame.px(34.0))
        .y_label_area_size(frame.px(52.0))
        .build_cartesian_2d(0.0..count as f64, 0.0..top)
        .map_err(error_text)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(palette::GRID)
        .bold_line_style(palette::GRID)
        .axis_style(palette::INK)
        .x_desc(&text.x_axis)
        .y_desc(&text.y_axis)
        .label_style(small.clone())
        .axis_desc_style(small.clone())
        .x_labels(0)
        .y_label_formatter(&|y| crate::units::format_percent(*y, 1))
        .y_labels(6)
        .draw()
        .map_err(error_text)?;

    // Note numbers under the bars' centres (plotters' own ticks would fall
    // between notes), every `label_step`-th when there are many.
    let number_style = small.clone().pos(Pos::new(HPos::Center, VPos::Top));
    for note in (0..count).step_by(label_step) {
        let (x, y) = chart.backend_coord(&(note as f64 + 0.5, 0.0));
        root.draw(&Text::new(
            (note + 1).to_string(),
            (x, y + frame.px(5.0) as i32),
            number_style.clone(),
        ))
        .map_err(error_text)?;
    }

    if bars.is_empty() {
        root.draw(&Text::new(
            text.empty.as_str(),
            (frame.px(70.0) as i32, (frame.pixels().1 / 2) as i32),
            small.clone(),
        ))
        .map_err(error_text)?;
    }

    let bar = |i: usize, ratio: f64| {
        let color = if ratio >= data.benchmark {
            palette::PASS
        } else {
            palette::FAIL
        };
        Rectangle::new(
            [(i as f64 + 0.18, ratio), (i as f64 + 0.82, 0.0)],
            color.filled(),
        )
    };
    chart
        .draw_series(bars.iter().map(|&(i, r)| bar(i, r)))
        .map_err(error_text)?;

    let lines = [
        (data.benchmark, palette::REFERENCE, 2.0),
        (data.suspicious, palette::WARNING, 1.5),
        (data.qualified, palette::GOOD, 1.5),
    ];
    chart
        .draw_series(lines.iter().map(|&(value, color, width)| {
            PathElement::new(
                vec![(0.0, value), (count as f64, value)],
                color.stroke_width(frame.px(width)),
            )
        }))
        .map_err(error_text)?;
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
        ] {
            assert!(svg.contains(label), "{label} missing");
        }
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
