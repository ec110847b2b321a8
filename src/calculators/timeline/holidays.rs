//! Mainland China's public holidays (from the generated official table, then
//! the provisional statutory days of later years) and the shopping peaks a
//! campaign plans around.

use super::holiday_table::{
    DAYS_OFF, FIRST_YEAR, LAST_YEAR, MAKE_UP_DAYS, PROVISIONAL_DAYS_OFF, PROVISIONAL_LAST_YEAR,
};
use crate::dates::Date;
use crate::i18n::Key;

/// A public holiday of mainland China.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Festival {
    /// 元旦.
    NewYear,
    /// 春节.
    SpringFestival,
    /// 清明.
    Qingming,
    /// 劳动节.
    LabourDay,
    /// 端午.
    DragonBoat,
    /// 中秋.
    MidAutumn,
    /// 国庆.
    NationalDay,
    /// The one-off Victory Day holiday of 2015.
    VictoryDay,
}

impl Festival {
    /// Its name in the translation table.
    pub fn name(self) -> Key {
        match self {
            Festival::NewYear => Key::TlFestNewYear,
            Festival::SpringFestival => Key::TlFestSpring,
            Festival::Qingming => Key::TlFestQingming,
            Festival::LabourDay => Key::TlFestLabour,
            Festival::DragonBoat => Key::TlFestDragonBoat,
            Festival::MidAutumn => Key::TlFestMidAutumn,
            Festival::NationalDay => Key::TlFestNational,
            Festival::VictoryDay => Key::TlFestVictory,
        }
    }
}

/// Consecutive official days off for one festival.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HolidayPeriod {
    /// The festival.
    pub festival: Festival,
    /// The first day off.
    pub first: Date,
    /// The last day off.
    pub last: Date,
    /// Computed from the regulation for a year whose official arrangement
    /// is not published yet: the real block is usually longer, with
    /// make-up working weekends.
    pub provisional: bool,
}

impl HolidayPeriod {
    /// Whether `date` is one of its days.
    pub fn contains(&self, date: Date) -> bool {
        self.first <= date && date <= self.last
    }
}

type Row = (u16, u8, u8, u8, Festival);

fn rows(table: &'static [Row], provisional: bool) -> impl Iterator<Item = HolidayPeriod> {
    table.iter().filter_map(move |&(y, m, d, days, festival)| {
        let first = Date::from_ymd(y.into(), m.into(), d.into())?;
        Some(HolidayPeriod {
            festival,
            first,
            last: first.add_days(i32::from(days) - 1),
            provisional,
        })
    })
}

/// Every official holiday period in the table, in date order.
pub fn official_periods() -> impl Iterator<Item = HolidayPeriod> {
    rows(DAYS_OFF, false)
}

/// The provisional periods of the years after the official table. A year
/// the official table holds is never provisional: regenerating the table
/// with a newly published year replaces its provisional days by itself.
pub fn provisional_periods() -> impl Iterator<Item = HolidayPeriod> {
    rows(PROVISIONAL_DAYS_OFF, true).filter(|p| p.first.year() > LAST_YEAR)
}

/// Every holiday period, official then provisional, in date order.
pub fn all_periods() -> impl Iterator<Item = HolidayPeriod> {
    official_periods().chain(provisional_periods())
}

/// Whether `year`'s days off are the provisional ones.
pub fn year_is_provisional(year: i32) -> bool {
    year > LAST_YEAR && year <= PROVISIONAL_LAST_YEAR
}

/// The block a provisional holiday usually becomes once its arrangement is
/// published, with the weekend days worked to make up for it (an estimate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LikelyBlock {
    /// First day off.
    pub first: Date,
    /// Last day off.
    pub last: Date,
    /// Estimated make-up working days (Saturdays or Sundays next to it).
    pub make_up: Vec<Date>,
}

/// The usual published block of a provisional Spring Festival (8 days from
/// the Eve, 9 when a weekend day just before joins it), Labour Day (1–5
/// May) or National Day (1–7 October); domain facts §7.1 give the usual
/// lengths (Spring Festival 8–9 days, National Day 7–8, Labour Day 5).
/// Each weekday off beyond the provisional days is made up on the nearest
/// weekend days, alternately before and after the block, as in the 2025
/// and 2026 notices. `None` for the other festivals (their published
/// blocks are the weekend next to them) and for official periods.
pub fn likely_block(period: &HolidayPeriod) -> Option<LikelyBlock> {
    if !period.provisional {
        return None;
    }
    let year = period.first.year();
    let (mut first, last) = match period.festival {
        Festival::SpringFestival => (period.first, period.first.add_days(7)),
        Festival::LabourDay => (Date::from_ymd(year, 5, 1)?, Date::from_ymd(year, 5, 5)?),
        Festival::NationalDay => (Date::from_ymd(year, 10, 1)?, Date::from_ymd(year, 10, 7)?),
        _ => return None,
    };
    if period.festival == Festival::SpringFestival && first.add_days(-1).is_weekend() {
        first = first.add_days(-1);
    }
    let (first, last) = (first.min(period.first), last.max(period.last));
    let extra = (0..=first.days_until(last))
        .map(|n| first.add_days(n))
        .filter(|&day| !day.is_weekend() && !provisional_day(day))
        .count();
    let weekend = |from: Date, step: i32| {
        (1..=21)
            .map(move |n| from.add_days(step * n))
            .filter(|&day| day.is_weekend() && !provisional_day(day))
    };
    let mut before = weekend(first, -1);
    let mut after = weekend(last, 1);
    let mut make_up = Vec::new();
    for i in 0..extra {
        let next = if i % 2 == 0 {
            before.next()
        } else {
            after.next()
        };
        make_up.extend(next);
    }
    make_up.sort();
    Some(LikelyBlock {
        first,
        last,
        make_up,
    })
}

