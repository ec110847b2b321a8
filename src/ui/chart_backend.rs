//! One drawing backend for both the page's canvas and the SVG download, so
//! each chart's drawing code is compiled into the page once, not once per
//! backend (it was the largest single item in the page's size).

use plotters::prelude::SVGBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The canvas on the page or an SVG document.
pub enum ChartBackend<'a> {
    /// Drawing on the page's canvas; its text is drawn by [`CanvasText`].
    Canvas(CanvasBackend, CanvasText),
    /// Writing an SVG document.
    Svg(SVGBackend<'a>),
}

impl ChartBackend<'_> {
    /// A backend drawing on `canvas`, if it has a 2D context.
    pub fn canvas(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()?
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(ChartBackend::Canvas(backend, CanvasText::new(context)))
    }
}

/// Draws labels on a canvas, setting its font, baseline and alignment only
/// when they change: each setting is parsed as CSS, and a chart draws dozens
/// of labels in a few fonts (plotters' canvas backend sets all three for
/// every label).
pub struct CanvasText {
    context: CanvasRenderingContext2d,
    font: String,
    baseline: &'static str,
    align: &'static str,
}

impl CanvasText {
    fn new(context: CanvasRenderingContext2d) -> Self {
        CanvasText {
            context,
            font: String::new(),
            baseline: "",
            align: "",
        }
    }

    /// Makes the context's text settings `font`, `baseline` and `align`.
    /// Inside a save/restore pair the cache is left alone, as restoring
    /// brings the cached settings back.
    fn set(&mut self, font: String, baseline: &'static str, align: &'static str, remember: bool) {
        if font != self.font {
            self.context.set_font(&font);
            if remember {
                self.font = font;
            }
        }
        if baseline != self.baseline {
            self.context.set_text_baseline(baseline);
            if remember {
                self.baseline = baseline;
            }
        }
        if align != self.align {
            self.context.set_text_align(align);
            if remember {
                self.align = align;
            }
        }
    }

    fn draw<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
        };
        let rotated = turns != 0.0;
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let (r, g, b) = color.rgb;
        let fill = format!("rgba({r},{g},{b},{})", color.alpha);
        let (x, y) = (f64::from(x), f64::from(y));
        if rotated {
            self.context.save();
        }
        // Rotated text is drawn at the origin of a turned coordinate system.
        let placed = if rotated {
            self.context
                .translate(x, y)
                .and_then(|()| self.context.rotate(turns * std::f64::consts::TAU))
                .map(|()| (0.0, 0.0))
        } else {
            Ok((x, y))
        };
        let drawn = placed.and_then(|(x, y)| {
            self.set(font, baseline, align, !rotated);
            self.context.set_fill_style_str(&fill);
            self.context.fill_text(text, x, y)
        });
        if rotated {
            self.context.restore();
        }
        drawn.map_err(|e| DrawingErrorKind::DrawingError(ChartBackendError(format!("{e:?}"))))
    }
}

/// A backend error, as text.
#[derive(Debug)]
pub struct ChartBackendError(String);

impl fmt::Display for ChartBackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for ChartBackendError {}

type Drawn<T = ()> = Result<T, DrawingErrorKind<ChartBackendError>>;

fn convert<E: Error + Send + Sync>(
    error: DrawingErrorKind<E>,
) -> DrawingErrorKind<ChartBackendError> {
    match error {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(ChartBackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Calls the same method on whichever backend this is.
macro_rules! delegate {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            ChartBackend::Canvas($backend, _) => $call.map_err(convert),
            ChartBackend::Svg($backend) => $call.map_err(convert),
        }
    };
}

impl DrawingBackend for ChartBackend<'_> {
    type ErrorType = ChartBackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            ChartBackend::Canvas(b, _) => b.get_size(),
            ChartBackend::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Drawn {
        delegate!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Drawn {
        delegate!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        delegate!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        delegate!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        delegate!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        delegate!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        delegate!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        delegate!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        match self {
            ChartBackend::Canvas(_, labels) => labels.draw(text, style, pos),
            ChartBackend::Svg(b) => b.draw_text(text, style, pos).map_err(convert),
        }
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Drawn<(u32, u32)> {
        delegate!(self, b => b.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        delegate!(self, b => b.blit_bitmap(pos, size, src))
    }
}
