//! The Gantt chart of the likely schedule: one row per stage of each wave,
//! public holidays shaded, shopping peaks and the P50 and P80 go-live of the
//! last note marked.
//! Drawn on any plotters backend with the shared plot layer.

use crate::chart::{draw_title, error_text, palette, text_width, Frame, Legend, Mark};
use crate::dates::Date;
use crate::i18n::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A row of the chart: its label, its wave (for the colour) and its span.
#[derive(Clone, Debug, PartialEq)]
pub struct GanttRow {
    /// Label at the left.
    pub label: String,
    /// The wave's position, which picks the bar colour.
    pub wave: usize,
    /// First day.
    pub start: Date,
    /// The day after the last.
    pub end: Date,
}

/// What the Gantt chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct GanttData {
    /// Rows, top to bottom.
    pub rows: Vec<GanttRow>,
    /// Official holidays to shade: first and last day.
    pub holidays: Vec<(Date, Date)>,
    /// P50 and P80 of the last note's go-live.
    pub marks: [Date; 2],
    /// Shopping peaks to mark, with their short names.
    pub peaks: Vec<(Date, String)>,
    /// Legend: each wave's name, the holiday shading (empty when there is
    /// none), P50, P80.
    pub legend: Vec<String>,
    /// Language of the date labels.
    pub lang: Lang,
    /// Title.
    pub title: String,
}

/// Bar colours of the three waves.
pub const WAVE_COLORS: [RGBColor; 3] = [palette::PASS, palette::GOOD, palette::FAIL];
/// Holiday shading.
const HOLIDAY: RGBColor = RGBColor(0xfb, 0xe7, 0xc0);
const ROW_CSS: f64 = 20.0;

/// CSS height the chart needs for its rows and a legend of two lines.
pub fn height(rows: usize) -> u32 {
    (70.0 + rows as f64 * ROW_CSS + 60.0) as u32
}

/// Days between axis labels: a week or a multiple, about `fit` labels.
fn tick_step(span_days: i32, fit: i32) -> i32 {
    [1, 2, 7, 14, 28, 56, 91, 182, 364]
        .into_iter()
        .find(|step| span_days / step <= fit.max(1))
        .unwrap_or(728)
}

