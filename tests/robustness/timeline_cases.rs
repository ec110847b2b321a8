//! The campaign timeline over hostile input.

use super::*;

proptest! {
    #![proptest_config(config())]

    /// The reader over any query: refuses over 8 KB whole, otherwise gives
    /// each key's first value once, reports repeats and unknown keys, and
    /// the shared settings are always usable and reopen to themselves.
    #[test]
    fn link_reader_and_settings_any_query(
        q in query(engagement_links(), SHARED_KEYS),
        keys in prop::collection::vec(select(ENGAGEMENT_KEYS), 0..6),
    ) {
        let q: &str = &q;
        let _ = timed("split_hash", || split_hash(q))?;
        let mut reader = LinkReader::new(q);
        let mut taken = Vec::new();
        for key in &keys {
            let value = reader.take(key);
            if taken.contains(key) {
                prop_assert_eq!(value, None, "{} taken twice", key);
            }
            taken.push(*key);
        }
        let settings = SharedSettings::read(&mut reader);
        let notices = reader.finish();
        let body = q.strip_prefix('?').unwrap_or(q);
        if body.len() > MAX_QUERY_BYTES {
            prop_assert_eq!(notices, vec![LinkNotice::TooLong { bytes: body.len() }]);
            prop_assert_eq!(&settings, &SharedSettings::read(&mut LinkReader::new("")));
        }
        let rate = settings.cny_per_unit;
        prop_assert!(rate.is_finite() && rate > 0.0, "rate {}", rate);
        prop_assert!(
            (RATE_RANGE.0..=RATE_RANGE.1).contains(&rate)
                || rate == settings.currency.default_cny_per_unit()
        );
        let written = build_query(&SharedSettings { lang: Some(settings.lang.unwrap_or(Lang::Zh)), ..settings.clone() }.pairs());
        let mut again = LinkReader::new(&written);
        let reread = SharedSettings::read(&mut again);
        prop_assert!(again.finish().is_empty(), "{}", written);
        prop_assert_eq!(reread.currency, settings.currency);
        // The rate is written exactly.
        prop_assert_eq!(reread.cny_per_unit, rate);
        let rewritten = build_query(&SharedSettings { lang: Some(reread.lang.unwrap_or(Lang::Zh)), ..reread.clone() }.pairs());
        prop_assert_eq!(SharedSettings::read(&mut LinkReader::new(&rewritten)), reread);
    }

    /// Every key of a calculator given twice: the first value is used and
    /// the repeat is reported, for every calculator.
    #[test]
    fn every_key_repeated_keeps_the_first(
        base in select(engagement_links().into_iter().chain(compensation_links()).chain(mix_links()).collect::<Vec<_>>()),
        values in prop::collection::vec(field_text(), 1..8),
    ) {
        let q = every_key_repeated(&base, &values);
        // Over 8 KB the link is refused whole (checked elsewhere).
        if q.len() > MAX_QUERY_BYTES {
            return Ok(());
        }
        let (s1, f1, _) = open(&base, engagement::link::decode);
        let (s2, f2, n2) = open(&q, engagement::link::decode);
        prop_assert_eq!(s1, s2);
        prop_assert_eq!(f1, f2);
        let (_, c1, _) = open(&base, compensation::link::decode);
        let (_, c2, _) = open(&q, compensation::link::decode);
        prop_assert_eq!(c1, c2);
        let (_, m1, _) = open(&base, budget_mix::link::decode);
        let (_, m2, _) = open(&q, budget_mix::link::decode);
        prop_assert_eq!(m1, m2);
        let (_, _, once) = open(&base, engagement::link::decode);
        for key in ENGAGEMENT_KEYS.iter().filter(|k| **k != "zzz") {
            let present = base.split('&').any(|p| p.split('=').next() == Some(*key));
            let repeated_before = once.contains(&LinkNotice::Repeated { key: key.to_string() });
            if present && base.len() <= MAX_QUERY_BYTES && q.len() <= MAX_QUERY_BYTES && !repeated_before {
                prop_assert!(
                    n2.contains(&LinkNotice::Repeated { key: key.to_string() }),
                    "{} not reported in {:?}", key, n2
                );
            }
        }
    }

    /// The timeline's link decoder over any query: no panic, round trips.
    #[test]
    fn timeline_link_any_query(q in query(timeline_links(), TIMELINE_KEYS)) {
        timed("timeline link", || check_round_trip(&q, &timeline_codec()))??;
    }

    /// Any text in every timeline field, read by the form and scheduled in
    /// both directions: no panic, finite figures, dates within the years
    /// a date field accepts (or a conflict), bounded time.
    #[test]
    fn timeline_form_any_text(
        globals in prop::array::uniform7(timeline_text()),
        steps in prop::array::uniform6(prop::array::uniform3(timeline_text())),
        working in prop::array::uniform6(any::<bool>()),
        rounds in prop::array::uniform2(prop::array::uniform3(timeline_text())),
        waves in prop::array::uniform3(prop::array::uniform3(timeline_text())),
        ignored in prop::collection::vec(timeline_text(), 0..4),
        backward in any::<bool>(),
    ) {
        let form = TimelineForm {
            direction: if backward { Direction::Backward } else { Direction::Forward },
            globals, steps, working, rounds, waves, ignored,
        };
        let parsed = timed("timeline parse", || form.parse(today()))?;
        if let Ok(report) = timed("timeline compute", || timeline_compute(&parsed.inputs))? {
            check_timeline(&report)?;
        }
    }
}

/// Text for a timeline field: numbers, dates (valid, invalid, far) and
/// anything at all.
pub(super) fn timeline_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => field_text(),
        2 => (1900i32..2300, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
        1 => (0u32..400).prop_map(|d| format!("2026-01-01 ~ 2026-{:02}-{:02}", d / 31 % 12 + 1, d % 28 + 1)),
        1 => "[0-9]{1,6}",
    ]
    .boxed()
}

pub(super) fn check_timeline(report: &TimelineReport) -> Result<(), TestCaseError> {
    prop_assert!(report.hand_over_hours.is_finite());
    let dates =
        report
            .last_live
            .iter()
            .chain(&report.percentiles)
            .chain(report.waves.iter().flat_map(|w| {
                w.first_live
                    .iter()
                    .chain(&w.last_live)
                    .chain(&w.percentiles)
            }));
    for date in dates {
        prop_assert!((1960..=2300).contains(&date.year()), "{:?}", date);
    }
    prop_assert!(report.likely_days >= 1);
    for bar in &report.bars {
        prop_assert!(bar.start <= bar.end);
    }
    Ok(())
}
