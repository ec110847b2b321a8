//! What every chart shares: its palette, the pixel scale for crisp drawing
//! on high-density screens, and rendering to an SVG string (the export file,
//! and what native tests read).

use plotters::prelude::*;

/// Colours of the charts, chosen to keep AA contrast on white.
pub mod palette {
    use plotters::style::RGBColor;
    /// Text and axes.
    pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
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
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A font size in CSS pixels, in device pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.scale
    }
}

/// Font family for chart text: the page's sans-serif, which falls back to a
/// CJK font for Chinese labels.
pub const FONT: &str = "sans-serif";

/// Turns any drawing error into text (charts report, never panic).
pub fn error_text<E: std::fmt::Display>(error: E) -> String {
    error.to_string()
}

/// Renders a chart to an SVG document at scale 1.
pub fn render_svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(DrawingArea<SVGBackend<'_>, plotters::coord::Shift>, Frame) -> Result<(), String>,
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
    font_px: f64,
    frame: Frame,
}

impl<'a> Legend<'a> {
    /// Lays out `entries` for an area of `frame`'s width.
    pub fn layout<DB: DrawingBackend>(
        area: &DrawingArea<DB, plotters::coord::Shift>,
        frame: Frame,
        entries: &'a [(Mark, &'a str)],
    ) -> Legend<'a> {
        let font_px = frame.font(12.0);
        let font = TextStyle::from((FONT, font_px).into_font());
        let mark_width = frame.px(22.0) as i32;
        let gap = frame.px(16.0) as i32;
        let left = frame.px(12.0) as i32;
        let width = frame.pixels().0 as i32 - left;
        let mut rows: Vec<Vec<(usize, i32)>> = vec![Vec::new()];
        let mut x = 0;
        for (i, (_, label)) in entries.iter().enumerate() {
            let text_width = area
                .estimate_text_size(label, &font)
                .map(|(w, _)| w as i32)
                .unwrap_or((label.chars().count() as f64 * font_px * 0.6) as i32);
            let entry_width = mark_width + text_width + gap;
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
            font_px,
            frame,
        }
    }

    /// Height the legend needs, in device pixels.
    pub fn height(&self) -> u32 {
        (self.rows.len() as i32 * self.row_height + self.frame.px(6.0) as i32).max(0) as u32
    }

    /// Draws the legend at the top of `area`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, plotters::coord::Shift>,
    ) -> Result<(), String> {
        let font = (FONT, self.font_px).into_font().color(&palette::INK);
        let mark_width = self.frame.px(22.0) as i32;
        let half = self.frame.px(5.0) as i32;
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
                        color.stroke_width(self.frame.px(width)),
                    )),
                }
                .map_err(error_text)?;
                let text_style = font.clone().pos(plotters::style::text_anchor::Pos::new(
                    plotters::style::text_anchor::HPos::Left,
                    plotters::style::text_anchor::VPos::Center,
                ));
                area.draw(&Text::new(*label, (x + mark_width, y), text_style))
                    .map_err(error_text)?;
            }
        }
        Ok(())
    }
}
