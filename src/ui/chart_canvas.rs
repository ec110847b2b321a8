//! A chart on the page: drawn on a canvas sized at CSS size × devicePixelRatio
//! (crisp on HiDPI screens), redrawn only when its data or width changes,
//! resized with its container, and offered as PNG and SVG downloads.

use super::chart_backend::ChartBackend;
use crate::chart::Frame;
use crate::i18n::{Key, Lang};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;

/// A chart that can draw itself on the page's canvas and into an SVG file.
pub trait Drawable: SameChart {
    /// Accessible name and title of the chart.
    fn title(&self) -> String;
    /// A short text alternative: what the chart shows, in words.
    fn summary(&self) -> String;
    /// File name of downloads, without extension.
    fn file_stem(&self) -> &'static str;
    /// Draws on the canvas or into the SVG document `root` wraps.
    fn draw(&self, root: DrawingArea<ChartBackend<'_>, Shift>, frame: Frame) -> Result<(), String>;
    /// The numbers drawn, as a table formatted in `lang`: the text
    /// alternative offered under the chart.
    fn data(&self, lang: Lang) -> ChartData;
}

/// Equality between charts of any kind (charts of different kinds differ).
pub trait SameChart {
    /// Whether `other` is a chart of the same kind with the same data.
    fn same_as(&self, other: &dyn Any) -> bool;
    /// The chart as `Any`, to compare with another.
    fn as_any(&self) -> &dyn Any;
}

impl<C: PartialEq + 'static> SameChart for C {
    fn same_as(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<C>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A chart of any kind, as a [`ChartCanvas`] takes it. One component for
/// every kind of chart keeps one copy of its code in the page, where a
/// generic component had one per kind (about 7 KB each).
#[derive(Clone)]
pub struct Chart(pub Rc<dyn Drawable>);

impl std::ops::Deref for Chart {
    type Target = dyn Drawable;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl PartialEq for Chart {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.same_as(other.0.as_any())
    }
}

/// A chart's numbers as a table (no caption: the chart's title names it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, as shown; the first cell of each row heads the row.
    pub rows: Vec<Vec<String>>,
}

/// The table of a chart's data, behind a "Show data as a table" toggle. In
/// the browser its rows are built when it is first opened: they are the
/// largest part of a page that nobody sees at first (a fifth of the budget
/// mix's elements), and building them would delay the app's first render.
/// Rendered to HTML (the prerendered page, readable without JavaScript), the
/// table is always there.
#[function_component]
fn DataTable(props: &DataTableProps) -> Html {
    let opened = use_state(|| !cfg!(target_arch = "wasm32"));
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |event: Event| {
            let open = event
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|details| details.open());
            if open {
                opened.set(true);
            }
        })
    };
    let lang = props.lang;
    let table = opened.then(|| {
        let data = props.chart.data(lang);
        let rows = data.rows.iter().map(|row| {
            let mut cells = row.iter();
            let head = cells.next().cloned().unwrap_or_default();
            html! {
                <tr>
                    <th scope="row">{ head }</th>
                    { for cells.map(|cell| html! { <td>{ cell.clone() }</td> }) }
                </tr>
            }
        });
        // Focusable, so a keyboard can scroll a wide table sideways.
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.format(Key::ChartDataOf, &[&props.chart.title()])}>
                <table class="mix-table chart-table">
                    <thead><tr>
                        { for data.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        }
    });
    html! {
        <details class="chart-data" {ontoggle}>
            <summary>{ lang.text(Key::ShowDataTable) }</summary>
            { for table }
        </details>
    }
}

/// Props of [`DataTable`].
#[derive(Properties, PartialEq)]
struct DataTableProps {
    chart: Chart,
    lang: Lang,
}

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// The chart, with its data and words.
    pub chart: Chart,
    /// Language of the buttons.
    pub lang: Lang,
    /// Height in CSS pixels.
    #[prop_or(320)]
    pub height: u32,
}

const MIN_WIDTH: u32 = 240;

fn draw_on(canvas: &web_sys::HtmlCanvasElement, chart: &dyn Drawable, frame: Frame) {
    let (width, height) = (frame.width, frame.height);
    // Resizing a canvas reallocates and clears it, and restyling it costs a
    // layout: do either only when the size really changed.
    let (pixel_width, pixel_height) = frame.pixels();
    if canvas.width() != pixel_width || canvas.height() != pixel_height {
        canvas.set_width(pixel_width);
        canvas.set_height(pixel_height);
        let style = canvas.style();
        let _ = style.set_property("width", &format!("{width}px"));
        let _ = style.set_property("height", &format!("{height}px"));
    }
    if let Some(backend) = ChartBackend::canvas(canvas) {
        if let Err(error) = chart.draw(backend.into_drawing_area(), frame) {
            web_sys::console::warn_1(&format!("chart not drawn: {error}").into());
        }
    }
}

