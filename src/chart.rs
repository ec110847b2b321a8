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
pub fn error_text<E: std::fmt::Debug>(error: E) -> String {
    format!("{error:?}")
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
