//! Compensation model: which pay model, booked through which channel, costs
//! least for the result expected, and where each stops paying off. See
//! [`model`] for the formulas and the source of each default.

pub mod chart;
pub mod form;
pub mod link;
pub mod model;
pub mod outputs;

#[cfg(feature = "ui")]
pub mod view;

/// Every calculator computes its results from its inputs here.
pub use model::compute;
