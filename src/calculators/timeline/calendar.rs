//! The working calendar a schedule counts on: Monday to Friday, minus the
//! official holidays (provisional ones for years not yet published), plus
//! the make-up weekends, with the user's own edits (holiday periods switched
//! off with their make-up days, extra days off, extra working days; an extra
//! working day wins over a day off).
//!
//! Counting working days is the inner loop of the Monte Carlo, so inside a
//! window the calendar keeps each day's working-day index and the list of
//! working days: adding n working days is two lookups. Outside the window
//! it walks day by day, which is slower but gives the same answer.

use super::holidays::{all_periods, make_up_days, HolidayPeriod};
use crate::dates::Date;

/// What the user changed in the built-in calendar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarEdits {
    /// First days of official holiday periods that do not apply (the team
    /// works through them); their make-up days no longer apply either.
    pub ignored: Vec<Date>,
    /// Extra days off: first and last day of each range.
    pub days_off: Vec<(Date, Date)>,
    /// Extra working days, such as a weekend the team works.
    pub working_days: Vec<Date>,
}

/// Why a day is not worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOff {
    /// Saturday or Sunday.
    Weekend,
    /// An official public holiday.
    Holiday(HolidayPeriod),
    /// A day off the user added.
    Added,
}

/// A working calendar.
#[derive(Clone, Debug)]
pub struct Calendar {
    periods: Vec<HolidayPeriod>,
    make_up: Vec<Date>,
    edits: CalendarEdits,
    window: Window,
}

/// Precomputed days `first ..= first + before.len() - 1`.
#[derive(Clone, Debug, Default)]
struct Window {
    first: i32,
    /// Working days strictly before each day of the window.
    before: Vec<u32>,
    /// The window's working days, as day numbers, in order.
    working: Vec<i32>,
}

impl Calendar {
    /// The calendar with `edits`, fast between `from` and `to`.
    pub fn new(edits: &CalendarEdits, from: Date, to: Date) -> Calendar {
        // Official periods, then the provisional ones of later years.
        let periods: Vec<HolidayPeriod> = all_periods()
            .filter(|p| !edits.ignored.contains(&p.first))
            .collect();
        // A make-up day belongs to the period of its festival nearest to it.
        let make_up = make_up_days()
            .filter(|&(day, festival)| {
                periods
                    .iter()
                    .any(|p| p.festival == festival && p.first.days_until(day).abs() <= 45)
            })
            .map(|(day, _)| day)
            .collect();
        let mut calendar = Calendar {
            periods,
            make_up,
            edits: edits.clone(),
            window: Window::default(),
        };
        calendar.window = calendar.build_window(from, to);
        calendar
    }

    fn build_window(&self, from: Date, to: Date) -> Window {
        let first = from.days();
        let mut window = Window {
            first,
            before: Vec::new(),
            working: Vec::new(),
        };
        let mut day = from;
        while day <= to {
            window.before.push(window.working.len() as u32);
            if self.day_off(day).is_none() {
                window.working.push(day.days());
            }
            day = day.add_days(1);
        }
        window
    }

    /// Why `date` is not a working day, or `None` when it is one.
    pub fn day_off(&self, date: Date) -> Option<DayOff> {
        if self.edits.working_days.contains(&date) {
            return None;
        }
        if self
            .edits
            .days_off
            .iter()
            .any(|&(a, b)| a <= date && date <= b)
        {
            return Some(DayOff::Added);
        }
        if let Some(period) = self.holiday_on(date) {
            return Some(DayOff::Holiday(period));
        }
        if date.is_weekend() && !self.make_up.contains(&date) {
            return Some(DayOff::Weekend);
        }
        None
    }

    /// The official holiday period that `date` falls in, if any applies.
    pub fn holiday_on(&self, date: Date) -> Option<HolidayPeriod> {
        let at = self.periods.partition_point(|p| p.last < date);
        self.periods.get(at).filter(|p| p.contains(date)).copied()
    }

    /// The official holiday periods that apply and overlap `from ..= to`.
    pub fn holidays_between(&self, from: Date, to: Date) -> Vec<HolidayPeriod> {
        let at = self.periods.partition_point(|p| p.last < from);
        self.periods
            .iter()
            .skip(at)
            .take_while(|p| p.first <= to)
            .copied()
            .collect()
    }

