//! Robustness of every calculator and of the link decoder over hostile
//! input: NaN, ±infinity, negatives, zero, 10^300, empty and 10,000-row
//! tables, random Unicode in every field, and links truncated at a random
//! byte, doubled, with every key repeated or randomly percent-encoded.
//!
//! Each target runs [`CASES`] cases (100,000 in an optimised build, 500 in
//! a debug one; `ROBUSTNESS_CASES` overrides)
//! and checks: no panic, no NaN or infinity in any figure (an undefined
//! figure must be `Err`/`None`), every case within [`CASE_LIMIT`] (no
//! hang), and decode → encode → decode reaching a fixed point. Run it in
//! release: `cargo test --release --test robustness`.
//!
//! Costly parts are sampled: the budget mix's optimiser runs on every case
//! (its search is capped at `MAX_BRANCHES`), its Monte Carlo (10,000 draws
//! per call) on one case in [`MONTE_CARLO_EVERY`]; tables have 0–8 rows in
//! most cases, 150–260 rows in some and 10,000 rows in about one in a
//! hundred.
//!
//! Number-like text goes down to decimals with 100 zeros after the point
//! (about 1e-100); the targets named `…_tiny_…` go down to 1e-308, where
//! divisions once overflowed. The `…_repro` tests keep the smallest inputs
//! of the bugs this suite found, now fixed. In CI:
//! `cargo test --profile robust --test robustness`.
#![cfg(not(target_arch = "wasm32"))]

use kolcalc::calculators::budget_mix::compute as mix_compute;
use kolcalc::calculators::budget_mix::form::MixForm;
use kolcalc::calculators::budget_mix::model::{
    campaign, per_creator, Conflict, MixInputs, MixReport, Objective, Plan, Rules, Tier,
    TierInputs, Totals,
};
use kolcalc::calculators::budget_mix::montecarlo::simulate;
use kolcalc::calculators::compensation::form::{CompensationForm, Field as CompField, Kind};
use kolcalc::calculators::compensation::model::{
    compute as comp_compute, Basis, CompensationInputs, CompensationReport, Figure as CompFigure,
    Range, Warning,
};
use kolcalc::calculators::engagement::comments::check as check_comments;
use kolcalc::calculators::engagement::form::{EngagementForm, NoteText};
use kolcalc::calculators::engagement::model::{
    compute as eng_compute, EngagementInputs, EngagementReport, Note, Reason, TierBounds,
};
use kolcalc::calculators::engagement::paste::parse_pasted_rows;
use kolcalc::calculators::timeline::form::TimelineForm;
use kolcalc::calculators::timeline::model::Direction;
use kolcalc::calculators::timeline::plan::{compute as timeline_compute, Report as TimelineReport};
use kolcalc::calculators::{budget_mix, compensation, engagement, timeline};
use kolcalc::fields::FieldText;
use kolcalc::i18n::Lang;
use kolcalc::link::{
    build_query, percent_decode, percent_encode, split_hash, LinkNotice, LinkReader,
    SharedSettings, MAX_QUERY_BYTES, RATE_RANGE,
};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::time::{Duration, Instant};

/// Cases per target in an optimised build (CI runs it with
/// `--profile robust`).
const CASES: u32 = 100_000;
/// Cases per target in a debug build (`cargo test`), a quick pass.
const DEBUG_CASES: u32 = 500;
/// Longest one case may take: a guard against hangs, not a speed budget
/// (the benchmark measures speed). Optimised, the slowest legitimate case,
/// an optimiser run at its branch cap plus a Monte Carlo band, takes tens
/// of milliseconds; a debug build on a busy machine runs some timeline
/// cases for seconds.
const CASE_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(30)
} else {
    Duration::from_secs(2)
};
/// The budget mix's Monte Carlo runs on one case in this many.
const MONTE_CARLO_EVERY: u64 = 32;

fn config() -> ProptestConfig {
    let cases = std::env::var("ROBUSTNESS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            DEBUG_CASES
        } else {
            CASES
        });
    ProptestConfig {
        cases,
        // No regression files in the tree; a failure prints its input.
        failure_persistence: None,
        max_shrink_iters: 4_000,
        ..ProptestConfig::default()
    }
}

#[path = "../support/link_codec.rs"]
mod link_codec;
use link_codec::{
    compensation_codec, engagement_codec, mix_codec, open, round_trip, timeline_codec, today, Codec,
};

mod budget_mix_cases;
mod compensation_cases;
mod engagement_cases;
mod link_reader;
mod links;
mod numbers;
mod repro;
mod shortlist_cases;
mod strategies;
mod timeline_cases;
use budget_mix_cases::*;
use compensation_cases::*;
use links::*;
use numbers::*;
use strategies::*;

/// [`round_trip`] as a property: what broke fails the case.
fn check_round_trip<F: Clone + PartialEq + std::fmt::Debug>(
    query: &str,
    codec: &Codec<F>,
) -> Result<(SharedSettings, F, Vec<LinkNotice>), TestCaseError> {
    round_trip(query, codec).map_err(TestCaseError::fail)
}
