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
pub mod view;

/// Every calculator computes its results from its inputs here.
pub use model::compute;
