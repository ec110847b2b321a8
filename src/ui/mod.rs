//! The browser front-end: app shell, header, routes and reusable widgets.
//! Pages hold only their form (what the user typed); results are computed
//! from it on each render, memoised, and the form lives in the address.

mod answer;
mod app;
pub mod browser;
mod chart_backend;
mod chart_canvas;
#[cfg(feature = "compare-page")]
mod compare;
pub mod compression;
mod copy_link;
mod embed;
mod field;
mod figure;
mod form_state;
mod frame;
mod header;
#[cfg(feature = "home-page")]
mod home;
mod notices;
mod panic;
mod saved;
mod scenario;
mod settings;

pub use answer::{use_last_valid, AnswerBar};
pub use app::App;
pub use chart_backend::ChartBackend;
pub use chart_canvas::{Chart, ChartCanvas, ChartData, Drawable};
pub use copy_link::CopyLink;
pub use field::TextField;
pub use figure::{cell, figure, figures, output_table, table_of};
pub use form_state::{use_form, FormHandle};
pub use frame::{Frame, FrameProps};
pub use notices::LinkNotices;
pub use scenario::{
    bound_field, error_text, field_row, formula_panel, table_cell, text_writer, use_scenario,
    CalculatorProps, FieldSpec,
};
pub use settings::Settings;

/// Installs the panic hook, opens the document of a page this build does
/// not carry, moves a published link to its page's address and mounts the
/// app in `#app` (beside the prerendered page it replaces), or on the body
/// of a page without one.
pub fn start() {
    panic::install();
    if browser::open_elsewhere(&browser::location_hash()) {
        return;
    }
    browser::settle_address();
    match browser::element_by_id("app") {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