/// Whether `day` is a provisional day off.
fn provisional_day(day: Date) -> bool {
    provisional_periods().any(|p| p.contains(day))
}

/// Every official make-up working day (调休) and its festival.
pub fn make_up_days() -> impl Iterator<Item = (Date, Festival)> {
    MAKE_UP_DAYS.iter().filter_map(|&(y, m, d, festival)| {
        Some((Date::from_ymd(y.into(), m.into(), d.into())?, festival))
    })
}

/// The years the official table covers: (first, last).
pub fn table_years() -> (i32, i32) {
    (FIRST_YEAR, LAST_YEAR)
}

/// Whether the official schedule of `year` is in the table.
pub fn year_is_covered(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// A shopping festival campaigns aim their notes before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShoppingPeak {
    /// 3.8, Women's Day (女王节).
    WomensDay,
    /// 6.18, JD's mid-year sale.
    Mid618,
    /// 11.11, Double 11.
    Double11,
    /// 12.12, Double 12.
    Double12,
}

impl ShoppingPeak {
    /// Every peak in calendar order.
    pub const ALL: [ShoppingPeak; 4] = [
        ShoppingPeak::WomensDay,
        ShoppingPeak::Mid618,
        ShoppingPeak::Double11,
        ShoppingPeak::Double12,
    ];

    /// Its month and day, the same every year.
    pub fn month_day(self) -> (u32, u32) {
        match self {
            ShoppingPeak::WomensDay => (3, 8),
            ShoppingPeak::Mid618 => (6, 18),
            ShoppingPeak::Double11 => (11, 11),
            ShoppingPeak::Double12 => (12, 12),
        }
    }

    /// Its name in the translation table.
    pub fn name(self) -> Key {
        match self {
            ShoppingPeak::WomensDay => Key::TlPeakWomensDay,
            ShoppingPeak::Mid618 => Key::TlPeak618,
            ShoppingPeak::Double11 => Key::TlPeakDouble11,
            ShoppingPeak::Double12 => Key::TlPeakDouble12,
        }
    }

    /// Its short name, for chart labels.
    pub fn short_name(self) -> Key {
        match self {
            ShoppingPeak::WomensDay => Key::TlPeakShortWomensDay,
            ShoppingPeak::Mid618 => Key::TlPeakShort618,
            ShoppingPeak::Double11 => Key::TlPeakShortDouble11,
            ShoppingPeak::Double12 => Key::TlPeakShortDouble12,
        }
    }

    /// Its date in `year`.
    pub fn on(self, year: i32) -> Option<Date> {
        let (m, d) = self.month_day();
        Date::from_ymd(year, m, d)
    }

    /// The first peak on or after `date`, and its date.
    pub fn next_after(date: Date) -> Option<(ShoppingPeak, Date)> {
        let next_year_end = Date::from_ymd(date.year() + 1, 12, 31)?;
        peaks_between(date, next_year_end).next()
    }
}

/// Every shopping peak from `from` to `to`, in date order.
pub fn peaks_between(from: Date, to: Date) -> impl Iterator<Item = (ShoppingPeak, Date)> {
    (from.year()..=to.year())
        .flat_map(|y| ShoppingPeak::ALL.map(|p| (p, p.on(y))))
        .filter_map(|(p, d)| Some((p, d?)))
        .filter(move |&(_, d)| from <= d && d <= to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> Date {
        Date::from_ymd(y, m, dd).unwrap()
    }

    #[test]
    fn the_2026_schedule_is_the_published_one() {
        let spring = official_periods()
            .find(|p| p.festival == Festival::SpringFestival && p.first.year() == 2026)
            .unwrap();
        assert_eq!(
            (spring.first, spring.last),
            (d(2026, 2, 15), d(2026, 2, 23))
        );
        let national = official_periods()
            .find(|p| p.festival == Festival::NationalDay && p.first.year() == 2026)
            .unwrap();
        assert_eq!(
            (national.first, national.last),
            (d(2026, 10, 1), d(2026, 10, 7))
        );
        let make_up: Vec<Date> = make_up_days()
            .filter(|(day, _)| day.year() == 2026)
            .map(|(day, _)| day)
            .collect();
        assert_eq!(
            make_up,
            [
                d(2026, 1, 4),
                d(2026, 2, 14),
                d(2026, 2, 28),
                d(2026, 5, 9),
                d(2026, 9, 20),
                d(2026, 10, 10)
            ]
        );
        assert!(year_is_covered(2026) && !year_is_covered(2027));
    }

    #[test]
    fn peaks_follow_the_date() {
        assert_eq!(
            ShoppingPeak::next_after(d(2026, 11, 25)),
            Some((ShoppingPeak::Double12, d(2026, 12, 12)))
        );
        assert_eq!(
            ShoppingPeak::next_after(d(2026, 12, 13)),
            Some((ShoppingPeak::WomensDay, d(2027, 3, 8)))
        );
        let peaks: Vec<_> = peaks_between(d(2026, 6, 1), d(2027, 3, 8))
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            peaks,
            [
                ShoppingPeak::Mid618,
                ShoppingPeak::Double11,
                ShoppingPeak::Double12,
                ShoppingPeak::WomensDay
            ]
        );
    }
}
