//! KOL-versus-KOC budget mix: how to split a budget across creator tiers and
//! the KFS+C pillars, the exact best mix under layer rules, and an
//! uncertainty band. See [`model`] for formulas and the source of each default.

pub mod chart;
pub mod compute;
pub mod form;
pub mod link;
pub mod model;
pub mod montecarlo;
pub mod optimiser;
pub mod outputs;
pub mod pair;

#[cfg(feature = "ui")]
pub mod view;

/// Every calculator computes its results from its inputs here.
pub use compute::compute;
