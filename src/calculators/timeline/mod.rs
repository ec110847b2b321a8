//! Campaign timeline: when the notes go live, and when to start to hit a
//! launch date. Steps with three-point durations, review rounds, waves of
//! creators, mainland China's holidays and the brand's time zone; PERT and a
//! seeded Monte Carlo for P50 / P80 / P95; calendar and CSV export. See
//! [`model`] for the source of each default.

pub mod calendar;
pub mod chart;
pub mod export;
pub mod form;
pub mod holiday_table;
pub mod holidays;
pub mod link;
pub mod model;
pub mod outputs;
pub mod pert;
pub mod plan;
pub mod schedule;

#[cfg(feature = "ui")]
pub mod view;

/// Every calculator computes its results from its inputs here.
pub use plan::compute;
