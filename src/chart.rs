//! What every chart shares: palette, pixel scale for crisp drawing on
//! high-density screens, a small plot layer (value axis, bands, legend,
//! titles) drawn from plotters' primitives, and rendering to an SVG string
//! (the export file, and what native tests read).
//!
//! Text is placed by anchors and its width estimated from its characters,
//! never measured: plotters measures text in the browser by inserting an
//! element into the page and forcing a layout, which made each redraw slow.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Colours of the charts, chosen to keep AA contrast on white.
pub mod palette {
    use plotters::style::RGBColor;
    /// Text and axes.
    pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
    /// Secondary text.
    pub const MUTED: RGBColor = RGBColor(0x52, 0x60, 0x6d);
    /// Grid lines.
    pub const GRID: RGBColor = RGBColor(0xe3, 0xe7, 0xeb);
    /// A value that passes (teal).
    pub const PASS: RGBColor = RGBColor(0x0f, 0x76, 0x6e);
    /// A value that fails (brick).
    pub const FAIL: RGBColor = RGBColor(0xb4, 0x3c, 0x2a);
    /// A reference line of the brief.
    pub const REFERENCE: RGBColor = RGBColor(0x1f, 0x29, 0x33);
    /// A practitioner's warning line (amber).
    pub const WARNING: RGBColor = RGBColor(0x9a, 0x67, 0x00);
    /// A practitioner's good line (blue).
    pub const GOOD: RGBColor = RGBColor(0x1d, 0x5f, 0xbf);
}

/// Size and pixel scale of a chart: `scale` is the device pixel ratio, so a
/// 600×300 chart on a DPR 2 screen is drawn on 1200×600 pixels with fonts,
/// strokes and margins doubled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
    /// Device pixels per CSS pixel.
    pub scale: f64,
}

impl Frame {
    /// Size of the backing store in device pixels.
    pub fn pixels(&self) -> (u32, u32) {
        (
            (f64::from(self.width) * self.scale).round() as u32,
            (f64::from(self.height) * self.scale).round() as u32,
        )
    }

    /// A length in CSS pixels, in device pixels.
    pub fn px(&self, css: f64) -> i32 {
        (css * self.scale).round().max(1.0) as i32
    }

    /// A font size in CSS pixels, in device pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.scale
    }

    /// Text of `css` size, `color`, anchored at `h` and `v`.
    pub fn text(&self, css: f64, color: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
        TextStyle::from((FONT, self.font(css)).into_font())
            .color(color)
            .pos(Pos::new(h, v))
    }
}

/// Font family for chart text: the page's sans-serif, which falls back to a
/// CJK font for Chinese labels. (The enum, not the text "sans-serif":
/// plotters lower-cases a family given as text, which brings in Unicode's
/// case tables, 4 KB of the gzipped page.)
pub const FONT: FontFamily<'static> = FontFamily::SansSerif;

/// Turns any drawing error into text (charts report, never panic).
pub fn error_text<E: std::fmt::Display>(error: E) -> String {
    error.to_string()
}

/// Estimated width of `text` at `font_px`: CJK and full-width characters
/// take a full em, others about half (a generous average for sans-serif).
pub fn text_width(text: &str, font_px: f64) -> i32 {
    let ems: f64 = text
        .chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60 => 1.0,
            _ if c.is_ascii_uppercase() => 0.66,
            _ => 0.56,
        })
        .sum();
    (ems * font_px).ceil() as i32
}

/// Tick values from zero past `max`: a step of 1, 2, 2.5 or 5 × 10^k giving
/// about `count` intervals. The last tick is the top of the axis.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let rough = max / count.max(1) as f64;
    let exponent = rough.log10().floor() as i32;
    let mantissa = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|m| m * 10f64.powi(exponent) >= rough)
        .unwrap_or(10.0);
    // i × mantissa ÷ 10^-exponent divides exact numbers once, so the ticks
    // come out as 0.6, not 0.6000000000000001.
    let tick = |i: usize| {
        let units = i as f64 * mantissa;
        if exponent < 0 {
            units / 10f64.powi(-exponent)
        } else {
            units * 10f64.powi(exponent)
        }
    };
    let steps = (max / tick(1)).ceil().max(1.0) as usize;
    (0..=steps).map(tick).collect()
}

/// The plotting rectangle of a chart with a value axis, in device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// Left edge.
    pub left: i32,
    /// Top edge.
    pub top: i32,
    /// Right edge.
    pub right: i32,
    /// Bottom edge (the zero line).
    pub bottom: i32,
    /// Value at the top edge.
    pub max: f64,
}

impl Plot {
    /// The vertical pixel of `value` (clamped to the plot).
    pub fn y(&self, value: f64) -> i32 {
        let share = (value / self.max).clamp(0.0, 1.0);
        self.bottom - (share * f64::from(self.bottom - self.top)).round() as i32
    }

    /// Left and right pixel of band `i` of `count` equal bands.
    pub fn band(&self, i: usize, count: usize) -> (i32, i32) {
        let width = f64::from(self.right - self.left) / count.max(1) as f64;
        (
            self.left + (i as f64 * width).round() as i32,
            self.left + ((i + 1) as f64 * width).round() as i32,
        )
    }