/// Shows a chart and its download buttons.
#[function_component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let width = use_state(|| 0u32);
    // Device pixels per CSS pixel; 0 until read in the browser. Zooming or
    // moving to another screen changes it without changing the width.
    let scale = use_state(|| 0.0f64);

    {
        let scale = scale.clone();
        use_effect_with(*scale, move |current| {
            if *current == 0.0 {
                scale.set(super::browser::device_pixel_ratio());
            }
            let query = format!("(resolution: {current}dppx)");
            let listener = web_sys::window()
                .and_then(|w| w.match_media(&query).ok().flatten())
                .map(|media| {
                    gloo::events::EventListener::new(&media, "change", move |_| {
                        scale.set(super::browser::device_pixel_ratio());
                    })
                });
            move || drop(listener)
        });
    }

    {
        let container = container.clone();
        let width = width.clone();
        let height = props.height;
        use_effect_with((), move |_| {
            // Reserve the chart's height before the first draw (set through
            // the style object: the page's CSP forbids inline style attributes).
            if let Some(element) = container.cast::<web_sys::HtmlElement>() {
                let _ = element
                    .style()
                    .set_property("height", &format!("{height}px"));
            }
            let observer = container.cast::<web_sys::Element>().and_then(|element| {
                let measure = {
                    let element = element.clone();
                    let width = width.clone();
                    move || {
                        let w = element.get_bounding_client_rect().width().floor();
                        width.set((w as u32).max(MIN_WIDTH));
                    }
                };
                // The observer's first notice, after the page's next
                // layout, gives the width. Measuring here would force a
                // layout while the prerendered page is still in the
                // document, and draw before the page is ready.
                super::browser::observe_resize(&element, measure)
            });
            move || {
                if let Some((observer, _on_resize)) = observer {
                    observer.disconnect();
                }
            }
        });
    }

    {
        let canvas = canvas.clone();
        let height = props.height;
        use_effect_with(
            (props.chart.clone(), *width, *scale),
            move |(chart, width, scale)| {
                if *width > 0 && *scale > 0.0 {
                    if let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() {
                        let frame = Frame {
                            width: *width,
                            height,
                            scale: *scale,
                        };
                        draw_on(&element, &**chart, frame);
                    }
                }
            },
        );
    }

    let on_png = {
        let canvas = canvas.clone();
        let stem = props.chart.file_stem();
        Callback::from(move |_| {
            if let Some(url) = canvas
                .cast::<web_sys::HtmlCanvasElement>()
                .and_then(|c| c.to_data_url_with_type("image/png").ok())
            {
                super::browser::download_url(&url, &format!("{stem}.png"));
            }
        })
    };
    let on_svg = {
        let chart = props.chart.clone();
        let size = ((*width).max(MIN_WIDTH), props.height);
        Callback::from(move |_| {
            let mut svg = String::new();
            let frame = Frame {
                width: size.0,
                height: size.1,
                scale: 1.0,
            };
            let drawn = chart.draw(
                ChartBackend::Svg(SVGBackend::with_string(&mut svg, size)).into_drawing_area(),
                frame,
            );
            match drawn {
                Ok(()) => {
                    super::browser::download_text(
                        &svg,
                        "image/svg+xml",
                        &format!("{}.svg", chart.file_stem()),
                    );
                }
                Err(error) => web_sys::console::warn_1(&error.into()),
            }
        })
    };

    let title = props.chart.title();
    let lang = props.lang;
    html! {
        <>
            <figure class="chart">
                <div class="chart-box" ref={container}>
                    <canvas ref={canvas} role="img" aria-label={format!("{title}. {}", props.chart.summary())}></canvas>
                </div>
                <figcaption class="chart-actions">
                    <span class="chart-summary">{ props.chart.summary() }</span>
                    <button type="button" class="secondary" onclick={on_png}>{ lang.text(Key::DownloadPng) }</button>
                    <button type="button" class="secondary" onclick={on_svg}>{ lang.text(Key::DownloadSvg) }</button>
                </figcaption>
            </figure>
            // After the figure: a figcaption must be its first or last child.
            <DataTable chart={props.chart.clone()} {lang} />
        </>
    }
}
