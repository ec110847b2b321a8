//! Calendar dates without a clock: a day number since 1970-01-01, read from
//! what people type (2026-02-15, 2026/2/15, 2026年2月15日) and written the
//! way each language writes dates (15 Feb 2026, 2026年2月15日). Today comes
//! in from the page; nothing here reads the time.

use crate::i18n::Lang;
use crate::units::FieldError;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// The earliest and latest years a date field accepts: wide enough for any
/// campaign, narrow enough that arithmetic never leaves four-digit years.
pub const YEARS: (i32, i32) = (1970, 2200);

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// The date of a year, month (1–12) and day (1–31), if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then(|| Date(days_from_civil(year, month, day)))
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.0
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Monday 0 … Sunday 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        self.weekday() >= 5
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i32) -> Date {
        Date(self.0.saturating_add(n))
    }

    /// Days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i32 {
        later.0.saturating_sub(self.0)
    }

    /// ISO 8601: `2026-02-15`, as links and exports carry it.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Compact ISO 8601 basic format, `20260215`, as calendar files carry it.
    pub fn basic(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }

    /// The date as each language writes it: `15 Feb 2026`, `2026年2月15日`.
    pub fn display(self, lang: Lang) -> String {
        let (y, m, d) = self.ymd();
        match lang {
            Lang::En => {
                let month = MONTHS_EN.get(m as usize - 1).copied().unwrap_or("");
                format!("{d} {month} {y}")
            }
            Lang::Zh => format!("{y}年{m}月{d}日"),
        }
    }

    /// A short form for chart axes: `15 Feb`, `2月15日`.
    pub fn short(self, lang: Lang) -> String {
        let (_, m, d) = self.ymd();
        match lang {
            Lang::En => {
                let month = MONTHS_EN.get(m as usize - 1).copied().unwrap_or("");
                format!("{d} {month}")
            }
            Lang::Zh => format!("{m}月{d}日"),
        }
    }
}

/// Reads a date as typed: `2026-02-15`, `2026/2/15`, `2026.2.15`,
/// `2026年2月15日`, `15 Feb 2026`, `Feb 15, 2026`, with surrounding spaces
/// and full-width digits allowed. A day-month-year date with the year last
/// (`25/03/2027`) is read when only one reading is a date; when both are
/// (`07/03/2027`), it is refused with both readings.
pub fn parse_date(raw: &str) -> Result<Date, FieldError> {
    let text: String = raw
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '年' | '月' | '/' | '.' | '－' => '-',
            '日' => ' ',
            _ => c,
        })
        .collect();
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        return parse_named_month(text);
    }
    let parts: Vec<&str> = text.split('-').map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(FieldError::NotADate);
    };
    let (Some(a), Some(b), Some(c)) = (number(a, 4), number(b, 2), number(c, 4)) else {
        return Err(FieldError::NotADate);
    };
    if parts.first().is_some_and(|y| y.len() == 4) {
        return ymd(a, b, c);
    }
    if parts.get(2).is_some_and(|y| y.len() == 4) && a <= 31 {
        let day_first = ymd(c, b, a);
        let month_first = ymd(c, a, b);
        return match (day_first, month_first) {
            (Ok(d), Ok(m)) if d != m => Err(FieldError::AmbiguousDate {
                day_first: d,
                month_first: m,
            }),
            (Ok(d), _) => Ok(d),
            (_, Ok(m)) => Ok(m),
            (Err(e), _) => Err(e),
        };
    }
    Err(FieldError::NotADate)
}

/// Digits only, at most `max_len` of them.
fn number(s: &str, max_len: usize) -> Option<u32> {
    let digits = !s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| s.parse().ok()).flatten()
}

/// A date with the month in English words: `7 Mar 2027`, `March 7, 2027`.
fn parse_named_month(text: &str) -> Result<Date, FieldError> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let [first, second, third] = words.as_slice() else {
        return Err(FieldError::NotADate);
    };
    let month_of = |word: &str| {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_end_matches('.');
        MONTH_NAMES_EN
            .iter()
            .position(|name| lower.len() >= 3 && name.starts_with(lower))
            .map(|i| i as u32 + 1)
    };
    let (month, day) = match (month_of(first), month_of(second)) {
        (Some(m), None) => (m, *second),
        (None, Some(m)) => (m, *first),
        _ => return Err(FieldError::NotADate),
    };
    let day = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    match (number(day, 2), third.len() == 4, number(third, 4)) {
        (Some(d), true, Some(y)) => ymd(y, month, d),
        _ => Err(FieldError::NotADate),
    }
}

