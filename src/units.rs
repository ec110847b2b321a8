//! Numbers as people type and read them: parsing with field errors, and
//! formatting per language (thousands separators in English, 万 and 亿 in
//! Chinese where a marketer would write them).

use crate::currency::Currency;
use crate::i18n::Lang;

/// The largest count any field accepts: more than every account on every
/// platform, so anything above is a typo or pasted garbage.
pub const MAX_COUNT: f64 = 1e10;

/// Why a field's text cannot be used. Shown beside the field, in the
/// current language (see `i18n::field_error`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    /// Nothing typed where a value is needed.
    Empty,
    /// Text that is not a number.
    NotANumber,
    /// A value below zero where only zero or more makes sense.
    Negative,
    /// Zero where the value must be positive.
    Zero,
    /// A fraction where a whole count is needed.
    NotWhole,
    /// Above the largest sensible value.
    TooLarge {
        /// The largest value accepted, in the unit the user types.
        max: f64,
    },
    /// Outside the accepted range (units as typed, percent for percentages).
    OutOfRange {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
    /// Tier bounds that do not rise from tier to tier.
    NotAscending,
    /// Text that is not a calendar date.
    NotADate,
    /// A lowest value above the likely one, or a likely one above the highest.
    NotOrdered,
    /// A date such as 07/03/2027 that reads as two different days.
    AmbiguousDate {
        /// Read day first (7 March).
        day_first: crate::dates::Date,
        /// Read month first (3 July).
        month_first: crate::dates::Date,
    },
    /// An amount typed with another currency in a field always in yuan.
    YuanOnly {
        /// The currency typed.
        typed: crate::currency::Currency,
    },
    /// A quote typed with the symbol of the other currency it can be typed
    /// in (the "quote typed in" choice says which).
    QuoteCurrency {
        /// The currency typed.
        typed: crate::currency::Currency,
        /// The currency the quote is typed in now.
        expected: crate::currency::Currency,
    },
    /// An amount typed with another currency than the field's.
    OtherCurrency {
        /// The currency typed.
        typed: crate::currency::Currency,
        /// The currency the field is in.
        expected: crate::currency::Currency,
    },
}

/// Reads a number the way people type it: `12,345`, `1.2万`, `3.5k`, `1.2亿`,
/// `１２３` (full-width), ` 42 `. Exponents, `inf` and `NaN` are refused.
pub fn parse_number(raw: &str) -> Result<f64, FieldError> {
    let text: String = raw
        .trim()
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            '－' | '−' => Some('-'),
            ',' | '，' | '_' | ' ' | '\u{a0}' | '\'' => None,
            other => Some(other),
        })
        .collect();
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    let (digits, power) = split_suffix(&text);
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, digits.strip_prefix('+').unwrap_or(digits)),
    };
    let valid = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|&c| c == '.').count() <= 1
        && digits != ".";
    if !valid {
        return Err(FieldError::NotANumber);
    }
    let value = crate::decimal::decimal_value(digits, power);
    if !value.is_finite() {
        return Err(FieldError::TooLarge { max: MAX_COUNT });
    }
    Ok(if negative { -value } else { value })
}

/// Splits off a unit suffix, returning the power of ten it stands for.
fn split_suffix(text: &str) -> (&str, i32) {
    const SUFFIXES: [(&str, i32); 8] = [
        ("万", 4),
        ("w", 4),
        ("W", 4),
        ("亿", 8),
        ("k", 3),
        ("K", 3),
        ("m", 6),
        ("M", 6),
    ];
    SUFFIXES
        .iter()
        .find_map(|&(suffix, power)| text.strip_suffix(suffix).map(|rest| (rest, power)))
        .unwrap_or((text, 0))
}

/// An amount typed in `currency`: a number as [`parse_number`] reads it,
/// optionally with the currency's symbol or code before or after it
/// (`€300k`, `300k EUR`, `¥300,000`, `30万`). A symbol or code of another
/// currency is an error that names both; `$` alone names no currency and
/// is accepted for every dollar.
pub fn parse_amount(raw: &str, currency: Currency) -> Result<f64, FieldError> {
    parse_number(strip_currency(raw, currency)?)
}

