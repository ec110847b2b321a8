//! Creator shortlist: vet an agency's whole creator list with the engagement
//! calculator's definitions and pick the best set under the budget with the
//! budget mix's layer rules. See [`model`] for the formulas.

pub mod chart;
pub mod compressed;
pub mod form;
pub mod handoff;
pub mod link;
pub mod model;
pub mod optimiser;
pub mod outputs;
pub mod paste;
pub mod rules;

#[cfg(feature = "ui")]
pub mod view;

/// Every calculator computes its results from its inputs here.
pub use model::compute;