    /// Draws grid lines and labels at `ticks`, the axis lines, and the axis
    /// description written upwards at the left edge.
    pub fn draw_value_axis<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        frame: Frame,
        ticks: &[f64],
        label: impl Fn(f64) -> String,
        description: &str,
    ) -> Result<(), String> {
        let tick_style = frame.text(12.0, &palette::INK, HPos::Right, VPos::Center);
        for &tick in ticks {
            let y = self.y(tick);
            area.draw(&PathElement::new(
                vec![(self.left, y), (self.right, y)],
                palette::GRID.stroke_width(frame.px(1.0) as u32),
            ))
            .map_err(error_text)?;
            area.draw(&Text::new(
                label(tick),
                (self.left - frame.px(6.0), y),
                tick_style.clone(),
            ))
            .map_err(error_text)?;
        }
        let axis = palette::INK.stroke_width(frame.px(1.0) as u32);
        area.draw(&PathElement::new(
            vec![
                (self.left, self.top),
                (self.left, self.bottom),
                (self.right, self.bottom),
            ],
            axis,
        ))
        .map_err(error_text)?;
        let description_style = frame
            .text(12.0, &palette::MUTED, HPos::Center, VPos::Top)
            .transform(FontTransform::Rotate270);
        area.draw(&Text::new(
            description.to_string(),
            (frame.px(2.0), (self.top + self.bottom) / 2),
            description_style,
        ))
        .map_err(error_text)
    }
}

/// Draws `title` centred at the top.
pub fn draw_title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: Frame,
    title: &str,
) -> Result<(), String> {
    let style = frame.text(15.0, &palette::INK, HPos::Center, VPos::Top);
    let x = frame.pixels().0 as i32 / 2;
    area.draw(&Text::new(title.to_string(), (x, frame.px(6.0)), style))
        .map_err(error_text)
}

/// Renders a chart to an SVG document at scale 1.
pub fn render_svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(DrawingArea<SVGBackend<'_>, Shift>, Frame) -> Result<(), String>,
) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw(
            root,
            Frame {
                width,
                height,
                scale: 1.0,
            },
        )?;
    }
    Ok(svg)
}

/// How a legend entry is marked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A filled square, for bars.
    Swatch(RGBColor),
    /// A short line of the given CSS width, for reference lines.
    Line(RGBColor, f64),
}

/// A legend drawn below the plot, wrapping onto as many rows as the width
/// needs, so it never covers the data.
pub struct Legend<'a> {
    entries: &'a [(Mark, &'a str)],
    rows: Vec<Vec<(usize, i32)>>,
    row_height: i32,
    frame: Frame,
}

impl<'a> Legend<'a> {
    /// Lays out `entries` across `frame`'s width.
    pub fn layout(frame: Frame, entries: &'a [(Mark, &'a str)]) -> Legend<'a> {
        let font_px = frame.font(12.0);
        let mark_width = frame.px(22.0);
        let gap = frame.px(16.0);
        let left = frame.px(12.0);
        let width = frame.pixels().0 as i32 - 2 * left;
        let mut rows: Vec<Vec<(usize, i32)>> = vec![Vec::new()];
        let mut x = 0;
        for (i, (_, label)) in entries.iter().enumerate() {
            let entry_width = mark_width + text_width(label, font_px) + gap;
            if x > 0 && x + entry_width > width {
                rows.push(Vec::new());
                x = 0;
            }
            if let Some(row) = rows.last_mut() {
                row.push((i, left + x));
            }
            x += entry_width;
        }
        Legend {
            entries,
            rows,
            row_height: (font_px * 1.6).round() as i32,
            frame,
        }
    }

    /// Height the legend needs, in device pixels.
    pub fn height(&self) -> u32 {
        (self.rows.len() as i32 * self.row_height + self.frame.px(6.0)).max(0) as u32
    }

    /// Draws the legend at the top of `area`.
    pub fn draw<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>) -> Result<(), String> {
        let style = self
            .frame
            .text(12.0, &palette::INK, HPos::Left, VPos::Center);
        let mark_width = self.frame.px(22.0);
        let half = self.frame.px(5.0);
        for (r, row) in self.rows.iter().enumerate() {
            let y = r as i32 * self.row_height + self.row_height / 2;
            for &(i, x) in row {
                let Some((mark, label)) = self.entries.get(i) else {
                    continue;
                };
                match *mark {
                    Mark::Swatch(color) => area.draw(&Rectangle::new(
                        [(x + half, y - half), (x + 3 * half, y + half)],
                        color.filled(),
                    )),
                    Mark::Line(color, width) => area.draw(&PathElement::new(
                        vec![(x, y), (x + mark_width - half, y)],
                        color.stroke_width(self.frame.px(width) as u32),
                    )),
                }
                .map_err(error_text)?;
                area.draw(&Text::new(
                    label.to_string(),
                    (x + mark_width, y),
                    style.clone(),
                ))
                .map_err(error_text)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(0.077, 5), vec![0.0, 0.02, 0.04, 0.06, 0.08]);
        assert_eq!(nice_ticks(9.0, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 5), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(f64::NAN, 5).last(), Some(&1.0));
    }

    #[test]
    fn chinese_text_is_estimated_wider_than_latin() {
        assert!(text_width("赞藏比", 12.0) > text_width("abc", 12.0));
        assert_eq!(text_width("", 12.0), 0);
    }

    #[test]
    fn plot_maps_values_and_bands_to_pixels() {
        let plot = Plot {
            left: 10,
            top: 0,
            right: 110,
            bottom: 100,
            max: 0.1,
        };
        assert_eq!(plot.y(0.0), 100);
        assert_eq!(plot.y(0.05), 50);
        assert_eq!(plot.y(1.0), 0);
        assert_eq!(plot.band(0, 4), (10, 35));
        assert_eq!(plot.band(3, 4), (85, 110));
    }
}
