//! Compensation model: which pay model, booked through which channel, costs
//! least for the result expected, and where each stops paying off. See
//! [`model`] for the formulas and the source of each default.

pub mod chart;
pub mod form;
pub mod link;
pub mod model;
pub mod outputs;

#[cfg(feature = "ui")]
mod formula_panel;
#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
mod results;
