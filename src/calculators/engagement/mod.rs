//! Engagement benchmark: is this creator's engagement genuine and good enough
//! to pay for? See [`model`] for the formulas and the source of each default.

pub mod chart;
pub mod comments;
pub mod form;
pub mod link;
pub mod model;
pub mod outputs;
pub mod paste;

#[cfg(feature = "ui")]
mod comment_panel;
#[cfg(feature = "ui")]
mod formula_panel;
#[cfg(feature = "ui")]
mod notes_table;
#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
mod results;
