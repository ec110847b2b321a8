//! One drawing backend for both the page's canvas and the SVG download, so
//! each chart's drawing code is compiled into the page once, not once per
//! backend (it was the largest single item in the page's size).

use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;

/// The canvas on the page or an SVG document.
pub enum ChartBackend<'a> {
    /// Drawing on the page's canvas.
    Canvas(CanvasBackend),
    /// Writing an SVG document.
    Svg(SVGBackend<'a>),
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
            ChartBackend::Canvas($backend) => $call.map_err(convert),
            ChartBackend::Svg($backend) => $call.map_err(convert),
        }
    };
}

impl DrawingBackend for ChartBackend<'_> {
    type ErrorType = ChartBackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            ChartBackend::Canvas(b) => b.get_size(),
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
        delegate!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Drawn<(u32, u32)> {
        delegate!(self, b => b.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        delegate!(self, b => b.blit_bitmap(pos, size, src))
    }
}