/// Draws the chart.
pub fn draw_gantt<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    frame: Frame,
    data: &GanttData,
) -> Result<(), String> {
    root.fill(&WHITE).map_err(error_text)?;
    draw_title(&root, frame, &data.title)?;
    let mut marks: Vec<(Mark, &str)> = Vec::new();
    let used_waves: Vec<usize> = {
        let mut w: Vec<usize> = data.rows.iter().map(|r| r.wave).collect();
        w.dedup();
        w
    };
    for &wave in &used_waves {
        if let (Some(color), Some(name)) = (WAVE_COLORS.get(wave), data.legend.get(wave)) {
            marks.push((Mark::Swatch(*color), name));
        }
    }
    let extra = [
        Mark::Swatch(HOLIDAY),
        Mark::Line(palette::REFERENCE, 2.0),
        Mark::Line(palette::WARNING, 2.0),
    ];
    for (i, mark) in extra.into_iter().enumerate() {
        // An empty name leaves the entry out (no holiday to shade).
        if let Some(name) = data.legend.get(3 + i).filter(|n| !n.is_empty()) {
            marks.push((mark, name));
        }
    }
    let legend = Legend::layout(frame, &marks);
    let (width, height) = frame.pixels();
    let legend_top = height.saturating_sub(legend.height()) as i32;
    let (_, legend_area) = root.split_vertically(legend_top);
    legend.draw(&legend_area)?;

    let (Some(from), Some(to)) = (
        data.rows.iter().map(|r| r.start).min(),
        data.rows
            .iter()
            .map(|r| r.end)
            .chain(data.marks.map(|m| m.add_days(1)))
            .max(),
    ) else {
        return Ok(());
    };
    let label_font = frame.font(11.0);
    let gutter = data
        .rows
        .iter()
        .map(|r| text_width(&r.label, label_font))
        .max()
        .unwrap_or(0)
        .min(width as i32 * 2 / 5)
        + frame.px(10.0);
    let left = gutter;
    let right = width as i32 - frame.px(12.0);
    let top = frame.px(44.0);
    let row_px = frame.px(ROW_CSS);
    let bottom = top + row_px * data.rows.len() as i32;
    let span = from.days_until(to).max(1);
    let x = |d: Date| {
        left + (f64::from(from.days_until(d)) / f64::from(span) * f64::from(right - left)).round()
            as i32
    };

    for &(first, last) in &data.holidays {
        let (a, b) = (first.max(from), last.add_days(1).min(to));
        if a < b {
            root.draw(&Rectangle::new(
                [(x(a), top), (x(b), bottom)],
                HOLIDAY.filled(),
            ))
            .map_err(error_text)?;
        }
    }
    let label_width = text_width("30 Sep", frame.font(11.0)) + frame.px(12.0);
    let step = tick_step(span, (right - left) / label_width.max(1));
    let mut tick = from.add_days((7 - from.weekday() as i32) % 7);
    if step < 7 {
        tick = from;
    }
    let tick_style = frame.text(11.0, &palette::INK, HPos::Center, VPos::Top);
    while tick < to {
        let tx = x(tick);
        root.draw(&PathElement::new(
            vec![(tx, top), (tx, bottom)],
            palette::GRID.stroke_width(frame.px(1.0) as u32),
        ))
        .map_err(error_text)?;
        root.draw(&Text::new(
            tick.short(data.lang),
            (tx, bottom + frame.px(5.0)),
            tick_style.clone(),
        ))
        .map_err(error_text)?;
        tick = tick.add_days(step);
    }
    let label_style = frame.text(11.0, &palette::INK, HPos::Right, VPos::Center);
    for (i, row) in data.rows.iter().enumerate() {
        let y = top + row_px * i as i32;
        let color = WAVE_COLORS.get(row.wave).copied().unwrap_or(palette::MUTED);
        let (a, b) = (x(row.start), x(row.end).max(x(row.start) + frame.px(3.0)));
        root.draw(&Rectangle::new(
            [(a, y + frame.px(4.0)), (b, y + row_px - frame.px(4.0))],
            color.filled(),
        ))
        .map_err(error_text)?;
        root.draw(&Text::new(
            row.label.clone(),
            (left - frame.px(6.0), y + row_px / 2),
            label_style.clone(),
        ))
        .map_err(error_text)?;
    }
    root.draw(&PathElement::new(
        vec![(left, top), (left, bottom), (right, bottom)],
        palette::INK.stroke_width(frame.px(1.0) as u32),
    ))
    .map_err(error_text)?;
    let peak_style = frame.text(10.0, &palette::MUTED, HPos::Center, VPos::Bottom);
    for (date, name) in &data.peaks {
        if *date < from || *date >= to {
            continue;
        }
        let px = (x(*date) + x(date.add_days(1))) / 2;
        root.draw(&PathElement::new(
            vec![(px, top), (px, bottom)],
            palette::MUTED.stroke_width(frame.px(1.0) as u32),
        ))
        .map_err(error_text)?;
        root.draw(&Text::new(
            name.clone(),
            (px, top - frame.px(1.0)),
            peak_style.clone(),
        ))
        .map_err(error_text)?;
    }
    for (date, color) in data
        .marks
        .into_iter()
        .zip([palette::REFERENCE, palette::WARNING])
    {
        // The mark sits in the middle of the go-live day.
        let mx = (x(date) + x(date.add_days(1))) / 2;
        root.draw(&PathElement::new(
            vec![(mx, top - frame.px(4.0)), (mx, bottom)],
            color.stroke_width(frame.px(2.0) as u32),
        ))
        .map_err(error_text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::render_svg;

    #[test]
    fn draws_rows_holidays_peaks_and_marks() {
        let d = |m, dd| Date::from_ymd(2026, m, dd).unwrap();
        let data = GanttData {
            rows: vec![GanttRow {
                label: "KOC · Draft".into(),
                wave: 0,
                start: d(6, 1),
                end: d(6, 30),
            }],
            holidays: vec![(d(6, 19), d(6, 21))],
            marks: [d(6, 29), d(7, 2)],
            peaks: vec![(d(6, 18), "618".into()), (d(11, 11), "11.11".into())],
            legend: [
                "Seeding KOCs",
                "Vertical KOLs",
                "Head KOL",
                "Public holiday",
                "P50",
                "P80",
            ]
            .map(String::from)
            .to_vec(),
            lang: Lang::En,
            title: "Schedule".into(),
        };
        let svg = render_svg(600, height(1), |root, frame| draw_gantt(root, frame, &data)).unwrap();
        for text in [
            "Schedule",
            "KOC · Draft",
            "618",
            "Public holiday",
            "Seeding KOCs",
            "P80",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
        assert!(
            !svg.contains("11.11"),
            "a peak outside the axis is left out"
        );
        assert!(
            !svg.contains("Head KOL"),
            "only waves drawn are in the legend"
        );
    }

    #[test]
    fn labels_thin_out_as_the_span_grows() {
        assert_eq!(tick_step(30, 8), 7);
        assert_eq!(tick_step(30, 2), 14);
        assert_eq!(tick_step(30, 1), 28);
        assert_eq!(tick_step(365, 6), 56);
        assert_eq!(tick_step(365, 4), 91);
        assert_eq!(tick_step(10, 20), 1);
    }
}
