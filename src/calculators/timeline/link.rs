//! The timeline's public link keys (documented in README): `dir` (`start`
//! or `target`), `s` start date, `t` target date (ISO), `rounds`, `tz` the
//! brand's UTC offset, `seed`, `off` extra days off and `work` extra working
//! days (one date or `a~b` range per entry; a working day wins over a day
//! off), `ign` holidays switched off with their make-up days (their first
//! days, `;`-separated; a date that is no holiday's first day gets a
//! notice), one key per step (`sel`,
//! `brief`, `draft`, `final`, `review`, `pub`) holding `min,likely,max,w|c`
//! (working or calendar days), `rc` and `rb` the rounds' creator and brand
//! days `min,likely,max`, and one key per wave (`w1`, `w2`, `w3`) holding
//! `creators,parallel,gap`. Every key is always written.

use super::form::{Field, Global, RoundPart, TimelineForm, WaveColumn, MAX_STEP_DAYS};
use super::holidays::all_periods;
use super::model::{Direction, Step, Wave};
use crate::dates::{parse_date, Date};
use crate::fields::FieldText;
use crate::link::LinkReader;
use crate::units::parse_decimal;

fn clean(text: &str) -> String {
    text.chars().filter(|&c| c != ',' && c != ';').collect()
}

/// The link pairs of a form.
pub fn encode(form: &TimelineForm) -> Vec<(&'static str, String)> {
    let mut pairs = vec![("dir", form.direction.key().to_string())];
    for g in Global::ALL {
        let text = form.text(Field::Global(g));
        let value = match g {
            Global::DaysOff | Global::WorkingDays => text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(";"),
            _ => text.to_string(),
        };
        pairs.push((g.key(), value));
    }
    pairs.push(("ign", form.ignored.join(";")));
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let mut cells: Vec<String> = (0..3)
            .map(|p| clean(form.text(Field::StepDays(step, p))))
            .collect();
        let working = form.working.get(i).copied().unwrap_or(true);
        cells.push(if working { "w" } else { "c" }.to_string());
        pairs.push((step.key(), cells.join(",")));
    }
    for part in RoundPart::ALL {
        let cells: Vec<String> = (0..3)
            .map(|p| clean(form.text(Field::RoundDays(part, p))))
            .collect();
        pairs.push((part.key(), cells.join(",")));
    }
    for wave in Wave::ALL {
        let cells: Vec<String> = WaveColumn::ALL
            .iter()
            .map(|&c| clean(form.text(Field::Wave(wave, c))))
            .collect();
        pairs.push((wave.key(), cells.join(",")));
    }
    pairs
}

/// Whether the form's link stays under the limit.
pub fn fits(form: &TimelineForm) -> bool {
    crate::link::fits(&encode(form))
}

/// Whether `cells` are exactly three days that do not decrease.
fn usable_estimate(cells: &[&str]) -> bool {
    let days: Vec<f64> = cells
        .iter()
        .map_while(|t| parse_decimal(t, 0.0, MAX_STEP_DAYS).ok())
        .collect();
    cells.len() == 3 && days.len() == 3 && days.windows(2).all(|w| w.first() <= w.get(1))
}

/// Reads the calculator's keys onto the defaults for `today`; anything
/// unusable keeps its default and leaves a notice in the reader.
pub fn decode(reader: &mut LinkReader, today: Date) -> TimelineForm {
    let mut form = TimelineForm::new(today);
    if let Some(v) = reader.take_valid("dir", |v| Direction::from_key(v).is_some()) {
        form.direction = Direction::from_key(&v).unwrap_or(Direction::Forward);
    }
    for g in Global::ALL {
        let valid = |v: &str| {
            let mut probe = form.clone();
            if let Some(slot) = probe.text_mut(Field::Global(g)) {
                *slot = v.to_string();
            }
            !probe
                .parse(today)
                .errors
                .iter()
                .any(|(f, _)| *f == Field::Global(g))
        };
        if let Some(v) = reader.take_valid(g.key(), valid) {
            // Lists of dates keep one entry per line, empty entries dropped,
            // as the link writes them.
            let v = match g {
                Global::DaysOff | Global::WorkingDays => v
                    .split(';')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => v,
            };
            if let Some(slot) = form.text_mut(Field::Global(g)) {
                *slot = v;
            }
        }
    }
    if let Some(v) = reader.take("ign") {
        // Each entry must be the first day of a holiday period (official or
        // provisional); any other gets a notice and is dropped.
        for entry in v.split(';').filter(|d| !d.is_empty()) {
            let first_day = parse_date(entry)
                .ok()
                .filter(|d| all_periods().any(|p| p.first == *d));
            match first_day {
                Some(_) => form.ignored.push(entry.to_string()),
                None => reader.ignore("ign", entry),
            }
        }
    }
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let Some(v) = reader.take(step.key()) else {
            continue;
        };
        let cells: Vec<&str> = v.split(',').map(str::trim).collect();
        match cells.as_slice() {
            [a, b, c, w] if usable_estimate(&[a, b, c]) && (*w == "w" || *w == "c") => {
                for (p, text) in [a, b, c].into_iter().enumerate() {
                    if let Some(slot) = form.text_mut(Field::StepDays(step, p)) {
                        *slot = (*text).to_string();
                    }
                }
                if let Some(slot) = form.working.get_mut(i) {
                    *slot = *w == "w";
                }
            }
            _ => reader.ignore(step.key(), &v),
        }
    }
    for part in RoundPart::ALL {
        let Some(v) = reader.take(part.key()) else {
            continue;
        };
        let cells: Vec<&str> = v.split(',').map(str::trim).collect();
        if usable_estimate(&cells) {
            for (p, text) in cells.into_iter().enumerate() {
                if let Some(slot) = form.text_mut(Field::RoundDays(part, p)) {
                    *slot = text.to_string();
                }
            }
        } else {
            reader.ignore(part.key(), &v);
        }
    }
    for wave in Wave::ALL {
        let Some(v) = reader.take(wave.key()) else {
            continue;
        };
        let cells: Vec<&str> = v.split(',').map(str::trim).collect();
        let usable = cells.len() == WaveColumn::ALL.len()
            && WaveColumn::ALL
                .iter()
                .zip(&cells)
                .all(|(c, t)| c.read(t).is_ok());
        if usable {
            for (c, text) in WaveColumn::ALL.iter().zip(cells) {
                if let Some(slot) = form.text_mut(Field::Wave(wave, *c)) {
                    *slot = text.to_string();
                }
            }
        } else {
            reader.ignore(wave.key(), &v);
        }
    }
    form
}