    /// Whether `date` is worked.
    pub fn is_working(&self, date: Date) -> bool {
        match self.window_index(date) {
            Some(i) => {
                let before = self.window.before.get(i).copied().unwrap_or(0);
                let next = self.window.working.get(before as usize).copied();
                next == Some(date.days())
            }
            None => self.day_off(date).is_none(),
        }
    }

    fn window_index(&self, date: Date) -> Option<usize> {
        let i = usize::try_from(date.days() - self.window.first).ok()?;
        (i < self.window.before.len()).then_some(i)
    }

    /// The first working day on or after `date`.
    pub fn next_working(&self, date: Date) -> Date {
        self.nth_working(date, 0)
    }

    /// The working day `n` working days after the first one on or after
    /// `date` (n = 0 gives that first one).
    fn nth_working(&self, date: Date, n: u32) -> Date {
        if let Some(i) = self.window_index(date) {
            let before = self.window.before.get(i).copied().unwrap_or(0);
            if let Some(&day) = self.window.working.get((before + n) as usize) {
                return Date::from_days(day);
            }
        }
        let mut day = date;
        let mut left = n;
        loop {
            if self.day_off(day).is_none() {
                if left == 0 {
                    return day;
                }
                left -= 1;
            }
            day = day.add_days(1);
        }
    }

    /// The day after a step of `days` working days that may start on
    /// `start`: it occupies the first `days` working days from `start`.
    pub fn after_working_days(&self, start: Date, days: u32) -> Date {
        if days == 0 {
            return start;
        }
        self.nth_working(start, days - 1).add_days(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> Date {
        Date::from_ymd(y, m, dd).unwrap()
    }

    fn both_ways(edits: &CalendarEdits) -> (Calendar, Calendar) {
        let windowed = Calendar::new(edits, d(2025, 12, 1), d(2026, 12, 31));
        let walking = Calendar::new(edits, d(2000, 1, 1), d(1999, 1, 1));
        (windowed, walking)
    }

    #[test]
    fn spring_festival_2026_and_its_make_up_days() {
        let (cal, _) = both_ways(&CalendarEdits::default());
        // Saturday 14 Feb is worked; 15–23 Feb are off; Saturday 28 Feb is worked.
        assert!(cal.is_working(d(2026, 2, 14)));
        assert!(!cal.is_working(d(2026, 2, 16)));
        assert!(!cal.is_working(d(2026, 2, 23)));
        assert!(cal.is_working(d(2026, 2, 24)));
        assert!(cal.is_working(d(2026, 2, 28)));
        // Three working days from Thursday 12 Feb: 12, 13 and Saturday 14.
        assert_eq!(cal.after_working_days(d(2026, 2, 12), 3), d(2026, 2, 15));
        // A fourth lands after the holiday, on Tuesday 24 Feb.
        assert_eq!(cal.after_working_days(d(2026, 2, 12), 4), d(2026, 2, 25));
    }

    #[test]
    fn the_window_and_the_walk_agree() {
        let edits = CalendarEdits {
            ignored: vec![d(2026, 10, 1)],
            days_off: vec![(d(2026, 7, 1), d(2026, 7, 3))],
            working_days: vec![d(2026, 8, 1)],
        };
        let (windowed, walking) = both_ways(&edits);
        let mut day = d(2025, 11, 20);
        while day < d(2027, 1, 20) {
            assert_eq!(windowed.is_working(day), walking.is_working(day), "{day:?}");
            for n in [0, 1, 5, 23] {
                assert_eq!(
                    windowed.after_working_days(day, n),
                    walking.after_working_days(day, n),
                    "{day:?} + {n}"
                );
            }
            day = day.add_days(1);
        }
    }

    #[test]
    fn edits_apply() {
        let edits = CalendarEdits {
            ignored: vec![d(2026, 10, 1)],
            days_off: vec![(d(2026, 7, 1), d(2026, 7, 3))],
            working_days: vec![d(2026, 8, 1)],
        };
        let (cal, _) = both_ways(&edits);
        assert!(cal.is_working(d(2026, 10, 2)), "National Day switched off");
        assert!(
            !cal.is_working(d(2026, 10, 10)),
            "its make-up Saturday goes too"
        );
        assert_eq!(cal.day_off(d(2026, 7, 2)), Some(DayOff::Added));
        assert!(cal.is_working(d(2026, 8, 1)));
        assert!(cal.holiday_on(d(2026, 10, 2)).is_none());
        assert_eq!(
            cal.holidays_between(d(2026, 9, 1), d(2026, 10, 31)).len(),
            1
        );
    }
}