/// English month names, for reading `7 Mar 2027` and `7 March 2027`.
const MONTH_NAMES_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The date of year `y`, month `m`, day `d`, if the year is accepted.
fn ymd(y: u32, m: u32, d: u32) -> Result<Date, FieldError> {
    let year = y as i32;
    if year < YEARS.0 || year > YEARS.1 {
        return Err(FieldError::OutOfRange {
            min: YEARS.0 as f64,
            max: YEARS.1 as f64,
        });
    }
    Date::from_ymd(year, m, d).ok_or(FieldError::NotADate)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil and civil_from_days: exact for every
// Gregorian date, no tables, no loops.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_every_unambiguous_way_people_type_them() {
        let march_7 = Date::from_ymd(2027, 3, 7).unwrap();
        for typed in [
            "2027-03-07",
            "2027.3.7",
            "2027/3/7",
            "2027年3月7日",
            "7 Mar 2027",
            "7 March 2027",
            "Mar 7, 2027",
            "March 7th 2027",
            "7-Mar-2027",
            " ２０２７-３-７ ",
            "7.3.2027 ",
        ]
        .into_iter()
        .filter(|t| !t.starts_with("7.3"))
        {
            assert_eq!(parse_date(typed), Ok(march_7), "{typed}");
        }
        // Only one reading is a date: the day is over 12.
        assert_eq!(
            parse_date("25/03/2027"),
            Ok(Date::from_ymd(2027, 3, 25).unwrap())
        );
        assert_eq!(
            parse_date("03/25/2027"),
            Ok(Date::from_ymd(2027, 3, 25).unwrap())
        );
        // Both readings are the same day.
        assert_eq!(
            parse_date("07/07/2027"),
            Ok(Date::from_ymd(2027, 7, 7).unwrap())
        );
    }

    #[test]
    fn every_written_date_reads_back_and_day_month_year_never_reads_another_day() {
        let first = Date::from_ymd(YEARS.0, 1, 1).unwrap();
        let last = Date::from_ymd(YEARS.1, 12, 31).unwrap();
        let mut d = first;
        while d <= last {
            assert_eq!(parse_date(&d.display(Lang::En)), Ok(d));
            assert_eq!(parse_date(&d.display(Lang::Zh)), Ok(d));
            let (y, m, day) = d.ymd();
            match parse_date(&format!("{day:02}/{m:02}/{y}")) {
                Ok(read) => assert_eq!(read, d),
                Err(FieldError::AmbiguousDate { day_first, .. }) => assert_eq!(day_first, d),
                Err(e) => panic!("{d:?}: {e:?}"),
            }
            d = d.add_days(13);
        }
    }

    #[test]
    fn an_ambiguous_date_is_refused_with_both_readings() {
        assert_eq!(
            parse_date("07/03/2027"),
            Err(FieldError::AmbiguousDate {
                day_first: Date::from_ymd(2027, 3, 7).unwrap(),
                month_first: Date::from_ymd(2027, 7, 3).unwrap(),
            })
        );
        assert!(matches!(
            parse_date("7.3.2027"),
            Err(FieldError::AmbiguousDate { .. })
        ));
        for bad in [
            "32/13/2027",
            "7 Foo 2027",
            "Mar 2027",
            "7 Ma 2027",
            "7/3/27",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn known_days_and_weekdays() {
        let d = |y, m, dd| Date::from_ymd(y, m, dd).unwrap();
        assert_eq!(d(1970, 1, 1).days(), 0);
        assert_eq!(d(2000, 3, 1).days(), 11_017);
        // Spring Festival 2026 fell on Tuesday 17 February.
        assert_eq!(d(2026, 2, 17).weekday(), 1);
        assert_eq!(d(2026, 11, 25).weekday(), 2);
        assert!(d(2026, 2, 14).is_weekend());
        assert_eq!(d(2024, 2, 29).add_days(1).ymd(), (2024, 3, 1));
        assert!(Date::from_ymd(2026, 2, 29).is_none());
        assert!(Date::from_ymd(2026, 13, 1).is_none());
    }

    #[test]
    fn every_day_round_trips() {
        for n in -1_000..100_000 {
            let (y, m, dd) = Date::from_days(n).ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Some(Date::from_days(n)));
        }
    }

    #[test]
    fn reads_what_people_type() {
        let want = Date::from_ymd(2026, 2, 15);
        for text in [
            "2026-02-15",
            " 2026/2/15 ",
            "2026.2.15",
            "2026年2月15日",
            "２０２６年２月１５日",
        ] {
            assert_eq!(parse_date(text).ok(), want, "{text}");
        }
        assert_eq!(parse_date(""), Err(FieldError::Empty));
        assert_eq!(parse_date("tomorrow"), Err(FieldError::NotADate));
        assert_eq!(parse_date("2026-02-30"), Err(FieldError::NotADate));
        assert_eq!(parse_date("2026-2"), Err(FieldError::NotADate));
        assert_eq!(parse_date("99999-1-1"), Err(FieldError::NotADate));
        assert!(matches!(
            parse_date("1900-01-01"),
            Err(FieldError::OutOfRange { .. })
        ));
    }

    #[test]
    fn written_per_language() {
        let date = Date::from_ymd(2026, 11, 25).unwrap();
        assert_eq!(date.display(Lang::En), "25 Nov 2026");
        assert_eq!(date.display(Lang::Zh), "2026年11月25日");
        assert_eq!(date.iso(), "2026-11-25");
        assert_eq!(date.basic(), "20261125");
        assert_eq!(date.short(Lang::Zh), "11月25日");
    }
}
