//! Any bytes, read as a link's query, through every calculator's link
//! decoder the way a page opens it: no panic, and what a decoded scenario
//! writes back opens again to itself (decode → encode → decode is a fixed
//! point from the second round on, and reopens to the same form from the
//! first whenever the whole scenario fits in a link).
#![no_main]

use kolcalc::calculators::{budget_mix, compensation, engagement};
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, split_hash, LinkReader, SharedSettings};
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

/// A calculator's link codec and its "the whole scenario fits" test.
struct Codec<F> {
    decode: fn(&mut LinkReader) -> F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
    fits: fn(&F) -> bool,
}

fn round_trip<F: PartialEq + std::fmt::Debug>(query: &str, codec: Codec<F>) {
    let Codec {
        decode,
        encode,
        fits,
    } = codec;
    let (settings, form, _) = open(query, decode);
    assert!(settings.cny_per_unit.is_finite() && settings.cny_per_unit > 0.0);
    let second = write(&settings, &form, encode);
    let (settings2, form2, _) = open(&second, decode);
    if fits(&form) {
        assert_eq!(form2, form, "form changed on reopening: {second:?}");
    }
    let third = write(&settings2, &form2, encode);
    let (settings3, form3, _) = open(&third, decode);
    assert_eq!(settings3, settings2, "settings drift: {second:?}");
    assert_eq!(form3, form2, "form drift: {second:?}");
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
        },
    );
    round_trip(
        query,
        Codec {
            decode: compensation::link::decode,
            encode: compensation::link::encode,
            fits: compensation::link::fits,
        },
    );
    round_trip(
        query,
        Codec {
            decode: budget_mix::link::decode,
            encode: budget_mix::link::encode,
            fits: budget_mix::link::fits,
        },
    );
});