/// An amount in a field always in yuan: `¥12,000`, `12000元`, `RMB 1.2万`;
/// another currency's sign is an error that says the field is in yuan.
pub fn parse_yuan(raw: &str) -> Result<f64, FieldError> {
    parse_amount(raw, Currency::Cny).map_err(|e| match e {
        FieldError::OtherCurrency { typed, .. } => FieldError::YuanOnly { typed },
        other => other,
    })
}

/// `raw` without a symbol or code of `currency` before or after it; a
/// symbol or code of another currency is an error (see [`parse_amount`]).
pub fn strip_currency(raw: &str, currency: Currency) -> Result<&str, FieldError> {
    let text = raw.trim();
    let (marked, rest) = currency_marker(text);
    if let Some(typed) = marked {
        let same = typed == currency
            // ¥ is the yen's sign as much as the yuan's.
            || (typed == Currency::Cny && currency == Currency::Jpy);
        if !same {
            return Err(FieldError::OtherCurrency {
                typed,
                expected: currency,
            });
        }
    }
    Ok(rest)
}

/// The currency a leading or trailing symbol or code names, and the text
/// without it. A bare `$` is taken off and names none.
fn currency_marker(text: &str) -> (Option<Currency>, &str) {
    let mut markers: Vec<(&str, Option<Currency>)> = Vec::new();
    for c in Currency::ALL {
        markers.push((c.code(), Some(c)));
        markers.push((c.symbol(), Some(c)));
    }
    markers.extend([
        ("RMB", Some(Currency::Cny)),
        ("￥", Some(Currency::Cny)),
        ("元", Some(Currency::Cny)),
        ("円", Some(Currency::Jpy)),
        ("$", None),
    ]);
    // Longest first, so `HK$` is not read as `$`.
    markers.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
    for (marker, currency) in markers {
        let stripped = strip_prefix_ignore_case(text, marker)
            .or_else(|| strip_suffix_ignore_case(text, marker));
        if let Some(rest) = stripped {
            return (currency, rest.trim());
        }
    }
    (None, text)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let head = text.get(..marker.len())?;
    head.eq_ignore_ascii_case(marker)
        .then(|| text.get(marker.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(marker.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(marker)
        .then(|| text.get(..at))
        .flatten()
}

/// A whole count of zero or more, at most [`MAX_COUNT`].
pub fn parse_count(raw: &str) -> Result<u64, FieldError> {
    let value = parse_number(raw)?;
    if value < 0.0 {
        return Err(FieldError::Negative);
    }
    if value > MAX_COUNT {
        return Err(FieldError::TooLarge { max: MAX_COUNT });
    }
    if value.fract() != 0.0 {
        return Err(FieldError::NotWhole);
    }
    // In range and whole, so the conversion is exact.
    Ok(value as u64)
}

/// A count that must be above zero.
pub fn parse_positive_count(raw: &str) -> Result<u64, FieldError> {
    match parse_count(raw)? {
        0 => Err(FieldError::Zero),
        n => Ok(n),
    }
}

/// A percentage typed as `1.5` or `1.5%`, returned as a fraction (0.015).
/// `min_pct` and `max_pct` bound what is typed, in percent.
pub fn parse_percent(raw: &str, min_pct: f64, max_pct: f64) -> Result<f64, FieldError> {
    let trimmed = raw.trim();
    let without_sign = trimmed
        .strip_suffix('%')
        .or_else(|| trimmed.strip_suffix('％'))
        .unwrap_or(trimmed);
    let value = parse_number(without_sign)?;
    if value < 0.0 && min_pct >= 0.0 {
        return Err(FieldError::Negative);
    }
    if value < min_pct || value > max_pct {
        return Err(FieldError::OutOfRange {
            min: min_pct,
            max: max_pct,
        });
    }
    Ok(value / 100.0)
}

/// A decimal number within `min..=max` (for rates and multipliers).
pub fn parse_decimal(raw: &str, min: f64, max: f64) -> Result<f64, FieldError> {
    in_range(parse_number(raw)?, min, max)
}

/// `value` if it is within `min..=max`, else why not, as
/// [`parse_decimal`] says it.
pub fn in_range(value: f64, min: f64, max: f64) -> Result<f64, FieldError> {
    if value < 0.0 && min >= 0.0 {
        return Err(FieldError::Negative);
    }
    if value == 0.0 && min > 0.0 {
        return Err(FieldError::Zero);
    }
    if value < min || value > max {
        return Err(FieldError::OutOfRange { min, max });
    }
    Ok(value)
}

/// Writes a plain number for links and inputs: no separators, no trailing
/// zeros, at most `max_decimals` decimals.
pub fn plain_number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.max_decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Groups the integer part of a plain number with commas: `1234567.5` → `1,234,567.5`.
fn group_thousands(plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int_part, frac_part) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac_part {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A count or amount for reading: `12,345` in English; in Chinese `9,999`,
/// `1.2万` from ten thousand and `3.5亿` from a hundred million.
pub fn format_number(value: f64, max_decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    if lang == Lang::Zh {
        let magnitude = value.abs();
        if magnitude >= 1e8 {
            return format!("{}亿", plain_number(value / 1e8, 2));
        }
        if magnitude >= 1e4 {
            return format!("{}万", plain_number(value / 1e4, 2));
        }
    }
    group_thousands(&plain_number(value, max_decimals))
}

/// An amount for reading with exactly `decimals` decimals (`6.40`, never
/// `6.4`), grouped as [`format_number`] groups; in Chinese `1.2万` from ten
/// thousand, as marketers write amounts there.
pub fn format_fixed(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    if lang == Lang::Zh && value.abs() >= 1e4 {
        return format_number(value, decimals, lang);
    }
    group_thousands(&format!("{value:.decimals$}"))
}

/// A fraction as a percentage with `decimals` decimals: 0.0235 → `2.35%`.
pub fn format_percent(fraction: f64, decimals: usize) -> String {
    if !fraction.is_finite() {
        return "–".to_string();
    }
    format!(
        "{}%",
        group_thousands(&format!("{:.decimals$}", fraction * 100.0))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_with_their_currency_or_refused_with_another() {
        for (typed, currency) in [
            ("€300k", Currency::Eur),
            ("300k", Currency::Eur),
            ("300 000 EUR", Currency::Eur),
            ("eur 300000", Currency::Eur),
            ("30万", Currency::Cny),
            ("¥300,000", Currency::Cny),
            ("￥30万", Currency::Cny),
            ("RMB 300,000", Currency::Cny),
            ("300000元", Currency::Cny),
            ("HK$300k", Currency::Hkd),
            ("$300,000", Currency::Usd),
            ("US$300k", Currency::Usd),
            ("¥300,000", Currency::Jpy),
        ] {
            assert_eq!(parse_amount(typed, currency), Ok(300_000.0), "{typed}");
        }
        assert_eq!(
            parse_amount("€300k", Currency::Cny),
            Err(FieldError::OtherCurrency {
                typed: Currency::Eur,
                expected: Currency::Cny
            })
        );
        assert_eq!(
            parse_amount("HK$300k", Currency::Usd),
            Err(FieldError::OtherCurrency {
                typed: Currency::Hkd,
                expected: Currency::Usd
            })
        );
        assert_eq!(
            parse_amount("abc", Currency::Cny),
            Err(FieldError::NotANumber)
        );
        assert_eq!(parse_amount("€", Currency::Eur), Err(FieldError::Empty));
        assert_eq!(parse_amount("-300000", Currency::Cny), Ok(-300_000.0));
        assert_eq!(parse_yuan("¥1.2万"), Ok(12_000.0));
        assert_eq!(parse_yuan("12,000元"), Ok(12_000.0));
        assert_eq!(
            parse_yuan("€2k"),
            Err(FieldError::YuanOnly {
                typed: Currency::Eur
            })
        );
    }

    #[test]
    fn an_amount_without_a_marker_reads_as_the_number_does_in_every_currency() {
        for typed in ["12,500", "1.2万", "3.5k", "42", "abc", "", "1e5"] {
            for c in Currency::ALL {
                assert_eq!(parse_amount(typed, c), parse_number(typed), "{typed} {c:?}");
                let marked = format!("{}{typed}", c.symbol());
                if !typed.is_empty() {
                    assert_eq!(parse_amount(&marked, c), parse_number(typed), "{marked}");
                }
            }
        }
    }

    #[test]
    fn reads_numbers_as_people_type_them() {
        assert_eq!(parse_number("12,345"), Ok(12345.0));
        assert_eq!(parse_number(" 1.2万 "), Ok(12000.0));
        assert_eq!(parse_number("1.2w"), Ok(12000.0));
        assert_eq!(parse_number("3.5k"), Ok(3500.0));
        assert_eq!(parse_number("2亿"), Ok(2e8));
        assert_eq!(parse_number("１２３"), Ok(123.0));
        assert_eq!(parse_number("-4"), Ok(-4.0));
        assert_eq!(parse_number(".5"), Ok(0.5));
        assert_eq!(parse_number("0.1"), Ok(0.1));
        assert_eq!(parse_number("1.005"), Ok(1.005));
        assert_eq!(parse_number("0.0001"), Ok(0.0001));
        assert_eq!(parse_number("123456789.123"), Ok(123456789.123));
        assert_eq!(parse_number("1.11万"), Ok(11100.0));
        assert_eq!(parse_number("3.57万"), Ok(35700.0));
        assert_eq!(parse_number("1.1亿"), Ok(110_000_000.0));
        assert_eq!(parse_number("2.01k"), Ok(2010.0));
        assert_eq!(parse_number("1.5M"), Ok(1_500_000.0));
    }

    #[test]
    fn every_double_reads_back_from_its_shortest_text() {
        let mut rng = crate::random::SplitMix64::new(9);
        for i in 0..200_000 {
            // Every digit of the mantissa random, from 1e-6 to 1e15.
            let v = (1.0 + rng.next_f64()) * 10f64.powi(i % 22 - 6);
            assert_eq!(parse_number(&v.to_string()), Ok(v), "{v}");
        }
        assert_eq!(parse_number("7.1234567"), Ok(7.1234567));
        assert_eq!(parse_number("0.30000000000000004"), Ok(0.1 + 0.2));
        assert_eq!(parse_number("9007199254740993"), Ok(9007199254740992.0));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for garbage in [
            "abc", "1.2.3", "inf", "NaN", "1e5", "--1", ".", "12a", "<script>",
        ] {
            assert_eq!(
                parse_number(garbage),
                Err(FieldError::NotANumber),
                "{garbage}"
            );
        }
        assert_eq!(parse_number("   "), Err(FieldError::Empty));
    }

    #[test]
    fn counts_must_be_whole_non_negative_and_sensible() {
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count("-1"), Err(FieldError::Negative));
        assert_eq!(parse_count("2.5"), Err(FieldError::NotWhole));
        assert_eq!(
            parse_count("20000000000"),
            Err(FieldError::TooLarge { max: MAX_COUNT })
        );
        assert_eq!(parse_positive_count("0"), Err(FieldError::Zero));
        let huge = "9".repeat(400);
        assert_eq!(
            parse_count(&huge),
            Err(FieldError::TooLarge { max: MAX_COUNT })
        );
    }

    #[test]
    fn percentages_become_fractions() {
        assert_eq!(parse_percent("1.5", 0.0, 100.0), Ok(0.015));
        assert_eq!(parse_percent("30%", 0.0, 100.0), Ok(0.3));
        assert_eq!(
            parse_percent("130", 0.0, 100.0),
            Err(FieldError::OutOfRange {
                min: 0.0,
                max: 100.0
            })
        );
        assert_eq!(parse_percent("-3", 0.0, 100.0), Err(FieldError::Negative));
    }

    #[test]
    fn formats_per_language() {
        assert_eq!(format_number(1234567.0, 0, Lang::En), "1,234,567");
        assert_eq!(format_number(-1234.5, 1, Lang::En), "-1,234.5");
        assert_eq!(format_number(12000.0, 0, Lang::Zh), "1.2万");
        assert_eq!(format_number(350_000_000.0, 0, Lang::Zh), "3.5亿");
        assert_eq!(format_number(9999.0, 0, Lang::Zh), "9,999");
        assert_eq!(format_percent(0.0235, 2), "2.35%");
        assert_eq!(plain_number(1.50, 4), "1.5");
        assert_eq!(plain_number(12000.0, 2), "12000");
        assert_eq!(format_fixed(6.4, 2, Lang::En), "6.40");
        assert_eq!(format_fixed(1234.5, 2, Lang::En), "1,234.50");
        assert_eq!(format_fixed(987.0, 2, Lang::Zh), "987.00");
        assert_eq!(format_fixed(32_724.0, 0, Lang::Zh), "3.27万");
    }
}
