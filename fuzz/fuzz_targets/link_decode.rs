//! Any bytes, read as a link's query, through every calculator's link
//! decoder the way a page opens it: no panic, and what a decoded scenario
//! writes back opens again to itself (decode → encode → decode is a fixed
//! point from the second round on, and reopens to the same form from the
//! first whenever the whole scenario fits in a link). The timeline's codec
//! is fuzzed too.
#![no_main]

use kolcalc::link::split_hash;
use libfuzzer_sys::fuzz_target;

// The harness the robustness suite uses too.
#[path = "../../tests/support/link_codec.rs"]
mod link_codec;
use link_codec::{compensation_codec, engagement_codec, mix_codec, round_trip, timeline_codec};

fuzz_target!(|data: &[u8]| {
    // The input is the query as the page gets it (a leading `?` is allowed);
    // split as a hash too, which must not panic either.
    let query = String::from_utf8_lossy(data);
    let _ = split_hash(&query);
    let query: &str = &query;
    let broke = [
        round_trip(query, &engagement_codec()).err(),
        round_trip(query, &compensation_codec()).err(),
        round_trip(query, &mix_codec()).err(),
        round_trip(query, &timeline_codec()).err(),
    ];
    if let Some(why) = broke.into_iter().flatten().next() {
        panic!("{why}");
    }
});
