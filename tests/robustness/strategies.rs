//! Strategies of hostile input: wild numbers, number-like text, tables, and the checks every case shares (time limit, finite figures).

use super::*;

/// Any float, weighted towards the hostile ones.
pub(super) fn wild_f64() -> BoxedStrategy<f64> {
    prop_oneof![
        select(vec![
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
            -0.0,
            1e300,
            -1e300,
            1e-300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            1.0,
            -1.0,
        ]),
        -1e6..1e6f64,
        0.0..=1.0f64,
        any::<f64>(),
    ]
    .boxed()
}

/// Any count, weighted towards zero, one, the form's 10^10 and u64::MAX.
pub(super) fn wild_u64() -> BoxedStrategy<u64> {
    prop_oneof![
        select(vec![
            0,
            1,
            999,
            1_000,
            10_000_000_000,
            u64::MAX,
            u64::MAX - 1
        ]),
        0..2_000u64,
        any::<u64>(),
    ]
    .boxed()
}

/// Decimals typed with up to this many zeros after the point (values down
/// to about 1e-100) in the targets CI runs (a product of two such values
/// can still underflow to a subnormal and overflow a division); the tests of the tiny-rate bugs
/// go down to 400 zeros (values down to about 1e-308, then 0).
pub(super) const ZEROS: usize = 100;
/// See [`ZEROS`].
pub(super) const TINY_ZEROS: usize = 400;

/// Text shaped like a number, including the pathological ones: decimals
/// with up to `zeros` zeros after the point.
pub(super) fn number_text(zeros: usize) -> BoxedStrategy<String> {
    prop_oneof![
        any::<f64>().prop_map(|v| v.to_string()),
        any::<f64>().prop_map(|v| format!("{v:e}")),
        any::<u64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        // Tiny decimals: 0.000…0d with up to 400 zeros (the parser reads
        // down to about 1e-308 before the value becomes 0).
        (0usize..zeros, 1u32..1000, any::<bool>()).prop_map(|(zeros, digits, negative)| {
            format!(
                "{}0.{}{digits}",
                if negative { "-" } else { "" },
                "0".repeat(zeros)
            )
        }),
        (1usize..400).prop_map(|n| "9".repeat(n)),
        "[-+]?[0-9０-９]{0,12}([.．。][0-9]{0,12})?(万|w|W|亿|k|K|m|M|%|％)?",
        "[-+−－]?[0-9,，_ '\u{a0}.]{0,20}",
        select(vec![
            "",
            " ",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "Infinity",
            "1e300",
            "-0",
            "0",
            "0.0",
            "0%",
            "100%",
            "1e-300",
            ".",
            "-",
            "%",
            "1.2.3",
            "１２３",
            "0.001",
            "0.1",
            "1",
            "10",
            "95",
            "100",
            "100.0001",
            "120",
            "121",
            "1000000",
            "1000000000",
            "1000000001",
            "10000000000",
            "10000000001",
            "18446744073709551616",
            "1e10",
        ])
        .prop_map(String::from),
    ]
    .boxed()
}

/// What a user may type or paste into a field (decimals down to 1e-100).
pub(super) fn field_text() -> BoxedStrategy<String> {
    field_text_down_to(ZEROS)
}

/// What a user may type or paste into a field, decimals with up to `zeros`
/// zeros after the point.
pub(super) fn field_text_down_to(zeros: usize) -> BoxedStrategy<String> {
    prop_oneof![
        6 => number_text(zeros),
        1 => any::<String>(),
        1 => "\\PC{0,40}",
    ]
    .boxed()
}

/// A table of `row`s: usually 0–8 rows, sometimes 150–260, and in about one
/// case in a hundred 10,000 rows (a few generated rows repeated).
pub(super) fn table<T: Clone + std::fmt::Debug>(
    row: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = Vec<T>> {
    prop_oneof![
        90 => prop::collection::vec(row.clone(), 0..8),
        9 => prop::collection::vec(row.clone(), 150..260),
        1 => prop::collection::vec(row, 1..6)
            .prop_map(|rows| rows.iter().cycle().take(10_000).cloned().collect()),
    ]
}

/// Runs `body`, failing the case when it takes longer than [`CASE_LIMIT`].
pub(super) fn timed<T>(what: &str, body: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let start = Instant::now();
    let value = body();
    let took = start.elapsed();
    prop_assert!(took <= CASE_LIMIT, "{what} took {took:?}");
    Ok(value)
}

/// Fails the case on the first named number that is NaN or infinite.
pub(super) fn all_finite(numbers: &[(String, f64)]) -> Result<(), TestCaseError> {
    for (name, value) in numbers {
        prop_assert!(value.is_finite(), "{name} = {value}");
    }
    Ok(())
}

/// A value in `min..=max` (whole numbers with `whole`), weighted towards
/// the ends. With `tiny`, a range starting at zero may also give the tiny
/// positive values the parser accepts (down to about 1e-308).
pub(super) fn range_value(min: f64, max: f64, whole: bool, tiny: bool) -> BoxedStrategy<f64> {
    let any = (min..=max).prop_map(move |v: f64| if whole { v.floor() } else { v });
    let usual = prop_oneof![
        2 => select(vec![min, max]),
        1 => select(vec![0.01_f64.max(min), 1.0_f64.clamp(min, max)]),
        3 => any,
    ];
    if tiny && min == 0.0 && !whole {
        prop_oneof![
            6 => usual,
            1 => select(vec![1e-308, 1e-300, 1e-200, 1e-100, 1e-30, 1e-12]),
        ]
        .boxed()
    } else {
        usual.boxed()
    }
}

/// Any exchange rate a link or the settings may give.
pub(super) fn rate() -> BoxedStrategy<f64> {
    prop_oneof![
        Just(1.0),
        select(vec![RATE_RANGE.0, RATE_RANGE.1]),
        RATE_RANGE.0..RATE_RANGE.1
    ]
    .boxed()
}
