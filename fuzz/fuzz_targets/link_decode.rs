//! Any bytes, read as a link's query, through every calculator's link
//! decoder the way a page opens it: no panic, and what a decoded scenario
//! writes back opens again to itself (decode → encode → decode is a fixed
//! point from the second round on, and reopens to the same form from the
//! first whenever the whole scenario fits in a link).
#![no_main]

use kolcalc::calculators::{budget_mix, compensation, engagement};
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, split_hash, LinkReader, SharedSettings, MAX_QUERY_BYTES};
use libfuzzer_sys::fuzz_target;

/// Opens `query` with `decode`, returning the settings, the form and the notices.
fn open<F>(query: &str, decode: fn(&mut LinkReader) -> F) -> (SharedSettings, F, usize) {
    let mut reader = LinkReader::new(query);
    let settings = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    let notices = reader.finish().len();
    (settings, form, notices)
}

/// The query a page writes for a decoded scenario: shared keys, then its own.
fn write<F>(
    settings: &SharedSettings,
    form: &F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
) -> String {
    let lang = settings.lang.unwrap_or(Lang::En);
    let mut pairs = settings.pairs(lang);
    pairs.extend(encode(form));
    build_query(&pairs)
}

/// A calculator's link codec, its "the whole scenario fits" test, and what
/// a link may drop without changing the scenario.
struct Codec<F> {
    decode: fn(&mut LinkReader) -> F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
    fits: fn(&F) -> bool,
    normalise: fn(F) -> F,
}

fn round_trip<F: Clone + PartialEq + std::fmt::Debug>(query: &str, codec: Codec<F>) {
    let Codec {
        decode,
        encode,
        fits,
        normalise,
    } = codec;
    let (settings, form, _) = open(query, decode);
    assert!(settings.cny_per_unit.is_finite() && settings.cny_per_unit > 0.0);
    let mut written = write(&settings, &form, encode);
    let (mut settings2, mut form2, _) = open(&written, decode);
    if fits(&form) {
        assert_eq!(
            normalise(form2.clone()),
            normalise(form),
            "form changed on reopening: {written:?}"
        );
    }
    // A scenario too long for a link reopens to the defaults; once a
    // scenario was opened from a link within the limit, writing and
    // reopening it changes nothing.
    let mut opened_from = written.len();
    for _ in 0..3 {
        written = write(&settings2, &form2, encode);
        let (settings3, form3, _) = open(&written, decode);
        if opened_from <= MAX_QUERY_BYTES {
            assert_eq!(settings3, settings2, "settings drift: {written:?}");
            assert_eq!(form3, form2, "form drift: {written:?}");
            return;
        }
        opened_from = written.len();
        (settings2, form2) = (settings3, form3);
    }
    panic!("no link within the limit after three rounds: {written:?}");
}

fuzz_target!(|data: &[u8]| {
    // The input is the query as the page gets it (a leading `?` is allowed);
    // split as a hash too, which must not panic either.
    let query = String::from_utf8_lossy(data);
    let _ = split_hash(&query);
    let query: &str = &query;
    round_trip(
        query,
        Codec {
            decode: engagement::link::decode,
            encode: engagement::link::encode,
            fits: |form| engagement::link::fit(form) == engagement::link::LinkFit::Whole,
            // Blank pasted comments are left out of the link.
            normalise: |mut form| {
                if form.comments.trim().is_empty() {
                    form.comments.clear();
                }
                form
            },
        },
    );
    round_trip(
        query,
        Codec {
            decode: compensation::link::decode,
            encode: compensation::link::encode,
            fits: compensation::link::fits,
            normalise: |form| form,
        },
    );
    round_trip(
        query,
        Codec {
            decode: budget_mix::link::decode,
            encode: budget_mix::link::encode,
            fits: budget_mix::link::fits,
            normalise: |form| form,
        },
    );
});
