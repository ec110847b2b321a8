//! The link-codec harness shared by the robustness suite and the fuzzer
//! (`fuzz/fuzz_targets/link_decode.rs` includes this file): open a query
//! as a page does, write the scenario back as the page would, and check
//! that the round trip reaches a fixed point. Core crates only, so the
//! fuzzer builds it without the browser front-end.
#![allow(dead_code)]

use kolcalc::calculators::{budget_mix, compensation, engagement, timeline};
use kolcalc::dates::Date;
use kolcalc::i18n::Lang;
use kolcalc::link::{build_query, LinkNotice, LinkReader, SharedSettings, MAX_QUERY_BYTES};

/// What a page opens from a query: settings, form and notices.
pub fn open<F>(
    query: &str,
    decode: fn(&mut LinkReader) -> F,
) -> (SharedSettings, F, Vec<LinkNotice>) {
    let mut reader = LinkReader::new(query);
    let settings = SharedSettings::read(&mut reader);
    let form = decode(&mut reader);
    (settings, form, reader.finish())
}

/// The query a page writes for a scenario: shared keys, then its own.
pub fn write<F>(
    settings: &SharedSettings,
    form: &F,
    encode: fn(&F) -> Vec<(&'static str, String)>,
) -> String {
    let mut pairs = SharedSettings {
        lang: Some(settings.lang.unwrap_or(Lang::En)),
        ..settings.clone()
    }
    .pairs();
    pairs.extend(encode(form));
    build_query(&pairs)
}

/// A calculator's link codec, its "the whole scenario fits" test, and what
/// a link may drop without changing the scenario.
pub struct Codec<F> {
    /// Reads the calculator's keys.
    pub decode: fn(&mut LinkReader) -> F,
    /// Writes them.
    pub encode: fn(&F) -> Vec<(&'static str, String)>,
    /// Whether the whole scenario fits in a link.
    pub fits: fn(&F) -> bool,
    /// What a link may drop without changing the scenario.
    pub normalise: fn(F) -> F,
}

/// The engagement benchmark's codec.
pub fn engagement_codec() -> Codec<engagement::form::EngagementForm> {
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
    }
}

/// The compensation model's codec.
pub fn compensation_codec() -> Codec<compensation::form::CompensationForm> {
    Codec {
        decode: compensation::link::decode,
        encode: compensation::link::encode,
        fits: compensation::link::fits,
        normalise: |form| form,
    }
}

/// The budget mix's codec.
pub fn mix_codec() -> Codec<budget_mix::form::MixForm> {
    Codec {
        decode: budget_mix::link::decode,
        encode: budget_mix::link::encode,
        fits: budget_mix::link::fits,
        normalise: |form| form,
    }
}

/// The day the timeline's link opens on in these checks (a page passes the
/// real one).
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap_or(Date::from_days(0))
}

/// The campaign timeline's codec, opening on [`today`].
pub fn timeline_codec() -> Codec<timeline::form::TimelineForm> {
    Codec {
        decode: |reader| timeline::link::decode(reader, today()),
        encode: timeline::link::encode,
        fits: timeline::link::fits,
        normalise: |form| form,
    }
}

/// Opens `query`, writes it back and opens that: the settings are usable,
/// the notices no more than the query's bytes, the form comes back
/// unchanged and without notices when the whole scenario fits in a link,
/// and once a scenario was opened from a link within the size limit,
/// writing and reopening it changes nothing (one too long for a link
/// reopens to the defaults). Returns the first opening, or what broke.
pub fn round_trip<F: Clone + PartialEq + std::fmt::Debug>(
    query: &str,
    codec: &Codec<F>,
) -> Result<(SharedSettings, F, Vec<LinkNotice>), String> {
    let (settings, form, notices) = open(query, codec.decode);
    if !(settings.cny_per_unit.is_finite() && settings.cny_per_unit > 0.0) {
        return Err(format!("unusable rate {}", settings.cny_per_unit));
    }
    if notices.len() > query.len() + 1 {
        return Err(format!(
            "{} notices for {} bytes",
            notices.len(),
            query.len()
        ));
    }
    let mut written = write(&settings, &form, codec.encode);
    let (mut settings2, mut form2, notices2) = open(&written, codec.decode);
    if (codec.fits)(&form) {
        if (codec.normalise)(form2.clone()) != (codec.normalise)(form.clone()) {
            return Err(format!("form changed on reopening {written:?}"));
        }
        if !notices2.is_empty() {
            return Err(format!("{notices2:?} reopening {written:?}"));
        }
    }
    let mut opened_from = written.len();
    for _ in 0..3 {
        written = write(&settings2, &form2, codec.encode);
        let (settings3, form3, _) = open(&written, codec.decode);
        if opened_from <= MAX_QUERY_BYTES {
            if settings3 != settings2 {
                return Err(format!("settings drift: {written:?}"));
            }
            if form3 != form2 {
                return Err(format!("form drift: {written:?}"));
            }
            return Ok((settings, form, notices));
        }
        opened_from = written.len();
        (settings2, form2) = (settings3, form3);
    }
    Err(format!(
        "no link within the limit after three rounds: {written:?}"
    ))
}
