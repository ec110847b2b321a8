//! kolcalc: client-side calculators for influencer campaigns on Xiaohongshu,
//! Douyin, WeChat and Weibo. Everything runs in the browser; nothing is sent.
//!
//! # Map of the code
//! - [`calculators`]: the registry of calculators (one enum) and one folder per
//!   calculator, each with the same parts: `model.rs` holds inputs and
//!   results, `compute` (re-exported at the folder's root) computes them,
//!   `outputs.rs` lists every output once, `form.rs` turns what the user
//!   typed into inputs with per-field errors, `link.rs` maps the form to the
//!   scenario link, `chart.rs` draws on any plotters backend and, with the
//!   `ui` feature, `view/` is the yew page.
//! - [`outputs`]: an output (key, value or why undefined, label, kind,
//!   group), as the pages, the CSV and the comparison read it.
//! - [`units`]: parsing and formatting of counts, percentages, money and dates.
//! - [`decimal`]: decimal text to the nearest double, without the standard
//!   parser's table; [`sort`]: small sorts and selection. Both were written
//!   to save bytes and stay because they are tested bit for bit against the
//!   standard library; the project writes no more replacements of the
//!   standard library or of well-kept crates for bytes alone, and measures
//!   what users feel instead (paint and interaction on a phone profile).
//! - [`currency`]: display currencies and their default exchange rates.
//! - [`link`]: the generic scenario-link codec and its format version.
//! - [`i18n`]: the one translation table, English and Simplified Chinese.
//! - `ui` (feature `ui`): app shell, routes, header, reusable widgets.
//!
//! # The pure core
//! Everything except `ui` and the calculators' `view/` folders is pure: no yew, web-sys,
//! js-sys or gloo, no clock, no randomness (today's date and seeds come in as
//! inputs). `cargo test --no-default-features` builds and tests it without
//! any browser crate, which is how CI checks the boundary.
//!
//! # Adding a calculator
//! Add a folder under `calculators/` with the parts above and a variant to
//! [`calculators::Calculator`]; the compiler then lists every match that
//! must learn about it. README's "Adding a calculator" lists the rest.
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

pub mod address;
pub mod calculators;
pub mod chart;
pub mod currency;
pub mod dates;
pub mod decimal;
pub mod embed;
pub mod export;
pub mod fields;
pub mod i18n;
pub mod input_labels;
pub mod link;
pub mod outputs;
pub mod random;
pub mod saved;
pub mod sort;
pub mod units;

#[cfg(feature = "ui")]
pub mod ui;
