//! kolcalc: client-side calculators for influencer campaigns on Xiaohongshu,
//! Douyin, WeChat and Weibo. Everything runs in the browser; nothing is sent.
//!
//! # Map of the code
//! - [`calculators`]: the registry of calculators (one enum) and one folder per
//!   calculator. In each folder `model.rs` holds inputs, outputs and `compute`,
//!   `form.rs` turns what the user typed into inputs with per-field errors,
//!   `link.rs` maps the form to the scenario link, `chart.rs` draws on any
//!   plotters backend and, with the `ui` feature, `page.rs` is the yew page.
//! - [`units`]: parsing and formatting of counts, percentages, money and dates.
//! - [`decimal`]: decimal text to the nearest double, without the standard
//!   parser's table; [`sort`]: small sorts and selection.
//! - [`currency`]: display currencies and their default exchange rates.
//! - [`link`]: the generic scenario-link codec and its format version.
//! - [`i18n`]: the one translation table, English and Simplified Chinese.
//! - `ui` (feature `ui`): app shell, routes, header, reusable widgets.
//!
//! # The pure core
//! Everything except `ui` and the `page.rs` files is pure: no yew, web-sys,
//! js-sys or gloo, no clock, no randomness (today's date and seeds come in as
//! inputs). `cargo test --no-default-features` builds and tests it without
//! any browser crate, which is how CI checks the boundary.
//!
//! # Adding a calculator
//! Add a folder under `calculators/` with the files above and a variant to
//! [`calculators::Calculator`]; the compiler then lists every match that
//! must learn about it.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod calculators;
pub mod chart;
pub mod currency;
pub mod dates;
pub mod decimal;
pub mod embed;
pub mod export;
pub mod fields;
pub mod i18n;
pub mod link;
pub mod outputs;
pub mod random;
pub mod saved;
pub mod sort;
pub mod units;

#[cfg(feature = "ui")]
pub mod ui;
