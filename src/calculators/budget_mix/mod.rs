//! KOL-versus-KOC budget mix: how to split a budget across creator tiers and
//! the KFS+C pillars, the exact best mix under layer rules, and an
//! uncertainty band. See [`model`] for formulas and the source of each default.

pub mod chart;
pub mod form;
pub mod link;
pub mod model;
pub mod montecarlo;
pub mod optimiser;
pub mod pair;

#[cfg(feature = "ui")]
mod formula_panel;
#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
mod results;
